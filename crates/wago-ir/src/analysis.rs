//! Facts about one function body that the verifier, the passes and the
//! code generator share: the control-flow graph with predecessors and
//! reverse postorder ([`Cfg`]), dominators ([`DomTree`], by Cooper, Harvey
//! and Kennedy's "A Simple, Fast Dominance Algorithm"), natural loops
//! ([`Loops`]) and value liveness ([`Liveness`]). Each is computed from the
//! body on demand and goes stale when the body changes; nothing here edits
//! IR. Per-block tables are indexed by the block's id, so they cover blocks
//! outside the layout too (those are simply unreachable).

use crate::entity::Id;
use crate::ir::*;

/// Successors, predecessors and reverse postorder of the blocks reachable
/// from the entry.
pub struct Cfg {
    succs: Vec<Vec<Block>>,
    /// One entry per edge: a block branching twice to `b` is listed twice.
    preds: Vec<Vec<Block>>,
    rpo: Vec<Block>,
    /// Position in `rpo`, or `u32::MAX` for unreachable blocks.
    rpo_index: Vec<u32>,
}

impl Cfg {
    pub fn new(body: &Body) -> Cfg {
        let n = body.blocks.len();
        let mut succs = vec![Vec::new(); n];
        let mut preds = vec![Vec::new(); n];
        for &b in &body.layout {
            let Some(data) = body.blocks.get(b) else { continue };
            for t in data.term.iter().flat_map(|t| t.targets()) {
                if t.block.index() < n {
                    succs[b.index()].push(t.block);
                    preds[t.block.index()].push(b);
                }
            }
        }
        let rpo = match body.layout.first() {
            Some(&entry) if entry.index() < n => reverse_postorder(entry, &succs),
            _ => Vec::new(),
        };
        let mut rpo_index = vec![u32::MAX; n];
        for (i, b) in rpo.iter().enumerate() {
            rpo_index[b.index()] = i as u32;
        }
        Cfg { succs, preds, rpo, rpo_index }
    }
    pub fn succs(&self, b: Block) -> &[Block] {
        &self.succs[b.index()]
    }
    /// The predecessors of `b` (reachable or not), once per edge.
    pub fn preds(&self, b: Block) -> &[Block] {
        &self.preds[b.index()]
    }
    /// The reachable blocks, entry first, each before its successors
    /// except along back edges.
    pub fn rpo(&self) -> &[Block] {
        &self.rpo
    }
    pub fn rpo_index(&self, b: Block) -> Option<usize> {
        let i = self.rpo_index[b.index()];
        (i != u32::MAX).then_some(i as usize)
    }
    pub fn is_reachable(&self, b: Block) -> bool {
        self.rpo_index[b.index()] != u32::MAX
    }
}

/// Depth-first from `entry`, iteratively (bodies can be deep).
fn reverse_postorder(entry: Block, succs: &[Vec<Block>]) -> Vec<Block> {
    let mut visited = vec![false; succs.len()];
    let mut post = Vec::new();
    let mut stack = vec![(entry, 0usize)];
    visited[entry.index()] = true;
    while let Some((b, next)) = stack.last_mut() {
        let b = *b;
        if let Some(&s) = succs[b.index()].get(*next) {
            *next += 1;
            if !visited[s.index()] {
                visited[s.index()] = true;
                stack.push((s, 0));
            }
        } else {
            post.push(b);
            stack.pop();
        }
    }
    post.reverse();
    post
}

/// The dominator tree of the reachable blocks.
pub struct DomTree {
    idom: Vec<Option<Block>>,
    /// Preorder and postorder numbers in the tree, for O(1) queries.
    pre: Vec<u32>,
    post: Vec<u32>,
    children: Vec<Vec<Block>>,
}

impl DomTree {
    pub fn new(cfg: &Cfg) -> DomTree {
        let idom = immediate_dominators(cfg);
        let n = idom.len();
        let mut children = vec![Vec::new(); n];
        for &b in cfg.rpo().iter().skip(1) {
            if let Some(d) = idom[b.index()] {
                children[d.index()].push(b);
            }
        }
        let mut tree = DomTree { idom, pre: vec![u32::MAX; n], post: vec![u32::MAX; n], children };
        if let Some(&entry) = cfg.rpo().first() {
            tree.number(entry);
        }
        tree
    }

    /// Numbers the tree in pre- and postorder, iteratively.
    fn number(&mut self, root: Block) {
        let (mut pre, mut post) = (0u32, 0u32);
        let mut stack = vec![(root, 0usize)];
        self.pre[root.index()] = pre;
        pre += 1;
        while let Some(&mut (b, ref mut next)) = stack.last_mut() {
            if let Some(&c) = self.children[b.index()].get(*next) {
                *next += 1;
                self.pre[c.index()] = pre;
                pre += 1;
                stack.push((c, 0));
            } else {
                self.post[b.index()] = post;
                post += 1;
                stack.pop();
            }
        }
    }

    /// The immediate dominator; `None` for the entry and unreachable blocks.
    pub fn idom(&self, b: Block) -> Option<Block> {
        self.idom[b.index()]
    }
    /// The blocks `b` immediately dominates.
    pub fn children(&self, b: Block) -> &[Block] {
        &self.children[b.index()]
    }
    /// Whether `a` dominates `b` (every block dominates itself). False when
    /// either is unreachable.
    pub fn dominates(&self, a: Block, b: Block) -> bool {
        let (ia, ib) = (a.index(), b.index());
        self.pre[ia] != u32::MAX
            && self.pre[ib] != u32::MAX
            && self.pre[ia] <= self.pre[ib]
            && self.post[ib] <= self.post[ia]
    }
}

/// Cooper–Harvey–Kennedy: iterate `idom(b) = ⋂ preds` in reverse
/// postorder until nothing changes, intersecting by walking up the
/// current tree with postorder numbers.
fn immediate_dominators(cfg: &Cfg) -> Vec<Option<Block>> {
    let n = cfg.succs.len();
    let mut idom: Vec<Option<Block>> = vec![None; n];
    let Some(&entry) = cfg.rpo().first() else { return idom };
    idom[entry.index()] = Some(entry);
    let intersect = |idom: &[Option<Block>], mut a: Block, mut b: Block| {
        while a != b {
            while cfg.rpo_index[a.index()] > cfg.rpo_index[b.index()] {
                a = idom[a.index()].expect("processed");
            }
            while cfg.rpo_index[b.index()] > cfg.rpo_index[a.index()] {
                b = idom[b.index()].expect("processed");
            }
        }
        a
    };
    let mut changed = true;
    while changed {
        changed = false;
        for &b in &cfg.rpo()[1..] {
            let mut new = None;
            for &p in cfg.preds(b) {
                if idom[p.index()].is_some() {
                    new = Some(new.map_or(p, |n| intersect(&idom, p, n)));
                }
            }
            if new.is_some() && idom[b.index()] != new {
                idom[b.index()] = new;
                changed = true;
            }
        }
    }
    idom[entry.index()] = None;
    idom
}

/// A natural loop: the header and every block that reaches a back edge to
/// it without passing through it.
pub struct Loop {
    pub header: Block,
    pub blocks: Vec<Block>,
    /// The innermost enclosing loop.
    pub parent: Option<usize>,
    /// 1 for an outermost loop.
    pub depth: u32,
}

/// The natural loops of the reachable blocks, outer loops first.
pub struct Loops {
    pub loops: Vec<Loop>,
    innermost: Vec<Option<usize>>,
    /// False when some cycle has no dominating header (Go's `goto` can
    /// make one); such cycles are not in `loops`.
    pub reducible: bool,
}

impl Loops {
    pub fn new(cfg: &Cfg, dom: &DomTree) -> Loops {
        let n = cfg.succs.len();
        let mut loops: Vec<Loop> = Vec::new();
        let mut reducible = true;
        for &h in cfg.rpo() {
            let latches: Vec<Block> = cfg.preds(h).iter().copied().filter(|&p| cfg.is_reachable(p)).collect();
            let back: Vec<Block> = latches.iter().copied().filter(|&p| dom.dominates(h, p)).collect();
            let retreating = latches.iter().any(|&p| cfg.rpo_index(p) >= cfg.rpo_index(h) && !dom.dominates(h, p));
            reducible &= !retreating;
            if !back.is_empty() {
                loops.push(Loop { header: h, blocks: natural_loop(cfg, h, &back), parent: None, depth: 1 });
            }
        }
        // Headers come in reverse postorder, so an enclosing loop is listed
        // before the loops inside it; the last one containing a block is
        // its innermost.
        let mut innermost = vec![None; n];
        for i in 0..loops.len() {
            loops[i].parent = innermost[loops[i].header.index()];
            loops[i].depth = loops[i].parent.map_or(1, |p| loops[p].depth + 1);
            for &b in &loops[i].blocks {
                innermost[b.index()] = Some(i);
            }
        }
        Loops { loops, innermost, reducible }
    }
    /// The innermost loop containing `b`.
    pub fn innermost(&self, b: Block) -> Option<usize> {
        self.innermost[b.index()]
    }
    /// How many loops contain `b`.
    pub fn depth(&self, b: Block) -> u32 {
        self.innermost(b).map_or(0, |l| self.loops[l].depth)
    }
}

fn natural_loop(cfg: &Cfg, header: Block, latches: &[Block]) -> Vec<Block> {
    let mut in_loop = vec![false; cfg.succs.len()];
    in_loop[header.index()] = true;
    let mut blocks = vec![header];
    let mut work: Vec<Block> = latches.to_vec();
    while let Some(b) = work.pop() {
        if !in_loop[b.index()] && cfg.is_reachable(b) {
            in_loop[b.index()] = true;
            blocks.push(b);
            work.extend_from_slice(cfg.preds(b));
        }
    }
    blocks.sort_by_key(|&b| cfg.rpo_index(b));
    blocks
}

/// A fixed-size set of small ids.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct BitSet {
    words: Vec<u64>,
}

impl BitSet {
    pub fn new(len: usize) -> BitSet {
        BitSet { words: vec![0; len.div_ceil(64)] }
    }
    pub fn insert(&mut self, i: usize) -> bool {
        let (w, bit) = (i / 64, 1u64 << (i % 64));
        let fresh = self.words[w] & bit == 0;
        self.words[w] |= bit;
        fresh
    }
    pub fn remove(&mut self, i: usize) {
        self.words[i / 64] &= !(1u64 << (i % 64));
    }
    pub fn contains(&self, i: usize) -> bool {
        self.words[i / 64] & (1u64 << (i % 64)) != 0
    }
    /// Adds every member of `other`; whether anything was new.
    pub fn union_with(&mut self, other: &BitSet) -> bool {
        let mut changed = false;
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            let new = *a | b;
            changed |= new != *a;
            *a = new;
        }
        changed
    }
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.words
            .iter()
            .enumerate()
            .flat_map(|(w, &bits)| (0..64).filter(move |i| bits & (1u64 << i) != 0).map(move |i| w * 64 + i))
    }
}

/// Which values are live on entry to and exit from each reachable block.
/// A block's parameters are defined on entry (so never live-in); the
/// arguments a terminator passes are used at the end of its block.
pub struct Liveness {
    live_in: Vec<BitSet>,
    live_out: Vec<BitSet>,
}

impl Liveness {
    pub fn new(body: &Body, cfg: &Cfg) -> Liveness {
        let (nb, nv) = (body.blocks.len(), body.values.len());
        let mut live_in = vec![BitSet::new(nv); nb];
        let mut live_out = vec![BitSet::new(nv); nb];
        let (uses, defs): (Vec<BitSet>, Vec<BitSet>) =
            (0..nb).map(|b| upward_uses_and_defs(body, Block::new(b), nv)).unzip();
        let mut changed = true;
        while changed {
            changed = false;
            for &b in cfg.rpo().iter().rev() {
                let i = b.index();
                let mut out = BitSet::new(nv);
                for &s in cfg.succs(b) {
                    out.union_with(&live_in[s.index()]);
                }
                let mut inn = out.clone();
                for d in defs[i].iter() {
                    inn.remove(d);
                }
                inn.union_with(&uses[i]);
                changed |= live_in[i] != inn || live_out[i] != out;
                (live_in[i], live_out[i]) = (inn, out);
            }
        }
        Liveness { live_in, live_out }
    }
    pub fn live_in(&self, b: Block) -> &BitSet {
        &self.live_in[b.index()]
    }
    pub fn live_out(&self, b: Block) -> &BitSet {
        &self.live_out[b.index()]
    }
}

/// The values `b` uses before defining them, and those it defines.
fn upward_uses_and_defs(body: &Body, b: Block, nv: usize) -> (BitSet, BitSet) {
    let (mut uses, mut defs) = (BitSet::new(nv), BitSet::new(nv));
    let data = &body.blocks[b];
    let mut use_value = |v: Value, defs: &BitSet| {
        if v.index() < nv && !defs.contains(v.index()) {
            uses.insert(v.index());
        }
    };
    for &p in &data.params {
        defs.insert(p.index());
    }
    for &inst in &data.insts {
        for &a in &body.insts[inst].args {
            use_value(a, &defs);
        }
        for &r in &body.insts[inst].results {
            defs.insert(r.index());
        }
    }
    if let Some(t) = &data.term {
        for &v in t.operands().iter().chain(t.targets().flat_map(|t| &t.args)) {
            use_value(v, &defs);
        }
    }
    (uses, defs)
}

/// Whether an instruction must stay even when its results are unused:
/// it writes memory or a global, calls out, grows memory, or may trap
/// (integer division, and loads, which trap out of bounds).
pub fn has_side_effects(op: &Op) -> bool {
    match op {
        Op::Binary(b) => matches!(b, BinOp::SDiv | BinOp::UDiv | BinOp::SRem | BinOp::URem),
        Op::Load { .. }
        | Op::Store { .. }
        | Op::MemCopy
        | Op::MemFill
        | Op::Call(_)
        | Op::CallIndirect(_)
        | Op::GlobalSet(_)
        | Op::MemoryGrow => true,
        Op::Const(_)
        | Op::Unary(_)
        | Op::Eqz
        | Op::Icmp(_)
        | Op::Fcmp(_)
        | Op::Convert(_)
        | Op::Select
        | Op::GlobalGet(_)
        | Op::FuncAddr(_)
        | Op::DataAddr(..)
        | Op::MemorySize => false,
    }
}

/// Per function of `m`: whether a call of it may reach one of the `seeds`
/// (by index), through the direct calls placed in bodies; an indirect call
/// may reach anything. A call-graph fixpoint: the panic-check, GC-root and
/// lowering's unwinding questions are all this one.
pub fn reaches_seeds(m: &crate::Module, mut set: Vec<bool>) -> Vec<bool> {
    use crate::{Id, Op};
    loop {
        let mut changed = false;
        for (id, f) in m.funcs.iter() {
            let Some(body) = f.body() else { continue };
            if set[id.index()] {
                continue;
            }
            // Only placed instructions: the arena keeps dead ones (a
            // division check folded away still names its panic call).
            let mut placed = body.layout.iter().flat_map(|&b| &body.blocks[b].insts);
            let reaches = placed.any(|&i| match &body.insts[i].op {
                Op::Call(g) => set.get(g.index()).copied().unwrap_or(true),
                Op::CallIndirect(_) => true,
                _ => false,
            });
            if reaches {
                set[id.index()] = true;
                changed = true;
            }
        }
        if !changed {
            return set;
        }
    }
}
