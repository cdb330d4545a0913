//! The inliner (`inline`): replaces direct calls of small functions by a
//! copy of their bodies.
//!
//! Functions are visited leaves first (the call graph's strongly connected
//! components in Tarjan's order, callees before callers), so a small
//! function that calls small leaves is measured after they collapsed into
//! it. A call is inlined when its callee has a body, is not in the
//! caller's component (no recursion, direct or mutual), is not one the
//! later passes find by name ([`KEEP_CALLS`]), the caller is still below
//! [`MAX_CALLER_INSTS`], and the callee is small enough for the site:
//! - at most [`TINY_CALLEE_INSTS`] placed instructions: everywhere (a call
//!   costs about as much code);
//! - at most [`MAX_CALLEE_INSTS`]: where the call is in a loop of the
//!   caller (where the time goes), or where it is the callee's last use
//!   (no other call, address or export: its body then goes).
//!
//! So hot small calls go away while the module does not grow: hello world
//! gets smaller, as code size matters for WebAssembly.
//!
//! Block parameters make the splice mechanical: the caller's block is
//! split at the call, the instructions after it moving to a new
//! *continuation* block whose parameters are the call's results (the same
//! values, now defined as parameters, so no use needs rewriting); the
//! callee's blocks are copied with fresh values and ids; the split block
//! jumps to the copied entry passing the call's arguments; each `return`
//! of the copy becomes a jump to the continuation. Copied blocks are not
//! scanned again (their calls were the callee's to inline). Functions keep
//! their ids and names; one no longer called is left for the linker's
//! reachability to drop.

use super::gcroots::COLLECTOR;
use crate::analysis::{Cfg, DomTree, Loops};
use crate::entity::Id;
use crate::ir::*;

/// Callees of at most this many placed instructions are inlined at every
/// call: the call with its arguments costs about as much code.
pub const TINY_CALLEE_INSTS: usize = 8;
/// Callees of at most this many are inlined where the call is in a loop,
/// or is the callee's only use (its body then goes).
pub const MAX_CALLEE_INSTS: usize = 30;
/// A caller takes no more inlined bodies once it has this many
/// instructions.
pub const MAX_CALLER_INSTS: usize = 5000;
/// Functions whose calls stay calls: later passes find them by name
/// (`gcroots` needs every call that reaches the collector).
pub const KEEP_CALLS: &[&str] = &[COLLECTOR];

pub(super) fn run(m: &mut Module) -> bool {
    let graph = CallGraph::new(m);
    let mut state = State::new(m);
    let mut changed = false;
    for (c, component) in graph.components.iter().enumerate() {
        for &f in component {
            let Some(body) = m.funcs[f].body_mut() else { continue };
            let mut body = std::mem::take(body);
            changed |= inline_calls(m, &mut body, &mut state, |g| graph.component[g.index()] != c);
            if state.size[f.index()] != usize::MAX {
                state.size[f.index()] = placed_insts(&body);
            }
            if let Some(slot) = m.funcs[f].body_mut() {
                *slot = body;
            }
        }
    }
    changed
}

/// What the policy looks at, kept current as calls are inlined.
struct State {
    /// Placed instructions per function (`usize::MAX`: never inline).
    size: Vec<usize>,
    /// Per function: placed calls of it, plus one for each other way it
    /// is used (an address taken, an export, the entry).
    uses: Vec<u32>,
}

impl State {
    fn new(m: &Module) -> State {
        let mut size: Vec<usize> = m.funcs.values().map(|f| f.body().map_or(usize::MAX, placed_insts)).collect();
        let mut uses = vec![0u32; m.funcs.len()];
        let mut count = |f: FuncId| {
            if let Some(u) = uses.get_mut(f.index()) {
                *u += 1;
            }
        };
        for (id, f) in m.funcs.iter() {
            if KEEP_CALLS.contains(&f.name.as_str()) {
                size[id.index()] = usize::MAX;
            }
            if f.export.is_some() || m.entry == Some(id) {
                count(id);
            }
            let Some(body) = f.body() else { continue };
            for &i in body.layout.iter().flat_map(|&b| &body.blocks[b].insts) {
                if let Op::Call(g) | Op::FuncAddr(g) = body.insts[i].op {
                    count(g);
                }
            }
        }
        for r in m.data.values().flat_map(|d| &d.relocs) {
            if let RelocTarget::Func(g) = r.target {
                count(g);
            }
        }
        State { size, uses }
    }

    /// Whether a call of `g` is worth inlining.
    fn worth(&self, g: FuncId, in_loop: bool) -> bool {
        let size = self.size[g.index()];
        size <= TINY_CALLEE_INSTS || size <= MAX_CALLEE_INSTS && (in_loop || self.uses[g.index()] == 1)
    }

    /// Accounts for a call of `callee` replaced by its body.
    fn inlined(&mut self, g: FuncId, callee: &Body) {
        self.uses[g.index()] -= 1;
        for &i in callee.layout.iter().flat_map(|&b| &callee.blocks[b].insts) {
            if let Op::Call(h) | Op::FuncAddr(h) = callee.insts[i].op
                && let Some(u) = self.uses.get_mut(h.index())
            {
                *u += 1;
            }
        }
    }
}

fn placed_insts(body: &Body) -> usize {
    body.layout.iter().map(|&b| body.blocks[b].insts.len()).sum()
}

/// Per block: whether it is in a loop.
fn loop_blocks(body: &Body) -> Vec<bool> {
    let cfg = Cfg::new(body);
    let dom = DomTree::new(&cfg);
    let loops = Loops::new(&cfg, &dom);
    body.blocks.ids().map(|b| loops.depth(b) > 0).collect()
}

/// Inlines the calls worth it in `body` (taken out of `m`, which holds
/// the callees) whose callees `outside` says are not in the caller's
/// component.
fn inline_calls(m: &Module, body: &mut Body, state: &mut State, outside: impl Fn(FuncId) -> bool) -> bool {
    let mut size = placed_insts(body);
    let mut in_loop = loop_blocks(body);
    let mut changed = false;
    let mut li = 0;
    while li < body.layout.len() && size < MAX_CALLER_INSTS {
        let b = body.layout[li];
        let hot = in_loop[b.index()];
        let site = body.blocks[b].insts.iter().enumerate().find_map(|(k, &i)| match body.insts[i].op {
            Op::Call(g) if outside(g) && state.worth(g, hot) => {
                m.funcs[g].body().filter(|c| !c.layout.is_empty()).map(|callee| (k, i, g, callee))
            }
            _ => None,
        });
        let Some((k, call, g, callee)) = site else {
            li += 1;
            continue;
        };
        let copied = splice(body, li, k, call, callee);
        state.inlined(g, callee);
        size += placed_insts(callee);
        changed = true;
        // Go on after the copy, in the continuation (part of the same
        // loops as the split block).
        li += copied + 1;
        in_loop.resize(body.blocks.len(), false);
        in_loop[body.layout[li].index()] = hot;
    }
    changed
}

/// Replaces the call `call`, instruction `k` of the block at layout
/// position `li`, by a copy of `callee`; returns how many blocks were
/// copied (they follow the split block, then the continuation).
fn splice(body: &mut Body, li: usize, k: usize, call: Inst, callee: &Body) -> usize {
    let b = body.layout[li];
    let args = std::mem::take(&mut body.insts[call].args);
    let results = std::mem::take(&mut body.insts[call].results);

    // The continuation: the rest of the block, the call's results as its
    // parameters.
    let cont = body.blocks.push(BlockData::default());
    let tail = body.blocks[b].insts.split_off(k + 1);
    body.blocks[b].insts.pop();
    body.blocks[cont].insts = tail;
    body.blocks[cont].term = body.blocks[b].term.take();
    for (n, &r) in results.iter().enumerate() {
        body.values[r].def = ValueDef::Param(cont, n as u32);
    }
    body.blocks[cont].params = results;

    let copy = copy_body(body, callee, cont);
    body.blocks[b].term = Some(Terminator::Jump(Target { block: copy[0], args }));
    let n = copy.len();
    body.layout.splice(li + 1..li + 1, copy.into_iter().chain([cont]));
    n
}

/// Copies `callee`'s blocks into `body` with fresh ids, its returns
/// jumping to `cont`; the new blocks in the callee's layout order (the
/// entry first).
fn copy_body(body: &mut Body, callee: &Body, cont: Block) -> Vec<Block> {
    let mut blocks: Vec<Option<Block>> = vec![None; callee.blocks.len()];
    let mut values: Vec<Option<Value>> = vec![None; callee.values.len()];
    let mut insts: Vec<(Inst, Inst)> = Vec::new();
    let mut copy = Vec::with_capacity(callee.layout.len());
    // First every definition, so that uses can be mapped in any order.
    for &cb in &callee.layout {
        let nb = body.blocks.push(BlockData::default());
        blocks[cb.index()] = Some(nb);
        copy.push(nb);
        for &p in &callee.blocks[cb].params {
            values[p.index()] = Some(body.add_param(nb, callee.ty(p)));
        }
        for &i in &callee.blocks[cb].insts {
            let old = &callee.insts[i];
            let tys: Vec<Ty> = old.results.iter().map(|&r| callee.ty(r)).collect();
            let new = body.push(nb, old.op.clone(), Vec::new(), &tys);
            for (&r, &nr) in old.results.iter().zip(&body.insts[new].results) {
                values[r.index()] = Some(nr);
            }
            insts.push((i, new));
        }
    }
    let value = |v: Value| values[v.index()].expect("a verified body defines every value it uses");
    let target = |t: &Target| Target {
        block: blocks[t.block.index()].expect("a verified body branches only to placed blocks"),
        args: t.args.iter().map(|&a| value(a)).collect(),
    };
    for (old, new) in insts {
        body.insts[new].args = callee.insts[old].args.iter().map(|&a| value(a)).collect();
    }
    for (&cb, &nb) in callee.layout.iter().zip(&copy) {
        let term = match callee.term(cb) {
            Terminator::Jump(t) => Terminator::Jump(target(t)),
            Terminator::Branch { cond, then, else_ } => {
                Terminator::Branch { cond: value(*cond), then: target(then), else_: target(else_) }
            }
            Terminator::Switch { index, targets, default } => Terminator::Switch {
                index: value(*index),
                targets: targets.iter().map(target).collect(),
                default: target(default),
            },
            Terminator::Return(vals) => {
                Terminator::Jump(Target { block: cont, args: vals.iter().map(|&v| value(v)).collect() })
            }
            Terminator::Unreachable => Terminator::Unreachable,
        };
        body.blocks[nb].term = Some(term);
    }
    copy
}

/// The direct-call graph's strongly connected components, callees'
/// components before their callers' (Tarjan's order), and each
/// function's component.
struct CallGraph {
    components: Vec<Vec<FuncId>>,
    component: Vec<usize>,
}

impl CallGraph {
    fn new(m: &Module) -> CallGraph {
        let n = m.funcs.len();
        let callees: Vec<Vec<FuncId>> = m
            .funcs
            .values()
            .map(|f| {
                let Some(body) = f.body() else { return Vec::new() };
                let placed = body.layout.iter().flat_map(|&b| &body.blocks[b].insts);
                let mut out: Vec<FuncId> = placed
                    .filter_map(|&i| match body.insts[i].op {
                        Op::Call(g) if g.index() < n => Some(g),
                        _ => None,
                    })
                    .collect();
                out.sort_unstable();
                out.dedup();
                out
            })
            .collect();
        let mut t = Tarjan {
            callees: &callees,
            index: vec![u32::MAX; n],
            low: vec![0; n],
            on_stack: vec![false; n],
            stack: Vec::new(),
            next: 0,
            graph: CallGraph { components: Vec::new(), component: vec![usize::MAX; n] },
        };
        for f in 0..n {
            if t.index[f] == u32::MAX {
                t.visit(f);
            }
        }
        t.graph
    }
}

struct Tarjan<'a> {
    callees: &'a [Vec<FuncId>],
    index: Vec<u32>,
    low: Vec<u32>,
    on_stack: Vec<bool>,
    stack: Vec<usize>,
    next: u32,
    graph: CallGraph,
}

impl Tarjan<'_> {
    /// Tarjan's algorithm from `root`, with an explicit stack (call
    /// chains can be deep).
    fn visit(&mut self, root: usize) {
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        self.open(root);
        while let Some(&mut (f, ref mut next)) = work.last_mut() {
            if let Some(&g) = self.callees[f].get(*next) {
                *next += 1;
                let g = g.index();
                if self.index[g] == u32::MAX {
                    self.open(g);
                    work.push((g, 0));
                } else if self.on_stack[g] {
                    self.low[f] = self.low[f].min(self.index[g]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                self.low[parent] = self.low[parent].min(self.low[f]);
            }
            if self.low[f] == self.index[f] {
                self.close(f);
            }
        }
    }

    fn open(&mut self, f: usize) {
        self.index[f] = self.next;
        self.low[f] = self.next;
        self.next += 1;
        self.stack.push(f);
        self.on_stack[f] = true;
    }

    /// Pops `f`'s component off the stack.
    fn close(&mut self, f: usize) {
        let c = self.graph.components.len();
        let mut members = Vec::new();
        while let Some(g) = self.stack.pop() {
            self.on_stack[g] = false;
            self.graph.component[g] = c;
            members.push(FuncId::new(g));
            if g == f {
                break;
            }
        }
        self.graph.components.push(members);
    }
}
