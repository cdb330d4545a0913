//! `prune`: a function no root reaches keeps its signature but gets a body
//! of one `unreachable` block, so the passes after it spend nothing on the
//! parts of the runtime (and of the standard library) a program does not
//! use. The roots are the entry, exported functions, the runtime
//! functions later passes call (`PASS_CALLEES`), and what reachable
//! code and data name (direct calls, function and data addresses, data
//! relocations). The emitter's own reachability drops these functions;
//! this pass only saves work. A module without an entry is left alone.

use crate::entity::Id;
use crate::ir::*;

pub(super) fn run(m: &mut Module) -> bool {
    let Some(entry) = m.entry else { return false };
    let (live_funcs, _) = reachable(m, entry);
    let mut changed = false;
    for id in m.funcs.ids() {
        if live_funcs[id.index()] {
            continue;
        }
        let params = m.funcs[id].sig.params.clone();
        let Some(body) = m.funcs[id].body_mut() else { continue };
        if body.layout.len() == 1 && matches!(body.blocks[body.layout[0]].term, Some(Terminator::Unreachable)) {
            continue;
        }
        let mut empty = Body::default();
        let b = empty.add_block();
        for ty in params {
            empty.add_param(b, ty);
        }
        empty.terminate(b, Terminator::Unreachable);
        *body = empty;
        changed = true;
    }
    changed
}

/// Which functions and data objects the entry and the exports reach.
fn reachable(m: &Module, entry: FuncId) -> (Vec<bool>, Vec<bool>) {
    let mut funcs = vec![false; m.funcs.len()];
    let mut data = vec![false; m.data.len()];
    let mut func_stack: Vec<FuncId> = vec![entry];
    func_stack.extend(m.funcs.iter().filter(|(_, f)| f.export.is_some()).map(|(id, _)| id));
    // Functions later passes add calls to keep their bodies (the emitter
    // still drops them if no call comes).
    func_stack.extend(m.funcs.iter().filter(|(_, f)| super::PASS_CALLEES.contains(&f.name.as_str())).map(|(id, _)| id));
    let mut data_stack: Vec<DataId> = Vec::new();
    while !func_stack.is_empty() || !data_stack.is_empty() {
        if let Some(f) = func_stack.pop() {
            if std::mem::replace(&mut funcs[f.index()], true) {
                continue;
            }
            let Some(body) = m.funcs[f].body() else { continue };
            for &i in body.layout.iter().flat_map(|&b| &body.blocks[b].insts) {
                match body.insts[i].op {
                    Op::Call(g) | Op::FuncAddr(g) => func_stack.push(g),
                    Op::DataAddr(d, _) => data_stack.push(d),
                    _ => {}
                }
            }
        } else if let Some(d) = data_stack.pop() {
            if std::mem::replace(&mut data[d.index()], true) {
                continue;
            }
            for r in &m.data[d].relocs {
                match r.target {
                    RelocTarget::Func(g) => func_stack.push(g),
                    RelocTarget::Data(e, _) => data_stack.push(e),
                }
            }
        }
    }
    (funcs, data)
}
