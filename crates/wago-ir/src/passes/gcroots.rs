//! The GC-root pass (`gcroots`): keeps every heap pointer that a function
//! holds in a register across a call that may collect visible to the
//! collector, on a *shadow stack* in linear memory (WebAssembly code
//! cannot read its own stack).
//!
//! Only the runtime's collector entry ([`COLLECTOR`]) frees memory, so a
//! call may collect when its callee reaches the collector through direct
//! calls (a fixpoint over the call graph) or when it is indirect; calls of
//! imports and of functions that never allocate cost nothing. In each
//! function, the `ptr` values live after such a call (not its results)
//! each get a 4-byte slot of the function's frame:
//!
//! - a new entry block takes the frame's offset from the stack's base
//!   (the word [`SHADOW_SP`]), bumps it by the frame's size, grows the
//!   stack when that passes its capacity ([`SHADOW_CAP`]: the runtime's
//!   [`GROW`] moves it to a region twice as big and updates
//!   [`SHADOW_BASE`]; without it, hand-written IR traps), zeroes the
//!   slots (the collector must never read a stale word) and jumps to the
//!   old entry;
//! - each such value is stored into its slot right after its definition
//!   (block parameters at the top of their block), at the *current* base
//!   plus the frame's offset, so the slot holds it at every call it is
//!   live across even when a deeper call moved the stack;
//! - every `return` first restores the stack offset to the frame's.
//!   Panics unwind by ordinary returns, so no frame is left behind.
//!
//! Frames are offsets, not addresses, so the stack can move and has no
//! fixed depth (Go's goroutine stacks grow to a gigabyte). The collector
//! scans the words from the base to base plus the offset; every slot
//! holds a pointer or zero. Functions with no such
//! value are left unchanged. The pass must run last: it relies on the
//! liveness of the final code. When the module lacks the two data objects
//! (IR written by hand), the pass adds them.

use crate::analysis::{BitSet, Cfg, Liveness};
use crate::entity::Id;
use crate::ir::*;

/// The runtime function that collects: the only place memory is freed.
pub const COLLECTOR: &str = "runtime.gcCollect";
/// The data object holding the shadow stack's first region.
pub const SHADOW_STACK: &str = "go:shadowstack";
/// The data word holding the shadow stack's base address (initially
/// [`SHADOW_STACK`]'s, by a relocation).
pub const SHADOW_BASE: &str = "go:shadowbase";
/// The data word holding the stack's top as an offset from its base.
pub const SHADOW_SP: &str = "go:shadowsp";
/// The data word holding the stack's capacity in bytes.
pub const SHADOW_CAP: &str = "go:shadowcap";
/// The runtime function that moves the stack to a bigger region, given
/// the offset the new frame ends at.
pub const GROW: &str = "runtime.growShadowStack";
/// The first region's size: 16Ki slots.
pub const SHADOW_STACK_SIZE: u32 = 64 << 10;

pub(super) fn run(m: &mut Module) -> bool {
    let may_collect = may_collect(m);
    if !may_collect.iter().any(|&c| c) {
        return false;
    }
    let stack = shadow_stack_data(m);
    let mut changed = false;
    for id in m.funcs.ids() {
        if m.funcs[id].name == GROW {
            continue; // it runs with the stack it is moving
        }
        if let Some(body) = m.funcs[id].body_mut() {
            changed |= spill_roots(body, &may_collect, &stack);
        }
    }
    changed
}

/// The shadow stack's words and its grower.
struct ShadowStack {
    base: DataId,
    sp: DataId,
    cap: DataId,
    grow: Option<FuncId>,
}

/// Per function: whether calling it may run the collector.
fn may_collect(m: &Module) -> Vec<bool> {
    let seeds: Vec<bool> = m.funcs.values().map(|f| f.name == COLLECTOR).collect();
    crate::analysis::reaches_seeds(m, seeds)
}

/// The shadow stack and its pointer word, added when missing.
fn shadow_stack_data(m: &mut Module) -> ShadowStack {
    let find = |m: &Module, name: &str| m.data.iter().find(|(_, d)| d.name == name).map(|(id, _)| id);
    let stack = find(m, SHADOW_STACK).unwrap_or_else(|| {
        m.data.push(Data { name: SHADOW_STACK.into(), align: 8, size: SHADOW_STACK_SIZE, ..Default::default() })
    });
    let size = m.data[stack].size;
    let word = |m: &mut Module, name: &str, init: Vec<u8>, relocs: Vec<Reloc>| {
        find(m, name).unwrap_or_else(|| m.data.push(Data { name: name.into(), align: 4, size: 4, init, relocs }))
    };
    let base = word(m, SHADOW_BASE, Vec::new(), vec![Reloc { offset: 0, target: RelocTarget::Data(stack, 0) }]);
    let sp = word(m, SHADOW_SP, Vec::new(), Vec::new());
    let cap = word(m, SHADOW_CAP, size.to_le_bytes().to_vec(), Vec::new());
    let grow = m.funcs.iter().find(|(_, f)| f.name == GROW).map(|(id, _)| id);
    ShadowStack { base, sp, cap, grow }
}

/// The `ptr` values live across a call that may collect, in value order.
fn values_to_spill(body: &Body, may_collect: &[bool]) -> Vec<Value> {
    let cfg = Cfg::new(body);
    let liveness = Liveness::new(body, &cfg);
    let mut spill = BitSet::new(body.values.len());
    let mut any = false;
    for &b in cfg.rpo() {
        let data = &body.blocks[b];
        let mut live = liveness.live_out(b).clone();
        if let Some(t) = &data.term {
            for &v in t.operands().iter().chain(t.targets().flat_map(|t| &t.args)) {
                live.insert(v.index());
            }
        }
        for &inst in data.insts.iter().rev() {
            let i = &body.insts[inst];
            for &r in &i.results {
                live.remove(r.index());
            }
            let collects = match &i.op {
                Op::Call(f) => may_collect[f.index()],
                Op::CallIndirect(_) => true,
                _ => false,
            };
            if collects {
                for v in live.iter() {
                    if body.values[Value::new(v)].ty == Ty::Ptr {
                        any |= spill.insert(v);
                    }
                }
            }
            for &a in &i.args {
                live.insert(a.index());
            }
        }
    }
    if !any {
        return Vec::new();
    }
    spill.iter().map(Value::new).collect()
}

fn spill_roots(body: &mut Body, may_collect: &[bool], stack: &ShadowStack) -> bool {
    let spilled = values_to_spill(body, may_collect);
    if spilled.is_empty() {
        return false;
    }
    let frame = 4 * spilled.len() as u32;
    let old_entry = body.entry();
    let entry = body.blocks.push(BlockData::default());
    let grow = body.blocks.push(BlockData::default());
    let ok = body.blocks.push(BlockData::default());
    body.layout.insert(0, entry);
    body.layout.insert(1, grow);
    body.layout.insert(2, ok);
    let full = MemKind::Full;

    // The prologue: push the frame, growing the stack when it is full,
    // and zero the frame.
    let params: Vec<Ty> = body.blocks[old_entry].params.iter().map(|&p| body.ty(p)).collect();
    let args: Vec<Value> = params.into_iter().map(|ty| body.add_param(entry, ty)).collect();
    let sp_addr = body.push1(entry, Op::DataAddr(stack.sp, 0), vec![], Ty::Ptr);
    let fp = body.push1(entry, Op::Load { kind: full, offset: 0 }, vec![sp_addr], Ty::I32);
    let size = body.push1(entry, Op::Const(frame.into()), vec![], Ty::I32);
    let new_sp = body.push1(entry, Op::Binary(BinOp::Add), vec![fp, size], Ty::I32);
    let cap_addr = body.push1(entry, Op::DataAddr(stack.cap, 0), vec![], Ty::Ptr);
    let cap = body.push1(entry, Op::Load { kind: full, offset: 0 }, vec![cap_addr], Ty::I32);
    let over = body.push1(entry, Op::Icmp(IntCC::UGt), vec![new_sp, cap], Ty::I32);
    let to = |block, args| Target { block, args };
    body.terminate(entry, Terminator::Branch { cond: over, then: to(grow, vec![]), else_: to(ok, vec![]) });
    match stack.grow {
        Some(f) => {
            body.push(grow, Op::Call(f), vec![new_sp], &[]);
            body.terminate(grow, Terminator::Jump(to(ok, vec![])));
        }
        None => body.terminate(grow, Terminator::Unreachable),
    }
    body.push(ok, Op::Store { kind: full, offset: 0 }, vec![sp_addr, new_sp], &[]);
    let frame_addr = frame_address(body, ok, stack.base, fp);
    let zero = body.push1(ok, Op::Const(0), vec![], Ty::I32);
    if spilled.len() <= 8 {
        for k in 0..spilled.len() as u32 {
            body.push(ok, Op::Store { kind: full, offset: 4 * k }, vec![frame_addr, zero], &[]);
        }
    } else {
        body.push(ok, Op::MemFill, vec![frame_addr, zero, size], &[]);
    }
    body.terminate(ok, Terminator::Jump(to(old_entry, args)));

    // Each spilled value goes to its slot where it is defined.
    let mut after_inst = vec![false; body.insts.len()];
    let mut at_block: Vec<Vec<(Value, u32)>> = vec![Vec::new(); body.blocks.len()];
    for (k, &v) in spilled.iter().enumerate() {
        match body.values[v].def {
            ValueDef::Result(inst, _) => after_inst[inst.index()] = true,
            ValueDef::Param(b, _) => at_block[b.index()].push((v, 4 * k as u32)),
        }
    }
    for li in 3..body.layout.len() {
        let b = body.layout[li];
        let old = std::mem::take(&mut body.blocks[b].insts);
        let mut insts = Vec::with_capacity(old.len() + 3 * at_block[b.index()].len() + 2);
        for &(v, off) in &at_block[b.index()] {
            spill(body, &mut insts, stack.base, fp, v, off);
        }
        for inst in old {
            insts.push(inst);
            if after_inst.get(inst.index()).copied().unwrap_or(false) {
                for r in body.insts[inst].results.clone() {
                    if let Ok(k) = spilled.binary_search(&r) {
                        spill(body, &mut insts, stack.base, fp, r, 4 * k as u32);
                    }
                }
            }
        }
        if let Some(Terminator::Return(_)) = body.blocks[b].term {
            insts.push(unplaced(body, Op::Store { kind: full, offset: 0 }, vec![sp_addr, fp], None));
        }
        body.blocks[b].insts = insts;
    }
    true
}

/// The frame's address in block `b`: the stack's current base plus the
/// frame's offset `fp`.
fn frame_address(body: &mut Body, b: Block, base: DataId, fp: Value) -> Value {
    let base_addr = body.push1(b, Op::DataAddr(base, 0), vec![], Ty::Ptr);
    let base = body.push1(b, Op::Load { kind: MemKind::Full, offset: 0 }, vec![base_addr], Ty::Ptr);
    body.push1(b, Op::Binary(BinOp::Add), vec![base, fp], Ty::Ptr)
}

/// Appends to `insts` the store of `v` into its slot `off` of the frame
/// at offset `fp`, addressed from the stack's current base (a deeper
/// call may have moved the stack since the prologue).
fn spill(body: &mut Body, insts: &mut Vec<Inst>, base: DataId, fp: Value, v: Value, off: u32) {
    let base_addr = unplaced(body, Op::DataAddr(base, 0), vec![], Some(Ty::Ptr));
    let a = body.insts[base_addr].results[0];
    let load = unplaced(body, Op::Load { kind: MemKind::Full, offset: 0 }, vec![a], Some(Ty::Ptr));
    let b = body.insts[load].results[0];
    let add = unplaced(body, Op::Binary(BinOp::Add), vec![b, fp], Some(Ty::Ptr));
    let frame = body.insts[add].results[0];
    let store = unplaced(body, Op::Store { kind: MemKind::Full, offset: off }, vec![frame, v], None);
    insts.extend([base_addr, load, add, store]);
}

/// An instruction not yet placed in a block, with its result if any.
fn unplaced(body: &mut Body, op: Op, args: Vec<Value>, result: Option<Ty>) -> Inst {
    let inst = body.insts.push(InstData { op, args, results: vec![] });
    if let Some(ty) = result {
        let v = body.values.push(ValueData { ty, def: ValueDef::Result(inst, 0) });
        body.insts[inst].results.push(v);
    }
    inst
}
