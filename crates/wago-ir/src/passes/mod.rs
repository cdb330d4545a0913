//! The passes, and the table that names them. Each pass is a function over
//! one body wrapped as a [`Pass`]; each keeps the IR valid (the pass
//! manager verifies that in debug builds). Helpers that several passes
//! need (reading constants, substituting values) live here.

mod bce;
mod constfold;
mod dce;
pub mod gcroots;
mod inline;
pub mod panic_checks;
mod prune;
mod simplify_cfg;

pub use constfold::{fold_binary, fold_convert, fold_fcmp, fold_icmp, fold_unary};

/// Runtime functions that passes add calls to (the shadow stack's
/// grower): reachability keeps their bodies until then.
pub const PASS_CALLEES: &[&str] = &[gcroots::GROW];

use crate::entity::Id;
use crate::ir::*;
use crate::pass::Pass;

/// A pass as the command line knows it.
pub struct PassInfo {
    pub name: &'static str,
    /// One line for `-print-passes`.
    pub description: &'static str,
    pub make: fn() -> Box<dyn Pass>,
}

/// Every pass, in a sensible order.
pub const PASSES: &[PassInfo] = &[
    PassInfo {
        name: "prune",
        description: "give functions nothing reaches an empty body, so later passes skip them (run it first)",
        make: || Box::new(ModulePass("prune", prune::run)),
    },
    PassInfo {
        name: "panic-checks",
        description: "drop the panic-flag test after calls that cannot return with a panic under way",
        make: || Box::new(ModulePass("panic-checks", panic_checks::run)),
    },
    PassInfo {
        name: "inline",
        description: "inline direct calls of small functions, leaves first (never recursion, imports, the collector)",
        make: || Box::new(ModulePass("inline", inline::run)),
    },
    PassInfo {
        name: "constfold",
        description: "fold operations on constants with WebAssembly's semantics (never a trapping division)",
        make: || Box::new(BodyPass("constfold", constfold::run)),
    },
    PassInfo {
        name: "simplify-cfg",
        description: "fold constant branches, drop unreachable blocks, thread jumps through empty blocks, merge chains",
        make: || Box::new(BodyPass("simplify-cfg", simplify_cfg::run)),
    },
    PassInfo {
        name: "dce",
        description: "remove instructions whose results are unused and that have no side effects",
        make: || Box::new(BodyPass("dce", dce::run)),
    },
    PassInfo {
        name: "bce",
        description: "drop bounds checks a dominating loop test proves, and branches a dominating edge decided",
        make: || Box::new(BodyPass("bce", bce::run)),
    },
    PassInfo {
        name: "gcroots",
        description: "spill heap pointers live across calls that may collect to the shadow stack (run it last)",
        make: || Box::new(ModulePass("gcroots", gcroots::run)),
    },
];

/// The passes a build runs when `-passes` is not given. `prune` first:
/// what nothing reaches is not worth optimising. The first clean-up
/// folds the lowering's constant checks away, so `panic-checks` and
/// `inline` see the calls that remain and callees at their real size;
/// after inlining, constants and merged blocks expose the loops `bce`
/// reads; `gcroots` needs the final code.
pub const DEFAULT_PIPELINE: &str =
    "prune,constfold,simplify-cfg,dce,panic-checks,inline,constfold,simplify-cfg,bce,simplify-cfg,dce,gcroots";

pub fn lookup(name: &str) -> Option<&'static PassInfo> {
    PASSES.iter().find(|p| p.name == name)
}

/// A pass that transforms each function body on its own.
struct BodyPass(&'static str, fn(&mut Body) -> bool);

impl Pass for BodyPass {
    fn name(&self) -> &'static str {
        self.0
    }
    fn run(&mut self, m: &mut Module) -> bool {
        let mut changed = false;
        for id in m.funcs.ids() {
            if let Some(body) = m.funcs[id].body_mut() {
                changed |= (self.1)(body);
            }
        }
        changed
    }
}

/// A pass over the whole module at once.
struct ModulePass(&'static str, fn(&mut Module) -> bool);

impl Pass for ModulePass {
    fn name(&self) -> &'static str {
        self.0
    }
    fn run(&mut self, m: &mut Module) -> bool {
        (self.1)(m)
    }
}

/// The bits of `v` if a `const` instruction defines it.
pub fn const_value(body: &Body, v: Value) -> Option<u64> {
    match body.values[v].def {
        ValueDef::Result(inst, 0) => match body.insts[inst].op {
            Op::Const(bits) => Some(bits),
            _ => None,
        },
        _ => None,
    }
}

/// Whether the constant `bits` of type `ty` is non-zero, reading only the
/// type's width.
pub fn const_is_true(ty: Ty, bits: u64) -> bool {
    if ty.bytes() == 4 { bits as u32 != 0 } else { bits != 0 }
}

/// Replaces values by others, everywhere they are used in the layout.
/// `subst[v]` may name a value that is itself replaced: chains resolve.
pub struct Substitution {
    map: Vec<Option<Value>>,
}

impl Substitution {
    pub fn new(body: &Body) -> Self {
        Substitution { map: vec![None; body.values.len()] }
    }
    pub fn insert(&mut self, from: Value, to: Value) {
        self.map[from.index()] = Some(to);
    }
    pub fn is_empty(&self) -> bool {
        self.map.iter().all(Option::is_none)
    }
    pub fn resolve(&self, mut v: Value) -> Value {
        // Bounded: a well-formed substitution has no cycles, and each step
        // moves to a value defined earlier in dominance order.
        for _ in 0..self.map.len() {
            match self.map[v.index()] {
                Some(to) if to != v => v = to,
                _ => break,
            }
        }
        v
    }
    /// Rewrites every operand and block argument in the layout.
    pub fn apply(&self, body: &mut Body) {
        if self.is_empty() {
            return;
        }
        for i in 0..body.layout.len() {
            let b = body.layout[i];
            for k in 0..body.blocks[b].insts.len() {
                let inst = body.blocks[b].insts[k];
                for a in &mut body.insts[inst].args {
                    *a = self.resolve(*a);
                }
            }
            if let Some(term) = &mut body.blocks[b].term {
                self.apply_term(term);
            }
        }
    }
    fn apply_term(&self, term: &mut Terminator) {
        match term {
            Terminator::Branch { cond: v, .. } | Terminator::Switch { index: v, .. } => *v = self.resolve(*v),
            Terminator::Return(vals) => vals.iter_mut().for_each(|v| *v = self.resolve(*v)),
            Terminator::Jump(_) | Terminator::Unreachable => {}
        }
        for t in term.targets_mut() {
            t.args.iter_mut().for_each(|v| *v = self.resolve(*v));
        }
    }
}

/// How often each value is used in the layout.
pub(crate) fn use_counts(body: &Body) -> Vec<u32> {
    let mut uses = vec![0u32; body.values.len()];
    for &b in &body.layout {
        let data = &body.blocks[b];
        let args = data.insts.iter().flat_map(|&i| &body.insts[i].args);
        let term = data.term.iter().flat_map(|t| t.operands().iter().chain(t.targets().flat_map(|t| &t.args)));
        for v in args.chain(term) {
            uses[v.index()] += 1;
        }
    }
    uses
}
