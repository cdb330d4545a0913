//! CFG simplification, repeated until nothing changes: branches and
//! switches on constants (or with one destination) become jumps, blocks
//! unreachable from the entry leave the layout, jumps to an empty block
//! that only jumps on go straight to its target, and a block whose only
//! predecessor jumps to it unconditionally is merged into that
//! predecessor. Blocks leaving the layout stay in the arena, unused.

use super::{Substitution, const_is_true, const_value, use_counts};
use crate::analysis::Cfg;
use crate::entity::Id;
use crate::ir::*;

pub(super) fn run(body: &mut Body) -> bool {
    let mut changed = false;
    loop {
        let mut round = fold_branches(body);
        round |= remove_unreachable(body);
        round |= thread_jumps(body);
        round |= remove_unreachable(body);
        round |= merge_chains(body);
        if !round {
            return changed;
        }
        changed = true;
    }
}

/// `br` on a constant or to one destination, `switch` on a constant or
/// with every target alike: a `jump`.
fn fold_branches(body: &mut Body) -> bool {
    let mut changed = false;
    for i in 0..body.layout.len() {
        let b = body.layout[i];
        let Some(term) = &body.blocks[b].term else { continue };
        let jump = match term {
            Terminator::Branch { cond, then, else_ } => match const_value(body, *cond) {
                Some(bits) if const_is_true(body.ty(*cond), bits) => Some(then.clone()),
                Some(_) => Some(else_.clone()),
                None => (then == else_).then(|| then.clone()),
            },
            Terminator::Switch { index, targets, default } => match const_value(body, *index) {
                Some(bits) => Some(targets.get(bits as u32 as usize).unwrap_or(default).clone()),
                None => targets.iter().all(|t| t == default).then(|| default.clone()),
            },
            _ => None,
        };
        if let Some(target) = jump {
            body.blocks[b].term = Some(Terminator::Jump(target));
            changed = true;
        }
    }
    changed
}

fn remove_unreachable(body: &mut Body) -> bool {
    let cfg = Cfg::new(body);
    let before = body.layout.len();
    body.layout.retain(|&b| cfg.is_reachable(b));
    body.layout.len() != before
}

/// An empty block that only jumps on, and whose parameters only that
/// jump uses: where it goes.
fn forwarding_target(body: &Body, uses: &[u32], b: Block) -> Option<Target> {
    let data = &body.blocks[b];
    let Some(Terminator::Jump(t)) = &data.term else { return None };
    let param_uses_in_jump = |p: &Value| t.args.iter().filter(|&a| a == p).count() as u32;
    let private = data.params.iter().all(|p| uses[p.index()] == param_uses_in_jump(p));
    (data.insts.is_empty() && t.block != b && b != body.entry() && private).then(|| t.clone())
}

/// Retargets edges into forwarding blocks at their destinations, the
/// block's parameters replaced by the edge's arguments. Chains that loop
/// back on themselves are left alone.
fn thread_jumps(body: &mut Body) -> bool {
    let mut uses = use_counts(body);
    let mut changed = false;
    for i in 0..body.layout.len() {
        let b = body.layout[i];
        let Some(mut term) = body.blocks[b].term.take() else { continue };
        for t in term.targets_mut() {
            if let Some(next) = forwarding_target(body, &uses, t.block)
                && !forwards_in_cycle(body, &uses, t.block)
            {
                let params = &body.blocks[t.block].params;
                let args = next.args.iter().map(|a| params.iter().position(|p| p == a).map_or(*a, |k| t.args[k]));
                let new = Target { block: next.block, args: args.collect() };
                // Keep the counts exact: a forwarding block's parameters
                // may now be passed more or fewer times.
                t.args.iter().for_each(|a| uses[a.index()] -= 1);
                new.args.iter().for_each(|a| uses[a.index()] += 1);
                *t = new;
                changed = true;
            }
        }
        body.blocks[b].term = Some(term);
    }
    changed
}

/// Whether following forwarding blocks from `b` comes back to one.
fn forwards_in_cycle(body: &Body, uses: &[u32], b: Block) -> bool {
    let mut seen = vec![false; body.blocks.len()];
    let mut cur = b;
    while let Some(next) = forwarding_target(body, uses, cur) {
        if std::mem::replace(&mut seen[cur.index()], true) {
            return true;
        }
        cur = next.block;
    }
    false
}

/// Merges each block into its single predecessor when that predecessor
/// ends in a jump to it. Merging keeps every other block's predecessor
/// count (the merged block's out-edges become the predecessor's), so the
/// counts are taken once.
fn merge_chains(body: &mut Body) -> bool {
    let cfg = Cfg::new(body);
    let mut merged = vec![false; body.blocks.len()];
    let mut subst = Substitution::new(body);
    let entry = body.entry();
    for i in 0..body.layout.len() {
        let p = body.layout[i];
        if merged[p.index()] {
            continue;
        }
        while let Some(Terminator::Jump(t)) = &body.blocks[p].term {
            let b = t.block;
            if b == p || b == entry || cfg.preds(b).len() != 1 || merged[b.index()] {
                break;
            }
            let args = t.args.clone();
            for (&param, arg) in body.blocks[b].params.iter().zip(args) {
                subst.insert(param, arg);
            }
            let moved = std::mem::take(&mut body.blocks[b].insts);
            body.blocks[p].insts.extend(moved);
            body.blocks[p].term = body.blocks[b].term.replace(Terminator::Unreachable);
            merged[b.index()] = true;
        }
    }
    body.layout.retain(|b| !merged[b.index()]);
    subst.apply(body);
    merged.iter().any(|&m| m)
}
