//! Statements and control flow: assignments and declarations, `if`,
//! `for` (with Go 1.22's per-iteration variables), `range` over integers,
//! arrays, slices and strings (over maps in `maps`, functions in
//! `rangefunc`), expression `switch` with `fallthrough`,
//! labels, `goto`, `break`/`continue`, `return`; and package variables'
//! initialisers.

use crate::Lowerer;
use crate::expr::Place;
use crate::func::{FnLower, Jumps, Local};
use wago_ir::{BinOp, FuncId, Op, Terminator, Ty, Value};
use wago_syntax::ast::{self, ExprId, StmtId};
use wago_syntax::token::Token;
use wago_types::types::{BasicKind, Type};
use wago_types::{ObjId, TypeId};

impl FnLower<'_, '_, '_> {
    pub fn stmt(&mut self, s: StmtId) {
        match *self.file.stmt(s) {
            ast::Stmt::Block { list, .. } => {
                for &st in self.file.stmts_of(list).to_vec().iter() {
                    self.stmt(st);
                }
            }
            ast::Stmt::Expr { x } => {
                self.expr(x);
            }
            ast::Stmt::Empty { .. } | ast::Stmt::Bad { .. } => {}
            ast::Stmt::Assign { lhs, tok, rhs, .. } => {
                let lhs = self.file.exprs_of(lhs).to_vec();
                let rhs = self.file.exprs_of(rhs).to_vec();
                self.assign(&lhs, tok, &rhs);
            }
            ast::Stmt::IncDec { x, tok, .. } => self.inc_dec(x, tok),
            ast::Stmt::Decl { decl } => self.local_decl(decl),
            ast::Stmt::If { init, cond, body, els, .. } => self.if_stmt(init, cond, body, els),
            ast::Stmt::For { init, cond, post, body, .. } => self.for_stmt(None, init, cond, post, body),
            ast::Stmt::Range(r) => self.range_stmt(None, r),
            ast::Stmt::Switch { init, tag, body, .. } => self.switch_stmt(None, init, tag, body),
            ast::Stmt::TypeSwitch { init, assign, body, .. } => self.type_switch_stmt(None, init, assign, body),
            ast::Stmt::Return { results, .. } => {
                let results = self.file.exprs_of(results).to_vec();
                self.return_stmt(&results);
            }
            ast::Stmt::Branch { tok, label, tok_pos } => self.branch_stmt(tok, label, tok_pos),
            ast::Stmt::Labeled { label, stmt, .. } => self.labeled(label, stmt),
            ast::Stmt::Defer { call, .. } => self.defer_stmt(call),
            _ => {
                let pos = self.file.stmt_pos(s);
                self.error(pos, "wago: this statement is not supported yet");
            }
        }
    }

    // ---- assignment ----

    fn assign(&mut self, lhs: &[ExprId], tok: Token, rhs: &[ExprId]) {
        match tok {
            Token::Assign | Token::Define => {}
            _ => return self.op_assign(lhs[0], tok, rhs[0]),
        }
        // Places first (their index and pointer operands), then values.
        let mut places = Vec::with_capacity(lhs.len());
        let mut new_vars = Vec::new();
        for &l in lhs {
            let def = if tok == Token::Define { self.info.defs.get(&l) } else { None };
            match def {
                Some(obj) => {
                    new_vars.push(Some(obj));
                    places.push(Place::Blank);
                }
                None => {
                    new_vars.push(None);
                    places.push(self.place(l));
                }
            }
        }
        let tys: Vec<TypeId> = lhs
            .iter()
            .zip(&new_vars)
            .map(|(&l, v)| match v {
                Some(o) => self.obj_ty(*o),
                None => self.ty_of(l),
            })
            .collect();
        let mut values = self.values_for(rhs, &tys);
        if lhs.len() > 1 {
            // Memory values must not alias a place assigned before them.
            for (v, &t) in values.iter_mut().zip(&tys) {
                if self.lw.layout.is_mem(t) && !v.is_empty() {
                    let cell = self.alloc(t);
                    self.store_value(cell, 0, t, v);
                    *v = vec![cell];
                }
            }
        }
        for ((place, vals), new) in places.into_iter().zip(values).zip(new_vars) {
            match new {
                Some(obj) => self.declare_local(obj, vals),
                None => self.store(place, &vals),
            }
        }
    }

    /// The values of a right-hand side for targets of the given types: one
    /// expression each, or one multi-value expression split up.
    pub fn values_for(&mut self, rhs: &[ExprId], tys: &[TypeId]) -> Vec<Vec<Value>> {
        if rhs.len() == tys.len() {
            return rhs
                .iter()
                .zip(tys)
                .map(|(&r, &t)| if t == wago_types::types::INVALID { self.expr(r) } else { self.expr_to(r, t) })
                .collect();
        }
        if let [r] = rhs
            && tys.len() == 2
            && let Some(vals) = self.map_comma_ok(*r, tys)
        {
            return vals;
        }
        if let [r] = rhs
            && tys.len() == 2
            && let ast::Expr::TypeAssert { .. } = *self.file.expr(self.unparen(*r))
        {
            let e = self.unparen(*r);
            let mut vals = self.type_assert(e, true);
            let ok = vals.pop().expect("comma-ok");
            let to = tys[0];
            let vals =
                if to == wago_types::types::INVALID { vals } else { self.implicit(vals, self.asserted_type(e), to, e) };
            return vec![vals, vec![ok]];
        }
        let all = match rhs.first() {
            Some(&r) => self.expr(r),
            None => return tys.iter().map(|&t| self.zero_value(t)).collect(),
        };
        let src = rhs.first().map(|&r| self.ty_of(r));
        let parts: Vec<TypeId> = match src.map(|t| self.lw.ck.types.get(t)) {
            Some(Type::Tuple(vars)) => vars.iter().map(|&v| self.obj_ty(v)).collect(),
            _ => tys.to_vec(),
        };
        // Each value of a multi-value call converts to its destination
        // (`return newRawConn(f)` returns a *rawConn as a syscall.RawConn).
        let mut out = Vec::new();
        let mut at = 0;
        for (i, t) in parts.into_iter().enumerate() {
            let n = self.lw.layout.regs(t).tys.len();
            let vals = all[at..at + n].to_vec();
            at += n;
            out.push(match (tys.get(i), rhs.first()) {
                (Some(&to), Some(&r)) if to != wago_types::types::INVALID && to != t => self.implicit(vals, t, to, r),
                _ => vals,
            });
        }
        out
    }

    fn op_assign(&mut self, l: ExprId, tok: Token, r: ExprId) {
        let op = match tok {
            Token::AddAssign => Token::Add,
            Token::SubAssign => Token::Sub,
            Token::MulAssign => Token::Mul,
            Token::QuoAssign => Token::Quo,
            Token::RemAssign => Token::Rem,
            Token::AndAssign => Token::And,
            Token::OrAssign => Token::Or,
            Token::XorAssign => Token::Xor,
            Token::ShlAssign => Token::Shl,
            Token::ShrAssign => Token::Shr,
            _ => Token::AndNot,
        };
        let place = self.place(l);
        let t = self.ty_of(l);
        let cur = self.load(place);
        let result = self.apply_op(op, cur, t, r);
        self.store(place, &result);
    }

    /// `cur op r` for an assignment operation or `++`/`--`.
    fn apply_op(&mut self, op: Token, cur: Vec<Value>, t: TypeId, r: ExprId) -> Vec<Value> {
        let ck = self.lw.ck;
        if ck.types.is_string(t) {
            let rv = self.expr(r);
            return self.runtime_call(self.pos(r), "concatstring2", vec![cur[0], cur[1], rv[0], rv[1]]);
        }
        if matches!(op, Token::Shl | Token::Shr) {
            let cnt = self.expr(r)[0];
            return vec![self.shift_values(op, cur[0], cnt, t, r)];
        }
        let rv = self.expr_to(r, t);
        if ck.types.is_complex(t) {
            return self.complex_binary(op, &cur, &rv, r);
        }
        vec![self.arith(op, cur[0], rv[0], t, r)]
    }

    fn inc_dec(&mut self, x: ExprId, tok: Token) {
        let place = self.place(x);
        let t = self.ty_of(x);
        let cur = self.load(place);
        let rt = self.body.ty(cur[0]);
        let one = if rt.is_float() { self.fconst(rt, 1.0) } else { self.iconst(rt, 1) };
        let op = if tok == Token::Inc { Token::Add } else { Token::Sub };
        let r = self.arith(op, cur[0], one, t, x);
        // A complex value's imaginary part is unchanged by `++`/`--`.
        let mut result = cur;
        result[0] = r;
        self.store(place, &result);
    }

    fn local_decl(&mut self, decl: ast::DeclId) {
        let ast::Decl::Gen { tok: Token::Var, specs, .. } = *self.file.decl(decl) else { return };
        for &sp in self.file.specs_of(specs).to_vec().iter() {
            let ast::Spec::Value { names, values, .. } = *self.file.spec(sp) else { continue };
            let names = self.file.exprs_of(names).to_vec();
            let values = self.file.exprs_of(values).to_vec();
            let objs: Vec<Option<ObjId>> = names.iter().map(|n| self.info.defs.get(n)).collect();
            let tys: Vec<TypeId> =
                objs.iter().map(|o| o.map_or(wago_types::types::INVALID, |o| self.obj_ty(o))).collect();
            let vals = if values.is_empty() {
                vec![vec![]; tys.len()] // zero values: a fresh cell is zero already
            } else {
                self.values_for(&values, &tys)
            };
            for (o, v) in objs.into_iter().zip(vals) {
                if let Some(o) = o
                    && self.lw.ck.obj_name(o) != "_"
                {
                    self.declare_local(o, v);
                }
            }
        }
    }

    // ---- control flow ----

    fn if_stmt(&mut self, init: Option<StmtId>, cond: ExprId, body: StmtId, els: Option<StmtId>) {
        if let Some(i) = init {
            self.stmt(i);
        }
        let c = self.cond(cond);
        let then_b = self.new_block();
        let else_b = self.new_block();
        let join = self.new_block();
        self.branch(c, then_b, else_b);
        self.seal(then_b);
        self.seal(else_b);
        self.switch_to(then_b);
        self.stmt(body);
        if !self.is_terminated() {
            self.jump(join);
        }
        self.switch_to(else_b);
        if let Some(e) = els {
            self.stmt(e);
        }
        if !self.is_terminated() {
            self.jump(join);
        }
        self.seal(join);
        self.switch_to(join);
    }

    fn for_stmt(
        &mut self,
        label: Option<wago_syntax::Symbol>,
        init: Option<StmtId>,
        cond: Option<ExprId>,
        post: Option<StmtId>,
        body: StmtId,
    ) {
        let before = self.locals.len();
        if let Some(i) = init {
            self.stmt(i);
        }
        // Go 1.22: each iteration has its own copy of the loop variables.
        let loop_cells: Vec<u32> = match init {
            Some(i) if before != self.locals.len() => self.init_cells(i),
            _ => Vec::new(),
        };
        let header = self.new_block();
        let body_b = self.new_block();
        let post_b = self.new_block();
        let exit = self.new_block();
        self.jump(header);
        self.switch_to(header);
        match cond {
            Some(c) => {
                let v = self.cond(c);
                self.branch(v, body_b, exit);
            }
            None => self.jump(body_b),
        }
        self.seal(body_b);
        self.switch_to(body_b);
        self.jumps.push(Jumps { label, brk: exit, cont: Some(post_b) });
        self.stmt(body);
        self.jumps.pop();
        if !self.is_terminated() {
            self.jump(post_b);
        }
        self.seal(post_b);
        self.switch_to(post_b);
        for n in loop_cells {
            self.renew_cell(n);
        }
        if let Some(p) = post {
            self.stmt(p);
        }
        self.jump(header);
        self.seal(header);
        self.seal(exit);
        self.switch_to(exit);
    }

    /// The cell variables a `for` clause's init statement declared.
    fn init_cells(&self, init: StmtId) -> Vec<u32> {
        let ast::Stmt::Assign { lhs, tok: Token::Define, .. } = *self.file.stmt(init) else { return vec![] };
        self.file
            .exprs_of(lhs)
            .iter()
            .filter_map(|l| self.info.defs.get(l))
            .filter_map(|o| match self.locals.get(&o) {
                Some(Local::Cell(n)) => Some(*n),
                _ => None,
            })
            .collect()
    }

    /// Moves a cell variable's value into a fresh cell (a new iteration's
    /// variable).
    fn renew_cell(&mut self, n: u32) {
        let old = self.read_var((n, 0));
        let obj = self.locals.iter().find_map(|(o, l)| matches!(l, Local::Cell(m) if *m == n).then_some(*o));
        let Some(obj) = obj else { return };
        let t = self.obj_ty(obj);
        let cell = self.alloc(t);
        let size = self.lw.layout.size(t);
        let len = self.iconst(Ty::I32, size as i64);
        self.push(Op::MemCopy, vec![cell, old, len], &[]);
        self.write_var((n, 0), cell);
    }

    fn range_stmt(&mut self, label: Option<wago_syntax::Symbol>, r: ast::RangeStmt) {
        let ck = self.lw.ck;
        let xt = self.ty_of(r.x);
        let (under, is_ptr) = ck.deref(xt);
        enum Kind {
            Int,
            Seq(TypeId),
            Str,
        }
        let kind = match self.lw.layout.under(under) {
            Type::Basic(BasicKind::String | BasicKind::UntypedString) => Kind::Str,
            Type::Basic(_) => Kind::Int,
            Type::Slice(e) | Type::Array { elem: e, .. } => Kind::Seq(*e),
            Type::Map { .. } => return self.range_map(label, r),
            _ if crate::rangefunc::is_range_func(ck, xt) => return self.range_func(label, r),
            _ => {
                self.error(self.pos(r.x), "wago: range over channels is not supported yet");
                return;
            }
        };
        // The operand, evaluated once: its base address and length.
        let (base, len) = match kind {
            Kind::Int => {
                let v = self.expr(r.x)[0];
                let t = if ck.types.is_untyped(xt) { ck.types.default_type(xt) } else { xt };
                let signed = self.lw.layout.is_signed(t);
                (None, self.widen_i64(v, signed))
            }
            Kind::Str => {
                let v = self.expr(r.x);
                (Some(v[0]), self.widen_i64(v[1], false))
            }
            Kind::Seq(_) => match self.lw.layout.under(under) {
                Type::Array { len, .. } => {
                    let addr = if is_ptr {
                        Some(self.expr(r.x)[0])
                    } else if r.value.is_some() {
                        // A range over an array value ranges over a copy.
                        let v = self.expr(r.x)[0];
                        let cell = self.alloc(under);
                        self.store_value(cell, 0, under, &[v]);
                        Some(cell)
                    } else {
                        None
                    };
                    (addr, self.iconst(Ty::I64, len.unwrap_or(0) as i64))
                }
                _ => {
                    let v = self.expr(r.x);
                    (Some(v[0]), self.widen_i64(v[1], false))
                }
            },
        };
        let idx = self.new_var(&[Ty::I64]);
        let zero = self.iconst(Ty::I64, 0);
        self.write_var((idx, 0), zero);
        let header = self.new_block();
        let body_b = self.new_block();
        let post_b = self.new_block();
        let exit = self.new_block();
        self.jump(header);
        self.switch_to(header);
        let i = self.read_var((idx, 0));
        let more = self.push1(Op::Icmp(wago_ir::IntCC::SLt), vec![i, len], Ty::I32);
        self.branch(more, body_b, exit);
        self.seal(body_b);
        self.switch_to(body_b);
        let i = self.read_var((idx, 0));
        // The key and value of this iteration, and where the next starts.
        let (key, value, next): (Vec<Value>, Option<Vec<Value>>, Value) = match kind {
            Kind::Int => {
                let t = self.key_type(r, xt);
                let k = self.int_resize_to(i, t);
                let one = self.iconst(Ty::I64, 1);
                (vec![k], None, self.push1(Op::Binary(BinOp::Add), vec![i, one], Ty::I64))
            }
            Kind::Seq(et) => {
                let value = match (r.value, base) {
                    (Some(_), Some(b)) => {
                        let size = self.lw.layout.size(et);
                        let i32v = self.narrow_i32(i);
                        let sz = self.iconst(Ty::I32, size as i64);
                        let off = self.push1(Op::Binary(BinOp::Mul), vec![i32v, sz], Ty::I32);
                        let addr = self.push1(Op::Binary(BinOp::Add), vec![b, off], Ty::Ptr);
                        Some(self.load_value(addr, 0, et))
                    }
                    _ => None,
                };
                let one = self.iconst(Ty::I64, 1);
                (vec![i], value, self.push1(Op::Binary(BinOp::Add), vec![i, one], Ty::I64))
            }
            Kind::Str => {
                let b = base.expect("a string has a base");
                let len32 = self.narrow_i32(len);
                let i32v = self.narrow_i32(i);
                let rv = self.runtime_call(self.pos(r.x), "decoderune", vec![b, len32, i32v]);
                let next = self.widen_i64(rv[1], false);
                (vec![i], Some(vec![rv[0]]), next)
            }
        };
        self.bind_range_var(r.key, r.tok, key);
        if let (Some(v), Some(vals)) = (r.value, value) {
            self.bind_range_var(Some(v), r.tok, vals);
        }
        self.jumps.push(Jumps { label, brk: exit, cont: Some(post_b) });
        self.stmt(r.body);
        self.jumps.pop();
        if !self.is_terminated() {
            self.jump(post_b);
        }
        self.seal(post_b);
        self.switch_to(post_b);
        self.write_var((idx, 0), next);
        self.jump(header);
        self.seal(header);
        self.seal(exit);
        self.switch_to(exit);
    }

    fn key_type(&self, r: ast::RangeStmt, xt: TypeId) -> TypeId {
        let ck = self.lw.ck;
        match r.key.and_then(|k| self.info.defs.get(&k).or_else(|| self.info.uses.get(&k))) {
            Some(o) => self.obj_ty(o),
            None if ck.types.is_untyped(xt) => ck.types.default_type(xt),
            None => xt,
        }
    }

    fn int_resize_to(&mut self, v: Value, t: TypeId) -> Value {
        let want = crate::one(&self.lw.layout.regs(t).tys);
        if want == Ty::I64 { v } else { self.narrow_i32(v) }
    }

    pub(crate) fn bind_range_var(&mut self, e: Option<ExprId>, tok: Token, vals: Vec<Value>) {
        let Some(e) = e else { return };
        if tok == Token::Define {
            if let Some(o) = self.info.defs.get(&e)
                && self.lw.ck.obj_name(o) != "_"
            {
                self.declare_local(o, vals);
            }
        } else {
            let place = self.place(e);
            self.store(place, &vals);
        }
    }

    fn switch_stmt(
        &mut self,
        label: Option<wago_syntax::Symbol>,
        init: Option<StmtId>,
        tag: Option<ExprId>,
        body: StmtId,
    ) {
        if let Some(i) = init {
            self.stmt(i);
        }
        let tag_val = tag.map(|t| (self.expr(t), self.ty_of(t)));
        let ast::Stmt::Block { list, .. } = *self.file.stmt(body) else { return };
        let clauses: Vec<StmtId> = self.file.stmts_of(list).to_vec();
        let exit = self.new_block();
        let bodies: Vec<wago_ir::Block> = clauses.iter().map(|_| self.new_block()).collect();
        let mut default = None;
        for (ci, &c) in clauses.iter().enumerate() {
            let ast::Stmt::CaseClause { list, .. } = *self.file.stmt(c) else { continue };
            let exprs = self.file.exprs_of(list).to_vec();
            if exprs.is_empty() {
                default = Some(bodies[ci]);
                continue;
            }
            for x in exprs {
                let hit = match &tag_val {
                    Some((tv, tt)) => {
                        let tt =
                            if self.lw.ck.types.is_untyped(*tt) { self.lw.ck.types.default_type(*tt) } else { *tt };
                        let cv = self.expr_to(x, tt);
                        self.compare(Token::Eql, &tv.clone(), &cv, tt, x)
                    }
                    None => self.cond(x),
                };
                let next = self.new_block();
                self.branch(hit, bodies[ci], next);
                self.seal(next);
                self.switch_to(next);
            }
        }
        self.jump(default.unwrap_or(exit));
        // A switch nested in an enclosing switch's clause must not change
        // where that clause's `fallthrough` goes.
        let enclosing = self.fallthrough;
        for (ci, &c) in clauses.iter().enumerate() {
            let ast::Stmt::CaseClause { body, .. } = *self.file.stmt(c) else { continue };
            self.seal(bodies[ci]);
            self.switch_to(bodies[ci]);
            self.fallthrough = bodies.get(ci + 1).copied();
            self.clause_body(label, exit, body);
        }
        self.fallthrough = enclosing;
        self.seal(exit);
        self.switch_to(exit);
    }

    /// A switch clause's statements, where `break` leaves for `exit`, as
    /// does falling off the end.
    pub(crate) fn clause_body(
        &mut self,
        label: Option<wago_syntax::Symbol>,
        exit: wago_ir::Block,
        body: ast::List<StmtId>,
    ) {
        self.jumps.push(Jumps { label, brk: exit, cont: None });
        for &s in self.file.stmts_of(body).to_vec().iter() {
            self.stmt(s);
        }
        self.jumps.pop();
        if !self.is_terminated() {
            self.jump(exit);
        }
    }

    fn return_stmt(&mut self, results: &[ExprId]) {
        if self.range_body_return(results) {
            return;
        }
        let vals = (!results.is_empty()).then(|| {
            let tys = self.result_tys.clone();
            self.values_for(results, &tys).into_iter().flatten().collect()
        });
        self.return_values(vals);
    }

    /// Returns `vals`, or with no values the result variables' values.
    pub(crate) fn return_values(&mut self, vals: Option<Vec<Value>>) {
        let given = vals.is_some();
        let vals: Vec<Value> = match vals {
            Some(v) => v,
            None => {
                let rs = self.results.clone();
                rs.iter()
                    .flat_map(|&o| {
                        let p = self.var_place(o, ast::ExprId::new(0));
                        self.load(p)
                    })
                    .collect()
            }
        };
        if self.defer_list.is_none() {
            return self.terminate(Terminator::Return(vals));
        }
        // Deferred calls may change named results: set them, run the
        // defers, return what they hold then.
        let tys = self.result_tys.clone();
        let mut at = 0;
        for (&r, &t) in self.results.clone().iter().zip(&tys) {
            let n = self.lw.layout.regs(t).tys.len();
            let place = self.var_place(r, ast::ExprId::new(0));
            if given {
                self.store(place, &vals[at..at + n]);
            }
            at += n;
        }
        self.run_defers_on_return();
        let rs = self.results.clone();
        let vals: Vec<Value> = rs
            .iter()
            .flat_map(|&o| {
                let p = self.var_place(o, ast::ExprId::new(0));
                self.load(p)
            })
            .collect();
        self.terminate(Terminator::Return(vals));
    }

    fn branch_stmt(&mut self, tok: Token, label: Option<ExprId>, pos: ast::Pos) {
        let name = label.and_then(|l| crate::func::ident_sym(self.file, l));
        let target = match tok {
            Token::Goto => name.map(|n| self.label_block(n)),
            Token::Fallthrough => self.fallthrough,
            Token::Break => self.jumps.iter().rev().find(|j| name.is_none() || j.label == name).map(|j| j.brk),
            _ => self
                .jumps
                .iter()
                .rev()
                .filter(|j| j.cont.is_some())
                .find(|j| name.is_none() || j.label == name)
                .and_then(|j| j.cont),
        };
        if tok == Token::Goto
            && let Some(n) = name
            && self.goto_leaves_range_body(n)
        {
            return self.leave_range_body_to(n);
        }
        match target {
            Some(b) => self.jump(b),
            None if self.range_body_branch(tok, name) => {}
            None => self.error(pos, "wago: branch target not found (internal error)"),
        }
    }

    pub(crate) fn label_block(&mut self, name: wago_syntax::Symbol) -> wago_ir::Block {
        if let Some(&b) = self.labels.get(&name) {
            return b;
        }
        let b = self.new_block();
        self.labels.insert(name, b);
        b
    }

    fn labeled(&mut self, label: ExprId, stmt: StmtId) {
        let Some(name) = crate::func::ident_sym(self.file, label) else { return self.stmt(stmt) };
        let b = self.label_block(name);
        if !self.is_terminated() {
            self.jump(b);
        }
        self.switch_to(b);
        match *self.file.stmt(stmt) {
            ast::Stmt::For { init, cond, post, body, .. } => self.for_stmt(Some(name), init, cond, post, body),
            ast::Stmt::Range(r) => self.range_stmt(Some(name), r),
            ast::Stmt::Switch { init, tag, body, .. } => self.switch_stmt(Some(name), init, tag, body),
            ast::Stmt::TypeSwitch { init, assign, body, .. } => self.type_switch_stmt(Some(name), init, assign, body),
            _ => self.stmt(stmt),
        }
    }
}

/// A package variable's initialiser as a function of its own (lowered in
/// the context of the file that declares it); `None` without one. A spec
/// `var a, b = f()` is lowered once, for its first variable.
pub(crate) fn lower_var_init(lw: &mut Lowerer<'_, '_>, ui: usize, var: ObjId) -> Option<FuncId> {
    let ck = lw.ck;
    let unit = &lw.units[ui];
    for (fi, input) in unit.files.iter().enumerate() {
        let info = &ck.info(unit.pkg).files[fi];
        for &d in input.ast.top_decls() {
            let ast::Decl::Gen { tok: Token::Var, specs, .. } = *input.ast.decl(d) else { continue };
            for &sp in input.ast.specs_of(specs) {
                let ast::Spec::Value { names, values, .. } = *input.ast.spec(sp) else { continue };
                let names = input.ast.exprs_of(names);
                let Some(k) = names.iter().position(|n| info.defs.get(n) == Some(var)) else { continue };
                let values = input.ast.exprs_of(values);
                if values.is_empty() || (values.len() == 1 && names.len() > 1 && k > 0) {
                    return None;
                }
                let (names, values): (Vec<ExprId>, Vec<ExprId>) = if values.len() == names.len() {
                    (vec![names[k]], vec![values[k]])
                } else {
                    (names.to_vec(), values.to_vec())
                };
                if let ([_], [value]) = (names.as_slice(), values.as_slice())
                    && let Some(&data) = lw.globals.get(&var)
                    && (lw.static_init(input.ast, info, data, *value, ck.objs.get(var).ty)
                        || static_iface_init(lw, *input, info, data, *value, ck.objs.get(var).ty))
                {
                    return None;
                }
                return Some(lower_var_init_fn(lw, *input, info, var, &names, &values));
            }
        }
    }
    None
}

/// A package variable of interface type initialised with a constant:
/// its two words written as static data (no initialiser code, so an
/// unused one costs nothing, not even its methods).
fn static_iface_init<'c, 'a>(
    lw: &mut Lowerer<'c, 'a>,
    input: wago_types::FileInput<'c>,
    info: &'c wago_types::check::FileInfo,
    data: wago_ir::DataId,
    value: ExprId,
    ty: TypeId,
) -> bool {
    if !lw.ck.types.is_interface(ty) {
        return false;
    }
    let mut f = FnLower::new(lw, input, info);
    let Some((tab, bx)) = f.static_iface(value, ty) else { return false };
    let d = &mut lw.module.data[data];
    d.relocs.push(wago_ir::Reloc { offset: 0, target: wago_ir::RelocTarget::Data(tab, 0) });
    d.relocs.push(wago_ir::Reloc { offset: 4, target: wago_ir::RelocTarget::Data(bx, 0) });
    true
}

fn lower_var_init_fn<'c, 'a>(
    lw: &mut Lowerer<'c, 'a>,
    input: wago_types::FileInput<'c>,
    info: &'c wago_types::check::FileInfo,
    var: ObjId,
    names: &[ExprId],
    values: &[ExprId],
) -> FuncId {
    let name = format!("{}.init.var.{}", lw.link_name(var), lw.module.funcs.len());
    let id = lw.module.funcs.push(wago_ir::Func {
        name: name.clone(),
        sig: Default::default(),
        kind: wago_ir::FuncKind::Body(Default::default()),
        export: None,
    });
    let mut f = FnLower::new(lw, input, info);
    f.func_id = id;
    // Function literals are named after the function they are in.
    f.name = name;
    // Function literals in the initialiser need the file's facts (which
    // of their variables live in cells, what they capture).
    f.facts = crate::closure::file_facts(f.lw, input, info);
    let objs: Vec<Option<ObjId>> = names.iter().map(|n| f.info.defs.get(n)).collect();
    let tys: Vec<TypeId> =
        objs.iter().map(|o| o.map_or(wago_types::types::INVALID, |o| f.lw.ck.objs.get(o).ty)).collect();
    let vals = f.values_for(values, &tys);
    for (o, v) in objs.into_iter().zip(vals) {
        if let Some(o) = o
            && let Some(&d) = f.lw.globals.get(&o)
        {
            let t = f.lw.ck.objs.get(o).ty;
            let addr = f.push1(Op::DataAddr(d, 0), vec![], Ty::Ptr);
            f.store_value(addr, 0, t, &v);
        }
    }
    f.terminate(Terminator::Return(vec![]));
    let body = f.finish();
    lw.module.funcs[id].kind = wago_ir::FuncKind::Body(body);
    id
}
