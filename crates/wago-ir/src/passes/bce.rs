//! Check elimination (`bce`): bounds checks in Go's counting loops,
//! `for i := range s { … s[i] … }` and `for i := 0; i < len(s); i++`,
//! and checks a dominating branch already decided.
//!
//! The lowering checks an index with `icmp.ult i, uext len` and a branch
//! to `panicBounds`; a counting loop tests `icmp.slt i, uext len` first.
//! A check is dead when a dominating edge already proved `i < n` for the
//! same `n` and `i` is never negative:
//!
//! 1. *Redundant block parameters* go first: a parameter that every edge
//!    passes the same value (or itself) is that value. The lowering
//!    threads every variable through every loop header, so without this a
//!    slice's length in the loop is a parameter, not the length.
//! 2. A branch on `icmp.ult i, n` is folded to its `then` target when a
//!    dominating block is entered only by the true edge of a branch on
//!    `icmp.ult i, m` or, with `i` proved non-negative, `icmp.slt i, m`,
//!    where `m` is `n` or `uext` of the same `i32` (`m < 2^32` then).
//!    `i` is non-negative when it is a block parameter whose every
//!    incoming value is a constant in `[0, 2^62)`, the parameter itself,
//!    or `add i, c` with `c` a constant in `[0, 2^31)` computed in a block
//!    that same fact dominates (so `i < 2^32` there and the sum cannot
//!    wrap): an induction on the loop's iterations.
//!
//! 3. Any branch on a comparison that a dominating edge already decided
//!    (the same `icmp` or `eqz` of the same operands, equal constants
//!    alike) goes where that edge says: a pointer dereferenced five times
//!    is checked for nil once.
//!
//! The folded branch leaves the `panicBounds` block unreachable; a
//! following `simplify-cfg` removes it.

use super::{Substitution, const_value};
use crate::analysis::{Cfg, DomTree};
use crate::entity::Id;
use crate::ir::*;

pub(super) fn run(body: &mut Body) -> bool {
    let cfg = Cfg::new(body);
    let mut changed = remove_redundant_params(body, &cfg);
    let dom = DomTree::new(&cfg);
    let mut block_of = vec![None; body.insts.len()];
    for &b in &body.layout {
        for &i in &body.blocks[b].insts {
            block_of[i.index()] = Some(b);
        }
    }
    let facts = Facts { cfg: &cfg, dom: &dom, block_of: &block_of };
    for li in 0..body.layout.len() {
        let b = body.layout[li];
        if let Some(then) = proven_check(body, &facts, b) {
            body.blocks[b].term = Some(Terminator::Jump(then));
            changed = true;
        }
    }
    changed
}

/// Replaces every use of a parameter that all edges pass the same value
/// (or the parameter itself) by that value; to a fixpoint, since one
/// loop's parameter often feeds another's. The parameters stay, unused.
fn remove_redundant_params(body: &mut Body, cfg: &Cfg) -> bool {
    let mut subst = Substitution::new(body);
    let mut any = false;
    loop {
        let mut changed = false;
        for &b in cfg.rpo().iter().skip(1) {
            for (k, &p) in body.blocks[b].params.iter().enumerate() {
                if subst.resolve(p) != p {
                    continue;
                }
                if let Some(x) = single_incoming(body, cfg, b, k, p, &subst) {
                    subst.insert(p, x);
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
        any = true;
    }
    subst.apply(body);
    any
}

/// The one value other than `p` that the edges into `b` pass as its
/// `k`th parameter `p`, if there is exactly one.
fn single_incoming(body: &Body, cfg: &Cfg, b: Block, k: usize, p: Value, subst: &Substitution) -> Option<Value> {
    let mut seen = None;
    for pred in distinct_preds(cfg, b) {
        for t in body.term(pred).targets().filter(|t| t.block == b) {
            let v = subst.resolve(*t.args.get(k)?);
            if v == p || seen == Some(v) {
                continue;
            }
            if seen.is_some() {
                return None;
            }
            seen = Some(v);
        }
    }
    seen
}

fn distinct_preds(cfg: &Cfg, b: Block) -> Vec<Block> {
    let mut preds = cfg.preds(b).to_vec();
    preds.sort_unstable();
    preds.dedup();
    preds
}

/// What the checks are proved from.
struct Facts<'a> {
    cfg: &'a Cfg,
    dom: &'a DomTree,
    /// The layout block of each instruction.
    block_of: &'a [Option<Block>],
}

/// The instruction defining `v`, if an instruction does.
fn def(body: &Body, v: Value) -> Option<&InstData> {
    match body.values[v].def {
        ValueDef::Result(i, 0) => Some(&body.insts[i]),
        _ => None,
    }
}

/// `(a, b)` when `v` is `icmp.CC a, b`.
fn icmp(body: &Body, v: Value, cc: IntCC) -> Option<(Value, Value)> {
    let d = def(body, v)?;
    (d.op == Op::Icmp(cc)).then(|| (d.args[0], d.args[1]))
}

/// The `i32` that `v` zero-extends, if it does.
fn uext_of(body: &Body, v: Value) -> Option<Value> {
    let d = def(body, v)?;
    (d.op == Op::Convert(ConvOp::UExt) && body.ty(d.args[0]) == Ty::I32).then(|| d.args[0])
}

/// Whether `m` and `n` are the same bound, with `m < 2^32`: `uext` of
/// one `i32`, or one small constant.
fn same_small_bound(body: &Body, m: Value, n: Value) -> bool {
    match (uext_of(body, m), uext_of(body, n)) {
        (Some(a), Some(b)) => a == b,
        (Some(_), None) => m == n,
        _ => match (const_value(body, m), const_value(body, n)) {
            (Some(a), Some(b)) => a == b && a < 1 << 32,
            _ => false,
        },
    }
}

/// Where block `b`'s branch goes when a dominating edge decides it.
fn proven_check(body: &Body, facts: &Facts, b: Block) -> Option<Target> {
    let Some(Terminator::Branch { cond, then, else_ }) = &body.blocks[b].term else { return None };
    let bounds = icmp(body, *cond, IntCC::ULt).filter(|&(i, _)| body.ty(i) == Ty::I64);
    // Up the dominator tree, each block entered by one edge of a branch.
    let mut d = Some(b);
    while let Some(block) = d {
        if let Some((fact, holds)) = edge_fact(body, facts.cfg, block) {
            if same_condition(body, fact, *cond) {
                return Some(if holds { then } else { else_ }.clone());
            }
            if holds && let Some((i, n)) = bounds {
                if let Some((fi, m)) = icmp(body, fact, IntCC::ULt)
                    && fi == i
                    && same_small_bound(body, m, n)
                {
                    return Some(then.clone());
                }
                if let Some((fi, m)) = icmp(body, fact, IntCC::SLt)
                    && fi == i
                    && same_small_bound(body, m, n)
                    && non_negative(body, facts, i, block)
                {
                    return Some(then.clone());
                }
            }
        }
        d = facts.dom.idom(block);
    }
    None
}

/// The condition a branch into `b` decided, and whether it was true,
/// when that branch is `b`'s only way in.
fn edge_fact(body: &Body, cfg: &Cfg, b: Block) -> Option<(Value, bool)> {
    let [pred] = cfg.preds(b) else { return None };
    match body.term(*pred) {
        Terminator::Branch { cond, then, else_ } if then.block != else_.block => Some((*cond, then.block == b)),
        _ => None,
    }
}

/// Whether two conditions are the same value, or the same comparison of
/// the same operands (equal constants counting as the same).
fn same_condition(body: &Body, a: Value, b: Value) -> bool {
    if a == b {
        return true;
    }
    let (Some(da), Some(db)) = (def(body, a), def(body, b)) else { return false };
    let same_operand = |x: Value, y: Value| {
        x == y || (body.ty(x) == body.ty(y) && const_value(body, x).is_some_and(|c| const_value(body, y) == Some(c)))
    };
    matches!(da.op, Op::Icmp(_) | Op::Eqz)
        && da.op == db.op
        && da.args.len() == db.args.len()
        && da.args.iter().zip(&db.args).all(|(&x, &y)| same_operand(x, y))
}

/// Whether `i` is never negative, given that `i < 2^32` holds in every
/// block `fact` dominates (see the module comment).
fn non_negative(body: &Body, facts: &Facts, i: Value, fact: Block) -> bool {
    let ValueDef::Param(h, k) = body.values[i].def else { return false };
    distinct_preds(facts.cfg, h).into_iter().all(|pred| {
        body.term(pred).targets().filter(|t| t.block == h).all(|t| {
            let v = t.args[k as usize];
            if v == i {
                return true;
            }
            if let Some(c) = const_value(body, v) {
                return c < 1 << 62;
            }
            let ValueDef::Result(inst, 0) = body.values[v].def else { return false };
            let d = &body.insts[inst];
            let step = |x: Value| const_value(body, x).is_some_and(|c| c < 1 << 31);
            let is_step = d.op == Op::Binary(BinOp::Add)
                && ((d.args[0] == i && step(d.args[1])) || (d.args[1] == i && step(d.args[0])));
            is_step && facts.block_of[inst.index()].is_some_and(|ib| facts.dom.dominates(fact, ib))
        })
    })
}
