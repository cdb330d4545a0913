//! How Go values are represented: in registers (IR values) and in memory.
//!
//! A Go value is a short list of IR values (its *registers*): one for
//! scalars, two for strings (`ptr`, `i32` length), complex numbers and
//! interfaces (type descriptor, data), three for slices (`ptr`, `i32`
//! length, `i32` capacity). Structs and arrays are *memory values*: their
//! one register is the address of their bytes, which nobody mutates while
//! the value is in flight (stores into variables copy). Memory layout is
//! `Sizes::WASM`: 8-byte `int`, 4-byte pointers, lengths and `uintptr`.
//! Narrow integers sit in `i32` registers normalised: signed ones
//! sign-extended, unsigned ones and `bool` zero-extended.

use wago_ir::{MemKind, Ty};
use wago_types::types::{BasicKind, Type};
use wago_types::{Checker, Sizes, TypeId};

/// The register shape of a Go type.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Regs {
    pub tys: Vec<Ty>,
    /// A memory value: one `ptr` register holding the value's address.
    pub mem: bool,
}

/// A standard-library view of a slice or string header (see
/// [`Layout::header`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Header {
    Slice,
    String,
}

impl Header {
    /// Its 4-byte words: data pointer, length (and capacity).
    pub fn words(self) -> u32 {
        match self {
            Header::Slice => 3,
            Header::String => 2,
        }
    }
}

/// Type questions the lowering asks, answered with wago's layout.
pub struct Layout<'c, 'a> {
    pub ck: &'c Checker<'a>,
}

pub const SIZES: Sizes = Sizes::WASM;

impl<'c, 'a> Layout<'c, 'a> {
    pub fn new(ck: &'c Checker<'a>) -> Self {
        Layout { ck }
    }

    pub fn under(&self, t: TypeId) -> &'c Type {
        self.ck.types.get(self.ck.types.underlying(t))
    }

    pub fn basic(&self, t: TypeId) -> Option<BasicKind> {
        match self.under(t) {
            Type::Basic(k) => Some(*k),
            _ => None,
        }
    }

    pub fn size(&self, t: TypeId) -> u32 {
        match self.header(t) {
            Some(h) => 4 * h.words(),
            None => SIZES.sizeof(&self.ck.types, &self.ck.objs, t) as u32,
        }
    }

    pub fn align(&self, t: TypeId) -> u32 {
        match self.header(t) {
            Some(_) => 4,
            None => SIZES.alignof(&self.ck.types, &self.ck.objs, t) as u32,
        }
    }

    /// Whether `t` is one of the standard library's views of a slice or
    /// string header (`internal/unsafeheader.Slice`/`String`,
    /// `reflect.SliceHeader`/`StringHeader`). Their `Len` and `Cap` are
    /// `int`s, but they describe wago's headers, whose lengths are 32-bit
    /// words: such a struct is laid out as the header is (a word each),
    /// and its length fields are read and written as 32-bit words.
    pub fn header(&self, t: TypeId) -> Option<Header> {
        let Type::Named(n) = self.ck.types.get(self.ck.types.unalias(t)) else { return None };
        let obj = self.ck.objs.get(n.obj);
        let path = &self.ck.package(obj.pkg?).path;
        match (path.as_str(), self.ck.names.resolve(obj.name)) {
            ("internal/unsafeheader", "Slice") | ("reflect", "SliceHeader") => Some(Header::Slice),
            ("internal/unsafeheader", "String") | ("reflect", "StringHeader") => Some(Header::String),
            _ => None,
        }
    }

    /// Field offsets of a struct type.
    pub fn field_offsets(&self, t: TypeId) -> Vec<u32> {
        if let Some(h) = self.header(t) {
            return (0..h.words()).map(|i| 4 * i).collect();
        }
        match self.under(t) {
            Type::Struct(st) => {
                SIZES.struct_layout(&self.ck.types, &self.ck.objs, &st.fields).0.into_iter().map(|o| o as u32).collect()
            }
            _ => Vec::new(),
        }
    }

    pub fn regs(&self, t: TypeId) -> Regs {
        use BasicKind::*;
        let scalar = |ty| Regs { tys: vec![ty], mem: false };
        match self.under(t) {
            Type::Basic(k) => match k {
                Bool | Int8 | Int16 | Int32 | Uint8 | Uint16 | Uint32 | Uintptr | UntypedBool | UntypedRune => {
                    scalar(Ty::I32)
                }
                Int | Int64 | Uint | Uint64 | UntypedInt => scalar(Ty::I64),
                Float32 => scalar(Ty::F32),
                Float64 | UntypedFloat => scalar(Ty::F64),
                Complex64 => Regs { tys: vec![Ty::F32, Ty::F32], mem: false },
                Complex128 | UntypedComplex => Regs { tys: vec![Ty::F64, Ty::F64], mem: false },
                String | UntypedString => Regs { tys: vec![Ty::Ptr, Ty::I32], mem: false },
                UnsafePointer | UntypedNil => scalar(Ty::Ptr),
                Invalid => Regs { tys: vec![], mem: false },
            },
            Type::Slice(_) => Regs { tys: vec![Ty::Ptr, Ty::I32, Ty::I32], mem: false },
            Type::Interface(_) => Regs { tys: vec![Ty::Ptr, Ty::Ptr], mem: false },
            Type::Struct(_) | Type::Array { .. } => Regs { tys: vec![Ty::Ptr], mem: true },
            Type::Tuple(vars) => {
                let tys = vars.iter().flat_map(|&v| self.regs(self.ck.objs.get(v).ty).tys).collect();
                Regs { tys, mem: false }
            }
            _ => scalar(Ty::Ptr),
        }
    }

    pub fn is_mem(&self, t: TypeId) -> bool {
        matches!(self.under(t), Type::Struct(_) | Type::Array { .. })
    }

    /// How a register of a scalar type is loaded and stored.
    pub fn mem_kind(&self, t: TypeId) -> MemKind {
        use BasicKind::*;
        match self.basic(t) {
            Some(Bool | Uint8) => MemKind::U8,
            Some(Int8) => MemKind::S8,
            Some(Int16) => MemKind::S16,
            Some(Uint16) => MemKind::U16,
            _ => MemKind::Full,
        }
    }

    /// For a value's registers: each register's offset and load kind.
    pub fn reg_slots(&self, t: TypeId) -> Vec<(u32, MemKind)> {
        let regs = self.regs(t);
        if regs.mem {
            return vec![];
        }
        match self.under(t) {
            Type::Basic(BasicKind::Complex64) => vec![(0, MemKind::Full), (4, MemKind::Full)],
            Type::Basic(BasicKind::Complex128) => vec![(0, MemKind::Full), (8, MemKind::Full)],
            _ if regs.tys.len() == 1 => vec![(0, self.mem_kind(t))],
            _ => (0..regs.tys.len() as u32).map(|i| (4 * i, MemKind::Full)).collect(),
        }
    }

    pub fn is_signed(&self, t: TypeId) -> bool {
        use BasicKind::*;
        matches!(self.basic(t), Some(Int | Int8 | Int16 | Int32 | Int64 | UntypedInt | UntypedRune))
    }

    /// The width in bits of an integer type.
    pub fn int_bits(&self, t: TypeId) -> u32 {
        use BasicKind::*;
        match self.basic(t) {
            Some(Int8 | Uint8) => 8,
            Some(Int16 | Uint16) => 16,
            Some(Int32 | Uint32 | Uintptr | UntypedRune) => 32,
            _ => 64,
        }
    }
}
