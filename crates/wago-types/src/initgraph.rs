//! The initialization dependency graph with functions bridged: which
//! package-level constants and variables each one depends on, directly or
//! through a chain of functions (types2's `dependencyGraph` removes the
//! function nodes one by one, connecting their predecessors to their
//! successors; the result is the same reachability, computed here once per
//! strongly connected component of the call graph so that a package like
//! runtime, whose functions mostly reach each other, stays linear).

/// For each node of `succ` that is not a function, the sorted set of
/// non-function nodes it reaches by an edge or by a path whose inner nodes
/// are all functions (itself included when such a path comes back to it).
/// Functions get an empty list.
pub(crate) fn bridge_functions(succ: &[Vec<usize>], is_func: &[bool]) -> Vec<Vec<usize>> {
    let mut sccs = FuncSccs::new(succ, is_func);
    let words = succ.len().div_ceil(64);
    let mut bridged = vec![Vec::new(); succ.len()];
    let mut set = vec![0u64; words];
    for u in (0..succ.len()).filter(|&u| !is_func[u]) {
        set.fill(0);
        for &s in &succ[u] {
            if is_func[s] {
                let c = sccs.component(s);
                union(&mut set, &sccs.reach[c]);
            } else {
                set[s / 64] |= 1 << (s % 64);
            }
        }
        bridged[u] = members(&set);
    }
    bridged
}

fn union(into: &mut [u64], from: &[u64]) {
    for (a, b) in into.iter_mut().zip(from) {
        *a |= b;
    }
}

fn members(set: &[u64]) -> Vec<usize> {
    let mut out = Vec::new();
    for (w, &bits) in set.iter().enumerate() {
        let mut bits = bits;
        while bits != 0 {
            out.push(w * 64 + bits.trailing_zeros() as usize);
            bits &= bits - 1;
        }
    }
    out
}

const UNVISITED: u32 = u32::MAX;

/// Tarjan's strongly connected components over the function nodes, found
/// on demand; each component gets the set of non-function nodes reachable
/// from it through functions only.
struct FuncSccs<'a> {
    succ: &'a [Vec<usize>],
    is_func: &'a [bool],
    index: Vec<u32>,
    low: Vec<u32>,
    on_stack: Vec<bool>,
    stack: Vec<usize>,
    next_index: u32,
    /// The component of each finished function node.
    comp: Vec<u32>,
    /// Per component: a bitset over all nodes.
    reach: Vec<Vec<u64>>,
}

impl<'a> FuncSccs<'a> {
    fn new(succ: &'a [Vec<usize>], is_func: &'a [bool]) -> Self {
        let n = succ.len();
        FuncSccs {
            succ,
            is_func,
            index: vec![UNVISITED; n],
            low: vec![0; n],
            on_stack: vec![false; n],
            stack: Vec::new(),
            next_index: 0,
            comp: vec![UNVISITED; n],
            reach: Vec::new(),
        }
    }

    /// The component of function node `f`, computing it if needed.
    fn component(&mut self, f: usize) -> usize {
        if self.comp[f] == UNVISITED {
            self.visit_from(f);
        }
        self.comp[f] as usize
    }

    /// Iterative Tarjan from `start` (deep call chains must not overflow
    /// the stack).
    fn visit_from(&mut self, start: usize) {
        let mut calls: Vec<(usize, usize)> = vec![(start, 0)];
        self.enter(start);
        while let Some(&mut (v, ref mut edge)) = calls.last_mut() {
            if let Some(&w) = self.succ[v].get(*edge) {
                *edge += 1;
                if !self.is_func[w] {
                    continue;
                }
                if self.index[w] == UNVISITED {
                    self.enter(w);
                    calls.push((w, 0));
                } else if self.on_stack[w] {
                    self.low[v] = self.low[v].min(self.index[w]);
                }
                continue;
            }
            calls.pop();
            if let Some(&(p, _)) = calls.last() {
                self.low[p] = self.low[p].min(self.low[v]);
            }
            if self.low[v] == self.index[v] {
                self.finish_component(v);
            }
        }
    }

    fn enter(&mut self, v: usize) {
        self.index[v] = self.next_index;
        self.low[v] = self.next_index;
        self.next_index += 1;
        self.on_stack[v] = true;
        self.stack.push(v);
    }

    /// Pops the component rooted at `root`; its successors outside it are
    /// finished already (Tarjan completes components callees first).
    fn finish_component(&mut self, root: usize) {
        let c = self.reach.len() as u32;
        let split = self.stack.iter().rposition(|&m| m == root).expect("root on the stack");
        let members: Vec<usize> = self.stack.drain(split..).collect();
        for &m in &members {
            self.on_stack[m] = false;
            self.comp[m] = c;
        }
        let mut set = vec![0u64; self.succ.len().div_ceil(64)];
        for &m in &members {
            for &s in &self.succ[m] {
                if !self.is_func[s] {
                    set[s / 64] |= 1 << (s % 64);
                } else if self.comp[s] != c {
                    union(&mut set, &self.reach[self.comp[s] as usize]);
                }
            }
        }
        self.reach.push(set);
    }
}

#[cfg(test)]
mod tests {
    use super::bridge_functions;

    /// The reference: types2's elimination of function nodes one by one.
    fn eliminate(succ: &[Vec<usize>], is_func: &[bool]) -> Vec<Vec<usize>> {
        use std::collections::BTreeSet;
        let n = succ.len();
        let mut succ: Vec<BTreeSet<usize>> = succ.iter().map(|s| s.iter().copied().collect()).collect();
        let mut pred: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); n];
        for (i, ss) in succ.iter().enumerate() {
            for &s in ss {
                pred[s].insert(i);
            }
        }
        for f in (0..n).filter(|&i| is_func[i]) {
            let (ps, ss) = (pred[f].clone(), succ[f].clone());
            for &p in ps.iter().filter(|&&p| p != f) {
                for &s in ss.iter().filter(|&&s| s != f) {
                    succ[p].insert(s);
                    pred[s].insert(p);
                }
                succ[p].remove(&f);
            }
            for &s in &ss {
                pred[s].remove(&f);
            }
        }
        (0..n).map(|i| if is_func[i] { Vec::new() } else { succ[i].iter().copied().collect() }).collect()
    }

    #[test]
    fn matches_elimination_on_random_graphs() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut rand = move |m: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % m as u64) as usize
        };
        for _ in 0..500 {
            let n = 1 + rand(90);
            let is_func: Vec<bool> = (0..n).map(|_| rand(3) != 0).collect();
            let density = 1 + rand(4);
            let succ: Vec<Vec<usize>> = (0..n)
                .map(|_| {
                    let mut s: Vec<usize> = (0..rand(density * 2 + 1)).map(|_| rand(n)).collect();
                    s.sort_unstable();
                    s.dedup();
                    s
                })
                .collect();
            assert_eq!(bridge_functions(&succ, &is_func), eliminate(&succ, &is_func), "{succ:?} {is_func:?}");
        }
    }
}
