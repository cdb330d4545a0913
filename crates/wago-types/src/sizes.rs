//! Sizes, alignments and field offsets of types on a target, for
//! `unsafe.Sizeof/Alignof/Offsetof`, for the ranges of `int`, `uint` and
//! `uintptr` in constant representability checks, and for array-length
//! overflow checks.
//!
//! Which sizes a check uses — a decision, and why. wago's wasm code keeps
//! `int`/`uint` 8 bytes (programs print what `go` prints) but lays out
//! pointers and `uintptr` in 4 bytes (wasm32 memory): [`Sizes::WASM`].
//! The standard library sources, however, are written against gc's view
//! of GOARCH=wasm, declared in `internal/goarch/zgoarch_wasm.go` as
//! `PtrSize = 8`, and they mix that constant with `unsafe.Sizeof` and with
//! `uintptr` constants (`^uintptr(0) >> 63`, 48-bit address masks, static
//! size assertions). A checker that used 4-byte pointers against sources
//! that say 8 would report false errors (constants overflowing `uintptr`)
//! and fold `unsafe.Sizeof` to values those sources contradict. So the
//! rule is: *checking uses the sizes the checked sources declare*, which
//! for upstream GOROOT is gc's (`Sizes::for_target`: wasm is
//! [`Sizes::GC_WASM`], 8-byte words, exactly as gc's types2 sizes it;
//! amd64 and the other 64-bit ports the same; 386, arm, mips and mipsle
//! 4-byte words). The 32-bit layout belongs to code generation, and
//! becomes the checking sizes too once wago's own `runtime` overlay (with
//! its own `internal/goarch` declaring `PtrSize = 4`) replaces gc's
//! sources: the two must always agree with the `goarch.PtrSize` of the
//! sources being compiled, since unsafe code adds `Offsetof` results to
//! pointers.

use crate::object::{ObjKind, ObjectStore};
use crate::types::{BasicKind, Type, TypeId, TypeStore};

/// The layout parameters of a target.
#[derive(Clone, Copy, Debug)]
pub struct Sizes {
    /// Size of pointers, `uintptr`, and the words of runtime headers.
    pub ptr_size: u64,
    /// Size of `int` and `uint`.
    pub int_size: u64,
    /// The largest alignment of any type.
    pub max_align: u64,
}

impl Sizes {
    /// wago's wasm32 layout: 8-byte `int`, 4-byte pointers and `uintptr`.
    pub const WASM: Sizes = Sizes { ptr_size: 4, int_size: 8, max_align: 8 };
    /// gc's GOARCH=wasm, as upstream sources declare it: 8-byte words.
    pub const GC_WASM: Sizes = Sizes { ptr_size: 8, int_size: 8, max_align: 8 };
    /// amd64 (and every other 64-bit port of gc).
    pub const AMD64: Sizes = Sizes { ptr_size: 8, int_size: 8, max_align: 8 };
    /// gc's 32-bit ports (386, arm, mips, mipsle).
    pub const GC_32: Sizes = Sizes { ptr_size: 4, int_size: 4, max_align: 4 };

    /// The sizes for checking upstream sources of `goarch` as gc sees
    /// them (see the module comment); `None` for an unknown GOARCH.
    pub fn for_target(goarch: &str) -> Option<Sizes> {
        match goarch {
            "wasm" => Some(Sizes::GC_WASM),
            "386" | "arm" | "mips" | "mipsle" => Some(Sizes::GC_32),
            "amd64" | "arm64" | "loong64" | "mips64" | "mips64le" | "ppc64" | "ppc64le" | "riscv64" | "s390x"
            | "sparc64" => Some(Sizes::AMD64),
            _ => None,
        }
    }

    pub(crate) fn basic_size(&self, k: BasicKind) -> u64 {
        use BasicKind::*;
        match k {
            Bool | Int8 | Uint8 => 1,
            Int16 | Uint16 => 2,
            Int32 | Uint32 | Float32 => 4,
            Int64 | Uint64 | Float64 | Complex64 => 8,
            Complex128 => 16,
            Int | Uint => self.int_size,
            Uintptr | UnsafePointer => self.ptr_size,
            String => 2 * self.ptr_size,
            _ => self.ptr_size,
        }
    }

    pub fn sizeof(&self, types: &TypeStore, objs: &ObjectStore, t: TypeId) -> u64 {
        match types.get(types.underlying(t)) {
            Type::Basic(k) => self.basic_size(*k),
            Type::Slice(_) => 3 * self.ptr_size,
            Type::Interface(_) => 2 * self.ptr_size,
            Type::Array { len, elem } => {
                let n = len.unwrap_or(0);
                if n == 0 {
                    return 0;
                }
                let es = self.sizeof(types, objs, *elem);
                let ea = self.alignof(types, objs, *elem);
                align(es, ea).saturating_mul(n - 1).saturating_add(es)
            }
            Type::Struct(st) => {
                let (offsets, mut size) = self.struct_layout(types, objs, &st.fields);
                if let (Some(&last), Some(&off)) = (st.fields.last(), offsets.last()) {
                    // A final zero-size field of a struct with something
                    // before it gets a byte, so a pointer to it doesn't
                    // point past the struct, as gc does (`struct{ _ struct{} }`
                    // stays empty).
                    if self.sizeof(types, objs, objs.get(last).ty) == 0 && off == size && off > 0 {
                        size = size.saturating_add(1);
                    }
                }
                align(size, self.alignof(types, objs, t))
            }
            _ => self.ptr_size,
        }
    }

    pub fn alignof(&self, types: &TypeStore, objs: &ObjectStore, t: TypeId) -> u64 {
        let a = match types.get(types.underlying(t)) {
            Type::Array { elem, .. } => self.alignof(types, objs, *elem),
            Type::Struct(st) => st.fields.iter().map(|&f| self.alignof(types, objs, objs.get(f).ty)).max().unwrap_or(1),
            Type::Slice(_) | Type::Interface(_) => self.ptr_size,
            Type::Basic(BasicKind::String) => self.ptr_size,
            Type::Basic(BasicKind::Complex64) => 4,
            Type::Basic(BasicKind::Complex128) => 8,
            Type::Basic(k) => self.basic_size(*k),
            _ => self.ptr_size,
        };
        a.clamp(1, self.max_align)
    }

    /// Field offsets and the unpadded end of the last field.
    pub fn struct_layout(
        &self,
        types: &TypeStore,
        objs: &ObjectStore,
        fields: &[crate::object::ObjId],
    ) -> (Vec<u64>, u64) {
        let mut offsets = Vec::with_capacity(fields.len());
        let mut off = 0u64;
        for &f in fields {
            let ft = objs.get(f).ty;
            off = align(off, self.alignof(types, objs, ft));
            offsets.push(off);
            off = off.saturating_add(self.sizeof(types, objs, ft));
        }
        (offsets, off)
    }

    /// Whether `obj` is a struct field (for `Offsetof`).
    pub fn is_field(objs: &ObjectStore, obj: crate::object::ObjId) -> bool {
        matches!(objs.get(obj).kind, ObjKind::Var { is_field: true, .. })
    }
}

fn align(x: u64, a: u64) -> u64 {
    x.div_ceil(a).saturating_mul(a)
}
