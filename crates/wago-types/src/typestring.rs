//! Types printed the way go/types prints them in diagnostics
//! (`[]int`, `map[string]*T`, `func(x int) (string, error)`, `pkg.T[int]`).

use crate::object::{ObjKind, ObjectStore, PkgId};
use crate::types::{Type, TypeId, TypeStore};
use wago_syntax::Interner;
use wago_syntax::ast::ChanDir;

/// What printing needs to see: the stores, the names, and how to qualify
/// a package (`None` prints the type unqualified).
pub struct TypePrinter<'a> {
    pub types: &'a TypeStore,
    pub objs: &'a ObjectStore,
    pub names: &'a Interner,
    /// The package a type name's package is compared with: names from it
    /// print unqualified, others as `path.Name` via `pkg_name`.
    pub current: Option<PkgId>,
    pub pkg_name: &'a dyn Fn(PkgId) -> String,
    pub byte: TypeId,
    pub rune: TypeId,
    /// Whether signatures print their parameter names.
    pub param_names: bool,
}

impl TypePrinter<'_> {
    pub fn to_string(&self, t: TypeId) -> String {
        let mut s = String::new();
        self.write(&mut s, t, 0);
        s
    }

    fn write(&self, s: &mut String, t: TypeId, depth: u32) {
        if depth > 64 {
            s.push_str("...");
            return;
        }
        let d = depth + 1;
        if t == self.byte {
            s.push_str("byte");
            return;
        }
        if t == self.rune {
            s.push_str("rune");
            return;
        }
        match self.types.get(t) {
            Type::Basic(k) => s.push_str(k.name()),
            Type::Pointer(e) => {
                s.push('*');
                self.write(s, *e, d);
            }
            Type::Slice(e) => {
                s.push_str("[]");
                self.write(s, *e, d);
            }
            Type::Array { len, elem } => {
                match len {
                    Some(n) => s.push_str(&format!("[{n}]")),
                    None => s.push_str("[unknown]"),
                }
                self.write(s, *elem, d);
            }
            Type::Map { key, elem } => {
                s.push_str("map[");
                self.write(s, *key, d);
                s.push(']');
                self.write(s, *elem, d);
            }
            Type::Chan { dir, elem } => self.write_chan(s, *dir, *elem, d),
            Type::Struct(st) => {
                s.push_str("struct{");
                for (i, &f) in st.fields.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    let fo = self.objs.get(f);
                    let embedded = matches!(fo.kind, ObjKind::Var { embedded: true, .. });
                    if !embedded {
                        s.push_str(self.names.resolve(fo.name));
                        s.push(' ');
                    }
                    self.write(s, fo.ty, d);
                    if let Some(Some(tag)) = st.tags.get(i) {
                        s.push(' ');
                        s.push_str(&go_quote(tag));
                    }
                }
                s.push('}');
            }
            Type::Signature(_) => {
                s.push_str("func");
                self.write_signature(s, t, d);
            }
            Type::Tuple(vars) => self.write_tuple(s, vars, false, d),
            Type::Interface(it) => {
                if it.comparable && it.methods.is_empty() && it.embeddeds.is_empty() {
                    s.push_str("comparable");
                    return;
                }
                if it.implicit && it.methods.is_empty() && it.embeddeds.len() == 1 {
                    self.write(s, it.embeddeds[0], d);
                    return;
                }
                s.push_str("interface{");
                let mut first = true;
                for &m in &it.methods {
                    if !first {
                        s.push_str("; ");
                    }
                    first = false;
                    let mo = self.objs.get(m);
                    s.push_str(self.names.resolve(mo.name));
                    self.write_signature(s, mo.ty, d);
                }
                for &e in &it.embeddeds {
                    if !first {
                        s.push_str("; ");
                    }
                    first = false;
                    self.write(s, e, d);
                }
                s.push('}');
            }
            Type::Union(terms) => {
                for (i, term) in terms.iter().enumerate() {
                    if i > 0 {
                        s.push_str(" | ");
                    }
                    if term.tilde {
                        s.push('~');
                    }
                    self.write(s, term.ty, d);
                }
            }
            Type::Named(n) => {
                self.write_obj_name(s, n.obj);
                self.write_type_args(s, &n.type_args, d);
            }
            Type::Alias(a) => {
                self.write_obj_name(s, a.obj);
                self.write_type_args(s, &a.type_args, d);
            }
            Type::TypeParam(p) => s.push_str(self.names.resolve(self.objs.get(p.obj).name)),
        }
    }

    fn write_chan(&self, s: &mut String, dir: ChanDir, elem: TypeId, d: u32) {
        s.push_str(match dir {
            ChanDir::Both => "chan ",
            ChanDir::Send => "chan<- ",
            ChanDir::Recv => "<-chan ",
        });
        // chan (<-chan T) needs parentheses to mean what it says.
        let paren = dir == ChanDir::Both && matches!(self.types.get(elem), Type::Chan { dir: ChanDir::Recv, .. });
        if paren {
            s.push('(');
        }
        self.write(s, elem, d);
        if paren {
            s.push(')');
        }
    }

    fn write_obj_name(&self, s: &mut String, obj: crate::object::ObjId) {
        let o = self.objs.get(obj);
        if let Some(pkg) = o.pkg
            && Some(pkg) != self.current
        {
            s.push_str(&(self.pkg_name)(pkg));
            s.push('.');
        }
        s.push_str(self.names.resolve(o.name));
    }

    fn write_type_args(&self, s: &mut String, args: &[TypeId], d: u32) {
        if args.is_empty() {
            return;
        }
        s.push('[');
        for (i, &a) in args.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            self.write(s, a, d);
        }
        s.push(']');
    }

    /// `(params) results` of a signature type.
    pub fn write_signature(&self, s: &mut String, sig: TypeId, d: u32) {
        let Type::Signature(sg) = self.types.get(sig) else {
            self.write(s, sig, d);
            return;
        };
        if !sg.type_params.is_empty() {
            s.push('[');
            for (i, &tp) in sg.type_params.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                self.write(s, tp, d);
                if let Type::TypeParam(p) = self.types.get(tp) {
                    s.push(' ');
                    self.write(s, p.constraint, d);
                }
            }
            s.push(']');
        }
        let Type::Tuple(params) = self.types.get(sg.params) else { return };
        self.write_tuple(s, params, sg.variadic, d);
        let Type::Tuple(results) = self.types.get(sg.results) else { return };
        match results.as_slice() {
            [] => {}
            [r] if self.names.resolve(self.objs.get(*r).name).is_empty() || !self.param_names => {
                s.push(' ');
                self.write(s, self.objs.get(*r).ty, d);
            }
            rs => {
                s.push(' ');
                self.write_tuple(s, rs, false, d);
            }
        }
    }

    fn write_tuple(&self, s: &mut String, vars: &[crate::object::ObjId], variadic: bool, d: u32) {
        s.push('(');
        for (i, &v) in vars.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            let vo = self.objs.get(v);
            let name = self.names.resolve(vo.name);
            if !name.is_empty() && self.param_names {
                s.push_str(name);
                s.push(' ');
            }
            let last = i + 1 == vars.len();
            match self.types.get(vo.ty) {
                Type::Slice(elem) if variadic && last => {
                    s.push_str("...");
                    self.write(s, *elem, d);
                }
                _ => self.write(s, vo.ty, d),
            }
        }
        s.push(')');
    }
}

/// Go's `strconv.Quote` for printable ASCII-and-Unicode text.
fn go_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
