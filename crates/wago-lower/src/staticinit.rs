//! Static initialisation: a package variable whose initialiser is made of
//! constants (numbers, booleans, strings, and array and struct literals of
//! them) gets its bytes in its data object at compile time, as gc's
//! staticinit does, instead of code in the package initialiser. Tables
//! then cost only their bytes, and programs that never touch them nothing.

use crate::Lowerer;
use wago_ir::{Reloc, RelocTarget};
use wago_syntax::ast::{self, ExprId};
use wago_types::TypeId;
use wago_types::check::FileInfo;
use wago_types::constant::{self, Value as Const};
use wago_types::types::{BasicKind, Type};

/// Bytes and relocations of a value being laid out.
struct Image {
    bytes: Vec<u8>,
    relocs: Vec<Reloc>,
}

impl Lowerer<'_, '_> {
    /// Writes the value of `e` into the data object of a package variable
    /// of type `ty`; `false` (and nothing written) when it is not static.
    pub(crate) fn static_init(
        &mut self,
        file: &ast::File,
        info: &FileInfo,
        data: wago_ir::DataId,
        e: ExprId,
        ty: TypeId,
    ) -> bool {
        let size = self.layout.size(ty) as usize;
        let mut img = Image { bytes: vec![0; size], relocs: Vec::new() };
        if !self.static_value(file, info, e, ty, 0, &mut img) {
            return false;
        }
        let end = img.bytes.iter().rposition(|&b| b != 0).map_or(0, |i| i + 1);
        img.bytes.truncate(end);
        let d = &mut self.module.data[data];
        d.init = img.bytes;
        d.relocs = img.relocs;
        true
    }

    fn static_value(
        &mut self,
        file: &ast::File,
        info: &FileInfo,
        e: ExprId,
        ty: TypeId,
        at: usize,
        img: &mut Image,
    ) -> bool {
        if let Some(v) = info.types.get(&e).and_then(|tv| tv.value) {
            let v = v.clone();
            return self.static_const(&v, ty, at, img);
        }
        if let Type::Pointer(elem) = *self.layout.under(ty) {
            // `&T{...}`, or `{...}` with `&T` elided in an outer literal.
            let lit = match *file.expr(e) {
                ast::Expr::Unary { op: wago_syntax::token::Token::And, x, .. } => x,
                ast::Expr::CompositeLit { .. } => e,
                ast::Expr::Paren { x, .. } => return self.static_value(file, info, x, ty, at, img),
                _ => return false,
            };
            return self.static_pointee(file, info, lit, elem, at, img);
        }
        let e = match *file.expr(e) {
            ast::Expr::Paren { x, .. } => return self.static_value(file, info, x, ty, at, img),
            ast::Expr::CompositeLit { elts, .. } => elts,
            _ => return false,
        };
        let elts: Vec<ExprId> = file.exprs_of(e).to_vec();
        match self.layout.under(ty).clone() {
            Type::Slice(elem) => self.static_slice(file, info, &elts, elem, at, img),
            Type::Array { elem, .. } => {
                let size = self.layout.size(elem) as usize;
                let mut i = 0usize;
                for el in elts {
                    let val = match *file.expr(el) {
                        ast::Expr::KeyValue { key, value, .. } => {
                            let k = info.types.get(&key).and_then(|tv| tv.value).and_then(|v| v.to_i64());
                            i = k.unwrap_or(i as i64) as usize;
                            value
                        }
                        _ => el,
                    };
                    if !self.static_value(file, info, val, elem, at + i * size, img) {
                        return false;
                    }
                    i += 1;
                }
                true
            }
            Type::Struct(st) => {
                let offsets = self.layout.field_offsets(ty);
                for (i, el) in elts.into_iter().enumerate() {
                    let (fi, val) = match *file.expr(el) {
                        ast::Expr::KeyValue { key, value, .. } => {
                            let f = info.uses.get(&key);
                            (st.fields.iter().position(|&x| Some(x) == f).unwrap_or(i), value)
                        }
                        _ => (i, el),
                    };
                    let ft = self.ck.objs.get(st.fields[fi]).ty;
                    if !self.static_value(file, info, val, ft, at + offsets[fi] as usize, img) {
                        return false;
                    }
                }
                true
            }
            _ => false,
        }
    }

    /// The object a static pointer points at, from composite literal
    /// `lit` of type `elem`: a data object of its own, at `at` a pointer.
    fn static_pointee(
        &mut self,
        file: &ast::File,
        info: &FileInfo,
        lit: ExprId,
        elem: TypeId,
        at: usize,
        img: &mut Image,
    ) -> bool {
        let mut lit = lit;
        while let ast::Expr::Paren { x, .. } = *file.expr(lit) {
            lit = x;
        }
        if !matches!(file.expr(lit), ast::Expr::CompositeLit { .. }) {
            return false;
        }
        let size = self.layout.size(elem) as usize;
        let mut obj = Image { bytes: vec![0; size], relocs: Vec::new() };
        if !self.static_value(file, info, lit, elem, 0, &mut obj) {
            return false;
        }
        let d = self.static_object("go:ptrlit", elem, size, obj);
        img.relocs.push(Reloc { offset: at as u32, target: RelocTarget::Data(d, 0) });
        true
    }

    /// A data object made by static initialisation: the program may later
    /// store heap pointers into it, so one that can hold pointers is a GC
    /// root.
    fn static_object(&mut self, kind: &str, elem: TypeId, size: usize, img: Image) -> wago_ir::DataId {
        let n = self.module.data.len();
        let d = self.module.data.push(wago_ir::Data {
            name: format!("{kind}.{n}"),
            align: self.layout.align(elem).max(1),
            size: size as u32,
            init: img.bytes,
            relocs: img.relocs,
        });
        if self.gc_shape_data(elem).is_some() {
            self.gc.static_roots.push((d, elem));
        }
        d
    }

    /// A slice literal: its elements laid out as an array in a data object
    /// of their own, and the slice header `(ptr, len, cap)` at `at`.
    fn static_slice(
        &mut self,
        file: &ast::File,
        info: &FileInfo,
        elts: &[ExprId],
        elem: TypeId,
        at: usize,
        img: &mut Image,
    ) -> bool {
        // The length: one past the largest index, keyed or not.
        let mut len = 0usize;
        let mut i = 0usize;
        for &el in elts {
            if let ast::Expr::KeyValue { key, .. } = *file.expr(el) {
                match info.types.get(&key).and_then(|tv| tv.value).and_then(|v| v.to_i64()) {
                    Some(k) => i = k as usize,
                    None => return false,
                }
            }
            i += 1;
            len = len.max(i);
        }
        let size = self.layout.size(elem) as usize;
        let mut arr = Image { bytes: vec![0; size * len], relocs: Vec::new() };
        let mut i = 0usize;
        for &el in elts {
            let val = match *file.expr(el) {
                ast::Expr::KeyValue { key, value, .. } => {
                    i = info.types.get(&key).and_then(|tv| tv.value).and_then(|v| v.to_i64()).unwrap_or(0) as usize;
                    value
                }
                _ => el,
            };
            if !self.static_value(file, info, val, elem, i * size, &mut arr) {
                return false;
            }
            i += 1;
        }
        if len == 0 {
            return false; // an empty, non-nil slice: left to code
        }
        let backing = self.static_object("go:slicelit", elem, size * len, arr);
        img.relocs.push(Reloc { offset: at as u32, target: RelocTarget::Data(backing, 0) });
        img.bytes[at + 4..at + 8].copy_from_slice(&(len as u32).to_le_bytes());
        img.bytes[at + 8..at + 12].copy_from_slice(&(len as u32).to_le_bytes());
        true
    }

    /// The bytes and relocations of constant `v` of basic type `ty` laid
    /// out alone (an interface's static box); `None` for other types.
    pub(crate) fn const_bytes(&mut self, v: &Const, ty: TypeId) -> Option<(Vec<u8>, Vec<Reloc>)> {
        let size = self.layout.size(ty) as usize;
        let mut img = Image { bytes: vec![0; size], relocs: Vec::new() };
        self.static_const(v, ty, 0, &mut img).then_some((img.bytes, img.relocs))
    }

    fn static_const(&mut self, v: &Const, ty: TypeId, at: usize, img: &mut Image) -> bool {
        use BasicKind::*;
        let Some(k) = self.layout.basic(ty) else { return false };
        let put = |img: &mut Image, bytes: &[u8]| img.bytes[at..at + bytes.len()].copy_from_slice(bytes);
        match k {
            Bool => put(img, &[v.as_bool().unwrap_or(false) as u8]),
            Int8 | Uint8 | Int16 | Uint16 | Int32 | Uint32 | Int | Int64 | Uint | Uint64 | Uintptr => {
                let bits = crate::expr::wrap_i64(&v.to_int().unwrap_or_default()) as u64;
                let n = self.layout.size(ty) as usize;
                put(img, &bits.to_le_bytes()[..n]);
            }
            Float32 => put(img, &(v.to_rat().map_or(0.0, |r| constant::rat_to_f64(&r)) as f32).to_le_bytes()),
            Float64 => put(img, &v.to_rat().map_or(0.0, |r| constant::rat_to_f64(&r)).to_le_bytes()),
            String => {
                let Const::String(s) = v else { return false };
                if !s.is_empty() {
                    let d = self.string_data(s);
                    img.relocs.push(Reloc { offset: at as u32, target: RelocTarget::Data(d, 0) });
                    put(img, &(s.len() as u32).to_le_bytes());
                    // The pointer word is the relocation's; the length follows.
                    img.bytes.copy_within(at..at + 4, at + 4);
                    img.bytes[at..at + 4].fill(0);
                }
            }
            _ => return false,
        }
        true
    }
}
