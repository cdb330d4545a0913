//! Structured control flow from a reducible CFG, after Norman Ramsey's
//! "Beyond Relooper" (ICFP 2022): walk the dominator tree; a loop header
//! opens a `loop`; each child that is a merge node (two or more forward
//! in-edges) gets a `block` wrapped around its earlier siblings, the latest
//! in reverse postorder outermost, and is emitted right after that block's
//! `end`; any other child is emitted inline where its only predecessor
//! branches to it. A branch is then a `br` to the loop (backward edge),
//! a `br` to the merge node's block (forward edge to a merge node), nothing
//! when control falls through to it anyway, or the child's code itself.
//!
//! The node's own code and the copies on each edge come from a [`Lower`].

use crate::cfg::{Cfg, Exit, Node, START};
use wasm_encoder::{BlockType, InstructionSink};

/// What the structurer needs from the instruction selector.
pub trait Lower {
    fn sink(&mut self) -> InstructionSink<'_>;
    /// Emits the node's straight-line code, then: the condition for
    /// [`Exit::If`], the index for [`Exit::Table`], or the whole exit
    /// (`return`, `unreachable`) for [`Exit::Leave`].
    fn node(&mut self, node: Node);
    /// Emits what must happen on the node's `k`th out-edge before the
    /// branch (block-argument copies, the dispatcher label).
    fn edge(&mut self, node: Node, k: usize);
    /// Whether [`Lower::edge`] would emit nothing.
    fn edge_is_empty(&self, node: Node, k: usize) -> bool;
    /// Whether two out-edges of a node do exactly the same thing.
    fn same_edge(&self, node: Node, a: usize, b: usize) -> bool;
}

/// An enclosing construct, innermost last: what a `br` to it reaches.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Frame {
    If,
    Loop(Node),
    BlockBefore(Node),
    Arm,
}

/// Emits the whole function body (without its final `end`). Returns
/// whether the last instruction is the `end` of a construct, after which
/// the validator sees reachable code: a function with results then needs an
/// `unreachable` there.
pub fn emit(cfg: &Cfg, lower: &mut impl Lower) -> bool {
    let mut s = Structurer { cfg, lower, frames: Vec::new(), last_is_end: false };
    s.tree(START, None);
    s.last_is_end
}

struct Structurer<'a, L> {
    cfg: &'a Cfg,
    lower: &'a mut L,
    frames: Vec<Frame>,
    last_is_end: bool,
}

impl<L: Lower> Structurer<'_, L> {
    /// Emits `x` and the nodes it dominates. `next` is the merge node that
    /// control reaches by falling off the end of what is emitted here.
    fn tree(&mut self, x: Node, next: Option<Node>) {
        let merges: Vec<Node> = self.cfg.dom_children[x].iter().copied().filter(|&c| self.cfg.merge[c]).collect();
        if self.cfg.loop_header[x] {
            self.lower.sink().loop_(BlockType::Empty);
            self.frames.push(Frame::Loop(x));
            self.within(x, &merges, next);
            self.frames.pop();
            self.end();
        } else {
            self.within(x, &merges, next);
        }
    }

    /// `merges` are in reverse postorder; the last one is outermost.
    fn within(&mut self, x: Node, merges: &[Node], next: Option<Node>) {
        if let Some((&y, inner)) = merges.split_last() {
            self.lower.sink().block(BlockType::Empty);
            self.frames.push(Frame::BlockBefore(y));
            self.within(x, inner, Some(y));
            self.frames.pop();
            self.end();
            self.tree(y, next);
            return;
        }
        match self.cfg.exits[x] {
            Exit::Goto => {
                self.node(x);
                self.branch(x, 0, next);
            }
            Exit::If => {
                self.node(x);
                self.two_way(x, next);
            }
            Exit::Table => self.table(x, next),
            Exit::Leave => self.lower.node(x),
        }
    }

    fn two_way(&mut self, x: Node, next: Option<Node>) {
        if let Some(depth) = self.plain_branch(x, 0) {
            self.lower.sink().br_if(depth);
            self.branch(x, 1, next);
        } else if let Some(depth) = self.plain_branch(x, 1) {
            self.lower.sink().i32_eqz().br_if(depth);
            self.branch(x, 0, next);
        } else {
            self.lower.sink().if_(BlockType::Empty);
            self.frames.push(Frame::If);
            self.branch(x, 0, next);
            self.lower.sink().else_();
            self.branch(x, 1, next);
            self.frames.pop();
            self.end();
        }
    }

    /// `br_table` over the successors: an edge that is a plain branch
    /// targets its label directly; the others each get an arm, a block
    /// whose `end` is followed by the arm's code (edges that do the same
    /// share an arm).
    fn table(&mut self, x: Node, next: Option<Node>) {
        let n = self.cfg.succs[x].len();
        let mut arm_of: Vec<Option<usize>> = vec![None; n];
        let mut arms: Vec<usize> = Vec::new();
        for (k, arm) in arm_of.iter_mut().enumerate() {
            if self.plain_branch(x, k).is_some() {
                continue;
            }
            let shared = arms.iter().position(|&a| self.lower.same_edge(x, a, k));
            *arm = Some(shared.unwrap_or_else(|| {
                arms.push(k);
                arms.len() - 1
            }));
        }
        for _ in &arms {
            self.lower.sink().block(BlockType::Empty);
            self.frames.push(Frame::Arm);
        }
        self.node(x);
        let depths: Vec<u32> =
            (0..n).map(|k| arm_of[k].map_or_else(|| self.plain_branch(x, k).expect("plain"), |a| a as u32)).collect();
        let (default, cases) = depths.split_last().expect("a switch has a default");
        self.lower.sink().br_table(cases.iter().copied(), *default);
        for (i, &k) in arms.iter().enumerate() {
            self.frames.pop();
            self.end();
            let arm_next = if i + 1 == arms.len() { next } else { None };
            self.branch(x, k, arm_next);
        }
    }

    /// The label depth for edge `k` of `x` when taking it is just a `br`
    /// (no copies, target not emitted inline).
    fn plain_branch(&self, x: Node, k: usize) -> Option<u32> {
        if !self.lower.edge_is_empty(x, k) {
            return None;
        }
        let y = self.cfg.succs[x][k].to;
        if self.cfg.is_backward(x, y) {
            Some(self.depth(Frame::Loop(y)))
        } else if self.cfg.merge[y] {
            Some(self.depth(Frame::BlockBefore(y)))
        } else {
            None
        }
    }

    fn branch(&mut self, x: Node, k: usize, next: Option<Node>) {
        self.lower.edge(x, k);
        let y = self.cfg.succs[x][k].to;
        if self.cfg.is_backward(x, y) {
            let depth = self.depth(Frame::Loop(y));
            self.lower.sink().br(depth);
            self.last_is_end = false;
        } else if self.cfg.merge[y] {
            if next != Some(y) {
                let depth = self.depth(Frame::BlockBefore(y));
                self.lower.sink().br(depth);
                self.last_is_end = false;
            }
        } else {
            self.tree(y, next);
        }
    }

    fn end(&mut self) {
        self.lower.sink().end();
        self.last_is_end = true;
    }

    fn node(&mut self, x: Node) {
        self.lower.node(x);
        self.last_is_end = false;
    }

    fn depth(&self, frame: Frame) -> u32 {
        let pos = self.frames.iter().rposition(|&f| f == frame).expect("branch target is in scope");
        (self.frames.len() - 1 - pos) as u32
    }
}
