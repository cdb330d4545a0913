//! Interfaces: their type sets (methods, type terms, comparability),
//! computed on demand and cached, and the `implements`/`satisfies`
//! relation with gc's explanations of why a type falls short.

use crate::check::Checker;
use crate::lookup::Lookup;
use crate::object::{ObjId, ObjKind};
use crate::types::{Term, Type, TypeId};
use std::rc::Rc;

/// The type set of an interface.
#[derive(Debug, Default)]
pub struct TypeSet {
    /// All methods, explicit and embedded, sorted by name.
    pub methods: Vec<ObjId>,
    /// The type terms; `None` when there is no type restriction.
    pub terms: Option<Vec<Term>>,
    /// Whether `comparable` was embedded.
    pub comparable: bool,
}

impl TypeSet {
    pub(crate) fn is_comparable(&self, ck: &Checker<'_>, depth: u32) -> bool {
        if self.comparable {
            return true;
        }
        match &self.terms {
            Some(terms) => !terms.is_empty() && terms.iter().all(|t| ck.comparable_depth(t.ty, false, depth + 1)),
            None => false,
        }
    }

    /// Whether the set is all types with the given methods: an ordinary interface.
    pub fn is_method_set(&self) -> bool {
        self.terms.is_none() && !self.comparable
    }
}

impl Checker<'_> {
    /// The type set of interface type `t` (through names and aliases).
    pub fn type_set(&self, t: TypeId) -> Rc<TypeSet> {
        self.type_set_tracked(t).0
    }

    /// The type set, and whether it is final: a set computed while some
    /// interface it embeds (at any depth) is still being declared lacks
    /// that interface's part and is not kept.
    fn type_set_tracked(&self, t: TypeId) -> (Rc<TypeSet>, bool) {
        let u = self.types.underlying(t);
        if let Some(ts) = self.type_sets.borrow().get(&u) {
            return (ts.clone(), true);
        }
        // Insert an empty set first so a (reported) cycle terminates.
        self.type_sets.borrow_mut().insert(u, Rc::new(TypeSet::default()));
        let (ts, complete) = self.compute_type_set(u);
        let ts = Rc::new(ts);
        if complete {
            self.type_sets.borrow_mut().insert(u, ts.clone());
        } else {
            self.type_sets.borrow_mut().remove(&u);
        }
        (ts, complete)
    }

    fn compute_type_set(&self, u: TypeId) -> (TypeSet, bool) {
        let Type::Interface(it) = self.types.get(u) else {
            return (TypeSet::default(), true);
        };
        let mut ts = TypeSet { methods: it.methods.clone(), terms: None, comparable: it.comparable };
        let mut complete = true;
        for &e in &it.embeddeds {
            let (methods, terms, comparable, done) = self.element_set(e);
            complete &= done;
            for m in methods {
                let name = self.objs.get(m).name;
                if !ts.methods.iter().any(|&n| self.objs.get(n).name == name) {
                    ts.methods.push(m);
                }
            }
            ts.comparable |= comparable;
            ts.terms = match (ts.terms.take(), terms) {
                (None, t) | (t, None) => t,
                (Some(a), Some(b)) => Some(self.intersect_terms(&a, &b)),
            };
        }
        // `comparable` with terms keeps only the strictly comparable terms
        // (the set is then described by its terms alone).
        if ts.comparable
            && let Some(terms) = &mut ts.terms
        {
            terms.retain(|t| self.comparable_depth(t.ty, false, 0));
            ts.comparable = false;
        }
        ts.methods.sort_by(|&a, &b| self.obj_name(a).cmp(self.obj_name(b)));
        (ts, complete)
    }

    /// Methods, terms and comparability contributed by one embedded
    /// element, and whether that contribution is final (see
    /// `type_set_tracked`).
    fn element_set(&self, e: TypeId) -> (Vec<ObjId>, Option<Vec<Term>>, bool, bool) {
        let ue = self.types.unalias(e);
        if self.types.underlying(ue) == crate::types::INVALID {
            // A named type still being declared, or an invalid one.
            let pending = matches!(self.types.get(ue), Type::Named(_));
            return (Vec::new(), None, false, !pending);
        }
        match self.types.get(ue) {
            Type::Union(terms) => {
                let mut out = Vec::new();
                let mut complete = true;
                for t in terms {
                    if !self.types.is_type_param(t.ty) && self.types.is_interface(t.ty) {
                        let (ts, done) = self.type_set_tracked(t.ty);
                        complete &= done;
                        match &ts.terms {
                            Some(ts) => out.extend(ts.iter().copied()),
                            None => return (Vec::new(), None, false, complete),
                        }
                    } else if t.tilde
                        && self.types.underlying(t.ty) != crate::types::INVALID
                        && !self.identical(t.ty, self.types.underlying(t.ty))
                    {
                        // `~A` for a defined A (an error): no type has
                        // underlying type A, the term's set is empty.
                    } else {
                        out.push(*t);
                    }
                }
                (Vec::new(), Some(out), false, complete)
            }
            _ if !self.types.is_type_param(ue) && self.types.is_interface(ue) => {
                let (ts, done) = self.type_set_tracked(ue);
                (ts.methods.clone(), ts.terms.clone(), ts.comparable, done)
            }
            _ => (Vec::new(), Some(vec![Term { tilde: false, ty: e }]), false, true),
        }
    }

    fn intersect_terms(&self, a: &[Term], b: &[Term]) -> Vec<Term> {
        let mut out = Vec::new();
        for x in a {
            for y in b {
                if let Some(t) = self.intersect_term(*x, *y)
                    && !out.iter().any(|o: &Term| o.tilde == t.tilde && self.identical(o.ty, t.ty))
                {
                    out.push(t);
                }
            }
        }
        out
    }

    fn intersect_term(&self, x: Term, y: Term) -> Option<Term> {
        let ux = self.types.underlying(x.ty);
        let uy = self.types.underlying(y.ty);
        match (x.tilde, y.tilde) {
            (true, true) => self.identical(ux, uy).then_some(x),
            (true, false) => self.identical(ux, uy).then_some(y),
            (false, true) => self.identical(ux, uy).then_some(x),
            (false, false) => self.identical(x.ty, y.ty).then_some(x),
        }
    }

    /// Whether `t` is in the term list.
    pub(crate) fn in_terms(&self, t: TypeId, terms: &[Term]) -> bool {
        terms.iter().any(|term| {
            if term.tilde {
                self.identical(self.types.underlying(t), self.types.underlying(term.ty))
            } else {
                self.identical(t, term.ty)
            }
        })
    }

    /// The reason `t` lacks a method of interface `iface`, or `None` if
    /// it has them all, worded as go/types' `missingMethod`. `t` may
    /// itself be an interface. A type that is invalid, or has an invalid
    /// embedded field, is assumed to have them (its error was reported).
    pub(crate) fn missing_method(&self, t: TypeId, iface: TypeId, pkg: Option<crate::object::PkgId>) -> Option<String> {
        if self.types.is_invalid(t) || self.has_invalid_embedded_fields(t, &mut Vec::new()) {
            return None;
        }
        let ts = self.type_set(iface);
        let is_iface = self.types.is_interface(t) && !self.types.is_type_param(t);
        for &m in &ts.methods {
            let name = self.objs.get(m).name;
            let mname = self.name(name);
            let want = self.objs.get(m).ty;
            let mpkg = self.objs.get(m).pkg;
            if is_iface {
                let tset = self.type_set(t);
                let found = tset.methods.iter().copied().find(|&f| self.objs.get(f).name == name);
                match found {
                    None => return Some(format!("(missing method {mname})")),
                    Some(f) if !self.identical(self.objs.get(f).ty, want) => {
                        return Some(self.wrong_type_cause(f, m, pkg));
                    }
                    Some(_) => continue,
                }
            }
            // An unexported method matches only in the interface method's
            // own package, wherever the question is asked.
            match self.lookup_field_or_method(t, false, mpkg, name) {
                Lookup::Method { obj, indirect, recv, .. } => {
                    let has_ptr = matches!(self.objs.get(obj).kind, ObjKind::Func { has_ptr_recv: true });
                    if has_ptr && !indirect {
                        return Some(format!("(method {mname} has pointer receiver)"));
                    }
                    if !self.identical_under(self.objs.get(obj).ty, want, &self.instance_subst(recv)) {
                        return Some(self.wrong_type_cause(obj, m, pkg));
                    }
                }
                Lookup::Field { .. } => {
                    return Some(format!("({}.{mname} is a field, not a method)", self.type_string(t, pkg)));
                }
                Lookup::Ambiguous => {
                    return Some(format!("(ambiguous selector {}.{mname})", self.type_string(t, pkg)));
                }
                Lookup::NotFound => return Some(self.not_found_cause(t, iface, m, pkg)),
            }
        }
        None
    }

    /// Why `t` has no method `m`: a pointer to an interface, a method
    /// spelled with other case, or plainly missing.
    fn not_found_cause(&self, t: TypeId, iface: TypeId, m: ObjId, pkg: Option<crate::object::PkgId>) -> String {
        let mname = self.name(self.objs.get(m).name);
        for p in [t, iface] {
            if let Type::Pointer(base) = self.types.get(self.types.underlying(p)) {
                let what = if self.types.is_type_param(*base) {
                    "type parameter"
                } else if self.types.is_interface(*base) {
                    "interface"
                } else {
                    continue;
                };
                return format!("(type {} is pointer to {what}, not {what})", self.type_string(p, pkg));
            }
        }
        if let Some(f) = self.lookup_fold_case(t, self.objs.get(m).name)
            && matches!(self.objs.get(f).kind, ObjKind::Func { .. })
        {
            if self.objs.get(f).name == self.objs.get(m).name {
                return format!("(unexported method {mname})");
            }
            let (fs, ms) = (self.func_string(f, pkg), self.func_string(m, pkg));
            return format!("(missing method {mname})\n\t\thave {fs}\n\t\twant {ms}");
        }
        format!("(missing method {mname})")
    }

    fn wrong_type_cause(&self, have: ObjId, want: ObjId, pkg: Option<crate::object::PkgId>) -> String {
        let mname = self.name(self.objs.get(want).name);
        let (fs, ms) = (self.func_string(have, pkg), self.func_string(want, pkg));
        if fs == ms {
            return format!("(wrong type for method {mname})");
        }
        format!("(wrong type for method {mname})\n\t\thave {fs}\n\t\twant {ms}")
    }

    /// Whether `t` (or the struct a pointer `t` points to) has an embedded
    /// field of invalid type, at any depth.
    fn has_invalid_embedded_fields(&self, t: TypeId, seen: &mut Vec<TypeId>) -> bool {
        let (base, _) = self.deref(t);
        let u = self.types.underlying(base);
        let Type::Struct(st) = self.types.get(u) else { return false };
        if seen.contains(&u) {
            return false;
        }
        seen.push(u);
        st.fields.iter().any(|&f| {
            let fo = self.objs.get(f);
            matches!(fo.kind, ObjKind::Var { embedded: true, .. })
                && (self.types.is_invalid(fo.ty) || self.has_invalid_embedded_fields(fo.ty, seen))
        })
    }

    /// The substitution an instance type applies to its origin's methods.
    fn instance_subst(&self, recv: TypeId) -> Vec<(TypeId, TypeId)> {
        match self.types.get(self.types.unalias(recv)) {
            Type::Named(n) if n.origin.is_some() => {
                n.type_params.iter().copied().zip(n.type_args.iter().copied()).collect()
            }
            _ => Vec::new(),
        }
    }

    /// A method as go/types' `funcString` prints it: name and signature,
    /// without parameter names.
    fn func_string(&self, m: ObjId, pkg: Option<crate::object::PkgId>) -> String {
        let o = self.objs.get(m);
        let sig = self.type_string_unnamed_params(o.ty, pkg);
        format!("{}{}", self.name(o.name), sig.strip_prefix("func").unwrap_or(&sig))
    }
}
