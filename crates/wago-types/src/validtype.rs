//! Invalid recursive types: a type that holds itself by value (through
//! struct fields, array elements, embedded interface elements and union
//! terms, but not through pointers, slices, maps, channels or functions)
//! has no finite size. Following the spec and go/types' `validType`, each
//! declared type's right-hand side is walked with two stacks: `nest`, the
//! named types (and instances) whose memory the current one is part of,
//! and `path`, every named type visited, for the report. A type parameter
//! stands for the type argument of the instance it was reached through and
//! is checked in the nest of the enclosing type. A named type found again
//! in its own nest is invalid: its (and its origin's) underlying type
//! becomes invalid, so later uses do not report it again.

use crate::check::Ctx;
use crate::object::ObjId;
use crate::types::{INVALID, Type, TypeId};

impl Ctx<'_, '_> {
    /// Runs the check for every package-level defined type, in source order.
    pub(crate) fn check_valid_types(&mut self) {
        for &o in &self.decl_order.clone() {
            if !matches!(self.objs.get(o).kind, crate::object::ObjKind::TypeName { alias: false }) {
                continue;
            }
            let t = self.objs.get(o).ty;
            self.valid_type(t);
        }
    }

    /// Reports `t` if it is an invalid recursive type (see the module doc).
    pub(crate) fn valid_type(&mut self, t: TypeId) {
        if matches!(self.types.get(t), Type::Named(_)) {
            self.valid_type0(t, &mut Vec::new(), &mut Vec::new());
        }
    }

    fn valid_type0(&mut self, t: TypeId, nest: &mut Vec<TypeId>, path: &mut Vec<TypeId>) -> bool {
        // Guards against runaway expansion of ever-growing instances
        // (those are reported as instantiation cycles elsewhere).
        if path.len() > 100 {
            return true;
        }
        let t = self.types.unalias(t);
        match self.types.get(t).clone() {
            Type::Array { elem, .. } => self.valid_type0(elem, nest, path),
            Type::Struct(st) => st.fields.iter().all(|&f| {
                let ft = self.objs.get(f).ty;
                self.valid_type0(ft, nest, path)
            }),
            Type::Union(terms) => terms.iter().all(|term| self.valid_type0(term.ty, nest, path)),
            Type::Interface(it) => it.embeddeds.iter().all(|&e| self.valid_type0(e, nest, path)),
            Type::Named(n) => {
                if nest.iter().any(|&e| self.identical(e, t)) {
                    self.report_recursive(t, path);
                    return false;
                }
                let origin = n.origin.unwrap_or(t);
                // A type of another package holds local types only through
                // its type arguments.
                if self.objs.get(n.obj).pkg != Some(self.pkg) && n.type_args.is_empty() {
                    return true;
                }
                let rhs = match self.types.get(origin) {
                    Type::Named(o) => o.underlying,
                    _ => INVALID,
                };
                nest.push(t);
                path.push(t);
                let ok = self.valid_type0(rhs, nest, path);
                nest.pop();
                path.pop();
                ok
            }
            Type::TypeParam(_) => {
                // The type parameter stands for the matching type argument
                // of the innermost instance, valid in the enclosing nest.
                let Some(&inst) = nest.last() else { return true };
                let Type::Named(n) = self.types.get(inst) else { return true };
                let Some(i) = n.type_params.iter().position(|&p| p == t) else { return true };
                let Some(&targ) = n.type_args.get(i) else { return true };
                nest.pop();
                let ok = self.valid_type0(targ, nest, path);
                nest.push(inst);
                ok
            }
            _ => true,
        }
    }

    /// Marks the cycle through `t` invalid and reports it from where it
    /// starts on `path`.
    fn report_recursive(&mut self, t: TypeId, path: &[TypeId]) {
        let origin = match self.types.get(t) {
            Type::Named(n) => n.origin.unwrap_or(t),
            _ => t,
        };
        self.invalidate_named(origin);
        let start = path.iter().position(|&p| self.identical(p, t)).unwrap_or(0);
        let cycle = &path[start..];
        let names: Vec<String> = cycle.iter().map(|&c| self.recursive_type_name(c)).collect();
        let mut msg = if names.len() <= 1 {
            format!("invalid recursive type: {} refers to itself", names.first().map_or("", |s| s))
        } else {
            format!("invalid recursive type {}", names[0])
        };
        if names.len() > 1 {
            for k in 0..names.len() {
                let at = match self.instance_pos.get(&cycle[k]) {
                    Some(&p) => p,
                    None => self.named_obj(cycle[k]).map_or(crate::object::DeclPos::NONE, |o| self.objs.get(o).pos),
                };
                let note = format!("{} refers to {}", names[k], names[(k + 1) % names.len()]);
                msg.push_str(&self.note(at, &note));
            }
        }
        let pos = match self.instance_pos.get(&cycle[0]) {
            Some(&p) => Some(p),
            None => self.named_obj(cycle[0]).map(|o| self.objs.get(o).pos),
        };
        if let Some(pos) = pos {
            self.error_at(pos, msg);
        }
    }

    /// A named type, and every instance of it, stand for an invalid type.
    fn invalidate_named(&mut self, origin: TypeId) {
        if let Type::Named(n) = self.ck.types.get_mut(origin) {
            n.underlying = INVALID;
        }
        let insts: Vec<_> = self.instances.iter().filter(|(k, _)| k.0 == origin).map(|(_, &i)| i).collect();
        for i in insts {
            if let Type::Named(n) = self.ck.types.get_mut(i) {
                n.underlying = INVALID;
            }
        }
    }

    fn named_obj(&self, t: TypeId) -> Option<ObjId> {
        match self.types.get(t) {
            Type::Named(n) => Some(n.obj),
            _ => None,
        }
    }

    /// An instance with its type arguments, a declared type by its name.
    fn recursive_type_name(&self, t: TypeId) -> String {
        match self.types.get(t) {
            Type::Named(n) if !n.type_args.is_empty() => self.ts(t),
            _ => self.named_obj(t).map_or_else(String::new, |o| self.obj_name(o).to_string()),
        }
    }
}
