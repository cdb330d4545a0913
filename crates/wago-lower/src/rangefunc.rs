//! Range over functions (Go 1.23 iterators): `for k, v := range f`.
//!
//! The loop body becomes a function of its own, the *body closure*
//! `func(k K, v V) bool`, and the loop is the call `f(body)`. Inside the
//! body closure `continue` (and falling off the end) returns true, `break`
//! returns false. Every other way out — `return`, a labelled `break` or
//! `continue` of a statement around the loop, a `goto` to a label outside
//! the body — stores an *exit code* in
//! the function-wide *exit cell* and returns false; after `f` returns, the
//! code says where to go (a body closure around this one passes the code
//! on by returning false itself). A `return` with values stores them in
//! the exit cell too, and the enclosing function copies them into its
//! result variables as soon as `f` returns, as gc assigns them at the
//! return. A `defer` in the body is the enclosing function's: its defer
//! list's head moves into the exit cell for the call and back after it.
//! `recover()` in the body is nil, as in gc: the body closure is not the
//! deferred function.
//!
//! Each loop has a *state* word checked as gc's rangefunc rewrite does
//! (the same states and runtime messages): calling the body again after
//! it returned false, after it panicked, or after the loop ended panics,
//! and so does `f` returning normally after the body panicked.
//!
//! Layouts: the body closure object is `{code, state: i32, exit cell,
//! captured cells…}` (one per loop run, so it holds the state too); the
//! exit cell is `{code: i32, defer head: ptr,
//! results…}` (results from offset 8, each 8-aligned).

use crate::func::{FnLower, Local};
use wago_ir::{FuncId, FuncKind, IntCC, MemKind, Op, Terminator, Ty, Value};
use wago_syntax::Symbol;
use wago_syntax::ast::{self, ExprId, StmtId};
use wago_syntax::token::Token;
use wago_types::{ObjId, TypeId};

/// The states of a loop (gc's `abi.RF_State`).
const RF_DONE: i64 = 0;
const RF_READY: i64 = 1;
const RF_PANIC: i64 = 2;
const RF_EXHAUSTED: i64 = 3;
const RF_MISSING_PANIC: i64 = 4;

/// Where the body closure object keeps the state, the exit cell and the
/// captured cells.
const CLOSURE_STATE: u32 = 4;
const CLOSURE_EXIT: u32 = 8;
const CLOSURE_CAPTURES: u32 = 12;

/// Where the exit cell keeps the defer list's head and the results.
const EXIT_DEFERS: u32 = 4;
const EXIT_RESULTS: u32 = 8;

/// A way out of a body closure past its own loop.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Exit {
    /// `return`; `valued` when the results are in the exit cell.
    Return {
        valued: bool,
    },
    Break(Symbol),
    Continue(Symbol),
    Goto(Symbol),
}

/// What lowering a body closure needs to know about its loop.
pub(crate) struct BodyCtx {
    /// The body closure object, holding the loop's state.
    closure: Value,
    /// The exit cell, when the body has a way out past the loop or a `defer`.
    exit: Option<Value>,
    /// The loop's own label.
    label: Option<Symbol>,
    /// The loop body (labels declared outside it are reached by exits).
    body: StmtId,
    /// The ways out the body took, in order of first use.
    exits: Vec<Exit>,
    /// The labels that have exit codes, shared by the nested loops of one
    /// enclosing function: a label's codes come from its index.
    labels: Vec<Symbol>,
    /// The result types of the enclosing function.
    ret_tys: Vec<TypeId>,
}

/// Whether a range statement's operand is a function (its core type).
pub(crate) fn is_range_func(ck: &wago_types::Checker<'_>, t: TypeId) -> bool {
    ck.core_type(t).is_some_and(|c| ck.types.signature(c).is_some())
}

/// Calls `visit` on `s` and every statement nested in it (not in function
/// literals, which are expressions).
fn walk(file: &ast::File, s: StmtId, visit: &mut dyn FnMut(StmtId)) {
    visit(s);
    let all = |list: ast::List<StmtId>, visit: &mut dyn FnMut(StmtId)| {
        for &st in file.stmts_of(list) {
            walk(file, st, visit);
        }
    };
    match *file.stmt(s) {
        ast::Stmt::Block { list, .. } => all(list, visit),
        ast::Stmt::CaseClause { body, .. } => all(body, visit),
        ast::Stmt::CommClause { comm, body, .. } => {
            if let Some(c) = comm {
                walk(file, c, visit);
            }
            all(body, visit)
        }
        ast::Stmt::Labeled { stmt, .. } => walk(file, stmt, visit),
        ast::Stmt::If { init, body, els, .. } => {
            for st in [init, Some(body), els].into_iter().flatten() {
                walk(file, st, visit);
            }
        }
        ast::Stmt::For { init, post, body, .. } => {
            for st in [init, post, Some(body)].into_iter().flatten() {
                walk(file, st, visit);
            }
        }
        ast::Stmt::Switch { init, body, .. } => {
            for st in [init, Some(body)].into_iter().flatten() {
                walk(file, st, visit);
            }
        }
        ast::Stmt::TypeSwitch { init, assign, body, .. } => {
            for st in [init, Some(assign), Some(body)].into_iter().flatten() {
                walk(file, st, visit);
            }
        }
        ast::Stmt::Select { body, .. } => walk(file, body, visit),
        ast::Stmt::Range(r) => walk(file, r.body, visit),
        _ => {}
    }
}

/// Whether a loop body may need the exit cell: it returns, branches to a
/// label or defers.
fn needs_exit_cell(file: &ast::File, body: StmtId) -> bool {
    let mut needs = false;
    walk(file, body, &mut |s| {
        needs |= matches!(
            *file.stmt(s),
            ast::Stmt::Return { .. } | ast::Stmt::Defer { .. } | ast::Stmt::Branch { label: Some(_), .. }
        );
    });
    needs
}

/// Whether statement `s` declares label `name` (in it or nested).
fn declares_label(file: &ast::File, s: StmtId, name: Symbol) -> bool {
    let mut found = false;
    walk(file, s, &mut |st| {
        if let ast::Stmt::Labeled { label, .. } = *file.stmt(st) {
            found |= crate::func::ident_sym(file, label) == Some(name);
        }
    });
    found
}

/// The exit code of `exit`: negative for returns, else from the label's
/// index in `labels` (added when new).
fn exit_code(exit: Exit, labels: &mut Vec<Symbol>) -> i64 {
    let mut index = |l: Symbol| match labels.iter().position(|&x| x == l) {
        Some(i) => i as i64,
        None => {
            labels.push(l);
            labels.len() as i64 - 1
        }
    };
    match exit {
        Exit::Return { valued: true } => -1,
        Exit::Return { valued: false } => -2,
        Exit::Break(l) => 3 + 3 * index(l),
        Exit::Continue(l) => 4 + 3 * index(l),
        Exit::Goto(l) => 5 + 3 * index(l),
    }
}

/// The offsets of results in the exit cell, and the cell's size.
fn result_offsets(fl: &FnLower<'_, '_, '_>, tys: &[TypeId]) -> (Vec<u32>, u32) {
    let mut off = EXIT_RESULTS;
    let offs = tys
        .iter()
        .map(|&t| {
            let at = off;
            off += fl.lw.layout.size(t).max(1).next_multiple_of(8);
            at
        })
        .collect();
    (offs, off)
}

impl FnLower<'_, '_, '_> {
    /// `for k, v := range f` with `f` a function.
    pub(crate) fn range_func(&mut self, label: Option<Symbol>, r: ast::RangeStmt) {
        let ck = self.lw.ck;
        let f_ty = self.ty_of(r.x);
        let Some(sig) = ck.types.signature(f_ty) else { return };
        let Some(&yield_param) = ck.types.tuple_vars(sig.params).first() else { return };
        let yield_ty = ck.objs.get(yield_param).ty;
        let fv = self.expr(r.x)[0];
        let ret_tys = match &self.rf {
            Some(ctx) => ctx.ret_tys.clone(),
            None => self.result_tys.clone(),
        };
        let exit = match &self.rf {
            Some(ctx) => ctx.exit,
            None if needs_exit_cell(self.file, r.body) => Some(self.new_exit_cell(&ret_tys)),
            None => None,
        };
        let labels = self.rf.as_mut().map(|c| std::mem::take(&mut c.labels)).unwrap_or_default();
        let captures = self.facts.range_captures.get(&r.body).cloned().unwrap_or_default();
        let outer = BodyCtx {
            closure: fv, // the body's own object, once lowered
            exit: None,
            label,
            body: r.body,
            exits: Vec::new(),
            labels,
            ret_tys,
        };
        let (code, body_ctx) = self.lower_range_body(r, yield_ty, &captures, exit.is_some(), outer);
        let BodyCtx { exits, labels, .. } = body_ctx;
        // The code table goes back to this body's context (exits passed on
        // from here need the same codes); a function keeps it for the loop.
        let mut labels = match self.rf.as_mut() {
            Some(ctx) => {
                ctx.labels = labels;
                Vec::new()
            }
            None => labels,
        };
        let obj = self.body_closure(code, &captures, exit, r.x);
        // Defers of the body go on this function's list (see the module doc).
        let defers = self.defer_list.filter(|_| self.rf.is_none() && crate::unwind::has_defer(self.file, r.body));
        if let (Some(list), Some(cell)) = (defers, exit) {
            let head = self.read_var((list, 0));
            self.push(Op::Store { kind: MemKind::Full, offset: EXIT_DEFERS }, vec![cell, head], &[]);
        }
        self.nil_check(fv, r.x);
        let idx = self.push1(Op::Load { kind: MemKind::Full, offset: 0 }, vec![fv], Ty::I32);
        let call_sig = self.lw.closure_signature(f_ty);
        self.push(Op::CallIndirect(call_sig), vec![idx, fv, obj], &[]);
        if let (Some(list), Some(cell)) = (defers, exit) {
            let head = self.push1(Op::Load { kind: MemKind::Full, offset: EXIT_DEFERS }, vec![cell], Ty::Ptr);
            self.write_var((list, 0), head);
        }
        if let Some(cell) = exit
            && self.rf.is_none()
            && exits.contains(&Exit::Return { valued: true })
        {
            self.copy_results(cell);
        }
        self.panic_check();
        // f returned: the body must not be running or have panicked.
        let s = self.push1(Op::Load { kind: MemKind::Full, offset: CLOSURE_STATE }, vec![obj], Ty::I32);
        let panicked = self.iconst(Ty::I32, RF_PANIC);
        let bad = self.push1(Op::Icmp(IntCC::Eq), vec![s, panicked], Ty::I32);
        let missing = self.iconst(Ty::I32, RF_MISSING_PANIC);
        self.panic_range_state_if(bad, missing, r.x);
        let exhausted = self.iconst(Ty::I32, RF_EXHAUSTED);
        self.push(Op::Store { kind: MemKind::Full, offset: CLOSURE_STATE }, vec![obj, exhausted], &[]);
        if let Some(cell) = exit {
            self.dispatch_exits(cell, &exits, &mut labels);
        }
    }

    /// The exit cell of a loop of a function with results `ret_tys`.
    fn new_exit_cell(&mut self, ret_tys: &[TypeId]) -> Value {
        let (offs, size) = result_offsets(self, ret_tys);
        let mut bits = crate::gcshape::ShapeBits::default();
        bits.set((EXIT_DEFERS / 4) as usize);
        for (&t, &off) in ret_tys.iter().zip(&offs) {
            self.lw.pointer_words(t, off, &mut bits);
        }
        let n = self.iconst(Ty::I32, size as i64);
        let shape = self.gc_shape_of_bits(size, &bits);
        self.alloc_shaped(n, shape)
    }

    /// The body closure's object: its code, the loop's state (ready), the
    /// exit cell and the captured cells.
    fn body_closure(&mut self, code: FuncId, captures: &[ObjId], exit: Option<Value>, at: ExprId) -> Value {
        let mut words: Vec<Value> = Vec::with_capacity(captures.len() + 2);
        words.push(self.iconst(Ty::I32, RF_READY));
        words.push(match exit {
            Some(cell) => cell,
            None => self.iconst(Ty::Ptr, 0),
        });
        for &v in captures {
            let cell = match self.locals.get(&v).copied() {
                Some(Local::Cell(n)) => self.read_var((n, 0)),
                _ => {
                    self.error(self.pos(at), "wago: captured variable is not in a cell (internal error)");
                    self.iconst(Ty::Ptr, 0)
                }
            };
            words.push(cell);
        }
        let size = 4 + 4 * words.len() as u32;
        let mut bits = crate::gcshape::ShapeBits::default();
        (2..=words.len()).for_each(|w| bits.set(w));
        let n = self.iconst(Ty::I32, size as i64);
        let shape = self.gc_shape_of_bits(size, &bits);
        let obj = self.alloc_shaped(n, shape);
        let idx = self.push1(Op::FuncAddr(code), vec![], Ty::I32);
        self.push(Op::Store { kind: MemKind::Full, offset: 0 }, vec![obj, idx], &[]);
        for (i, w) in words.into_iter().enumerate() {
            self.push(Op::Store { kind: MemKind::Full, offset: 4 + 4 * i as u32 }, vec![obj, w], &[]);
        }
        obj
    }

    /// Lowers the loop body as the body closure's code; gives back its
    /// context with the exits it took.
    fn lower_range_body(
        &mut self,
        r: ast::RangeStmt,
        yield_ty: TypeId,
        captures: &[ObjId],
        has_exit: bool,
        ctx: BodyCtx,
    ) -> (FuncId, BodyCtx) {
        let ck = self.lw.ck;
        let sig = self.lw.closure_signature(yield_ty);
        let mut f = self.nested_func("range", sig);
        let id = f.func_id;
        let entry = f.block();
        let obj = f.body.add_param(entry, Ty::Ptr);
        let yield_sig = ck.types.signature(yield_ty).expect("yield is a func").clone();
        let params: Vec<(TypeId, Vec<Value>)> = ck
            .types
            .tuple_vars(yield_sig.params)
            .iter()
            .map(|&p| {
                let t = ck.objs.get(p).ty;
                let vals = f.lw.layout.regs(t).tys.iter().map(|&ty| f.body.add_param(entry, ty)).collect();
                (t, vals)
            })
            .collect();
        let load_word = |f: &mut FnLower<'_, '_, '_>, offset: u32| {
            f.push1(Op::Load { kind: MemKind::Full, offset }, vec![obj], Ty::Ptr)
        };
        for (i, &v) in captures.iter().enumerate() {
            let cell = load_word(&mut f, CLOSURE_CAPTURES + 4 * i as u32);
            let n = f.new_var(&[Ty::Ptr]);
            f.write_var((n, 0), cell);
            f.locals.insert(v, Local::Cell(n));
        }
        let exit = has_exit.then(|| load_word(&mut f, CLOSURE_EXIT));
        f.rf = Some(Box::new(BodyCtx { closure: obj, exit, ..ctx }));
        f.enter_body(false, true);
        // The iteration variables are the parameters (fresh each call).
        let mut params = params.into_iter();
        for e in [r.key, r.value] {
            let Some((t, vals)) = params.next() else { break };
            f.bind_yield_param(e, r.tok, t, vals);
        }
        // gc's check: the body may run only when the loop is ready.
        let was = f.push1(Op::Load { kind: MemKind::Full, offset: CLOSURE_STATE }, vec![obj], Ty::I32);
        f.set_state(RF_PANIC);
        let ready = f.iconst(Ty::I32, RF_READY);
        let bad = f.push1(Op::Icmp(IntCC::Ne), vec![was, ready], Ty::I32);
        f.panic_range_state_if(bad, was, r.x);
        f.stmt(r.body);
        if !f.is_terminated() {
            f.leave_body_continue();
        }
        let ctx = *f.rf.take().expect("the body's context");
        let body = f.finish();
        self.lw.module.funcs[id].kind = FuncKind::Body(body);
        (id, ctx)
    }

    /// Binds the key or value `e` of a range-over-func loop to a yield
    /// parameter's registers.
    fn bind_yield_param(&mut self, e: Option<ExprId>, tok: Token, t: TypeId, vals: Vec<Value>) {
        let Some(e) = e else { return };
        if tok == Token::Define {
            return self.bind_range_var(Some(e), tok, vals);
        }
        if crate::func::ident_sym(self.file, e).is_some_and(|s| self.lw.ck.name(s) == "_") {
            return;
        }
        let to = self.ty_of(e);
        let vals = self.implicit(vals, t, to, e);
        let place = self.place(e);
        self.store(place, &vals);
    }

    /// Stores `state` in this body's loop state.
    fn set_state(&mut self, state: i64) {
        let Some(obj) = self.rf.as_ref().map(|c| c.closure) else { return };
        let v = self.iconst(Ty::I32, state);
        self.push(Op::Store { kind: MemKind::Full, offset: CLOSURE_STATE }, vec![obj, v], &[]);
    }

    /// When `cond` holds, panics as `runtime.panicrangestate(state)`.
    fn panic_range_state_if(&mut self, cond: Value, state: Value, at: ExprId) {
        let (bad, ok) = (self.new_block(), self.new_block());
        self.branch(cond, bad, ok);
        self.seal(bad);
        self.switch_to(bad);
        self.call_panicking(self.pos(at), "panicrangestate", vec![state]);
        self.seal(ok);
        self.switch_to(ok);
    }

    /// `continue` of this body's own loop (or the end of the body).
    fn leave_body_continue(&mut self) {
        self.set_state(RF_READY);
        let t = self.iconst(Ty::I32, 1);
        self.terminate(Terminator::Return(vec![t]));
    }

    /// `break` of this body's own loop.
    fn leave_body_break(&mut self) {
        self.set_state(RF_DONE);
        let f = self.iconst(Ty::I32, 0);
        self.terminate(Terminator::Return(vec![f]));
    }

    /// Leaves the body by `exit`, past its own loop: the code goes in the
    /// exit cell and the loop stops.
    fn leave_body_by(&mut self, exit: Exit) {
        let Some(ctx) = self.rf.as_mut() else { return };
        let code = exit_code(exit, &mut ctx.labels);
        if !ctx.exits.contains(&exit) {
            ctx.exits.push(exit);
        }
        if let Some(cell) = ctx.exit {
            let v = self.iconst(Ty::I32, code);
            self.push(Op::Store { kind: MemKind::Full, offset: 0 }, vec![cell, v], &[]);
        }
        self.leave_body_break();
    }

    /// A `break` or `continue` (label `name`) with no target in the body
    /// lowered so far: this body's loop or a statement around it. False
    /// when this is not a body closure.
    pub(crate) fn range_body_branch(&mut self, tok: Token, name: Option<Symbol>) -> bool {
        let Some(ctx) = self.rf.as_ref() else { return false };
        let own = name.is_none() || name == ctx.label;
        match (tok, own, name) {
            (Token::Break, true, _) => self.leave_body_break(),
            (Token::Continue, true, _) => self.leave_body_continue(),
            (Token::Break, false, Some(l)) => self.leave_body_by(Exit::Break(l)),
            (Token::Continue, false, Some(l)) => self.leave_body_by(Exit::Continue(l)),
            _ => return false,
        }
        true
    }

    /// Whether a `goto name` here leaves a range-over-func loop body.
    pub(crate) fn goto_leaves_range_body(&self, name: Symbol) -> bool {
        self.rf.as_ref().is_some_and(|ctx| !declares_label(self.file, ctx.body, name))
    }

    /// `goto name` out of this body.
    pub(crate) fn leave_range_body_to(&mut self, name: Symbol) {
        self.leave_body_by(Exit::Goto(name));
    }

    /// `return` in a body closure: the results go to the exit cell, and
    /// the enclosing function returns once the loops around have ended.
    /// False when this is not a body closure.
    pub(crate) fn range_body_return(&mut self, results: &[ExprId]) -> bool {
        let Some(ctx) = self.rf.as_ref() else { return false };
        if results.is_empty() {
            self.leave_body_by(Exit::Return { valued: false });
            return true;
        }
        let (tys, cell) = (ctx.ret_tys.clone(), ctx.exit);
        let vals = self.values_for(results, &tys);
        if let Some(cell) = cell {
            let (offs, _) = result_offsets(self, &tys);
            for ((v, &t), off) in vals.iter().zip(&tys).zip(offs) {
                self.store_value(cell, off, t, v);
            }
        }
        self.leave_body_by(Exit::Return { valued: true });
        true
    }

    /// After `f` returned from a body that returned values: they become
    /// this function's results at once (gc assigns them at the `return`).
    fn copy_results(&mut self, cell: Value) {
        let code = self.push1(Op::Load { kind: MemKind::Full, offset: 0 }, vec![cell], Ty::I32);
        let valued = self.iconst(Ty::I32, exit_code(Exit::Return { valued: true }, &mut Vec::new()));
        let hit = self.push1(Op::Icmp(IntCC::Eq), vec![code, valued], Ty::I32);
        let (copy, join) = (self.new_block(), self.new_block());
        self.branch(hit, copy, join);
        self.seal(copy);
        self.switch_to(copy);
        let tys = self.result_tys.clone();
        let (offs, _) = result_offsets(self, &tys);
        for ((r, &t), off) in self.results.clone().into_iter().zip(&tys).zip(offs) {
            let v = self.load_value(cell, off, t);
            let v = if self.lw.layout.is_mem(t) {
                // The cell may be written again: copy the value out.
                let c = self.alloc(t);
                self.store_value(c, 0, t, &v);
                vec![c]
            } else {
                v
            };
            let place = self.var_place(r, ExprId::new(0));
            self.store(place, &v);
        }
        self.jump(join);
        self.seal(join);
        self.switch_to(join);
    }

    /// After the loop: goes where the exit code in `cell` says. `labels` is
    /// the code table outside body closures (they have their own).
    fn dispatch_exits(&mut self, cell: Value, exits: &[Exit], labels: &mut Vec<Symbol>) {
        if exits.is_empty() {
            return;
        }
        let code = self.push1(Op::Load { kind: MemKind::Full, offset: 0 }, vec![cell], Ty::I32);
        for &exit in exits {
            let code_of = match self.rf.as_mut() {
                Some(ctx) => exit_code(exit, &mut ctx.labels),
                None => exit_code(exit, labels),
            };
            let want = self.iconst(Ty::I32, code_of);
            let hit = self.push1(Op::Icmp(IntCC::Eq), vec![code, want], Ty::I32);
            let (take, next) = (self.new_block(), self.new_block());
            self.branch(hit, take, next);
            self.seal(take);
            self.switch_to(take);
            self.take_exit(cell, exit);
            self.seal(next);
            self.switch_to(next);
        }
    }

    /// Takes `exit` here: a jump to a statement of this function, this
    /// body's own `break`/`continue`, a return, or on outwards.
    fn take_exit(&mut self, cell: Value, exit: Exit) {
        let clear = |f: &mut Self| {
            let zero = f.iconst(Ty::I32, 0);
            f.push(Op::Store { kind: MemKind::Full, offset: 0 }, vec![cell, zero], &[]);
        };
        let (label, cont) = match exit {
            Exit::Return { .. } if self.rf.is_none() => return self.bare_return(),
            Exit::Return { .. } => return self.leave_body_by(exit),
            Exit::Break(l) => (l, false),
            Exit::Continue(l) => (l, true),
            Exit::Goto(l) if self.goto_leaves_range_body(l) => return self.leave_body_by(exit),
            Exit::Goto(l) => {
                clear(self);
                let b = self.label_block(l);
                return self.jump(b);
            }
        };
        let local =
            self.jumps.iter().rev().find(|j| j.label == Some(label)).map(|j| if cont { j.cont } else { Some(j.brk) });
        if let Some(Some(b)) = local {
            clear(self);
            return self.jump(b);
        }
        if self.rf.as_ref().is_some_and(|c| c.label == Some(label)) {
            clear(self);
            return if cont { self.leave_body_continue() } else { self.leave_body_break() };
        }
        self.leave_body_by(exit);
    }

    /// A `return` with no results (they are in the result variables).
    fn bare_return(&mut self) {
        self.return_values(None);
    }
}

/// The two spans of a range-over-func statement that belong to its body
/// closure: the key and value, and the body.
pub(crate) fn body_spans(file: &ast::File, r: &ast::RangeStmt) -> [(u32, u32); 2] {
    let head = match r.key {
        Some(k) => (file.expr_pos(k), r.range),
        None => (u32::MAX, 0),
    };
    [head, crate::unwind::block_span(file, r.body)]
}

impl FnLower<'_, '_, '_> {
    /// In a body closure: the cell and offset of the enclosing function's
    /// defer list head.
    pub(crate) fn range_body_defer_cell(&self) -> Option<(Value, u32)> {
        let cell = self.rf.as_ref()?.exit?;
        Some((cell, EXIT_DEFERS))
    }
}
