//! The panic-check pass (`panic-checks`): removes the test of the
//! runtime's `panicking` flag after calls that cannot return with a panic
//! under way.
//!
//! Panics unwind by ordinary returns (see wago-lower's `unwind`): after a
//! call that may panic, the lowering loads the flag ([`PANICKING`]) and
//! branches to the function's unwind block when it is set. It decides
//! "may panic" by name, before the whole program is known; this pass
//! knows it. A function can return with the flag set only if it writes
//! the flag (the runtime's `gopanic`, `rundefers`), makes an indirect
//! call, or calls such a function (a fixpoint over the call graph).
//! Ordinary code runs with the flag clear — every call that may set it is
//! followed by a check that leaves — so after a call of any other
//! function the flag is still clear and the check is dead: the branch
//! becomes a jump to its `else` target (the continuation) and the flag's
//! load goes.
//!
//! Only the lowering's exact shape is rewritten: a block ending in
//! `call @f; v = data_addr @runtime.panicking; w = load.u8 v; br w, …`.
//! When the flag's address is used in any other way than to load or
//! store it, or a data object holds it, the pass leaves the module alone.

use super::use_counts;
use crate::entity::Id;
use crate::ir::*;

/// The runtime's panic flag: a byte, non-zero while a panic unwinds.
pub const PANICKING: &str = "runtime.panicking";

pub(super) fn run(m: &mut Module) -> bool {
    let Some(flag) = m.data.iter().find(|(_, d)| d.name == PANICKING).map(|(id, _)| id) else { return false };
    let Some(unwinding) = unwinding_funcs(m, flag) else { return false };
    let mut changed = false;
    for id in m.funcs.ids() {
        if let Some(body) = m.funcs[id].body_mut() {
            changed |= remove_checks(body, flag, &unwinding);
        }
    }
    changed
}

/// How a function touches the flag's address.
enum FlagUse {
    /// Loads it, or not at all.
    ReadOnly,
    /// Stores to it.
    Writes,
    /// Lets the address go elsewhere: nothing can be proved.
    Escapes,
}

fn flag_use(body: &Body, flag: DataId) -> FlagUse {
    let is_flag = |v: Value| match body.values[v].def {
        ValueDef::Result(i, _) => matches!(body.insts[i].op, Op::DataAddr(d, _) if d == flag),
        ValueDef::Param(..) => false,
    };
    let mut writes = false;
    for &b in &body.layout {
        let data = &body.blocks[b];
        for &i in &data.insts {
            let inst = &body.insts[i];
            for (k, &a) in inst.args.iter().enumerate() {
                if !is_flag(a) {
                    continue;
                }
                match inst.op {
                    Op::Load { .. } => {}
                    Op::Store { .. } if k == 0 => writes = true,
                    _ => return FlagUse::Escapes,
                }
            }
        }
        let term = data.term.iter();
        if term.flat_map(|t| t.operands().iter().chain(t.targets().flat_map(|t| &t.args))).any(|&v| is_flag(v)) {
            return FlagUse::Escapes;
        }
    }
    if writes { FlagUse::Writes } else { FlagUse::ReadOnly }
}

/// Per function: whether it may return with the flag set; `None` when the
/// flag's address escapes.
fn unwinding_funcs(m: &Module, flag: DataId) -> Option<Vec<bool>> {
    let in_data =
        m.data.values().flat_map(|d| &d.relocs).any(|r| matches!(r.target, RelocTarget::Data(d, _) if d == flag));
    if in_data {
        return None;
    }
    let mut set = vec![false; m.funcs.len()];
    for (id, f) in m.funcs.iter() {
        let Some(body) = f.body() else { continue };
        match flag_use(body, flag) {
            FlagUse::Escapes => return None,
            FlagUse::Writes => set[id.index()] = true,
            FlagUse::ReadOnly => {}
        }
    }
    Some(crate::analysis::reaches_seeds(m, set))
}

fn remove_checks(body: &mut Body, flag: DataId, unwinding: &[bool]) -> bool {
    let mut uses: Option<Vec<u32>> = None;
    let mut changed = false;
    for li in 0..body.layout.len() {
        let b = body.layout[li];
        let Some((addr, load, else_)) = dead_check(body, b, flag, unwinding) else { continue };
        let uses = uses.get_or_insert_with(|| use_counts(body));
        // Both were made for this check alone (the lowering's shape); the
        // branch is their only user.
        if uses[addr.index()] == 1 && uses[load.index()] == 1 {
            let n = body.blocks[b].insts.len();
            body.blocks[b].insts.truncate(n - 2);
        }
        body.blocks[b].term = Some(Terminator::Jump(else_));
        changed = true;
    }
    changed
}

/// The flag's address and load, and the continuation, when block `b`
/// ends in a check right after a call that cannot unwind.
fn dead_check(body: &Body, b: Block, flag: DataId, unwinding: &[bool]) -> Option<(Value, Value, Target)> {
    let data = &body.blocks[b];
    let Some(Terminator::Branch { cond, else_, .. }) = &data.term else { return None };
    let [.., call, addr, load] = data.insts[..] else { return None };
    if !matches!(body.insts[call].op, Op::Call(f) if !unwinding.get(f.index()).copied().unwrap_or(true)) {
        return None;
    }
    let (addr_inst, load_inst) = (&body.insts[addr], &body.insts[load]);
    let addr_ok = matches!(addr_inst.op, Op::DataAddr(d, 0) if d == flag);
    let load_ok = matches!(load_inst.op, Op::Load { kind: MemKind::U8, offset: 0 })
        && load_inst.args == addr_inst.results
        && load_inst.results.as_slice() == [*cond];
    (addr_ok && load_ok).then(|| (addr_inst.results[0], *cond, else_.clone()))
}
