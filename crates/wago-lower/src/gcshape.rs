//! GC shapes: which 4-byte words of a value can hold a heap pointer, as
//! static data the collector reads (runtime/malloc.go's `gcshape`), and
//! the other data the collector needs from the lowering: the table of
//! package variables (its roots) and the shadow stack of the GC-root pass.
//!
//! A shape is a standalone datum, dedup'd by content, so type descriptors
//! can point at the same data: a little-endian `u32` element size in bytes
//! (a multiple of 4), a `u32` count of *pointer words* (the last word that
//! can hold a pointer, plus one), then that many bits, one per word, in
//! `u32`s (bit `i % 32` of word `i / 32`). An object of `n` bytes is
//! `n / size` elements, so an array type, or a slice's backing store, uses
//! its element's shape. A type with no pointers has no shape: its
//! allocations pass nil and are never scanned. Pointer words are those of
//! pointers, `unsafe.Pointer`, maps, channels and funcs (closure objects),
//! the data word of strings and slices and both words of interfaces (the
//! type word points at static data, which the collector ignores);
//! `uintptr` is not a pointer, as in Go.
//!
//! The root table (`go:gcroots`) is a `u32` count, then per package
//! variable with pointers its address, its shape and its size in bytes,
//! plus the map key scratch area (a key in flight to the runtime).

use crate::Lowerer;
use crate::func::FnLower;
use std::collections::HashMap;
use wago_ir::{Data, DataId, Module, Op, Reloc, RelocTarget, Ty, Value};
use wago_types::TypeId;
use wago_types::types::{BasicKind, Type};

pub(crate) const SHADOW_STACK_SIZE: u32 = wago_ir::passes::gcroots::SHADOW_STACK_SIZE;

/// Program-wide GC data.
pub(crate) struct GcData {
    /// Shapes by content, and by type.
    shapes: HashMap<Vec<u8>, DataId>,
    by_type: HashMap<TypeId, Option<DataId>>,
    /// The root table, filled in at the end (see [`Lowerer::finish_gc_roots`]).
    pub roots: DataId,
    /// Objects static initialisation made (slice backing arrays, `&T{}`)
    /// that can hold pointers, with their element type: roots too.
    pub static_roots: Vec<(DataId, TypeId)>,
    /// The GC-root pass's shadow stack words: its base address, its top
    /// as an offset from the base, its capacity (see wago-ir's gcroots).
    pub shadow_base: DataId,
    pub shadow_sp: DataId,
    pub shadow_cap: DataId,
}

impl GcData {
    pub fn new(module: &mut Module) -> GcData {
        use wago_ir::passes::gcroots::{SHADOW_BASE, SHADOW_CAP, SHADOW_SP, SHADOW_STACK};
        let roots = module.data.push(Data { name: "go:gcroots".into(), align: 4, size: 4, ..Default::default() });
        let stack = module.data.push(Data {
            name: SHADOW_STACK.into(),
            align: 8,
            size: SHADOW_STACK_SIZE,
            ..Default::default()
        });
        let mut word = |name: &str, init: Vec<u8>, relocs: Vec<Reloc>| {
            module.data.push(Data { name: name.into(), align: 4, size: 4, init, relocs })
        };
        let shadow_base = word(SHADOW_BASE, Vec::new(), vec![Reloc { offset: 0, target: RelocTarget::Data(stack, 0) }]);
        let shadow_sp = word(SHADOW_SP, Vec::new(), Vec::new());
        let shadow_cap = word(SHADOW_CAP, SHADOW_STACK_SIZE.to_le_bytes().to_vec(), Vec::new());
        GcData {
            shapes: HashMap::new(),
            by_type: HashMap::new(),
            roots,
            static_roots: Vec::new(),
            shadow_base,
            shadow_sp,
            shadow_cap,
        }
    }
}

/// A shape being built: one flag per 4-byte word.
#[derive(Default)]
pub(crate) struct ShapeBits {
    pub words: Vec<bool>,
}

impl ShapeBits {
    pub fn set(&mut self, word: usize) {
        if self.words.len() <= word {
            self.words.resize(word + 1, false);
        }
        self.words[word] = true;
    }
    fn has_pointers(&self) -> bool {
        self.words.iter().any(|&w| w)
    }
}

impl Lowerer<'_, '_> {
    /// Marks the pointer words of a value of type `t` at byte `off`.
    pub(crate) fn pointer_words(&self, t: TypeId, off: u32, bits: &mut ShapeBits) {
        let word = (off / 4) as usize;
        match self.layout.under(t) {
            Type::Basic(BasicKind::String | BasicKind::UnsafePointer | BasicKind::UntypedString) => bits.set(word),
            Type::Basic(_) => {}
            Type::Pointer(_) | Type::Map { .. } | Type::Chan { .. } | Type::Signature(_) | Type::Slice(_) => {
                bits.set(word)
            }
            Type::Interface(_) => {
                bits.set(word);
                bits.set(word + 1);
            }
            Type::Struct(st) => {
                let offsets = self.layout.field_offsets(t);
                for (&f, o) in st.fields.iter().zip(offsets) {
                    self.pointer_words(self.ck.objs.get(f).ty, off + o, bits);
                }
            }
            &Type::Array { len, elem } => {
                let size = self.layout.size(elem);
                let mut inner = ShapeBits::default();
                self.pointer_words(elem, 0, &mut inner);
                if inner.has_pointers() {
                    for i in 0..len.unwrap_or(0) as u32 {
                        for w in (0..inner.words.len()).filter(|&w| inner.words[w]) {
                            bits.set(((off + i * size) / 4) as usize + w);
                        }
                    }
                }
            }
            _ => {}
        }
    }

    /// The shape of values of type `t` (of an array type: its element's),
    /// or `None` when they hold no pointers.
    pub fn gc_shape_data(&mut self, t: TypeId) -> Option<DataId> {
        if let Some(&d) = self.gc.by_type.get(&t) {
            return d;
        }
        let mut elem = t;
        while let &Type::Array { elem: e, .. } = self.layout.under(elem) {
            elem = e;
        }
        let mut bits = ShapeBits::default();
        self.pointer_words(elem, 0, &mut bits);
        let d = self.shape_from_bits(self.layout.size(elem), &bits);
        self.gc.by_type.insert(t, d);
        d
    }

    /// The shape of an element of `size` bytes with the given pointer
    /// words, or `None` when there are none.
    pub(crate) fn shape_from_bits(&mut self, size: u32, bits: &ShapeBits) -> Option<DataId> {
        let ptr_words = bits.words.iter().rposition(|&w| w)? + 1;
        let mut bytes = Vec::with_capacity(8 + ptr_words.div_ceil(32) * 4);
        bytes.extend_from_slice(&size.next_multiple_of(4).to_le_bytes());
        bytes.extend_from_slice(&(ptr_words as u32).to_le_bytes());
        for chunk in bits.words[..ptr_words].chunks(32) {
            let w = chunk.iter().enumerate().fold(0u32, |acc, (i, &p)| acc | (u32::from(p) << i));
            bytes.extend_from_slice(&w.to_le_bytes());
        }
        if let Some(&d) = self.gc.shapes.get(&bytes) {
            return Some(d);
        }
        let name = format!("go:gcshape.{}", self.gc.shapes.len());
        let d = self.module.data.push(Data {
            name,
            align: 4,
            size: bytes.len() as u32,
            init: bytes.clone(),
            relocs: vec![],
        });
        self.gc.shapes.insert(bytes, d);
        Some(d)
    }

    /// Writes the root table: every package variable that can hold
    /// pointers, and the map key scratch area.
    pub(crate) fn finish_gc_roots(&mut self) {
        let mut globals: Vec<(wago_types::ObjId, DataId)> = self.globals.iter().map(|(&o, &d)| (o, d)).collect();
        globals.sort_by_key(|&(_, d)| wago_ir::Id::index(d));
        let mut entries: Vec<(DataId, DataId, u32)> = Vec::new();
        for (obj, d) in globals {
            let ty = self.ck.objs.get(obj).ty;
            if let Some(shape) = self.gc_shape_data(ty) {
                entries.push((d, shape, self.layout.size(ty)));
            }
        }
        for (d, elem) in std::mem::take(&mut self.gc.static_roots) {
            if let Some(shape) = self.gc_shape_data(elem) {
                entries.push((d, shape, self.module.data[d].size));
            }
        }
        if let Some(scratch) = self.maps.scratch_area() {
            let mut bits = ShapeBits::default();
            bits.set(0);
            let all = self.shape_from_bits(4, &bits).expect("a pointer word");
            entries.push((scratch, all, self.module.data[scratch].size));
        }
        let mut init = (entries.len() as u32).to_le_bytes().to_vec();
        let mut relocs = Vec::new();
        for (i, &(d, shape, size)) in entries.iter().enumerate() {
            let at = 4 + 12 * i as u32;
            init.extend_from_slice(&[0; 8]);
            init.extend_from_slice(&size.to_le_bytes());
            relocs.push(Reloc { offset: at, target: RelocTarget::Data(d, 0) });
            relocs.push(Reloc { offset: at + 4, target: RelocTarget::Data(shape, 0) });
        }
        let table = &mut self.module.data[self.gc.roots];
        table.size = init.len() as u32;
        table.init = init;
        table.relocs = relocs;
    }
}

impl FnLower<'_, '_, '_> {
    /// The address of the shape of type `t`, or nil for no pointers.
    pub fn gc_shape(&mut self, t: TypeId) -> Value {
        match self.lw.gc_shape_data(t) {
            Some(d) => self.push1(Op::DataAddr(d, 0), vec![], Ty::Ptr),
            None => self.iconst(Ty::Ptr, 0),
        }
    }

    /// The address of a shape built from pointer words, or nil.
    pub fn gc_shape_of_bits(&mut self, size: u32, bits: &ShapeBits) -> Value {
        match self.lw.shape_from_bits(size, bits) {
            Some(d) => self.push1(Op::DataAddr(d, 0), vec![], Ty::Ptr),
            None => self.iconst(Ty::Ptr, 0),
        }
    }

    /// `size` fresh zeroed bytes with the given shape (a `ptr`, nil for
    /// none): `runtime.mallocgc`.
    pub fn alloc_shaped(&mut self, size: Value, shape: Value) -> Value {
        let r = self.runtime_call(wago_syntax::ast::NO_POS, "mallocgc", vec![size, shape]);
        match r.first() {
            Some(&p) => p,
            None => self.iconst(Ty::Ptr, 0),
        }
    }

    /// A fresh zeroed array of `n` elements of type `elem` (at least one byte).
    pub fn alloc_array(&mut self, elem: TypeId, n: i64) -> Value {
        let size = self.lw.layout.size(elem) as i64;
        let total = self.iconst(Ty::I32, (size * n).max(1));
        let shape = self.gc_shape(elem);
        self.alloc_shaped(total, shape)
    }
}
