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
            Some(terms) => terms.iter().all(|t| ck.comparable_depth(t.ty, depth + 1)),
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
        let u = self.types.underlying(t);
        if let Some(ts) = self.type_sets.borrow().get(&u) {
            return ts.clone();
        }
        // Insert an empty set first so a (reported) cycle terminates.
        self.type_sets.borrow_mut().insert(u, Rc::new(TypeSet::default()));
        let ts = Rc::new(self.compute_type_set(u));
        // An embedded type still being declared contributes nothing yet:
        // don't keep a set computed without it.
        if self.embeds_incomplete(u) {
            self.type_sets.borrow_mut().remove(&u);
        } else {
            self.type_sets.borrow_mut().insert(u, ts.clone());
        }
        ts
    }

    fn compute_type_set(&self, u: TypeId) -> TypeSet {
        let Type::Interface(it) = self.types.get(u) else {
            return TypeSet::default();
        };
        let mut ts = TypeSet { methods: it.methods.clone(), terms: None, comparable: it.comparable };
        for &e in &it.embeddeds {
            let (methods, terms, comparable) = self.element_set(e);
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
        ts.methods.sort_by(|&a, &b| self.obj_name(a).cmp(self.obj_name(b)));
        ts
    }

    /// Whether an embedded element of interface `u` is a named type whose
    /// underlying type is not known yet (its declaration is in progress).
    fn embeds_incomplete(&self, u: TypeId) -> bool {
        let Type::Interface(it) = self.types.get(u) else { return false };
        it.embeddeds.iter().any(|&e| {
            let e = self.types.unalias(e);
            matches!(self.types.get(e), Type::Named(n) if n.underlying == crate::types::INVALID)
        })
    }

    /// Methods, terms and comparability contributed by one embedded element.
    fn element_set(&self, e: TypeId) -> (Vec<ObjId>, Option<Vec<Term>>, bool) {
        let ue = self.types.unalias(e);
        if self.types.underlying(ue) == crate::types::INVALID {
            return (Vec::new(), None, false);
        }
        match self.types.get(ue) {
            Type::Union(terms) => {
                let mut out = Vec::new();
                for t in terms {
                    if !self.types.is_type_param(t.ty) && self.types.is_interface(t.ty) {
                        match &self.type_set(t.ty).terms {
                            Some(ts) => out.extend(ts.iter().copied()),
                            None => return (Vec::new(), None, false),
                        }
                    } else {
                        out.push(*t);
                    }
                }
                (Vec::new(), Some(out), false)
            }
            _ if !self.types.is_type_param(ue) && self.types.is_interface(ue) => {
                let ts = self.type_set(ue);
                (ts.methods.clone(), ts.terms.clone(), ts.comparable)
            }
            _ => (Vec::new(), Some(vec![Term { tilde: false, ty: e }]), false),
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
    /// it has them all. `t` may itself be an interface.
    pub(crate) fn missing_method(&self, t: TypeId, iface: TypeId, pkg: Option<crate::object::PkgId>) -> Option<String> {
        let ts = self.type_set(iface);
        for &m in &ts.methods {
            let name = self.objs.get(m).name;
            let mname = self.name(name);
            let want = self.objs.get(m).ty;
            // An unexported method matches only in the interface method's
            // own package, wherever the question is asked.
            let found = self.lookup_field_or_method(t, false, self.objs.get(m).pkg, name);
            match found {
                Lookup::Method { obj, indirect, recv, .. } => {
                    let has_ptr = matches!(self.objs.get(obj).kind, ObjKind::Func { has_ptr_recv: true });
                    if !self.identical_under(self.objs.get(obj).ty, want, &self.instance_subst(recv)) {
                        let have = self.method_sig_string(obj, pkg);
                        let wants = self.method_sig_string(m, pkg);
                        return Some(format!("(wrong type for method {mname})\n\t\thave {have}\n\t\twant {wants}"));
                    }
                    if has_ptr && !indirect && !self.types.is_interface(t) {
                        return Some(format!("(method {mname} has pointer receiver)"));
                    }
                }
                Lookup::Field { .. } => return Some(format!("(missing method {mname})")),
                _ => {
                    // A method spelled with other case is a common mistake.
                    return Some(format!("(missing method {mname})"));
                }
            }
        }
        None
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

    fn method_sig_string(&self, m: ObjId, pkg: Option<crate::object::PkgId>) -> String {
        let o = self.objs.get(m);
        let sig = self.type_string(o.ty, pkg);
        format!("{}{}", self.name(o.name), sig.strip_prefix("func").unwrap_or(&sig))
    }
}
