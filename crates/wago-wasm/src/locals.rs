//! Where each IR value lives at run time: nowhere (unused), rematerialised
//! (constants), on the wasm operand stack between its definition and its
//! only use (tree-ification), or in a wasm local; locals are shared between
//! values of one type whose live ranges do not overlap.
//!
//! Tree-ification keeps instruction order: a value is left on the stack
//! when its definition is the last thing emitted before its user pushes it
//! in wasm operand order, so the user's earlier operands, all `local.get`s
//! or constants, may be hoisted above that definition (nothing in between
//! writes a local the user reads: see `stackify_block`). A value used more
//! than once may still flow to its first user on the stack through
//! `local.tee`.
//!
//! Locals are assigned by greedy colouring of the interference graph in
//! dominance order (optimal on SSA's chordal graphs), with the function's
//! parameters pre-coloured to their wasm parameter slots.

use crate::cfg::{Cfg, NodeKind};
use wago_ir::{Block, Body, Id, Inst, Op, Terminator, Ty, Value};

/// Where a value lives.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Home {
    /// Never read: its definition's result is dropped.
    Unused,
    /// A constant (also an address: `data_addr`, `func_addr`), emitted
    /// again at each use.
    Const,
    /// Left on the operand stack for its only use.
    Stack,
    /// Left on the stack for its first use and kept in the local too.
    Tee(u32),
    /// In a local.
    Local(u32),
}

impl Home {
    pub fn local(self) -> Option<u32> {
        match self {
            Home::Tee(l) | Home::Local(l) => Some(l),
            _ => None,
        }
    }
    /// Whether the value's definition is emitted at its (first) user.
    pub fn is_stacked(self) -> bool {
        matches!(self, Home::Stack | Home::Tee(_))
    }
}

/// The value homes of one function and the locals it declares.
pub struct Locals {
    pub home: Vec<Home>,
    /// Declared locals (after the parameters), by type, in index order.
    pub declared: Vec<wasm_encoder::ValType>,
    /// The `i32` local dispatchers branch on, if any.
    pub label: Option<u32>,
}

/// Choices that are on by default and off only to measure what they save.
#[derive(Clone, Copy)]
pub struct Tuning {
    pub stackify: bool,
    pub share: bool,
}

pub fn val_type(ty: Ty) -> wasm_encoder::ValType {
    match ty {
        Ty::I32 | Ty::Ptr => wasm_encoder::ValType::I32,
        Ty::I64 => wasm_encoder::ValType::I64,
        Ty::F32 => wasm_encoder::ValType::F32,
        Ty::F64 => wasm_encoder::ValType::F64,
    }
}

/// Whether an operation's result is a constant cheaper to emit again at
/// each use than to keep in a local.
pub fn is_remat(op: &Op) -> bool {
    matches!(op, Op::Const(_) | Op::DataAddr(..) | Op::FuncAddr(_))
}

/// The operands of an instruction in the order wasm pops them (IR order
/// except where the wasm instruction takes them differently).
pub fn wasm_operands(op: &Op, args: &[Value], out: &mut Vec<Value>) {
    out.clear();
    match op {
        // IR: (cond, a, b); wasm `select`: a, b, cond.
        Op::Select => out.extend([args[1], args[2], args[0]]),
        // IR: (index, args…); wasm: args…, index.
        Op::CallIndirect(_) => {
            out.extend_from_slice(&args[1..]);
            out.push(args[0]);
        }
        _ => out.extend_from_slice(args),
    }
}

/// The values a terminator pushes, in order (a jump pushes its arguments
/// for the parallel copy), excluding arguments of unused parameters.
pub fn term_operands(body: &Body, term: &Terminator, needed: &[bool], out: &mut Vec<Value>) {
    out.clear();
    match term {
        Terminator::Jump(t) => {
            let params = &body.blocks[t.block].params;
            out.extend(t.args.iter().zip(params).filter(|(_, p)| needed[p.index()]).map(|(a, _)| *a));
        }
        _ => out.extend_from_slice(term.operands()),
    }
}

pub fn assign(body: &Body, cfg: &Cfg, n_params: u32, tuning: Tuning) -> Locals {
    let blocks: Vec<Block> = cfg
        .rpo
        .iter()
        .filter_map(|&n| match cfg.kinds[n] {
            NodeKind::Block(b) => Some(b),
            _ => None,
        })
        .collect();
    let needed = needed_values(body, &blocks);
    let uses = use_counts(body, &blocks, &needed);
    let mut home = vec![Home::Unused; body.values.len()];
    let mut is_stacked = vec![false; body.values.len()];
    let mut ops = Vec::new();
    for &b in &blocks {
        for &inst in &body.blocks[b].insts {
            if is_remat(&body.insts[inst].op) {
                home[body.insts[inst].results[0].index()] = Home::Const;
            }
        }
        if tuning.stackify {
            stackify_block(body, b, &needed, &uses, &mut is_stacked, &mut ops);
        }
    }
    let mut wants_local = vec![false; body.values.len()];
    for (v, &n) in uses.iter().enumerate() {
        wants_local[v] = n > 0 && home[v] != Home::Const && !(is_stacked[v] && n == 1);
    }
    let entry_params = &body.blocks[body.entry()].params;
    for &p in entry_params {
        wants_local[p.index()] = true;
    }
    let colours = colour(body, &blocks, &wants_local, &needed, entry_params, n_params, tuning.share);
    for v in 0..home.len() {
        if home[v] == Home::Const || uses[v] == 0 && !wants_local[v] {
            continue;
        }
        home[v] = match (is_stacked[v], colours.local[v]) {
            (true, Some(l)) => Home::Tee(l),
            (true, None) => Home::Stack,
            (false, Some(l)) => Home::Local(l),
            (false, None) => Home::Unused,
        };
    }
    let mut declared = colours.declared;
    let label = cfg.has_dispatch.then(|| {
        declared.push(wasm_encoder::ValType::I32);
        n_params + declared.len() as u32 - 1
    });
    Locals { home, declared, label }
}

/// Which values are read: by an instruction or a terminator operand, or
/// passed to a block parameter that is itself needed.
fn needed_values(body: &Body, blocks: &[Block]) -> Vec<bool> {
    let mut needed = vec![false; body.values.len()];
    let mut work = Vec::new();
    let mut mark = |v: Value, work: &mut Vec<Value>| {
        if !needed[v.index()] {
            needed[v.index()] = true;
            work.push(v);
        }
    };
    // Arguments flowing into each parameter, to propagate neededness back.
    let mut flows_into: Vec<Vec<Value>> = vec![Vec::new(); body.values.len()];
    for &b in blocks {
        for &inst in &body.blocks[b].insts {
            for &a in &body.insts[inst].args {
                mark(a, &mut work);
            }
        }
        let term = body.term(b);
        for &v in term.operands() {
            mark(v, &mut work);
        }
        for t in term.targets() {
            for (&a, &p) in t.args.iter().zip(&body.blocks[t.block].params) {
                flows_into[p.index()].push(a);
            }
        }
    }
    while let Some(v) = work.pop() {
        for a in std::mem::take(&mut flows_into[v.index()]) {
            mark(a, &mut work);
        }
    }
    needed
}

fn use_counts(body: &Body, blocks: &[Block], needed: &[bool]) -> Vec<u32> {
    let mut uses = vec![0u32; body.values.len()];
    for &b in blocks {
        for &inst in &body.blocks[b].insts {
            for &a in &body.insts[inst].args {
                uses[a.index()] += 1;
            }
        }
        let term = body.term(b);
        for &v in term.operands() {
            uses[v.index()] += 1;
        }
        for t in term.targets() {
            for (&a, &p) in t.args.iter().zip(&body.blocks[t.block].params) {
                if needed[p.index()] {
                    uses[a.index()] += 1;
                }
            }
        }
    }
    uses
}

/// Marks the values of block `b` that can stay on the operand stack: a
/// stack of candidates (results just defined, in emission order) is matched
/// against each user's operands from the last one back. Whatever is left
/// unmatched when a user comes goes to a local, which keeps the invariant
/// that everything emitted between a stacked definition and its user
/// belongs to the user's operand trees (and writes no local but tees the
/// user reads first).
fn stackify_block(body: &Body, b: Block, needed: &[bool], uses: &[u32], stacked: &mut [bool], ops: &mut Vec<Value>) {
    let mut candidates: Vec<Candidate> = Vec::new();
    for &inst in &body.blocks[b].insts {
        let data = &body.insts[inst];
        if is_remat(&data.op) {
            continue;
        }
        wasm_operands(&data.op, &data.args, ops);
        let (tees, depth) = match_operands(&mut candidates, ops, uses, stacked);
        if let [r] = data.results[..]
            && uses[r.index()] > 0
            && depth < MAX_TREE_DEPTH
        {
            candidates.push(Candidate { value: r, tees, depth: depth + 1 });
        }
    }
    term_operands(body, body.term(b), needed, ops);
    match_operands(&mut candidates, ops, uses, stacked);
}

/// A value just defined that may stay on the stack, with the values its
/// tree (if it is stacked) writes to their locals by `local.tee`.
struct Candidate {
    value: Value,
    tees: Vec<Value>,
    /// Height of its tree: emitting a tree recurses this deep.
    depth: u32,
}

/// Trees stop growing here, so that emitting one never recurses deeply
/// (a generated chain of thousands of additions gets a local now and then).
const MAX_TREE_DEPTH: u32 = 64;

/// Matches a user's operands, last first, against the candidates: the top
/// candidate matching an operand is stacked. Operands that are not
/// candidates (locals, constants) are skipped: their `local.get`s then move
/// across the stacked trees, which is sound unless such a tree tees the
/// very value read (checked here), since the trees write no other local
/// the user reads. An operand that is a deeper candidate ends the matching.
/// Returns the tees of the trees stacked into this user and their height.
fn match_operands(
    candidates: &mut Vec<Candidate>,
    ops: &[Value],
    uses: &[u32],
    stacked: &mut [bool],
) -> (Vec<Value>, u32) {
    let mut tees = Vec::new();
    let mut depth = 0;
    for (k, &op) in ops.iter().enumerate().rev() {
        let Some(top) = candidates.last() else { break };
        if op == top.value {
            let once = ops.iter().filter(|&&o| o == op).count() == 1;
            if !once || top.tees.iter().any(|t| ops[..k].contains(t)) {
                break;
            }
            stacked[op.index()] = true;
            let top = candidates.pop().expect("top");
            depth = depth.max(top.depth);
            tees.extend(top.tees);
            if uses[op.index()] > 1 {
                tees.push(op);
            }
        } else if candidates.iter().any(|c| c.value == op) {
            break;
        }
    }
    candidates.clear();
    (tees, depth)
}

struct Colours {
    local: Vec<Option<u32>>,
    declared: Vec<wasm_encoder::ValType>,
}

/// Builds the interference graph of the values that want a local (by
/// backward liveness over the blocks) and colours it.
fn colour(
    body: &Body,
    blocks: &[Block],
    wants: &[bool],
    needed: &[bool],
    entry_params: &[Value],
    n_params: u32,
    share: bool,
) -> Colours {
    let n = body.values.len();
    let live_in = liveness(body, blocks, wants, needed);
    let mut adj: Vec<Vec<u32>> = vec![Vec::new(); n];
    let mut live = BitSet::new(n);
    let add_edges = |v: Value, live: &BitSet, adj: &mut Vec<Vec<u32>>| {
        for l in live.iter() {
            if l != v.index() {
                adj[v.index()].push(l as u32);
                adj[l].push(v.index() as u32);
            }
        }
    };
    for &b in blocks {
        live.clear();
        for s in body.succs(b) {
            live.union_with(&live_in[s.index()]);
        }
        let data = &body.blocks[b];
        let term = body.term(b);
        for t in term.targets() {
            for (&a, &p) in t.args.iter().zip(&body.blocks[t.block].params) {
                if needed[p.index()] && wants[a.index()] {
                    live.insert(a.index());
                }
            }
        }
        for &v in term.operands() {
            if wants[v.index()] {
                live.insert(v.index());
            }
        }
        for &inst in data.insts.iter().rev() {
            let d = &body.insts[inst];
            for &r in &d.results {
                if wants[r.index()] {
                    live.remove(r.index());
                    add_edges(r, &live, &mut adj);
                }
            }
            for &a in &d.args {
                if wants[a.index()] {
                    live.insert(a.index());
                }
            }
        }
        // Parameters are written together on the way in.
        for &p in &data.params {
            live.remove(p.index());
        }
        for &p in &data.params {
            if wants[p.index()] {
                add_edges(p, &live, &mut adj);
                live.insert(p.index());
            }
        }
    }
    assign_colours(body, blocks, wants, entry_params, n_params, share, &adj)
}

fn assign_colours(
    body: &Body,
    blocks: &[Block],
    wants: &[bool],
    entry_params: &[Value],
    n_params: u32,
    share: bool,
    adj: &[Vec<u32>],
) -> Colours {
    let n = body.values.len();
    let mut local: Vec<Option<u32>> = vec![None; n];
    // Slots by wasm type: parameters first, then declared locals (numbered
    // per type here, renumbered after the parameters at the end).
    let mut pool: Vec<(wasm_encoder::ValType, Slot)> = Vec::new();
    for (i, &p) in entry_params.iter().enumerate() {
        local[p.index()] = Some(i as u32);
        pool.push((val_type(body.ty(p)), Slot::Param(i as u32)));
    }
    let mut slot_of: Vec<Option<usize>> = vec![None; n];
    for (i, &p) in entry_params.iter().enumerate() {
        slot_of[p.index()] = Some(i);
    }
    let mut taken: Vec<bool> = Vec::new();
    let order = blocks.iter().flat_map(|&b| {
        let data = &body.blocks[b];
        data.params.iter().copied().chain(data.insts.iter().flat_map(|&i: &Inst| body.insts[i].results.iter().copied()))
    });
    for v in order {
        if !wants[v.index()] || slot_of[v.index()].is_some() {
            continue;
        }
        let ty = val_type(body.ty(v));
        taken.clear();
        taken.resize(pool.len(), false);
        for &w in &adj[v.index()] {
            if let Some(s) = slot_of[w as usize] {
                taken[s] = true;
            }
        }
        let free = if share { pool.iter().enumerate().position(|(s, &(t, _))| t == ty && !taken[s]) } else { None };
        let s = free.unwrap_or_else(|| {
            pool.push((ty, Slot::Declared));
            pool.len() - 1
        });
        slot_of[v.index()] = Some(s);
    }
    // Declared slots grouped by type, in a fixed type order.
    let mut declared = Vec::new();
    let mut index_of_slot = vec![0u32; pool.len()];
    for ty in
        [wasm_encoder::ValType::I32, wasm_encoder::ValType::I64, wasm_encoder::ValType::F32, wasm_encoder::ValType::F64]
    {
        for (s, &(t, kind)) in pool.iter().enumerate() {
            match kind {
                Slot::Param(i) => index_of_slot[s] = i,
                Slot::Declared if t == ty => {
                    index_of_slot[s] = n_params + declared.len() as u32;
                    declared.push(ty);
                }
                Slot::Declared => {}
            }
        }
    }
    for v in 0..n {
        if let Some(s) = slot_of[v] {
            local[v] = Some(index_of_slot[s]);
        }
    }
    Colours { local, declared }
}

#[derive(Clone, Copy)]
enum Slot {
    Param(u32),
    Declared,
}

/// Live-in sets of the blocks, over the values that want a local.
fn liveness(body: &Body, blocks: &[Block], wants: &[bool], needed: &[bool]) -> Vec<BitSet> {
    let n = body.values.len();
    let mut live_in: Vec<BitSet> = (0..body.blocks.len()).map(|_| BitSet::new(0)).collect();
    for &b in blocks {
        live_in[b.index()] = BitSet::new(n);
    }
    // use/def summaries: upward-exposed uses and definitions of each block.
    let mut gen_: Vec<BitSet> = Vec::new();
    let mut kill: Vec<BitSet> = Vec::new();
    for &b in blocks {
        let mut g = BitSet::new(n);
        let mut k = BitSet::new(n);
        let data = &body.blocks[b];
        let term = body.term(b);
        let edge_args = term.targets().flat_map(|t| {
            t.args.iter().zip(&body.blocks[t.block].params).filter(|(_, p)| needed[p.index()]).map(|(a, _)| a)
        });
        for &v in term.operands().iter().chain(edge_args) {
            if wants[v.index()] {
                g.insert(v.index());
            }
        }
        for &inst in data.insts.iter().rev() {
            let d = &body.insts[inst];
            for &r in &d.results {
                g.remove(r.index());
                k.insert(r.index());
            }
            for &a in &d.args {
                if wants[a.index()] {
                    g.insert(a.index());
                }
            }
        }
        for &p in &data.params {
            g.remove(p.index());
            k.insert(p.index());
        }
        gen_.push(g);
        kill.push(k);
    }
    let mut changed = true;
    let mut out = BitSet::new(n);
    while changed {
        changed = false;
        for (i, &b) in blocks.iter().enumerate().rev() {
            out.clear();
            for s in body.succs(b) {
                out.union_with(&live_in[s.index()]);
            }
            out.subtract(&kill[i]);
            out.union_with(&gen_[i]);
            if out != live_in[b.index()] {
                live_in[b.index()].copy_from(&out);
                changed = true;
            }
        }
    }
    live_in
}

/// A fixed-size set of small integers.
#[derive(Clone, PartialEq, Eq)]
struct BitSet {
    words: Vec<u64>,
}

impl BitSet {
    fn new(n: usize) -> Self {
        BitSet { words: vec![0; n.div_ceil(64)] }
    }
    fn clear(&mut self) {
        self.words.fill(0);
    }
    fn insert(&mut self, i: usize) {
        self.words[i / 64] |= 1 << (i % 64);
    }
    fn remove(&mut self, i: usize) {
        self.words[i / 64] &= !(1 << (i % 64));
    }
    fn union_with(&mut self, other: &BitSet) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= b;
        }
    }
    fn subtract(&mut self, other: &BitSet) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= !b;
        }
    }
    fn copy_from(&mut self, other: &BitSet) {
        self.words.copy_from_slice(&other.words);
    }
    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(w, &bits)| {
            let mut bits = bits;
            std::iter::from_fn(move || {
                if bits == 0 {
                    return None;
                }
                let t = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                Some(w * 64 + t)
            })
        })
    }
}
