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
    if m.entry.is_none() {
        return false;
    }
    let (live_funcs, _) = crate::reach::reachable(m, None);
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
