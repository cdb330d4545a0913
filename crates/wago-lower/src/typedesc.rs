//! Type descriptors and itabs: what the running program knows of a type.
//!
//! Every type that reaches an interface (and every type an assertion or a
//! type switch asks about, and what those types refer to) gets a
//! *descriptor*: static data laid out as `internal/abi` lays out its types
//! with wago's sizes (4-byte pointers), so upstream code reading
//! `abi.Type` reads them. `abi.Type` (size, PtrBytes, an identity hash,
//! TFlag, kind, `Equal`, GC data — wago's own shape format, see
//! `gcshape` — and the name) is followed by the kind's extension
//! (`PtrType`, `ArrayType`, `FuncType` with its parameter types, ...),
//! then, for a named type or one with methods, `UncommonType` and its
//! `[Mcount]abi.Method` sorted as gc sorts them, each with the wrapper
//! interfaces call. NameOff/TypeOff/TextOff are absolute addresses and
//! table indexes. `Equal` is a static closure whose code, the runtime's
//! `equalByFields`, compares the field runs it carries (those maps use
//! for keys). Names (`abi.Name`) are shared by contents, so the runtime
//! matches method names by address. Identical types share one descriptor
//! (found by a canonical key, as the checker does not intern struct,
//! func or interface types), so the runtime tests identity by address.
//!
//! An *itab* (`abi.ITab`) pairs a non-empty interface with a concrete
//! type: the descriptors of both, the type's hash, then the table indexes
//! of the concrete type's wrappers for the interface's methods in the
//! interface's order. Itabs for conversions known statically are built
//! here; the runtime builds the others from method tables
//! (runtime/iface.go).

use crate::Lowerer;
use crate::func::FnLower;
use crate::gcshape::ShapeBits;
use crate::maps::KeyField;
use std::collections::HashMap;
use wago_ir::{Data, DataId, FuncId, Reloc, RelocTarget};
use wago_types::lookup::Lookup;
use wago_types::object::ObjKind;
use wago_types::types::{BasicKind, Type};
use wago_types::{ObjId, TypeId};

/// `internal/abi.Type` as `Sizes::WASM` lays it out: the offsets of its
/// fields. Every descriptor starts with it.
pub(crate) const TYPE_SIZE: u32 = 32;
const OFF_SIZE: usize = 0;
const OFF_PTRBYTES: usize = 4;
const OFF_HASH: usize = 8;
const OFF_TFLAG: usize = 12;
const OFF_ALIGN: usize = 13;
const OFF_FIELD_ALIGN: usize = 14;
const OFF_KIND: usize = 15;
const OFF_EQUAL: u32 = 16;
const OFF_GCDATA: u32 = 20;
const OFF_STR: u32 = 24;
/// The kind's extension starts here: `Elem` of PtrType, SliceType,
/// ArrayType and ChanType, `Key` of MapType (whose `Elem` follows).
const OFF_EXT: u32 = TYPE_SIZE;
/// `abi.UncommonType` and `abi.Method`.
const UNCOMMON_SIZE: u32 = 16;
pub(crate) const METHOD_SIZE: u32 = 16;
/// `abi.ITab`: Inter, Type, Hash, then one table index per method.
pub(crate) const ITAB_FUN: u32 = 12;

/// `abi.TFlag` bits, as gc sets them.
const TFLAG_UNCOMMON: u8 = 1 << 0;
const TFLAG_EXTRA_STAR: u8 = 1 << 1;
const TFLAG_NAMED: u8 = 1 << 2;
const TFLAG_REGULAR_MEMORY: u8 = 1 << 3;
/// The interface data word is the value itself.
pub(crate) const TFLAG_DIRECT_IFACE: u8 = 1 << 5;

/// `abi.Name` flag bits.
const NAME_EXPORTED: u8 = 1 << 0;
const NAME_TAG: u8 = 1 << 1;
const NAME_PKG_PATH: u8 = 1 << 2;
const NAME_EMBEDDED: u8 = 1 << 3;

/// Program-wide descriptor state.
#[derive(Default)]
pub(crate) struct TypeDescs {
    by_key: HashMap<String, DataId>,
    by_type: HashMap<TypeId, DataId>,
    /// Descriptors whose method table is written.
    with_methods: HashMap<DataId, ()>,
    /// Where each descriptor's `UncommonType` is, for those that have one.
    uncommon: HashMap<DataId, u32>,
    /// `abi.Name` objects, shared by equal contents (the runtime matches
    /// method names by address).
    names: HashMap<String, DataId>,
    /// How many descriptors print as each name.
    printed: HashMap<String, u32>,
    itabs: HashMap<(DataId, DataId), DataId>,
    /// Wrappers of methods called through interfaces, by (type, method).
    wrappers: HashMap<(DataId, String), FuncId>,
    /// Each method table's keys, in order: which method each wrapper
    /// entry of a concrete type's table is, or the methods an interface
    /// asks for (see `stdlib::reachable_funcs`).
    pub(crate) tables: HashMap<DataId, MethodTableKeys>,
}

/// The keys of a method table, and whether it is an interface's.
pub(crate) struct MethodTableKeys {
    pub keys: Vec<String>,
    /// Where the entries start in the data object.
    pub base: u32,
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
        let under = self.layout.under(t).clone();
        let ext = ext_size(&under);
        let named = matches!(self.ck.types.get(t), Type::Named(_) | Type::Basic(_));
        let uncommon = named || (!self.ck.types.is_interface(t) && !self.method_set(t).is_empty());
        let mut size = ext + if uncommon { UNCOMMON_SIZE } else { 0 };
        if let Type::Signature(sig) = &under {
            let n = self.ck.types.tuple_vars(sig.params).len() + self.ck.types.tuple_vars(sig.results).len();
            size += 4 * n as u32;
        }
        // Types of different packages may print alike (sync.Mutex and
        // internal/sync's): data names stay unique.
        let seen = self.descs.printed.entry(name.clone()).or_insert(0);
        *seen += 1;
        let data_name = if *seen == 1 { format!("type:{name}") } else { format!("type:{name}#{seen}") };
        let d = self.module.data.push(Data {
            name: data_name,
            align: 8,
            size,
            init: vec![0; size as usize],
            relocs: Vec::new(),
        });
        self.descs.by_key.insert(key.clone(), d);
        self.descs.by_type.insert(t, d);
        if uncommon {
            self.descs.uncommon.insert(d, ext);
        }
        self.fill_desc(d, t, &key, &name);
        d
    }

    /// Writes everything of a descriptor but its methods.
    fn fill_desc(&mut self, d: DataId, t: TypeId, key: &str, name: &str) {
        let size = self.layout.size(t);
        let align = self.layout.align(t);
        let regs = self.layout.regs(t);
        let direct = !regs.mem && regs.tys == [wago_ir::Ty::Ptr];
        let under = self.layout.under(t).clone();
        let mut tflag = if direct { TFLAG_DIRECT_IFACE } else { 0 };
        let mut relocs = Vec::new();
        // gc stores "*T" once: T's Str is that name with TFlagExtraStar.
        let star = if name.starts_with('*') {
            name.to_string()
        } else {
            tflag |= TFLAG_EXTRA_STAR;
            format!("*{name}")
        };
        let str_name = self.name_data(&star, None, None, false, false);
        relocs.push(Reloc { offset: OFF_STR, target: RelocTarget::Data(str_name, 0) });
        if let Some(shape) = self.gc_shape_data(t) {
            relocs.push(Reloc { offset: OFF_GCDATA, target: RelocTarget::Data(shape, 0) });
        }
        if self.ck.comparable(t) {
            let fields = self.eq_fields(t);
            if fields.iter().all(|f| f.kind == 0) && fields.iter().map(|f| f.size).sum::<u32>() == size {
                tflag |= TFLAG_REGULAR_MEMORY;
            }
            if let Some(eq) = self.equal_closure(&fields) {
                relocs.push(Reloc { offset: OFF_EQUAL, target: RelocTarget::Data(eq, 0) });
            }
        }
        let mut ext_words: Vec<(usize, u64, usize)> = Vec::new(); // (offset, value, width)
        match &under {
            Type::Pointer(e) | Type::Slice(e) => {
                let ed = self.type_desc(*e);
                relocs.push(Reloc { offset: OFF_EXT, target: RelocTarget::Data(ed, 0) });
            }
            Type::Array { elem, len } => {
                let ed = self.type_desc(*elem);
                relocs.push(Reloc { offset: OFF_EXT, target: RelocTarget::Data(ed, 0) });
                ext_words.push((OFF_EXT as usize + 8, len.unwrap_or(0), 4));
            }
            Type::Chan { dir, elem } => {
                let ed = self.type_desc(*elem);
                relocs.push(Reloc { offset: OFF_EXT, target: RelocTarget::Data(ed, 0) });
                let dir = match dir {
                    wago_syntax::ast::ChanDir::Recv => 1,
                    wago_syntax::ast::ChanDir::Send => 2,
                    _ => 3,
                };
                ext_words.push((OFF_EXT as usize + 8, dir, 8));
            }
            Type::Map { key: k, elem } => {
                let kd = self.type_desc(*k);
                let ed = self.type_desc(*elem);
                relocs.push(Reloc { offset: OFF_EXT, target: RelocTarget::Data(kd, 0) });
                relocs.push(Reloc { offset: OFF_EXT + 4, target: RelocTarget::Data(ed, 0) });
                // Hasher (after Group): hashes a key as wago's maps do
                // (unique and internal/sync hash with it).
                let fields = self.eq_fields(*k);
                if let Some(h) = self.fields_closure("hasherByFields", &fields) {
                    relocs.push(Reloc { offset: OFF_EXT + 12, target: RelocTarget::Data(h, 0) });
                }
            }
            Type::Signature(sig) => {
                let ck = self.ck;
                let ins: Vec<TypeId> = ck.types.tuple_vars(sig.params).iter().map(|&p| ck.objs.get(p).ty).collect();
                let outs: Vec<TypeId> = ck.types.tuple_vars(sig.results).iter().map(|&p| ck.objs.get(p).ty).collect();
                let variadic = if sig.variadic { 0x8000 } else { 0 };
                ext_words.push((OFF_EXT as usize, ins.len() as u64, 2));
                ext_words.push((OFF_EXT as usize + 2, outs.len() as u64 | variadic, 2));
                let mut at = OFF_EXT + 4 + if self.descs.uncommon.contains_key(&d) { UNCOMMON_SIZE } else { 0 };
                for p in ins.into_iter().chain(outs) {
                    let pd = self.type_desc(p);
                    relocs.push(Reloc { offset: at, target: RelocTarget::Data(pd, 0) });
                    at += 4;
                }
            }
            Type::Struct(st) => {
                let fields = self.struct_fields_data(t, st);
                if let Some((fd, n)) = fields {
                    relocs.push(Reloc { offset: OFF_EXT + 4, target: RelocTarget::Data(fd, 0) });
                    ext_words.push((OFF_EXT as usize + 8, n as u64, 4));
                    ext_words.push((OFF_EXT as usize + 12, n as u64, 4));
                }
            }
            Type::Interface(_) => {
                let methods = self.interface_methods(t);
                if !methods.is_empty() {
                    let entries: Vec<(String, TypeId)> =
                        methods.into_iter().map(|(k, m)| (k, self.ck.objs.get(m).ty)).collect();
                    let table = self.imethod_table(&entries);
                    relocs.push(Reloc { offset: OFF_EXT + 4, target: RelocTarget::Data(table, 0) });
                    ext_words.push((OFF_EXT as usize + 8, entries.len() as u64, 4));
                    ext_words.push((OFF_EXT as usize + 12, entries.len() as u64, 4));
                }
            }
            _ => {}
        }
        if let Some(&u) = self.descs.uncommon.get(&d) {
            tflag |= TFLAG_UNCOMMON;
            if let Type::Named(n) = self.ck.types.get(t)
                && let Some(p) = self.ck.objs.get(n.obj).pkg
            {
                let path = self.ck.package(p).path.clone();
                let pd = self.name_data(&path, None, None, false, false);
                relocs.push(Reloc { offset: u, target: RelocTarget::Data(pd, 0) });
            }
        }
        if matches!(self.ck.types.get(t), Type::Named(_) | Type::Basic(_)) {
            tflag |= TFLAG_NAMED;
        }
        let ptr_bytes = self.ptr_bytes(t);
        let data = &mut self.module.data[d];
        let init = &mut data.init;
        init[OFF_SIZE..OFF_SIZE + 4].copy_from_slice(&size.to_le_bytes());
        init[OFF_PTRBYTES..OFF_PTRBYTES + 4].copy_from_slice(&ptr_bytes.to_le_bytes());
        init[OFF_HASH..OFF_HASH + 4].copy_from_slice(&fnv1a(key.as_bytes()).to_le_bytes());
        init[OFF_TFLAG] = tflag;
        init[OFF_ALIGN] = align as u8;
        init[OFF_FIELD_ALIGN] = align as u8;
        init[OFF_KIND] = kind_of(&under);
        for (at, v, width) in ext_words {
            init[at..at + width].copy_from_slice(&v.to_le_bytes()[..width]);
        }
        data.relocs.extend(relocs);
    }

    /// How many leading bytes of a `t` may hold pointers (`abi.Type.PtrBytes`).
    fn ptr_bytes(&self, t: TypeId) -> u32 {
        let mut bits = ShapeBits::default();
        self.pointer_words(t, 0, &mut bits);
        bits.words.iter().rposition(|&w| w).map_or(0, |w| 4 * (w as u32 + 1))
    }

    /// The `Equal` func value of a comparable type: a static closure
    /// object whose code (`runtime.equalByFields`) compares the field
    /// runs it carries.
    fn equal_closure(&mut self, fields: &[KeyField]) -> Option<DataId> {
        self.fields_closure("equalByFields", fields)
    }

    /// A static closure object `{code, nfields, fields}` (runtime's
    /// `equalFn` layout) whose code is the runtime function `code`.
    fn fields_closure(&mut self, code: &str, fields: &[KeyField]) -> Option<DataId> {
        let code = self.runtime_func(code)?;
        let mut relocs = vec![Reloc { offset: 0, target: RelocTarget::Func(code) }];
        let mut init = vec![0u8; 12];
        init[4..8].copy_from_slice(&(fields.len() as u32).to_le_bytes());
        if !fields.is_empty() {
            let fd = self.eq_fields_data(fields);
            relocs.push(Reloc { offset: 8, target: RelocTarget::Data(fd, 0) });
        }
        let n = self.module.data.len();
        Some(self.module.data.push(Data { name: format!("go:fieldsfn.{n}"), align: 4, size: 12, init, relocs }))
    }

    /// A struct type's `[]abi.StructField` array and its length.
    fn struct_fields_data(&mut self, t: TypeId, st: &wago_types::types::StructType) -> Option<(DataId, usize)> {
        if st.fields.is_empty() {
            return None;
        }
        let offsets = self.layout.field_offsets(t).to_vec();
        let mut init = vec![0u8; 12 * st.fields.len()];
        let mut relocs = Vec::new();
        for (i, &f) in st.fields.iter().enumerate() {
            let o = self.ck.objs.get(f);
            let at = 12 * i as u32;
            let embedded = matches!(o.kind, ObjKind::Var { embedded: true, .. });
            let exported = o.is_exported(self.ck.names);
            let tag = st.tags.get(i).and_then(|t| t.clone());
            let name = self.ck.name(o.name).to_string();
            let nd = self.name_data(&name, tag.as_deref(), None, exported, embedded);
            let td = self.type_desc(o.ty);
            relocs.push(Reloc { offset: at, target: RelocTarget::Data(nd, 0) });
            relocs.push(Reloc { offset: at + 4, target: RelocTarget::Data(td, 0) });
            init[at as usize + 8..at as usize + 12].copy_from_slice(&offsets[i].to_le_bytes());
        }
        let n = self.module.data.len();
        let size = init.len() as u32;
        Some((
            self.module.data.push(Data { name: format!("go:fields.{n}"), align: 4, size, init, relocs }),
            st.fields.len(),
        ))
    }

    /// An interface's `[]abi.Imethod` array: (name, signature) per method.
    fn imethod_table(&mut self, entries: &[(String, TypeId)]) -> DataId {
        let mut relocs = Vec::new();
        for (i, (key, sig)) in entries.iter().enumerate() {
            let at = 8 * i as u32;
            let name = self.method_name_data(key);
            let sig = self.type_desc(*sig);
            relocs.push(Reloc { offset: at, target: RelocTarget::Data(name, 0) });
            relocs.push(Reloc { offset: at + 4, target: RelocTarget::Data(sig, 0) });
        }
        let n = self.module.data.len();
        let size = 8 * entries.len() as u32;
        let table = self.module.data.push(Data {
            name: format!("go:imethods.{n}"),
            align: 4,
            size,
            init: vec![0; size as usize],
            relocs,
        });
        let keys = entries.iter().map(|(key, _)| key.clone()).collect();
        self.descs.tables.insert(table, MethodTableKeys { keys, base: 0, interface: true });
        table
    }

    /// The `abi.Name` of a method of runtime key `key`: an unexported
    /// name carries its package path.
    fn method_name_data(&mut self, key: &str) -> DataId {
        match key.rsplit_once('.') {
            Some((pkg, name)) => self.name_data(name, None, Some(pkg), false, false),
            None => self.name_data(key, None, None, true, false),
        }
    }

    /// An `abi.Name`: flags, varint length, bytes, optional tag, optional
    /// package path (a NameOff, here an absolute address).
    fn name_data(
        &mut self,
        name: &str,
        tag: Option<&str>,
        pkg: Option<&str>,
        exported: bool,
        embedded: bool,
    ) -> DataId {
        let mut flags = 0;
        for (set, bit) in [
            (exported, NAME_EXPORTED),
            (tag.is_some(), NAME_TAG),
            (pkg.is_some(), NAME_PKG_PATH),
            (embedded, NAME_EMBEDDED),
        ] {
            if set {
                flags |= bit;
            }
        }
        let key = format!("{flags}\0{name}\0{}\0{}", tag.unwrap_or(""), pkg.unwrap_or(""));
        if let Some(&d) = self.descs.names.get(&key) {
            return d;
        }
        let mut init = vec![flags];
        push_varint(&mut init, name.len());
        init.extend_from_slice(name.as_bytes());
        if let Some(tag) = tag {
            push_varint(&mut init, tag.len());
            init.extend_from_slice(tag.as_bytes());
        }
        let mut relocs = Vec::new();
        if let Some(pkg) = pkg {
            let pd = self.name_data(pkg, None, None, false, false);
            relocs.push(Reloc { offset: init.len() as u32, target: RelocTarget::Data(pd, 0) });
            init.extend_from_slice(&[0; 4]);
        }
        let n = self.module.data.len();
        let size = init.len() as u32;
        let d = self.module.data.push(Data { name: format!("go:name.{n}"), align: 1, size, init, relocs });
        self.descs.names.insert(key, d);
        d
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
        ms.sort_by(|a, b| method_order(&a.0).cmp(&method_order(&b.0)));
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
        out.sort_by(|a, b| method_order(&a.key).cmp(&method_order(&b.key)));
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
        let Some(&u) = self.lw.descs.uncommon.get(&d) else { return d };
        if set.is_empty() {
            return d;
        }
        let entries: Vec<(String, TypeId, FuncId)> = set
            .iter()
            .map(|m| {
                let w = self.iface_wrapper(d, t, m);
                (m.key.clone(), m.sig, w)
            })
            .collect();
        self.lw.append_methods(d, u, &entries);
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
        let mut init = vec![0; (ITAB_FUN + 4 * methods.len() as u32) as usize];
        init[8..12].copy_from_slice(&self.lw.module.data[td].init[OFF_HASH..OFF_HASH + 4]);
        for (i, (key, _)) in methods.iter().enumerate() {
            if let Some(m) = set.iter().find(|m| &m.key == key) {
                let w = self.iface_wrapper(td, t, m);
                relocs.push(Reloc { offset: ITAB_FUN + 4 * i as u32, target: RelocTarget::Func(w) });
            }
        }
        let size = ITAB_FUN + 4 * methods.len() as u32;
        let name = format!("go:itab.{},{}", self.lw.type_name(t), self.lw.type_name(iface));
        let d = self.lw.module.data.push(Data { name, align: 4, size, init, relocs });
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

impl Lowerer<'_, '_> {
    /// Appends a concrete type's `[Mcount]abi.Method` to its descriptor
    /// `d`, whose `UncommonType` is at `u`: (key, signature, wrapper) per
    /// method in gc's order. Ifn and Tfn are both the wrapper taking the
    /// interface's data word.
    fn append_methods(&mut self, d: DataId, u: u32, entries: &[(String, TypeId, FuncId)]) {
        let mut relocs = Vec::new();
        let base = self.module.data[d].size.next_multiple_of(4);
        for (i, (key, sig, w)) in entries.iter().enumerate() {
            let at = base + i as u32 * METHOD_SIZE;
            let name = self.method_name_data(key);
            let sig = self.type_desc(*sig);
            relocs.push(Reloc { offset: at, target: RelocTarget::Data(name, 0) });
            relocs.push(Reloc { offset: at + 4, target: RelocTarget::Data(sig, 0) });
            relocs.push(Reloc { offset: at + 8, target: RelocTarget::Func(*w) });
            relocs.push(Reloc { offset: at + 12, target: RelocTarget::Func(*w) });
        }
        let exported = entries.iter().filter(|(k, _, _)| !k.contains('.')).count();
        let data = &mut self.module.data[d];
        data.size = base + entries.len() as u32 * METHOD_SIZE;
        data.init.resize(data.size as usize, 0);
        let u = u as usize;
        data.init[u + 4..u + 6].copy_from_slice(&(entries.len() as u16).to_le_bytes());
        data.init[u + 6..u + 8].copy_from_slice(&(exported as u16).to_le_bytes());
        data.init[u + 8..u + 12].copy_from_slice(&(base - u as u32).to_le_bytes());
        data.relocs.extend(relocs);
        let keys = entries.iter().map(|(key, _, _)| key.clone()).collect();
        self.descs.tables.insert(d, MethodTableKeys { keys, base, interface: false });
    }
}

/// The size of `abi.Type` with the extension of a type of this kind.
fn ext_size(under: &Type) -> u32 {
    match under {
        Type::Pointer(_) | Type::Slice(_) => TYPE_SIZE + 4,
        Type::Array { .. } => TYPE_SIZE + 12,
        Type::Chan { .. } => TYPE_SIZE + 16,
        Type::Signature(_) => TYPE_SIZE + 4,
        Type::Interface(_) | Type::Struct(_) => TYPE_SIZE + 16,
        Type::Map { .. } => TYPE_SIZE + 44,
        _ => TYPE_SIZE,
    }
}

/// gc's method order: exported names first, then by name, then by
/// package path (`key` is a runtime key: "M" or "pkg/path.m").
fn method_order(key: &str) -> (bool, &str, &str) {
    match key.rsplit_once('.') {
        Some((pkg, name)) => (true, name, pkg),
        None => (false, key, ""),
    }
}

fn push_varint(out: &mut Vec<u8>, mut n: usize) {
    while n >= 0x80 {
        out.push(n as u8 | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
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
