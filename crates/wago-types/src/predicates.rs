//! Relations between types the spec defines: identity, comparability,
//! whether a type has `nil`, and the core type of a type parameter.

use crate::check::Checker;
use crate::object::ObjKind;
use crate::types::{BasicKind, INVALID, Type, TypeId};

impl Checker<'_> {
    /// Whether `t` holds itself by value (an invalid recursive type not
    /// yet reported), so that it has no size and must not be laid out.
    pub fn contains_itself(&self, t: TypeId) -> bool {
        fn walk(ck: &Checker<'_>, t: TypeId, path: &mut Vec<TypeId>) -> bool {
            let t = ck.types.unalias(t);
            if path.contains(&t) {
                return true;
            }
            if path.len() > 256 {
                return false;
            }
            path.push(t);
            let found = match ck.types.get(t) {
                Type::Named(n) => walk(ck, n.underlying, path),
                Type::Array { elem, .. } => walk(ck, *elem, path),
                Type::Struct(st) => st.fields.iter().any(|&f| walk(ck, ck.objs.get(f).ty, path)),
                _ => false,
            };
            path.pop();
            found
        }
        walk(self, t, &mut Vec::new())
    }

    /// Type identity, as the spec defines it.
    pub fn identical(&self, x: TypeId, y: TypeId) -> bool {
        self.identical_depth(x, y, 0, &[], false)
    }

    /// Identity after replacing type parameters as `subst` maps them
    /// (parameter → argument), without building the substituted types:
    /// a generic type's method compared as seen through an instance.
    pub fn identical_under(&self, x: TypeId, y: TypeId, subst: &[(TypeId, TypeId)]) -> bool {
        self.identical_depth(x, y, 0, subst, false)
    }

    /// Identity that disregards struct tags, as conversions do.
    pub fn identical_ignore_tags(&self, x: TypeId, y: TypeId) -> bool {
        self.identical_depth(x, y, 0, &[], true)
    }

    fn identical_interfaces(&self, x: TypeId, y: TypeId, d: u32, subst: &[(TypeId, TypeId)], no_tags: bool) -> bool {
        let ident = |a: TypeId, b: TypeId| self.identical_depth(a, b, d, subst, no_tags);
        let (sa, sb) = (self.type_set(x), self.type_set(y));
        sa.comparable == sb.comparable
            && sa.methods.len() == sb.methods.len()
            && sa.methods.iter().zip(&sb.methods).all(|(&m, &n)| {
                let (mo, no) = (self.objs.get(m), self.objs.get(n));
                mo.name == no.name
                    && (crate::object::is_exported(self.name(mo.name)) || mo.pkg == no.pkg)
                    && ident(mo.ty, no.ty)
            })
            && match (&sa.terms, &sb.terms) {
                (None, None) => true,
                (Some(a), Some(b)) => {
                    a.len() == b.len() && a.iter().all(|t| b.iter().any(|u| t.tilde == u.tilde && ident(t.ty, u.ty)))
                }
                _ => false,
            }
    }

    fn identical_depth(&self, x: TypeId, y: TypeId, depth: u32, subst: &[(TypeId, TypeId)], no_tags: bool) -> bool {
        let replace = |t: TypeId| subst.iter().find(|(p, _)| *p == t).map_or(t, |&(_, a)| a);
        let (x, y) = (replace(x), replace(y));
        if x == y {
            return true;
        }
        if depth > 64 {
            return false;
        }
        let d = depth + 1;
        let (x, y) = (replace(self.types.unalias(x)), replace(self.types.unalias(y)));
        if x == y {
            return true;
        }
        let ident = |a: TypeId, b: TypeId| self.identical_depth(a, b, d, subst, no_tags);
        match (self.types.get(x), self.types.get(y)) {
            (Type::Basic(a), Type::Basic(b)) => a == b,
            (Type::Pointer(a), Type::Pointer(b)) | (Type::Slice(a), Type::Slice(b)) => ident(*a, *b),
            (Type::Array { len: la, elem: a }, Type::Array { len: lb, elem: b }) => la == lb && ident(*a, *b),
            (Type::Map { key: ka, elem: a }, Type::Map { key: kb, elem: b }) => ident(*ka, *kb) && ident(*a, *b),
            (Type::Chan { dir: da, elem: a }, Type::Chan { dir: db, elem: b }) => da == db && ident(*a, *b),
            (Type::Struct(a), Type::Struct(b)) => {
                a.fields.len() == b.fields.len()
                    && (no_tags || a.tags == b.tags)
                    && a.fields.iter().zip(&b.fields).all(|(&f, &g)| {
                        let (fo, go) = (self.objs.get(f), self.objs.get(g));
                        let emb = |k: &ObjKind| matches!(k, ObjKind::Var { embedded: true, .. });
                        fo.name == go.name
                            && emb(&fo.kind) == emb(&go.kind)
                            && (crate::object::is_exported(self.name(fo.name)) || fo.pkg == go.pkg)
                            && ident(fo.ty, go.ty)
                    })
            }
            (Type::Tuple(a), Type::Tuple(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(&v, &w)| ident(self.objs.get(v).ty, self.objs.get(w).ty))
            }
            (Type::Signature(a), Type::Signature(b)) => {
                a.variadic == b.variadic
                    && a.type_params.len() == b.type_params.len()
                    && ident(a.params, b.params)
                    && ident(a.results, b.results)
            }
            (Type::Interface(_), Type::Interface(_)) => {
                if self.iface_pairs.borrow().iter().any(|&p| p == (x, y) || p == (y, x)) {
                    return true;
                }
                self.iface_pairs.borrow_mut().push((x, y));
                let same = self.identical_interfaces(x, y, d, subst, no_tags);
                self.iface_pairs.borrow_mut().pop();
                same
            }
            (Type::Named(a), Type::Named(b)) => match (a.origin, b.origin) {
                (Some(oa), Some(ob)) => {
                    oa == ob
                        && a.type_args.len() == b.type_args.len()
                        && a.type_args.iter().zip(&b.type_args).all(|(&s, &t)| ident(s, t))
                }
                _ => false,
            },
            (Type::Union(a), Type::Union(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(t, u)| t.tilde == u.tilde && ident(t.ty, u.ty))
            }
            _ => false,
        }
    }

    /// Whether values of type `t` can be compared with `==`. Interfaces
    /// count as comparable (comparing may panic at run time).
    pub fn comparable(&self, t: TypeId) -> bool {
        self.comparable_depth(t, true, 0)
    }

    /// Whether `t` is comparable; `dynamic`: interfaces count (comparing
    /// them may panic at run time), else `t` must be strictly comparable,
    /// as the terms of a type set must be.
    pub(crate) fn comparable_depth(&self, t: TypeId, dynamic: bool, depth: u32) -> bool {
        if depth > 64 {
            return true;
        }
        let t = self.types.unalias(t);
        if let Type::TypeParam(_) = self.types.get(t) {
            let bound = self.type_param_bound(t);
            return self.type_set(bound).is_comparable(self, depth + 1);
        }
        match self.types.get(self.types.underlying(t)) {
            Type::Basic(k) => *k != BasicKind::UntypedNil,
            Type::Pointer(_) | Type::Chan { .. } => true,
            Type::Interface(_) => dynamic || self.type_set(t).is_comparable(self, depth + 1),
            Type::Struct(st) => {
                st.fields.iter().all(|&f| self.comparable_depth(self.objs.get(f).ty, dynamic, depth + 1))
            }
            Type::Array { elem, .. } => self.comparable_depth(*elem, dynamic, depth + 1),
            _ => false,
        }
    }

    /// Whether `nil` is a value of type `t`.
    pub fn has_nil(&self, t: TypeId) -> bool {
        let u = self.types.underlying(t);
        if self.types.is_type_param(t) {
            let bound = self.type_param_bound(t);
            let ts = self.type_set(bound);
            return match &ts.terms {
                Some(terms) => !terms.is_empty() && terms.iter().all(|term| self.has_nil(term.ty)),
                None => false,
            };
        }
        match self.types.get(u) {
            Type::Basic(k) => *k == BasicKind::UnsafePointer || *k == BasicKind::UntypedNil,
            Type::Pointer(_)
            | Type::Slice(_)
            | Type::Map { .. }
            | Type::Chan { .. }
            | Type::Signature(_)
            | Type::Interface(_) => true,
            _ => false,
        }
    }

    /// The constraint interface of a type parameter.
    pub fn type_param_bound(&self, t: TypeId) -> TypeId {
        match self.types.get(self.types.unalias(t)) {
            Type::TypeParam(p) => p.constraint,
            _ => INVALID,
        }
    }

    /// The core type: the underlying type, or for a type parameter the
    /// single underlying type of all types in its type set (`None` if none).
    pub fn core_type(&self, t: TypeId) -> Option<TypeId> {
        if !self.types.is_type_param(t) {
            let u = self.types.underlying(t);
            if let Type::Interface(_) = self.types.get(u) {
                let ts = self.type_set(u);
                if let Some(terms) = &ts.terms {
                    return self.single_under(terms);
                }
            }
            return Some(u);
        }
        let ts = self.type_set(self.type_param_bound(t));
        match &ts.terms {
            Some(terms) => self.single_under(terms),
            None => None,
        }
    }

    /// The underlying types of all types `t` stands for: its own underlying
    /// type, or for a type parameter those of its type set's terms (one
    /// `None` when the set has no specific types), as types2's `typeset`.
    pub(crate) fn under_types(&self, t: TypeId) -> Vec<Option<TypeId>> {
        self.type_set_pairs(t).into_iter().map(|(_, u)| u).collect()
    }

    /// Like [`Checker::under_types`], each with the type it is the underlying type of.
    pub(crate) fn type_set_pairs(&self, t: TypeId) -> Vec<(TypeId, Option<TypeId>)> {
        if !self.types.is_type_param(t) {
            return vec![(t, Some(self.types.underlying(t)))];
        }
        let ts = self.type_set(self.type_param_bound(t));
        match &ts.terms {
            // An empty type set, like one without terms, has no specific type.
            Some(terms) if !terms.is_empty() => {
                terms.iter().map(|term| (term.ty, Some(self.types.underlying(term.ty)))).collect()
            }
            _ => vec![(t, None)],
        }
    }

    fn single_under(&self, terms: &[crate::types::Term]) -> Option<TypeId> {
        let mut core: Option<TypeId> = None;
        for term in terms {
            let u = self.types.underlying(term.ty);
            match core {
                None => core = Some(u),
                Some(c) if self.identical(c, u) => {}
                Some(c) => {
                    // Channels of one element type but different directions
                    // have a core type: the directional one.
                    match (self.types.get(c), self.types.get(u)) {
                        (Type::Chan { elem: a, dir: da }, Type::Chan { elem: b, dir: db })
                            if self.identical(*a, *b) =>
                        {
                            use wago_syntax::ast::ChanDir;
                            if *da == ChanDir::Both {
                                core = Some(u);
                            } else if *db != ChanDir::Both && da != db {
                                return None;
                            }
                        }
                        _ => return None,
                    }
                }
            }
        }
        core
    }

    /// Like [`Checker::core_type`], but a type set of byte slices and
    /// strings (`[]byte | string`) counts as `string`, as `append(b, s...)`
    /// and `copy(b, s)` allow.
    pub fn core_string(&self, t: TypeId) -> Option<TypeId> {
        if !self.types.is_type_param(t) {
            return self.core_type(t);
        }
        let ts = self.type_set(self.type_param_bound(t));
        let terms = ts.terms.as_ref()?;
        let mut has_string = None;
        for term in terms {
            let u = self.types.underlying(term.ty);
            if self.types.is_string(u) {
                has_string = Some(u);
            } else if !matches!(self.types.get(u), Type::Slice(e) if self.types.basic(*e) == Some(crate::types::BasicKind::Uint8))
            {
                return self.core_type(t);
            }
        }
        has_string.or_else(|| self.core_type(t))
    }

    /// The type itself, or for a pointer type `*T`, `T` (and whether it was one).
    pub fn deref(&self, t: TypeId) -> (TypeId, bool) {
        match self.types.get(self.types.unalias(t)) {
            Type::Pointer(e) => (*e, true),
            _ => (t, false),
        }
    }
}
