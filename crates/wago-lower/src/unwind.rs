//! Panics and deferred calls, by explicit unwinding.
//!
//! A panic sets the runtime's `panicking` flag and returns. After every
//! call that may panic, the caller tests the flag and, when it is set,
//! jumps to its *unwind block*, which runs the function's deferred calls
//! and returns zero results — so the panic climbs the stack one frame at a
//! time, running defers on the way, without WebAssembly exceptions. The
//! entry point reports a panic that reached it (`runtime.fatalPanic`).
//! The same unwind edges are where goroutine switches will leave and
//! re-enter a function (milestone 3), and where `recover` will stop the
//! climb.
//!
//! A `defer` evaluates the call's function and arguments at once into a
//! closure object (its *thunk*: code, then the next deferred call, then the
//! saved values) pushed on the function's defer list; returning runs the
//! list most recent first (`runtime.rundefers`).
//!
//! `recover` stops a panic only when called by a deferred function that
//! the panic itself runs. `rundefers` raises the runtime's
//! `recoverToken` right before such a call; a function that calls
//! `recover` takes the token at entry (reads and lowers it), and every
//! other way into code that a deferred call may take without reading it
//! lowers it first: thunks before calling a declared function that does
//! not recover, closure bodies and the wrappers of func values, method
//! values and interface methods whose target does not recover. So any
//! function but the deferred one sees the token lowered. After a
//! recovery the deferring function returns normally, with its result
//! variables' current values.

use crate::func::FnLower;
use wago_ir::{FuncId, FuncKind, MemKind, Op, Terminator, Ty, Value};
use wago_syntax::ast::{self, ExprId, StmtId};
use wago_types::TypeId;
use wago_types::check::Mode;

/// Runtime functions that never panic: calls to them need no check.
const NEVER_PANICS: &[&str] = &[
    "alloc",
    "cmpstring",
    "complex128div",
    "concatstring2",
    "decoderune",
    "encoderune",
    "growslice",
    "intstring",
    "mallocgc",
    "memmove",
    "slicebytetostring",
    "slicecopy",
    "slicerunetostring",
    "stringtoslicebyte",
    "stringtoslicerune",
    "write",
    "writeString",
    "itoa",
];

/// Whether a function's body (not its function literals) has a `defer`.
pub(crate) fn has_defer(file: &ast::File, s: StmtId) -> bool {
    let any = |list: ast::List<StmtId>| file.stmts_of(list).iter().any(|&s| has_defer(file, s));
    match *file.stmt(s) {
        ast::Stmt::Defer { .. } => true,
        ast::Stmt::Block { list, .. } => any(list),
        ast::Stmt::CaseClause { body, .. } | ast::Stmt::CommClause { body, .. } => any(body),
        ast::Stmt::Labeled { stmt, .. } => has_defer(file, stmt),
        ast::Stmt::If { body, els, .. } => has_defer(file, body) || els.is_some_and(|e| has_defer(file, e)),
        ast::Stmt::For { body, .. } | ast::Stmt::Select { body, .. } => has_defer(file, body),
        ast::Stmt::Range(r) => has_defer(file, r.body),
        ast::Stmt::Switch { body, .. } | ast::Stmt::TypeSwitch { body, .. } => has_defer(file, body),
        _ => false,
    }
}

/// Where a file calls `recover`, and the spans of its function literals'
/// bodies: enough to tell which functions call it themselves.
#[derive(Default)]
pub(crate) struct RecoverSites {
    calls: Vec<u32>,
    lits: Vec<(u32, u32)>,
}

impl RecoverSites {
    pub(crate) fn of(ck: &wago_types::Checker<'_>, file: &ast::File, info: &wago_types::check::FileInfo) -> Self {
        let mut sites = RecoverSites::default();
        for (i, e) in file.exprs.iter().enumerate() {
            let id = ExprId::new(i as u32);
            match *e {
                ast::Expr::Call { fun, .. } => {
                    let b = info.uses.get(&fun).map(|o| ck.objs.get(o).kind.clone());
                    if matches!(b, Some(wago_types::object::ObjKind::Builtin(wago_types::object::Builtin::Recover))) {
                        sites.calls.push(file.expr_pos(id));
                    }
                }
                ast::Expr::FuncLit { body, .. } => sites.lits.push(block_span(file, body)),
                _ => {}
            }
        }
        sites
    }

    /// Whether the function whose body spans `span` calls `recover`
    /// itself (not in a function literal inside it).
    pub(crate) fn calls_recover(&self, span: (u32, u32)) -> bool {
        let (start, end) = span;
        self.calls
            .iter()
            .any(|&p| p >= start && p <= end && !self.lits.iter().any(|&(s, e)| s > start && s <= p && p <= e))
    }
}

/// The positions of a block's braces.
pub(crate) fn block_span(file: &ast::File, body: StmtId) -> (u32, u32) {
    match *file.stmt(body) {
        ast::Stmt::Block { lbrace, rbrace, .. } => (lbrace, rbrace),
        _ => (0, 0),
    }
}

/// A value saved by `defer` for its thunk: type and registers.
struct Saved {
    ty: TypeId,
    vals: Vec<Value>,
}

/// What a deferred call calls.
enum Callee {
    Func(FuncId),
    Value(TypeId),
    Print {
        newline: bool,
    },
    /// `defer delete(m, k)`: the map's type.
    Delete(TypeId),
}

impl FnLower<'_, '_, '_> {
    /// Whether a call of `f` needs a panic check after it.
    pub fn may_panic(&self, f: FuncId) -> bool {
        let func = &self.lw.module.funcs[f];
        if matches!(func.kind, FuncKind::Import { .. }) {
            return false;
        }
        match func.name.strip_prefix("runtime.") {
            Some(name) => !NEVER_PANICS.contains(&name) && !name.starts_with("print"),
            None => true,
        }
    }

    /// After a call that may panic: continue, or unwind if it did.
    pub fn panic_check(&mut self) {
        let Some(flag) = self.panicking_flag() else { return };
        let unwind = self.unwind_block();
        let cont = self.new_block();
        self.branch(flag, unwind, cont);
        self.seal(cont);
        self.switch_to(cont);
    }

    /// Loads the runtime's `panicking` flag.
    fn panicking_flag(&mut self) -> Option<Value> {
        let d = self.lw.panicking?;
        let addr = self.push1(Op::DataAddr(d, 0), vec![], Ty::Ptr);
        Some(self.push1(Op::Load { kind: MemKind::U8, offset: 0 }, vec![addr], Ty::I32))
    }

    /// Ends the current block with a jump to the unwind block (after a
    /// call that always panics).
    pub fn unwind_now(&mut self) {
        let u = self.unwind_block();
        self.jump(u);
    }

    /// The function's unwind block, created on first use; it is lowered at
    /// the end (`finish_unwind`), when all its predecessors are known.
    fn unwind_block(&mut self) -> wago_ir::Block {
        match self.unwind {
            Some(b) => b,
            None => {
                let b = self.new_block();
                self.unwind = Some(b);
                b
            }
        }
    }

    /// Lowers the unwind block: the deferred calls, then a return of zero
    /// results (the caller checks the flag before it looks at them).
    pub fn finish_unwind(&mut self) {
        let Some(b) = self.unwind else { return };
        self.seal(b);
        self.switch_to(b);
        if let Some(list) = self.defer_list
            && let Some(f) = self.lw.runtime_func("rundefers")
        {
            // Not `call`: its panic check would lead back here.
            let head = self.read_var((list, 0));
            self.push(Op::Call(f), vec![head], &[]);
        }
        let tys = self.lw.module.funcs[self.func_id].sig.results.clone();
        if self.defer_list.is_some()
            && let Some(flag) = self.panicking_flag()
        {
            // A deferred call recovered: return normally.
            let (still, recovered) = (self.new_block(), self.new_block());
            self.branch(flag, still, recovered);
            self.seal(recovered);
            self.switch_to(recovered);
            let vals = self.result_values();
            self.terminate(Terminator::Return(vals));
            self.seal(still);
            self.switch_to(still);
        }
        let zeros = self.zeros(&tys);
        self.terminate(Terminator::Return(zeros));
    }

    /// The current values of the result variables (zero for unnamed ones).
    pub fn result_values(&mut self) -> Vec<Value> {
        let rs = self.results.clone();
        let mut vals = Vec::new();
        for r in rs {
            let place = self.var_place(r, ExprId::new(0));
            let ty = self.lw.ck.objs.get(r).ty;
            let v = self.load(place);
            vals.extend(if v.is_empty() { self.zero_value(ty) } else { v });
        }
        vals
    }

    /// The start of a body: a function that calls `recover` takes the
    /// token; a dynamic entry (`dynamic`) that does not lowers it.
    pub fn enter_body(&mut self, calls_recover: bool, dynamic: bool) {
        let Some(token) = self.lw.recover_token else { return };
        if calls_recover {
            let addr = self.push1(Op::DataAddr(token, 0), vec![], Ty::Ptr);
            let v = self.push1(Op::Load { kind: MemKind::U8, offset: 0 }, vec![addr], Ty::I32);
            let n = self.new_var(&[Ty::I32]);
            self.write_var((n, 0), v);
            self.can_recover = Some(n);
        }
        if calls_recover || dynamic {
            self.lower_recover_token();
        }
    }

    /// Clears the runtime's `recoverToken`.
    pub fn lower_recover_token(&mut self) {
        let Some(token) = self.lw.recover_token else { return };
        let addr = self.push1(Op::DataAddr(token, 0), vec![], Ty::Ptr);
        let zero = self.iconst(Ty::I32, 0);
        self.push(Op::Store { kind: MemKind::U8, offset: 0 }, vec![addr, zero], &[]);
    }

    /// `recover()`.
    pub fn recover_call(&mut self, pos: ast::Pos) -> Vec<Value> {
        let can = match self.can_recover {
            Some(n) => self.read_var((n, 0)),
            None => self.iconst(Ty::I32, 0),
        };
        self.runtime_call(pos, "gorecover", vec![can])
    }

    /// Runs the deferred calls before a normal return; a deferred call
    /// that panics makes the function unwind instead.
    pub fn run_defers_on_return(&mut self) {
        let Some(list) = self.defer_list else { return };
        let head = self.read_var((list, 0));
        self.runtime_call(ast::NO_POS, "rundefers", vec![head]);
        self.panic_check();
    }

    /// `defer f(args)`: evaluates the call's parts now and pushes a thunk.
    pub fn defer_stmt(&mut self, call: ExprId) {
        let Some((callee, saved)) = self.defer_parts(call) else { return };
        // In a range-over-func body, the enclosing function's list.
        let in_cell = self.range_body_defer_cell();
        if self.defer_list.is_none() && in_cell.is_none() {
            return;
        }
        let thunk_code = self.defer_thunk(&callee, &saved);
        let size: u32 = 8 + saved.iter().map(|s| self.lw.layout.size(s.ty).max(1).next_multiple_of(8)).sum::<u32>();
        let n = self.iconst(Ty::I32, size as i64);
        // The thunk's table index, the next thunk, then the saved values.
        let mut bits = crate::gcshape::ShapeBits::default();
        bits.set(1);
        let mut off = 8;
        for s in &saved {
            self.lw.pointer_words(s.ty, off, &mut bits);
            off += self.lw.layout.size(s.ty).max(1).next_multiple_of(8);
        }
        let shape = self.gc_shape_of_bits(size, &bits);
        let obj = self.alloc_shaped(n, shape);
        let code = self.push1(Op::FuncAddr(thunk_code), vec![], Ty::I32);
        self.push(Op::Store { kind: MemKind::Full, offset: 0 }, vec![obj, code], &[]);
        let next = match (self.defer_list, in_cell) {
            (Some(list), _) => self.read_var((list, 0)),
            (None, Some((cell, off))) => self.push1(Op::Load { kind: MemKind::Full, offset: off }, vec![cell], Ty::Ptr),
            (None, None) => unreachable!("checked above"),
        };
        self.push(Op::Store { kind: MemKind::Full, offset: 4 }, vec![obj, next], &[]);
        let mut off = 8;
        for s in &saved {
            self.store_value(obj, off, s.ty, &s.vals);
            off += self.lw.layout.size(s.ty).max(1).next_multiple_of(8);
        }
        match (self.defer_list, in_cell) {
            (Some(list), _) => self.write_var((list, 0), obj),
            (None, Some((cell, off))) => {
                self.push(Op::Store { kind: MemKind::Full, offset: off }, vec![cell, obj], &[]);
            }
            (None, None) => {}
        }
    }

    /// The callee and the values a deferred call needs, evaluated now.
    fn defer_parts(&mut self, call: ExprId) -> Option<(Callee, Vec<Saved>)> {
        let ast::Expr::Call { fun, args, ellipsis, .. } = *self.file.expr(call) else { return None };
        let args: Vec<ExprId> = self.file.exprs_of(args).to_vec();
        let mut saved = Vec::new();
        let fun_tv = self.info.types.get(&fun).map(|tv| tv.mode);
        if let Some(Mode::Builtin(b)) = fun_tv {
            use wago_types::object::Builtin;
            if b == Builtin::Delete && args.len() == 2 {
                let mt = self.ty_of(args[0]);
                let (kt, _) = self.map_kv(mt);
                let m = self.expr(args[0]);
                let k = self.expr_to(args[1], kt);
                saved.push(Saved { ty: mt, vals: m });
                saved.push(Saved { ty: kt, vals: k });
                return Some((Callee::Delete(mt), saved));
            }
            if !matches!(b, Builtin::Print | Builtin::Println) {
                self.error(self.pos(call), format!("wago: defer {} is not supported yet", b.name()));
                return None;
            }
            for &a in &args {
                let ty = self.print_type(a);
                let vals = self.expr(a);
                saved.push(Saved { ty, vals });
            }
            return Some((Callee::Print { newline: b == Builtin::Println }, saved));
        }
        let ck = self.lw.ck;
        let fn_ty = self.ty_of(fun);
        let sig = ck.types.signature(fn_ty)?.clone();
        let params: Vec<TypeId> = ck.types.tuple_vars(sig.params).iter().map(|&p| ck.objs.get(p).ty).collect();
        let callee = match self.static_callee_of(fun) {
            Some((obj, recv, Some(f))) => {
                if let Some(r) = recv {
                    let rt = self.lw.method_recv_ty(obj, self.ty_of(r));
                    let vals = self.receiver_value(r, obj);
                    saved.push(Saved { ty: rt, vals });
                }
                Callee::Func(f)
            }
            _ => {
                let vals = self.expr(fun);
                saved.push(Saved { ty: fn_ty, vals });
                Callee::Value(fn_ty)
            }
        };
        let vals = self.call_args_for(&args, &params, sig.variadic && ellipsis == ast::NO_POS, call);
        let mut at = 0;
        for &p in &params {
            let n = self.lw.layout.regs(p).tys.len();
            saved.push(Saved { ty: p, vals: vals[at..at + n].to_vec() });
            at += n;
        }
        Some((callee, saved))
    }

    /// The code of a deferred call's thunk: loads the saved values from
    /// its closure object and makes the call.
    fn defer_thunk(&mut self, callee: &Callee, saved: &[Saved]) -> FuncId {
        let sig = wago_ir::Signature { params: vec![Ty::Ptr], results: vec![] };
        let mut w = self.nested_func("deferwrap", sig);
        let id = w.func_id;
        let entry = w.block();
        let ctx = w.body.add_param(entry, Ty::Ptr);
        let mut off = 8;
        let mut loaded: Vec<(TypeId, Vec<Value>)> = Vec::new();
        for s in saved {
            loaded.push((s.ty, w.load_value(ctx, off, s.ty)));
            off += w.lw.layout.size(s.ty).max(1).next_multiple_of(8);
        }
        match *callee {
            Callee::Func(f) => {
                let args: Vec<Value> = loaded.into_iter().flat_map(|(_, v)| v).collect();
                if !w.lw.recovering.contains(&f) {
                    w.lower_recover_token();
                }
                w.call(f, args);
            }
            Callee::Value(fn_ty) => {
                let mut it = loaded.into_iter();
                let fv = it.next().map(|(_, v)| v[0]).expect("a func value");
                let args: Vec<Value> = it.flat_map(|(_, v)| v).collect();
                w.call_value(fv, fn_ty, args, ExprId::new(0));
            }
            Callee::Delete(mt) => {
                let mut it = loaded.into_iter();
                let m = it.next().map(|(_, v)| v[0]).expect("a map");
                let key = it.next().map(|(_, v)| v).unwrap_or_default();
                w.map_delete_values(mt, m, key);
            }
            Callee::Print { newline } => {
                for (i, (ty, vals)) in loaded.into_iter().enumerate() {
                    if i > 0 && newline {
                        w.runtime_call(ast::NO_POS, "printsp", vec![]);
                    }
                    w.print_values(ty, vals, ast::NO_POS);
                }
                if newline {
                    w.runtime_call(ast::NO_POS, "printnl", vec![]);
                }
            }
        }
        if !w.is_terminated() {
            w.terminate(Terminator::Return(vec![]));
        }
        w.finish_unwind();
        let body = w.finish();
        self.lw.module.funcs[id].kind = FuncKind::Body(body);
        id
    }
}
