//! Field and method lookup through embedded fields (depth by depth, with
//! ambiguity), as the spec's selector rules define it.

use crate::check::Checker;
use crate::object::{ObjId, ObjKind, PkgId};
use crate::types::{Type, TypeId};
use wago_syntax::Symbol;

/// The result of looking a name up in a type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Lookup {
    NotFound,
    /// More than one field or method at the shallowest depth.
    Ambiguous,
    /// `index` is the path of field indices (embedded fields, then the
    /// field); `indirect` whether a pointer was followed on the way.
    Field {
        obj: ObjId,
        index: Vec<usize>,
        indirect: bool,
    },
    /// `recv` is the type the method was found in (an instance of a
    /// generic type substitutes its arguments into the signature).
    Method {
        obj: ObjId,
        index: Vec<usize>,
        indirect: bool,
        recv: TypeId,
    },
}

struct Embedded {
    ty: TypeId,
    index: Vec<usize>,
    indirect: bool,
    multiples: bool,
}

impl Checker<'_> {
    /// Looks `name` up in `t` as a selector `x.name` would. Unexported
    /// names match only in `pkg`.
    pub fn lookup_field_or_method(&self, t: TypeId, addressable: bool, pkg: Option<PkgId>, name: Symbol) -> Lookup {
        let _ = addressable;
        self.lookup_impl(t, pkg, name, false)
    }

    /// The field or method of `t` whose name equals `name` but for case
    /// (in any package), for "but does have ..." hints.
    pub(crate) fn lookup_fold_case(&self, t: TypeId, name: Symbol) -> Option<ObjId> {
        match self.lookup_impl(t, None, name, true) {
            Lookup::Field { obj, .. } | Lookup::Method { obj, .. } => Some(obj),
            _ => None,
        }
    }

    fn lookup_impl(&self, t: TypeId, pkg: Option<PkgId>, name: Symbol, fold: bool) -> Lookup {
        if name == self.syms.blank {
            return Lookup::NotFound;
        }
        // A defined pointer type has the fields of its pointer's base but
        // no methods (methods cannot be declared on pointer types).
        let tu = self.types.unalias(t);
        if let Type::Named(_) = self.types.get(tu)
            && let u = self.types.underlying(tu)
            && let Type::Pointer(_) = self.types.get(u)
        {
            return match self.lookup_impl(u, pkg, name, fold) {
                Lookup::Method { .. } => Lookup::NotFound,
                found => found,
            };
        }
        let (typ, is_ptr) = self.deref(t);
        // A pointer to an interface (or to a type parameter) has no methods.
        if is_ptr && (self.types.is_interface(typ) || self.types.is_type_param(typ)) {
            return Lookup::NotFound;
        }
        let mut current = vec![Embedded { ty: typ, index: Vec::new(), indirect: is_ptr, multiples: false }];
        let mut seen: Vec<TypeId> = Vec::new();
        while !current.is_empty() {
            let mut next = Vec::new();
            let mut found: Option<Lookup> = None;
            let mut count = 0;
            for e in &current {
                let mut typ = self.types.unalias(e.ty);
                if let Type::Named(n) = self.types.get(typ) {
                    if seen.contains(&typ) {
                        continue;
                    }
                    seen.push(typ);
                    let methods = self.named_methods(typ, n.origin);
                    if let Some((i, &m)) = methods.iter().enumerate().find(|(_, m)| self.matches(**m, name, pkg, fold))
                    {
                        let index = extended(&e.index, i);
                        count += 1 + e.multiples as usize;
                        found = Some(Lookup::Method { obj: m, index, indirect: e.indirect, recv: typ });
                        continue;
                    }
                    typ = self.types.underlying(typ);
                }
                if self.types.is_type_param(typ) {
                    typ = self.types.underlying(typ);
                }
                match self.types.get(typ) {
                    Type::Struct(st) => {
                        for (i, &f) in st.fields.iter().enumerate() {
                            let fo = self.objs.get(f);
                            if self.matches(f, name, pkg, fold) {
                                let index = extended(&e.index, i);
                                count += 1 + e.multiples as usize;
                                found = Some(Lookup::Field { obj: f, index, indirect: e.indirect });
                                continue;
                            }
                            if found.is_none() && matches!(fo.kind, ObjKind::Var { embedded: true, .. }) {
                                let (ft, fptr) = self.deref(fo.ty);
                                let index = extended(&e.index, i);
                                next.push(Embedded {
                                    ty: ft,
                                    index,
                                    indirect: e.indirect || fptr,
                                    multiples: e.multiples,
                                });
                            }
                        }
                    }
                    Type::Interface(_) => {
                        let ts = self.type_set(typ);
                        if let Some((i, &m)) =
                            ts.methods.iter().enumerate().find(|(_, m)| self.matches(**m, name, pkg, fold))
                        {
                            let index = extended(&e.index, i);
                            count += 1 + e.multiples as usize;
                            found = Some(Lookup::Method { obj: m, index, indirect: e.indirect, recv: typ });
                        }
                    }
                    _ => {}
                }
            }
            if let Some(f) = found {
                return if count > 1 { Lookup::Ambiguous } else { f };
            }
            current = consolidate(self, next);
        }
        Lookup::NotFound
    }

    /// The methods declared on a named type (an instance shares its origin's).
    pub(crate) fn named_methods(&self, named: TypeId, origin: Option<TypeId>) -> &[ObjId] {
        let src = origin.unwrap_or(named);
        match self.types.get(src) {
            Type::Named(n) => &n.methods,
            _ => &[],
        }
    }

    fn matches(&self, obj: ObjId, name: Symbol, pkg: Option<PkgId>, fold: bool) -> bool {
        let o = self.objs.get(obj);
        if fold {
            // Ignoring case, packages are ignored too (as types2).
            return self.name(o.name).to_lowercase() == self.name(name).to_lowercase();
        }
        o.name == name && (crate::object::is_exported(self.name(name)) || o.pkg.is_none() || o.pkg == pkg)
    }
}

/// `path` with `i` appended, allocated once at its final size.
fn extended(path: &[usize], i: usize) -> Vec<usize> {
    let mut out = Vec::with_capacity(path.len() + 1);
    out.extend_from_slice(path);
    out.push(i);
    out
}

/// Merges entries for the same embedded type at one depth, marking them
/// as multiples (a name found through them is ambiguous).
fn consolidate(ck: &Checker<'_>, list: Vec<Embedded>) -> Vec<Embedded> {
    let mut out: Vec<Embedded> = Vec::with_capacity(list.len());
    for e in list {
        if let Some(prev) = out.iter_mut().find(|p| ck.identical(p.ty, e.ty)) {
            prev.multiples = true;
        } else {
            out.push(e);
        }
    }
    out
}
