//! Statements and function bodies: local declarations, assignments and
//! short variable declarations, control flow (if, for, range over every
//! kind, switch, type switch, select), branch statements, returns and
//! the "missing return" rule, and unused local variables.

use crate::check::{Ctx, Mode, Operand};
use crate::constant::Value;
use crate::object::{ObjId, ObjKind};
use crate::scope::ScopeId;
use crate::types::{BasicKind, INVALID, Type, TypeId};
use wago_syntax::Symbol;
use wago_syntax::ast::{self, Decl, Expr, ExprId, NO_POS, Spec, Stmt, StmtId};
use wago_syntax::token::Token;

/// What kind of statement list is being checked, for branch rules.
#[derive(Clone, Copy, Default)]
struct Flow {
    in_loop: bool,
    in_switch: bool,
    in_select: bool,
    /// `fallthrough` is allowed as the last statement of this list.
    fallthrough_ok: bool,
    /// Inside a type switch's clauses (for the wording of a misplaced `fallthrough`).
    in_type_switch: bool,
}

impl Ctx<'_, '_> {
    /// Checks a function body in `scope` (which holds the parameters).
    pub(crate) fn func_body(&mut self, decl: Option<ObjId>, sig: TypeId, body: StmtId, scope: ScopeId) {
        let saved = std::mem::take(&mut self.env);
        self.env.scope = Some(scope);
        self.env.sig = Some(sig);
        self.env.decl = decl;
        self.env.in_func_body = true;
        let Stmt::Block { lbrace, list, rbrace } = *self.ast().stmt(body) else {
            self.env = saved;
            return;
        };
        let stmts = self.ast().stmts_of(list).to_vec();
        self.stmt_list(&stmts, Flow::default());
        if self.ck.types2_labels {
            self.check_labels_types2(&stmts);
        } else if self.has_labels(&stmts) {
            // Without labels and labeled branches, neither check can
            // report anything: most bodies skip their walks.
            self.check_labels(&stmts);
            self.check_gotos(lbrace, &stmts);
        }
        let has_results = !self.types.tuple_vars(self.types.signature(sig).map_or(INVALID, |s| s.results)).is_empty();
        if has_results && !self.is_terminating_list(&stmts) {
            let pos = if rbrace != NO_POS { rbrace } else { self.ast().stmt_end(body, self.ck.names) };
            self.error(pos, "missing return");
        }
        self.env = saved;
    }

    pub(crate) fn report_unused_vars(&mut self) {
        let vars = std::mem::take(&mut self.local_vars);
        let mut unused: Vec<(crate::object::DeclPos, String)> = Vec::new();
        for v in vars {
            let o = self.objs.get(v);
            if let ObjKind::Var { used: false, .. } = o.kind
                && o.name != self.syms.blank
            {
                unused.push((o.pos, format!("declared and not used: {}", self.obj_name(v))));
            }
        }
        for (pos, msg) in unused {
            let f = pos.file.and_then(|id| self.files.iter().position(|fi| fi.id == id)).unwrap_or(0);
            let saved = self.file;
            self.file = f;
            self.soft_error(pos.pos, msg);
            self.file = saved;
        }
    }

    fn stmt_list(&mut self, stmts: &[StmtId], flow: Flow) {
        let n = stmts.len();
        for (i, &s) in stmts.iter().enumerate() {
            let mut inner = flow;
            // Trailing empty statements don't count.
            let last = stmts[i + 1..].iter().all(|&t| matches!(self.ast().stmt(t), Stmt::Empty { implicit: true, .. }));
            inner.fallthrough_ok = flow.fallthrough_ok && (i + 1 == n || last);
            self.stmt(s, inner);
        }
    }

    fn stmt(&mut self, s: StmtId, flow: Flow) {
        stacker::maybe_grow(crate::check::STACK_RED_ZONE, crate::check::STACK_SEGMENT, || self.stmt_inner(s, flow));
    }

    fn stmt_inner(&mut self, s: StmtId, flow: Flow) {
        let ast = self.ast();
        match *ast.stmt(s) {
            Stmt::Bad { .. } | Stmt::Empty { .. } => {}
            Stmt::Decl { decl } => self.local_decl(decl),
            Stmt::Labeled { label, stmt, .. } => {
                let _ = label;
                self.stmt(stmt, flow);
            }
            Stmt::Expr { x } => self.expr_stmt(x),
            Stmt::Send { chan, value, arrow: _ } => {
                let ch = self.expr(chan);
                let mut v = self.expr(value);
                if ch.is_invalid() || v.is_invalid() {
                    return;
                }
                if let Some(elem) = self.chan_elem(self.pos(chan), &ch, false) {
                    self.assignment(&mut v, Some(elem), "send");
                }
            }
            Stmt::IncDec { x, tok, tok_pos } => {
                let op = self.expr(x);
                if op.is_invalid() {
                    return;
                }
                if !self.all_types(op.ty, |cx, t| cx.types.is_numeric(t)) {
                    let d = self.op_str(&op);
                    let what = if tok == Token::Inc { "++" } else { "--" };
                    self.error(
                        self.pos(x),
                        format!("invalid operation: {}{what} (non-numeric type {})", self.expr_str(x), self.ts(op.ty)),
                    );
                    let _ = (d, tok_pos);
                    return;
                }
                let mut one =
                    Operand { mode: Mode::Constant, expr: None, ty: BasicKind::UntypedInt.ty(), val: Value::int(1) };
                self.convert_untyped_to(&mut one, op.ty);
                let mut res = Operand { mode: Mode::Value, expr: Some(x), ty: op.ty, val: Value::Unknown };
                self.assign_var(x, &mut res, "assignment");
            }
            Stmt::Assign { lhs, tok, rhs, tok_pos } => {
                let (l, r) = (ast.exprs_of(lhs).to_vec(), ast.exprs_of(rhs).to_vec());
                match tok {
                    Token::Assign => self.assign_vars(&l, &r),
                    Token::Define => self.short_var_decl(tok_pos, &l, &r),
                    _ => self.op_assign(tok, tok_pos, &l, &r),
                }
            }
            Stmt::Go { call, go } => self.go_defer(call, "go", go),
            Stmt::Defer { call, defer } => self.go_defer(call, "defer", defer),
            Stmt::Return { ret, results } => self.return_stmt(ret, ast.exprs_of(results)),
            Stmt::Branch { tok, tok_pos, label } => {
                if label.is_some() {
                    return;
                }
                match tok {
                    Token::Break if !(flow.in_loop || flow.in_switch || flow.in_select) => {
                        self.error(tok_pos, "break is not in a loop, switch, or select")
                    }
                    Token::Continue if !flow.in_loop => self.error(tok_pos, "continue is not in a loop"),
                    Token::Fallthrough if !flow.fallthrough_ok => {
                        let msg = if flow.in_type_switch {
                            "cannot fallthrough in type switch"
                        } else {
                            "fallthrough statement out of place"
                        };
                        self.error(tok_pos, msg);
                    }
                    _ => {}
                }
            }
            Stmt::Block { list, lbrace, rbrace } => {
                self.open_scope((lbrace, rbrace), false);
                let stmts = ast.stmts_of(list).to_vec();
                self.stmt_list(&stmts, Flow { fallthrough_ok: false, ..flow });
                self.close_scope();
            }
            Stmt::If { init, cond, body, els, if_pos } => {
                self.open_scope((if_pos, ast.stmt_end(s, self.ck.names)), false);
                let inner = Flow { fallthrough_ok: false, ..flow };
                if let Some(i) = init {
                    self.stmt(i, inner);
                }
                let c = self.expr(cond);
                if !c.is_invalid() && !self.all_types(c.ty, |cx, t| cx.types.is_boolean(t)) {
                    self.error(self.pos(cond), "non-boolean condition in if statement");
                }
                self.stmt(body, inner);
                if let Some(e) = els {
                    self.stmt(e, inner);
                }
                self.close_scope();
            }
            Stmt::Switch { init, tag, body, switch } => self.switch_stmt(s, switch, init, tag, body, flow),
            Stmt::TypeSwitch { init, assign, body, switch } => self.type_switch(s, switch, init, assign, body, flow),
            Stmt::Select { body, .. } => self.select_stmt(body, flow),
            Stmt::For { init, cond, post, body, for_pos } => {
                self.open_scope((for_pos, ast.stmt_end(s, self.ck.names)), false);
                let inner = Flow { in_loop: true, fallthrough_ok: false, ..flow };
                if let Some(i) = init {
                    self.stmt(i, inner);
                }
                if let Some(c) = cond {
                    let x = self.expr(c);
                    if !x.is_invalid() && !self.all_types(x.ty, |cx, t| cx.types.is_boolean(t)) {
                        self.error(self.pos(c), "non-boolean condition in for statement");
                    }
                }
                if let Some(p) = post {
                    if let Stmt::Assign { tok: Token::Define, tok_pos, .. } = *ast.stmt(p) {
                        self.error(tok_pos, "cannot declare in post statement of for loop");
                    } else {
                        self.stmt(p, inner);
                    }
                }
                self.stmt(body, inner);
                self.close_scope();
            }
            Stmt::Range(r) => self.range_stmt(s, r, flow),
            Stmt::CaseClause { .. } | Stmt::CommClause { .. } => {}
        }
    }

    fn local_decl(&mut self, d: ast::DeclId) {
        let ast = self.ast();
        let Decl::Gen { tok, specs, .. } = *ast.decl(d) else { return };
        let scope = self.env.scope.expect("local scope");
        let mut last_valued: Option<ast::SpecId> = None;
        for (iota, &sp) in ast.specs_of(specs).iter().enumerate() {
            match *ast.spec(sp) {
                Spec::Value { names, ty, values, .. } if tok == Token::Const => {
                    if ty.is_some() || !values.is_empty() {
                        last_valued = Some(sp);
                    }
                    let src = last_valued.unwrap_or(sp);
                    let Spec::Value { ty: sty, values: svals, .. } = *ast.spec(src) else { continue };
                    let svals = ast.exprs_of(svals).to_vec();
                    let mut objs = Vec::new();
                    for (i, &n) in ast.exprs_of(names).iter().enumerate() {
                        let sym = self.ident(n).unwrap_or(self.syms.blank);
                        let obj = self.ck.new_obj(
                            sym,
                            ObjKind::Const { value: Value::Unknown },
                            INVALID,
                            Some(self.pkg),
                            self.decl_pos(self.pos(n)),
                        );
                        self.const_decl(obj, sty, svals.get(i).copied(), iota as i64, src != sp);
                        objs.push((n, obj));
                    }
                    let _ = sty;
                    let name_list = ast.exprs_of(names).to_vec();
                    self.const_arity(&name_list, &svals, src != sp);
                    for (n, obj) in objs {
                        self.declare(scope, Some(n), obj);
                    }
                }
                Spec::Value { names, ty, values, .. } => {
                    let names = ast.exprs_of(names).to_vec();
                    let values = ast.exprs_of(values).to_vec();
                    let mut objs = Vec::new();
                    for &n in &names {
                        let sym = self.ident(n).unwrap_or(self.syms.blank);
                        let v = self.ck.new_var(sym, INVALID, Some(self.pkg), self.decl_pos(self.pos(n)));
                        objs.push(v);
                    }
                    if !values.is_empty() && values.len() != names.len() && values.len() != 1 {
                        // As types2: each variable with its own value, if
                        // any; the extra or missing ones are reported below.
                        let t = ty.map(|te| self.var_type(te));
                        for (i, &v) in objs.iter().enumerate() {
                            self.objs.get_mut(v).ty = t.unwrap_or(INVALID);
                            if let Some(&e) = values.get(i) {
                                let mut x = self.expr_hint(e, t);
                                self.init_var(v, &mut x, "variable declaration");
                            }
                        }
                    } else {
                        self.var_decl(&objs, ty, &values);
                    }
                    self.var_arity(&names, &values, ty.is_some());
                    for (&n, &v) in names.iter().zip(&objs) {
                        self.declare(scope, Some(n), v);
                        self.local_vars.push(v);
                    }
                }
                Spec::Type { name, type_params, assign, ty, .. } => {
                    let sym = self.ident(name).unwrap_or(self.syms.blank);
                    let obj = self.ck.new_obj(
                        sym,
                        ObjKind::TypeName { alias: assign != NO_POS },
                        INVALID,
                        Some(self.pkg),
                        self.decl_pos(self.pos(name)),
                    );
                    // On the object path while declared, as package-level
                    // types are: a reference back to it may be a cycle.
                    self.obj_path.push(obj);
                    self.local_type_decl(scope, obj, name, type_params, assign, ty);
                    self.obj_path.pop();
                }
                Spec::Import { .. } => {}
            }
        }
    }

    fn local_type_decl(
        &mut self,
        scope: ScopeId,
        obj: ObjId,
        name: ExprId,
        type_params: Option<ast::FieldListId>,
        assign: u32,
        ty: ExprId,
    ) {
        if assign != NO_POS && type_params.is_some() {
            self.declare(scope, Some(name), obj);
            self.alias_decl(obj, type_params, ty);
            return;
        }
        if assign != NO_POS {
            self.declare(scope, Some(name), obj);
            let t = self.type_expr(ty);
            let alias = self.ck.types.add(Type::Alias(crate::types::AliasType {
                obj,
                actual: t,
                type_params: Vec::new(),
                origin: None,
                type_args: Vec::new(),
            }));
            self.objs.get_mut(obj).ty = alias;
            return;
        }
        let named = self.ck.types.add(Type::Named(crate::types::NamedType {
            obj,
            underlying: INVALID,
            methods: Vec::new(),
            type_params: Vec::new(),
            origin: None,
            type_args: Vec::new(),
        }));
        self.objs.get_mut(obj).ty = named;
        self.declare(scope, Some(name), obj);
        self.type_decl_body(obj, named, type_params, ty);
        self.valid_type(named);
        let saved_file = self.file;
        self.check_later_map_keys();
        self.file = saved_file;
        let u = self.types.underlying(named);
        if let Type::Named(n) = self.ck.types.get_mut(named) {
            n.underlying = u;
        }
    }

    fn expr_stmt(&mut self, x: ExprId) {
        let op = self.raw_expr(x, None, false);
        if op.is_invalid() {
            return;
        }
        let inner = crate::expr::unparen(self.ast(), x);
        let msg = match op.mode {
            Mode::NoValue => return,
            Mode::Builtin(_) => format!("{} (built-in) must be called", self.expr_str(x)),
            Mode::TypeExpr => format!("{} (type) is not an expression", self.expr_str(x)),
            _ => {
                match *self.ast().expr(inner) {
                    Expr::Call { fun, .. } => {
                        // Calls are fine unless they are conversions or value builtins.
                        let fm = self.file_info().types.get(&fun).map(|tv| tv.mode);
                        match fm {
                            Some(Mode::TypeExpr) => format!("{} is not used", self.op_str(&op)),
                            Some(Mode::Builtin(b))
                                if !matches!(
                                    b,
                                    crate::object::Builtin::Copy
                                        | crate::object::Builtin::Recover
                                        | crate::object::Builtin::Assert
                                        | crate::object::Builtin::Trace
                                ) =>
                            {
                                format!("{} is not used", self.op_str(&op))
                            }
                            _ => return,
                        }
                    }
                    Expr::Unary { op: Token::Arrow, .. } => return,
                    _ => format!("{} is not used", self.op_str(&op)),
                }
            }
        };
        self.error(self.gc_start_pos(x), msg);
    }

    fn go_defer(&mut self, call: ExprId, what: &str, pos: u32) {
        let inner = crate::expr::unparen(self.ast(), call);
        if !matches!(self.ast().expr(inner), Expr::Call { .. }) {
            self.error(pos, format!("expression in {what} must be function call"));
            self.raw_expr(call, None, false);
            return;
        }
        let x = self.raw_expr(call, None, false);
        if x.is_invalid() {
            return;
        }
        if let Expr::Call { fun, .. } = *self.ast().expr(inner) {
            match self.file_info().types.get(&fun).map(|tv| tv.mode) {
                Some(Mode::TypeExpr) => {
                    let d = self.op_str(&x);
                    self.error(self.pos(call), format!("{what} requires function call, not conversion {d}"));
                }
                Some(Mode::Builtin(b))
                    if !matches!(
                        b,
                        crate::object::Builtin::Close
                            | crate::object::Builtin::Copy
                            | crate::object::Builtin::Delete
                            | crate::object::Builtin::Panic
                            | crate::object::Builtin::Print
                            | crate::object::Builtin::Println
                            | crate::object::Builtin::Recover
                            | crate::object::Builtin::Clear
                            | crate::object::Builtin::Assert
                            | crate::object::Builtin::Trace
                    ) =>
                {
                    let d = self.op_str(&x);
                    self.error(self.pos(call), format!("{what} discards result of {d}"));
                }
                _ => {}
            }
        }
    }

    /// spec: a compiler may reject a bare `return` where another entity
    /// of a result parameter's name is in scope; gc does.
    fn check_results_in_scope(&mut self, ret: u32, vars: &[ObjId]) {
        let scope = self.env.scope.unwrap_or(self.file_scopes[self.file]);
        for &v in vars {
            let name = self.objs.get(v).name;
            let Some((_, alt)) = self.ck.scopes.lookup(scope, name) else { continue };
            if alt == v {
                continue;
            }
            let n = self.name(name).to_string();
            let o = self.objs.get(alt);
            let what = match o.kind {
                ObjKind::Const { .. } => "const",
                ObjKind::TypeName { .. } => "type",
                ObjKind::Func { .. } => "func",
                _ => "var",
            };
            let ty = self.ts(o.ty);
            let note = self.note(o.pos, &format!("inner declaration of {what} {n} {ty}"));
            self.error(ret, format!("result parameter {n} not in scope at return{note}"));
        }
    }

    fn return_stmt(&mut self, ret: u32, results: &[ExprId]) {
        let Some(sig) = self.env.sig else { return };
        let res_t = self.types.signature(sig).map_or(INVALID, |s| s.results);
        let vars = self.types.tuple_vars(res_t).to_vec();
        if results.is_empty() {
            if !vars.is_empty() && self.name(self.objs.get(vars[0]).name).is_empty() {
                let want = self.vars_summary(&vars, false);
                self.error(ret, format!("not enough return values\n\thave ()\n\twant {want}"));
            } else {
                self.check_results_in_scope(ret, &vars);
            }
            return;
        }
        if vars.is_empty() {
            let mut ops = Vec::new();
            for &r in results {
                let o = self.raw_expr(r, None, false);
                if o.is_invalid() {
                    return;
                }
                ops.push(o);
            }
            let msg = format!("too many return values\n\thave {}\n\twant ()", self.operands_summary(&ops, false));
            self.error(self.pos(results[0]), msg);
            return;
        }
        let ops: Vec<Operand> = if results.len() == 1 && vars.len() > 1 {
            self.multi_expr(results[0])
        } else {
            results
                .iter()
                .enumerate()
                .map(|(i, &r)| self.expr_hint(r, vars.get(i).map(|&v| self.objs.get(v).ty)))
                .collect()
        };
        if ops.iter().any(|o| o.is_invalid()) {
            return;
        }
        if ops.len() != vars.len() {
            let which = if ops.len() < vars.len() { "not enough" } else { "too many" };
            let have = self.operands_summary(&ops, false);
            let want = self.vars_summary(&vars, false);
            // As types2: at the first extra value, else the last one.
            let at = results[vars.len().min(results.len() - 1)];
            self.error(self.pos(at), format!("{which} return values\n\thave {have}\n\twant {want}"));
            return;
        }
        for (x, &v) in ops.into_iter().zip(&vars) {
            let mut x = x;
            let t = self.objs.get(v).ty;
            let name = self.name(self.objs.get(v).name);
            let desc = if name.is_empty() { "result variable" } else { name };
            if !self.non_generic(&mut x, Some(t), desc) {
                continue;
            }
            self.assignment(&mut x, Some(t), "return statement");
        }
    }

    fn short_var_decl(&mut self, pos: u32, lhs: &[ExprId], rhs: &[ExprId]) {
        let scope = self.env.scope.expect("local scope");
        let mut new_vars = Vec::with_capacity(lhs.len());
        let mut lhs_vars = Vec::with_capacity(lhs.len());
        let mut any_new = false;
        let mut bad = false;
        let mut seen: Vec<wago_syntax::Symbol> = Vec::with_capacity(lhs.len());
        for &l in lhs {
            let Some(sym) = self.ident(l) else {
                self.raw_expr(l, None, false);
                let s = self.expr_str(l);
                self.error(self.pos(l), format!("non-name {s} on left side of :="));
                bad = true;
                continue;
            };
            if sym != self.syms.blank && seen.contains(&sym) {
                let n = self.name(sym);
                self.error(self.pos(l), format!("{n} repeated on left side of :="));
                bad = true;
                continue;
            }
            seen.push(sym);
            if let Some(existing) = self.ck.scopes.lookup_local(scope, sym)
                && sym != self.syms.blank
            {
                self.record_use(l, existing);
                if matches!(self.objs.get(existing).kind, ObjKind::Var { .. }) {
                    lhs_vars.push((l, existing, false));
                } else {
                    let s = self.expr_str(l);
                    self.error(self.pos(l), format!("cannot assign to {s}"));
                    bad = true;
                }
                continue;
            }
            let v = self.ck.new_var(sym, INVALID, Some(self.pkg), self.decl_pos(self.pos(l)));
            if sym != self.syms.blank {
                any_new = true;
            }
            new_vars.push((l, v));
            lhs_vars.push((l, v, true));
        }
        // Check the right side with the new variables not yet in scope.
        let objs: Vec<ObjId> = lhs_vars.iter().map(|&(_, o, _)| o).collect();
        let saved_types: Vec<TypeId> = objs.iter().map(|&o| self.objs.get(o).ty).collect();
        // Existing variables keep their types and are assigned to.
        let mut temp = Vec::with_capacity(lhs_vars.len());
        for (&(l, o, is_new), &t) in lhs_vars.iter().zip(&saved_types) {
            if is_new {
                temp.push(o);
            } else {
                // A stand-in whose type is fixed, so init_vars checks assignability.
                let stand_in = self.ck.new_var(self.objs.get(o).name, t, Some(self.pkg), self.decl_pos(self.pos(l)));
                temp.push(stand_in);
            }
        }
        if !bad {
            self.init_vars(&temp, rhs, "assignment");
        } else {
            for &r in rhs {
                self.raw_expr(r, None, false);
            }
        }
        for (l, v) in new_vars {
            self.declare(scope, Some(l), v);
            self.local_vars.push(v);
        }
        if !any_new && !bad {
            self.soft_error(pos, "no new variables on left side of :=");
        }
    }

    fn op_assign(&mut self, tok: Token, pos: u32, lhs: &[ExprId], rhs: &[ExprId]) {
        let _ = pos;
        if lhs.len() != 1 || rhs.len() != 1 {
            self.error(pos, format!("assignment operation {} requires single-valued expressions", tok.as_str()));
            return;
        }
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
        // Evaluate `lhs op rhs` as a binary expression would.
        let x = self.expr(lhs[0]);
        if x.is_invalid() {
            self.expr(rhs[0]);
            return;
        }
        let mut y = self.expr(rhs[0]);
        if y.is_invalid() {
            return;
        }
        let mut xl = x.clone();
        if matches!(op, Token::Shl | Token::Shr) {
            if !self.all_types(x.ty, |cx, t| cx.types.is_integer(t)) {
                let d = self.op_str(&x);
                self.error(self.pos(lhs[0]), format!("invalid operation: shifted operand {d} must be integer"));
                return;
            }
            if self.types.is_untyped(y.ty) {
                self.implicit_convert(&mut y, BasicKind::Uint.ty());
            } else if !self.all_types(y.ty, |cx, t| cx.types.is_integer(t)) {
                let d = self.op_str(&y);
                self.error(self.pos(rhs[0]), format!("invalid operation: shift count {d} must be integer"));
                return;
            }
        } else {
            self.match_types(&mut xl, &mut y);
            if y.is_invalid() {
                return;
            }
            if !self.identical(xl.ty, y.ty) {
                let (a, b) = (self.ts(xl.ty), self.ts(y.ty));
                let s = format!("{} {} {}", self.expr_str(lhs[0]), tok.as_str(), self.expr_str(rhs[0]));
                self.error(self.pos(lhs[0]), format!("invalid operation: {s} (mismatched types {a} and {b})"));
                return;
            }
            let ok = self.all_types(x.ty, |cx, t| match op {
                Token::Add => cx.types.is_numeric(t) || cx.types.is_string(t),
                Token::Sub | Token::Mul | Token::Quo => cx.types.is_numeric(t),
                _ => cx.types.is_integer(t),
            });
            if !ok {
                let d = self.op_str(&x);
                self.error(self.pos(lhs[0]), format!("invalid operation: operator {} not defined on {d}", op.as_str()));
                return;
            }
            if matches!(op, Token::Quo | Token::Rem)
                && self.types.is_integer(x.ty)
                && y.is_const()
                && y.val.sign() == std::cmp::Ordering::Equal
            {
                self.error(self.pos(rhs[0]), "invalid operation: division by zero");
                return;
            }
        }
        let mut res = Operand { mode: Mode::Value, expr: Some(lhs[0]), ty: x.ty, val: Value::Unknown };
        self.assign_var(lhs[0], &mut res, "assignment");
    }

    /// "slice", "func" or "map" for types whose values compare only to nil.
    fn only_nil_comparable(&self, t: TypeId) -> Option<&'static str> {
        if self.types.is_type_param(t) {
            return None;
        }
        match self.types.get(self.types.underlying(t)) {
            Type::Slice(_) => Some("slice"),
            Type::Signature(_) => Some("func"),
            Type::Map { .. } => Some("map"),
            _ => None,
        }
    }

    fn switch_stmt(
        &mut self,
        s: StmtId,
        pos: u32,
        init: Option<StmtId>,
        tag: Option<ExprId>,
        body: StmtId,
        flow: Flow,
    ) {
        let ast = self.ast();
        self.open_scope((pos, ast.stmt_end(s, self.ck.names)), false);
        let inner = Flow { in_switch: true, fallthrough_ok: false, ..flow };
        if let Some(i) = init {
            self.stmt(i, inner);
        }
        let mut x = match tag {
            Some(t) => {
                let mut x = self.expr(t);
                self.assignment(&mut x, None, "switch expression");
                if !x.is_invalid() && !self.comparable(x.ty) && !self.has_nil(x.ty) {
                    let d = self.op_str(&x);
                    self.error(self.pos(t), format!("cannot switch on {d}"));
                    x.invalidate();
                }
                x
            }
            None => Operand { mode: Mode::Constant, expr: None, ty: BasicKind::Bool.ty(), val: Value::Bool(true) },
        };
        let Stmt::Block { list, .. } = *ast.stmt(body) else { return };
        let clauses = ast.stmts_of(list).to_vec();
        let mut seen_default = None;
        // Constant case values so far, for duplicates: (value, type, position).
        let mut seen: Vec<(Value, TypeId, ast::Pos)> = Vec::new();
        for (ci, &c) in clauses.iter().enumerate() {
            let Stmt::CaseClause { list, body, case, colon } = *ast.stmt(c) else { continue };
            let exprs = ast.exprs_of(list).to_vec();
            if exprs.is_empty() {
                self.multiple_defaults(&mut seen_default, case);
            }
            for &e in &exprs {
                let mut y = self.expr(e);
                if x.is_invalid() || y.is_invalid() {
                    continue;
                }
                // types2 converts the case value to the tag's type first.
                if self.types.is_untyped(y.ty) && self.convert_untyped(&mut y, x.ty).is_err() {
                    let t = if self.types.is_type_param(x.ty) { x.ty } else { self.types.underlying(x.ty) };
                    let (d, ts) = (self.op_str(&y), self.ts(t));
                    self.error(self.pos(e), format!("cannot convert {d} to type {ts}"));
                    continue;
                }
                let mut xc = x.clone();
                self.match_types(&mut y, &mut xc);
                if y.is_invalid() {
                    continue;
                }
                let ok = self.assignable_to(&y, xc.ty).is_ok() || self.assignable_to(&xc, y.ty).is_ok();
                if !ok {
                    let s = tag.map(|t| self.expr_str(t)).unwrap_or_else(|| "true".into());
                    let (a, b) = (self.ts(y.ty), self.ts(xc.ty));
                    let es = self.expr_str(e);
                    self.error(
                        self.pos(e),
                        format!("invalid case {es} in switch on {s} (mismatched types {a} and {b})"),
                    );
                    continue;
                }
                if y.mode != Mode::Nil
                    && let Some(kind) = self.only_nil_comparable(xc.ty)
                {
                    let s = tag.map(|t| self.expr_str(t)).unwrap_or_else(|| "true".into());
                    let es = self.expr_str(e);
                    self.error(
                        self.pos(e),
                        format!("invalid case {es} in switch on {s} ({kind} can only be compared to nil)"),
                    );
                    continue;
                }
                if y.is_const() && matches!(y.val, Value::Int(_) | Value::Float(_) | Value::String(_)) {
                    if let Some(&(_, _, prev)) = seen.iter().find(|(v, t, _)| *v == y.val && self.identical(*t, y.ty)) {
                        let d = self.op_str(&y);
                        let note = self.note(self.decl_pos(prev), "previous case");
                        self.error(self.pos(e), format!("duplicate case {d} in expression switch{note}"));
                    } else {
                        seen.push((y.val.clone(), y.ty, self.pos(e)));
                    }
                }
            }
            self.open_scope((case, ast.stmt_end(c, self.ck.names)), false);
            let stmts = ast.stmts_of(body).to_vec();
            let last = ci + 1 == clauses.len();
            if last
                && let Some(&ls) = stmts.last()
                && matches!(ast.stmt(ls), Stmt::Branch { tok: Token::Fallthrough, .. })
            {
                if let Stmt::Branch { tok_pos, .. } = *ast.stmt(ls) {
                    self.error(tok_pos, "cannot fallthrough final case in switch");
                }
                self.stmt_list(&stmts[..stmts.len() - 1], Flow { fallthrough_ok: false, ..inner });
            } else {
                self.stmt_list(&stmts, Flow { fallthrough_ok: true, ..inner });
            }
            let _ = colon;
            self.close_scope();
        }
        x.expr = None;
        self.close_scope();
    }

    fn type_switch(&mut self, s: StmtId, pos: u32, init: Option<StmtId>, assign: StmtId, body: StmtId, flow: Flow) {
        let ast = self.ast();
        self.open_scope((pos, ast.stmt_end(s, self.ck.names)), false);
        let inner = Flow { in_switch: true, fallthrough_ok: false, in_type_switch: true, ..flow };
        if let Some(i) = init {
            self.stmt(i, inner);
        }
        // `x := y.(type)` or `y.(type)`.
        let (lhs, guard) = match *ast.stmt(assign) {
            Stmt::Assign { lhs, rhs, .. } => (ast.exprs_of(lhs).first().copied(), ast.exprs_of(rhs)[0]),
            Stmt::Expr { x } => (None, x),
            _ => (None, assign_expr_fallback(ast, assign)),
        };
        let Expr::TypeAssert { x: subject, .. } = *ast.expr(guard) else {
            self.close_scope();
            return;
        };
        let x = self.expr(subject);
        let mut valid = !x.is_invalid();
        if valid && (self.types.is_type_param(x.ty) || !self.types.is_interface(x.ty)) {
            let d = self.op_str(&x);
            let msg = if self.types.is_type_param(x.ty) {
                format!("cannot use type switch on type parameter value {d}")
            } else {
                format!("{d} is not an interface")
            };
            self.error(self.pos(subject), msg);
            valid = false;
        }
        let sym = lhs.and_then(|l| self.ident(l));
        if let (Some(l), Some(sy)) = (lhs, sym)
            && sy == self.syms.blank
        {
            self.soft_error(self.pos(l), "no new variable on left side of :=");
        }
        let Stmt::Block { list, .. } = *ast.stmt(body) else { return };
        let clauses = ast.stmts_of(list).to_vec();
        let mut clause_vars = Vec::new();
        let mut seen_default = None;
        let mut seen_types: Vec<(TypeId, ast::Pos)> = Vec::new();
        for &c in &clauses {
            let Stmt::CaseClause { list, body, case, .. } = *ast.stmt(c) else { continue };
            let exprs = ast.exprs_of(list).to_vec();
            if exprs.is_empty() {
                self.multiple_defaults(&mut seen_default, case);
            }
            let mut single: Option<TypeId> = None;
            for &e in &exprs {
                let errors_before = self.info_mut().diagnostics.len();
                let t = if self.is_predeclared_nil(e) {
                    self.expr_or_type(e, false);
                    BasicKind::UntypedNil.ty()
                } else {
                    self.var_type(e)
                };
                // A type with errors in it says nothing about duplicates.
                if !self.types.is_invalid(t) && self.info_mut().diagnostics.len() == errors_before {
                    if let Some(&(_, prev)) = seen_types.iter().find(|&&(u, _)| u == t || self.identical(u, t)) {
                        let ts = if t == BasicKind::UntypedNil.ty() { "nil".to_string() } else { self.ts(t) };
                        let note = self.note(self.decl_pos(prev), "previous case");
                        self.error(self.pos(e), format!("duplicate case {ts} in type switch{note}"));
                    } else {
                        seen_types.push((t, self.pos(e)));
                    }
                }
                if valid && !self.types.is_invalid(t) && t != BasicKind::UntypedNil.ty() {
                    self.check_type_assertion(e, x.ty, t, Some(&x));
                }
                single = Some(t);
            }
            self.open_scope((case, ast.stmt_end(c, self.ck.names)), false);
            if let (Some(l), Some(sy)) = (lhs, sym)
                && sy != self.syms.blank
            {
                let t = match single {
                    Some(t) if exprs.len() == 1 && t != BasicKind::UntypedNil.ty() => t,
                    _ => x.ty,
                };
                let v = self.ck.new_var(sy, t, Some(self.pkg), self.decl_pos(self.pos(l)));
                let sc = self.env.scope.expect("clause scope");
                self.ck.scopes.insert(sc, sy, v);
                self.file_info().implicits.insert(case, v);
                clause_vars.push(v);
            }
            let stmts = ast.stmts_of(body).to_vec();
            self.stmt_list(&stmts, inner);
            self.close_scope();
        }
        if let (Some(l), Some(sy)) = (lhs, sym)
            && sy != self.syms.blank
        {
            let used = clause_vars.iter().any(|&v| matches!(self.objs.get(v).kind, ObjKind::Var { used: true, .. }));
            if !used {
                let n = self.name(sy);
                self.soft_error(self.pos(l), format!("{n} declared and not used"));
            }
            for v in clause_vars {
                self.mark_used(v);
            }
        }
        self.close_scope();
    }

    fn select_stmt(&mut self, body: StmtId, flow: Flow) {
        let ast = self.ast();
        let Stmt::Block { list, .. } = *ast.stmt(body) else { return };
        let inner = Flow { in_select: true, fallthrough_ok: false, ..flow };
        for &c in ast.stmts_of(list).to_vec().iter() {
            let Stmt::CommClause { comm, body, case, .. } = *ast.stmt(c) else { continue };
            self.open_scope((case, ast.stmt_end(c, self.ck.names)), false);
            if let Some(cs) = comm {
                let valid = match *ast.stmt(cs) {
                    Stmt::Send { .. } => true,
                    Stmt::Expr { x } => is_recv(ast, x),
                    Stmt::Assign { rhs, .. } => ast.exprs_of(rhs).len() == 1 && is_recv(ast, ast.exprs_of(rhs)[0]),
                    _ => false,
                };
                if !valid {
                    // types2 reports at the statement's start, which for an
                    // expression statement is the expression node's position.
                    let pos = match *ast.stmt(cs) {
                        Stmt::Expr { x } => self.gc_node_pos(x),
                        _ => ast.stmt_pos(cs),
                    };
                    self.error(pos, "select case must be send or receive (possibly with assignment)");
                } else {
                    self.stmt(cs, inner);
                }
            }
            let stmts = ast.stmts_of(body).to_vec();
            self.stmt_list(&stmts, inner);
            self.close_scope();
        }
    }

    fn range_stmt(&mut self, s: StmtId, r: ast::RangeStmt, flow: Flow) {
        let ast = self.ast();
        self.open_scope((r.for_pos, ast.stmt_end(s, self.ck.names)), false);
        let x = self.expr(r.x);
        let (kt, vt, max_vars, bad) = if x.is_invalid() {
            (INVALID, INVALID, 2, None)
        } else {
            match self.range_types(&x) {
                Ok((k, v, n)) => (k, v, n, None),
                Err(cause) => (INVALID, INVALID, 2, Some(cause)),
            }
        };
        let ok = bad.is_none();
        if let Some(cause) = bad {
            let d = self.op_str(&x);
            let cause = if cause.is_empty() { cause } else { format!(": {cause}") };
            self.error(self.pos(r.x), format!("cannot range over {d}{cause}"));
        }
        let lhs = [r.key, r.value];
        let nvars = lhs.iter().filter(|l| l.is_some()).count();
        if ok && nvars > max_vars {
            let extra = lhs[max_vars].expect("extra range var");
            let d = self.op_str(&x);
            let msg = if max_vars == 0 {
                format!("range over {d} permits no iteration variables")
            } else {
                format!("range over {d} permits only one iteration variable")
            };
            self.error(self.pos(extra), msg);
        }
        let types = [kt, vt];
        let over_int = !x.is_invalid() && self.types.is_integer(x.ty);
        if r.tok == Token::Define {
            let scope = self.env.scope.expect("range scope");
            let mut vars = Vec::new();
            for (i, l) in lhs.iter().enumerate() {
                let Some(l) = *l else { continue };
                let Some(sym) = self.ident(l) else {
                    let s = self.expr_str(l);
                    self.error(self.pos(l), format!("non-name {s} on left side of :="));
                    continue;
                };
                let t = if x.is_invalid() || !ok { INVALID } else { types[i] };
                let t = if self.types.is_untyped(t) { self.types.default_type(t) } else { t };
                if over_int && ok && !x.is_invalid() {
                    // The variable is initialized from the range expression itself.
                    let mut xv = x.clone();
                    self.assignment(&mut xv, Some(t), "range clause");
                }
                let v = self.ck.new_var(sym, t, Some(self.pkg), self.decl_pos(self.pos(l)));
                vars.push((l, v));
            }
            for (l, v) in vars {
                self.declare(scope, Some(l), v);
                self.local_vars.push(v);
            }
        } else if r.tok == Token::Assign {
            for (i, l) in lhs.iter().enumerate() {
                let Some(l) = *l else { continue };
                if x.is_invalid() || !ok {
                    continue;
                }
                if self.types.is_invalid(types[i]) {
                    continue;
                }
                if over_int {
                    // Assigned the range expression itself (types2).
                    let mut xv = x.clone();
                    self.assign_var(l, &mut xv, "range clause");
                    if !xv.is_invalid() && !self.types.is_integer(xv.ty) {
                        let t = self.ts(xv.ty);
                        self.soft_error(self.pos(l), format!("cannot use iteration variable of type {t}"));
                    }
                    continue;
                }
                // The error is on the variable: "assignment", not "range clause".
                let mut op = Operand { mode: Mode::Value, expr: Some(l), ty: types[i], val: Value::Unknown };
                self.assign_var(l, &mut op, "assignment");
            }
        } else if over_int && ok && !x.is_invalid() {
            let mut xv = x.clone();
            self.assignment(&mut xv, None, "range clause");
        }
        let inner = Flow { in_loop: true, fallthrough_ok: false, ..flow };
        self.stmt(r.body, inner);
        self.close_scope();
    }

    /// Key and value types of ranging over `x` and how many iteration
    /// variables it permits, or why it cannot be ranged over (types2's
    /// `rangeKeyVal`; an empty cause when there is nothing more to say).
    fn range_types(&mut self, x: &Operand) -> Result<(TypeId, TypeId, usize), String> {
        let int = BasicKind::Int.ty();
        let send_only = |u: Option<TypeId>| match u.map(|u| self.types.get(u)) {
            Some(Type::Chan { dir: ast::ChanDir::Send, .. }) => Some(String::new()),
            _ => None,
        };
        if let Some(at) = self.type_set_pairs(x.ty).iter().find(|&&(_, u)| send_only(u).is_some()).map(|p| p.0) {
            return Err(format!("receive from send-only channel {}", self.ts(at)));
        }
        let core = self.common_under(x.ty, |_| None)?;
        let core = match self.types.get(core) {
            Type::Pointer(p) if matches!(self.types.get(self.types.underlying(*p)), Type::Array { .. }) => {
                self.types.underlying(*p)
            }
            _ => core,
        };
        match self.types.get(core).clone() {
            Type::Basic(_) if self.types.is_string(core) => Ok((int, self.universe.rune, 2)),
            Type::Basic(_) if self.types.is_integer(core) => {
                if self.allow_version(22) {
                    Ok((x.ty, INVALID, 1))
                } else {
                    Err("requires go1.22 or later".into())
                }
            }
            Type::Array { elem, .. } | Type::Slice(elem) => Ok((int, elem, 2)),
            Type::Map { key, elem } => Ok((key, elem, 2)),
            Type::Chan { elem, .. } => Ok((elem, INVALID, 1)),
            Type::Signature(sig) => self.range_func_types(&sig),
            _ => Err(String::new()),
        }
    }

    /// Ranging over a function: it must be `func(yield func(K, V) bool)`.
    fn range_func_types(&mut self, sig: &crate::types::Signature) -> Result<(TypeId, TypeId, usize), String> {
        if !self.allow_version(23) {
            return Err("requires go1.23 or later".into());
        }
        let params = self.types.tuple_vars(sig.params).to_vec();
        let results = self.types.tuple_vars(sig.results).to_vec();
        let shape = "func must be func(yield func(...) bool)";
        if params.len() != 1 {
            return Err(format!("{shape}: wrong argument count"));
        }
        if !results.is_empty() {
            return Err(format!("{shape}: unexpected results"));
        }
        let yield_ty = self.objs.get(params[0]).ty;
        let cb = match self.common_under(yield_ty, |_| None) {
            Ok(u) => self.types.signature(u).cloned(),
            Err(why) => return Err(format!("{shape}: in yield type, {why}")),
        };
        let Some(cb) = cb else { return Err(format!("{shape}: argument is not func")) };
        let yp = self.types.tuple_vars(cb.params).to_vec();
        let yr = self.types.tuple_vars(cb.results).to_vec();
        if yp.len() > 2 {
            return Err(format!("{shape}: yield func has too many parameters"));
        }
        let bool_ty = BasicKind::Bool.ty();
        if yr.len() != 1 || !self.identical(self.objs.get(yr[0]).ty, bool_ty) {
            if yr.len() == 1 && self.types.is_boolean(self.objs.get(yr[0]).ty) {
                return Err(format!("{shape}: yield func returns user-defined boolean, not bool"));
            }
            return Err(format!("{shape}: yield func does not return bool"));
        }
        if cb.variadic {
            let u = self.common_under(yield_ty, |_| None).unwrap_or(yield_ty);
            return Err(format!("yield func of type {} cannot be variadic", self.ts(u)));
        }
        let k = yp.first().map_or(INVALID, |&v| self.objs.get(v).ty);
        let v = yp.get(1).map_or(INVALID, |&v| self.objs.get(v).ty);
        Ok((k, v, yp.len()))
    }

    /// Reports a second `default` of a switch, naming where the first is.
    fn multiple_defaults(&mut self, first: &mut Option<ast::Pos>, case: ast::Pos) {
        match *first {
            Some(at) => {
                let at = self.pos_text(self.decl_pos(at)).map(|p| format!(" (first at {p})")).unwrap_or_default();
                self.error(case, format!("multiple defaults{at}"));
            }
            None => *first = Some(case),
        }
    }

    /// Reports labels defined and not used, and undefined branch labels.
    fn check_labels(&mut self, stmts: &[StmtId]) {
        let mut defined: Vec<(wago_syntax::Symbol, u32, bool)> = Vec::new();
        self.collect_labels(stmts, &mut defined);
        let mut uses: Vec<(wago_syntax::Symbol, u32, Token)> = Vec::new();
        self.collect_branches(stmts, &mut uses);
        for (sym, pos, tok) in uses {
            match defined.iter_mut().find(|(s, _, _)| *s == sym) {
                Some(d) => d.2 = true,
                None => {
                    let n = self.name(sym);
                    let msg = if tok == Token::Goto {
                        format!("label {n} not defined")
                    } else {
                        format!("invalid {} label {n}", tok.as_str())
                    };
                    self.error(pos, msg);
                }
            }
        }
        let mut invalid = Vec::new();
        for &s in stmts {
            self.misdirected_branches(s, &mut Vec::new(), &mut invalid);
        }
        for (sym, pos, tok) in invalid {
            if defined.iter().any(|d| d.0 == sym) {
                let n = self.name(sym);
                self.error(pos, format!("invalid {} label {n}", tok.as_str()));
            }
        }
        for (sym, pos, used) in defined {
            if !used && sym != self.syms.blank {
                let n = self.name(sym);
                self.soft_error(pos, format!("label {n} defined and not used"));
            }
        }
    }

    /// Whether `stmts` hold a labeled statement or a branch naming a label.
    fn has_labels(&self, stmts: &[StmtId]) -> bool {
        let ast = self.ast();
        let mut found = false;
        for &s in stmts {
            self.walk_stmt(s, &mut |st| {
                found |= matches!(*ast.stmt(st), Stmt::Labeled { .. } | Stmt::Branch { label: Some(_), .. });
            });
        }
        found
    }

    fn collect_labels(&self, stmts: &[StmtId], out: &mut Vec<(wago_syntax::Symbol, u32, bool)>) {
        let ast = self.ast();
        for &s in stmts {
            self.walk_stmt(s, &mut |st| {
                // A label defined twice is reported once, by check_gotos.
                if let Stmt::Labeled { label, .. } = *ast.stmt(st)
                    && let Expr::Ident { name, pos } = *ast.expr(label)
                    && !out.iter().any(|d| d.0 == name)
                {
                    out.push((name, pos, false));
                }
            });
        }
    }

    fn collect_branches(&self, stmts: &[StmtId], out: &mut Vec<(wago_syntax::Symbol, u32, Token)>) {
        let ast = self.ast();
        for &s in stmts {
            self.walk_stmt(s, &mut |st| {
                if let Stmt::Branch { label: Some(l), tok, .. } = *ast.stmt(st)
                    && let Expr::Ident { name, pos } = *ast.expr(l)
                {
                    out.push((name, pos, tok));
                }
            });
        }
    }

    /// Whether `e` is (a parenthesized) `nil` denoting the predeclared nil.
    fn is_predeclared_nil(&self, e: ExprId) -> bool {
        let e = crate::expr::unparen(self.ast(), e);
        let Some(n) = self.ident(e) else { return false };
        let scope = self.env.scope.unwrap_or(self.file_scopes[self.file]);
        self.name(n) == "nil"
            && self.ck.scopes.lookup(scope, n).is_some_and(|(found_in, _)| found_in == self.universe.scope)
    }

    /// Collects labeled `break`s and `continue`s in `s` whose label is not
    /// that of an enclosing statement they may target (`enclosing` holds
    /// the labels around `s`, each with whether it labels a loop).
    fn misdirected_branches(
        &self,
        s: StmtId,
        enclosing: &mut Vec<(Symbol, bool)>,
        out: &mut Vec<(Symbol, u32, Token)>,
    ) {
        let ast = self.ast();
        match *ast.stmt(s) {
            Stmt::Labeled { label, stmt, .. } => {
                let target = match ast.stmt(stmt) {
                    Stmt::For { .. } | Stmt::Range(_) => Some(true),
                    Stmt::Switch { .. } | Stmt::TypeSwitch { .. } | Stmt::Select { .. } => Some(false),
                    _ => None,
                };
                match (self.ident(label), target) {
                    (Some(sym), Some(is_loop)) => {
                        enclosing.push((sym, is_loop));
                        self.misdirected_branches(stmt, enclosing, out);
                        enclosing.pop();
                    }
                    _ => self.misdirected_branches(stmt, enclosing, out),
                }
            }
            Stmt::Branch { tok: tok @ (Token::Break | Token::Continue), label: Some(l), .. } => {
                if let Expr::Ident { name, pos } = *ast.expr(l) {
                    let ok = enclosing.iter().any(|&(sym, is_loop)| sym == name && (is_loop || tok == Token::Break));
                    if !ok {
                        out.push((name, pos, tok));
                    }
                }
            }
            Stmt::Block { list, .. } => {
                for &c in ast.stmts_of(list) {
                    self.misdirected_branches(c, enclosing, out);
                }
            }
            Stmt::If { body, els, .. } => {
                self.misdirected_branches(body, enclosing, out);
                if let Some(e) = els {
                    self.misdirected_branches(e, enclosing, out);
                }
            }
            Stmt::CaseClause { body, .. } | Stmt::CommClause { body, .. } => {
                for &c in ast.stmts_of(body) {
                    self.misdirected_branches(c, enclosing, out);
                }
            }
            Stmt::Switch { body, .. }
            | Stmt::TypeSwitch { body, .. }
            | Stmt::Select { body, .. }
            | Stmt::For { body, .. } => self.misdirected_branches(body, enclosing, out),
            Stmt::Range(r) => self.misdirected_branches(r.body, enclosing, out),
            _ => {}
        }
    }

    /// Visits `s` and its nested statements (not those of function literals).
    fn walk_stmt(&self, s: StmtId, f: &mut dyn FnMut(StmtId)) {
        let ast = self.ast();
        f(s);
        let each = |list: &[StmtId], f: &mut dyn FnMut(StmtId)| {
            for &c in list {
                self.walk_stmt(c, f);
            }
        };
        match *ast.stmt(s) {
            Stmt::Labeled { stmt, .. } => self.walk_stmt(stmt, f),
            Stmt::Block { list, .. } => each(ast.stmts_of(list), f),
            Stmt::If { body, els, .. } => {
                self.walk_stmt(body, f);
                if let Some(e) = els {
                    self.walk_stmt(e, f);
                }
            }
            Stmt::CaseClause { body, .. } | Stmt::CommClause { body, .. } => each(ast.stmts_of(body), f),
            Stmt::Switch { body, .. }
            | Stmt::TypeSwitch { body, .. }
            | Stmt::Select { body, .. }
            | Stmt::For { body, .. } => self.walk_stmt(body, f),
            Stmt::Range(r) => self.walk_stmt(r.body, f),
            _ => {}
        }
    }

    fn is_terminating_list(&self, stmts: &[StmtId]) -> bool {
        // Trailing empty statements are ignored.
        let mut list = stmts;
        while let Some((&last, rest)) = list.split_last() {
            if matches!(self.ast().stmt(last), Stmt::Empty { .. }) {
                list = rest;
            } else {
                return self.is_terminating(last);
            }
        }
        false
    }

    fn is_terminating(&self, s: StmtId) -> bool {
        self.is_terminating_labeled(s, None)
    }

    /// Whether `s`, labeled `label`, is a terminating statement: a loop
    /// or switch only if no break targets it (unlabeled inside it, or
    /// naming its label from anywhere inside).
    fn is_terminating_labeled(&self, s: StmtId, label: Option<Symbol>) -> bool {
        let ast = self.ast();
        match *ast.stmt(s) {
            Stmt::Return { .. } => true,
            Stmt::Branch { tok: Token::Goto | Token::Fallthrough, .. } => true,
            Stmt::Expr { x } => {
                if let Expr::Call { fun, .. } = *ast.expr(crate::expr::unparen(ast, x)) {
                    return matches!(
                        self.info(self.pkg).files[self.file].types.get(&fun).map(|t| t.mode),
                        Some(Mode::Builtin(crate::object::Builtin::Panic))
                    );
                }
                false
            }
            Stmt::Block { list, .. } => self.is_terminating_list(ast.stmts_of(list)),
            Stmt::If { body, els, .. } => els.is_some_and(|e| self.is_terminating(body) && self.is_terminating(e)),
            Stmt::Labeled { label, stmt, .. } => self.is_terminating_labeled(stmt, self.ident(label)),
            Stmt::For { cond: None, body, .. } => !self.has_break(body, label, true),
            Stmt::Switch { body, .. } | Stmt::TypeSwitch { body, .. } => self.clauses_terminate(body, false, label),
            Stmt::Select { body, .. } => self.clauses_terminate(body, true, label),
            _ => false,
        }
    }

    fn clauses_terminate(&self, body: StmtId, select: bool, label: Option<Symbol>) -> bool {
        let ast = self.ast();
        let Stmt::Block { list, .. } = *ast.stmt(body) else { return false };
        let mut has_default = select;
        for &c in ast.stmts_of(list) {
            let (stmts, is_default) = match *ast.stmt(c) {
                Stmt::CaseClause { list, body, .. } => (ast.stmts_of(body), list.is_empty()),
                Stmt::CommClause { comm, body, .. } => (ast.stmts_of(body), comm.is_none()),
                _ => continue,
            };
            has_default |= is_default;
            if !self.is_terminating_list(stmts) || stmts.iter().any(|&s| self.has_break(s, label, true)) {
                return false;
            }
        }
        has_default
    }

    /// Whether `s` holds a break that targets the statement labeled
    /// `label` it is in: unlabeled ones count while `implicit` (not inside
    /// a nested loop, switch or select), labeled ones if they name `label`.
    fn has_break(&self, s: StmtId, label: Option<Symbol>, implicit: bool) -> bool {
        let ast = self.ast();
        match *ast.stmt(s) {
            Stmt::Branch { tok: Token::Break, label: None, .. } => implicit,
            Stmt::Branch { tok: Token::Break, label: Some(l), .. } => label.is_some() && self.ident(l) == label,
            Stmt::Block { list, .. } => ast.stmts_of(list).iter().any(|&c| self.has_break(c, label, implicit)),
            Stmt::If { body, els, .. } => {
                self.has_break(body, label, implicit) || els.is_some_and(|e| self.has_break(e, label, implicit))
            }
            Stmt::Labeled { stmt, .. } => self.has_break(stmt, label, implicit),
            Stmt::CaseClause { body, .. } | Stmt::CommClause { body, .. } => {
                ast.stmts_of(body).iter().any(|&c| self.has_break(c, label, implicit))
            }
            Stmt::For { body, .. }
            | Stmt::Range(ast::RangeStmt { body, .. })
            | Stmt::Switch { body, .. }
            | Stmt::TypeSwitch { body, .. }
            | Stmt::Select { body, .. } => label.is_some() && self.has_break(body, label, false),
            _ => false,
        }
    }
}

fn is_recv(ast: &ast::File, e: ExprId) -> bool {
    matches!(*ast.expr(crate::expr::unparen(ast, e)), Expr::Unary { op: Token::Arrow, .. })
}

fn assign_expr_fallback(ast: &ast::File, s: StmtId) -> ExprId {
    match *ast.stmt(s) {
        Stmt::Expr { x } => x,
        _ => ExprId::new(0),
    }
}
