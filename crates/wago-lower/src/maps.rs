//! Go maps: each map type's descriptor, and map operations lowered to
//! calls of the runtime's hash table (runtime/map.go, runtime/hash.go).
//!
//! The runtime is plain Go without interfaces or closures, so it cannot be
//! handed a hash or equality function. Instead every map type gets a
//! *descriptor*, a static data object the runtime reads (its `maptype`):
//! the key's and value's sizes, where they sit in a table slot, and the
//! key as a list of *fields* — runs of raw bytes, strings, `float32`s and
//! `float64`s at offsets — which one generic hash and one generic equality
//! in the runtime walk. A struct or array key is flattened into its leaf
//! fields (blank fields left out, adjacent raw runs merged), so padding
//! never takes part and strings compare by content. This keeps the
//! per-type knowledge in data, built once per type here, rather than in
//! generated code per type; an 8-byte raw key takes a one-word fast path.
//!
//! Keys reach the runtime by address: a struct or array key is already a
//! memory value; a register key (at most 16 bytes: a complex128) is
//! stored right before the call into one static scratch area, which
//! nothing else touches between that store and the call. Values come
//! back as the address of their slot and are loaded and stored with the
//! layout's helpers. `m[k]` as an assignment target is a [`MapElem`]
//! place whose operands are evaluated first and whose entry is only
//! created when the store happens, after the right-hand side, as Go
//! orders it.

use crate::Lowerer;
use crate::func::{FnLower, Jumps};
use std::collections::HashMap;
use wago_ir::{Data, DataId, IntCC, Op, Ty, Value};
use wago_syntax::ast::{self, ExprId, Pos};
use wago_types::TypeId;
use wago_types::types::{BasicKind, Type};

/// Key field kinds, as runtime/hash.go numbers them.
const KEY_RAW: u32 = 0;
const KEY_STRING: u32 = 1;
const KEY_FLOAT32: u32 = 2;
const KEY_FLOAT64: u32 = 3;
const KEY_EFACE: u32 = 4;
const KEY_IFACE: u32 = 5;

/// The size of the runtime's `maptype` header (six `int32`s, a padded
/// `bool` and the slots' GC shape); the key fields follow it.
const MAPTYPE_HEADER: u32 = 32;

/// The largest key kept in registers: a `complex128`.
const SCRATCH_SIZE: u32 = 16;

/// Program-wide map state.
#[derive(Default)]
pub(crate) struct MapData {
    /// Descriptors, shared between map types with the same bytes.
    descs: HashMap<Vec<u8>, DataId>,
    /// Each map type's descriptor.
    by_type: HashMap<TypeId, DataId>,
    /// Where register keys are stored for the runtime to read.
    scratch: Option<DataId>,
}

impl MapData {
    /// The key scratch area, if some map operation uses it: a GC root.
    pub(crate) fn scratch_area(&self) -> Option<DataId> {
        self.scratch
    }
}

/// `m[k]` with its operands evaluated: an assignment target.
#[derive(Clone, Copy, Debug)]
pub(crate) struct MapElem {
    map: Value,
    key: [Option<Value>; 2],
    /// The map type.
    ty: TypeId,
    /// Where the index expression is, for diagnostics.
    pos: Pos,
}

/// One field of a key: `size` bytes at `off` of a kind.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct KeyField {
    pub off: u32,
    pub size: u32,
    pub kind: u32,
}

fn align_up(n: u32, a: u32) -> u32 {
    n.div_ceil(a.max(1)) * a.max(1)
}

impl FnLower<'_, '_, '_> {
    /// Whether `t` is a map type.
    pub fn is_map(&self, t: TypeId) -> bool {
        matches!(self.lw.layout.under(t), Type::Map { .. })
    }

    /// The key and value types of a map type.
    pub(crate) fn map_kv(&self, t: TypeId) -> (TypeId, TypeId) {
        match *self.lw.layout.under(t) {
            Type::Map { key, elem } => (key, elem),
            _ => (wago_types::types::INVALID, wago_types::types::INVALID),
        }
    }

    /// The address of a map type's descriptor.
    fn map_desc(&mut self, t: TypeId, pos: Pos) -> Value {
        let d = match self.lw.maps.by_type.get(&t) {
            Some(&d) => d,
            None => {
                let d = self.build_map_desc(t, pos);
                self.lw.maps.by_type.insert(t, d);
                d
            }
        };
        self.push1(Op::DataAddr(d, 0), vec![], Ty::Ptr)
    }

    /// Builds (or finds) the descriptor of map type `t`; reports keys it
    /// cannot describe yet at `pos`.
    fn build_map_desc(&mut self, t: TypeId, pos: Pos) -> DataId {
        let (kt, vt) = self.map_kv(t);
        let mut fields = Vec::new();
        if !key_fields(self.lw, kt, 0, &mut fields) {
            self.error(pos, "wago: map key type is not comparable (internal error)");
        }
        let (ksize, kalign) = (self.lw.layout.size(kt), self.lw.layout.align(kt));
        let (vsize, valign) = (self.lw.layout.size(vt), self.lw.layout.align(vt));
        let key_off = align_up(4, kalign);
        let val_off = align_up(key_off + ksize, valign);
        let slot = align_up(val_off + vsize, 4.max(kalign).max(valign));
        let word8 = ksize == 8 && fields == [KeyField { off: 0, size: 8, kind: KEY_RAW }];
        let mut bytes = Vec::with_capacity((MAPTYPE_HEADER + 12 * fields.len() as u32) as usize);
        // A slot's pointer words, for the collector: its shape's address
        // is patched in at offset 28 (the id written there keeps
        // descriptors with different shapes apart).
        let mut bits = crate::gcshape::ShapeBits::default();
        self.lw.pointer_words(kt, key_off, &mut bits);
        self.lw.pointer_words(vt, val_off, &mut bits);
        let shape = self.lw.shape_from_bits(slot, &bits);
        let shape_key = shape.map_or(0, |d| wago_ir::Id::index(d) as u32 + 1);
        for w in [ksize, vsize, key_off, val_off, slot, fields.len() as u32, word8 as u32, shape_key] {
            bytes.extend_from_slice(&w.to_le_bytes());
        }
        for f in &fields {
            for w in [f.off, f.size, f.kind] {
                bytes.extend_from_slice(&w.to_le_bytes());
            }
        }
        if let Some(&d) = self.lw.maps.descs.get(&bytes) {
            return d;
        }
        let name = format!("go:maptype.{}", self.lw.maps.descs.len());
        let relocs = shape.map(|d| wago_ir::Reloc { offset: 28, target: wago_ir::RelocTarget::Data(d, 0) });
        let mut init = bytes.clone();
        init[28..32].fill(0);
        let data = Data { name, align: 4, size: bytes.len() as u32, init, relocs: relocs.into_iter().collect() };
        let d = self.lw.module.data.push(data);
        self.lw.maps.descs.insert(bytes, d);
        d
    }

    /// The address of a key's bytes for a runtime call made right after.
    fn key_addr(&mut self, elem: MapElem) -> Value {
        let (kt, _) = self.map_kv(elem.ty);
        let regs: Vec<Value> = elem.key.iter().flatten().copied().collect();
        if self.lw.layout.is_mem(kt) {
            return regs[0];
        }
        let scratch = *self.lw.maps.scratch.get_or_insert_with(|| {
            let data = Data { name: "go:mapkey".into(), align: 8, size: SCRATCH_SIZE, ..Default::default() };
            self.lw.module.data.push(data)
        });
        let addr = self.push1(Op::DataAddr(scratch, 0), vec![], Ty::Ptr);
        let regs = if regs.is_empty() { self.zero_value(kt) } else { regs };
        self.store_value(addr, 0, kt, &regs);
        addr
    }

    /// Evaluates `x[index]`'s operands (map, then key). A target's memory
    /// key is copied, so later assignments in the statement cannot change it.
    pub fn map_elem(&mut self, x: ExprId, index: ExprId, target: bool) -> MapElem {
        let ty = self.ty_of(x);
        let (kt, _) = self.map_kv(ty);
        let map = self.expr(x).first().copied().unwrap_or_else(|| self.iconst(Ty::Ptr, 0));
        let mut key = self.expr_to(index, kt);
        if target && self.lw.layout.is_mem(kt) && !key.is_empty() {
            let cell = self.alloc(kt);
            self.store_value(cell, 0, kt, &key);
            key = vec![cell];
        }
        MapElem { map, key: [key.first().copied(), key.get(1).copied()], ty, pos: self.pos(index) }
    }

    /// `m[k]`'s value (the zero value when absent).
    pub fn map_load(&mut self, elem: MapElem) -> Vec<Value> {
        let (_, vt) = self.map_kv(elem.ty);
        let desc = self.map_desc(elem.ty, elem.pos);
        let key = self.key_addr(elem);
        let p = self.runtime_call(elem.pos, "mapaccess1", vec![desc, elem.map, key]);
        match p.first() {
            Some(&p) => self.load_value(p, 0, vt),
            None => self.zero_value(vt),
        }
    }

    /// `m[k] = vals` (a nil map panics).
    pub fn map_store(&mut self, elem: MapElem, vals: &[Value]) {
        let (_, vt) = self.map_kv(elem.ty);
        let desc = self.map_desc(elem.ty, elem.pos);
        let key = self.key_addr(elem);
        let p = self.runtime_call(elem.pos, "mapassign", vec![desc, elem.map, key]);
        let Some(&p) = p.first() else { return };
        if vals.is_empty() {
            let zero = self.zero_value(vt);
            self.store_value(p, 0, vt, &zero);
        } else {
            self.store_value(p, 0, vt, vals);
        }
    }

    /// A map index expression `m[k]`, when `e` is one.
    fn as_map_index(&self, e: ExprId) -> Option<(ExprId, ExprId)> {
        match *self.file.expr(e) {
            ast::Expr::Paren { x, .. } => self.as_map_index(x),
            ast::Expr::Index { x, index, .. } if self.is_map(self.ty_of(x)) => Some((x, index)),
            _ => None,
        }
    }

    /// The value of `e` when it reads a map element.
    pub fn map_index_value(&mut self, e: ExprId) -> Option<Vec<Value>> {
        let (x, index) = self.as_map_index(e)?;
        let elem = self.map_elem(x, index, false);
        Some(self.map_load(elem))
    }

    /// `v, ok := m[k]`: the value (converted to `tys[0]`) and `ok`, when
    /// `e` is a map index.
    pub fn map_comma_ok(&mut self, e: ExprId, tys: &[TypeId]) -> Option<Vec<Vec<Value>>> {
        let (x, index) = self.as_map_index(e)?;
        let elem = self.map_elem(x, index, false);
        let (_, vt) = self.map_kv(elem.ty);
        let desc = self.map_desc(elem.ty, self.pos(e));
        let key = self.key_addr(elem);
        let r = self.runtime_call(self.pos(e), "mapaccess2", vec![desc, elem.map, key]);
        let (&p, &ok) = (r.first()?, r.get(1)?);
        let v = self.load_value(p, 0, vt);
        let to = tys.first().copied().filter(|&t| t != wago_types::types::INVALID).unwrap_or(vt);
        let v = self.implicit(v, vt, to, e);
        Some(vec![v, vec![ok]])
    }

    /// `make(map[K]V)` and `make(map[K]V, hint)`.
    pub fn make_map(&mut self, e: ExprId, args: &[ExprId]) -> Vec<Value> {
        let t = self.ty_of(e);
        let pos = self.pos(e);
        let hint = match args.get(1) {
            Some(&a) => self.index_value(a),
            None => self.iconst(Ty::I64, 0),
        };
        let desc = self.map_desc(t, pos);
        self.runtime_call(pos, "makemap", vec![desc, hint])
    }

    /// A map composite literal: a new map with its entries added in order.
    pub fn map_literal(&mut self, e: ExprId) -> Value {
        let ast::Expr::CompositeLit { elts, .. } = *self.file.expr(e) else { unreachable!() };
        let pos = self.pos(e);
        let (base, _) = self.lw.ck.deref(self.ty_of(e));
        let t = if self.is_map(base) { base } else { self.ty_of(e) };
        let (kt, vt) = self.map_kv(t);
        let elts: Vec<ExprId> = self.file.exprs_of(elts).to_vec();
        let desc = self.map_desc(t, pos);
        let n = self.iconst(Ty::I64, elts.len() as i64);
        let m = match self.runtime_call(pos, "makemap", vec![desc, n]).first() {
            Some(&m) => m,
            None => return self.iconst(Ty::Ptr, 0),
        };
        for el in elts {
            let ast::Expr::KeyValue { key, value, .. } = *self.file.expr(el) else { continue };
            let k = self.elem_value(key, kt);
            let v = self.elem_value(value, vt);
            let elem = MapElem { map: m, key: [k.first().copied(), k.get(1).copied()], ty: t, pos: self.pos(key) };
            self.map_store(elem, &v);
        }
        m
    }

    /// `len(m)`.
    pub fn map_len(&mut self, x: ExprId) -> Vec<Value> {
        let m = self.expr(x);
        self.runtime_call(self.pos(x), "maplen", m)
    }

    /// `delete(m, k)`.
    pub fn map_delete(&mut self, args: &[ExprId]) {
        let elem = self.map_elem(args[0], args[1], false);
        let desc = self.map_desc(elem.ty, self.pos(args[0]));
        let key = self.key_addr(elem);
        self.runtime_call(self.pos(args[0]), "mapdelete", vec![desc, elem.map, key]);
    }

    /// `delete(m, k)` of values evaluated earlier (`defer delete(m, k)`):
    /// map `m` of type `mt`, key registers `key`.
    pub fn map_delete_values(&mut self, mt: TypeId, m: Value, key: Vec<Value>) {
        let elem = MapElem { map: m, key: [key.first().copied(), key.get(1).copied()], ty: mt, pos: Pos::default() };
        let desc = self.map_desc(mt, elem.pos);
        let key = self.key_addr(elem);
        self.runtime_call(elem.pos, "mapdelete", vec![desc, m, key]);
    }

    /// `clear(m)`.
    pub fn map_clear(&mut self, x: ExprId) {
        let t = self.ty_of(x);
        let m = self.expr(x);
        let desc = self.map_desc(t, self.pos(x));
        let mut args = vec![desc];
        args.extend(m);
        self.runtime_call(self.pos(x), "mapclear", args);
    }

    /// `for k, v := range m`: walks the runtime's table from a random
    /// slot (see runtime/map.go for what deletions and insertions during
    /// the loop do).
    pub fn range_map(&mut self, label: Option<wago_syntax::Symbol>, r: ast::RangeStmt) {
        let pos = self.pos(r.x);
        let t = self.ty_of(r.x);
        let (kt, vt) = self.map_kv(t);
        let m = match self.expr(r.x).first() {
            Some(&m) => m,
            None => return,
        };
        let desc = self.map_desc(t, pos);
        let it = self.runtime_call(pos, "mapiterinit", vec![m]);
        if it.len() != 4 {
            return;
        }
        let walked = self.new_var(&[Ty::I32]);
        let zero = self.iconst(Ty::I32, 0);
        self.write_var((walked, 0), zero);
        let header = self.new_block();
        let body_b = self.new_block();
        let exit = self.new_block();
        self.jump(header);
        self.switch_to(header);
        let i = self.read_var((walked, 0));
        let mut args = vec![desc, m];
        args.extend(&it);
        args.push(i);
        let next = self.runtime_call(pos, "mapiternext", args);
        let [k, v, i] = next[..] else { return };
        self.write_var((walked, 0), i);
        let null = self.iconst(Ty::Ptr, 0);
        let more = self.push1(Op::Icmp(IntCC::Ne), vec![k, null], Ty::I32);
        self.branch(more, body_b, exit);
        self.seal(body_b);
        self.switch_to(body_b);
        if r.key.is_some() {
            let key = self.load_value(k, 0, kt);
            self.bind_range_var(r.key, r.tok, key);
        }
        if r.value.is_some() {
            let val = self.load_value(v, 0, vt);
            self.bind_range_var(r.value, r.tok, val);
        }
        self.jumps.push(Jumps { label, brk: exit, cont: Some(header) });
        self.stmt(r.body);
        self.jumps.pop();
        if !self.is_terminated() {
            self.jump(header);
        }
        self.seal(header);
        self.seal(exit);
        self.switch_to(exit);
    }
}

/// Appends the fields of a key of type `t` at `off` (an interface is one
/// field whose dynamic type says how to go on); false for types `==`
/// cannot compare.
pub(crate) fn key_fields(lw: &Lowerer<'_, '_>, t: TypeId, off: u32, out: &mut Vec<KeyField>) -> bool {
    use BasicKind::*;
    let lay = &lw.layout;
    let mut push = |off, size, kind| {
        if let Some(last) = out.last_mut()
            && kind == KEY_RAW
            && last.kind == KEY_RAW
            && last.off + last.size == off
        {
            last.size += size;
        } else if size > 0 {
            out.push(KeyField { off, size, kind });
        }
    };
    match lay.under(t) {
        Type::Basic(Float32) => push(off, 4, KEY_FLOAT32),
        Type::Basic(Float64) => push(off, 8, KEY_FLOAT64),
        Type::Basic(Complex64) => {
            push(off, 4, KEY_FLOAT32);
            push(off + 4, 4, KEY_FLOAT32);
        }
        Type::Basic(Complex128) => {
            push(off, 8, KEY_FLOAT64);
            push(off + 8, 8, KEY_FLOAT64);
        }
        Type::Basic(String) => push(off, 8, KEY_STRING),
        Type::Interface(_) if lw.ck.type_set(t).methods.is_empty() => push(off, 8, KEY_EFACE),
        Type::Interface(_) => push(off, 8, KEY_IFACE),
        Type::Slice(_) | Type::Map { .. } | Type::Signature(_) => return false,
        Type::Struct(st) => {
            let offsets = lay.field_offsets(t);
            for (i, &f) in st.fields.iter().enumerate() {
                if lw.ck.obj_name(f) != "_" && !key_fields(lw, lw.ck.objs.get(f).ty, off + offsets[i], out) {
                    return false;
                }
            }
        }
        Type::Array { elem, len } => {
            let esize = lay.size(*elem);
            let len = len.unwrap_or(0) as u32;
            let mut one = Vec::new();
            if !key_fields(lw, *elem, 0, &mut one) {
                return false;
            }
            if one.is_empty() {
                return true; // zero-size elements
            }
            if one == [KeyField { off: 0, size: esize, kind: KEY_RAW }] {
                push(off, esize * len, KEY_RAW); // plain bytes throughout
                return true;
            }
            for i in 0..len {
                if !key_fields(lw, *elem, off + i * esize, out) {
                    return false;
                }
            }
        }
        _ => push(off, lay.size(t), KEY_RAW),
    }
    true
}
