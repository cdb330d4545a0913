//! Dead code elimination: removes every instruction that has no side
//! effect (see [`has_side_effects`]) and whose results nothing live uses.
//! Liveness is propagated from the roots (effects and terminators)
//! backwards through operands, so chains of dead computations go in one
//! run.

use crate::analysis::{BitSet, has_side_effects};
use crate::entity::Id;
use crate::ir::*;

pub(super) fn run(body: &mut Body) -> bool {
    let live = live_insts(body);
    let mut changed = false;
    for &b in &body.layout {
        let insts = &mut body.blocks[b].insts;
        let before = insts.len();
        insts.retain(|i| live.contains(i.index()));
        changed |= insts.len() != before;
    }
    changed
}

fn live_insts(body: &Body) -> BitSet {
    let mut live = BitSet::new(body.insts.len());
    let mut work: Vec<Value> = Vec::new();
    for &b in &body.layout {
        let data = &body.blocks[b];
        for &i in &data.insts {
            if has_side_effects(&body.insts[i].op) && live.insert(i.index()) {
                work.extend_from_slice(&body.insts[i].args);
            }
        }
        if let Some(t) = &data.term {
            work.extend(t.operands().iter().chain(t.targets().flat_map(|t| &t.args)));
        }
    }
    while let Some(v) = work.pop() {
        if let ValueDef::Result(i, _) = body.values[v].def
            && live.insert(i.index())
        {
            work.extend_from_slice(&body.insts[i].args);
        }
    }
    live
}
