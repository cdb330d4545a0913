//! What the lowering does differently for upstream standard-library
//! packages (compiled from GOROOT, the *lazy* units):
//!
//! - Intrinsics: `math` functions that are one WebAssembly instruction
//!   (upstream has them in wasm assembly, or gc makes them intrinsics),
//!   and constanttime's boolToUint8 (whose Go body panics), are that
//!   instruction at direct calls.
//! - Deferred errors: a std function wago cannot lower yet (it uses a
//!   construct not supported yet, or has no Go body: assembly, a
//!   linknamed runtime hook) does not stop the build; its body becomes a
//!   trap and its errors are kept. Only when the program can reach it
//!   (calls, function values, data references, from `_start`) are they
//!   reported, so a program using `utf8.RuneLen` is not refused because
//!   `utf8.Valid` needs generics. The user's own packages get every error.

use crate::Lowerer;
use crate::func::FnLower;
use crate::typedesc::{METHOD_SIZE, MethodTableKeys};
use std::collections::{HashMap, HashSet};
use wago_ir::{Body, DataId, FuncId, Id as _, Module, Op, RelocTarget, Terminator, Value};
use wago_syntax::ast::ExprId;
use wago_types::{ObjId, TypeId};

/// The instruction a std function is at direct calls, by package path and
/// name.
fn intrinsic(pkg: &str, name: &str) -> Option<Op> {
    use wago_ir::{BinOp, ConvOp, UnOp};
    if pkg == "crypto/internal/constanttime" && name == "boolToUint8" {
        // Its Go body panics: gc must make it an instruction. A bool is
        // already 0 or 1 in an i32, which extending its low byte keeps.
        return Some(Op::Unary(UnOp::Sext8));
    }
    if pkg != "math" {
        return None;
    }
    Some(match name {
        "Sqrt" | "sqrt" => Op::Unary(UnOp::FSqrt),
        "Floor" | "archFloor" => Op::Unary(UnOp::FFloor),
        "Ceil" | "archCeil" => Op::Unary(UnOp::FCeil),
        "Trunc" | "archTrunc" => Op::Unary(UnOp::FTrunc),
        "RoundToEven" => Op::Unary(UnOp::FNearest),
        "Abs" => Op::Unary(UnOp::FAbs),
        "Copysign" => Op::Binary(BinOp::FCopysign),
        "Float64bits" | "Float64frombits" | "Float32bits" | "Float32frombits" => Op::Convert(ConvOp::Bitcast),
        _ => return None,
    })
}

/// Errors of std functions, kept until reachability says whether they matter.
#[derive(Default)]
pub(crate) struct Deferred {
    errors: HashMap<FuncId, Vec<crate::LowerError>>,
}

impl Lowerer<'_, '_> {
    /// The intrinsic a (non-method) std function is, if any.
    pub(crate) fn std_intrinsic(&self, obj: ObjId) -> Option<Op> {
        let o = self.ck.objs.get(obj);
        let sig = self.ck.types.signature(o.ty)?;
        if sig.recv.is_some() {
            return None;
        }
        let pkg = &self.ck.package(o.pkg?).path;
        intrinsic(pkg, self.ck.name(o.name))
    }

    /// Declares a body-less std function that is neither an import nor an
    /// intrinsic: a trap, with an error for when the program reaches it.
    pub(crate) fn declare_missing_body(&mut self, func: wago_ir::Func, file: wago_types::FileId, pos: u32) -> FuncId {
        let body = trap_body(&func.sig);
        let id = self.module.funcs.push(wago_ir::Func { kind: wago_ir::FuncKind::Body(body), ..func });
        let name = self.module.funcs[id].name.clone();
        let msg = format!(
            "wago: function {name} has no Go body (upstream implements it in assembly or in gc's runtime): not supported yet"
        );
        self.deferred.errors.entry(id).or_default().push(crate::LowerError { file, pos, msg });
        id
    }

    /// Makes body-less `id` a function that returns at once (its
    /// assembly is `RET`), dropping its missing-body error.
    pub(crate) fn return_only(&mut self, id: FuncId) {
        self.deferred.errors.remove(&id);
        let mut body = Body::default();
        let b = body.add_block();
        for &ty in &self.module.funcs[id].sig.params {
            body.add_param(b, ty);
        }
        body.terminate(b, Terminator::Return(Vec::new()));
        self.module.funcs[id].kind = wago_ir::FuncKind::Body(body);
    }

    /// Whether `id` is a body-less std function declared as a trap (until
    /// bodies are lowered, the only functions with deferred errors).
    pub(crate) fn is_missing_body(&self, id: FuncId) -> bool {
        self.deferred.errors.contains_key(&id)
    }

    /// After lowering `id` (a lazy unit's function) with errors from
    /// `first_error` on: keeps them aside and makes it, and the function
    /// literals lowered inside it, traps.
    pub(crate) fn defer_errors(&mut self, id: FuncId, first_error: usize, first_func: usize) {
        let errors = self.errors.split_off(first_error);
        self.deferred.errors.entry(id).or_default().extend(errors);
        let prefix = format!("{}.", self.module.funcs[id].name);
        for index in first_func..self.module.funcs.len() {
            let f = FuncId::new(index);
            if self.module.funcs[f].name.starts_with(&prefix) {
                self.module.funcs[f].kind = wago_ir::FuncKind::Body(trap_body(&self.module.funcs[f].sig));
            }
        }
        self.module.funcs[id].kind = wago_ir::FuncKind::Body(trap_body(&self.module.funcs[id].sig));
    }

    /// Reports the deferred errors of the functions the program reaches,
    /// and makes the functions it cannot reach traps: a method no
    /// interface of the program asks for stays in its type's method table
    /// (the table's layout needs an entry) but can never be called, and
    /// what only it called drops out of the module.
    pub(crate) fn drop_unreached(&mut self) {
        if self.module.entry.is_none() {
            return;
        }
        let reached = reachable_funcs(&self.module, &self.descs.tables);
        let mut deferred: Vec<_> = std::mem::take(&mut self.deferred.errors).into_iter().collect();
        deferred.sort_by_key(|(id, _)| *id);
        for (id, errors) in deferred {
            if reached[id.index()] {
                self.errors.extend(errors);
            }
        }
        for id in self.module.funcs.ids() {
            let f = &mut self.module.funcs[id];
            if !reached[id.index()] && matches!(f.kind, wago_ir::FuncKind::Body(_)) {
                f.kind = wago_ir::FuncKind::Body(trap_body(&f.sig));
            }
        }
    }
}

impl FnLower<'_, '_, '_> {
    /// A direct call of a std intrinsic: its arguments, converted to the
    /// parameter types, into the instruction.
    pub(crate) fn std_intrinsic_call(&mut self, op: Op, obj: ObjId, args: &[ExprId], e: ExprId) -> Vec<Value> {
        let ck = self.lw.ck;
        let sig = ck.types.signature(ck.objs.get(obj).ty).expect("callee signature").clone();
        let params: Vec<TypeId> = ck.types.tuple_vars(sig.params).iter().map(|&p| ck.objs.get(p).ty).collect();
        let vals = self.call_args_for(args, &params, false, e);
        let tys = self.lw.layout.regs(self.ty_of(e)).tys;
        self.push(op, vals, &tys)
    }
}

/// A body that traps: one block, taking the parameters, ending in
/// `unreachable`.
fn trap_body(sig: &wago_ir::Signature) -> Body {
    let mut body = Body::default();
    let b = body.add_block();
    for &ty in &sig.params {
        body.add_param(b, ty);
    }
    body.terminate(b, Terminator::Unreachable);
    body
}

/// The functions reachable from the entry and the exports through calls,
/// function addresses and data relocations, except that a method in a
/// concrete type's method table counts only once some reachable interface
/// asks for a method of that key: only an itab built from the table can
/// call it, and the runtime builds itabs for the interfaces the program
/// uses (as gc's linker keeps a method only if some interface call could
/// reach it). So a program using `sync.WaitGroup` is not refused because
/// `WaitGroup.Go` starts a goroutine.
fn reachable_funcs(m: &Module, tables: &HashMap<DataId, MethodTableKeys>) -> Vec<bool> {
    let mut reach = Reach {
        funcs: vec![false; m.funcs.len()],
        data: vec![false; m.data.len()],
        work: Vec::new(),
        data_work: Vec::new(),
        asked: HashSet::new(),
        waiting: HashMap::new(),
    };
    let pass_callees = m.funcs.iter().filter(|(_, f)| wago_ir::passes::PASS_CALLEES.contains(&f.name.as_str()));
    let exports = m.funcs.iter().filter(|(_, f)| f.export.is_some());
    let roots = m.entry.into_iter().chain(exports.chain(pass_callees).map(|(id, _)| id));
    for f in roots {
        reach.func(f);
    }
    loop {
        if let Some(f) = reach.work.pop() {
            let Some(body) = m.funcs[f].body() else { continue };
            for inst in body.insts.values() {
                match inst.op {
                    Op::Call(g) | Op::FuncAddr(g) => reach.func(g),
                    Op::DataAddr(d, _) => reach.data(d),
                    _ => {}
                }
            }
        } else if let Some(d) = reach.data_work.pop() {
            let table = tables.get(&d);
            for reloc in &m.data[d].relocs {
                match reloc.target {
                    RelocTarget::Func(g) => match table
                        .filter(|t| reloc.offset >= t.base)
                        .and_then(|t| t.keys.get(((reloc.offset - t.base) / METHOD_SIZE) as usize))
                    {
                        Some(key) if !reach.asked.contains(key) => {
                            reach.waiting.entry(key.clone()).or_default().push(g)
                        }
                        _ => reach.func(g),
                    },
                    RelocTarget::Data(t, _) => reach.data(t),
                }
            }
            if let Some(table) = table.filter(|t| t.interface) {
                for key in &table.keys {
                    if reach.asked.insert(key.clone()) {
                        for g in reach.waiting.remove(key).unwrap_or_default() {
                            reach.func(g);
                        }
                    }
                }
            }
        } else {
            return reach.funcs;
        }
    }
}

/// The state of [`reachable_funcs`]' walk.
struct Reach {
    funcs: Vec<bool>,
    data: Vec<bool>,
    work: Vec<FuncId>,
    data_work: Vec<DataId>,
    /// Method keys some reachable interface has.
    asked: HashSet<String>,
    /// Method-table wrappers waiting for an interface to ask for their key.
    waiting: HashMap<String, Vec<FuncId>>,
}

impl Reach {
    fn func(&mut self, f: FuncId) {
        if f.index() < self.funcs.len() && !std::mem::replace(&mut self.funcs[f.index()], true) {
            self.work.push(f);
        }
    }

    fn data(&mut self, d: DataId) {
        if d.index() < self.data.len() && !std::mem::replace(&mut self.data[d.index()], true) {
            self.data_work.push(d);
        }
    }
}
