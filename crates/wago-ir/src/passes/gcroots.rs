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
//! - a new entry block loads the stack pointer (the word of data object
//!   [`SHADOW_SP`]) as the frame pointer, bumps it by the frame's size,
//!   traps when that passes the end of [`SHADOW_STACK`], zeroes the
//!   slots (the collector must never read a stale word) and jumps to the
//!   old entry;
//! - each such value is stored into its slot right after its definition
//!   (block parameters at the top of their block), so the slot holds it
//!   at every call it is live across;
//! - every `return` first restores the stack pointer to the frame
//!   pointer. Panics unwind by ordinary returns, so no frame is left
//!   behind.
//!
//! The collector scans the words from the stack's base to the stack
//! pointer; every slot holds a pointer or zero. Functions with no such
//! value are left unchanged. The pass must run last: it relies on the
//! liveness of the final code. When the module lacks the two data objects
//! (IR written by hand), the pass adds them.

use crate::analysis::{BitSet, Cfg, Liveness};
use crate::entity::Id;
use crate::ir::*;

/// The runtime function that collects: the only place memory is freed.
pub const COLLECTOR: &str = "runtime.gcCollect";
/// The data object holding the shadow stack's words.
pub const SHADOW_STACK: &str = "go:shadowstack";
/// The data word holding the shadow stack pointer (initially the stack's
/// base, by a relocation).
pub const SHADOW_SP: &str = "go:shadowsp";
/// The shadow stack's size when the pass adds it: 64Ki slots.
pub const SHADOW_STACK_SIZE: u32 = 256 << 10;

pub(super) fn run(m: &mut Module) -> bool {
    let may_collect = may_collect(m);
    if !may_collect.iter().any(|&c| c) {
        return false;
    }
    let (stack, sp) = shadow_stack_data(m);
    let stack_size = m.data[stack].size;
    let mut changed = false;
    for id in m.funcs.ids() {
        if let Some(body) = m.funcs[id].body_mut() {
            changed |= spill_roots(body, &may_collect, stack, stack_size, sp);
        }
    }
    changed
}

/// Per function: whether calling it may run the collector.
fn may_collect(m: &Module) -> Vec<bool> {
    let seeds: Vec<bool> = m.funcs.values().map(|f| f.name == COLLECTOR).collect();
    crate::analysis::reaches_seeds(m, seeds)
}

/// The shadow stack and its pointer word, added when missing.
fn shadow_stack_data(m: &mut Module) -> (DataId, DataId) {
    let find = |m: &Module, name: &str| m.data.iter().find(|(_, d)| d.name == name).map(|(id, _)| id);
    let stack = find(m, SHADOW_STACK).unwrap_or_else(|| {
        m.data.push(Data { name: SHADOW_STACK.into(), align: 8, size: SHADOW_STACK_SIZE, ..Default::default() })
    });
    let sp = find(m, SHADOW_SP).unwrap_or_else(|| {
        m.data.push(Data {
            name: SHADOW_SP.into(),
            align: 4,
            size: 4,
            init: Vec::new(),
            relocs: vec![Reloc { offset: 0, target: RelocTarget::Data(stack, 0) }],
        })
    });
    (stack, sp)
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

fn spill_roots(body: &mut Body, may_collect: &[bool], stack: DataId, stack_size: u32, sp: DataId) -> bool {
    let spilled = values_to_spill(body, may_collect);
    if spilled.is_empty() {
        return false;
    }
    let frame = 4 * spilled.len() as u32;
    let old_entry = body.entry();
    let entry = body.blocks.push(BlockData::default());
    let trap = body.blocks.push(BlockData::default());
    let ok = body.blocks.push(BlockData::default());
    body.layout.insert(0, entry);
    body.layout.insert(1, trap);
    body.layout.insert(2, ok);

    // The prologue: push the frame, trapping on overflow, and zero it.
    let params: Vec<Ty> = body.blocks[old_entry].params.iter().map(|&p| body.ty(p)).collect();
    let args: Vec<Value> = params.into_iter().map(|ty| body.add_param(entry, ty)).collect();
    let sp_addr = body.push1(entry, Op::DataAddr(sp, 0), vec![], Ty::Ptr);
    let fp = body.push1(entry, Op::Load { kind: MemKind::Full, offset: 0 }, vec![sp_addr], Ty::Ptr);
    let size = body.push1(entry, Op::Const(frame.into()), vec![], Ty::I32);
    let new_sp = body.push1(entry, Op::Binary(BinOp::Add), vec![fp, size], Ty::Ptr);
    let limit = body.push1(entry, Op::DataAddr(stack, stack_size), vec![], Ty::Ptr);
    let over = body.push1(entry, Op::Icmp(IntCC::UGt), vec![new_sp, limit], Ty::I32);
    let to = |block, args| Target { block, args };
    body.terminate(entry, Terminator::Branch { cond: over, then: to(trap, vec![]), else_: to(ok, vec![]) });
    body.terminate(trap, Terminator::Unreachable);
    body.push(ok, Op::Store { kind: MemKind::Full, offset: 0 }, vec![sp_addr, new_sp], &[]);
    let zero = body.push1(ok, Op::Const(0), vec![], Ty::I32);
    if spilled.len() <= 8 {
        for k in 0..spilled.len() as u32 {
            body.push(ok, Op::Store { kind: MemKind::Full, offset: 4 * k }, vec![fp, zero], &[]);
        }
    } else {
        body.push(ok, Op::MemFill, vec![fp, zero, size], &[]);
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
        let mut insts = Vec::with_capacity(old.len() + at_block[b.index()].len() + 2);
        for &(v, off) in &at_block[b.index()] {
            insts.push(store(body, fp, v, off));
        }
        for inst in old {
            insts.push(inst);
            if after_inst.get(inst.index()).copied().unwrap_or(false) {
                for r in body.insts[inst].results.clone() {
                    if let Ok(k) = spilled.binary_search(&r) {
                        insts.push(store(body, fp, r, 4 * k as u32));
                    }
                }
            }
        }
        if let Some(Terminator::Return(_)) = body.blocks[b].term {
            insts.push(store(body, sp_addr, fp, 0));
        }
        body.blocks[b].insts = insts;
    }
    true
}

/// A `store addr+off, v` instruction, not yet placed in a block.
fn store(body: &mut Body, addr: Value, v: Value, off: u32) -> Inst {
    body.insts.push(InstData {
        op: Op::Store { kind: MemKind::Full, offset: off },
        args: vec![addr, v],
        results: vec![],
    })
}
