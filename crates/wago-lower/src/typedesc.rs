//! Type descriptors and itabs: what the running program knows of a type.
//!
//! Every type that reaches an interface (and every type an assertion or a
//! type switch asks about) gets a *descriptor*, a static data object laid
//! out as the runtime's `_type` (runtime/type.go): size, kind, an identity
//! hash, the name reflect prints, element types, how `==` compares a value
//! (the same field runs maps use for keys), and — for a type converted to
//! an interface — its method set as a sorted table of wrappers taking the
//! interface's data word. Identical types share one descriptor (they are
//! found by a canonical key, as the checker does not intern struct, func
//! or interface types), so the runtime tests type identity by address.
//!
//! An *itab* pairs a non-empty interface with a concrete type: the
//! descriptors of both, then the table indexes of the concrete type's
//! wrappers for the interface's methods in the interface's order. Itabs
//! for conversions known statically are built here; the runtime builds
//! the others from method tables (runtime/iface.go).

use crate::Lowerer;
use crate::func::FnLower;
use crate::maps::KeyField;
use std::collections::HashMap;
use wago_ir::{Data, DataId, FuncId, Reloc, RelocTarget};
use wago_types::lookup::Lookup;
use wago_types::object::ObjKind;
use wago_types::types::{BasicKind, Type};
use wago_types::{ObjId, TypeId};

/// The size of a descriptor and the offsets of its fields (runtime `_type`).
pub(crate) const DESC_SIZE: u32 = 48;
const OFF_SIZE: usize = 0;
const OFF_HASH: usize = 4;
const OFF_KIND: usize = 8;
const OFF_FLAGS: usize = 9;
const OFF_ALIGN: usize = 10;
const OFF_GCDATA: u32 = 12;
const OFF_STR: u32 = 16;
const OFF_ELEM: u32 = 24;
const OFF_METHODS: u32 = 28;
const OFF_NMETHODS: usize = 32;
const OFF_EQFIELDS: u32 = 36;
const OFF_NEQFIELDS: usize = 40;
const OFF_KEY: u32 = 44;
/// An itab's method indexes start after its two descriptor pointers.
pub(crate) const ITAB_FUN: u32 = 8;
/// A method table entry: name (string), signature descriptor, wrapper index.
pub(crate) const METHOD_SIZE: u32 = 16;

/// `_type.flags`: the interface data word is the value itself.
pub(crate) const FLAG_DIRECT: u8 = 1;

/// Program-wide descriptor state.
#[derive(Default)]
pub(crate) struct TypeDescs {
    by_key: HashMap<String, DataId>,
    by_type: HashMap<TypeId, DataId>,
    /// Descriptors whose method table is written.
    with_methods: HashMap<DataId, ()>,
    itabs: HashMap<(DataId, DataId), DataId>,
    /// Wrappers of methods called through interfaces, by (type, method).
    wrappers: HashMap<(DataId, String), FuncId>,
    /// Each method table's keys, in order: which method each wrapper
    /// entry of a concrete type's table is, or the methods an interface
    /// asks for (see `stdlib::reachable_funcs`).
    pub(crate) tables: HashMap<DataId, MethodTableKeys>,
    /// The data names descriptors use so far.
    data_names: std::collections::HashSet<String>,
}

/// The keys of a method table, and whether it is an interface's.
pub(crate) struct MethodTableKeys {
    pub keys: Vec<String>,
    pub interface: bool,
}

/// A method of a concrete type's method set, as an interface sees it.
pub(crate) struct SetMethod {
    /// The name as the runtime sorts and matches it.
    pub key: String,
    pub obj: ObjId,
    /// Its signature (substituted, for a method of a generic type).
    pub sig: TypeId,
    /// Embedded fields leading to it, then its own index.
    pub path: Vec<usize>,
}

impl Lowerer<'_, '_> {
    /// The descriptor of `t`; identical types share one.
    pub(crate) fn type_desc(&mut self, t: TypeId) -> DataId {
        let t = self.ck.types.unalias(t);
        if let Some(&d) = self.descs.by_type.get(&t) {
            return d;
        }
        let key = self.type_key(t);
        if let Some(&d) = self.descs.by_key.get(&key) {
            self.descs.by_type.insert(t, d);
            return d;
        }
        let name = self.type_name(t);
        // Data names are unique: the name reflect shows is the package's
        // name, and math/rand.Source and math/rand/v2.Source both show as
        // rand.Source.
        let mut data_name = format!("type:{name}");
        if !self.descs.data_names.insert(data_name.clone()) {
            data_name = format!("type:{name}·{}", self.module.data.len());
        }
        let d = self.module.data.push(Data {
            name: data_name,
            align: 4,
            size: DESC_SIZE,
            init: vec![0; DESC_SIZE as usize],
            relocs: Vec::new(),
        });
        self.descs.by_key.insert(key.clone(), d);
        self.descs.by_type.insert(t, d);
        self.fill_desc(d, t, &key, &name);
        d
    }

    /// Writes everything of a descriptor but its method table.
    fn fill_desc(&mut self, d: DataId, t: TypeId, key: &str, name: &str) {
        let size = self.layout.size(t);
        let align = self.layout.align(t);
        let regs = self.layout.regs(t);
        let direct = !regs.mem && regs.tys == [wago_ir::Ty::Ptr];
        let mut relocs = Vec::new();
        let str_data = self.string_data(name.as_bytes());
        relocs.push(Reloc { offset: OFF_STR, target: RelocTarget::Data(str_data, 0) });
        let under = self.layout.under(t).clone();
        let elem = match under {
            Type::Pointer(e) | Type::Slice(e) | Type::Array { elem: e, .. } | Type::Chan { elem: e, .. } => Some(e),
            Type::Map { elem, .. } => Some(elem),
            _ => None,
        };
        if let Some(e) = elem {
            let ed = self.type_desc(e);
            relocs.push(Reloc { offset: OFF_ELEM, target: RelocTarget::Data(ed, 0) });
        }
        if let Some(shape) = self.gc_shape_data(t) {
            relocs.push(Reloc { offset: OFF_GCDATA, target: RelocTarget::Data(shape, 0) });
        }
        if let Type::Map { key: k, .. } = under {
            let kd = self.type_desc(k);
            relocs.push(Reloc { offset: OFF_KEY, target: RelocTarget::Data(kd, 0) });
        }
        let neq = if !self.ck.comparable(t) {
            -1
        } else if direct {
            0
        } else {
            let fields = self.eq_fields(t);
            if !fields.is_empty() {
                let fd = self.eq_fields_data(&fields);
                relocs.push(Reloc { offset: OFF_EQFIELDS, target: RelocTarget::Data(fd, 0) });
            }
            fields.len() as i32
        };
        let mut nmethods = 0;
        if self.ck.types.is_interface(t) {
            let methods = self.interface_methods(t);
            nmethods = methods.len() as i32;
            let entries: Vec<(String, TypeId, Option<FuncId>)> =
                methods.into_iter().map(|(k, m)| (k, self.ck.objs.get(m).ty, None)).collect();
            let table = self.method_table(&entries);
            relocs.push(Reloc { offset: OFF_METHODS, target: RelocTarget::Data(table, 0) });
        }
        let data = &mut self.module.data[d];
        let init = &mut data.init;
        init[OFF_SIZE..OFF_SIZE + 4].copy_from_slice(&size.to_le_bytes());
        init[OFF_HASH..OFF_HASH + 4].copy_from_slice(&fnv1a(key.as_bytes()).to_le_bytes());
        init[OFF_KIND] = kind_of(&under);
        init[OFF_FLAGS] = if direct { FLAG_DIRECT } else { 0 };
        init[OFF_ALIGN] = align as u8;
        init[OFF_STR as usize + 4..OFF_STR as usize + 8].copy_from_slice(&(name.len() as u32).to_le_bytes());
        init[OFF_NMETHODS..OFF_NMETHODS + 4].copy_from_slice(&nmethods.to_le_bytes());
        init[OFF_NEQFIELDS..OFF_NEQFIELDS + 4].copy_from_slice(&neq.to_le_bytes());
        data.relocs.extend(relocs);
    }

    /// A method table: (name, signature descriptor, wrapper) per entry.
    fn method_table(&mut self, entries: &[(String, TypeId, Option<FuncId>)]) -> DataId {
        let mut init = vec![0u8; entries.len() * METHOD_SIZE as usize];
        let mut relocs = Vec::new();
        for (i, (key, sig, wrapper)) in entries.iter().enumerate() {
            let at = i as u32 * METHOD_SIZE;
            let name = self.string_data(key.as_bytes());
            relocs.push(Reloc { offset: at, target: RelocTarget::Data(name, 0) });
            init[at as usize + 4..at as usize + 8].copy_from_slice(&(key.len() as u32).to_le_bytes());
            let sig = self.type_desc(*sig);
            relocs.push(Reloc { offset: at + 8, target: RelocTarget::Data(sig, 0) });
            if let Some(w) = wrapper {
                relocs.push(Reloc { offset: at + 12, target: RelocTarget::Func(*w) });
            }
        }
        let n = self.module.data.len();
        let table = self.module.data.push(Data {
            name: format!("go:methods.{n}"),
            align: 4,
            size: init.len() as u32,
            init,
            relocs,
        });
        let keys = entries.iter().map(|(key, _, _)| key.clone()).collect();
        let interface = entries.iter().all(|(_, _, w)| w.is_none());
        self.descs.tables.insert(table, MethodTableKeys { keys, interface });
        table
    }

    /// The `==` field runs of a comparable type (see `maps::KeyField`).
    pub(crate) fn eq_fields(&self, t: TypeId) -> Vec<KeyField> {
        let mut fields = Vec::new();
        crate::maps::key_fields(self, t, 0, &mut fields);
        fields
    }

    fn eq_fields_data(&mut self, fields: &[KeyField]) -> DataId {
        let mut init = Vec::with_capacity(fields.len() * 12);
        for f in fields {
            for w in [f.off, f.size, f.kind] {
                init.extend_from_slice(&w.to_le_bytes());
            }
        }
        let n = self.module.data.len();
        self.module.data.push(Data {
            name: format!("go:eqfields.{n}"),
            align: 4,
            size: init.len() as u32,
            init,
            relocs: Vec::new(),
        })
    }

    /// An interface's methods (with those of embedded interfaces), each
    /// with its runtime key, in the runtime's order.
    pub(crate) fn interface_methods(&self, t: TypeId) -> Vec<(String, ObjId)> {
        let mut ms: Vec<(String, ObjId)> =
            self.ck.type_set(t).methods.iter().map(|&m| (self.method_key(m), m)).collect();
        ms.sort_by(|a, b| a.0.cmp(&b.0));
        ms
    }

    /// A method's name as the runtime matches it: an unexported name is
    /// qualified by its package path.
    pub(crate) fn method_key(&self, m: ObjId) -> String {
        let o = self.ck.objs.get(m);
        let name = self.ck.name(o.name);
        if o.is_exported(self.ck.names) {
            return name.to_string();
        }
        let pkg = o.pkg.map_or("", |p| self.ck.package(p).path.as_str());
        format!("{pkg}.{name}")
    }

    /// The method set of a concrete type, in the runtime's order.
    pub(crate) fn method_set(&self, t: TypeId) -> Vec<SetMethod> {
        let ck = self.ck;
        let mut names: Vec<ObjId> = Vec::new();
        let mut seen: Vec<TypeId> = Vec::new();
        self.collect_method_names(t, &mut names, &mut seen);
        let mut out: Vec<SetMethod> = Vec::new();
        for m in names {
            let o = ck.objs.get(m);
            let Lookup::Method { obj, index, indirect, .. } = ck.lookup_field_or_method(t, false, o.pkg, o.name) else {
                continue;
            };
            let ptr_recv = matches!(ck.objs.get(obj).kind, ObjKind::Func { has_ptr_recv: true });
            let key = self.method_key(obj);
            if (ptr_recv && !indirect) || out.iter().any(|s| s.key == key) {
                continue;
            }
            let sig = self.method_sig_in(obj, t);
            out.push(SetMethod { key, obj, sig, path: index });
        }
        out.sort_by(|a, b| a.key.cmp(&b.key));
        out
    }

    /// The signature of method `m` as called on a `recv`: substituted for
    /// a method of a generic type.
    pub(crate) fn method_sig_in(&self, m: ObjId, recv: TypeId) -> TypeId {
        let sig = self.ck.objs.get(m).ty;
        let inst = crate::generic::resolve_method(self.ck, recv, m)
            .and_then(|(_, k)| k)
            .and_then(|k| self.instances.by_key.get(&k).copied());
        self.subst_in(inst, sig)
    }

    /// Every method name declared on `t` or on what it embeds (shadowing
    /// and depth are sorted out by the lookup afterwards).
    fn collect_method_names(&self, t: TypeId, out: &mut Vec<ObjId>, seen: &mut Vec<TypeId>) {
        let ck = self.ck;
        let (base, _) = ck.deref(t);
        let base = ck.types.unalias(base);
        if seen.contains(&base) {
            return;
        }
        seen.push(base);
        if let Type::Named(n) = ck.types.get(base) {
            // An instance's methods are its generic type's.
            let origin = n.origin.map(|o| ck.types.get(ck.types.unalias(o)));
            match origin {
                Some(Type::Named(g)) if n.methods.is_empty() => out.extend(g.methods.iter().copied()),
                _ => out.extend(n.methods.iter().copied()),
            }
        }
        match ck.types.get(ck.types.underlying(base)) {
            Type::Struct(st) => {
                for &f in &st.fields {
                    if matches!(ck.objs.get(f).kind, ObjKind::Var { embedded: true, .. }) {
                        self.collect_method_names(ck.objs.get(f).ty, out, seen);
                    }
                }
            }
            Type::Interface(_) => out.extend(ck.type_set(base).methods.iter().copied()),
            _ => {}
        }
    }

    /// A canonical key: equal exactly for identical types.
    fn type_key(&self, t: TypeId) -> String {
        let mut s = String::new();
        self.write_key(&mut s, t, 0);
        s
    }

    fn write_key(&self, s: &mut String, t: TypeId, depth: u32) {
        use std::fmt::Write;
        let ck = self.ck;
        let t = ck.types.unalias(t);
        let d = depth + 1;
        if d > 100 {
            s.push('…');
            return;
        }
        match ck.types.get(t) {
            Type::Basic(k) => s.push_str(k.name()),
            Type::Named(n) => {
                let _ = write!(s, "N{}", n.obj.0);
                if !n.type_args.is_empty() {
                    s.push('[');
                    for &a in &n.type_args {
                        self.write_key(s, a, d);
                        s.push(',');
                    }
                    s.push(']');
                }
            }
            Type::TypeParam(p) => {
                let _ = write!(s, "P{}", p.obj.0);
            }
            Type::Pointer(e) => {
                s.push('*');
                self.write_key(s, *e, d);
            }
            Type::Slice(e) => {
                s.push_str("[]");
                self.write_key(s, *e, d);
            }
            Type::Array { len, elem } => {
                let _ = write!(s, "[{}]", len.unwrap_or(0));
                self.write_key(s, *elem, d);
            }
            Type::Map { key, elem } => {
                s.push_str("map[");
                self.write_key(s, *key, d);
                s.push(']');
                self.write_key(s, *elem, d);
            }
            Type::Chan { dir, elem } => {
                let _ = write!(s, "chan{}:", *dir as u8);
                self.write_key(s, *elem, d);
            }
            Type::Struct(st) => {
                s.push_str("struct{");
                for (i, &f) in st.fields.iter().enumerate() {
                    let o = ck.objs.get(f);
                    if matches!(o.kind, ObjKind::Var { embedded: true, .. }) {
                        s.push('~');
                    }
                    s.push_str(&self.method_key(f));
                    s.push(' ');
                    self.write_key(s, o.ty, d);
                    if let Some(tag) = st.tags.get(i).and_then(|t| t.as_deref()) {
                        let _ = write!(s, " {tag:?}");
                    }
                    s.push(';');
                }
                s.push('}');
            }
            Type::Signature(sig) => {
                s.push_str("func(");
                for &p in ck.types.tuple_vars(sig.params) {
                    self.write_key(s, ck.objs.get(p).ty, d);
                    s.push(',');
                }
                if sig.variadic {
                    s.push_str("...");
                }
                s.push_str(")(");
                for &r in ck.types.tuple_vars(sig.results) {
                    self.write_key(s, ck.objs.get(r).ty, d);
                    s.push(',');
                }
                s.push(')');
            }
            Type::Interface(_) => {
                s.push_str("interface{");
                for (key, m) in self.interface_methods(t) {
                    s.push_str(&key);
                    self.write_key(s, ck.objs.get(m).ty, d);
                    s.push(';');
                }
                s.push('}');
            }
            Type::Tuple(vars) => {
                s.push('(');
                for &v in vars {
                    self.write_key(s, ck.objs.get(v).ty, d);
                    s.push(',');
                }
                s.push(')');
            }
            Type::Union(_) | Type::Alias(_) => s.push('?'),
        }
    }

    /// The type's name as reflect and the runtime print it.
    pub(crate) fn type_name(&self, t: TypeId) -> String {
        let mut s = String::new();
        self.write_name(&mut s, t, 0);
        s
    }

    fn write_name(&self, s: &mut String, t: TypeId, depth: u32) {
        use std::fmt::Write;
        let ck = self.ck;
        let t = ck.types.unalias(t);
        let d = depth + 1;
        if d > 100 {
            s.push_str("...");
            return;
        }
        match ck.types.get(t) {
            Type::Basic(k) => s.push_str(match k {
                BasicKind::UntypedNil => "nil",
                _ => k.name(),
            }),
            Type::Named(n) => {
                let o = ck.objs.get(n.obj);
                if let Some(p) = o.pkg {
                    let _ = write!(s, "{}.", ck.name(ck.package(p).name));
                }
                s.push_str(ck.name(o.name));
                if !n.type_args.is_empty() {
                    s.push('[');
                    for (i, &a) in n.type_args.iter().enumerate() {
                        if i > 0 {
                            s.push(',');
                        }
                        self.write_name(s, a, d);
                    }
                    s.push(']');
                }
            }
            Type::TypeParam(p) => s.push_str(ck.obj_name(p.obj)),
            Type::Pointer(e) => {
                s.push('*');
                self.write_name(s, *e, d);
            }
            Type::Slice(e) => {
                s.push_str("[]");
                self.write_name(s, *e, d);
            }
            Type::Array { len, elem } => {
                let _ = write!(s, "[{}]", len.unwrap_or(0));
                self.write_name(s, *elem, d);
            }
            Type::Map { key, elem } => {
                s.push_str("map[");
                self.write_name(s, *key, d);
                s.push(']');
                self.write_name(s, *elem, d);
            }
            Type::Chan { dir, elem } => {
                s.push_str(match dir {
                    wago_syntax::ast::ChanDir::Send => "chan<- ",
                    wago_syntax::ast::ChanDir::Recv => "<-chan ",
                    _ => "chan ",
                });
                self.write_name(s, *elem, d);
            }
            Type::Struct(st) => {
                if st.fields.is_empty() {
                    s.push_str("struct {}");
                    return;
                }
                s.push_str("struct { ");
                for (i, &f) in st.fields.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    let o = ck.objs.get(f);
                    if !matches!(o.kind, ObjKind::Var { embedded: true, .. }) {
                        s.push_str(ck.name(o.name));
                        s.push(' ');
                    }
                    self.write_name(s, o.ty, d);
                    if let Some(tag) = st.tags.get(i).and_then(|t| t.as_deref()) {
                        let _ = write!(s, " {tag:?}");
                    }
                }
                s.push_str(" }");
            }
            Type::Signature(sig) => {
                s.push_str("func");
                self.write_sig_name(s, sig, d);
            }
            Type::Interface(_) => {
                let ms = self.interface_methods(t);
                if ms.is_empty() {
                    s.push_str("interface {}");
                    return;
                }
                s.push_str("interface { ");
                for (i, (_, m)) in ms.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    s.push_str(ck.obj_name(*m));
                    if let Some(sig) = ck.types.signature(ck.objs.get(*m).ty) {
                        self.write_sig_name(s, sig, d);
                    }
                }
                s.push_str(" }");
            }
            Type::Tuple(_) | Type::Union(_) | Type::Alias(_) => s.push('?'),
        }
    }

    fn write_sig_name(&self, s: &mut String, sig: &wago_types::types::Signature, d: u32) {
        let ck = self.ck;
        s.push('(');
        let params = ck.types.tuple_vars(sig.params);
        for (i, &p) in params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            let pt = ck.objs.get(p).ty;
            if sig.variadic && i + 1 == params.len() {
                s.push_str("...");
                if let Type::Slice(e) = ck.types.get(pt) {
                    self.write_name(s, *e, d);
                    continue;
                }
            }
            self.write_name(s, pt, d);
        }
        s.push(')');
        let results = ck.types.tuple_vars(sig.results);
        match results {
            [] => {}
            [r] => {
                s.push(' ');
                self.write_name(s, ck.objs.get(*r).ty, d);
            }
            _ => {
                s.push_str(" (");
                for (i, &r) in results.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_name(s, ck.objs.get(r).ty, d);
                }
                s.push(')');
            }
        }
    }
}

impl FnLower<'_, '_, '_> {
    /// The descriptor of a concrete type stored in an interface: with its
    /// method table, whose wrappers are lowered on first use.
    pub(crate) fn dynamic_type_desc(&mut self, t: TypeId) -> DataId {
        let d = self.lw.type_desc(t);
        if self.lw.descs.with_methods.contains_key(&d) || self.lw.ck.types.is_interface(t) {
            return d;
        }
        self.lw.descs.with_methods.insert(d, ());
        // What a pointer points at gets its methods too, as reflect (and
        // errors.As, through it) asks the element whether it implements.
        if let Type::Pointer(e) = *self.lw.layout.under(t)
            && !self.lw.ck.types.is_interface(e)
        {
            self.dynamic_type_desc(e);
        }
        let set = self.lw.method_set(t);
        if set.is_empty() {
            return d;
        }
        let entries: Vec<(String, TypeId, Option<FuncId>)> = set
            .iter()
            .map(|m| {
                let w = self.iface_wrapper(d, t, m);
                (m.key.clone(), m.sig, Some(w))
            })
            .collect();
        let table = self.lw.method_table(&entries);
        let data = &mut self.lw.module.data[d];
        data.relocs.push(Reloc { offset: OFF_METHODS, target: RelocTarget::Data(table, 0) });
        data.init[OFF_NMETHODS..OFF_NMETHODS + 4].copy_from_slice(&(entries.len() as i32).to_le_bytes());
        d
    }

    /// The static itab of concrete type `t` in non-empty interface `iface`.
    pub(crate) fn itab(&mut self, iface: TypeId, t: TypeId) -> DataId {
        let id = self.lw.type_desc(iface);
        let td = self.dynamic_type_desc(t);
        if let Some(&d) = self.lw.descs.itabs.get(&(id, td)) {
            return d;
        }
        let methods = self.lw.interface_methods(iface);
        let set = self.lw.method_set(t);
        let mut relocs = vec![
            Reloc { offset: 0, target: RelocTarget::Data(id, 0) },
            Reloc { offset: 4, target: RelocTarget::Data(td, 0) },
        ];
        for (i, (key, _)) in methods.iter().enumerate() {
            if let Some(m) = set.iter().find(|m| &m.key == key) {
                let w = self.iface_wrapper(td, t, m);
                relocs.push(Reloc { offset: ITAB_FUN + 4 * i as u32, target: RelocTarget::Func(w) });
            }
        }
        let size = ITAB_FUN + 4 * methods.len() as u32;
        let name = format!("go:itab.{},{}", self.lw.type_name(t), self.lw.type_name(iface));
        let d = self.lw.module.data.push(Data { name, align: 4, size, init: vec![0; size as usize], relocs });
        self.lw.descs.itabs.insert((id, td), d);
        d
    }

    /// The wrapper of method `m` of `t` called through an interface: it
    /// takes the interface's data word in place of the receiver.
    fn iface_wrapper(&mut self, td: DataId, t: TypeId, m: &SetMethod) -> FuncId {
        if let Some(&w) = self.lw.descs.wrappers.get(&(td, m.key.clone())) {
            return w;
        }
        let w = self.lower_iface_wrapper(t, m);
        self.lw.descs.wrappers.insert((td, m.key.clone()), w);
        w
    }
}

/// The kind number reflect gives a type with this underlying type.
fn kind_of(under: &Type) -> u8 {
    use BasicKind::*;
    match under {
        Type::Basic(k) => match k {
            Bool | UntypedBool => 1,
            Int | UntypedInt => 2,
            Int8 => 3,
            Int16 => 4,
            Int32 | UntypedRune => 5,
            Int64 => 6,
            Uint => 7,
            Uint8 => 8,
            Uint16 => 9,
            Uint32 => 10,
            Uint64 => 11,
            Uintptr => 12,
            Float32 => 13,
            Float64 | UntypedFloat => 14,
            Complex64 => 15,
            Complex128 | UntypedComplex => 16,
            String | UntypedString => 24,
            UnsafePointer => 26,
            _ => 0,
        },
        Type::Array { .. } => 17,
        Type::Chan { .. } => 18,
        Type::Signature(_) => 19,
        Type::Interface(_) => 20,
        Type::Map { .. } => 21,
        Type::Pointer(_) => 22,
        Type::Slice(_) => 23,
        Type::Struct(_) => 25,
        _ => 0,
    }
}

/// 32-bit FNV-1a.
fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5u32, |h, &b| (h ^ b as u32).wrapping_mul(0x0100_0193))
}
