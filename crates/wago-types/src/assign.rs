//! Assignability and implicit conversion: representability of constants
//! in a type (with float rounding), untyped operands taking their final
//! type (and the recorded types of their subexpressions updated), the
//! spec's assignability rules, and assignments and variable
//! initializations with their arity rules.

use crate::check::{Ctx, Mode, Operand};
use crate::constant::{self, Value};
use crate::object::ObjId;
use crate::types::{BasicKind, INVALID, Type, TypeId};
use dashu::rational::RBig;
use wago_syntax::ast::{Expr, ExprId};
use wago_syntax::token::Token;

/// Why a constant is not representable in a type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Repr {
    Overflows,
    Truncated,
    /// The kinds don't match at all (e.g. a string as an int).
    Mismatch,
}

impl Ctx<'_, '_> {
    /// Whether constant `x` fits type `t`; on success `x.val` is rounded.
    pub(crate) fn representable(&self, x: &mut Operand, t: TypeId) -> Result<(), Repr> {
        let Some(k) = self.types.basic(t) else { return Err(Repr::Mismatch) };
        let v = &x.val;
        let info = k.info();
        use crate::types::BasicInfo as I;
        if info.any(I::BOOLEAN) {
            return if matches!(v, Value::Bool(_)) { Ok(()) } else { Err(Repr::Mismatch) };
        }
        if info.any(I::STRING) {
            return if matches!(v, Value::String(_)) { Ok(()) } else { Err(Repr::Mismatch) };
        }
        if v.num_kind().is_none() {
            return Err(Repr::Mismatch);
        }
        if info.any(I::INTEGER) {
            // A numeric constant that is not a whole number: types2 calls
            // every such loss (float or complex to integer) truncation.
            let Some(i) = v.to_int() else { return Err(Repr::Truncated) };
            if info.any(I::UNTYPED) {
                x.val = Value::Int(i);
                return Ok(());
            }
            let bits = self.sizes.basic_size(k) as u32 * 8;
            if !constant::int_fits(&i, bits, info.any(I::UNSIGNED)) {
                // A float too large for an integer type is "truncated" too.
                let from_int = self.types.is_integer(x.ty) || !self.types.is_numeric(x.ty);
                return Err(if from_int { Repr::Overflows } else { Repr::Truncated });
            }
            x.val = Value::Int(i);
            return Ok(());
        }
        if info.any(I::FLOAT) {
            let Some(r) = v.to_rat() else { return Err(Repr::Overflows) };
            if info.any(I::UNTYPED) {
                x.val = Value::Float(r);
                return Ok(());
            }
            let single = k == BasicKind::Float32;
            return match constant::round_float(&r, single) {
                Some(r) => {
                    x.val = Value::Float(r);
                    Ok(())
                }
                None => Err(Repr::Overflows),
            };
        }
        if info.any(I::COMPLEX) {
            let Some((re, im)) = v.to_complex() else { return Err(Repr::Mismatch) };
            if info.any(I::UNTYPED) {
                x.val = Value::Complex(Box::new((re, im)));
                return Ok(());
            }
            let single = k == BasicKind::Complex64;
            return match (constant::round_float(&re, single), constant::round_float(&im, single)) {
                (Some(a), Some(b)) => {
                    x.val = Value::Complex(Box::new((a, b)));
                    Ok(())
                }
                _ => Err(Repr::Overflows),
            };
        }
        Err(Repr::Mismatch)
    }

    /// Gives untyped `x` the type `target` (if it can take it) without
    /// reporting; typed operands are left alone.
    pub(crate) fn convert_untyped(&mut self, x: &mut Operand, target: TypeId) -> Result<(), Repr> {
        if x.is_invalid() || !self.types.is_untyped(x.ty) || self.types.is_invalid(target) {
            return Ok(());
        }
        if self.types.is_untyped(target) {
            // Both untyped: only numeric kinds combine, to the larger.
            if self.types.is_numeric(x.ty) && self.types.is_numeric(target) {
                if self.types.basic(target) > self.types.basic(x.ty) {
                    self.set_untyped_type(x, target);
                }
                return Ok(());
            }
            return if self.types.basic(x.ty) == self.types.basic(target) { Ok(()) } else { Err(Repr::Mismatch) };
        }
        if self.types.is_type_param(target) {
            let ts = self.type_set(self.type_param_bound(target));
            let Some(terms) = ts.terms.clone() else {
                return if x.mode == Mode::Nil { Err(Repr::Mismatch) } else { self.use_default(x) };
            };
            if x.mode == Mode::Nil {
                return if self.has_nil(target) { self.set_type(x, target) } else { Err(Repr::Mismatch) };
            }
            for term in &terms {
                // A probe: it must not record its type for the expression.
                let mut probe = x.clone();
                probe.expr = None;
                self.convert_untyped(&mut probe, term.ty)?;
            }
            return self.set_type(x, target);
        }
        let tu = self.types.underlying(target);
        match self.types.get(tu).clone() {
            Type::Basic(k) => {
                if x.is_const() {
                    let mut y = x.clone();
                    self.representable(&mut y, target)?;
                    x.val = y.val;
                    self.set_checked_const_type(x, target);
                    return Ok(());
                }
                let ok = match self.types.basic(x.ty) {
                    Some(BasicKind::UntypedBool) => self.types.is_boolean(tu),
                    Some(
                        BasicKind::UntypedInt
                        | BasicKind::UntypedRune
                        | BasicKind::UntypedFloat
                        | BasicKind::UntypedComplex,
                    ) => self.types.is_numeric(tu),
                    Some(BasicKind::UntypedString) => self.types.is_string(tu),
                    Some(BasicKind::UntypedNil) => k == BasicKind::UnsafePointer,
                    _ => false,
                };
                if !ok {
                    return Err(Repr::Mismatch);
                }
                self.set_type(x, target)
            }
            Type::Interface(_) => {
                if x.mode == Mode::Nil {
                    return self.set_type(x, BasicKind::UntypedNil.ty());
                }
                // Non-empty type sets must allow the default type (checked by assignability).
                self.use_default(x)
            }
            Type::Pointer(_) | Type::Signature(_) | Type::Slice(_) | Type::Map { .. } | Type::Chan { .. } => {
                if x.mode != Mode::Nil {
                    return Err(Repr::Mismatch);
                }
                self.set_type(x, target)
            }
            _ => Err(Repr::Mismatch),
        }
    }

    fn use_default(&mut self, x: &mut Operand) -> Result<(), Repr> {
        let d = self.types.default_type(x.ty);
        self.set_type(x, d)
    }

    fn set_type(&mut self, x: &mut Operand, t: TypeId) -> Result<(), Repr> {
        self.set_untyped_type(x, t);
        Ok(())
    }

    /// Like `convert_untyped`, ignoring failure (the caller has checked).
    pub(crate) fn convert_untyped_to(&mut self, x: &mut Operand, t: TypeId) {
        let _ = self.convert_untyped(x, t);
    }

    /// Sets the final type of an untyped operand and of the untyped
    /// subexpressions it was computed from, checking delayed shifts.
    pub(crate) fn set_untyped_type(&mut self, x: &mut Operand, t: TypeId) {
        x.ty = t;
        if let Some(e) = x.expr {
            self.update_expr_type(e, t);
        }
    }

    /// [`Self::set_untyped_type`] for a constant just found representable
    /// in `t`: its recorded type changes without checking that again.
    fn set_checked_const_type(&mut self, x: &mut Operand, t: TypeId) {
        x.ty = t;
        let Some(e) = x.expr else { return };
        if self.untyped.contains_key(&(self.file, e)) {
            return self.update_expr_type(e, t);
        }
        let recorded = self.file_info().types.get(&e).map(|tv| tv.ty);
        if recorded.is_some_and(|ty| self.ck.types.is_untyped(ty)) {
            self.file_info().types.set_type(e, t);
        }
    }

    fn update_expr_type(&mut self, e: ExprId, t: TypeId) {
        let key = (self.file, e);
        let Some(&(old, is_shift)) = self.untyped.get(&key) else {
            // Constants' subexpressions: just re-record the outer one.
            let recorded = self.file_info().types.get(&e).map(|tv| (tv.mode, tv.ty, tv.value.cloned()));
            let Some((mode, ty, val)) = recorded.filter(|r| self.ck.types.is_untyped(r.1)) else { return };
            // An untyped constant operand of a delayed expression (`2.3`
            // in `1<<s + 2.3`) must be representable in the final type.
            if let Some(val) = val
                && self.types.basic(self.types.underlying(t)).is_some()
                && !self.types.is_untyped(t)
                && self.types.is_numeric(ty)
            {
                let c = Operand { mode, expr: Some(e), ty, val };
                if let Err(code) = self.representable(&mut c.clone(), self.types.underlying(t)) {
                    self.invalid_conversion(&c, t, code);
                    return;
                }
            }
            self.file_info().types.set_type(e, t);
            return;
        };
        let ast = self.ast();
        // A delayed shift whose operand is not an integer: reported before
        // its (constant) operand would be converted.
        if is_shift && !self.types.is_untyped(t) && !self.all_types(t, |cx, u| cx.types.is_integer(u)) {
            self.untyped.remove(&key);
            let Expr::Binary { x, .. } = *ast.expr(e) else { return };
            let s = self.expr_str(x);
            let ts = self.ts(t);
            self.error(self.pos(e), format!("invalid operation: shifted operand {s} (type {ts}) must be integer"));
            return;
        }
        match *ast.expr(e) {
            Expr::Paren { x, .. } => self.update_expr_type(x, t),
            Expr::Unary { x, .. } => self.update_expr_type(x, t),
            Expr::Binary { x, op, y, .. } => {
                if matches!(op, Token::Eql | Token::Neq | Token::Lss | Token::Leq | Token::Gtr | Token::Geq) {
                    // Comparison results are independent of their operands' types.
                } else if matches!(op, Token::Shl | Token::Shr) {
                    self.update_expr_type(x, t);
                } else {
                    self.update_expr_type(x, t);
                    self.update_expr_type(y, t);
                }
            }
            _ => {}
        }
        let _ = old;
        if !self.types.is_untyped(t) {
            self.untyped.remove(&key);
        }
        self.file_info().types.set_type(e, t);
    }

    /// The spec's assignability of `x` to `t`, with gc's explanation on failure.
    pub(crate) fn assignable_to(&self, x: &Operand, t: TypeId) -> Result<(), Option<String>> {
        let v = x.ty;
        if self.types.is_invalid(v) || self.types.is_invalid(t) || self.identical(v, t) {
            return Ok(());
        }
        let (vu, tu) = (self.types.underlying(v), self.types.underlying(t));
        let t_is_tp = self.types.is_type_param(t);
        let v_is_tp = self.types.is_type_param(v);
        if self.types.is_untyped(v) {
            if t_is_tp && x.mode == Mode::Nil {
                // nil fits a type parameter only if it fits every type in its set.
                let pairs = self.type_set_pairs(t);
                let all_nil = pairs.iter().all(|&(tt, u)| u.is_some() && self.has_nil(tt));
                return if all_nil { Ok(()) } else { Err(None) };
            }
            if t_is_tp {
                return Ok(()); // checked by convert_untyped
            }
            return match self.types.get(tu) {
                Type::Basic(k) => {
                    if x.mode == Mode::Nil {
                        return if *k == BasicKind::UnsafePointer { Ok(()) } else { Err(None) };
                    }
                    let mut y = x.clone();
                    if self.representable(&mut y, t).is_ok() || !x.is_const() && self.same_untyped_class(v, tu) {
                        Ok(())
                    } else {
                        Err(None)
                    }
                }
                Type::Interface(_) => {
                    if x.mode == Mode::Nil {
                        return Ok(());
                    }
                    let d = self.types.default_type(v);
                    let dx = Operand { ty: d, ..x.clone() };
                    self.assignable_to(&dx, t)
                }
                _ => {
                    if x.mode == Mode::Nil && self.has_nil(t) {
                        Ok(())
                    } else {
                        Err(None)
                    }
                }
            };
        }
        if self.identical(vu, tu) && (!self.types.is_named(v) || !self.types.is_named(t)) && !v_is_tp && !t_is_tp {
            return Ok(());
        }
        if !t_is_tp && matches!(self.types.get(tu), Type::Interface(_)) {
            if let Some(why) = self.missing_method(v, t, Some(self.pkg)) {
                let (vs, ts) = (self.ts(v), self.ts(t));
                return Err(Some(format!("{vs} does not implement {ts} {why}")));
            }
            let ts = self.type_set(t);
            if !ts.is_method_set() {
                return Err(None);
            }
            return Ok(());
        }
        // A pointer to an interface (or type parameter) has no methods;
        // types2 says so, as the likely mistake.
        if let Type::Pointer(base) = *self.types.get(tu)
            && (self.types.is_interface(base) || self.types.is_type_param(base))
            && !v_is_tp
        {
            let (vs, ts) = (self.ts(v), self.ts(t));
            let what = if self.types.is_type_param(base) { "type parameter" } else { "interface" };
            return Err(Some(format!("{vs} does not implement {ts} (type {ts} is pointer to {what}, not {what})")));
        }
        // A type parameter on either side: every type of its set must be assignable.
        if t_is_tp && !self.types.is_named(v) {
            return self.each_term(t, |cx, tt| cx.assignable_to(&Operand { ty: v, ..x.clone() }, tt).is_ok());
        }
        if v_is_tp && !self.types.is_named(t) {
            return self.each_term(v, |cx, vt| cx.assignable_to(&Operand { ty: vt, ..x.clone() }, t).is_ok());
        }
        if !v_is_tp && matches!(self.types.get(vu), Type::Interface(_)) && !t_is_tp {
            return Err(Some("need type assertion".into()));
        }
        if let (Type::Chan { dir: wago_syntax::ast::ChanDir::Both, elem: a }, Type::Chan { elem: b, .. }) =
            (self.types.get(vu), self.types.get(tu))
            && self.identical(*a, *b)
            && (!self.types.is_named(v) || !self.types.is_named(t))
        {
            return Ok(());
        }
        Err(None)
    }

    fn each_term(&self, tp: TypeId, ok: impl Fn(&Self, TypeId) -> bool) -> Result<(), Option<String>> {
        let ts = self.type_set(self.type_param_bound(tp));
        match &ts.terms {
            Some(terms) if !terms.is_empty() && terms.iter().all(|term| ok(self, term.ty)) => Ok(()),
            _ => Err(None),
        }
    }

    fn same_untyped_class(&self, v: TypeId, tu: TypeId) -> bool {
        (self.types.is_boolean(v) && self.types.is_boolean(tu))
            || (self.types.is_numeric(v) && self.types.is_numeric(tu))
            || (self.types.is_string(v) && self.types.is_string(tu))
    }

    /// Checks that `x` can be assigned to `t` (or gets its default type if
    /// `t` is `None`), converting untyped values; `context` is gc's wording
    /// of where ("assignment", "argument", "return statement"...).
    pub(crate) fn assignment(&mut self, x: &mut Operand, t: Option<TypeId>, context: &str) {
        if x.is_invalid() {
            return;
        }
        match x.mode {
            Mode::Constant | Mode::Variable | Mode::MapIndex | Mode::Value | Mode::Nil | Mode::CommaOk => {}
            _ => {
                let d = self.op_str(x);
                let pos = x.expr.map_or(0, |e| self.pos(e));
                self.error(pos, format!("cannot assign {d} to {}", t.map(|t| self.ts(t)).unwrap_or_default()));
                x.invalidate();
                return;
            }
        }
        let pos = x.expr.map_or(0, |e| self.pos(e));
        if self.types.is_untyped(x.ty) {
            let target = match t {
                Some(t) if !self.types.is_interface(t) || self.types.is_type_param(t) => t,
                Some(t) if x.mode == Mode::Nil => t,
                _ => {
                    if x.mode == Mode::Nil {
                        if t.is_none() {
                            self.error(pos, format!("use of untyped nil in {context}"));
                            x.invalidate();
                            return;
                        }
                        t.unwrap_or(INVALID)
                    } else {
                        self.types.default_type(x.ty)
                    }
                }
            };
            if let Err(code) = self.convert_untyped(x, target) {
                let d = self.op_str(x);
                let ts = self.ts(target);
                let msg = match code {
                    Repr::Overflows => format!("cannot use {d} as {ts} value in {context} (overflows)"),
                    Repr::Truncated => format!("cannot use {d} as {ts} value in {context} (truncated)"),
                    Repr::Mismatch => format!("cannot use {d} as {ts} value in {context}"),
                };
                self.error(pos, msg);
                x.invalidate();
                return;
            }
        }
        if !self.non_generic(x, t, context) {
            return;
        }
        let Some(t) = t else { return };
        if let Err(why) = self.assignable_to(x, t) {
            let d = self.op_str(x);
            let ts = self.ts(t);
            let msg = match why {
                Some(w) => format!("cannot use {d} as {ts} value in {context}: {w}"),
                None => format!("cannot use {d} as {ts} value in {context}"),
            };
            self.error(pos, msg);
            x.invalidate();
        }
    }

    /// A generic function value must be instantiated before it is used:
    /// assigned to something of function type `t` (named `desc`), its type
    /// arguments are inferred from `t`; elsewhere it is an error. Returns
    /// whether `x` is still valid.
    pub(crate) fn non_generic(&mut self, x: &mut Operand, t: Option<TypeId>, desc: &str) -> bool {
        if x.is_invalid() {
            return false;
        }
        let generic =
            matches!(self.types.get(self.types.unalias(x.ty)), Type::Signature(s) if !s.type_params.is_empty());
        if !generic {
            return true;
        }
        if let Some(t) = t
            && self.core_type(t).is_some_and(|c| self.types.signature(c).is_some())
        {
            return self.instantiate_for_target(x, t, desc);
        }
        let s = x.expr.map(|e| self.expr_str(e)).unwrap_or_default();
        let pos = x.expr.map_or(0, |e| self.pos(e));
        let partial = x.expr.is_some_and(|e| matches!(self.ast().expr(e), Expr::Index { .. } | Expr::IndexList { .. }));
        let first = self.types.signature(x.ty).and_then(|s| s.type_params.first().copied());
        match first {
            // `f[int]` leaving type parameters that nothing determines.
            Some(tp) if partial => {
                let name = self.ts(tp);
                self.error(pos, format!("cannot infer {name}"));
            }
            _ => self.error(pos, format!("cannot use generic function {s} without instantiation")),
        }
        x.invalidate();
        false
    }

    /// Initializes variables `lhs` from `values` (n:n or n:1), inferring
    /// types for variables that have none (`t` is the declared type).
    /// `pairwise` names the context of an n:n initialization: a `var`
    /// declaration initializes each variable on its own ("variable
    /// declaration"), `:=` is an "assignment", as every n:1 one is.
    pub(crate) fn init_vars(&mut self, lhs: &[ObjId], values: &[ExprId], pairwise: &str) {
        if lhs.len() == values.len() && !self.is_single_call(values) {
            for (&v, &e) in lhs.iter().zip(values) {
                let declared = self.objs.get(v).ty;
                let hint = (declared != INVALID).then_some(declared);
                let mut x = self.expr_hint(e, hint);
                self.init_var(v, &mut x, pairwise);
            }
            return;
        }
        if values.len() == 1 {
            let ops = self.multi_expr(values[0]);
            let comma_ok = ops.len() == 1 && matches!(ops[0].mode, Mode::CommaOk | Mode::MapIndex) && lhs.len() == 2;
            if comma_ok {
                let mut x = ops[0].clone();
                x.mode = Mode::Value;
                self.init_var(lhs[0], &mut x, "assignment");
                let mut ok =
                    Operand { mode: Mode::Value, expr: x.expr, ty: BasicKind::UntypedBool.ty(), val: Value::Unknown };
                self.init_var(lhs[1], &mut ok, "assignment");
                return;
            }
            if ops.len() == lhs.len() && !ops[0].is_invalid() {
                for (&v, x) in lhs.iter().zip(ops) {
                    let mut x = x;
                    self.init_var(v, &mut x, "assignment");
                }
                return;
            }
            if !ops[0].is_invalid() {
                self.assign_mismatch(lhs.len(), values, ops.len());
            }
        } else {
            for &e in values {
                self.expr(e);
            }
            self.assign_mismatch(lhs.len(), values, values.len());
        }
        for &v in lhs {
            if self.objs.get(v).ty == INVALID {
                self.objs.get_mut(v).ty = INVALID;
            }
        }
    }

    /// Whether `values` is one call: types2 then takes all its results
    /// together, so `x := f()` with two results is an assignment mismatch
    /// rather than a multi-value operand.
    fn is_single_call(&self, values: &[ExprId]) -> bool {
        let ast = self.ast();
        values.len() == 1 && matches!(ast.expr(crate::expr::unparen(ast, values[0])), Expr::Call { .. })
    }

    fn assign_mismatch(&mut self, nl: usize, values: &[ExprId], nr: usize) {
        let vars = if nl == 1 { "variable" } else { "variables" };
        let vals = if nr == 1 { "value" } else { "values" };
        let pos = self.pos(values[0]);
        let ast = self.ast();
        if values.len() == 1
            && let Expr::Call { fun, .. } = *ast.expr(crate::expr::unparen(ast, values[0]))
        {
            let s = self.expr_str(fun);
            self.error(pos, format!("assignment mismatch: {nl} {vars} but {s} returns {nr} {vals}"));
        } else {
            self.error(pos, format!("assignment mismatch: {nl} {vars} but {nr} {vals}"));
        }
    }

    pub(crate) fn init_var(&mut self, v: ObjId, x: &mut Operand, context: &str) {
        if x.is_invalid() {
            if self.objs.get(v).ty == INVALID {
                self.objs.get_mut(v).ty = INVALID;
            }
            return;
        }
        let declared = self.objs.get(v).ty;
        let name = self.name(self.objs.get(v).name);
        let desc = if name.is_empty() { "result variable" } else { name };
        if !self.non_generic(x, (declared != INVALID).then_some(declared), desc) {
            return;
        }
        if declared == INVALID {
            if x.mode == Mode::Nil {
                let pos = x.expr.map_or(0, |e| self.pos(e));
                self.error(pos, format!("use of untyped nil in {context}"));
                return;
            }
            let mut t = x.ty;
            if self.types.is_untyped(t) {
                t = self.types.default_type(t);
            }
            self.objs.get_mut(v).ty = t;
        }
        let t = self.objs.get(v).ty;
        self.assignment(x, Some(t), context);
    }

    /// `lhs = x` for one assignable left-hand side expression.
    pub(crate) fn assign_var(&mut self, lhs: ExprId, x: &mut Operand, context: &str) {
        // The blank identifier takes any value.
        if self.ident(lhs) == Some(self.syms.blank) {
            self.record_def(lhs, crate::object::ObjId(u32::MAX));
            self.file_info().defs.remove(&lhs);
            self.assignment(x, None, &format!("{context} to _").replace(" to _", ""));
            return;
        }
        let t = self.lhs_type(lhs);
        if t == INVALID {
            return;
        }
        if x.is_invalid() {
            return;
        }
        // The left side's text matters only to a generic value.
        if matches!(self.types.get(self.types.unalias(x.ty)), Type::Signature(s) if !s.type_params.is_empty()) {
            let desc = self.expr_str(lhs);
            if !self.non_generic(x, Some(t), &desc) {
                return;
            }
        }
        self.assignment(x, Some(t), context);
    }

    /// The type of an assignment's left side; it must be addressable or a map index.
    fn lhs_type(&mut self, lhs: ExprId) -> TypeId {
        // Assigning to a variable doesn't count as using it.
        let mut var_obj = None;
        if let Some(name) = self.ident(crate::expr::unparen(self.ast(), lhs)) {
            let scope = self.env.scope.unwrap_or(self.file_scopes[self.file]);
            if let Some((_, o)) = self.ck.scopes.lookup(scope, name)
                && let crate::object::ObjKind::Var { used, .. } = self.objs.get(o).kind
            {
                var_obj = Some((o, used));
            }
        }
        let x = self.expr(lhs);
        if let Some((o, used)) = var_obj
            && let crate::object::ObjKind::Var { used: u, .. } = &mut self.ck.objs.get_mut(o).kind
        {
            *u = used;
        }
        if x.is_invalid() {
            return INVALID;
        }
        match x.mode {
            Mode::Variable | Mode::MapIndex => x.ty,
            _ => {
                let inner = crate::expr::unparen(self.ast(), lhs);
                if let Expr::Selector { x: base, .. } = *self.ast().expr(inner) {
                    let b = self.file_info().types.get(&base).map(|tv| tv.mode);
                    if b == Some(Mode::MapIndex) {
                        let s = self.expr_str(lhs);
                        self.error(self.pos(lhs), format!("cannot assign to struct field {s} in map"));
                        return INVALID;
                    }
                }
                let s = self.expr_str(lhs);
                self.error(
                    self.pos(lhs),
                    format!("cannot assign to {s} (neither addressable nor a map index expression)"),
                );
                INVALID
            }
        }
    }

    /// `lhs... = rhs...` (plain assignment).
    pub(crate) fn assign_vars(&mut self, lhs: &[ExprId], rhs: &[ExprId]) {
        let context = if lhs.len() > 1 { "multiple assignment" } else { "assignment" };
        if lhs.len() == rhs.len() && !self.is_single_call(rhs) {
            for (&l, &r) in lhs.iter().zip(rhs) {
                let hint = None;
                let mut x = self.expr_hint(r, hint);
                self.assign_var(l, &mut x, context);
            }
            return;
        }
        if rhs.len() == 1 {
            let ops = self.multi_expr(rhs[0]);
            if ops.len() == 1 && matches!(ops[0].mode, Mode::CommaOk | Mode::MapIndex) && lhs.len() == 2 {
                let mut x = ops[0].clone();
                x.mode = Mode::Value;
                self.assign_var(lhs[0], &mut x, context);
                let mut ok =
                    Operand { mode: Mode::Value, expr: x.expr, ty: BasicKind::UntypedBool.ty(), val: Value::Unknown };
                self.assign_var(lhs[1], &mut ok, context);
                return;
            }
            if ops.len() == lhs.len() {
                for (&l, x) in lhs.iter().zip(ops) {
                    let mut x = x;
                    self.assign_var(l, &mut x, context);
                }
                return;
            }
            if !ops[0].is_invalid() {
                self.assign_mismatch(lhs.len(), rhs, ops.len());
            }
        } else {
            for &r in rhs {
                self.expr(r);
            }
            self.assign_mismatch(lhs.len(), rhs, rhs.len());
        }
        for &l in lhs {
            if self.ident(l) != Some(self.syms.blank) {
                self.lhs_type(l);
            }
        }
    }

    /// The constant value of a rational that is a whole number, for messages.
    #[allow(dead_code)]
    pub(crate) fn rat_is_int(r: &RBig) -> bool {
        r.denominator().is_one()
    }
}
