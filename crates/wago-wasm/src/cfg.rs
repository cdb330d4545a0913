//! The control-flow graph the structurer works on: one node per reachable
//! IR block, a `Start` node in front of the entry (so the entry may be a
//! branch target like any other block), and `Dispatch` nodes that make
//! irreducible regions reducible. Also its analyses: reverse postorder,
//! dominators, loop headers and merge nodes.
//!
//! Irreducible control flow (a cycle entered at more than one node, which
//! Go's `goto` can build) is fixed the way LLVM's FixIrreducible and
//! Binaryen do it: every edge into any entry of such a strongly connected
//! component goes instead to a new dispatch node, which records the entry
//! in a label local and jumps on to it through a `br_table`. The dispatcher
//! becomes the cycle's only entry, hence a loop header; nested components
//! are handled the same way inside. Block arguments are still copied on
//! the original edge, since block parameters live in wasm locals.

use crate::EmitError;
use wago_ir::{Block, Body, Id, Terminator};

pub type Node = usize;

/// The node standing for the function's start.
pub const START: Node = 0;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NodeKind {
    Start,
    Block(Block),
    Dispatch,
}

/// A control-flow edge. `label` is set when the edge was redirected to a
/// dispatcher: the index (among the dispatcher's successors) of where it
/// really goes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Edge {
    pub to: Node,
    pub label: Option<u32>,
}

/// How a node leaves: which structured shape its successors need.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Exit {
    /// One successor.
    Goto,
    /// Two successors: taken when the condition is non-zero, and not.
    If,
    /// A `br_table` over the successors; the last one is the default.
    Table,
    /// No successor (`return`, `unreachable`).
    Leave,
}

pub struct Cfg {
    pub kinds: Vec<NodeKind>,
    pub exits: Vec<Exit>,
    pub succs: Vec<Vec<Edge>>,
    /// Reverse postorder of the nodes reachable from [`START`].
    pub rpo: Vec<Node>,
    /// Position of each node in `rpo` (`u32::MAX` when unreachable).
    pub rpo_index: Vec<u32>,
    pub idom: Vec<Node>,
    /// Children in the dominator tree, in reverse postorder.
    pub dom_children: Vec<Vec<Node>>,
    pub loop_header: Vec<bool>,
    /// Nodes with two or more forward in-edges: they need a `block` of their own.
    pub merge: Vec<bool>,
    /// Whether any dispatcher was added (the function then needs a label local).
    pub has_dispatch: bool,
}

impl Cfg {
    /// Builds the graph of `body`'s reachable blocks, makes it reducible and
    /// analyses it.
    pub fn build(body: &Body) -> Result<Cfg, EmitError> {
        let mut cfg = Cfg {
            kinds: vec![NodeKind::Start],
            exits: vec![Exit::Goto],
            succs: vec![Vec::new()],
            rpo: Vec::new(),
            rpo_index: Vec::new(),
            idom: Vec::new(),
            dom_children: Vec::new(),
            loop_header: Vec::new(),
            merge: Vec::new(),
            has_dispatch: false,
        };
        cfg.add_blocks(body)?;
        cfg.make_reducible();
        cfg.analyse()?;
        Ok(cfg)
    }

    fn add_blocks(&mut self, body: &Body) -> Result<(), EmitError> {
        let mut node_of: Vec<Option<Node>> = vec![None; body.blocks.len()];
        let mut order = vec![body.entry()];
        node_of[body.entry().index()] = Some(1);
        let mut i = 0;
        while i < order.len() {
            let b = order[i];
            i += 1;
            let Some(term) = body.blocks[b].term.as_ref() else {
                return Err(EmitError::module(format!("block {b} has no terminator")));
            };
            for t in term.targets() {
                if node_of[t.block.index()].is_none() {
                    node_of[t.block.index()] = Some(order.len() + 1);
                    order.push(t.block);
                }
            }
        }
        self.succs[START].push(Edge { to: 1, label: None });
        for &b in &order {
            let term = body.term(b);
            self.kinds.push(NodeKind::Block(b));
            self.exits.push(match term {
                Terminator::Jump(_) => Exit::Goto,
                Terminator::Branch { .. } => Exit::If,
                Terminator::Switch { .. } => Exit::Table,
                Terminator::Return(_) | Terminator::Unreachable => Exit::Leave,
            });
            let succs = term.targets().map(|t| Edge { to: node_of[t.block.index()].expect("reached"), label: None });
            self.succs.push(succs.collect());
        }
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.kinds.len()
    }

    /// Gives every multi-entry strongly connected component a dispatcher,
    /// outermost components first.
    fn make_reducible(&mut self) {
        let mut work: Vec<Vec<Node>> = vec![(1..self.len()).collect()];
        while let Some(set) = work.pop() {
            for scc in self.sccs(&set) {
                let is_cycle = scc.len() > 1 || self.succs[scc[0]].iter().any(|e| e.to == scc[0]);
                if !is_cycle {
                    continue;
                }
                let entries = self.entries(&scc);
                if entries.len() > 1 {
                    self.add_dispatcher(&entries);
                    work.push(scc);
                } else {
                    work.push(scc.into_iter().filter(|&n| n != entries[0]).collect());
                }
            }
        }
    }

    /// The members of `scc` with a predecessor outside it, in node order.
    fn entries(&self, scc: &[Node]) -> Vec<Node> {
        let mut inside = vec![false; self.len()];
        let mut entry = vec![false; self.len()];
        for &n in scc {
            inside[n] = true;
        }
        for from in 0..self.len() {
            if inside[from] {
                continue;
            }
            for e in &self.succs[from] {
                if inside[e.to] {
                    entry[e.to] = true;
                }
            }
        }
        scc.iter().copied().filter(|&n| entry[n]).collect::<std::collections::BTreeSet<_>>().into_iter().collect()
    }

    fn add_dispatcher(&mut self, entries: &[Node]) {
        let d = self.len();
        self.kinds.push(NodeKind::Dispatch);
        self.exits.push(Exit::Table);
        for succs in &mut self.succs {
            for e in succs.iter_mut() {
                if let Some(k) = entries.iter().position(|&n| n == e.to) {
                    *e = Edge { to: d, label: Some(k as u32) };
                }
            }
        }
        self.succs.push(entries.iter().map(|&to| Edge { to, label: None }).collect());
        self.has_dispatch = true;
    }

    /// Strongly connected components of the subgraph induced by `set`
    /// (Tarjan's algorithm, iterative).
    fn sccs(&self, set: &[Node]) -> Vec<Vec<Node>> {
        const NONE: u32 = u32::MAX;
        let n = self.len();
        let mut in_set = vec![false; n];
        for &x in set {
            in_set[x] = true;
        }
        let mut index = vec![NONE; n];
        let mut low = vec![0u32; n];
        let mut on_stack = vec![false; n];
        let mut stack = Vec::new();
        let mut out = Vec::new();
        let mut next = 0u32;
        for &root in set {
            if index[root] != NONE {
                continue;
            }
            // (node, next successor to look at)
            let mut calls = vec![(root, 0usize)];
            index[root] = next;
            low[root] = next;
            next += 1;
            stack.push(root);
            on_stack[root] = true;
            while let Some(&mut (v, ref mut i)) = calls.last_mut() {
                if let Some(e) = self.succs[v].get(*i) {
                    *i += 1;
                    let w = e.to;
                    if !in_set[w] {
                        continue;
                    }
                    if index[w] == NONE {
                        index[w] = next;
                        low[w] = next;
                        next += 1;
                        stack.push(w);
                        on_stack[w] = true;
                        calls.push((w, 0));
                    } else if on_stack[w] {
                        low[v] = low[v].min(index[w]);
                    }
                    continue;
                }
                calls.pop();
                if let Some(&(parent, _)) = calls.last() {
                    low[parent] = low[parent].min(low[v]);
                }
                if low[v] == index[v] {
                    let mut scc = Vec::new();
                    loop {
                        let w = stack.pop().expect("tarjan stack");
                        on_stack[w] = false;
                        scc.push(w);
                        if w == v {
                            break;
                        }
                    }
                    out.push(scc);
                }
            }
        }
        out
    }

    fn analyse(&mut self) -> Result<(), EmitError> {
        let n = self.len();
        self.compute_rpo();
        self.compute_idom();
        self.dom_children = vec![Vec::new(); n];
        for &x in &self.rpo[1..] {
            self.dom_children[self.idom[x]].push(x);
        }
        self.loop_header = vec![false; n];
        let mut forward_in = vec![0u32; n];
        for &from in &self.rpo {
            for e in &self.succs[from] {
                if self.rpo_index[e.to] <= self.rpo_index[from] {
                    if !self.dominates(e.to, from) {
                        return Err(EmitError::module("control flow still irreducible after adding dispatchers"));
                    }
                    self.loop_header[e.to] = true;
                } else {
                    forward_in[e.to] += 1;
                }
            }
        }
        self.merge = forward_in.iter().map(|&n| n >= 2).collect();
        Ok(())
    }

    fn compute_rpo(&mut self) {
        let n = self.len();
        let mut seen = vec![false; n];
        let mut post = Vec::with_capacity(n);
        let mut calls = vec![(START, 0usize)];
        seen[START] = true;
        while let Some(&mut (v, ref mut i)) = calls.last_mut() {
            // Successors are visited last-first so that, in reverse
            // postorder, a block's first successor comes right after it.
            let k = self.succs[v].len();
            if *i < k {
                let w = self.succs[v][k - 1 - *i].to;
                *i += 1;
                if !seen[w] {
                    seen[w] = true;
                    calls.push((w, 0));
                }
                continue;
            }
            post.push(v);
            calls.pop();
        }
        post.reverse();
        self.rpo_index = vec![u32::MAX; n];
        for (i, &x) in post.iter().enumerate() {
            self.rpo_index[x] = i as u32;
        }
        self.rpo = post;
    }

    /// Cooper, Harvey and Kennedy's iterative algorithm.
    fn compute_idom(&mut self) {
        let n = self.len();
        let mut preds: Vec<Vec<Node>> = vec![Vec::new(); n];
        for &from in &self.rpo {
            for e in &self.succs[from] {
                preds[e.to].push(from);
            }
        }
        const UNDEF: Node = usize::MAX;
        let mut idom = vec![UNDEF; n];
        idom[START] = START;
        let mut changed = true;
        while changed {
            changed = false;
            for &b in &self.rpo[1..] {
                let mut new = UNDEF;
                for &p in &preds[b] {
                    if idom[p] == UNDEF {
                        continue;
                    }
                    new = if new == UNDEF { p } else { self.intersect(&idom, p, new) };
                }
                if idom[b] != new {
                    idom[b] = new;
                    changed = true;
                }
            }
        }
        self.idom = idom;
    }

    fn intersect(&self, idom: &[Node], mut a: Node, mut b: Node) -> Node {
        while a != b {
            while self.rpo_index[a] > self.rpo_index[b] {
                a = idom[a];
            }
            while self.rpo_index[b] > self.rpo_index[a] {
                b = idom[b];
            }
        }
        a
    }

    pub fn dominates(&self, a: Node, mut b: Node) -> bool {
        loop {
            if a == b {
                return true;
            }
            if b == START {
                return false;
            }
            b = self.idom[b];
        }
    }

    /// Whether the edge goes back to a loop header.
    pub fn is_backward(&self, from: Node, to: Node) -> bool {
        self.rpo_index[to] <= self.rpo_index[from]
    }
}
