//! Generics: substitution of type arguments for type parameters,
//! instantiation of generic types (cached, so `G[int]` is one type),
//! constraint satisfaction, and type argument inference by unification
//! (typed arguments first, then untyped defaults, then core types of
//! constraints).

use crate::check::Checker;
use crate::object::Object;
use crate::types::{INVALID, InterfaceType, NamedType, Signature, StructType, Term, Type, TypeId};

impl Checker<'_> {
    /// `t` with every `tparams[i]` replaced by `targs[i]`.
    pub fn subst(&mut self, t: TypeId, tparams: &[TypeId], targs: &[TypeId]) -> TypeId {
        if tparams.is_empty() {
            return t;
        }
        self.subst_depth(t, tparams, targs, 0)
    }

    fn subst_depth(&mut self, t: TypeId, tp: &[TypeId], ta: &[TypeId], depth: u32) -> TypeId {
        if depth > 50 {
            return t;
        }
        let d = depth + 1;
        if let Some(i) = tp.iter().position(|&p| p == t) {
            return ta[i];
        }
        let ty = self.types.get(t).clone();
        match ty {
            Type::Basic(_) => t,
            Type::Pointer(e) => {
                let e2 = self.subst_depth(e, tp, ta, d);
                if e2 == e { t } else { self.types.pointer(e2) }
            }
            Type::Slice(e) => {
                let e2 = self.subst_depth(e, tp, ta, d);
                if e2 == e { t } else { self.types.slice(e2) }
            }
            Type::Array { len, elem } => {
                let e2 = self.subst_depth(elem, tp, ta, d);
                if e2 == elem { t } else { self.types.array(len, e2) }
            }
            Type::Map { key, elem } => {
                let k2 = self.subst_depth(key, tp, ta, d);
                let e2 = self.subst_depth(elem, tp, ta, d);
                if k2 == key && e2 == elem { t } else { self.types.map(k2, e2) }
            }
            Type::Chan { dir, elem } => {
                let e2 = self.subst_depth(elem, tp, ta, d);
                if e2 == elem { t } else { self.types.chan(dir, e2) }
            }
            Type::Struct(st) => {
                let mut changed = false;
                let mut fields = Vec::with_capacity(st.fields.len());
                for &f in &st.fields {
                    let (nf, c) = self.subst_var(f, tp, ta, d);
                    changed |= c;
                    fields.push(nf);
                }
                if !changed {
                    return t;
                }
                self.types.add(Type::Struct(StructType { fields, tags: st.tags }))
            }
            Type::Tuple(vars) => {
                let mut changed = false;
                let mut out = Vec::with_capacity(vars.len());
                for &v in &vars {
                    let (nv, c) = self.subst_var(v, tp, ta, d);
                    changed |= c;
                    out.push(nv);
                }
                if changed { self.types.tuple(out) } else { t }
            }
            Type::Signature(sig) => {
                let params = self.subst_depth(sig.params, tp, ta, d);
                let results = self.subst_depth(sig.results, tp, ta, d);
                if params == sig.params && results == sig.results {
                    return t;
                }
                self.types.add(Type::Signature(Signature { params, results, ..sig }))
            }
            Type::Interface(it) => {
                let mut changed = false;
                let mut methods = Vec::with_capacity(it.methods.len());
                for &m in &it.methods {
                    let (nm, c) = self.subst_var(m, tp, ta, d);
                    changed |= c;
                    methods.push(nm);
                }
                let embeddeds: Vec<TypeId> = it.embeddeds.iter().map(|&e| self.subst_depth(e, tp, ta, d)).collect();
                changed |= embeddeds != it.embeddeds;
                if !changed {
                    return t;
                }
                self.types.add(Type::Interface(InterfaceType { methods, embeddeds, ..it }))
            }
            Type::Union(terms) => {
                let new: Vec<Term> = terms
                    .iter()
                    .map(|term| Term { tilde: term.tilde, ty: self.subst_depth(term.ty, tp, ta, d) })
                    .collect();
                if new == terms { t } else { self.types.add(Type::Union(new)) }
            }
            Type::Named(n) => {
                if n.type_args.is_empty() {
                    return t;
                }
                let args: Vec<TypeId> = n.type_args.iter().map(|&a| self.subst_depth(a, tp, ta, d)).collect();
                if args == n.type_args {
                    return t;
                }
                self.instantiate_type(n.origin.unwrap_or(t), &args)
            }
            Type::Alias(a) => {
                if a.type_args.is_empty() {
                    return t;
                }
                self.subst_depth(a.actual, tp, ta, d)
            }
            Type::TypeParam(_) => t,
        }
    }

    /// A variable (field, parameter, method) with its type substituted.
    fn subst_var(
        &mut self,
        v: crate::object::ObjId,
        tp: &[TypeId],
        ta: &[TypeId],
        d: u32,
    ) -> (crate::object::ObjId, bool) {
        let o = self.objs.get(v).clone();
        let nt = self.subst_depth(o.ty, tp, ta, d);
        if nt == o.ty {
            return (v, false);
        }
        (self.objs.add(Object { ty: nt, ..o }), true)
    }

    /// The instance `generic[targs...]` (one per distinct argument list).
    pub fn instantiate_type(&mut self, generic: TypeId, targs: &[TypeId]) -> TypeId {
        if let Type::Alias(a) = self.types.get(generic).clone() {
            return self.subst(a.actual, &a.type_params, targs);
        }
        let key = (generic, targs.to_vec());
        if let Some(&t) = self.instances.get(&key) {
            return t;
        }
        let Type::Named(n) = self.types.get(generic).clone() else { return INVALID };
        let inst = self.types.add(Type::Named(NamedType {
            obj: n.obj,
            underlying: INVALID,
            methods: Vec::new(),
            type_params: n.type_params.clone(),
            origin: Some(generic),
            type_args: targs.to_vec(),
        }));
        self.instances.insert(key, inst);
        self.expand_instance(inst);
        inst
    }

    /// Computes an instance's underlying type from its origin's, if known.
    pub(crate) fn expand_instance(&mut self, inst: TypeId) {
        let Type::Named(n) = self.types.get(inst).clone() else { return };
        let Some(origin) = n.origin else { return };
        let Type::Named(o) = self.types.get(origin).clone() else { return };
        if o.underlying == INVALID || self.expand_depth > 32 {
            return;
        }
        self.expand_depth += 1;
        let u = self.subst(o.underlying, &o.type_params, &n.type_args);
        self.expand_depth -= 1;
        if let Type::Named(n) = self.types.get_mut(inst) {
            n.underlying = u;
        }
    }

    /// Expands instances of `origin` created before its declaration was complete.
    pub(crate) fn expand_pending(&mut self, origin: TypeId) {
        let pending: Vec<TypeId> = self
            .instances
            .iter()
            .filter(|(k, i)| k.0 == origin && matches!(self.types.get(**i), Type::Named(n) if n.underlying == INVALID))
            .map(|(_, &i)| i)
            .collect();
        for i in pending {
            self.expand_instance(i);
        }
    }

    /// The method's signature as seen through an instance receiver type.
    pub(crate) fn method_type_for(&mut self, m: crate::object::ObjId, recv: TypeId) -> TypeId {
        let mt = self.objs.get(m).ty;
        let (base, _) = self.deref(recv);
        let base = self.types.unalias(base);
        if let Type::Named(n) = self.types.get(base).clone()
            && n.origin.is_some()
            && !n.type_args.is_empty()
        {
            return self.subst(mt, &n.type_params, &n.type_args);
        }
        mt
    }

    /// Whether interface or union `t` names `typ` as one of its elements
    /// or terms, through embedded interface literals and unions.
    fn mentions(&self, t: TypeId, typ: TypeId) -> bool {
        match self.types.get(t) {
            Type::Interface(it) => it.embeddeds.iter().any(|&e| self.mentions(e, typ)),
            Type::Union(terms) => terms.iter().any(|term| self.mentions(term.ty, typ)),
            _ => self.identical(t, typ),
        }
    }

    /// Why type `t` does not satisfy constraint `bound`, or `None` if it
    /// does; the steps and their order are types2's `implements`.
    pub fn satisfies(&mut self, t: TypeId, bound: TypeId, pkg: Option<crate::object::PkgId>) -> Option<String> {
        self.satisfies_in(t, bound, pkg, true)
    }

    /// `satisfies` under a language version: `go1_20`, whether a type
    /// comparable only by the spec (not strictly) satisfies `comparable`.
    pub(crate) fn satisfies_in(
        &mut self,
        t: TypeId,
        bound: TypeId,
        pkg: Option<crate::object::PkgId>,
        go1_20: bool,
    ) -> Option<String> {
        if self.types.is_invalid(t) || self.types.is_invalid(bound) {
            return None;
        }
        let ts = self.type_set(bound);
        if ts.methods.is_empty() && ts.terms.is_none() && !ts.comparable {
            return None;
        }
        // An interface or type parameter with an empty type set satisfies
        // anything (there is no value of it).
        let own_set = if self.types.is_type_param(t) {
            Some(self.type_set(self.type_param_bound(t)))
        } else if self.types.is_interface(t) {
            Some(self.type_set(t))
        } else {
            None
        };
        if own_set.as_ref().is_some_and(|s| s.terms.as_ref().is_some_and(|t| t.is_empty())) {
            return None;
        }
        let bound_str = self.type_string(bound, pkg);
        if ts.terms.as_ref().is_some_and(|t| t.is_empty()) {
            return Some(format!("cannot satisfy {bound_str} (empty type set)"));
        }
        let t_str = self.type_string(t, pkg);
        if let Some(why) = self.missing_method(t, bound, pkg) {
            return Some(format!("{t_str} does not satisfy {bound_str} {why}"));
        }
        let Some(terms) = &ts.terms else { return self.check_comparability(t, &ts, &t_str, go1_20) };
        if let Some(own) = &own_set {
            let ok = match &own.terms {
                Some(own) => own.iter().all(|term| {
                    terms.iter().any(|b| {
                        if b.tilde {
                            self.identical(self.types.underlying(term.ty), self.types.underlying(b.ty))
                        } else {
                            !term.tilde && self.identical(term.ty, b.ty)
                        }
                    })
                }),
                None => false,
            };
            if !ok {
                return Some(format!("{t_str} does not satisfy {bound_str}"));
            }
        } else if !self.in_terms(t, terms) {
            // A type that would be in the set with a `~` is a likely slip.
            let alt = terms.iter().find(|term| {
                !term.tilde
                    && self.identical(term.ty, self.types.underlying(term.ty))
                    && self.identical(self.types.underlying(t), term.ty)
            });
            let detail = if let Some(alt) = alt {
                format!("possibly missing ~ for {} in {bound_str}", self.type_string(alt.ty, pkg))
            } else if self.mentions(self.types.underlying(bound), t) {
                format!("{bound_str} mentions {t_str}, but {t_str} is not in the type set of {bound_str}")
            } else {
                let list: Vec<String> = terms
                    .iter()
                    .map(|term| format!("{}{}", if term.tilde { "~" } else { "" }, self.type_string(term.ty, pkg)))
                    .collect();
                format!("{t_str} missing in {}", list.join(" | "))
            };
            return Some(format!("{t_str} does not satisfy {bound_str} ({detail})"));
        }
        self.check_comparability(t, &ts, &t_str, go1_20)
    }

    /// The comparability part of `satisfies`: a comparable constraint
    /// wants a strictly comparable type, or (from go1.20 on) one that is
    /// comparable by the spec.
    fn check_comparability(&self, t: TypeId, ts: &crate::iface::TypeSet, t_str: &str, go1_20: bool) -> Option<String> {
        if !ts.is_comparable(self, 0) || self.comparable_depth(t, false, 0) {
            return None;
        }
        if self.comparable(t) {
            if go1_20 {
                return None;
            }
            return Some(format!("{t_str} to satisfy comparable requires go1.20 or later"));
        }
        Some(format!("{t_str} does not satisfy comparable"))
    }
}
