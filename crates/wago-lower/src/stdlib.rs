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
use std::collections::HashMap;
use wago_ir::{Body, DataId, FuncId, Id as _, Op, Terminator, Value};
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
        let body = one_block_body(&self.module.funcs[id].sig, Terminator::Return(Vec::new()));
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
        let (reached, _) = wago_ir::reach::reachable(&self.module, Some(&Tables(&self.descs.tables)));
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
    one_block_body(sig, Terminator::Unreachable)
}

/// A body of one block taking the parameters and ending in `term`.
fn one_block_body(sig: &wago_ir::Signature, term: Terminator) -> Body {
    let mut body = Body::default();
    let b = body.add_block();
    for &ty in &sig.params {
        body.add_param(b, ty);
    }
    body.terminate(b, term);
    body
}

/// The lowering's method tables as the reachability walk's gates (see
/// `wago_ir::reach`): an entry of a concrete type's table counts only
/// once a reachable interface asks for its key, so a program using
/// `sync.WaitGroup` is not refused because `WaitGroup.Go` starts a
/// goroutine.
struct Tables<'t>(&'t HashMap<DataId, MethodTableKeys>);

impl wago_ir::reach::MethodGates for Tables<'_> {
    fn entry_key(&self, d: DataId, offset: u32) -> Option<&str> {
        let t = self.0.get(&d).filter(|t| !t.interface && offset >= t.base)?;
        t.keys.get(((offset - t.base) / METHOD_SIZE) as usize).map(String::as_str)
    }

    fn asked_keys(&self, d: DataId) -> Option<&[String]> {
        self.0.get(&d).filter(|t| t.interface).map(|t| &t.keys[..])
    }
}
