//! Expressions: identifiers, literals, unary and binary operators with
//! exact constant folding, comparisons, shifts, selectors, index and
//! slice expressions, type assertions, composite and function literals.
//! Untyped operands stay untyped until context gives them a type.

use crate::check::{Ctx, Mode, Operand};
use crate::constant::{self, Value};
use crate::lookup::Lookup;
use crate::object::ObjKind;
use crate::types::{BasicKind, INVALID, Type, TypeId};
use std::collections::HashMap;
use wago_syntax::ast::{Expr, ExprId, LitKind, NO_POS, SliceExpr};
use wago_syntax::intern::FxBuild;
use wago_syntax::token::Token;

impl Ctx<'_, '_> {
    /// A single-valued expression (value or constant).
    pub(crate) fn expr(&mut self, e: ExprId) -> Operand {
        self.expr_hint(e, None)
    }

    /// Like `expr`, with a type hint for untyped composite literal elements.
    pub(crate) fn expr_hint(&mut self, e: ExprId, hint: Option<TypeId>) -> Operand {
        let mut x = self.raw_expr(e, hint, false);
        self.single_value(&mut x);
        self.exclude_non_values(&mut x);
        x
    }

    /// An expression that may also be a type.
    pub(crate) fn expr_or_type(&mut self, e: ExprId, allow_generic: bool) -> Operand {
        let mut x = self.raw_expr(e, None, allow_generic);
        if !allow_generic {
            self.non_generic_type(&mut x);
        }
        self.single_value(&mut x);
        if x.mode == Mode::NoValue {
            let s = self.expr_str(e);
            self.error(self.pos(e), format!("{s} (no value) used as value or type"));
            x.invalidate();
        }
        x
    }

    /// A generic type used where it must be instantiated (a conversion,
    /// `new(G)`): an error naming the expression, as go/types words it.
    pub(crate) fn non_generic_type(&mut self, x: &mut Operand) {
        if x.mode != Mode::TypeExpr {
            return;
        }
        let generic = match self.types.get(x.ty) {
            Type::Named(n) => !n.type_params.is_empty() && n.type_args.is_empty(),
            Type::Alias(a) => !a.type_params.is_empty() && a.type_args.is_empty(),
            _ => false,
        };
        if let (true, Some(e)) = (generic, x.expr) {
            let s = self.expr_str(e);
            self.error(self.pos(e), format!("cannot use generic type {s} without instantiation"));
            x.invalidate();
        }
    }

    /// An expression that may be multi-valued (a call): its values.
    pub(crate) fn multi_expr(&mut self, e: ExprId) -> Vec<Operand> {
        let mut x = self.raw_expr(e, None, false);
        self.exclude_non_values(&mut x);
        if x.is_invalid() {
            return vec![x];
        }
        if let Type::Tuple(vars) = self.types.get(x.ty) {
            let vars = vars.clone();
            return vars
                .iter()
                .map(|&v| Operand { mode: Mode::Value, expr: Some(e), ty: self.objs.get(v).ty, val: Value::Unknown })
                .collect();
        }
        vec![x]
    }

    fn exclude_non_values(&mut self, x: &mut Operand) {
        let Some(e) = x.expr else { return };
        let msg = match x.mode {
            Mode::NoValue => format!("{} (no value) used as value", self.expr_str(e)),
            Mode::Builtin(_) => format!("{} (built-in) must be called", self.expr_str(e)),
            Mode::TypeExpr => format!("{} (type) is not an expression", self.expr_str(e)),
            _ => return,
        };
        self.error(self.gc_start_pos(e), msg);
        x.invalidate();
    }

    fn single_value(&mut self, x: &mut Operand) {
        if x.mode != Mode::Value {
            return;
        }
        if let Type::Tuple(vars) = self.types.get(x.ty) {
            let n = vars.len();
            if n != 1 {
                let e = x.expr.expect("tuple from call");
                let s = self.expr_str(e);
                self.error(
                    self.pos(e),
                    format!("multiple-value {s} (value of type {}) in single-value context", self.ts(x.ty)),
                );
                x.invalidate();
            } else {
                x.ty = self.objs.get(vars[0]).ty;
            }
        }
    }

    /// Evaluates any expression and records its type and value.
    pub(crate) fn raw_expr(&mut self, e: ExprId, hint: Option<TypeId>, allow_generic: bool) -> Operand {
        let x = stacker::maybe_grow(crate::check::STACK_RED_ZONE, crate::check::STACK_SEGMENT, || {
            self.expr_kind(e, hint, allow_generic)
        });
        if !x.is_invalid() {
            let val = x.is_const().then(|| x.val.clone());
            if self.types.is_untyped(x.ty) && !x.is_const() && x.mode != Mode::Nil {
                // A delayed shift has registered itself already (as one).
                self.untyped.entry((self.file, e)).or_insert((x.ty, false));
            }
            self.record(e, x.mode, x.ty, val);
        }
        x
    }

    fn expr_kind(&mut self, e: ExprId, hint: Option<TypeId>, allow_generic: bool) -> Operand {
        let ast = self.ast();
        match *ast.expr(e) {
            Expr::Bad { .. } => Operand::invalid(Some(e)),
            Expr::Ident { name, pos } => self.ident_expr(e, name, pos, allow_generic),
            Expr::BasicLit { pos, end, kind } => self.basic_lit(e, pos, end, kind),
            Expr::FuncLit { ty, body } => self.func_lit(e, ty, body),
            Expr::CompositeLit { .. } => self.composite_lit(e, hint),
            Expr::Paren { x, .. } => {
                let mut o = self.raw_expr(x, hint, allow_generic);
                o.expr = Some(e);
                o
            }
            Expr::Selector { x, sel } => self.selector(e, x, sel),
            Expr::Index { .. } | Expr::IndexList { .. } => self.index_expr(e, allow_generic),
            Expr::Slice(s) => self.slice_expr(e, s),
            Expr::TypeAssert { x, ty, .. } => self.type_assert(e, x, ty),
            Expr::Call { .. } => self.call(e),
            Expr::Star { x, .. } => {
                let o = self.expr_or_type(x, false);
                match o.mode {
                    Mode::Invalid => Operand::invalid(Some(e)),
                    Mode::TypeExpr => {
                        let base = if self.is_complete(o.ty) { self.valid_var_type(x, o.ty) } else { o.ty };
                        if self.types.is_invalid(base) {
                            return Operand::invalid(Some(e));
                        }
                        let t = self.ck.types.pointer(base);
                        Operand { mode: Mode::TypeExpr, expr: Some(e), ty: t, val: Value::Unknown }
                    }
                    _ => self.deref_expr(e, o),
                }
            }
            Expr::Unary { op, x, .. } => self.unary(e, op, x),
            Expr::Binary { x, op, y, op_pos } => self.binary(e, x, op, y, op_pos),
            Expr::KeyValue { .. } => {
                self.error(self.pos(e), "unexpected key:value expression");
                Operand::invalid(Some(e))
            }
            Expr::Ellipsis { .. } => {
                self.error(self.pos(e), "invalid use of ...");
                Operand::invalid(Some(e))
            }
            Expr::ArrayType { .. }
            | Expr::StructType { .. }
            | Expr::FuncType { .. }
            | Expr::InterfaceType { .. }
            | Expr::MapType { .. }
            | Expr::ChanType { .. } => {
                let t = self.type_expr(e);
                if self.types.is_invalid(t) {
                    return Operand::invalid(Some(e));
                }
                Operand { mode: Mode::TypeExpr, expr: Some(e), ty: t, val: Value::Unknown }
            }
        }
    }

    fn ident_expr(&mut self, e: ExprId, name: wago_syntax::Symbol, pos: u32, allow_generic: bool) -> Operand {
        if name == self.syms.blank {
            self.error(pos, "cannot use _ as value or type");
            return Operand::invalid(Some(e));
        }
        let scope = self.env.scope.unwrap_or(self.file_scopes[self.file]);
        let Some((found_in, obj)) = self.ck.scopes.lookup(scope, name) else {
            let n = self.name(name);
            self.error(pos, format!("undefined: {n}"));
            return Operand::invalid(Some(e));
        };
        self.record_use(e, obj);
        let o = self.objs.get(obj).clone();
        if found_in == self.file_scopes[self.file] {
            // Objects of package unsafe belong to no package; in a file
            // scope they can only come from a dot-import of unsafe.
            let from = o.pkg.unwrap_or(self.unsafe_pkg);
            if from != self.pkg {
                self.dot_used.insert((self.file, from));
            }
        }
        match o.kind.clone() {
            ObjKind::PkgName { .. } => {
                let n = self.name(name);
                // Not a use: gc also reports the import as unused.
                self.error(pos, format!("use of package {n} not in selector"));
                Operand::invalid(Some(e))
            }
            ObjKind::Const { .. } => {
                if obj == self.universe.iota {
                    return match self.env.iota.clone() {
                        Some(v) => {
                            Operand { mode: Mode::Constant, expr: Some(e), ty: BasicKind::UntypedInt.ty(), val: v }
                        }
                        None => {
                            self.error(pos, "cannot use iota outside constant declaration");
                            Operand::invalid(Some(e))
                        }
                    };
                }
                self.obj_decl(obj);
                self.add_dep(obj);
                let o = self.objs.get(obj);
                let ObjKind::Const { value } = o.kind.clone() else { return Operand::invalid(Some(e)) };
                if o.ty == INVALID {
                    return Operand::invalid(Some(e));
                }
                Operand { mode: Mode::Constant, expr: Some(e), ty: o.ty, val: value }
            }
            ObjKind::TypeName { .. } => {
                self.obj_decl(obj);
                // A local type referring back to itself while declared.
                if !self.decls.contains_key(&obj) && self.obj_path.contains(&obj) {
                    self.cycle_check(obj);
                }
                let t = self.objs.get(obj).ty;
                // An alias whose declaration is in progress (reached again
                // through a type definition) is valid; its type comes later.
                let in_progress = self.decls.get(&obj).is_some_and(|d| d.color == crate::check::Color::Grey);
                if t == INVALID || (!in_progress && self.types.is_invalid(t)) {
                    return Operand::invalid(Some(e));
                }
                let _ = allow_generic;
                if found_in == self.universe.scope
                    && (t == self.universe.any || t == self.universe.comparable)
                    && !self.allow_version(18)
                {
                    let n = self.name(name);
                    self.error(pos, format!("predeclared {n} requires go1.18 or later"));
                    return Operand::invalid(Some(e));
                }
                Operand { mode: Mode::TypeExpr, expr: Some(e), ty: t, val: Value::Unknown }
            }
            ObjKind::Var { .. } => {
                self.obj_decl(obj);
                self.add_dep(obj);
                self.mark_used(obj);
                let t = self.objs.get(obj).ty;
                if t == INVALID {
                    return Operand::invalid(Some(e));
                }
                Operand { mode: Mode::Variable, expr: Some(e), ty: t, val: Value::Unknown }
            }
            ObjKind::Func { .. } => {
                self.obj_decl(obj);
                self.add_dep(obj);
                let t = self.objs.get(obj).ty;
                if t == INVALID {
                    return Operand::invalid(Some(e));
                }
                Operand { mode: Mode::Value, expr: Some(e), ty: t, val: Value::Unknown }
            }
            ObjKind::Builtin(b) => Operand { mode: Mode::Builtin(b), expr: Some(e), ty: INVALID, val: Value::Unknown },
            ObjKind::Nil => {
                Operand { mode: Mode::Nil, expr: Some(e), ty: BasicKind::UntypedNil.ty(), val: Value::Unknown }
            }
            ObjKind::Label { .. } => Operand::invalid(Some(e)),
        }
    }

    pub(crate) fn mark_used(&mut self, obj: crate::object::ObjId) {
        if let ObjKind::Var { used, .. } = &mut self.ck.objs.get_mut(obj).kind {
            *used = true;
        }
    }

    /// Number literal forms added in go1.13.
    fn verify_lit_version(&mut self, pos: u32, lit: &str, kind: LitKind) {
        let b = lit.as_bytes();
        if b.len() <= 2 || !matches!(kind, LitKind::Int | LitKind::Float | LitKind::Imag) || self.allow_version(13) {
            return;
        }
        let what = if lit.contains('_') {
            "underscore in numeric literal"
        } else if b[0] != b'0' {
            return;
        } else {
            match b[1] {
                b'b' | b'B' => "binary literal",
                b'o' | b'O' => "0o/0O-style octal literal",
                b'x' | b'X' if kind != LitKind::Int => "hexadecimal floating-point literal",
                _ => return,
            }
        };
        self.verify_version(pos, 13, what);
    }

    fn basic_lit(&mut self, e: ExprId, pos: u32, end: u32, kind: LitKind) -> Operand {
        let lit = &self.src()[pos as usize..end as usize];
        self.verify_lit_version(pos, lit, kind);
        let (val, ty) = match kind {
            LitKind::Int => (constant::parse_int_lit(lit).map(Value::Int), BasicKind::UntypedInt),
            LitKind::Float => (constant::parse_float_lit(lit).map(Value::Float), BasicKind::UntypedFloat),
            LitKind::Imag => {
                let body = &lit[..lit.len() - 1];
                let im =
                    if body.contains(['.', 'e', 'E', 'p', 'P']) && !body.starts_with("0x") && !body.starts_with("0X")
                        || body.contains(['p', 'P'])
                    {
                        constant::parse_float_lit(body)
                    } else {
                        // `0123i` is decimal for backward compatibility.
                        let digits = body.trim_start_matches('0');
                        let d = if digits.is_empty()
                            || body.starts_with("0x")
                            || body.starts_with("0b")
                            || body.starts_with("0o")
                        {
                            body
                        } else {
                            digits
                        };
                        constant::parse_int_lit(d).map(dashu::rational::RBig::from)
                    };
                (im.map(|i| Value::Complex(Box::new((dashu::rational::RBig::ZERO, i)))), BasicKind::UntypedComplex)
            }
            LitKind::Char => {
                (wago_syntax::literal::unquote_char(lit).map(|c| Value::Int((c as i64).into())), BasicKind::UntypedRune)
            }
            LitKind::String => {
                (wago_syntax::literal::unquote(lit).map(|b| Value::String(b.into())), BasicKind::UntypedString)
            }
        };
        match val {
            Some(v) => {
                // An integer literal too long for the constant arithmetic
                // overflows (as types2 checks every literal).
                let mut x = Operand { mode: Mode::Constant, expr: Some(e), ty: ty.ty(), val: v };
                self.overflow(&mut x, pos);
                x
            }
            None => {
                let msg = if matches!(kind, LitKind::Float | LitKind::Imag) && !beyond_big_float(lit) {
                    // Within go/constant's range but beyond our exact
                    // rationals (an implementation limit).
                    format!("excessively large exponent in {lit}")
                } else {
                    format!("malformed constant: {lit}")
                };
                self.error(pos, msg);
                Operand::invalid(Some(e))
            }
        }
    }

    fn func_lit(&mut self, e: ExprId, ty: ExprId, body: wago_syntax::ast::StmtId) -> Operand {
        let Expr::FuncType { params, results, type_params, .. } = *self.ast().expr(ty) else {
            return Operand::invalid(Some(e));
        };
        let pos = self.pos(e);
        let end = self.end(e);
        let scope = self.open_scope((pos, end), true);
        if let Some(tp) = type_params {
            self.error(self.ast().field_list(tp).opening, "function literal must have no type parameters");
        }
        let sig = self.signature(None, None, params, results);
        self.close_scope();
        self.record(ty, Mode::TypeExpr, sig, None);
        let saved = std::mem::take(&mut self.env);
        let decl = saved.decl;
        // Inside a type declaration the body may use the type being
        // declared; like go/types, check it once the declaration is done.
        let in_type_decl = self.obj_path.iter().any(|&o| matches!(self.objs.get(o).kind, ObjKind::TypeName { .. }));
        if in_type_decl {
            self.env = saved;
            self.later.push(crate::check::LaterBody { file: self.file, sig, body, scope, decl });
            return Operand { mode: Mode::Value, expr: Some(e), ty: sig, val: Value::Unknown };
        }
        self.env.decl = decl;
        self.env.iota = None;
        self.func_body(decl, sig, body, scope);
        self.env = saved;
        Operand { mode: Mode::Value, expr: Some(e), ty: sig, val: Value::Unknown }
    }

    /// The position of the dot before selector `sel` (its own position if
    /// something other than blanks separates them).
    fn selector_dot(&self, sel: ExprId) -> wago_syntax::ast::Pos {
        let at = self.pos(sel);
        let before = &self.src().as_bytes()[..(at as usize).min(self.src().len())];
        let blanks = before.iter().rev().take_while(|c| c.is_ascii_whitespace()).count();
        match before.len().checked_sub(blanks + 1) {
            Some(i) if before[i] == b'.' => i as wago_syntax::ast::Pos,
            _ => at,
        }
    }

    fn deref_expr(&mut self, e: ExprId, x: Operand) -> Operand {
        if matches!(x.mode, Mode::Builtin(_)) {
            let d = self.op_str(&x);
            self.error(
                x.expr.map_or(self.pos(e), |xe| self.pos(xe)),
                format!("invalid operation: cannot indirect {d}"),
            );
            return Operand::invalid(Some(e));
        }
        if self.types.is_invalid(x.ty) {
            return Operand::invalid(Some(e));
        }
        if x.mode == Mode::Nil {
            self.error(x.expr.map_or(self.pos(e), |xe| self.pos(xe)), "invalid operation: cannot indirect nil");
            return Operand::invalid(Some(e));
        }
        // Every type in the type set must be a pointer, all to one base type.
        let at = x.expr.map_or(self.pos(e), |xe| self.pos(xe));
        let mut base: Option<TypeId> = None;
        for u in self.under_types(x.ty) {
            let Some(Type::Pointer(b)) = u.map(|u| self.types.get(u).clone()) else {
                let d = self.op_str(&x);
                self.error(at, format!("invalid operation: cannot indirect {d}"));
                return Operand::invalid(Some(e));
            };
            if base.is_some_and(|base| !self.identical(base, b)) {
                let d = self.op_str(&x);
                self.error(at, format!("invalid operation: pointers of {d} must have identical base types"));
                return Operand::invalid(Some(e));
            }
            base = Some(b);
        }
        let Some(elem) = base else { return Operand::invalid(Some(e)) };
        if !self.complete_or_cycle(elem) {
            return Operand::invalid(Some(e));
        }
        Operand { mode: Mode::Variable, expr: Some(e), ty: elem, val: Value::Unknown }
    }

    fn unary(&mut self, e: ExprId, op: Token, xe: ExprId) -> Operand {
        match op {
            Token::And => return self.address_of(e, xe),
            Token::Arrow => return self.receive(e, xe),
            _ => {}
        }
        let mut x = self.expr(xe);
        if x.is_invalid() {
            return Operand::invalid(Some(e));
        }
        let mut op = op;
        if op == Token::Tilde {
            // On integers `~x` is most likely a mistyped `^x`: say so, and
            // go on as if it were one so that its value is known.
            if !self.all_types(x.ty, |cx, t| cx.types.is_integer(t)) {
                self.error(self.pos(e), "cannot use ~ outside of interface or type constraint");
                return Operand::invalid(Some(e));
            }
            self.error(
                self.pos(e),
                "cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)",
            );
            op = Token::Xor;
        }
        x.expr = Some(e);
        let ok = match op {
            Token::Add | Token::Sub => self.all_types(x.ty, |cx, t| cx.types.is_numeric(t)),
            Token::Xor => self.all_types(x.ty, |cx, t| cx.types.is_integer(t)),
            Token::Not => self.all_types(x.ty, |cx, t| cx.types.is_boolean(t)),
            _ => false,
        };
        if !ok {
            let mut inner = x.clone();
            inner.expr = Some(xe);
            let d = self.op_str(&inner);
            self.error(self.pos(xe), format!("invalid operation: operator {} not defined on {d}", op.as_str()));
            return Operand::invalid(Some(e));
        }
        if x.is_const() {
            let bits = if self.types.is_unsigned(x.ty) && self.types.is_typed(x.ty) {
                self.sizes.sizeof(&self.types, &self.objs, x.ty) as u32 * 8
            } else {
                0
            };
            match constant::unary_op(op, &x.val, bits) {
                Some(v) => x.val = v,
                None => return Operand::invalid(Some(e)),
            }
            self.overflow(&mut x, self.pos(e));
            return x;
        }
        x.mode = Mode::Value;
        x
    }

    fn address_of(&mut self, e: ExprId, xe: ExprId) -> Operand {
        let inner = unparen(self.ast(), xe);
        let is_lit = matches!(self.ast().expr(inner), Expr::CompositeLit { .. });
        let x = self.expr(xe);
        if x.is_invalid() {
            return Operand::invalid(Some(e));
        }
        if x.mode != Mode::Variable && !is_lit {
            let d = self.op_str(&x);
            self.error(self.pos(e), format!("invalid operation: cannot take address of {d}"));
            return Operand::invalid(Some(e));
        }
        let t = self.ck.types.pointer(x.ty);
        Operand { mode: Mode::Value, expr: Some(e), ty: t, val: Value::Unknown }
    }

    fn receive(&mut self, e: ExprId, xe: ExprId) -> Operand {
        let x = self.expr(xe);
        if x.is_invalid() {
            return Operand::invalid(Some(e));
        }
        let Some(elem) = self.chan_elem(self.pos(xe), &x, true) else { return Operand::invalid(Some(e)) };
        if !self.complete_or_cycle(elem) {
            return Operand::invalid(Some(e));
        }
        Operand { mode: Mode::CommaOk, expr: Some(e), ty: elem, val: Value::Unknown }
    }

    /// The element type of channel operand `x` for a receive (`recv`) or
    /// a send, or `None` after reporting (at `pos`) why there is none:
    /// every type in its type set must be a channel of one element type
    /// allowing the operation.
    pub(crate) fn chan_elem(&mut self, pos: wago_syntax::ast::Pos, x: &Operand, recv: bool) -> Option<TypeId> {
        use wago_syntax::ast::ChanDir;
        let common = self.common_under(x.ty, |_| None);
        let mut cause = None;
        for (t, u) in self.type_set_pairs(x.ty) {
            let why = match u.map(|u| self.types.get(u)) {
                None => "no specific channel type".to_string(),
                Some(Type::Chan { dir: ChanDir::Send, .. }) if recv => format!("send-only channel {}", self.ts(t)),
                Some(Type::Chan { dir: ChanDir::Recv, .. }) if !recv => {
                    format!("receive-only channel {}", self.ts(t))
                }
                Some(Type::Chan { .. }) => continue,
                Some(_) => format!("non-channel {}", self.ts(t)),
            };
            cause = Some(why);
            break;
        }
        let cause = match (cause, common) {
            (None, Ok(u)) => match self.types.get(u) {
                Type::Chan { elem, .. } => return Some(*elem),
                _ => "no specific channel type".to_string(),
            },
            (Some(c), _) | (None, Err(c)) => c,
        };
        let d = self.op_str(x);
        let verb = if recv { "cannot receive from" } else { "cannot send to" };
        let msg = if self.types.is_type_param(x.ty) {
            format!("invalid operation: {verb} {d}: {cause}")
        } else {
            format!("invalid operation: {verb} {cause} {d}")
        };
        self.error(pos, msg);
        None
    }

    /// Whether `pred` holds for `t`, or for every type in a type parameter's set.
    pub(crate) fn all_types(&self, t: TypeId, pred: impl Fn(&Self, TypeId) -> bool) -> bool {
        if self.types.is_type_param(t) {
            let ts = self.type_set(self.type_param_bound(t));
            return match &ts.terms {
                Some(terms) => !terms.is_empty() && terms.iter().all(|term| pred(self, term.ty)),
                None => false,
            };
        }
        pred(self, t)
    }

    /// Reports a typed constant that doesn't fit its type, or an untyped
    /// integer constant grown beyond 512 bits.
    pub(crate) fn overflow(&mut self, x: &mut Operand, pos: u32) {
        if self.types.is_typed(x.ty) {
            if let Err(code) = self.representable(x, x.ty) {
                let d = self.op_str(x);
                let t = self.ts(x.ty);
                let msg = match code {
                    crate::assign::Repr::Truncated => format!("{d} truncated to {t}"),
                    _ => format!("{d} overflows {t}"),
                };
                // As types2 reports it: at the operand, not the operator.
                self.error(x.expr.map_or(pos, |e| self.pos(e)), msg);
                x.invalidate();
            }
            return;
        }
        if let Value::Int(i) = &x.val
            && dashu::base::BitTest::bit_len(&dashu::base::UnsignedAbs::unsigned_abs(i.clone())) > 512
        {
            // Name the operation, as types2's opName does.
            let op = match x.expr.map(|e| self.ast().expr(e)) {
                Some(Expr::Binary { op: Token::Add, .. }) => "addition ",
                Some(Expr::Binary { op: Token::Sub, .. }) => "subtraction ",
                Some(Expr::Binary { op: Token::Xor, .. }) => "bitwise XOR ",
                Some(Expr::Binary { op: Token::Mul, .. }) => "multiplication ",
                Some(Expr::Binary { op: Token::Shl, .. }) => "shift ",
                Some(Expr::Unary { op: Token::Xor, .. }) => "bitwise complement ",
                _ => "",
            };
            self.error(pos, format!("constant {op}overflow"));
            x.invalidate();
        }
    }

    fn binary(&mut self, e: ExprId, xe: ExprId, op: Token, ye: ExprId, op_pos: u32) -> Operand {
        if matches!(op, Token::Shl | Token::Shr) {
            return self.shift(e, xe, op, ye);
        }
        let mut x = self.expr(xe);
        let mut y = self.expr(ye);
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(Some(e));
        }
        if matches!(op, Token::Eql | Token::Neq | Token::Lss | Token::Leq | Token::Gtr | Token::Geq) {
            return self.comparison(e, x, op, y);
        }
        self.match_types(&mut x, &mut y);
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(Some(e));
        }
        if !self.identical(x.ty, y.ty) {
            if !self.types.is_invalid(x.ty) && !self.types.is_invalid(y.ty) {
                let (xs, ys) = (self.ts(x.ty), self.ts(y.ty));
                let s = self.expr_str(e);
                self.error(self.pos(xe), format!("invalid operation: {s} (mismatched types {xs} and {ys})"));
            }
            return Operand::invalid(Some(e));
        }
        if !self.op_allowed(op, x.ty) {
            let d = self.op_str(&x);
            self.error(self.pos(xe), format!("invalid operation: operator {} not defined on {d}", op.as_str()));
            return Operand::invalid(Some(e));
        }
        if matches!(op, Token::Quo | Token::Rem)
            && (x.is_const() || self.types.is_integer(x.ty))
            && y.is_const()
            && y.val.sign() == std::cmp::Ordering::Equal
        {
            self.error(self.pos(ye), "invalid operation: division by zero");
            return Operand::invalid(Some(e));
        }
        if x.is_const() && y.is_const() {
            let int_div = self.types.is_integer(x.ty);
            let Some(v) = constant::binary_op(&x.val, op, &y.val, int_div) else {
                return Operand::invalid(Some(e));
            };
            let mut r = Operand { mode: Mode::Constant, expr: Some(e), ty: x.ty, val: v };
            self.overflow(&mut r, op_pos);
            return r;
        }
        Operand { mode: Mode::Value, expr: Some(e), ty: x.ty, val: Value::Unknown }
    }

    fn op_allowed(&self, op: Token, t: TypeId) -> bool {
        self.all_types(t, |cx, t| match op {
            Token::Add => cx.types.is_numeric(t) || cx.types.is_string(t),
            Token::Sub | Token::Mul | Token::Quo => cx.types.is_numeric(t),
            Token::Rem | Token::And | Token::Or | Token::Xor | Token::AndNot => cx.types.is_integer(t),
            Token::LAnd | Token::LOr => cx.types.is_boolean(t),
            _ => false,
        })
    }

    /// Converts untyped operands of a binary operation toward each other.
    pub(crate) fn match_types(&mut self, x: &mut Operand, y: &mut Operand) {
        if !self.may_convert(x, y) {
            return;
        }
        let (xt, yt) = (x.ty, y.ty);
        let (xu, yu) = (self.types.is_untyped(xt), self.types.is_untyped(yt));
        if xu && yu {
            // Both untyped: the larger kind wins (nil stays apart).
            if x.mode == Mode::Nil || y.mode == Mode::Nil {
                return;
            }
            let (kx, ky) = (self.types.basic(xt), self.types.basic(yt));
            let numeric = |t| self.types.is_numeric(t);
            if numeric(xt) && numeric(yt) {
                let t = if kx >= ky { xt } else { yt };
                self.convert_untyped_to(x, t);
                self.convert_untyped_to(y, t);
            }
            return;
        }
        if xu {
            self.implicit_convert(x, yt);
        } else if yu {
            self.implicit_convert(y, xt);
        }
    }

    /// Whether `x` and `y` may have matching types after converting an
    /// untyped one to the other's type (types2's `mayConvert`).
    fn may_convert(&self, x: &Operand, y: &Operand) -> bool {
        if !self.types.is_untyped(x.ty) && !self.types.is_untyped(y.ty) {
            return false;
        }
        let all = |t: TypeId, pred: &dyn Fn(TypeId) -> bool| {
            // A type that is not a type parameter is its own type set.
            if !self.types.is_type_param(t) {
                return pred(self.types.underlying(t));
            }
            self.under_types(t).iter().all(|u| u.is_some_and(pred))
        };
        let numeric = |t: TypeId| all(t, &|u| self.types.is_numeric(u));
        if numeric(x.ty) != numeric(y.ty) {
            return false;
        }
        let iface = |t| self.types.is_interface(t) && !self.types.is_type_param(t);
        if iface(x.ty) || iface(y.ty) {
            return true;
        }
        let boolean = |t: TypeId| all(t, &|u| self.types.is_boolean(u));
        if boolean(x.ty) != boolean(y.ty) {
            return false;
        }
        let string = |t: TypeId| all(t, &|u| self.types.is_string(u));
        if string(x.ty) != string(y.ty) {
            return false;
        }
        if x.mode == Mode::Nil {
            return self.has_nil(y.ty);
        }
        if y.mode == Mode::Nil {
            return self.has_nil(x.ty);
        }
        let ptr = |t| matches!(self.types.get(self.types.underlying(t)), Type::Pointer(_));
        !(ptr(x.ty) || ptr(y.ty))
    }

    /// Converts an untyped operand to `target` where the operation needs it,
    /// reporting "cannot use ... as ... value" style failures as gc does.
    pub(crate) fn implicit_convert(&mut self, x: &mut Operand, target: TypeId) {
        if let Err(code) = self.convert_untyped(x, target) {
            self.invalid_conversion(x, target, code);
            x.invalidate();
        }
    }

    /// Reports that untyped `x` cannot take type `target`, as types2's
    /// invalidConversion: the operand, and the target's underlying type
    /// (a type parameter as itself).
    pub(crate) fn invalid_conversion(&mut self, x: &Operand, target: TypeId, code: crate::assign::Repr) {
        let d = self.op_str(x);
        let shown = if self.types.is_type_param(target) { target } else { self.types.underlying(target) };
        let t = self.ts(shown);
        let pos = x.expr.map_or(NO_POS, |e| self.pos(e));
        let msg = match code {
            crate::assign::Repr::Overflows if x.is_const() && self.types.is_numeric(target) => {
                format!("{d} overflows {t}")
            }
            crate::assign::Repr::Truncated => format!("{d} truncated to {t}"),
            _ => format!("cannot convert {d} to type {t}"),
        };
        self.error(pos, msg);
    }

    fn comparison(&mut self, e: ExprId, mut x: Operand, op: Token, mut y: Operand) -> Operand {
        self.match_types(&mut x, &mut y);
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(Some(e));
        }
        // The offending operand (`true`: y) and a specific cause, if any.
        let mut fault: Option<(bool, Option<String>)> = None;
        let ok_assign = self.assignable_to(&x, y.ty).is_ok() || self.assignable_to(&y, x.ty).is_ok();
        if !ok_assign {
            let (xs, ys) = (self.ts(x.ty), self.ts(y.ty));
            fault = Some((true, Some(format!("mismatched types {xs} and {ys}"))));
        } else if matches!(op, Token::Eql | Token::Neq) {
            let (xn, yn) = (x.mode == Mode::Nil, y.mode == Mode::Nil);
            if xn || yn {
                let other = if xn { y.ty } else { x.ty };
                if (xn && yn) || !self.has_nil(other) {
                    fault = Some((true, None));
                }
            } else if !self.comparable(x.ty) {
                fault = Some((false, Some(self.incomparable_cause(x.ty))));
            } else if !self.comparable(y.ty) {
                fault = Some((true, Some(self.incomparable_cause(y.ty))));
            }
        } else if !self.all_types(x.ty, |cx, t| cx.types.is_ordered(t)) {
            fault = Some((false, None));
        } else if !self.all_types(y.ty, |cx, t| cx.types.is_ordered(t)) {
            fault = Some((true, None));
        }
        if let Some((mut on_y, cause)) = fault {
            let cause = cause.unwrap_or_else(|| {
                let (xp, yp) = (self.types.is_type_param(x.ty), self.types.is_type_param(y.ty));
                if xp || yp {
                    on_y = !xp;
                    let t = self.ts(if on_y { y.ty } else { x.ty });
                    format!("type parameter {t} cannot use operator {}", op.as_str())
                } else {
                    let t = if on_y { y.ty } else { x.ty };
                    let what = crate::operand::composite_kind(self.types.get(self.types.underlying(t)));
                    let what = if what.is_empty() { self.ts(t) } else { what.to_string() };
                    format!("operator {} not defined on {what}", op.as_str())
                }
            });
            let at = if on_y { y.expr } else { x.expr }.unwrap_or(e);
            let s = self.expr_str(e);
            self.error(self.pos(at), format!("invalid operation: {s} ({cause})"));
            return Operand::invalid(Some(e));
        }
        if x.is_const() && y.is_const() {
            let v = constant::compare(&x.val, op, &y.val).unwrap_or(false);
            return Operand {
                mode: Mode::Constant,
                expr: Some(e),
                ty: BasicKind::UntypedBool.ty(),
                val: Value::Bool(v),
            };
        }
        // The operands get their final (default) types now.
        let xd = self.types.default_type(x.ty);
        let yd = self.types.default_type(y.ty);
        if x.mode != Mode::Nil {
            self.convert_untyped_to(&mut x, xd);
        }
        if y.mode != Mode::Nil {
            self.convert_untyped_to(&mut y, yd);
        }
        Operand { mode: Mode::Value, expr: Some(e), ty: BasicKind::UntypedBool.ty(), val: Value::Unknown }
    }

    fn incomparable_cause(&self, t: TypeId) -> String {
        let u = self.types.underlying(t);
        match self.types.get(u) {
            Type::Slice(_) => "slice can only be compared to nil".into(),
            Type::Map { .. } => "map can only be compared to nil".into(),
            Type::Signature(_) => "func can only be compared to nil".into(),
            Type::Struct(st) => {
                for &f in &st.fields {
                    let ft = self.objs.get(f).ty;
                    if !self.comparable(ft) {
                        return format!("struct containing {} cannot be compared", self.ts(ft));
                    }
                }
                "operator == not defined".into()
            }
            Type::Array { .. } => format!("{} cannot be compared", self.ts(t)),
            _ if self.types.is_type_param(t) => {
                let empty = self.type_set(self.type_param_bound(t)).terms.as_ref().is_some_and(|t| t.is_empty());
                if empty { "empty type set" } else { "incomparable types in type set" }.to_string()
            }
            _ => format!("operator == not defined on {}", self.ts(t)),
        }
    }

    fn shift(&mut self, e: ExprId, xe: ExprId, op: Token, ye: ExprId) -> Operand {
        let mut x = self.expr(xe);
        let y = self.expr(ye);
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(Some(e));
        }
        // The shifted operand must be an integer (an untyped constant
        // representable as one counts).
        if x.is_const() && self.types.is_untyped(x.ty) {
            match x.val.to_int() {
                // A non-constant shift keeps the operand's kind (1.0<<s is
                // a float if its context makes it one, and then an error).
                Some(i) if self.types.is_numeric(x.ty) => x.val = Value::Int(i),
                _ => {
                    let d = self.op_str(&x);
                    self.error(self.pos(xe), format!("invalid operation: shifted operand {d} must be integer"));
                    return Operand::invalid(Some(e));
                }
            }
        } else if !self.all_types(x.ty, |cx, t| cx.types.is_integer(t)) {
            let d = self.op_str(&x);
            self.error(self.pos(xe), format!("invalid operation: shifted operand {d} must be integer"));
            return Operand::invalid(Some(e));
        }
        // The shift count: an integer, or an untyped constant representable as uint.
        let mut count: Option<Option<u64>> = None;
        if y.is_const() {
            let yi = y.val.to_int();
            if yi.as_ref().is_some_and(|i| *i < dashu::integer::IBig::ZERO) {
                let d = self.op_str(&y);
                self.error(self.pos(ye), format!("invalid operation: negative shift count {d}"));
                return Operand::invalid(Some(e));
            }
            if self.types.is_untyped(y.ty) {
                let mut yc = y.clone();
                if let Err(code) = self.representable(&mut yc, BasicKind::Uint.ty()) {
                    let d = self.op_str(&y);
                    let msg = match code {
                        crate::assign::Repr::Truncated => format!("{d} truncated to uint"),
                        crate::assign::Repr::Overflows => format!("{d} overflows uint"),
                        _ => format!("cannot convert {d} to type uint"),
                    };
                    self.error(self.pos(ye), msg);
                    return Operand::invalid(Some(e));
                }
                self.convert_untyped_to(&mut yc, BasicKind::Uint.ty());
            }
            count = Some(yi.and_then(|i| u64::try_from(&i).ok()));
        } else if self.all_types(y.ty, |cx, t| cx.types.is_integer(t)) {
            if !self.all_types(y.ty, |cx, t| cx.types.is_unsigned(t)) && !self.allow_version(13) {
                let d = self.op_str(&y);
                self.verify_version(self.pos(ye), 13, &format!("invalid operation: signed shift count {d}"));
                return Operand::invalid(Some(e));
            }
        } else if self.types.is_untyped(y.ty) {
            let mut yc = y.clone();
            self.implicit_convert(&mut yc, BasicKind::Uint.ty());
            if yc.is_invalid() {
                return Operand::invalid(Some(e));
            }
        } else {
            let d = self.op_str(&y);
            self.error(self.pos(ye), format!("invalid operation: shift count {d} must be integer"));
            return Operand::invalid(Some(e));
        }
        if x.is_const() {
            if let Some(s) = count {
                const MAX_SHIFT: u64 = 1023 - 1 + 52;
                let Some(s) = s.filter(|&s| s <= MAX_SHIFT) else {
                    let d = self.op_str(&y);
                    self.error(self.pos(ye), format!("invalid operation: invalid shift count {d}"));
                    return Operand::invalid(Some(e));
                };
                let Some(xi) = x.val.to_int() else { return Operand::invalid(Some(e)) };
                if !self.types.is_integer(x.ty) {
                    x.ty = BasicKind::UntypedInt.ty();
                }
                let r = constant::shift(&xi, op, s as usize);
                let mut out = Operand { mode: Mode::Constant, expr: Some(e), ty: x.ty, val: Value::Int(r) };
                self.overflow(&mut out, self.pos(e));
                return out;
            }
            if self.types.is_untyped(x.ty) {
                // A non-constant shift of an untyped constant: its type
                // comes from the context (delayed; see `convert_untyped`).
                let out = Operand { mode: Mode::Value, expr: Some(e), ty: x.ty, val: Value::Unknown };
                self.untyped.insert((self.file, e), (x.ty, true));
                return out;
            }
        }
        Operand { mode: Mode::Value, expr: Some(e), ty: x.ty, val: Value::Unknown }
    }

    fn selector(&mut self, e: ExprId, xe: ExprId, sel: ExprId) -> Operand {
        let sel_name = self.ident(sel).unwrap_or(self.syms.blank);
        // A qualified identifier `pkg.Name`.
        if let Some(name) = self.ident(xe) {
            let scope = self.env.scope.unwrap_or(self.file_scopes[self.file]);
            if let Some((_, obj)) = self.ck.scopes.lookup(scope, name)
                && let Some(imp) = self.imported_pkg(obj)
            {
                self.record_use(xe, obj);
                self.use_pkg_name(obj);
                return self.qualified(e, imp, xe, sel, sel_name);
            }
        }
        let x = self.expr_or_type(xe, false);
        if x.is_invalid() {
            return Operand::invalid(Some(e));
        }
        if matches!(x.mode, Mode::Builtin(_)) {
            let s = self.expr_str(xe);
            // gc places a selector expression at its dot.
            let at = self.selector_dot(sel);
            self.error(at, format!("invalid use of {s} (built-in) in selector expression"));
            return Operand::invalid(Some(e));
        }
        if x.mode == Mode::Nil {
            self.error(self.pos(sel), "invalid use of nil".to_string());
            return Operand::invalid(Some(e));
        }
        // A selection needs the (implicitly dereferenced) type complete.
        if !self.complete_through_pointer(x.ty) {
            return Operand::invalid(Some(e));
        }
        let addressable = x.mode == Mode::Variable;
        let found = self.lookup_field_or_method(x.ty, addressable, Some(self.pkg), sel_name);
        match found {
            Lookup::NotFound | Lookup::Ambiguous => {
                let s = self.expr_str(e);
                let msg = if found == Lookup::Ambiguous {
                    format!("ambiguous selector {s}")
                } else {
                    self.missing_field_msg(&x, e, sel_name)
                };
                self.error(self.pos(sel), msg);
                Operand::invalid(Some(e))
            }
            Lookup::Field { obj, indirect, .. } => {
                self.record_use(sel, obj);
                if x.mode == Mode::TypeExpr {
                    let (n, t) = (self.name(sel_name), self.ts(x.ty));
                    self.error(self.pos(xe), format!("operand for field selector {n} must be value of type {t}"));
                    return Operand::invalid(Some(e));
                }
                let ft = self.field_type_in(obj, x.ty);
                let mode = if x.mode == Mode::Variable || indirect { Mode::Variable } else { Mode::Value };
                Operand { mode, expr: Some(e), ty: ft, val: Value::Unknown }
            }
            Lookup::Method { obj, indirect, recv, .. } => {
                // A concrete method's body counts for initialization order.
                self.add_dep(obj);
                self.record_use(sel, obj);
                self.obj_decl(obj);
                let mt = self.method_type_for(obj, recv);
                let ptr_recv = matches!(self.objs.get(obj).kind, ObjKind::Func { has_ptr_recv: true });
                if x.mode == Mode::TypeExpr {
                    return self.method_expr(e, x.ty, obj, mt, ptr_recv, indirect);
                }
                if ptr_recv && !indirect && !addressable && !self.types.is_interface(x.ty) {
                    let s = self.expr_str(e);
                    let _ = s;
                    let d = self.op_str(&x);
                    let n = self.name(sel_name);
                    self.error(self.pos(sel), format!("cannot call pointer method {n} on {}", self.ts(x.ty)));
                    let _ = d;
                    return Operand::invalid(Some(e));
                }
                let sig = self.without_receiver(mt);
                Operand { mode: Mode::Value, expr: Some(e), ty: sig, val: Value::Unknown }
            }
        }
    }

    fn missing_field_msg(&self, x: &Operand, e: ExprId, sel: wago_syntax::Symbol) -> String {
        let s = self.expr_str(e);
        let n = self.name(sel);
        // As types2's isInterfacePtr: through the underlying type.
        let (base, is_ptr) = match *self.types.get(self.types.underlying(x.ty)) {
            Type::Pointer(b) => (b, true),
            _ => (x.ty, false),
        };
        if is_ptr && self.types.is_type_param(base) {
            return format!("{s} undefined (type {} is pointer to type parameter, not type parameter)", self.ts(x.ty));
        }
        if is_ptr && matches!(self.types.get(self.types.underlying(base)), Type::Interface(_)) {
            return format!("{s} undefined (type {} is pointer to interface, not interface)", self.ts(x.ty));
        }
        // A name spelled alike but for case is a likely mistake.
        let alt = self.lookup_fold_case(x.ty, sel);
        format!("{s} undefined ({})", self.lookup_error(x.ty, n, alt, false))
    }

    /// A field's type as seen through a (possibly instantiated) struct type.
    fn field_type_in(&mut self, field: crate::object::ObjId, _through: TypeId) -> TypeId {
        self.objs.get(field).ty
    }

    /// The signature of a method value: the method's, without receiver.
    pub(crate) fn without_receiver(&mut self, sig: TypeId) -> TypeId {
        match self.types.get(sig).clone() {
            Type::Signature(mut s) if s.recv.is_some() => {
                s.recv = None;
                self.ck.types.add(Type::Signature(s))
            }
            _ => sig,
        }
    }

    /// `T.m`: a function whose first parameter is the receiver.
    fn method_expr(
        &mut self,
        e: ExprId,
        recv: TypeId,
        m: crate::object::ObjId,
        mt: TypeId,
        ptr_recv: bool,
        indirect: bool,
    ) -> Operand {
        if ptr_recv && !indirect && !self.types.is_interface(recv) {
            let n = self.obj_name(m);
            let t = self.ts(recv);
            // At the method name, as types2 reports it.
            let at = match *self.ast().expr(e) {
                Expr::Selector { sel, .. } => self.pos(sel),
                _ => self.pos(e),
            };
            self.error(at, format!("invalid method expression {t}.{n} (needs pointer receiver (*{t}).{n})"));
            return Operand::invalid(Some(e));
        }
        let Type::Signature(sig) = self.types.get(mt).clone() else { return Operand::invalid(Some(e)) };
        // Named like the other parameters, so that the type prints
        // consistently: the receiver's name, or `_`.
        let first_named =
            self.types.tuple_vars(sig.params).first().is_some_and(|&p| self.objs.get(p).name != self.syms.empty);
        let recv_name = match sig.recv.map(|r| self.objs.get(r).name) {
            _ if !first_named => self.syms.empty,
            Some(n) if n != self.syms.empty => n,
            _ => self.syms.blank,
        };
        let recv_var = self.ck.new_var(recv_name, recv, Some(self.pkg), self.decl_pos(self.pos(e)));
        let mut params = vec![recv_var];
        params.extend_from_slice(self.types.tuple_vars(sig.params));
        let params = self.ck.types.tuple(params);
        let t = self.ck.types.add(Type::Signature(crate::types::Signature { recv: None, params, ..sig }));
        Operand { mode: Mode::Value, expr: Some(e), ty: t, val: Value::Unknown }
    }

    fn qualified(
        &mut self,
        e: ExprId,
        imp: crate::object::PkgId,
        xe: ExprId,
        sel: ExprId,
        name: wago_syntax::Symbol,
    ) -> Operand {
        let scope = self.package(imp).scope;
        let pkg_name = self.expr_str(xe);
        let n = self.name(name);
        let Some(obj) = self.ck.scopes.lookup_local(scope, name) else {
            if self.package(imp).fake {
                // Its import failed (or it is cgo's C): nothing more to say.
                return Operand::invalid(Some(e));
            }
            // Suggest an exported name that differs only in case, as types2 does.
            let mut near: Vec<&str> = (self.ck.scopes.get(scope).names.keys())
                .map(|&k| self.name(k))
                .filter(|m| crate::object::is_exported(m) && m.eq_ignore_ascii_case(n))
                .collect();
            near.sort_unstable();
            let msg = match near.first() {
                Some(m) => format!("undefined: {pkg_name}.{n} (but have {m})"),
                None => format!("undefined: {pkg_name}.{n}"),
            };
            self.error(self.pos(sel), msg);
            return Operand::invalid(Some(e));
        };
        if !crate::object::is_exported(n) {
            self.error(self.pos(sel), format!("name {n} not exported by package {pkg_name}"));
            return Operand::invalid(Some(e));
        }
        self.record_use(sel, obj);
        let o = self.objs.get(obj).clone();
        let op = match o.kind {
            ObjKind::Const { value } => Operand { mode: Mode::Constant, expr: Some(e), ty: o.ty, val: value },
            ObjKind::TypeName { .. } => Operand { mode: Mode::TypeExpr, expr: Some(e), ty: o.ty, val: Value::Unknown },
            ObjKind::Var { .. } => Operand { mode: Mode::Variable, expr: Some(e), ty: o.ty, val: Value::Unknown },
            ObjKind::Func { .. } => Operand { mode: Mode::Value, expr: Some(e), ty: o.ty, val: Value::Unknown },
            ObjKind::Builtin(b) => Operand { mode: Mode::Builtin(b), expr: Some(e), ty: INVALID, val: Value::Unknown },
            _ => Operand::invalid(Some(e)),
        };
        if o.ty == INVALID && !matches!(op.mode, Mode::Builtin(_)) {
            return Operand::invalid(Some(e));
        }
        op
    }

    /// An indexed operand needs its type complete, and the array a
    /// pointer points to or the element type of a map.
    fn complete_index_base(&mut self, t: TypeId) -> bool {
        if !self.complete_through_pointer(t) {
            return false;
        }
        match self.types.get(self.types.underlying(t)) {
            Type::Map { elem, .. } => self.complete_or_cycle(*elem),
            _ => true,
        }
    }

    fn index_expr(&mut self, e: ExprId, allow_generic: bool) -> Operand {
        let ast = self.ast();
        let (xe, indices): (ExprId, Vec<ExprId>) = match *ast.expr(e) {
            Expr::Index { x, index, .. } => (x, vec![index]),
            Expr::IndexList { x, indices, .. } => (x, ast.exprs_of(indices).to_vec()),
            _ => return Operand::invalid(Some(e)),
        };
        let x = self.expr_or_type(xe, true);
        if x.is_invalid() {
            for &i in &indices {
                self.raw_expr(i, None, true);
            }
            return Operand::invalid(Some(e));
        }
        if x.mode == Mode::TypeExpr {
            let t = self.type_expr(e);
            if self.types.is_invalid(t) {
                return Operand::invalid(Some(e));
            }
            return Operand { mode: Mode::TypeExpr, expr: Some(e), ty: t, val: Value::Unknown };
        }
        if let Some(sig) = self.types.signature(x.ty)
            && !sig.type_params.is_empty()
        {
            let targs: Vec<TypeId> = indices.iter().map(|&i| self.var_type(i)).collect();
            return self.instantiate_func(e, x, &targs, allow_generic);
        }
        if !self.complete_index_base(x.ty) {
            for &i in &indices {
                self.raw_expr(i, None, true);
            }
            return Operand::invalid(Some(e));
        }
        if indices.len() > 1 {
            self.error(self.pos(indices[1]), "unexpected comma; expecting ]");
            return Operand::invalid(Some(e));
        }
        let ie = indices[0];
        if self.types.is_type_param(x.ty) {
            return self.index_type_param(e, &x, xe, ie);
        }
        let core = self.core_type(x.ty);
        let Some(core) = core else {
            let d = self.op_str(&x);
            self.error(self.pos(xe), format!("invalid operation: cannot index {d}"));
            return Operand::invalid(Some(e));
        };
        let (mode, elem, length) = match self.types.get(core).clone() {
            Type::Basic(_) if self.types.is_string(core) => {
                let len = match &x.val {
                    Value::String(s) if x.is_const() => Some(s.len() as u64),
                    _ => None,
                };
                (Mode::Value, BasicKind::Uint8.ty(), len)
            }
            Type::Array { len, elem } => {
                (if x.mode == Mode::Variable { Mode::Variable } else { Mode::Value }, elem, len)
            }
            Type::Pointer(p) => match self.types.get(self.types.underlying(p)).clone() {
                Type::Array { len, elem } => (Mode::Variable, elem, len),
                _ => (Mode::Invalid, INVALID, None),
            },
            Type::Slice(elem) if self.core_type(x.ty).is_none() => (Mode::Value, elem, None),
            Type::Slice(elem) => (Mode::Variable, elem, None),
            Type::Map { key, elem } => {
                let mut k = self.expr(ie);
                self.assignment(&mut k, Some(key), "map index");
                return Operand { mode: Mode::MapIndex, expr: Some(e), ty: elem, val: Value::Unknown };
            }
            _ => (Mode::Invalid, INVALID, None),
        };
        if mode == Mode::Invalid {
            let d = self.op_str(&x);
            self.error(self.pos(xe), format!("invalid operation: cannot index {d}"));
            self.expr(ie);
            return Operand::invalid(Some(e));
        }
        let idx = self.index(ie, length);
        // Indexing a constant string with a constant index is a constant byte? No:
        // the spec makes it a non-constant byte value.
        let _ = idx;
        Operand { mode, expr: Some(e), ty: elem, val: Value::Unknown }
    }

    /// `x[i]` with `x` of type parameter type: every type in its set must
    /// be indexable with identical element types, all maps of one key type
    /// or none; the length is the smallest array length (types2's rules).
    fn index_type_param(&mut self, e: ExprId, x: &Operand, xe: ExprId, ie: ExprId) -> Operand {
        let mut mode = Mode::Variable;
        let mut shape: Option<(Option<TypeId>, TypeId)> = None; // (map key, element)
        let mut length: Option<u64> = None;
        let mut valid = true;
        for u in self.under_types(x.ty) {
            let (mut len, mut key, mut elem) = (None, None, None);
            match u.map(|u| self.types.get(u).clone()) {
                Some(Type::Basic(_)) if self.types.is_string(u.expect("some")) => {
                    elem = Some(self.universe.byte);
                    mode = Mode::Value;
                }
                Some(Type::Array { len: l, elem: el }) => {
                    (len, elem) = (l, Some(el));
                    if x.mode != Mode::Variable {
                        mode = Mode::Value;
                    }
                }
                Some(Type::Pointer(p)) => {
                    if let Type::Array { len: l, elem: el } = self.types.get(self.types.underlying(p)) {
                        (len, elem) = (*l, Some(*el));
                    }
                }
                Some(Type::Slice(el)) => elem = Some(el),
                Some(Type::Map { key: k, elem: el }) => (key, elem) = (Some(k), Some(el)),
                _ => {}
            }
            let Some(el) = elem else {
                valid = false;
                break;
            };
            match shape {
                None => {
                    shape = Some((key, el));
                    length = len;
                }
                Some((k0, e0)) => {
                    let same_key = match (k0, key) {
                        (None, None) => true,
                        (Some(a), Some(b)) => self.identical(a, b),
                        _ => false,
                    };
                    if !same_key || !self.identical(e0, el) {
                        valid = false;
                        break;
                    }
                    if let Some(l) = len {
                        length = Some(length.map_or(l, |m| m.min(l)));
                    }
                }
            }
        }
        let Some((key, elem)) = shape.filter(|_| valid) else {
            let d = self.op_str(x);
            self.error(self.pos(xe), format!("invalid operation: cannot index {d}"));
            self.raw_expr(ie, None, true);
            return Operand::invalid(Some(e));
        };
        if let Some(key) = key {
            let mut k = self.expr(ie);
            self.assignment(&mut k, Some(key), "map index");
            return Operand { mode: Mode::MapIndex, expr: Some(e), ty: elem, val: Value::Unknown };
        }
        self.index(ie, length);
        Operand { mode, expr: Some(e), ty: elem, val: Value::Unknown }
    }

    /// Checks an index expression: an integer, non-negative, below `max` if known.
    pub(crate) fn index(&mut self, ie: ExprId, max: Option<u64>) -> Option<i64> {
        let mut x = self.expr(ie);
        if x.is_invalid() {
            return None;
        }
        if self.types.is_untyped(x.ty) {
            self.implicit_convert(&mut x, BasicKind::Int.ty());
            if x.is_invalid() {
                return None;
            }
        }
        if !self.all_types(x.ty, |cx, t| cx.types.is_integer(t)) {
            let d = self.op_str(&x);
            self.error(self.pos(ie), format!("invalid argument: index {d} must be integer"));
            return None;
        }
        if x.is_const() {
            let v = x.val.to_i64();
            if x.val.sign() == std::cmp::Ordering::Less {
                let d = self.op_str(&x);
                self.error(self.pos(ie), format!("invalid argument: index {d} must not be negative"));
                return None;
            }
            if let (Some(m), Some(v)) = (max, v)
                && v as u64 >= m
            {
                let s = self.expr_str(ie);
                self.error(self.pos(ie), format!("invalid argument: index {s} out of bounds [0:{m}]"));
                return None;
            }
            return v;
        }
        None
    }

    /// The common underlying type of the types `x` stands for, strings
    /// counting as byte slices (`string` if any is one), or `None` after
    /// reporting why `x` cannot be sliced (types2's `sliceExpr`).
    fn sliceable_under(&mut self, x: &Operand, xe: ExprId) -> Option<TypeId> {
        let bytes = self.ck.types.slice(self.universe.byte);
        let mut common: Option<(TypeId, TypeId)> = None;
        let mut has_string = false;
        for (t, u) in self.type_set_pairs(x.ty) {
            let Some(mut u) = u else {
                let (d, ts) = (self.op_str(x), self.ts(x.ty));
                self.error(self.pos(xe), format!("cannot slice {d}: no specific type in {ts}"));
                return None;
            };
            if self.types.is_string(u) {
                (u, has_string) = (bytes, true);
            }
            match common {
                None => common = Some((t, u)),
                Some((ct, cu)) if !self.identical(cu, u) => {
                    let (d, a, b) = (self.op_str(x), self.ts(ct), self.ts(t));
                    self.error(self.pos(xe), format!("cannot slice {d}: {a} and {b} have different underlying types"));
                    return None;
                }
                Some(_) => {}
            }
        }
        if has_string {
            // Untyped strings stay untyped here.
            return Some(if self.types.is_type_param(x.ty) {
                BasicKind::String.ty()
            } else {
                self.types.underlying(x.ty)
            });
        }
        common.map(|(_, u)| u)
    }

    fn slice_expr(&mut self, e: ExprId, s: SliceExpr) -> Operand {
        let mut x = self.expr(s.x);
        if !x.is_invalid() && !self.complete_through_pointer(x.ty) {
            x = Operand::invalid(Some(s.x));
        }
        if x.is_invalid() {
            for i in [s.low, s.high, s.max].into_iter().flatten() {
                self.expr(i);
            }
            return Operand::invalid(Some(e));
        }
        let Some(core) = self.sliceable_under(&x, s.x) else {
            return Operand::invalid(Some(e));
        };
        let mut length = None;
        let result = match self.types.get(core).clone() {
            Type::Basic(_) if self.types.is_string(core) => {
                if s.slice3 {
                    let at = s.max.map_or(self.pos(s.x), |m| self.pos(m));
                    self.error(at, "invalid operation: 3-index slice of string");
                    return Operand::invalid(Some(e));
                }
                if let Value::String(v) = &x.val {
                    length = Some(v.len() as u64);
                }
                if self.types.is_untyped(x.ty) { BasicKind::String.ty() } else { x.ty }
            }
            Type::Array { len, elem } => {
                if x.mode != Mode::Variable {
                    let d = self.op_str(&x);
                    self.error(
                        self.pos(s.x),
                        format!("invalid operation: {} (slice of unaddressable value)", self.expr_str(e)),
                    );
                    let _ = d;
                    return Operand::invalid(Some(e));
                }
                length = len;
                self.ck.types.slice(elem)
            }
            Type::Pointer(p) => match self.types.get(self.types.underlying(p)).clone() {
                Type::Array { len, elem } => {
                    length = len;
                    self.ck.types.slice(elem)
                }
                _ => {
                    let d = self.op_str(&x);
                    self.error(self.pos(s.x), format!("cannot slice {d}"));
                    return Operand::invalid(Some(e));
                }
            },
            Type::Slice(_) => x.ty,
            _ if self.types.is_type_param(x.ty) => x.ty,
            _ => {
                let d = self.op_str(&x);
                self.error(self.pos(s.x), format!("cannot slice {d}"));
                return Operand::invalid(Some(e));
            }
        };
        if s.slice3 && (s.high.is_none() || s.max.is_none()) {
            self.error(s.rbrack, "middle and final index required in 3-index slice");
        }
        let bound = length.map(|l| l + 1);
        let mut prev: Option<i64> = None;
        for i in [s.low, s.high, s.max].into_iter().flatten() {
            let v = self.index(i, bound);
            if let (Some(p), Some(v)) = (prev, v)
                && v < p
            {
                self.error(self.pos(i), format!("invalid slice indices: {v} < {p}"));
            }
            if v.is_some() {
                prev = v;
            }
        }
        Operand { mode: Mode::Value, expr: Some(e), ty: result, val: Value::Unknown }
    }

    fn type_assert(&mut self, e: ExprId, xe: ExprId, ty: Option<ExprId>) -> Operand {
        let x = self.expr(xe);
        if x.is_invalid() {
            return Operand::invalid(Some(e));
        }
        let Some(te) = ty else {
            self.error(self.pos(e), "invalid syntax tree: use of .(type) outside type switch");
            return Operand::invalid(Some(e));
        };
        if self.types.is_type_param(x.ty) || !self.types.is_interface(x.ty) {
            let d = self.op_str(&x);
            let msg = if self.types.is_type_param(x.ty) {
                format!("invalid operation: cannot use type assertion on type parameter value {d}")
            } else {
                format!("invalid operation: {d} is not an interface")
            };
            self.error(self.pos(xe), msg);
            self.type_expr(te);
            return Operand::invalid(Some(e));
        }
        let t = self.var_type(te);
        if self.types.is_invalid(t) || !self.complete_or_cycle(t) {
            return Operand::invalid(Some(e));
        }
        self.check_type_assertion(e, x.ty, t, None);
        Operand { mode: Mode::CommaOk, expr: Some(e), ty: t, val: Value::Unknown }
    }

    /// Reports `x.(T)` where T can never implement x's interface.
    /// In a type switch, `subject` is the switched operand and `e` the case.
    pub(crate) fn check_type_assertion(&mut self, e: ExprId, iface: TypeId, t: TypeId, subject: Option<&Operand>) {
        if self.types.is_interface(t) && !self.types.is_type_param(t) {
            return;
        }
        if let Some(why) = self.missing_method(t, iface, Some(self.pkg)) {
            let s = self.expr_str(e);
            let (ts, is) = (self.ts(t), self.ts(iface));
            let msg = match subject {
                Some(x) => {
                    let d = self.op_str(x);
                    format!("impossible type switch case: {s}\n\t{d} cannot have dynamic type {ts} {why}")
                }
                None => format!("impossible type assertion: {s}\n\t{ts} does not implement {is} {why}"),
            };
            self.error(self.pos(e), msg);
        }
    }

    fn composite_lit(&mut self, e: ExprId, hint: Option<TypeId>) -> Operand {
        let ast = self.ast();
        let Expr::CompositeLit { ty, elts, rbrace, .. } = *ast.expr(e) else { return Operand::invalid(Some(e)) };
        let elts = ast.exprs_of(elts).to_vec();
        let typ = match ty {
            Some(te) => {
                if let Expr::ArrayType { len: Some(l), elt, .. } = *ast.expr(te)
                    && matches!(ast.expr(l), Expr::Ellipsis { elt: None, .. })
                {
                    // [...]T{...}: the length is the literal's.
                    let el = self.var_type(elt);
                    let n = self.indexed_elems(&elts, el, None);
                    let t = self.ck.types.array(Some(n), el);
                    self.record(te, Mode::TypeExpr, t, None);
                    return Operand { mode: Mode::Value, expr: Some(e), ty: t, val: Value::Unknown };
                }
                self.type_expr(te)
            }
            None => match hint {
                Some(h) => {
                    // An elided `&T` element type: the literal is of type T.
                    let base = match self.common_under(h, |_| None).map(|u| self.types.get(u).clone()) {
                        Ok(Type::Pointer(base)) => base,
                        _ => h,
                    };
                    if self.types.is_invalid(h) || !self.complete_or_cycle(base) {
                        for &el in &elts {
                            self.skip_elem(el);
                        }
                        return Operand::invalid(Some(e));
                    }
                    if !self.composite_body(e, base, (h, true), &elts, rbrace) {
                        return Operand::invalid(Some(e));
                    }
                    return Operand { mode: Mode::Value, expr: Some(e), ty: h, val: Value::Unknown };
                }
                None => {
                    self.error(self.pos(e), "invalid composite literal type: missing type");
                    return Operand::invalid(Some(e));
                }
            },
        };
        if self.types.is_invalid(typ) || !self.complete_or_cycle(typ) {
            for &el in &elts {
                self.skip_elem(el);
            }
            return Operand::invalid(Some(e));
        }
        if !self.composite_body(e, typ, (typ, false), &elts, rbrace) {
            return Operand::invalid(Some(e));
        }
        Operand { mode: Mode::Value, expr: Some(e), ty: typ, val: Value::Unknown }
    }

    fn skip_elem(&mut self, el: ExprId) {
        let v = match *self.ast().expr(el) {
            Expr::KeyValue { value, .. } => value,
            _ => el,
        };
        if !matches!(self.ast().expr(v), Expr::CompositeLit { ty: None, .. }) {
            self.raw_expr(v, None, false);
        }
    }

    /// The elements of a literal of type `typ` (`shown`: the literal's
    /// type, and whether it is an element with elided type); false if
    /// `typ` is no type of composite literal.
    fn composite_body(&mut self, e: ExprId, typ: TypeId, shown: (TypeId, bool), elts: &[ExprId], rbrace: u32) -> bool {
        let core = self.common_under(typ, |_| None).ok();
        match core.map(|c| self.types.get(c).clone()) {
            Some(Type::Struct(st)) => self.struct_lit(e, typ, core.unwrap_or(typ), &st.fields, elts, rbrace),
            Some(Type::Array { len, elem }) => {
                self.indexed_elems(elts, elem, len);
            }
            Some(Type::Slice(elem)) => {
                self.indexed_elems(elts, elem, None);
            }
            Some(Type::Map { key, elem }) => self.map_lit(key, elem, elts),
            _ => {
                for &el in elts {
                    self.skip_elem(el);
                }
                // An invalid type was reported where it was declared.
                if core.is_some_and(|c| self.types.is_invalid(c)) {
                    return false;
                }
                let (t, is_elem) = shown;
                let s = self.ts(t);
                let elem = if is_elem { " element" } else { "" };
                let cause = if core.is_none() { " (no common underlying type)" } else { "" };
                self.error(self.pos(e), format!("invalid composite literal{elem} type {s}{cause}"));
                return false;
            }
        }
        true
    }

    /// "unknown field" for `T{n: v}`, naming a field of `T` spelled alike
    /// but for case (types2's `lookupError` for struct literals).
    fn unknown_field_msg(&self, core: TypeId, typ: TypeId, n: &str) -> String {
        let alt = self.lookup_fold_case(core, self.sym(n));
        self.lookup_error(typ, n, alt, true)
    }

    /// Why selector `sel` names nothing in `typ`, with a near miss `alt`
    /// (same name but for case) if there is one: types2's `lookupError`.
    fn lookup_error(&self, typ: TypeId, sel: &str, alt: Option<crate::object::ObjId>, struct_lit: bool) -> String {
        enum Case {
            Missing,
            Misspelled,
            Unexported,
            Inaccessible,
        }
        let tail = |s: &str| s.chars().skip(1).collect::<String>();
        let exported = crate::object::is_exported;
        let (case, a) = match alt.map(|o| self.objs.get(o)) {
            None => (Case::Missing, String::new()),
            Some(o) => {
                let a = self.name(o.name).to_string();
                let case = if o.pkg == Some(self.pkg) {
                    Case::Misspelled
                } else if exported(sel) {
                    if exported(&a) {
                        Case::Misspelled
                    } else if tail(sel) == tail(&a) {
                        Case::Unexported
                    } else {
                        Case::Missing
                    }
                } else if exported(&a) {
                    if tail(sel) == tail(&a) { Case::Misspelled } else { Case::Missing }
                } else if sel == a {
                    Case::Inaccessible
                } else {
                    Case::Missing
                };
                (case, a)
            }
        };
        let t = self.ts(typ);
        if struct_lit {
            return match case {
                Case::Missing => format!("unknown field {sel} in struct literal of type {t}"),
                Case::Misspelled => format!("unknown field {sel} in struct literal of type {t}, but does have {a}"),
                Case::Unexported => {
                    format!("unknown field {sel} in struct literal of type {t}, but does have unexported {a}")
                }
                Case::Inaccessible => format!("cannot refer to unexported field {a} in struct literal of type {t}"),
            };
        }
        let what = match alt.map(|o| &self.objs.get(o).kind) {
            Some(ObjKind::Var { .. }) => "field",
            Some(ObjKind::Func { .. }) => "method",
            _ => "object",
        };
        match case {
            Case::Missing => format!("type {t} has no field or method {sel}"),
            Case::Misspelled => format!("type {t} has no field or method {sel}, but does have {what} {a}"),
            Case::Unexported => format!("type {t} has no field or method {sel}, but does have unexported {what} {a}"),
            Case::Inaccessible => format!("cannot refer to unexported {what} {a}"),
        }
    }

    /// `T{f: v}` where `f` is promoted through embedded fields (go1.27).
    fn promoted_field_elem(
        &mut self,
        core: TypeId,
        typ: TypeId,
        key: ExprId,
        kname: wago_syntax::Symbol,
        value: ExprId,
        paths: &mut Vec<(Vec<usize>, crate::object::ObjId)>,
    ) {
        let n = self.name(kname);
        let Lookup::Field { obj, index, indirect } = self.lookup_field_or_method(core, false, Some(self.pkg), kname)
        else {
            let msg = self.unknown_field_msg(core, typ, n);
            self.error(self.pos(key), msg);
            self.skip_elem(value);
            return;
        };
        if !self.allow_version(27) {
            let (tname, path) = (self.ts(typ), self.field_path(core, &index));
            self.error(
                self.pos(key),
                format!("use of promoted field {path} in struct literal of type {tname} requires go1.27 or later"),
            );
            self.skip_elem(value);
            return;
        }
        if indirect {
            self.error(self.pos(key), format!("invalid implicit pointer indirection to reach {n}"));
            self.skip_elem(value);
            return;
        }
        self.record_use(key, obj);
        let ft = self.objs.get(obj).ty;
        let mut x = self.expr_hint(value, Some(ft));
        self.assignment(&mut x, Some(ft), "struct literal");
        for (p, other) in paths.iter() {
            let common = p.iter().zip(&index).take_while(|(a, b)| a == b).count();
            if common == p.len().min(index.len()) {
                let m = self.obj_name(*other);
                let msg = if p.len() == index.len() {
                    format!("duplicate field name {n} in struct literal")
                } else if p.len() < index.len() {
                    format!("cannot specify promoted field {n} and enclosing embedded field {m}")
                } else {
                    format!("cannot specify embedded field {n} and enclosed promoted field {m}")
                };
                self.error(self.pos(key), msg);
                return;
            }
        }
        paths.push((index, obj));
    }

    /// The names along a path of field indices through embedded structs
    /// (`Bar.Baz`).
    fn field_path(&self, mut t: TypeId, index: &[usize]) -> String {
        let mut names = Vec::new();
        for &i in index {
            let u = self.types.underlying(self.deref(t).0);
            let Type::Struct(st) = self.types.get(u) else { break };
            let Some(&f) = st.fields.get(i) else { break };
            names.push(self.obj_name(f).to_string());
            t = self.objs.get(f).ty;
        }
        names.join(".")
    }

    fn struct_lit(
        &mut self,
        e: ExprId,
        typ: TypeId,
        core: TypeId,
        fields: &[crate::object::ObjId],
        elts: &[ExprId],
        rbrace: u32,
    ) {
        let ast = self.ast();
        if elts.is_empty() {
            return;
        }
        let keyed = matches!(ast.expr(elts[0]), Expr::KeyValue { .. });
        if keyed {
            let mut seen = Vec::new();
            // Paths of the fields set so far, promoted ones included.
            let mut paths: Vec<(Vec<usize>, crate::object::ObjId)> = Vec::new();
            for &el in elts {
                let Expr::KeyValue { key, value, .. } = *ast.expr(el) else {
                    self.error(self.pos(el), "mixture of field:value and value elements in struct literal");
                    self.expr(el);
                    continue;
                };
                let Some(kname) = self.ident(key) else {
                    let s = self.expr_str(key);
                    self.error(self.pos(key), format!("invalid field name {s} in struct literal"));
                    self.expr(value);
                    continue;
                };
                let accessible = |f: &crate::object::Object| {
                    crate::object::is_exported(self.name(f.name)) || f.pkg.is_none() || f.pkg == Some(self.pkg)
                };
                let Some(i) = fields.iter().position(|&f| {
                    let fo = self.objs.get(f);
                    fo.name == kname && accessible(fo)
                }) else {
                    self.promoted_field_elem(core, typ, key, kname, value, &mut paths);
                    continue;
                };
                let f = fields[i];
                if let Some((_, inner)) = paths.iter().find(|(p, _)| p.len() > 1 && p[0] == i) {
                    let (n, m) = (self.name(kname), self.obj_name(*inner));
                    let msg = format!("cannot specify embedded field {n} and enclosed promoted field {m}");
                    self.error(self.pos(key), msg);
                    self.skip_elem(value);
                    continue;
                }
                paths.push((vec![i], f));
                self.record_use(key, f);
                let ft = self.objs.get(f).ty;
                let mut x = self.expr_hint(value, Some(ft));
                self.assignment(&mut x, Some(ft), "struct literal");
                if seen.contains(&i) {
                    let n = self.name(kname);
                    self.error(self.pos(key), format!("duplicate field name {n} in struct literal"));
                    continue;
                }
                seen.push(i);
            }
            return;
        }
        for (i, &el) in elts.iter().enumerate() {
            if let Expr::KeyValue { value, .. } = *ast.expr(el) {
                self.error(self.pos(el), "mixture of field:value and value elements in struct literal");
                self.expr(value);
                continue;
            }
            let Some(&f) = fields.get(i) else {
                self.error(self.pos(el), format!("too many values in struct literal of type {}", self.ts(typ)));
                break;
            };
            let ft = self.objs.get(f).ty;
            let mut x = self.expr_hint(el, Some(ft));
            let fo = self.objs.get(f);
            if fo.pkg != Some(self.pkg) && !fo.is_exported(self.ck.names) {
                let n = self.obj_name(f);
                self.error(
                    self.pos(el),
                    format!("implicit assignment to unexported field {n} in struct literal of type {}", self.ts(typ)),
                );
                continue;
            }
            self.assignment(&mut x, Some(ft), "struct literal");
        }
        if elts.len() < fields.len() {
            let _ = e;
            self.error(rbrace, format!("too few values in struct literal of type {}", self.ts(typ)));
        }
    }

    /// Array and slice literal elements; returns the literal's length.
    fn indexed_elems(&mut self, elts: &[ExprId], elem: TypeId, len: Option<u64>) -> u64 {
        let ast = self.ast();
        let mut index: u64 = 0;
        let mut max: u64 = 0;
        let mut seen = IndexSet::default();
        for &el in elts {
            let mut value = el;
            let mut valid_index = true;
            if let Expr::KeyValue { key, value: v, .. } = *ast.expr(el) {
                value = v;
                let k = self.expr(key);
                match (&k.mode, k.val.to_i64()) {
                    (Mode::Constant, Some(i)) if i >= 0 && self.types.is_numeric(k.ty) => index = i as u64,
                    (Mode::Constant, _) if !k.is_invalid() => {
                        let s = self.expr_str(key);
                        self.error(self.pos(key), format!("index {s} must be integer constant"));
                        valid_index = false;
                    }
                    _ if !k.is_invalid() => {
                        let s = self.expr_str(key);
                        self.error(self.pos(key), format!("index {s} must be integer constant"));
                        valid_index = false;
                    }
                    _ => valid_index = false,
                }
            }
            if valid_index {
                if let Some(l) = len
                    && index >= l
                {
                    self.error(self.pos(value), format!("index {index} is out of bounds (>= {l})"));
                } else if !seen.insert(index) {
                    self.error(self.pos(el), format!("duplicate index {index} in array or slice literal"));
                }
            }
            let mut x = self.expr_hint(value, Some(elem));
            self.assignment(&mut x, Some(elem), "array or slice literal");
            index += 1;
            max = max.max(index);
        }
        max
    }

    fn map_lit(&mut self, key: TypeId, elem: TypeId, elts: &[ExprId]) {
        let ast = self.ast();
        // Constant keys seen, by value (1, 1.0 and 1+0i are one key) and,
        // for interface keys, type.
        let mut seen: HashMap<Value, Vec<TypeId>, FxBuild> = HashMap::default();
        let iface_key = self.types.is_interface(key);
        for &el in elts {
            let Expr::KeyValue { key: ke, value, .. } = *ast.expr(el) else {
                self.error(self.pos(el), "missing key in map literal");
                self.skip_elem(el);
                continue;
            };
            let mut k = self.expr_hint(ke, Some(key));
            self.assignment(&mut k, Some(key), "map literal");
            if k.is_const() {
                let kv = map_key_value(&k.val);
                let kt = if iface_key { k.ty } else { INVALID };
                if seen.get(&kv).is_some_and(|ts| ts.iter().any(|&t| t == kt || self.identical(t, kt))) {
                    let s = k.val.to_string();
                    self.error(self.pos(ke), format!("duplicate key {s} in map literal"));
                } else {
                    seen.entry(kv).or_default().push(kt);
                }
            }
            let mut v = self.expr_hint(value, Some(elem));
            self.assignment(&mut v, Some(elem), "map literal");
        }
    }
}

/// The indices of an array or slice literal seen so far: the run `0..dense`
/// that unkeyed elements fill (no hashing for them), then a set for the
/// rest once an explicit index leaves that run.
#[derive(Default)]
struct IndexSet {
    dense: u64,
    others: std::collections::HashSet<u64, FxBuild>,
}

impl IndexSet {
    /// Adds `i`; false if it was there already.
    fn insert(&mut self, i: u64) -> bool {
        if i < self.dense {
            return false;
        }
        if i == self.dense && self.others.is_empty() {
            self.dense += 1;
            return true;
        }
        self.others.insert(i)
    }
}

/// A constant map key in its simplest kind, so that equal numbers of
/// different kinds compare equal.
fn map_key_value(v: &Value) -> Value {
    let v = match v {
        Value::Complex(c) if c.1 == dashu::rational::RBig::ZERO => Value::Float(c.0.clone()),
        _ => v.clone(),
    };
    match &v {
        Value::Float(r) if r.denominator().is_one() => Value::Int(r.numerator().clone()),
        _ => v,
    }
}

/// Whether float literal `lit`'s exponent is beyond what go/constant can
/// hold (a big.Float's binary exponent is an int32): gc calls such a
/// literal malformed.
fn beyond_big_float(lit: &str) -> bool {
    let lit = lit.trim_end_matches('i');
    let hex = lit.starts_with("0x") || lit.starts_with("0X");
    let exp_chars: &[char] = if hex { &['p', 'P'] } else { &['e', 'E'] };
    let Some(i) = lit.find(exp_chars) else { return false };
    let digits: String = lit[i + 1..].chars().filter(|&c| c != '_').collect();
    let Ok(exp) = digits.parse::<i64>() else { return true };
    let binary_exp =
        if hex { exp.unsigned_abs() as f64 } else { exp.unsigned_abs() as f64 * std::f64::consts::LOG2_10 };
    binary_exp > i32::MAX as f64
}

/// The expression inside any parentheses.
pub(crate) fn unparen(f: &wago_syntax::ast::File, mut e: ExprId) -> ExprId {
    while let Expr::Paren { x, .. } = *f.expr(e) {
        e = x;
    }
    e
}
