//! Type argument inference, as the spec (and go/types' `infer.go` and
//! `unify.go`) define it: parameter types are unified with argument types
//! by a unifier that binds type parameters through shared handles (so two
//! parameters unified with each other share one inferred type); then core
//! types and methods of constraints contribute, then the default types of
//! untyped constant arguments; finally inferred types are substituted into
//! each other and anything left unknown is reported as "cannot infer".
//! Unification is inexact at the top of an assignment (a named type
//! matches a type literal through its underlying type, channel directions
//! are ignored, an interface matches a type with its methods) and exact
//! for element types.

use crate::check::Ctx;
use crate::lookup::Lookup;
use crate::object::ObjKind;
use crate::types::{BasicKind, INVALID, Signature, Type, TypeId};
use wago_syntax::ast::ChanDir;

/// A failed inference: where and why, worded as go/types words it
/// (callers add "in call to f, " for calls).
pub(crate) struct InferError {
    pub pos: u32,
    pub msg: String,
}

/// One argument as inference sees it.
#[derive(Clone)]
pub(crate) struct InferArg {
    pub ty: TypeId,
    /// An untyped `nil` (which says nothing about a type parameter).
    pub is_nil: bool,
    /// The argument's source text (or, for reverse inference, the name of
    /// the assigned variable), for messages.
    pub desc: String,
    pub pos: u32,
}

/// How strictly two types must match.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Inexact at the top, exact for element types (an assignment).
    Assign,
    /// Inexact throughout (core types of constraints).
    Inexact,
    /// Identical, modulo type parameters.
    Exact,
}

/// The type parameters being inferred and what is known of them. Each
/// parameter points to a handle; unifying two unbound parameters makes
/// them share one.
struct Unifier {
    tparams: Vec<TypeId>,
    handle: Vec<usize>,
    slots: Vec<Option<TypeId>>,
    depth: u32,
    /// go1.21: interfaces unify with the types implementing them.
    interfaces: bool,
}

impl Unifier {
    fn new(tparams: &[TypeId], known: &[TypeId], interfaces: bool) -> Unifier {
        let slots = (0..tparams.len()).map(|i| known.get(i).copied().filter(|&t| t != INVALID)).collect();
        Unifier { tparams: tparams.to_vec(), handle: (0..tparams.len()).collect(), slots, depth: 0, interfaces }
    }

    fn index(&self, t: TypeId) -> Option<usize> {
        self.tparams.iter().position(|&p| p == t)
    }

    fn at(&self, i: usize) -> Option<TypeId> {
        self.slots[self.handle[i]]
    }

    fn set(&mut self, i: usize, t: TypeId) {
        self.slots[self.handle[i]] = Some(t);
    }

    /// Makes `i` and `j` share a handle, unless both are already bound.
    fn join(&mut self, i: usize, j: usize) -> bool {
        let (hi, hj) = (self.handle[i], self.handle[j]);
        if hi == hj {
            return true;
        }
        let (keep, drop) = match (self.slots[hi], self.slots[hj]) {
            (Some(_), Some(_)) => return false,
            (Some(_), None) => (hi, hj),
            _ => (hj, hi),
        };
        for h in &mut self.handle {
            if *h == drop {
                *h = keep;
            }
        }
        true
    }

    fn unknowns(&self) -> usize {
        (0..self.tparams.len()).filter(|&i| self.at(i).is_none()).count()
    }

    fn inferred(&self) -> Vec<Option<TypeId>> {
        (0..self.tparams.len()).map(|i| self.at(i)).collect()
    }
}

/// "P", "P and Q", "P, Q, and R", as go/types lists type parameters.
fn list_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [a] => a.clone(),
        [a, b] => format!("{a} and {b}"),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
    }
}

impl Ctx<'_, '_> {
    /// Infers the type arguments for `tparams` (the leading `known` ones
    /// given) from arguments `args` passed to parameters of types
    /// `params`. `reverse`: the "argument" is the type of an assignment's
    /// target, for a generic function value assigned to it. `pos` is where
    /// errors not tied to one argument go.
    pub(crate) fn infer_args(
        &mut self,
        pos: u32,
        tparams: &[TypeId],
        known: &[TypeId],
        params: &[TypeId],
        args: &[InferArg],
        reverse: bool,
    ) -> Result<Vec<TypeId>, InferError> {
        let n = tparams.len();
        if known.len() == n && known.iter().all(|&t| t != INVALID) {
            return Ok(known.to_vec());
        }
        // Substitute the known type arguments into the parameters.
        let (kp, ka): (Vec<TypeId>, Vec<TypeId>) =
            tparams.iter().zip(known).filter(|(_, a)| **a != INVALID).map(|(&p, &a)| (p, a)).unzip();
        let params: Vec<TypeId> = params.iter().map(|&p| self.subst(p, &kp, &ka)).collect();
        let mut u = Unifier::new(tparams, known, self.allow_version(21));

        // Typed arguments, remembering the untyped ones for later.
        let mut untyped: Vec<usize> = Vec::new();
        for (i, (&par, arg)) in params.iter().zip(args).enumerate() {
            if self.types.is_invalid(arg.ty) {
                continue;
            }
            if !self.mentions_any(par, tparams) && !self.mentions_any(arg.ty, tparams) {
                continue;
            }
            if self.types.is_typed(arg.ty) {
                if !self.nify(&mut u, par, arg.ty, Mode::Assign) {
                    return Err(self.mismatch_error(&u, tparams, par, arg, reverse));
                }
            } else if matches!(self.types.get(par), Type::TypeParam(_)) && !arg.is_nil {
                untyped.push(i);
            }
        }

        // Core types and methods of the constraints, until nothing changes.
        loop {
            let before = u.unknowns();
            for (i, &tpar) in tparams.iter().enumerate() {
                let tx = u.at(i);
                if let Some((core, single)) = self.core_term(tpar) {
                    match tx {
                        Some(tx) => {
                            let tx = if core.tilde && !self.types.is_type_param(tx) {
                                self.types.underlying(tx)
                            } else {
                                tx
                            };
                            if !self.nify(&mut u, tx, core.ty, Mode::Inexact) {
                                let (tp, txs, c) = (self.ts(tpar), self.ts(tx), self.ts(self.type_param_bound(tpar)));
                                return Err(InferError { pos, msg: format!("{tp} (type {txs}) does not satisfy {c}") });
                            }
                        }
                        None if single && !core.tilde => u.set(i, core.ty),
                        None => {}
                    }
                }
                let Some(tx) = u.at(i) else { continue };
                if self.mentions_any(tx, tparams) {
                    continue;
                }
                if let Some(cause) = self.unify_methods(&mut u, tx, tpar) {
                    let (tp, txs, c) = (self.ts(tpar), self.ts(tx), self.ts(self.type_param_bound(tpar)));
                    return Err(InferError { pos, msg: format!("{tp} (type {txs}) does not satisfy {c} {cause}") });
                }
            }
            if u.unknowns() == before {
                break;
            }
        }

        // Untyped constants: the default type of the largest kind.
        let mut max_untyped: Vec<(usize, TypeId)> = Vec::new();
        for &k in &untyped {
            let Some(i) = u.index(params[k]) else { continue };
            if u.at(i).is_some() {
                continue;
            }
            let t = args[k].ty;
            match max_untyped.iter_mut().find(|(j, _)| *j == i) {
                None => max_untyped.push((i, t)),
                Some((_, max)) => match self.max_untyped(*max, t) {
                    Some(m) => *max = m,
                    None => {
                        let (a, b, tp) = (self.ts(*max), self.ts(t), self.ts(tparams[i]));
                        return Err(InferError {
                            pos: args[k].pos,
                            msg: format!("mismatched types {a} and {b} (cannot infer {tp})"),
                        });
                    }
                },
            }
        }
        for (i, t) in max_untyped {
            let d = self.types.default_type(t);
            u.set(i, d);
        }

        // Substitute inferred types into each other until nothing changes.
        let mut inferred = u.inferred();
        self.kill_cycles(tparams, &mut inferred);
        for _ in 0..=n {
            let (sp, sa): (Vec<TypeId>, Vec<TypeId>) =
                tparams.iter().zip(&inferred).filter_map(|(&p, a)| a.map(|a| (p, a))).unzip();
            let mut changed = false;
            for t in inferred.iter_mut().flatten() {
                let mut t1 = self.subst(*t, &sp, &sa);
                if t1 != *t {
                    // A generic function argument's signature whose own type
                    // parameters are all inferred is not generic any more.
                    if let Type::Signature(s) = self.types.get(t1).clone()
                        && !s.type_params.is_empty()
                        && !self.mentions_any(t1, tparams)
                    {
                        t1 = self.types.add(Type::Signature(Signature { type_params: Vec::new(), ..s }));
                    }
                    *t = t1;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        let mut out = Vec::with_capacity(n);
        for (i, t) in inferred.into_iter().enumerate() {
            match t {
                Some(t) if !self.mentions_any(t, tparams) => out.push(t),
                _ => {
                    let name = self.ts(tparams[i]);
                    let declared = match self.types.get(tparams[i]) {
                        crate::types::Type::TypeParam(tp) => self.pos_text(self.objs.get(tp.obj).pos),
                        _ => None,
                    };
                    let at = declared.map(|p| format!(" (declared at {p})")).unwrap_or_default();
                    return Err(InferError { pos, msg: format!("cannot infer {name}{at}") });
                }
            }
        }
        Ok(out)
    }

    /// The error for argument `arg` whose type does not unify with `par`.
    fn mismatch_error(
        &mut self,
        u: &Unifier,
        tparams: &[TypeId],
        par: TypeId,
        arg: &InferArg,
        reverse: bool,
    ) -> InferError {
        let inferred = u.inferred();
        let targ = self.ts(arg.ty);
        let desc = &arg.desc;
        if inferred.iter().all(Option::is_none) {
            let names: Vec<String> = tparams.iter().map(|&t| self.ts(t)).collect();
            let (p, list) = (self.ts(par), list_names(&names));
            return InferError {
                pos: arg.pos,
                msg: format!("type {targ} of {desc} does not match {p} (cannot infer {list})"),
            };
        }
        let (sp, sa): (Vec<TypeId>, Vec<TypeId>) =
            tparams.iter().zip(&inferred).filter_map(|(&p, a)| a.map(|a| (p, a))).unzip();
        let subst = self.subst(par, &sp, &sa);
        let p = self.ts(par);
        let msg = if subst != par {
            let s = self.ts(subst);
            if reverse {
                format!("inferred type {s} for {p} does not match type {targ} of {desc}")
            } else {
                format!("type {targ} of {desc} does not match inferred type {s} for {p}")
            }
        } else {
            format!("type {targ} of {desc} does not match {p}")
        };
        InferError { pos: arg.pos, msg }
    }

    /// The larger of two untyped constant types, `None` if they don't mix.
    fn max_untyped(&self, a: TypeId, b: TypeId) -> Option<TypeId> {
        let (ka, kb) = (self.types.basic(a)?, self.types.basic(b)?);
        if ka == kb {
            return Some(a);
        }
        let numeric = |k: BasicKind| {
            matches!(
                k,
                BasicKind::UntypedInt | BasicKind::UntypedRune | BasicKind::UntypedFloat | BasicKind::UntypedComplex
            )
        };
        (numeric(ka) && numeric(kb)).then_some(if ka > kb { a } else { b })
    }

    /// The single term of a type parameter's constraint whose types share
    /// one underlying type (its core type), and whether it is the only term.
    fn core_term(&self, tpar: TypeId) -> Option<(crate::types::Term, bool)> {
        let ts = self.type_set(self.type_param_bound(tpar));
        let terms = ts.terms.as_ref()?;
        if terms.len() == 1 {
            return Some((terms[0], true));
        }
        let core = self.core_type(tpar)?;
        let tilde = terms.iter().any(|t| t.tilde);
        Some((crate::types::Term { tilde, ty: core }, false))
    }

    /// Unifies the methods of `tpar`'s constraint with those of `tx`;
    /// the reason it falls short, if it does.
    fn unify_methods(&mut self, u: &mut Unifier, tx: TypeId, tpar: TypeId) -> Option<String> {
        let bound = self.type_param_bound(tpar);
        let methods = self.type_set(bound).methods.clone();
        for m in methods {
            let mo = self.objs.get(m).clone();
            match self.lookup_field_or_method(tx, false, mo.pkg, mo.name) {
                Lookup::Method { obj, recv, indirect, .. } => {
                    let have = self.method_type_for(obj, recv);
                    let ptr_recv = matches!(self.objs.get(obj).kind, ObjKind::Func { has_ptr_recv: true });
                    if ptr_recv && !indirect && !self.types.is_interface(tx) {
                        return Some(format!("(method {} has pointer receiver)", self.name(mo.name)));
                    }
                    if !self.nify(u, have, mo.ty, Mode::Exact) {
                        return Some(
                            self.missing_method(tx, bound, Some(self.pkg))
                                .unwrap_or_else(|| format!("(wrong type for method {})", self.name(mo.name))),
                        );
                    }
                }
                _ => {
                    return Some(
                        self.missing_method(tx, bound, Some(self.pkg))
                            .unwrap_or_else(|| format!("(missing method {})", self.name(mo.name))),
                    );
                }
            }
        }
        None
    }

    /// Drops inferred types that refer, directly or through others, to
    /// their own type parameter (`P` inferred as `[]P`).
    fn kill_cycles(&self, tparams: &[TypeId], inferred: &mut [Option<TypeId>]) {
        let n = tparams.len();
        let edges: Vec<Vec<usize>> = (0..n)
            .map(|i| match inferred[i] {
                Some(t) => (0..n).filter(|&j| self.mentions_any(t, &tparams[j..=j])).collect(),
                None => Vec::new(),
            })
            .collect();
        for i in 0..n {
            let mut seen = vec![false; n];
            let mut stack = edges[i].clone();
            while let Some(j) = stack.pop() {
                if j == i {
                    inferred[i] = None;
                    break;
                }
                if !std::mem::replace(&mut seen[j], true) {
                    stack.extend(edges[j].iter().copied());
                }
            }
        }
    }

    /// Whether `t` mentions any of `tparams`.
    pub(crate) fn mentions_any(&self, t: TypeId, tparams: &[TypeId]) -> bool {
        let mut seen = Vec::new();
        self.mentions_rec(t, tparams, &mut seen)
    }

    fn mentions_rec(&self, t: TypeId, tparams: &[TypeId], seen: &mut Vec<TypeId>) -> bool {
        if tparams.contains(&t) {
            return true;
        }
        if seen.contains(&t) || seen.len() > 256 {
            return false;
        }
        seen.push(t);
        let var_ty = |v: &crate::object::ObjId| self.objs.get(*v).ty;
        match self.types.get(t) {
            Type::Basic(_) | Type::TypeParam(_) => false,
            Type::Pointer(e) | Type::Slice(e) | Type::Array { elem: e, .. } | Type::Chan { elem: e, .. } => {
                self.mentions_rec(*e, tparams, seen)
            }
            Type::Map { key, elem } => {
                self.mentions_rec(*key, tparams, seen) || self.mentions_rec(*elem, tparams, seen)
            }
            Type::Struct(s) => s.fields.iter().any(|f| self.mentions_rec(var_ty(f), tparams, seen)),
            Type::Tuple(vs) => vs.iter().any(|v| self.mentions_rec(var_ty(v), tparams, seen)),
            Type::Signature(s) => {
                self.mentions_rec(s.params, tparams, seen) || self.mentions_rec(s.results, tparams, seen)
            }
            Type::Interface(it) => {
                it.methods.iter().any(|m| self.mentions_rec(var_ty(m), tparams, seen))
                    || it.embeddeds.iter().any(|&e| self.mentions_rec(e, tparams, seen))
            }
            Type::Union(terms) => terms.iter().any(|term| self.mentions_rec(term.ty, tparams, seen)),
            Type::Named(n) => n.type_args.iter().any(|&a| self.mentions_rec(a, tparams, seen)),
            Type::Alias(a) => {
                a.type_args.iter().any(|&x| self.mentions_rec(x, tparams, seen))
                    || self.mentions_rec(a.actual, tparams, seen)
            }
        }
    }

    /// A type literal: not a defined type, a type parameter, or a
    /// constraint's implicit interface (basic types count as literals).
    fn is_type_lit(&self, t: TypeId) -> bool {
        match self.types.get(self.types.unalias(t)) {
            Type::Named(_) | Type::TypeParam(_) => false,
            Type::Interface(it) => !it.implicit,
            _ => true,
        }
    }

    fn as_named(&self, t: TypeId) -> bool {
        matches!(self.types.get(self.types.unalias(t)), Type::Named(_))
    }

    /// The interface under `t`, unless `t` is a type parameter.
    fn as_interface(&self, t: TypeId) -> Option<TypeId> {
        if self.types.is_type_param(t) {
            return None;
        }
        let u = self.types.underlying(t);
        matches!(self.types.get(u), Type::Interface(_)).then_some(u)
    }

    fn bound_index(&self, u: &Unifier, t: TypeId) -> Option<usize> {
        u.index(self.types.unalias(t))
    }

    /// Unifies `x` and `y`, binding the unifier's type parameters.
    fn nify(&mut self, u: &mut Unifier, x: TypeId, y: TypeId, mode: Mode) -> bool {
        u.depth += 1;
        let ok = self.nify_inner(u, x, y, mode);
        u.depth -= 1;
        ok
    }

    fn nify_inner(&mut self, u: &mut Unifier, mut x: TypeId, mut y: TypeId, mode: Mode) -> bool {
        if x == y || self.types.unalias(x) == self.types.unalias(y) {
            return true;
        }
        if u.depth > 64 {
            return false;
        }
        // Unification is symmetric: a bound type parameter goes left, a
        // defined type right.
        if self.as_named(x) || self.bound_index(u, y).is_some() {
            std::mem::swap(&mut x, &mut y);
        }
        // A defined type matches a type literal through its underlying type.
        if mode != Mode::Exact
            && self.as_named(y)
            && self.is_type_lit(x)
            && !(u.interfaces && self.types.is_interface(x))
        {
            y = self.types.underlying(y);
            if x == y || self.types.unalias(x) == self.types.unalias(y) {
                return true;
            }
        }
        match (self.bound_index(u, x), self.bound_index(u, y)) {
            (Some(px), Some(py)) => {
                if u.join(px, py) {
                    return true;
                }
                let (ax, ay) = (u.at(px).unwrap_or(INVALID), u.at(py).unwrap_or(INVALID));
                return self.nify(u, ax, ay, mode);
            }
            (Some(px), None) => {
                let Some(ax) = u.at(px) else {
                    u.set(px, y);
                    return true;
                };
                if !self.nify(u, ax, y, mode) {
                    return false;
                }
                return self.choose_bound(u, px, ax, y, mode);
            }
            _ => {}
        }

        if u.interfaces && mode != Mode::Exact {
            let (xi, yi) = (self.as_interface(x), self.as_interface(y));
            match (xi, yi) {
                (Some(xi), Some(yi)) => return self.nify_interfaces(u, xi, yi),
                (Some(i), None) => return self.nify_implements(u, i, y),
                (None, Some(i)) => return self.nify_implements(u, i, x),
                (None, None) => {}
            }
        }

        if self.types.is_type_param(y) {
            std::mem::swap(&mut x, &mut y);
        }
        let emode = if mode == Mode::Assign { Mode::Exact } else { mode };
        let (x, y) = (self.types.unalias(x), self.types.unalias(y));
        let (tx, ty) = (self.types.get(x).clone(), self.types.get(y).clone());
        let var_ty = |cx: &Self, v: crate::object::ObjId| cx.objs.get(v).ty;
        match (&tx, &ty) {
            (Type::Basic(a), Type::Basic(b)) => a == b,
            (Type::Array { len: l1, elem: e1 }, Type::Array { len: l2, elem: e2 }) => {
                (l1.is_none() || l2.is_none() || l1 == l2) && self.nify(u, *e1, *e2, emode)
            }
            (Type::Slice(a), Type::Slice(b)) | (Type::Pointer(a), Type::Pointer(b)) => self.nify(u, *a, *b, emode),
            (Type::Struct(a), Type::Struct(b)) => {
                if a.fields.len() != b.fields.len() || a.tags != b.tags {
                    return false;
                }
                for (&f, &g) in a.fields.iter().zip(&b.fields) {
                    let (fo, go) = (self.objs.get(f), self.objs.get(g));
                    let same_embedding = matches!(fo.kind, ObjKind::Var { embedded: true, .. })
                        == matches!(go.kind, ObjKind::Var { embedded: true, .. });
                    let exported = fo.is_exported(self.names);
                    if fo.name != go.name || !same_embedding || (!exported && fo.pkg != go.pkg) {
                        return false;
                    }
                    if !self.nify(u, var_ty(self, f), var_ty(self, g), emode) {
                        return false;
                    }
                }
                true
            }
            (Type::Tuple(a), Type::Tuple(b)) => {
                a.len() == b.len()
                    && a.iter().zip(b).all(|(&v, &w)| {
                        let (vt, wt) = (var_ty(self, v), var_ty(self, w));
                        self.nify(u, vt, wt, mode)
                    })
            }
            (Type::Signature(a), Type::Signature(b)) => {
                a.variadic == b.variadic
                    && self.nify(u, a.params, b.params, emode)
                    && self.nify(u, a.results, b.results, emode)
            }
            (Type::Interface(_), Type::Interface(_)) => self.nify_interfaces_exact(u, x, y),
            (Type::Map { key: k1, elem: e1 }, Type::Map { key: k2, elem: e2 }) => {
                self.nify(u, *k1, *k2, emode) && self.nify(u, *e1, *e2, emode)
            }
            (Type::Chan { dir: d1, elem: e1 }, Type::Chan { dir: d2, elem: e2 }) => {
                (mode != Mode::Exact || d1 == d2) && self.nify(u, *e1, *e2, emode)
            }
            (Type::Named(a), Type::Named(b)) => {
                if a.type_args.len() != b.type_args.len() {
                    return false;
                }
                for (&p, &q) in a.type_args.iter().zip(&b.type_args) {
                    if !self.nify(u, p, q, mode) {
                        return false;
                    }
                }
                a.origin.unwrap_or(x) == b.origin.unwrap_or(y)
            }
            (Type::TypeParam(_), _) => {
                // An unbound type parameter: its core type describes the
                // structure of every type argument it may stand for.
                match self.core_type(x) {
                    Some(c) => self.nify(u, c, y, Mode::Assign),
                    None => false,
                }
            }
            _ => false,
        }
    }

    /// After `u`'s parameter `px`, bound to `ax`, unified with `y`: keeps
    /// the binding order-independent (a defined type or a directed
    /// channel wins) and rejects interface/non-interface ambiguity.
    fn choose_bound(&mut self, u: &mut Unifier, px: usize, ax: TypeId, y: TypeId, mode: Mode) -> bool {
        let (xi, yi) = (self.as_interface(ax), self.as_interface(y));
        let (xn, yn) = (self.as_named(ax), self.as_named(y));
        match (xi, yi) {
            (Some(xi), Some(yi)) => {
                if xn && yn {
                    return self.identical(ax, y);
                }
                if self.type_set(xi).methods.len() != self.type_set(yi).methods.len() {
                    return false;
                }
            }
            (Some(_), None) | (None, Some(_)) => return false,
            (None, None) => {}
        }
        if mode != Mode::Exact && !xn {
            if yn {
                u.set(px, y);
            } else {
                let directed = |cx: &Self, t: TypeId| matches!(cx.types.get(cx.types.underlying(t)), Type::Chan { dir, .. } if *dir != ChanDir::Both);
                if !directed(self, ax) && directed(self, y) {
                    u.set(px, y);
                }
            }
        }
        true
    }

    /// Two interfaces, inexactly: equal type terms, and the methods of the
    /// smaller set present in the larger with unifying signatures.
    fn nify_interfaces(&mut self, u: &mut Unifier, xi: TypeId, yi: TypeId) -> bool {
        let (xs, ys) = (self.type_set(xi), self.type_set(yi));
        if xs.comparable != ys.comparable || xs.terms != ys.terms {
            return false;
        }
        let (mut small, mut large) = (xs.methods.clone(), ys.methods.clone());
        if small.len() > large.len() {
            std::mem::swap(&mut small, &mut large);
        }
        for m in small {
            let (name, pkg) = (self.objs.get(m).name, self.objs.get(m).pkg);
            let exported = self.objs.get(m).is_exported(self.names);
            let Some(&other) = large.iter().find(|&&o| {
                let oo = self.objs.get(o);
                oo.name == name && (exported || oo.pkg == pkg)
            }) else {
                return false;
            };
            let (mt, ot) = (self.objs.get(m).ty, self.objs.get(other).ty);
            if !self.nify(u, mt, ot, Mode::Exact) {
                return false;
            }
        }
        true
    }

    /// Two interfaces exactly: the same type sets, method by method.
    fn nify_interfaces_exact(&mut self, u: &mut Unifier, x: TypeId, y: TypeId) -> bool {
        let (xs, ys) = (self.type_set(x), self.type_set(y));
        if xs.comparable != ys.comparable || xs.terms != ys.terms || xs.methods.len() != ys.methods.len() {
            return false;
        }
        for (&m, &o) in xs.methods.iter().zip(&ys.methods) {
            if self.objs.get(m).name != self.objs.get(o).name {
                return false;
            }
            let (mt, ot) = (self.objs.get(m).ty, self.objs.get(o).ty);
            if !self.nify(u, mt, ot, Mode::Exact) {
                return false;
            }
        }
        true
    }

    /// Interface `iface` against a non-interface `t`: each of its methods
    /// must exist in `t` with a unifying signature.
    fn nify_implements(&mut self, u: &mut Unifier, iface: TypeId, t: TypeId) -> bool {
        let methods = self.type_set(iface).methods.clone();
        for m in methods {
            let mo = self.objs.get(m).clone();
            let Lookup::Method { obj, recv, .. } = self.lookup_field_or_method(t, false, mo.pkg, mo.name) else {
                return false;
            };
            let have = self.method_type_for(obj, recv);
            if !self.nify(u, mo.ty, have, Mode::Exact) {
                return false;
            }
        }
        true
    }
}
