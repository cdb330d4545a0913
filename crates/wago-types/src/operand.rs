//! Operands described the way gc's type checker describes them in
//! messages: `x (variable of type int)`, `c (untyped int constant 300)`,
//! `s (variable of struct type S)`.

use crate::check::{Ctx, Mode, Operand};
use crate::types::{BasicInfo, Type};

pub(crate) fn describe(cx: &Ctx<'_, '_>, x: &Operand) -> String {
    if x.mode == Mode::Nil {
        return "nil".into();
    }
    let expr = match x.expr {
        Some(e) => cx.expr_str(e),
        None => match x.mode {
            Mode::Builtin(b) => b.name().to_string(),
            Mode::TypeExpr => cx.ts(x.ty),
            Mode::Constant => x.val.to_string(),
            _ => String::new(),
        },
    };
    let mut s = String::new();
    if !expr.is_empty() {
        s.push_str(&expr);
        s.push_str(" (");
    }
    let mut has_type = false;
    if !matches!(x.mode, Mode::Invalid | Mode::NoValue | Mode::Builtin(_) | Mode::TypeExpr) {
        let t = cx.types.unalias(x.ty);
        match cx.types.get(t) {
            Type::Basic(k) if k.info().any(BasicInfo::UNTYPED) => {
                s.push_str(k.name());
                s.push(' ');
            }
            _ => has_type = true,
        }
    }
    s.push_str(x.mode.describe());
    if x.mode == Mode::Constant {
        let v = x.val.to_string();
        if v != expr {
            s.push(' ');
            s.push_str(&v);
        }
    }
    if has_type {
        if cx.types.is_invalid(x.ty) {
            s.push_str(" with invalid type");
        } else {
            s.push_str(" of ");
            if let Some(tp) = type_param_bound(cx, x) {
                s.push_str("type ");
                s.push_str(&cx.ts(x.ty));
                s.push_str(" constrained by ");
                s.push_str(&cx.ts(tp));
                if cx.type_set(tp).terms.as_ref().is_some_and(|t| t.is_empty()) {
                    s.push_str(" with empty type set");
                }
            } else {
                if matches!(cx.types.get(x.ty), Type::Named(_) | Type::Alias(_)) {
                    let u = cx.types.underlying(x.ty);
                    let what = match cx.types.get(u) {
                        Type::Basic(k) => k.name(),
                        t => composite_kind(t),
                    };
                    s.push_str(what);
                    s.push(' ');
                }
                s.push_str("type ");
                s.push_str(&cx.ts(x.ty));
            }
        }
    }
    if !expr.is_empty() {
        s.push(')');
    }
    s
}

fn type_param_bound(cx: &Ctx<'_, '_>, x: &Operand) -> Option<crate::types::TypeId> {
    match cx.types.get(cx.types.unalias(x.ty)) {
        Type::TypeParam(p) => Some(p.constraint),
        _ => None,
    }
}

/// The word for a composite type's kind: "struct", "slice", …
pub(crate) fn composite_kind(t: &Type) -> &'static str {
    match t {
        Type::Array { .. } => "array",
        Type::Slice(_) => "slice",
        Type::Struct(_) => "struct",
        Type::Pointer(_) => "pointer",
        Type::Signature(_) => "func",
        Type::Interface(_) => "interface",
        Type::Map { .. } => "map",
        Type::Chan { .. } => "chan",
        Type::Tuple(_) => "tuple",
        Type::Union(_) => "union",
        _ => "",
    }
}
