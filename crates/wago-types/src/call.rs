//! Calls: function and method calls with argument passing (variadic,
//! spread, multi-value), generic function instantiation, conversions
//! `T(x)`, and the builtin functions including package `unsafe`'s.

use crate::assign::Repr;
use crate::check::{Ctx, Mode, Operand};
use crate::constant::Value;
use crate::infer::InferArg;
use crate::object::{Builtin, ObjId};
use crate::types::{BasicKind, INVALID, Type, TypeId};
use wago_syntax::ast::{Expr, ExprId, NO_POS};

impl Ctx<'_, '_> {
    pub(crate) fn call(&mut self, e: ExprId) -> Operand {
        let ast = self.ast();
        let Expr::Call { fun, args, ellipsis, rparen, .. } = *ast.expr(e) else { return Operand::invalid(Some(e)) };
        let args = ast.exprs_of(args).to_vec();
        let mut f = self.expr_or_type(fun, true);
        self.non_generic_type(&mut f);
        match f.mode {
            Mode::Invalid => {
                for &a in &args {
                    self.raw_expr(a, None, false);
                }
                Operand::invalid(Some(e))
            }
            Mode::TypeExpr => self.conversion_call(e, f.ty, &args, ellipsis),
            Mode::Builtin(b) => self.builtin(e, b, &args, ellipsis, rparen),
            _ => self.func_call(e, f, &args, ellipsis, rparen),
        }
    }

    fn conversion_call(&mut self, e: ExprId, t: TypeId, args: &[ExprId], ellipsis: u32) -> Operand {
        if !self.complete_or_cycle(t) {
            for &a in args {
                self.raw_expr(a, None, false);
            }
            return Operand::invalid(Some(e));
        }
        let s = self.ts(t);
        match args {
            [a] => {
                if ellipsis != NO_POS {
                    self.error(ellipsis, format!("invalid use of ... in conversion to {s}"));
                }
                let mut x = self.expr_hint(*a, None);
                if x.is_invalid() {
                    return Operand::invalid(Some(e));
                }
                // Only ordinary interfaces are types of values.
                if !self.types.is_type_param(t)
                    && let Type::Interface(_) = self.types.get(self.types.underlying(t))
                    && !self.type_set(t).is_method_set()
                {
                    let msg = format!(
                        "cannot use interface {s} in conversion (contains specific type constraints or is comparable)"
                    );
                    self.error(self.pos(e), msg);
                    return Operand::invalid(Some(e));
                }
                self.conversion(&mut x, t);
                x.expr = Some(e);
                x
            }
            [] => {
                self.error(self.pos(e), format!("missing argument in conversion to {s}"));
                Operand::invalid(Some(e))
            }
            _ => {
                for &a in args {
                    self.expr(a);
                }
                self.error(self.pos(args[1]), format!("too many arguments in conversion to {s}"));
                Operand::invalid(Some(e))
            }
        }
    }

    /// `T(x)`: constant conversions keep constness (with representability).
    pub(crate) fn conversion(&mut self, x: &mut Operand, t: TypeId) {
        let const_arg = x.is_const();
        let const_target = self.types.is_const_type(t) && !self.types.is_type_param(t);
        let mut cause = String::new();
        let mut code = Repr::Mismatch;
        let ok = if const_arg && const_target {
            match self.const_convertible(x, t) {
                Ok(v) => {
                    x.val = v;
                    true
                }
                Err(c) => {
                    code = c;
                    if self.types.is_integer(x.ty) && self.types.is_integer(t) {
                        let pos = x.expr.map_or(0, |e| self.pos(e));
                        let msg = format!("constant {} overflows {}", x.val, self.ts(t));
                        self.error(pos, msg);
                        x.invalidate();
                        return;
                    }
                    false
                }
            }
        } else if const_arg && self.types.is_type_param(t) {
            let ok = self.const_convertible_to_type_param(x, t, &mut cause);
            // Values of type parameter type are not constants.
            x.mode = Mode::Value;
            ok
        } else {
            let ok = self.convertible_to(x, t, &mut cause);
            if ok && const_arg {
                x.mode = Mode::Value;
            }
            ok
        };
        if !ok {
            let pos = x.expr.map_or(0, |e| self.pos(e));
            let ts = self.ts(t);
            let xs = self.op_str(x);
            let _ = code;
            let msg = if cause.is_empty() {
                format!("cannot convert {xs} to type {ts}")
            } else {
                format!("cannot convert {xs} to type {ts}: {cause}")
            };
            self.error(pos, msg);
            x.invalidate();
            return;
        }
        if self.types.is_untyped(x.ty) {
            // As types2: interfaces and non-constant types take the
            // default type of a constant; an integer constant converted
            // to a string keeps its type; else the operand (a delayed
            // shift, say) gets the target type.
            let final_t = if self.types.is_interface(t) && !self.types.is_type_param(t)
                || const_arg && !self.types.is_const_type(t)
            {
                self.types.default_type(x.ty)
            } else if x.is_const() && self.types.is_integer(x.ty) && self.all_types(t, |cx, u| cx.types.is_string(u)) {
                x.ty
            } else {
                t
            };
            if x.mode == Mode::Nil {
                x.mode = Mode::Value;
                self.convert_untyped_to(x, final_t);
            } else {
                self.set_untyped_type(x, final_t);
            }
        }
        x.ty = t;
        if x.mode != Mode::Constant {
            x.mode = Mode::Value;
        }
    }

    /// The value of constant `x` converted to basic type `t`: represented
    /// exactly (rounded for floats), or an integer as a rune's UTF-8.
    fn const_convertible(&self, x: &Operand, t: TypeId) -> Result<Value, Repr> {
        let mut y = x.clone();
        match self.representable(&mut y, t) {
            Ok(()) => Ok(y.val),
            Err(code) => {
                if self.types.is_string(t) && self.types.is_integer(x.ty) {
                    let c = x.val.to_i64().and_then(|i| u32::try_from(i).ok()).and_then(char::from_u32);
                    return Ok(Value::String(c.unwrap_or('\u{FFFD}').to_string().into_bytes().into()));
                }
                Err(code)
            }
        }
    }

    /// A constant converts to a type parameter if it converts to every
    /// type in its type set.
    fn const_convertible_to_type_param(&self, x: &Operand, t: TypeId, cause: &mut String) -> bool {
        let terms = match self.type_set(self.type_param_bound(t)).terms.clone() {
            Some(terms) if !terms.is_empty() => terms,
            _ => {
                *cause = format!("{} does not contain specific types", self.ts(t));
                return false;
            }
        };
        let tname = self.ts(t);
        terms.iter().all(|term| {
            let u = self.types.underlying(term.ty);
            if self.types.is_string(x.ty) && self.is_bytes_or_runes(u) {
                return true;
            }
            if self.types.basic(u).is_some() && self.const_convertible(x, u).is_ok() {
                return true;
            }
            *cause = if self.types.is_integer(x.ty) && self.types.is_integer(u) {
                format!("constant {} overflows {} (in {tname})", x.val, self.ts(u))
            } else {
                format!("cannot convert {} to type {} (in {tname})", self.op_str(x), self.ts(u))
            };
            false
        })
    }

    /// Whether `x` converts to `t` by the spec's rules; a type parameter
    /// on either side converts if every type of its type set does, and
    /// `cause` then says which one does not.
    fn convertible_to(&self, x: &Operand, t: TypeId, cause: &mut String) -> bool {
        if x.mode == Mode::Nil {
            return self.has_nil(t);
        }
        match self.assignable_to(x, t) {
            Ok(()) => return true,
            // The reason stands unless a later rule gives a better one.
            Err(Some(why)) => *cause = why,
            Err(None) => {}
        }
        let v = self.types.unalias(x.ty);
        let t = self.types.unalias(t);
        let (vu, tu) = (self.types.underlying(v), self.types.underlying(t));
        let (vp, tp) = (self.types.is_type_param(v), self.types.is_type_param(t));
        if !vp && !tp && self.identical_ignore_tags(vu, tu) {
            return true;
        }
        if let (Type::Pointer(a), Type::Pointer(b)) = (self.types.get(v), self.types.get(t))
            && !self.types.is_type_param(*a)
            && !self.types.is_type_param(*b)
            && self.identical_ignore_tags(self.types.underlying(*a), self.types.underlying(*b))
        {
            return true;
        }
        if self.convertible_under(vu, tu) {
            return true;
        }
        // Slice to array or array pointer.
        if let Type::Slice(se) = self.types.get(vu) {
            match self.types.get(tu) {
                Type::Array { elem, .. } if self.identical(*se, *elem) => {
                    if self.allow_version(20) {
                        return true;
                    }
                    *cause = "conversion of slice to array requires go1.20 or later".into();
                    return false;
                }
                Type::Pointer(p) => {
                    if let Type::Array { elem, .. } = self.types.get(self.types.underlying(*p))
                        && self.identical(*se, *elem)
                    {
                        if self.allow_version(17) {
                            return true;
                        }
                        *cause = "conversion of slice to array pointer requires go1.17 or later".into();
                        return false;
                    }
                }
                _ => {}
            }
        }
        if !vp && !tp {
            return false;
        }
        self.convertible_type_params(x, v, t, cause)
    }

    /// The conversions decided by the underlying types alone: numbers,
    /// strings, byte and rune slices, unsafe pointers.
    fn convertible_under(&self, vu: TypeId, tu: TypeId) -> bool {
        let num = |a: TypeId| self.types.is_integer(a) || self.types.is_float(a);
        let uptr = |a: TypeId| self.types.is_unsafe_pointer(a);
        let is_ptr = |a: TypeId| matches!(self.types.get(a), Type::Pointer(_));
        let uintptr = |a: TypeId| self.types.basic(a) == Some(BasicKind::Uintptr);
        (num(vu) && num(tu))
            || (self.types.is_complex(vu) && self.types.is_complex(tu))
            || (self.types.is_string(tu) && (self.types.is_integer(vu) || self.is_bytes_or_runes(vu)))
            || (self.types.is_string(vu) && self.is_bytes_or_runes(tu))
            || ((is_ptr(vu) || uintptr(vu)) && uptr(tu))
            || (uptr(vu) && (is_ptr(tu) || uintptr(tu)))
    }

    /// Conversion with a type parameter on either side: each type of
    /// the source's type set to each of the target's.
    fn convertible_type_params(&self, x: &Operand, v: TypeId, t: TypeId, cause: &mut String) -> bool {
        let specific = |a: TypeId| -> Option<Vec<TypeId>> {
            if self.types.is_type_param(a) {
                self.type_set(self.type_param_bound(a)).terms.as_ref().map(|ts| ts.iter().map(|t| t.ty).collect())
            } else {
                Some(vec![a])
            }
        };
        let (Some(vs), Some(ts)) = (specific(v), specific(t)) else { return false };
        let (vp, tp) = (self.types.is_type_param(v), self.types.is_type_param(t));
        for &a in &vs {
            let y = Operand { ty: a, ..x.clone() };
            for &b in &ts {
                if self.convertible_to(&y, b, cause) {
                    continue;
                }
                let (a_s, b_s) = (self.ts(a), self.ts(b));
                let msg = match (vp, tp) {
                    (true, true) => {
                        format!("cannot convert {a_s} (in {}) to type {b_s} (in {})", self.ts(v), self.ts(t))
                    }
                    (true, false) => format!("cannot convert {a_s} (in {}) to type {}", self.ts(v), self.ts(t)),
                    _ => format!("cannot convert {} to type {b_s} (in {})", self.ts(v), self.ts(t)),
                };
                *cause = if cause.is_empty() { msg } else { format!("{msg}\n\t{cause}") };
                return false;
            }
        }
        true
    }

    fn is_bytes_or_runes(&self, t: TypeId) -> bool {
        match self.types.get(t) {
            Type::Slice(e) => matches!(self.types.basic(*e), Some(BasicKind::Uint8 | BasicKind::Int32)),
            _ => false,
        }
    }

    fn func_call(&mut self, e: ExprId, f: Operand, args: &[ExprId], ellipsis: u32, rparen: u32) -> Operand {
        // All types in the type set must share one underlying signature.
        let common = if self.types.is_type_param(f.ty) {
            let not_func = self
                .type_set_pairs(f.ty)
                .into_iter()
                .find(|&(_, u)| u.is_some_and(|u| !matches!(self.types.get(u), Type::Signature(_))));
            match not_func {
                Some((t, _)) => Err(format!("{} is not a function", self.ts(t))),
                None => self.common_under(f.ty, |_| None),
            }
        } else {
            // Not a type parameter: its own type set, no vectors needed.
            let u = self.types.underlying(f.ty);
            match self.types.get(u) {
                Type::Signature(_) => Ok(u),
                _ => Err(format!("{} is not a function", self.ts(f.ty))),
            }
        };
        let (core, sig) = match common.as_ref().map(|&c| (c, self.types.get(c).clone())) {
            Ok((core, Type::Signature(sig))) => (core, sig),
            _ => {
                let why = common.err().unwrap_or_default();
                let d = self.op_str(&f);
                self.error(self.pos(e), format!("invalid operation: cannot call {d}: {why}"));
                for &a in args {
                    self.raw_expr(a, None, false);
                }
                return Operand::invalid(Some(e));
            }
        };
        // Evaluate arguments (a single call may provide several).
        let mut ops: Vec<Operand> = if args.len() == 1 && ellipsis == NO_POS {
            self.multi_expr(args[0])
        } else {
            args.iter().map(|&a| self.expr(a)).collect()
        };
        let mut sig_t = core;
        let mut sig = sig;
        let mut core = core;
        if !sig.type_params.is_empty() && self.in_own_body(&sig.type_params) {
            // A generic function calling itself: its type parameters also
            // appear in the arguments, so infer with fresh copies of them.
            core = self.rename_type_params(core);
            let Type::Signature(s) = self.types.get(core).clone() else { return Operand::invalid(Some(e)) };
            sig = s;
        }
        // Generic functions passed as arguments take part in inference
        // with fresh copies of their type parameters (`f(g, g)` infers
        // each `g` on its own).
        let n = sig.type_params.len();
        let mut tparams = sig.type_params.clone();
        let mut generic_args: Vec<usize> = Vec::new();
        for (i, op) in ops.iter_mut().enumerate() {
            let generic = !op.is_invalid()
                && matches!(self.types.get(self.types.unalias(op.ty)), Type::Signature(s) if !s.type_params.is_empty());
            if !generic {
                continue;
            }
            if let Some(a) = op.expr {
                self.verify_version(self.pos(a), 21, "implicitly instantiated function as argument");
            }
            op.ty = self.rename_type_params(op.ty);
            if let Some(s) = self.types.signature(op.ty) {
                tparams.extend(s.type_params.iter().copied());
            }
            generic_args.push(i);
        }
        if !tparams.is_empty() {
            let params = self.param_types(&sig, ops.len(), ellipsis != NO_POS);
            if params.len() != ops.len() || (ellipsis != NO_POS && !sig.variadic) {
                self.arguments(e, f.expr, &sig, &ops, args, ellipsis, rparen);
                return Operand::invalid(Some(e));
            }
            let iargs: Vec<InferArg> = ops.iter().map(|o| self.infer_arg(o)).collect();
            // gc places a call at its `(`.
            let Expr::Call { lparen, .. } = *self.ast().expr(e) else { return Operand::invalid(Some(e)) };
            match self.infer_args(lparen, &tparams, &[], &params, &iargs, false) {
                Ok(targs) => {
                    if n > 0 {
                        sig_t = self.instantiate_sig(core, &targs[..n], Some(lparen));
                        let Type::Signature(s) = self.types.get(sig_t).clone() else {
                            return Operand::invalid(Some(e));
                        };
                        sig = s;
                        self.record(f.expr.unwrap_or(e), Mode::Value, sig_t, None);
                        let fe = f.expr.unwrap_or(e);
                        let partial = matches!(self.ast().expr(fe), Expr::Index { .. } | Expr::IndexList { .. });
                        self.record_instance(fe, &targs[..n], partial);
                    }
                    let mut j = n;
                    for &i in &generic_args {
                        let k = j + self.types.signature(ops[i].ty).map_or(0, |s| s.type_params.len());
                        let pos = ops[i].expr.map(|a| self.pos(a));
                        ops[i].ty = self.instantiate_sig(ops[i].ty, &targs[j..k], pos);
                        if let Some(a) = ops[i].expr {
                            self.record(a, ops[i].mode, ops[i].ty, None);
                            let partial = matches!(self.ast().expr(a), Expr::Index { .. } | Expr::IndexList { .. });
                            self.record_instance(a, &targs[j..k], partial);
                        }
                        j = k;
                    }
                }
                Err(err) => {
                    if ops.iter().any(|o| o.is_invalid()) {
                        return Operand::invalid(Some(e));
                    }
                    let s = self.expr_str(f.expr.unwrap_or(e));
                    self.error(err.pos, format!("in call to {s}, {}", err.msg));
                    return Operand::invalid(Some(e));
                }
            }
        }
        self.arguments(e, f.expr, &sig, &ops, args, ellipsis, rparen);
        let results = self.types.tuple_vars(sig.results).to_vec();
        let _ = sig_t;
        match results.len() {
            0 => Operand { mode: Mode::NoValue, expr: Some(e), ty: INVALID, val: Value::Unknown },
            1 => {
                let t = self.objs.get(results[0]).ty;
                if !self.complete_or_cycle(t) {
                    return Operand::invalid(Some(e));
                }
                Operand { mode: Mode::Value, expr: Some(e), ty: t, val: Value::Unknown }
            }
            _ => Operand { mode: Mode::Value, expr: Some(e), ty: sig.results, val: Value::Unknown },
        }
    }

    /// Whether the code being checked is inside the declaration of
    /// `tparams` (in the body of the generic function itself, or of a
    /// closure in it), where they may appear in argument types.
    fn in_own_body(&self, tparams: &[TypeId]) -> bool {
        let Some(&first) = tparams.first() else { return false };
        let Type::TypeParam(p) = self.types.get(first) else { return false };
        let Some(decl_scope) = self.objs.get(p.obj).parent else { return false };
        let mut scope = self.env.scope;
        while let Some(s) = scope {
            if s == decl_scope {
                return true;
            }
            scope = self.scopes.get(s).parent;
        }
        false
    }

    /// A copy of generic signature `sig_t` with fresh type parameters.
    pub(crate) fn rename_type_params(&mut self, sig_t: TypeId) -> TypeId {
        let Type::Signature(sig) = self.types.get(sig_t).clone() else { return sig_t };
        let old = sig.type_params.clone();
        let fresh: Vec<TypeId> = old
            .iter()
            .map(|&tp| match self.types.get(tp).clone() {
                Type::TypeParam(p) => {
                    self.ck.types.add(Type::TypeParam(crate::types::TypeParam { constraint: INVALID, ..p }))
                }
                _ => tp,
            })
            .collect();
        for (&o, &n) in old.iter().zip(&fresh) {
            let bound = self.type_param_bound(o);
            let bound = self.subst(bound, &old, &fresh);
            if let Type::TypeParam(p) = self.ck.types.get_mut(n) {
                p.constraint = bound;
            }
        }
        let params = self.subst(sig.params, &old, &fresh);
        let results = self.subst(sig.results, &old, &fresh);
        self.ck.types.add(Type::Signature(crate::types::Signature { type_params: fresh, params, results, ..sig }))
    }

    /// An argument as type inference sees it.
    pub(crate) fn infer_arg(&self, o: &Operand) -> InferArg {
        InferArg {
            ty: if o.is_invalid() { INVALID } else { o.ty },
            is_nil: o.mode == Mode::Nil,
            desc: o.expr.map(|a| self.expr_str(a)).unwrap_or_default(),
            pos: o.expr.map_or(0, |a| self.pos(a)),
        }
    }

    /// Instantiates a generic function value `x` assigned to something of
    /// function type `target` (named `desc` in messages), inferring its
    /// type arguments as if `x`'s signature were the parameter of a call
    /// with an argument of type `target` (reverse inference). Returns
    /// false, with an error reported and `x` invalidated, if that fails;
    /// leaves `x` alone if it is not generic or `target` not a function.
    pub(crate) fn instantiate_for_target(&mut self, x: &mut Operand, target: TypeId, desc: &str) -> bool {
        if x.is_invalid() {
            return true;
        }
        let Type::Signature(gsig) = self.types.get(self.types.unalias(x.ty)).clone() else { return true };
        if gsig.type_params.is_empty() {
            return true;
        }
        let Some(tsig) = self.core_type(target).filter(|&c| self.types.signature(c).is_some()) else { return true };
        let pos = x.expr.map_or(0, |e| self.pos(e));
        if let Some(e) = x.expr {
            let partial = matches!(self.ast().expr(e), Expr::Index { .. } | Expr::IndexList { .. });
            let what = if partial {
                "partially instantiated function in assignment"
            } else {
                "implicitly instantiated function in assignment"
            };
            let at = match self.ast().expr(e) {
                Expr::Index { lbrack, .. } | Expr::IndexList { lbrack, .. } => *lbrack,
                _ => self.pos(e),
            };
            // Instantiation itself needs go1.18 (one complaint, as types2).
            if self.verify_version(at, 18, "function instantiation") {
                self.verify_version(at, 21, what);
            }
        }
        let renamed = self.rename_type_params(x.ty);
        let Type::Signature(rsig) = self.types.get(renamed).clone() else { return true };
        let plain = self.ck.types.add(Type::Signature(crate::types::Signature {
            type_params: Vec::new(),
            recv: None,
            ..rsig.clone()
        }));
        let arg = InferArg { ty: tsig, is_nil: false, desc: desc.to_string(), pos };
        match self.infer_args(pos, &rsig.type_params, &[], &[plain], &[arg], true) {
            Ok(targs) => {
                x.ty = self.instantiate_sig(renamed, &targs, Some(pos));
                if let Some(e) = x.expr {
                    self.record(e, x.mode, x.ty, None);
                    let partial = matches!(self.ast().expr(e), Expr::Index { .. } | Expr::IndexList { .. });
                    self.record_instance(e, &targs, partial);
                }
                true
            }
            Err(err) => {
                self.error(err.pos, err.msg);
                x.invalidate();
                false
            }
        }
    }

    /// The parameter types arguments are matched against (variadic expanded).
    fn param_types(&self, sig: &crate::types::Signature, nargs: usize, spread: bool) -> Vec<TypeId> {
        let ps: Vec<TypeId> = self.types.tuple_vars(sig.params).iter().map(|&v| self.objs.get(v).ty).collect();
        if !sig.variadic || spread {
            return ps;
        }
        let mut out = ps[..ps.len() - 1].to_vec();
        let last = ps[ps.len() - 1];
        let elem = match self.types.get(self.types.underlying(last)) {
            Type::Slice(e) => *e,
            _ => INVALID,
        };
        while out.len() < nargs {
            out.push(elem);
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn arguments(
        &mut self,
        call: ExprId,
        fun: Option<ExprId>,
        sig: &crate::types::Signature,
        ops: &[Operand],
        args: &[ExprId],
        ellipsis: u32,
        rparen: u32,
    ) {
        let nparams = self.types.tuple_vars(sig.params).len();
        let spread = ellipsis != NO_POS;
        if spread {
            if !sig.variadic {
                let fs = fun.map(|f| self.expr_str(f)).unwrap_or_default();
                self.error(self.pos(call), format!("cannot use ... in call to non-variadic {fs}"));
                return;
            }
            if ops.len() == 1
                && args.len() == 1
                && matches!(self.ast().expr(args[0]), Expr::Call { .. })
                && ops.len() != nparams
            {
                // f(g()...) is not allowed.
            }
        }
        let params = self.param_types(sig, ops.len(), spread);
        if ops.len() != params.len() {
            // As types2: at the first extra argument, else the last one,
            // else the call.
            let _ = rparen;
            let at_op = if ops.len() < params.len() { ops.last() } else { ops.get(params.len()) };
            let at = at_op.and_then(|o| o.expr).map_or(self.pos(call), |a| self.pos(a));
            let which = if ops.len() < params.len() { "not enough" } else { "too many" };
            let have = self.operands_summary(ops, spread);
            let want = self.vars_summary(self.types.tuple_vars(sig.params), sig.variadic);
            let s = fun.map(|f| self.expr_str(f)).unwrap_or_default();
            self.error(at, format!("{which} arguments in call to {s}\n\thave {have}\n\twant {want}"));
            return;
        }
        // The context names the callee for diagnostics only: built when an
        // argument needs more than the trivial check.
        let mut context: Option<String> = None;
        for (x, &pt) in ops.iter().zip(&params) {
            if self.passes_as_is(x, pt) {
                continue;
            }
            let context = context.get_or_insert_with(|| match fun {
                Some(f) => format!("argument to {}", self.expr_str(f)),
                None => "argument".into(),
            });
            let mut x = x.clone();
            self.assignment(&mut x, Some(pt), context);
        }
    }

    /// The types of `ops` as a count mismatch lists them (`have (...)`);
    /// `spread` marks a last argument followed by `...`.
    pub(crate) fn operands_summary(&self, ops: &[Operand], spread: bool) -> String {
        let tys: Vec<TypeId> = ops.iter().map(|o| if o.is_invalid() { INVALID } else { o.ty }).collect();
        self.types_summary(&tys, false, spread)
    }

    /// Whether assigning `x` to a parameter of type `t` is certain to do
    /// nothing: a typed, non-generic value of exactly that type.
    fn passes_as_is(&self, x: &Operand, t: TypeId) -> bool {
        x.ty == t
            && matches!(x.mode, Mode::Constant | Mode::Variable | Mode::MapIndex | Mode::Value | Mode::CommaOk)
            && !self.types.is_untyped(t)
            && !matches!(self.types.get(self.types.unalias(t)), Type::Signature(s) if !s.type_params.is_empty())
    }

    /// The types of variables `vars` as a count mismatch lists them
    /// (`want (...)`); `variadic` writes a last slice as `...elem`.
    pub(crate) fn vars_summary(&self, vars: &[ObjId], variadic: bool) -> String {
        let tys: Vec<TypeId> = vars.iter().map(|&v| self.objs.get(v).ty).collect();
        self.types_summary(&tys, variadic, false)
    }

    /// `(t1, t2, ...)` as types2 summarises types: untyped numbers are
    /// `number` (no particular type implied), other untyped types drop
    /// `untyped`, an invalid type is `unknown type`; the last type is
    /// `...elem` for a variadic parameter and `t...` for a spread argument.
    fn types_summary(&self, tys: &[TypeId], variadic: bool, spread: bool) -> String {
        let parts: Vec<String> = tys
            .iter()
            .enumerate()
            .map(|(i, &t)| {
                let mut s = if t == INVALID {
                    "unknown type".to_string()
                } else if self.types.is_untyped(t) && self.types.is_numeric(t) {
                    "number".to_string()
                } else if self.types.is_untyped(t) {
                    self.ts(t).replace("untyped ", "")
                } else {
                    self.ts(t)
                };
                if i + 1 == tys.len() {
                    if variadic {
                        if let Type::Slice(e) = self.types.get(t) {
                            s = self.ts(*e);
                        }
                        s = format!("...{s}");
                    } else if spread {
                        s.push_str("...");
                    }
                }
                s
            })
            .collect();
        format!("({})", parts.join(", "))
    }

    /// A generic function's signature with type arguments substituted,
    /// their constraints verified.
    pub(crate) fn instantiate_sig(&mut self, sig_t: TypeId, targs: &[TypeId], pos: Option<u32>) -> TypeId {
        self.instantiate_sig_at(sig_t, targs, pos, &[])
    }

    /// `instantiate_sig`, reporting an unsatisfied constraint at the
    /// explicit type argument (`arg_pos`) where there is one.
    fn instantiate_sig_at(&mut self, sig_t: TypeId, targs: &[TypeId], pos: Option<u32>, arg_pos: &[u32]) -> TypeId {
        let Type::Signature(sig) = self.types.get(sig_t).clone() else { return INVALID };
        let tparams = sig.type_params.clone();
        let mut satisfied = true;
        for (i, (&tp, &ta)) in tparams.iter().zip(targs).enumerate() {
            let pos = pos.map(|p| arg_pos.get(i).copied().unwrap_or(p));
            // An argument built on an invalid type was reported already.
            if self.mentions_any(ta, &[INVALID]) {
                continue;
            }
            let bound = self.type_param_bound(tp);
            let bound = self.subst(bound, &tparams, targs);
            if let Some(why) = self.ck.satisfies_in(ta, bound, Some(self.pkg), self.allow_version(20)) {
                if let Some(p) = pos {
                    self.error(p, why);
                }
                satisfied = false;
                break;
            }
        }
        if satisfied && let Some(p) = pos {
            self.mono_record_instance(p, &tparams, targs, arg_pos);
        }
        let params = self.subst(sig.params, &tparams, targs);
        let results = self.subst(sig.results, &tparams, targs);
        self.ck.types.add(Type::Signature(crate::types::Signature { type_params: Vec::new(), params, results, ..sig }))
    }

    /// Where the explicit type arguments of `f[T1, T2]` are written.
    fn type_arg_positions(&self, e: ExprId) -> Vec<u32> {
        let ast = self.ast();
        match *ast.expr(e) {
            Expr::Index { index, .. } => vec![self.pos(index)],
            Expr::IndexList { indices, .. } => ast.exprs_of(indices).iter().map(|&i| self.pos(i)).collect(),
            _ => Vec::new(),
        }
    }

    /// `f[T1, T2]` for a generic function value.
    pub(crate) fn instantiate_func(
        &mut self,
        e: ExprId,
        f: Operand,
        targs: &[TypeId],
        _allow_partial: bool,
    ) -> Operand {
        if targs.iter().any(|&t| self.types.is_invalid(t)) {
            return Operand::invalid(Some(e));
        }
        let Some(sig) = self.types.signature(f.ty).cloned() else { return Operand::invalid(Some(e)) };
        if targs.len() > sig.type_params.len() {
            // At the first type argument too many, as types2 reports it in a call.
            let want = sig.type_params.len();
            let at = self.type_arg_positions(e).get(want).copied().unwrap_or(self.pos(e));
            self.error(at, format!("got {} type arguments but want {want}", targs.len()));
            return Operand::invalid(Some(e));
        }
        if targs.len() < sig.type_params.len() {
            // Fresh type parameters, as the type arguments may mention the
            // function's own (`f[P]` inside `f`).
            let renamed = self.rename_type_params(f.ty);
            let Some(sig) = self.types.signature(renamed).cloned() else { return Operand::invalid(Some(e)) };
            let tparams = sig.type_params.clone();
            let known: Vec<TypeId> = targs.to_vec();
            // The constraints may determine the rest (`Grow[S]` with
            // `S ~[]E` gives E).
            if let Ok(all) = self.infer_args(self.pos(e), &tparams, &known, &[], &[], false) {
                let arg_pos = self.type_arg_positions(e);
                let t = self.instantiate_sig_at(renamed, &all, Some(self.pos(e)), &arg_pos);
                self.record_instance(e, &all, false);
                return Operand { mode: Mode::Value, expr: Some(e), ty: t, val: Value::Unknown };
            }
            // Partial instantiation: the rest is inferred at the call.
            let rest: Vec<TypeId> = tparams[known.len()..].to_vec();
            let mut all = known.clone();
            all.extend(rest.iter().copied());
            // The other parameters' constraints see the known arguments
            // (`G Getter[T]` with `T` given is `G Getter[int]`); they are
            // fresh copies, so updating them in place is safe.
            for &p in &rest {
                let bound = self.type_param_bound(p);
                let bound = self.subst(bound, &tparams, &all);
                if let Type::TypeParam(tp) = self.ck.types.get_mut(p) {
                    tp.constraint = bound;
                }
            }
            let params = self.subst(sig.params, &tparams, &all);
            let results = self.subst(sig.results, &tparams, &all);
            let t = self.ck.types.add(Type::Signature(crate::types::Signature {
                type_params: rest,
                params,
                results,
                ..sig
            }));
            return Operand { mode: Mode::Value, expr: Some(e), ty: t, val: Value::Unknown };
        }
        let arg_pos = self.type_arg_positions(e);
        let t = self.instantiate_sig_at(f.ty, targs, Some(self.pos(e)), &arg_pos);
        self.record_instance(e, targs, false);
        Operand { mode: Mode::Value, expr: Some(e), ty: t, val: Value::Unknown }
    }

    /// `assert(cond)`: `cond` must be a constant boolean; false fails.
    fn builtin_assert(&mut self, e: ExprId, arg: ExprId) -> Operand {
        let x = self.expr(arg);
        if x.is_invalid() {
            return Operand::invalid(Some(e));
        }
        match x.val {
            Value::Bool(ok) if x.is_const() => {
                if !ok {
                    let s = self.expr_str(e);
                    self.error(self.pos(e), format!("{s} failed"));
                }
                Operand { expr: Some(e), ..x }
            }
            _ => {
                let s = self.op_str(&x);
                self.error(self.pos(arg), format!("invalid argument: {s} is not a boolean constant"));
                Operand::invalid(Some(e))
            }
        }
    }

    fn builtin(&mut self, e: ExprId, b: Builtin, args: &[ExprId], ellipsis: u32, rparen: u32) -> Operand {
        let name = b.name();
        if ellipsis != NO_POS && b != Builtin::Append {
            self.error(ellipsis, format!("invalid use of ... with built-in {name}"));
            for &a in args {
                self.raw_expr(a, None, true);
            }
            return Operand::invalid(Some(e));
        }
        let (min, variadic) = match b {
            Builtin::Append | Builtin::Max | Builtin::Min => (1, true),
            Builtin::Print | Builtin::Println | Builtin::Trace => (0, true),
            Builtin::Make => (1, true),
            Builtin::Recover => (0, false),
            Builtin::Complex | Builtin::Copy | Builtin::Delete | Builtin::Add | Builtin::Slice | Builtin::String => {
                (2, false)
            }
            _ => (1, false),
        };
        if args.len() < min || (!variadic && args.len() > min) {
            let which = if args.len() < min { "not enough" } else { "too many" };
            let at = if args.len() < min {
                rparen
            } else {
                self.pos(
                    args[min.max(if b == Builtin::Make { 3 } else { min })..]
                        .first()
                        .copied()
                        .unwrap_or(args[args.len() - 1]),
                )
            };
            let s = self.expr_str(e);
            for &a in args {
                self.raw_expr(a, None, true);
            }
            self.error(at, format!("{which} arguments for {s} (expected {min}, found {})", args.len()));
            return Operand::invalid(Some(e));
        }
        // Built-ins added after go1.0, as types2 gates them (at the callee).
        let gate = match b {
            Builtin::Max | Builtin::Min => Some((21, format!("built-in {name}"))),
            Builtin::Add | Builtin::Slice => Some((17, format!("unsafe.{name}"))),
            Builtin::SliceData | Builtin::String | Builtin::StringData => Some((20, format!("unsafe.{name}"))),
            _ => None,
        };
        if let Some((minor, what)) = gate {
            self.verify_version(self.pos(e), minor, &what);
        }
        let value = |ty: TypeId| Operand { mode: Mode::Value, expr: Some(e), ty, val: Value::Unknown };
        let novalue = Operand { mode: Mode::NoValue, expr: Some(e), ty: INVALID, val: Value::Unknown };
        match b {
            Builtin::Assert => self.builtin_assert(e, args[0]),
            Builtin::Trace => {
                let xs: Vec<Operand> = args.iter().map(|&a| self.expr(a)).collect();
                xs.into_iter().next().unwrap_or(novalue)
            }
            Builtin::Len | Builtin::Cap => {
                let x = self.expr(args[0]);
                if x.is_invalid() {
                    return Operand::invalid(Some(e));
                }
                let int = BasicKind::Int.ty();
                let t = if self.types.is_type_param(x.ty) { Some(x.ty) } else { self.core_type(x.ty) };
                let (ok, constant) = match t.map(|t| self.types.get(self.types.underlying(t)).clone()) {
                    Some(Type::Basic(_)) if b == Builtin::Len && self.types.is_string(x.ty) => {
                        (true, if let Value::String(s) = &x.val { Some(s.len() as i64) } else { None })
                    }
                    Some(Type::Array { len, .. }) => (true, if self.has_call_or_recv(args[0]) { None } else { len.map(|l| l as i64) }),
                    Some(Type::Pointer(p)) => match self.types.get(self.types.underlying(p)) {
                        Type::Array { len, .. } => (true, if self.has_call_or_recv(args[0]) { None } else { len.map(|l| l as i64) }),
                        _ => (false, None),
                    },
                    Some(Type::Slice(_)) | Some(Type::Chan { .. }) => (true, None),
                    Some(Type::Map { .. }) => (b == Builtin::Len, None),
                    Some(Type::Interface(_)) if self.types.is_type_param(x.ty) => (
                        self.all_types(x.ty, |cx, t| {
                            let u = cx.types.underlying(t);
                            matches!(cx.types.get(u), Type::Array { .. } | Type::Slice(_) | Type::Chan { .. })
                                || b == Builtin::Len && (cx.types.is_string(u) || matches!(cx.types.get(u), Type::Map { .. }))
                                || matches!(cx.types.get(u), Type::Pointer(p) if matches!(cx.types.get(cx.types.underlying(*p)), Type::Array { .. }))
                        }),
                        None,
                    ),
                    _ => (false, None),
                };
                if !ok {
                    let d = self.op_str(&x);
                    self.error(self.pos(args[0]), format!("invalid argument: {d} for built-in {name}"));
                    return Operand::invalid(Some(e));
                }
                match constant {
                    Some(n) => Operand { mode: Mode::Constant, expr: Some(e), ty: int, val: Value::int(n) },
                    None => value(int),
                }
            }
            Builtin::Append => self.builtin_append(e, args, ellipsis),
            Builtin::Make => {
                let t = self.var_type(args[0]);
                if self.types.is_invalid(t) {
                    return Operand::invalid(Some(e));
                }
                let makeable = |u: Option<TypeId>| match u.map(|u| self.types.get(u)) {
                    Some(Type::Slice(_) | Type::Map { .. } | Type::Chan { .. }) => None,
                    Some(_) => Some("type must be slice, map, or channel".to_string()),
                    None => Some("no specific type".to_string()),
                };
                let min_args = match self.common_under(t, makeable).map(|c| self.types.get(c)) {
                    Ok(Type::Slice(_)) => 2,
                    Ok(_) => 1,
                    Err(why) => {
                        let s = self.expr_str(args[0]);
                        self.error(self.pos(args[0]), format!("invalid argument: cannot make {s}: {why}"));
                        return Operand::invalid(Some(e));
                    }
                };
                if args.len() < min_args {
                    let s = self.ts(t);
                    self.error(
                        self.pos(e),
                        format!(
                            "invalid operation: {} expects {min_args} or {} arguments; found {}",
                            self.expr_str(e),
                            min_args + 1,
                            args.len()
                        ),
                    );
                    let _ = s;
                    return Operand::invalid(Some(e));
                }
                if min_args == 1 && args.len() > 2 || args.len() > 3 {
                    self.error(
                        self.pos(e),
                        format!(
                            "invalid operation: {} expects {min_args} or {} arguments; found {}",
                            self.expr_str(e),
                            min_args + 1,
                            args.len()
                        ),
                    );
                    return Operand::invalid(Some(e));
                }
                let mut sizes = Vec::new();
                for &a in &args[1..] {
                    sizes.push(self.size_arg(a));
                }
                if let [Some(l), Some(c)] = sizes[..]
                    && l > c
                {
                    self.error(self.pos(args[1]), "invalid argument: length and capacity swapped".to_string());
                }
                value(t)
            }
            Builtin::New => {
                // new(T), or since go1.26 new(expr): a pointer to a copy.
                let mut x = self.expr_or_type(args[0], false);
                let t = match x.mode {
                    Mode::Invalid => return Operand::invalid(Some(e)),
                    Mode::TypeExpr => self.valid_var_type(args[0], x.ty),
                    Mode::Builtin(_) => {
                        let s = self.expr_str(args[0]);
                        self.error(self.pos(args[0]), format!("{s} (built-in) must be called"));
                        return Operand::invalid(Some(e));
                    }
                    _ => {
                        if self.types.is_untyped(x.ty) {
                            self.assignment(&mut x, None, "argument to new");
                            if x.is_invalid() {
                                return Operand::invalid(Some(e));
                            }
                        }
                        if !self.allow_version(26) {
                            let s = self.expr_str(args[0]);
                            self.error(self.pos(e), format!("new({s}) requires go1.26 or later"));
                        }
                        x.ty
                    }
                };
                if self.types.is_invalid(t) {
                    return Operand::invalid(Some(e));
                }
                let p = self.ck.types.pointer(t);
                value(p)
            }
            Builtin::Panic => {
                let mut x = self.expr(args[0]);
                let any = self.universe.any;
                self.assignment(&mut x, Some(any), "argument to panic");
                novalue
            }
            Builtin::Print | Builtin::Println => {
                // `println(f())` prints each of f's results.
                let xs = match args {
                    [a] => self.multi_expr(*a),
                    _ => args.iter().map(|&a| self.expr(a)).collect(),
                };
                for mut x in xs {
                    self.assignment(&mut x, None, &format!("argument to built-in {name}"));
                }
                novalue
            }
            Builtin::Recover => value(self.universe.any),
            Builtin::Close => {
                let x = self.expr(args[0]);
                if x.is_invalid() {
                    return Operand::invalid(Some(e));
                }
                // Every type in the type set must be a channel one can close.
                for u in self.under_types(x.ty) {
                    let d = self.op_str(&x);
                    match u.map(|u| self.types.get(u)) {
                        Some(Type::Chan { dir: wago_syntax::ast::ChanDir::Recv, .. }) => {
                            self.error(
                                self.pos(args[0]),
                                format!("invalid operation: cannot close receive-only channel {d}"),
                            );
                            break;
                        }
                        Some(Type::Chan { .. }) => {}
                        _ => {
                            self.error(self.pos(args[0]), format!("invalid operation: cannot close non-channel {d}"));
                            break;
                        }
                    }
                }
                novalue
            }
            Builtin::Delete => {
                let m = self.expr(args[0]);
                let mut k = self.expr(args[1]);
                if m.is_invalid() || k.is_invalid() {
                    return novalue;
                }
                // Every type in the type set must be a map, all of one key type.
                let mut key: Option<TypeId> = None;
                for u in self.under_types(m.ty) {
                    let d = self.op_str(&m);
                    let Some(&Type::Map { key: k, .. }) = u.map(|u| self.types.get(u)) else {
                        self.error(self.pos(args[0]), format!("invalid argument: {d} is not a map"));
                        return novalue;
                    };
                    if key.is_some_and(|prev| !self.identical(prev, k)) {
                        self.error(
                            self.pos(args[0]),
                            format!("invalid argument: maps of {d} must have identical key types"),
                        );
                        return novalue;
                    }
                    key = Some(k);
                }
                self.assignment(&mut k, key, "argument to delete");
                novalue
            }
            Builtin::Clear => {
                let fun_pos = self.pos(e);
                self.verify_version(fun_pos, 21, "clear");
                let x = self.expr(args[0]);
                let clearable = |u: &Option<TypeId>| {
                    matches!(u.map(|u| self.types.get(u)), Some(Type::Map { .. } | Type::Slice(_)))
                };
                if !x.is_invalid() && !self.under_types(x.ty).iter().all(clearable) {
                    let d = self.op_str(&x);
                    self.error(
                        self.pos(args[0]),
                        format!(
                            "invalid argument: cannot clear {d}: argument must be (or constrained by) map or slice"
                        ),
                    );
                }
                novalue
            }
            Builtin::Copy => {
                let dst = self.expr(args[0]);
                let src = self.expr(args[1]);
                if !dst.is_invalid() && !src.is_invalid() {
                    self.builtin_copy(&dst, &src, args[0]);
                }
                value(BasicKind::Int.ty())
            }
            Builtin::Complex => self.builtin_complex(e, args),
            Builtin::Real | Builtin::Imag => self.builtin_real_imag(e, b, args[0]),
            Builtin::Max | Builtin::Min => self.builtin_min_max(e, b, args),
            Builtin::Sizeof | Builtin::Alignof => {
                let mut x = self.expr(args[0]);
                if x.is_invalid() {
                    return Operand::invalid(Some(e));
                }
                self.assignment(&mut x, None, &format!("argument to unsafe.{name}"));
                if x.is_invalid() || self.contains_itself(x.ty) {
                    return Operand::invalid(Some(e));
                }
                if self.has_var_size(x.ty, &mut Vec::new()) {
                    return value(BasicKind::Uintptr.ty());
                }
                let n = if b == Builtin::Sizeof {
                    self.sizes.sizeof(&self.types, &self.objs, x.ty)
                } else {
                    self.sizes.alignof(&self.types, &self.objs, x.ty)
                };
                // Sizes saturate; one beyond int64 is an error, as in types2.
                if n > i64::MAX as u64 {
                    let d = self.op_str(&x);
                    self.error(self.pos(args[0]), format!("{d} is too large"));
                    return Operand::invalid(Some(e));
                }
                Operand { mode: Mode::Constant, expr: Some(e), ty: BasicKind::Uintptr.ty(), val: Value::int(n as i64) }
            }
            Builtin::Offsetof => self.builtin_offsetof(e, args[0]),
            Builtin::Add => {
                let mut p = self.expr(args[0]);
                let n = self.expr(args[1]);
                let unsafe_ptr = BasicKind::UnsafePointer.ty();
                self.assignment(&mut p, Some(unsafe_ptr), "argument to unsafe.Add");
                if p.is_invalid() || !self.valid_index_operand(n, "length", true) {
                    return Operand::invalid(Some(e));
                }
                value(unsafe_ptr)
            }
            Builtin::Slice => {
                let p = self.expr(args[0]);
                let n = self.expr(args[1]);
                if p.is_invalid() {
                    return Operand::invalid(Some(e));
                }
                let Ok(Type::Pointer(elem)) = self.common_under(p.ty, |_| None).map(|u| self.types.get(u).clone())
                else {
                    let d = self.op_str(&p);
                    self.error(self.pos(args[0]), format!("invalid argument: {d} is not a pointer"));
                    return Operand::invalid(Some(e));
                };
                if !self.valid_index_operand(n, "length", false) {
                    return Operand::invalid(Some(e));
                }
                value(self.ck.types.slice(elem))
            }
            Builtin::SliceData => {
                let s = self.expr(args[0]);
                if s.is_invalid() {
                    return Operand::invalid(Some(e));
                }
                let Ok(Type::Slice(elem)) = self.common_under(s.ty, |_| None).map(|u| self.types.get(u).clone()) else {
                    let d = self.op_str(&s);
                    self.error(self.pos(args[0]), format!("invalid argument: {d} is not a slice"));
                    return Operand::invalid(Some(e));
                };
                value(self.ck.types.pointer(elem))
            }
            Builtin::String => {
                let mut p = self.expr(args[0]);
                let n = self.expr(args[1]);
                let bp = self.ck.types.pointer(BasicKind::Uint8.ty());
                self.assignment(&mut p, Some(bp), "argument to unsafe.String");
                if p.is_invalid() || !self.valid_index_operand(n, "length", false) {
                    return Operand::invalid(Some(e));
                }
                value(BasicKind::String.ty())
            }
            Builtin::StringData => {
                let mut s = self.expr(args[0]);
                self.assignment(&mut s, Some(BasicKind::String.ty()), "argument to unsafe.StringData");
                if s.is_invalid() {
                    return Operand::invalid(Some(e));
                }
                let bp = self.ck.types.pointer(BasicKind::Uint8.ty());
                value(bp)
            }
        }
    }

    /// Whether `len(x)`'s argument contains a call or receive (then it isn't constant).
    fn has_call_or_recv(&self, e: ExprId) -> bool {
        let ast = self.ast();
        match *ast.expr(e) {
            Expr::Call { fun, args, .. } => {
                let is_conv = self.file_info_ro(fun).is_some_and(|m| m == Mode::TypeExpr);
                let is_builtin_const = false;
                !(is_conv || is_builtin_const) || ast.exprs_of(args).iter().any(|&a| self.has_call_or_recv(a))
            }
            Expr::Unary { op: wago_syntax::token::Token::Arrow, .. } => true,
            Expr::Unary { x, .. } | Expr::Paren { x, .. } | Expr::Star { x, .. } | Expr::Selector { x, .. } => {
                self.has_call_or_recv(x)
            }
            Expr::Binary { x, y, .. } | Expr::Index { x, index: y, .. } => {
                self.has_call_or_recv(x) || self.has_call_or_recv(y)
            }
            Expr::CompositeLit { elts, .. } => ast.exprs_of(elts).iter().any(|&a| self.has_call_or_recv(a)),
            Expr::KeyValue { key, value, .. } => self.has_call_or_recv(key) || self.has_call_or_recv(value),
            Expr::Slice(s) => self.has_call_or_recv(s.x),
            _ => false,
        }
    }

    fn file_info_ro(&self, e: ExprId) -> Option<Mode> {
        self.info(self.pkg).files[self.file].types.get(&e).map(|tv| tv.mode)
    }

    /// Whether `t` is complete: not a type whose declaration is still in
    /// progress (`type T [unsafe.Sizeof(T{})]int` needs T's size to
    /// declare T). A use that needs a complete type reports the cycle.
    pub(crate) fn complete_or_cycle(&mut self, t: TypeId) -> bool {
        // Follows the chain of declared right-hand sides (`type A B`,
        // `type A = B`), as any of them may still be in progress.
        let mut t = t;
        for _ in 0..64 {
            let (obj, rhs) = match self.types.get(t) {
                Type::Named(n) => (n.obj, n.underlying),
                Type::Alias(a) => (a.obj, a.actual),
                _ => return true,
            };
            if let Some(i) = self.obj_path.iter().position(|&o| o == obj) {
                let cycle = self.obj_path[i..].to_vec();
                self.cycle_error(&cycle);
                return false;
            }
            t = rhs;
        }
        true
    }

    /// Whether `t` is complete and, if it is a pointer, so is its base
    /// type (a selector or index through it dereferences implicitly).
    pub(crate) fn complete_through_pointer(&mut self, t: TypeId) -> bool {
        if !self.complete_or_cycle(t) {
            return false;
        }
        match self.types.get(self.types.underlying(t)) {
            Type::Pointer(base) => self.complete_or_cycle(*base),
            _ => true,
        }
    }

    /// Whether the size of `t` is not a constant: it depends on a type
    /// parameter, or on a type whose declaration is still in progress
    /// (`type T [unsafe.Sizeof(T{})]int`), which is a cycle, reported.
    fn has_var_size(&mut self, t: TypeId, seen: &mut Vec<TypeId>) -> bool {
        if seen.contains(&t) {
            return false;
        }
        seen.push(t);
        match self.types.get(t).clone() {
            Type::Alias(a) => {
                if let Some(i) = self.obj_path.iter().position(|&o| o == a.obj) {
                    let cycle = self.obj_path[i..].to_vec();
                    self.cycle_error(&cycle);
                    return true;
                }
                self.has_var_size(a.actual, seen)
            }
            Type::Named(n) => {
                if let Some(i) = self.obj_path.iter().position(|&o| o == n.obj) {
                    let cycle = self.obj_path[i..].to_vec();
                    self.cycle_error(&cycle);
                    return true;
                }
                n.underlying != INVALID && self.has_var_size(n.underlying, seen)
            }
            Type::TypeParam(_) => true,
            Type::Array { elem, .. } => self.has_var_size(elem, seen),
            Type::Struct(st) => st.fields.iter().any(|&f| {
                let ft = self.objs.get(f).ty;
                self.has_var_size(ft, seen)
            }),
            _ => false,
        }
    }

    fn size_arg(&mut self, a: ExprId) -> Option<i64> {
        let mut x = self.expr(a);
        if x.is_invalid() {
            return None;
        }
        if self.types.is_untyped(x.ty) {
            if x.is_const() && x.val.to_int().is_none() {
                {
                    let d = self.op_str(&x);
                    self.error(
                        self.pos(a),
                        format!("{d} truncated to int").replace("truncated to int", "truncated to int"),
                    );
                    return None;
                }
            }
            self.convert_untyped_to(&mut x, BasicKind::Int.ty());
        }
        if !self.all_types(x.ty, |cx, t| cx.types.is_integer(t)) {
            let d = self.op_str(&x);
            self.error(self.pos(a), format!("cannot convert {d} to type int"));
            return None;
        }
        if x.is_const() {
            if x.val.sign() == std::cmp::Ordering::Less {
                let s = self.expr_str(a);
                self.error(
                    self.pos(a),
                    format!("invalid argument: index {s} (constant of type int) must not be negative"),
                );
                return None;
            }
            return x.val.to_i64();
        }
        None
    }

    /// Whether `x` is a valid index or length (types2's `isValidIndex`):
    /// an integer, untyped constants becoming `int`; a constant one
    /// non-negative (unless `allow_negative`) and representable as `int`.
    fn valid_index_operand(&mut self, mut x: Operand, what: &str, allow_negative: bool) -> bool {
        if x.is_invalid() {
            return false;
        }
        self.implicit_convert(&mut x, BasicKind::Int.ty());
        if x.is_invalid() {
            return false;
        }
        let pos = x.expr.map_or(NO_POS, |a| self.pos(a));
        if !self.all_types(x.ty, |cx, t| cx.types.is_integer(t)) {
            let d = self.op_str(&x);
            self.error(pos, format!("invalid argument: {what} {d} must be integer"));
            return false;
        }
        if x.is_const() {
            if !allow_negative && x.val.sign() == std::cmp::Ordering::Less {
                let d = self.op_str(&x);
                self.error(pos, format!("invalid argument: {what} {d} must not be negative"));
                return false;
            }
            if self.representable(&mut x.clone(), BasicKind::Int.ty()).is_err() {
                let d = self.op_str(&x);
                self.error(pos, format!("invalid argument: {what} {d} overflows int"));
                return false;
            }
        }
        true
    }

    fn builtin_append(&mut self, e: ExprId, args: &[ExprId], ellipsis: u32) -> Operand {
        let mut s = self.expr(args[0]);
        if s.is_invalid() {
            for &a in &args[1..] {
                self.expr(a);
            }
            return Operand::invalid(Some(e));
        }
        let elem = match self.slice_elem(&s) {
            Ok(el) => el,
            Err(why) => {
                self.error(self.pos(args[0]), format!("invalid append: {why}"));
                // The other arguments are still evaluated (and so used).
                for &a in &args[1..] {
                    self.expr(a);
                }
                return Operand::invalid(Some(e));
            }
        };
        s.expr = Some(e);
        if ellipsis != NO_POS {
            if args.len() != 2 {
                self.error(ellipsis, "can only use ... with final argument in list");
                return Operand::invalid(Some(e));
            }
            let mut x = self.expr(args[1]);
            if x.is_invalid() {
                return Operand::invalid(Some(e));
            }
            // append([]byte, string...) is allowed.
            if self.core_string(x.ty).is_some_and(|c| self.types.is_string(c))
                && self.types.basic(elem) == Some(BasicKind::Uint8)
            {
                self.convert_untyped_to(&mut x, BasicKind::String.ty());
                return Operand { mode: Mode::Value, expr: Some(e), ty: s.ty, val: Value::Unknown };
            }
            let st = s.ty;
            self.assignment(&mut x, Some(st), "argument to append");
            return Operand { mode: Mode::Value, expr: Some(e), ty: s.ty, val: Value::Unknown };
        }
        for &a in &args[1..] {
            let mut x = self.expr_hint(a, Some(elem));
            self.assignment(&mut x, Some(elem), "argument to append");
        }
        Operand { mode: Mode::Value, expr: Some(e), ty: s.ty, val: Value::Unknown }
    }

    fn builtin_complex(&mut self, e: ExprId, args: &[ExprId]) -> Operand {
        let mut x = self.expr(args[0]);
        let mut y = self.expr(args[1]);
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(Some(e));
        }
        if self.types.is_untyped(x.ty) && self.types.is_untyped(y.ty) && !(x.is_const() && y.is_const()) {
            // An untyped non-constant argument is a delayed shift: both
            // become float64 (and the shift then fails), as in types2.
            let f64 = BasicKind::Float64.ty();
            self.implicit_convert(&mut x, f64);
            self.implicit_convert(&mut y, f64);
        } else {
            self.match_types(&mut x, &mut y);
        }
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(Some(e));
        }
        if !self.identical(x.ty, y.ty) {
            let (a, b) = (self.op_str(&x), self.op_str(&y));
            self.error(
                self.pos(e),
                format!(
                    "invalid operation: {} (mismatched types {} and {})",
                    self.expr_str(e),
                    self.ts(x.ty),
                    self.ts(y.ty)
                ),
            );
            let _ = (a, b);
            return Operand::invalid(Some(e));
        }
        if x.is_const() && y.is_const() {
            let (Some(re), Some(im)) = (x.val.to_rat(), y.val.to_rat()) else {
                let d = self.op_str(&x);
                self.error(
                    self.pos(args[0]),
                    format!("invalid argument: arguments have type {}, expected floating-point", self.ts(x.ty)),
                );
                let _ = d;
                return Operand::invalid(Some(e));
            };
            let t = if self.types.is_untyped(x.ty) {
                BasicKind::UntypedComplex.ty()
            } else if self.types.basic(x.ty) == Some(BasicKind::Float32) {
                BasicKind::Complex64.ty()
            } else {
                BasicKind::Complex128.ty()
            };
            if !self.types.is_untyped(x.ty) && !self.types.is_float(x.ty) {
                self.error(
                    self.pos(args[0]),
                    format!("invalid argument: arguments have type {}, expected floating-point", self.ts(x.ty)),
                );
                return Operand::invalid(Some(e));
            }
            return Operand { mode: Mode::Constant, expr: Some(e), ty: t, val: Value::Complex(Box::new((re, im))) };
        }
        if self.types.is_untyped(x.ty) {
            self.convert_untyped_to(&mut x, BasicKind::Float64.ty());
        }
        if self.generic_float_complex(&x, args[0], "complex", |cx, t| cx.types.is_float(t)) {
            return Operand::invalid(Some(e));
        }
        let t = match self.types.basic(x.ty) {
            Some(BasicKind::Float32) => BasicKind::Complex64.ty(),
            Some(BasicKind::Float64) => BasicKind::Complex128.ty(),
            _ => {
                self.error(
                    self.pos(args[0]),
                    format!("invalid argument: arguments have type {}, expected floating-point", self.ts(x.ty)),
                );
                return Operand::invalid(Some(e));
            }
        };
        Operand { mode: Mode::Value, expr: Some(e), ty: t, val: Value::Unknown }
    }

    /// `real`, `imag` and `complex` of a type parameter whose types all
    /// fit (`fits`) would need a result type parameter made up for the
    /// call; types2 declines them (go.dev/issue/50937), and so does this.
    /// Reports and returns true in that case.
    fn generic_float_complex(
        &mut self,
        x: &Operand,
        at: ExprId,
        builtin: &str,
        fits: impl Fn(&Self, TypeId) -> bool,
    ) -> bool {
        if !self.types.is_type_param(x.ty) || !self.all_types(x.ty, fits) {
            return false;
        }
        let d = self.op_str(x);
        let msg = format!("{d} not supported as argument to built-in {builtin} for go1.18 (see go.dev/issue/50937)");
        self.soft_error(self.pos(at), msg);
        true
    }

    fn builtin_real_imag(&mut self, e: ExprId, b: Builtin, a: ExprId) -> Operand {
        let mut x = self.expr(a);
        if x.is_invalid() {
            return Operand::invalid(Some(e));
        }
        if x.is_const() {
            let Some((re, im)) = x.val.to_complex() else {
                let d = self.op_str(&x);
                self.error(
                    self.pos(a),
                    format!("invalid argument: {d} must be of complex type")
                        .replace("must be of complex type", "must be of complex type"),
                );
                return Operand::invalid(Some(e));
            };
            if self.types.is_untyped(x.ty) {
                let v = if b == Builtin::Real { re } else { im };
                return Operand {
                    mode: Mode::Constant,
                    expr: Some(e),
                    ty: BasicKind::UntypedFloat.ty(),
                    val: Value::Float(v),
                };
            }
            let t = if self.types.basic(x.ty) == Some(BasicKind::Complex64) {
                BasicKind::Float32
            } else {
                BasicKind::Float64
            };
            let v = if b == Builtin::Real { re } else { im };
            return Operand { mode: Mode::Constant, expr: Some(e), ty: t.ty(), val: Value::Float(v) };
        }
        if self.types.is_untyped(x.ty) {
            self.convert_untyped_to(&mut x, BasicKind::Complex128.ty());
        }
        let name = if b == Builtin::Real { "real" } else { "imag" };
        if self.generic_float_complex(&x, a, name, |cx, t| cx.types.is_complex(t)) {
            return Operand::invalid(Some(e));
        }
        let t = match self.types.basic(x.ty) {
            Some(BasicKind::Complex64) => BasicKind::Float32.ty(),
            Some(BasicKind::Complex128) => BasicKind::Float64.ty(),
            _ => {
                let d = self.op_str(&x);
                self.error(
                    self.pos(a),
                    format!("invalid argument: {d} must be of complex type")
                        .replace("must be of complex type", "must be of complex type"),
                );
                return Operand::invalid(Some(e));
            }
        };
        Operand { mode: Mode::Value, expr: Some(e), ty: t, val: Value::Unknown }
    }

    fn builtin_min_max(&mut self, e: ExprId, b: Builtin, args: &[ExprId]) -> Operand {
        let mut acc = self.expr(args[0]);
        if acc.is_invalid() {
            return Operand::invalid(Some(e));
        }
        if !self.all_types(acc.ty, |cx, t| cx.types.is_ordered(t)) {
            let d = self.op_str(&acc);
            self.error(self.pos(args[0]), format!("invalid argument: {d} cannot be ordered"));
            return Operand::invalid(Some(e));
        }
        for &a in &args[1..] {
            let mut y = self.expr(a);
            if y.is_invalid() {
                return Operand::invalid(Some(e));
            }
            self.match_types(&mut acc, &mut y);
            if acc.is_invalid() || y.is_invalid() {
                return Operand::invalid(Some(e));
            }
            if !self.identical(acc.ty, y.ty) {
                self.error(
                    self.pos(a),
                    format!(
                        "invalid argument: mismatched types {} (previous argument) and {} (type of {})",
                        self.ts(acc.ty),
                        self.ts(y.ty),
                        self.expr_str(a)
                    ),
                );
                return Operand::invalid(Some(e));
            }
            if acc.is_const() && y.is_const() {
                let op =
                    if b == Builtin::Max { wago_syntax::token::Token::Gtr } else { wago_syntax::token::Token::Lss };
                if crate::constant::compare(&y.val, op, &acc.val) == Some(true) {
                    acc.val = y.val.clone();
                }
            } else {
                acc.mode = Mode::Value;
            }
        }
        acc.expr = Some(e);
        if !acc.is_const() {
            acc.mode = Mode::Value;
            if self.types.is_untyped(acc.ty) {
                let d = self.types.default_type(acc.ty);
                self.convert_untyped_to(&mut acc, d);
            }
        }
        acc
    }

    /// The common underlying type of all types in `t`'s type set, or why
    /// there is none (types2's `commonUnder`); `cond` vets each pair first.
    pub(crate) fn common_under(
        &self,
        t: TypeId,
        cond: impl Fn(Option<TypeId>) -> Option<String>,
    ) -> Result<TypeId, String> {
        use wago_syntax::ast::ChanDir;
        let mut common: Option<(TypeId, TypeId)> = None;
        for (t, u) in self.type_set_pairs(t) {
            if let Some(err) = cond(u) {
                return Err(err);
            }
            let Some(u) = u else { return Err("no specific type".into()) };
            let Some((ct, cu)) = common else {
                common = Some((t, u));
                continue;
            };
            if let (Type::Chan { elem: ce, dir: cd }, Type::Chan { elem, dir }) =
                (self.types.get(cu), self.types.get(u))
            {
                if !self.identical(*ce, *elem) {
                    return Err(format!("channels {} and {} have different element types", self.ts(ct), self.ts(t)));
                }
                if cd == dir {
                } else if *cd == ChanDir::Both {
                    common = Some((t, u));
                } else if *dir != ChanDir::Both {
                    return Err(format!("channels {} and {} have conflicting directions", self.ts(ct), self.ts(t)));
                }
                continue;
            }
            if !self.identical(cu, u) {
                return Err(format!("{} and {} have different underlying types", self.ts(ct), self.ts(t)));
            }
        }
        common.map(|(_, u)| u).ok_or_else(|| "no specific type".into())
    }

    /// `copy(dst, src)`: both slices (or type parameters whose type sets
    /// are) of identical element types, or `[]byte` and strings.
    fn builtin_copy(&mut self, dst: &Operand, src: &Operand, dst_e: ExprId) {
        let dst_elem = match self.slice_elem(dst) {
            Ok(t) => t,
            Err(msg) => {
                self.error(self.pos(dst_e), format!("invalid copy: {msg}"));
                return;
            }
        };
        let bytes = self.ck.types.slice(self.universe.byte);
        let special = self.assignable_to(dst, bytes).is_ok()
            && self.under_types(src.ty).iter().all(|u| match u.map(|u| self.types.get(u)) {
                Some(Type::Slice(e)) => self.identical(*e, self.universe.byte),
                Some(_) => self.types.is_string(u.expect("some")),
                None => false,
            });
        if special {
            return;
        }
        let src_elem = match self.slice_elem(src) {
            Ok(t) => t,
            Err(_) if self.under_types(src.ty).iter().all(|u| u.is_some_and(|u| self.types.is_string(u))) => {
                self.universe.byte
            }
            Err(msg) => {
                let at = src.expr.map_or(self.pos(dst_e), |x| self.pos(x));
                self.error(at, format!("invalid copy: {msg}"));
                return;
            }
        };
        if !self.identical(dst_elem, src_elem) {
            let (d, s) = (self.op_str(dst), self.op_str(src));
            let (de, se) = (self.ts(dst_elem), self.ts(src_elem));
            self.error(
                self.pos(dst_e),
                format!("invalid copy: arguments {d} and {s} have different element types {de} and {se}"),
            );
        }
    }

    /// The element type shared by all slice types `x` stands for, or why
    /// there is none (types2's `sliceElem`).
    fn slice_elem(&self, x: &Operand) -> Result<TypeId, String> {
        let mut elem: Option<TypeId> = None;
        for u in self.under_types(x.ty) {
            let Some(Type::Slice(e)) = u.map(|u| self.types.get(u)) else {
                if x.mode == Mode::Nil {
                    return Err("argument must be a slice; have untyped nil".into());
                }
                return Err(format!("argument must be a slice; have {}", self.op_str(x)));
            };
            match elem {
                None => elem = Some(*e),
                Some(prev) if !self.identical(prev, *e) => {
                    let (a, b, s) = (self.ts(prev), self.ts(*e), self.op_str(x));
                    return Err(format!("mismatched slice element types {a} and {b} in {s}"));
                }
                Some(_) => {}
            }
        }
        Ok(elem.unwrap_or(INVALID))
    }

    fn builtin_offsetof(&mut self, e: ExprId, a: ExprId) -> Operand {
        let inner = crate::expr::unparen(self.ast(), a);
        let Expr::Selector { x: base, sel } = *self.ast().expr(inner) else {
            let s = self.expr_str(a);
            self.error(self.pos(a), format!("invalid argument: {s} is not a selector expression"));
            self.raw_expr(a, None, true);
            return Operand::invalid(Some(e));
        };
        let x = self.expr(base);
        if x.is_invalid() {
            return Operand::invalid(Some(e));
        }
        let name = self.ident(sel).unwrap_or(self.syms.blank);
        let found = self.lookup_field_or_method(x.ty, false, Some(self.pkg), name);
        let crate::lookup::Lookup::Field { obj, index, indirect } = found else {
            let s = self.expr_str(a);
            self.error(
                self.pos(a),
                format!("invalid argument: {s} is a method value")
                    .replace(" is a method value", " is not a selector expression"),
            );
            return Operand::invalid(Some(e));
        };
        self.record_use(sel, obj);
        if indirect {
            let s = self.expr_str(a);
            self.error(
                self.pos(a),
                format!(
                    "invalid argument: field {} is embedded via a pointer in {}",
                    self.name(name),
                    self.expr_str(base)
                ),
            );
            let _ = s;
            return Operand::invalid(Some(e));
        }
        let ft = self.objs.get(obj).ty;
        self.record(inner, Mode::Variable, ft, None);
        if self.contains_itself(x.ty) {
            return Operand::invalid(Some(e));
        }
        // As go/types: any field of a struct whose size depends on a type
        // parameter has a variable offset (a compiler may reorder fields).
        if self.has_var_size(x.ty, &mut Vec::new()) {
            return Operand { mode: Mode::Value, expr: Some(e), ty: BasicKind::Uintptr.ty(), val: Value::Unknown };
        }
        // Sum the offsets along the embedding path.
        let mut off = 0u64;
        let mut t = x.ty;
        for &i in &index {
            let Type::Struct(st) = self.types.get(self.types.underlying(t)).clone() else { break };
            let (offsets, _) = self.sizes.struct_layout(&self.types, &self.objs, &st.fields);
            off = off.saturating_add(offsets[i]);
            t = self.objs.get(st.fields[i]).ty;
        }
        if off > i64::MAX as u64 {
            let d = self.op_str(&x);
            self.error(x.expr.map_or(self.pos(a), |xe| self.pos(xe)), format!("{d} is too large"));
            return Operand::invalid(Some(e));
        }
        Operand { mode: Mode::Constant, expr: Some(e), ty: BasicKind::Uintptr.ty(), val: Value::int(off as i64) }
    }
}
