//! Expressions: constants, variables, operators with Go's integer, float
//! and string semantics, calls and builtins, conversions, selectors,
//! indexing and slicing with their bounds checks, composite literals.
//!
//! Every expression lowers to its registers (see `layout`). Places (what
//! can be assigned or have its address taken) lower to [`Place`]s.

use crate::func::{FnLower, Local};
use dashu::integer::IBig;
use wago_ir::{BinOp, ConvOp, FloatCC, IntCC, Op, Ty, UnOp, Value};
use wago_syntax::ast::{self, ExprId, Pos};
use wago_syntax::token::Token;
use wago_types::TypeId;
use wago_types::check::Mode;
use wago_types::constant::{self, Value as Const};
use wago_types::object::{Builtin, ObjKind};
use wago_types::types::{BasicKind, Type};

// The runtime's bounds error kinds (runtime/panic.go, as gc's).
const BOUNDS_INDEX: i64 = 0;
const BOUNDS_SLICE_ALEN: i64 = 1;
const BOUNDS_SLICE_ACAP: i64 = 2;
const BOUNDS_SLICE_B: i64 = 3;
const BOUNDS_SLICE3_ALEN: i64 = 4;
const BOUNDS_SLICE3_ACAP: i64 = 5;
const BOUNDS_SLICE3_B: i64 = 6;
const BOUNDS_SLICE3_C: i64 = 7;

/// Something that can be assigned to.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Place {
    /// `_`.
    Blank,
    /// A local variable kept in registers.
    Regs(u32, TypeId),
    /// Memory at `addr + off` holding a value of a type.
    Mem(Value, u32, TypeId),
    /// An `int` kept in the 32-bit word at `addr + off`: the length or
    /// capacity field of a header view (see `Layout::header`).
    Word(Value, u32),
    /// A map element, `m[k]` (see `maps`).
    Map(crate::maps::MapElem),
}

impl FnLower<'_, '_, '_> {
    pub fn pos(&self, e: ExprId) -> Pos {
        self.file.expr_pos(e)
    }

    /// The registers of an expression's value.
    pub fn expr(&mut self, e: ExprId) -> Vec<Value> {
        let Some(tv) = self.info.types.get(&e) else {
            self.error(self.pos(e), "wago: expression has no type (internal error)");
            return vec![];
        };
        let ty = self.ty_of(e);
        if let Some(v) = tv.value {
            let v = v.clone();
            return self.constant(&v, ty, e);
        }
        if tv.mode == Mode::Nil {
            return self.zero_value(ty);
        }
        match *self.file.expr(e) {
            ast::Expr::Paren { x, .. } => self.expr(x),
            ast::Expr::Ident { .. } => self.ident(e, ty),
            ast::Expr::Binary { x, op, y, op_pos } => self.binary(op, op_pos, x, y, ty),
            ast::Expr::Unary { op, x, op_pos } => self.unary(op, op_pos, x, ty),
            ast::Expr::Call { .. } => self.call_expr(e),
            ast::Expr::Selector { sel, .. } if self.func_obj(sel).is_some() => {
                let f = self.func_obj(sel).expect("checked");
                self.func_ref(f)
            }
            ast::Expr::Selector { x, sel } if self.method_obj(sel).is_some() => {
                let m = self.method_obj(sel).expect("checked");
                let xt = self.ty_of(x);
                let m = crate::generic::resolve_method(self.lw.ck, xt, m).map_or(m, |(m, _)| m);
                if self.info.types.get(&x).is_some_and(|tv| tv.mode == Mode::TypeExpr) {
                    match self.lw.method_func(m, xt) {
                        Some(f) if self.lw.ck.deref(self.ty_of(x)).1 == self.lw.ck.deref(self.method_recv(m)).1 => {
                            self.func_ref(f)
                        }
                        _ => self.unsupported(e),
                    }
                } else if self.lw.ck.types.is_interface(self.ty_of(x)) {
                    self.iface_method_value(x, m, e)
                } else {
                    self.method_value(x, m, e)
                }
            }
            ast::Expr::Index { .. } | ast::Expr::IndexList { .. } if self.generic_func_ref(e).is_some() => {
                let f = self.generic_func_ref(e).expect("checked");
                self.func_ref(f)
            }
            ast::Expr::Star { .. } | ast::Expr::Selector { .. } | ast::Expr::Index { .. } => self.load_place(e),
            ast::Expr::Slice(s) => self.slice_expr(e, s),
            ast::Expr::FuncLit { .. } => self.func_lit(e),
            ast::Expr::TypeAssert { .. } => self.type_assert(e, false),
            ast::Expr::CompositeLit { .. } if self.is_map(ty) => vec![self.map_literal(e)],
            ast::Expr::CompositeLit { .. } => {
                let cell = self.composite(e);
                self.load_value(cell, 0, ty)
            }
            _ => self.unsupported(e),
        }
    }

    pub fn unsupported(&mut self, e: ExprId) -> Vec<Value> {
        let what = match self.file.expr(e) {
            ast::Expr::FuncLit { .. } => "function literals",
            ast::Expr::TypeAssert { .. } => "type assertions",
            ast::Expr::CompositeLit { .. } => "this composite literal",
            _ => "this expression",
        };
        self.error(self.pos(e), format!("wago: {what} are not supported yet"));
        let ty = self.ty_of(e);
        let tys = self.lw.layout.regs(ty).tys;
        self.zeros(&tys)
    }

    /// The value converted to `to` as assignment does (implicit conversions).
    pub fn expr_to(&mut self, e: ExprId, to: TypeId) -> Vec<Value> {
        let from = self.ty_of(e);
        let vals = self.expr(e);
        self.implicit(vals, from, to, e)
    }

    pub fn implicit(&mut self, vals: Vec<Value>, from: TypeId, to: TypeId, e: ExprId) -> Vec<Value> {
        let ck = self.lw.ck;
        if ck.types.basic(from) == Some(BasicKind::UntypedNil) {
            return self.zero_value(to);
        }
        if ck.types.is_interface(to) && !ck.identical(from, to) {
            return self.convert_to_iface(vals, from, to, Some(e));
        }
        vals
    }

    /// A condition as an `i32` 0/1.
    pub fn cond(&mut self, e: ExprId) -> Value {
        let v = self.expr(e);
        match v.first() {
            Some(&v) => v,
            None => self.iconst(Ty::I32, 0),
        }
    }

    // ---- constants ----

    pub fn constant(&mut self, v: &Const, ty: TypeId, e: ExprId) -> Vec<Value> {
        let ck = self.lw.ck;
        let ty = if ck.types.is_untyped(ty) { ck.types.default_type(ty) } else { ty };
        let tys = self.lw.layout.regs(ty).tys;
        match v {
            Const::Bool(b) => vec![self.iconst(Ty::I32, *b as i64)],
            Const::String(s) => self.string_const(s),
            Const::Int(_) | Const::Float(_) if tys.len() == 1 => {
                let t = tys[0];
                if t.is_float() {
                    let f = v.to_rat().map_or(0.0, |r| constant::rat_to_f64(&r));
                    vec![self.fconst(t, f)]
                } else {
                    let i = v.to_int().unwrap_or_default();
                    vec![self.iconst(t, wrap_i64(&i))]
                }
            }
            Const::Int(_) | Const::Float(_) | Const::Complex(_) if tys.len() == 2 => {
                let (re, im) = v.to_complex().unwrap_or_default();
                let t = tys[0];
                vec![self.fconst(t, constant::rat_to_f64(&re)), self.fconst(t, constant::rat_to_f64(&im))]
            }
            _ => self.unsupported(e),
        }
    }

    pub fn string_const(&mut self, s: &[u8]) -> Vec<Value> {
        if s.is_empty() {
            return self.zeros(&[Ty::Ptr, Ty::I32]);
        }
        let d = self.lw.string_data(s);
        let p = self.push1(Op::DataAddr(d, 0), vec![], Ty::Ptr);
        let n = self.iconst(Ty::I32, s.len() as i64);
        vec![p, n]
    }

    // ---- names ----

    fn ident(&mut self, e: ExprId, ty: TypeId) -> Vec<Value> {
        let Some(obj) = self.info.uses.get(&e) else { return self.unsupported(e) };
        match self.lw.ck.objs.get(obj).kind {
            ObjKind::Var { .. } => {
                let place = self.var_place(obj, e);
                self.load(place)
            }
            ObjKind::Nil => self.zero_value(ty),
            ObjKind::Func { .. } => match self.func_obj(e) {
                Some(f) => self.func_ref(f),
                None => self.unsupported(e),
            },
            _ => self.unsupported(e),
        }
    }

    /// The method a selector's name denotes.
    fn method_obj(&self, sel: ExprId) -> Option<wago_types::ObjId> {
        let o = self.info.uses.get(&sel)?;
        let ck = self.lw.ck;
        let is_method = matches!(ck.objs.get(o).kind, ObjKind::Func { .. })
            && ck.types.signature(ck.objs.get(o).ty).is_some_and(|s| s.recv.is_some());
        is_method.then_some(o)
    }

    fn method_recv(&self, m: wago_types::ObjId) -> TypeId {
        let ck = self.lw.ck;
        ck.types
            .signature(ck.objs.get(m).ty)
            .and_then(|s| s.recv)
            .map_or(wago_types::types::INVALID, |r| ck.objs.get(r).ty)
    }

    /// The IR function a package-level function name denotes (not a
    /// method): for a generic function, the instance of the type arguments
    /// the checker recorded for this use.
    fn func_obj(&self, ident: ExprId) -> Option<wago_ir::FuncId> {
        let o = self.info.uses.get(&ident)?;
        let ck = self.lw.ck;
        if !matches!(ck.objs.get(o).kind, ObjKind::Func { .. }) || ck.types.signature(ck.objs.get(o).ty)?.recv.is_some()
        {
            return None;
        }
        if let Some(&f) = self.lw.funcs.get(&o) {
            return Some(f);
        }
        let targs = self.info.instances.get(&ident)?;
        let targs = targs.iter().map(|&t| self.lw.subst_in(self.inst, t)).collect();
        self.lw.instance_func(o, targs)
    }

    /// `F[T1, T2]` naming an instance of a generic function (as a value or
    /// a callee).
    fn generic_func_ref(&self, e: ExprId) -> Option<wago_ir::FuncId> {
        match *self.file.expr(e) {
            ast::Expr::Paren { x, .. } => self.generic_func_ref(x),
            ast::Expr::Index { x, .. } | ast::Expr::IndexList { x, .. } => match *self.file.expr(x) {
                ast::Expr::Selector { sel, .. } => self.func_obj(sel),
                ast::Expr::Ident { .. } => self.func_obj(x),
                ast::Expr::Paren { .. } => self.generic_func_ref(x),
                _ => None,
            },
            _ => None,
        }
    }

    /// The place of a variable (local or package-level).
    pub fn var_place(&mut self, obj: wago_types::ObjId, e: ExprId) -> Place {
        let ty = self.obj_ty(obj);
        match self.locals.get(&obj).copied() {
            Some(Local::Regs(n)) => Place::Regs(n, ty),
            Some(Local::Cell(n)) => {
                let addr = self.read_var((n, 0));
                Place::Mem(addr, 0, ty)
            }
            None => match self.lw.globals.get(&obj).copied() {
                Some(d) => {
                    let addr = self.push1(Op::DataAddr(d, 0), vec![], Ty::Ptr);
                    Place::Mem(addr, 0, ty)
                }
                None => {
                    self.error(self.pos(e), "wago: captured variables (closures) are not supported yet");
                    Place::Blank
                }
            },
        }
    }

    pub fn load(&mut self, place: Place) -> Vec<Value> {
        match place {
            Place::Blank => vec![],
            Place::Regs(n, ty) => {
                let k = self.lw.layout.regs(ty).tys.len();
                (0..k).map(|i| self.read_var((n, i as u8))).collect()
            }
            Place::Mem(addr, off, ty) => self.load_value(addr, off, ty),
            Place::Word(addr, off) => {
                vec![self.push1(Op::Load { kind: wago_ir::MemKind::S32, offset: off }, vec![addr], Ty::I64)]
            }
            Place::Map(elem) => self.map_load(elem),
        }
    }

    pub fn store(&mut self, place: Place, vals: &[Value]) {
        match place {
            Place::Blank => {}
            Place::Regs(n, _) => {
                for (i, &v) in vals.iter().enumerate() {
                    self.write_var((n, i as u8), v);
                }
            }
            Place::Mem(addr, off, ty) => {
                if vals.is_empty() {
                    let zero = self.zero_value(ty);
                    self.store_value(addr, off, ty, &zero);
                } else {
                    self.store_value(addr, off, ty, vals);
                }
            }
            Place::Word(addr, off) => {
                let v = match vals.first() {
                    Some(&v) => v,
                    None => self.iconst(Ty::I64, 0),
                };
                self.push(Op::Store { kind: wago_ir::MemKind::S32, offset: off }, vec![addr, v], &[]);
            }
            Place::Map(elem) => self.map_store(elem, vals),
        }
    }

    fn load_place(&mut self, e: ExprId) -> Vec<Value> {
        if let Some(v) = self.map_index_value(e) {
            return v;
        }
        let place = self.place(e);
        self.load(place)
    }

    /// The place an addressable expression (or map index, not yet) denotes.
    pub fn place(&mut self, e: ExprId) -> Place {
        match *self.file.expr(e) {
            ast::Expr::Paren { x, .. } => self.place(x),
            ast::Expr::Ident { name, .. } => {
                if self.lw.ck.name(name) == "_" {
                    return Place::Blank;
                }
                let obj = self.info.uses.get(&e).or_else(|| self.info.defs.get(&e));
                match obj {
                    Some(o) => self.var_place(o, e),
                    None => Place::Blank,
                }
            }
            ast::Expr::Star { x, .. } => {
                let p = self.expr(x)[0];
                self.nil_check(p, e);
                Place::Mem(p, 0, self.ty_of(e))
            }
            ast::Expr::Selector { x, sel } => self.selector_place(e, x, sel),
            ast::Expr::Index { x, index, .. } => self.index_place(e, x, index),
            _ => {
                let ty = self.ty_of(e);
                let vals = self.expr(e);
                let cell = self.alloc(ty);
                self.store_value(cell, 0, ty, &vals);
                Place::Mem(cell, 0, ty)
            }
        }
    }

    /// The address of an addressable expression (`&x`).
    pub fn address(&mut self, e: ExprId) -> Value {
        if let ast::Expr::CompositeLit { .. } = self.file.expr(e) {
            return self.composite(e);
        }
        match self.place(e) {
            Place::Mem(addr, off, _) | Place::Word(addr, off) => self.offset(addr, off),
            _ => {
                self.error(self.pos(e), "wago: cannot take this address (internal error)");
                self.iconst(Ty::Ptr, 0)
            }
        }
    }

    pub fn offset(&mut self, addr: Value, off: u32) -> Value {
        if off == 0 {
            return addr;
        }
        let o = self.iconst(Ty::I32, off as i64);
        self.push1(Op::Binary(BinOp::Add), vec![addr, o], Ty::Ptr)
    }

    fn selector_place(&mut self, e: ExprId, x: ExprId, sel: ExprId) -> Place {
        let ck = self.lw.ck;
        // A qualified identifier `pkg.Name`.
        if let Some(o) = self.info.uses.get(&x)
            && matches!(ck.objs.get(o).kind, ObjKind::PkgName { .. })
        {
            return self.place(sel);
        }
        let Some(field) = self.info.uses.get(&sel) else { return Place::Blank };
        let xt = self.ty_of(x);
        let lookup = ck.lookup_field_or_method(xt, true, ck.objs.get(field).pkg, ck.objs.get(field).name);
        let wago_types::lookup::Lookup::Field { index, .. } = lookup else {
            self.error(self.pos(e), "wago: method values are not supported yet");
            return Place::Blank;
        };
        self.field_path(x, &index, e)
    }

    /// `x.M(…)` where `M` is promoted from an embedded interface field of
    /// `x`'s struct (`struct{ fmt.ScanState }`): a call through that
    /// field's interface value. `None` for other calls.
    fn promoted_iface_call(&mut self, fun: ExprId, args: &[ExprId], spread: bool, e: ExprId) -> Option<Vec<Value>> {
        let ck = self.lw.ck;
        let ast::Expr::Selector { x, sel } = *self.file.expr(self.unparen(fun)) else { return None };
        let m = self.info.uses.get(&sel)?;
        let (iv, it) = self.promoted_iface(x, m, e)?;
        let own = self.iface_own_method(it, m);
        let sig = ck.types.signature(ck.objs.get(own).ty)?.clone();
        let params: Vec<TypeId> = ck.types.tuple_vars(sig.params).iter().map(|&p| ck.objs.get(p).ty).collect();
        let vals = self.call_args_for(args, &params, sig.variadic && !spread, e);
        Some(self.iface_call_values(&iv, it, m, vals, self.pos(e)))
    }

    /// Whether `fun` names internal/abi.EscapeNonString (maybe instantiated).
    fn is_escape_intrinsic(&self, fun: ExprId) -> bool {
        let ck = self.lw.ck;
        let mut f = self.unparen(fun);
        if let ast::Expr::Index { x, .. } | ast::Expr::IndexList { x, .. } = *self.file.expr(f) {
            f = self.unparen(x);
        }
        let id = match *self.file.expr(f) {
            ast::Expr::Selector { sel, .. } => sel,
            _ => f,
        };
        self.info.uses.get(&id).is_some_and(|o| {
            let o = ck.objs.get(o);
            ck.name(o.name) == "EscapeNonString" && o.pkg.is_some_and(|p| ck.package(p).path == "internal/abi")
        })
    }

    /// When method `m` of `x` (not an interface) is an interface method
    /// promoted from an embedded interface field: that field's value and
    /// interface type.
    pub(crate) fn promoted_iface(
        &mut self,
        x: ExprId,
        m: wago_types::ObjId,
        e: ExprId,
    ) -> Option<(Vec<Value>, TypeId)> {
        let ck = self.lw.ck;
        let recv = ck.types.signature(ck.objs.get(m).ty)?.recv?;
        let xt = self.ty_of(x);
        if !ck.types.is_interface(ck.objs.get(recv).ty) || ck.types.is_interface(xt) {
            return None;
        }
        let found = ck.lookup_field_or_method(xt, true, ck.objs.get(m).pkg, ck.objs.get(m).name);
        // The interface's own method, reached through embedded fields (a
        // type parameter's constraint method found on a concrete type is
        // that type's method instead).
        let wago_types::lookup::Lookup::Method { obj, index, .. } = found else { return None };
        if obj != m || index.len() < 2 {
            return None;
        }
        let place = self.field_path(x, &index[..index.len() - 1], e);
        let Place::Mem(_, _, it) = place else { return None };
        ck.types.is_interface(it).then(|| (self.load(place), it))
    }

    /// The place of `x.f1.f2…` for a path of field indices, dereferencing
    /// (nil-checked) embedded pointers on the way.
    fn field_path(&mut self, x: ExprId, index: &[usize], e: ExprId) -> Place {
        let ck = self.lw.ck;
        let (mut addr, mut off, mut t) = match self.base_place(x, e) {
            Some(p) => p,
            None => return Place::Blank,
        };
        let mut word = false;
        for &i in index {
            let (base, is_ptr) = ck.deref(t);
            if is_ptr {
                let p = self.load_value(addr, off, t)[0];
                self.nil_check(p, e);
                addr = p;
                off = 0;
            }
            let st = match self.lw.layout.under(base) {
                Type::Struct(st) => st,
                _ => return Place::Blank,
            };
            let offsets = self.lw.layout.field_offsets(base);
            off += offsets[i];
            t = ck.objs.get(st.fields[i]).ty;
            word = i >= 1 && self.lw.layout.header(base).is_some();
        }
        if word { Place::Word(addr, off) } else { Place::Mem(addr, off, t) }
    }

    /// The memory place of a selector's base: a pointer's target (nil
    /// checked), an addressable operand in place, or a value in a cell.
    fn base_place(&mut self, x: ExprId, e: ExprId) -> Option<(Value, u32, TypeId)> {
        let (base, is_ptr) = self.lw.ck.deref(self.ty_of(x));
        if is_ptr {
            let p = self.expr(x)[0];
            self.nil_check(p, e);
            return Some((p, 0, base));
        }
        match self.place(x) {
            Place::Mem(a, o, t) => Some((a, o, t)),
            // An int has no fields: the checker let no selector through.
            Place::Word(..) => None,
            Place::Regs(n, t) => {
                let vals = self.load(Place::Regs(n, t));
                let cell = self.alloc(t);
                self.store_value(cell, 0, t, &vals);
                Some((cell, 0, t))
            }
            Place::Map(elem) => {
                let t = self.ty_of(x);
                let vals = self.map_load(elem);
                if self.lw.layout.is_mem(t) {
                    return Some((vals[0], 0, t));
                }
                let cell = self.alloc(t);
                self.store_value(cell, 0, t, &vals);
                Some((cell, 0, t))
            }
            Place::Blank => None,
        }
    }

    fn index_place(&mut self, e: ExprId, x: ExprId, index: ExprId) -> Place {
        let ck = self.lw.ck;
        let xt = self.ty_of(x);
        let et = self.ty_of(e);
        let esize = self.lw.layout.size(et);
        let (under, is_ptr) = ck.deref(xt);
        let (base, len): (Value, Value) = match self.lw.layout.under(under) {
            Type::Array { len, .. } => {
                let addr = if is_ptr {
                    let p = self.expr(x)[0];
                    self.nil_check(p, e);
                    p
                } else {
                    match self.place(x) {
                        Place::Mem(a, o, _) => self.offset(a, o),
                        Place::Map(elem) => self.map_load(elem)[0],
                        _ => self.expr(x)[0],
                    }
                };
                let n = self.iconst(Ty::I32, len.unwrap_or(0) as i64);
                (addr, n)
            }
            Type::Slice(_) | Type::Basic(_) => {
                let s = self.expr(x);
                (s[0], s[1])
            }
            Type::Map { .. } => return Place::Map(self.map_elem(x, index, true)),
            _ => {
                self.error(self.pos(e), "wago: index expressions of this type are not supported yet");
                return Place::Blank;
            }
        };
        let i = self.index_value(index);
        // A constant index into an array was checked by the type checker.
        let checked = matches!(self.lw.layout.under(under), Type::Array { .. })
            && self.info.types.get(&index).is_some_and(|tv| tv.value.is_some());
        if !checked {
            self.bounds_check(i, len, e);
        }
        let i32v = self.narrow_i32(i);
        let sz = self.iconst(Ty::I32, esize as i64);
        let scaled = self.push1(Op::Binary(BinOp::Mul), vec![i32v, sz], Ty::I32);
        let addr = self.push1(Op::Binary(BinOp::Add), vec![base, scaled], Ty::Ptr);
        Place::Mem(addr, 0, et)
    }

    /// An index operand as `i64` (checked non-negative by the bounds check).
    pub fn index_value(&mut self, index: ExprId) -> Value {
        let it = self.ty_of(index);
        let v = self.expr(index)[0];
        self.widen_i64(v, self.lw.layout.is_signed(it))
    }

    pub fn widen_i64(&mut self, v: Value, signed: bool) -> Value {
        match self.body.ty(v) {
            Ty::I64 => v,
            _ => self.push1(Op::Convert(if signed { ConvOp::SExt } else { ConvOp::UExt }), vec![v], Ty::I64),
        }
    }

    pub fn narrow_i32(&mut self, v: Value) -> Value {
        match self.body.ty(v) {
            Ty::I64 => self.push1(Op::Convert(ConvOp::Wrap), vec![v], Ty::I32),
            _ => v,
        }
    }

    /// Panics with "index out of range" unless `0 <= i < len` (`i` an i64,
    /// `len` an i32).
    pub fn bounds_check(&mut self, i: Value, len: Value, e: ExprId) {
        let len64 = self.widen_i64(len, false);
        let ok = self.push1(Op::Icmp(IntCC::ULt), vec![i, len64], Ty::I32);
        self.bounds_fail_unless(ok, e, BOUNDS_INDEX, i, len64);
    }

    /// Continues if `ok`; else panics with the runtime's bounds error
    /// `code` (gc's boundsError kinds) about `x` and `y`.
    fn bounds_fail_unless(&mut self, ok: Value, e: ExprId, code: i64, x: Value, y: Value) {
        let c = self.iconst(Ty::I32, code);
        self.check_pos(ok, self.pos(e), "panicBounds", vec![c, x, y]);
    }

    /// Continues if `ok`; else calls the runtime's panic function `f`.
    pub fn check(&mut self, ok: Value, e: ExprId, f: &str, args: Vec<Value>) {
        self.check_pos(ok, self.pos(e), f, args)
    }

    /// [`Self::check`] for code with a position but no expression.
    pub fn check_pos(&mut self, ok: Value, pos: Pos, f: &str, args: Vec<Value>) {
        let fail = self.new_block();
        let cont = self.new_block();
        self.branch(ok, cont, fail);
        self.seal(fail);
        self.switch_to(fail);
        if self.trusted {
            self.terminate(wago_ir::Terminator::Unreachable);
        } else {
            self.call_panicking(pos, f, args);
        }
        self.seal(cont);
        self.switch_to(cont);
    }

    pub fn nil_check(&mut self, p: Value, e: ExprId) {
        self.nil_check_at(p, self.pos(e));
    }

    pub fn nil_check_at(&mut self, p: Value, pos: Pos) {
        let zero = self.iconst(Ty::Ptr, 0);
        let ok = self.push1(Op::Icmp(IntCC::Ne), vec![p, zero], Ty::I32);
        self.check_pos(ok, pos, "panicNil", vec![]);
    }

    // ---- operators ----

    fn unary(&mut self, op: Token, _pos: Pos, x: ExprId, ty: TypeId) -> Vec<Value> {
        match op {
            Token::And => vec![self.address(x)],
            Token::Add => self.expr(x),
            Token::Not => {
                let v = self.cond(x);
                vec![self.push1(Op::Eqz, vec![v], Ty::I32)]
            }
            Token::Sub => {
                let v = self.expr(x);
                let regs = self.lw.layout.regs(ty).tys;
                if regs[0].is_float() {
                    return v.iter().map(|&r| self.push1(Op::Unary(UnOp::FNeg), vec![r], regs[0])).collect();
                }
                let zero = self.iconst(regs[0], 0);
                let r = self.push1(Op::Binary(BinOp::Sub), vec![zero, v[0]], regs[0]);
                vec![self.normalize(r, ty)]
            }
            Token::Xor => {
                let v = self.expr(x)[0];
                let t = self.body.ty(v);
                let ones = self.iconst(t, -1);
                let r = self.push1(Op::Binary(BinOp::Xor), vec![v, ones], t);
                vec![self.normalize(r, ty)]
            }
            _ => self.unsupported(x),
        }
    }

    /// Re-normalises a narrow integer after arithmetic in a wider register.
    pub fn normalize(&mut self, v: Value, ty: TypeId) -> Value {
        use BasicKind::*;
        match self.lw.layout.basic(ty) {
            Some(Int8) => self.push1(Op::Unary(UnOp::Sext8), vec![v], Ty::I32),
            Some(Int16) => self.push1(Op::Unary(UnOp::Sext16), vec![v], Ty::I32),
            Some(Uint8) | Some(Uint16) => {
                let mask = self.iconst(Ty::I32, if self.lw.layout.int_bits(ty) == 8 { 0xff } else { 0xffff });
                self.push1(Op::Binary(BinOp::And), vec![v, mask], Ty::I32)
            }
            _ => v,
        }
    }

    fn binary(&mut self, op: Token, _pos: Pos, x: ExprId, y: ExprId, ty: TypeId) -> Vec<Value> {
        match op {
            Token::LAnd | Token::LOr => return vec![self.logical(op, x, y)],
            Token::Shl | Token::Shr => return vec![self.shift(op, x, y, ty)],
            _ => {}
        }
        let (xt, yt) = (self.ty_of(x), self.ty_of(y));
        let ck = self.lw.ck;
        // A comparison of a value with an interface happens in the interface.
        let xt = if ck.types.is_interface(yt) && !ck.types.is_interface(xt) { yt } else { xt };
        let a = self.expr_to(x, xt);
        let b = self.expr_to(y, xt);
        let is_cmp = matches!(op, Token::Eql | Token::Neq | Token::Lss | Token::Leq | Token::Gtr | Token::Geq);
        let ck = self.lw.ck;
        let xt = if ck.types.is_untyped(xt) { ck.types.default_type(xt) } else { xt };
        if ck.types.is_string(xt) {
            return self.string_binary(op, a, b, x);
        }
        if is_cmp {
            return vec![self.compare(op, &a, &b, xt, x)];
        }
        if ck.types.is_complex(xt) {
            return self.complex_binary(op, &a, &b, x);
        }
        vec![self.arith(op, a[0], b[0], ty, y)]
    }

    fn logical(&mut self, op: Token, x: ExprId, y: ExprId) -> Value {
        let a = self.cond(x);
        let rhs = self.new_block();
        let join = self.new_block();
        let n = self.new_var(&[Ty::I32]);
        self.write_var((n, 0), a);
        if op == Token::LAnd {
            self.branch(a, rhs, join);
        } else {
            self.branch(a, join, rhs);
        }
        self.seal(rhs);
        self.switch_to(rhs);
        let b = self.cond(y);
        self.write_var((n, 0), b);
        self.jump(join);
        self.seal(join);
        self.switch_to(join);
        self.read_var((n, 0))
    }

    /// Integer and float arithmetic with Go's semantics.
    pub fn arith(&mut self, op: Token, a: Value, b: Value, ty: TypeId, at: ExprId) -> Value {
        let t = self.body.ty(a);
        let float = t.is_float();
        let signed = self.lw.layout.is_signed(ty);
        let bin = match (op, float) {
            (Token::Add, false) => BinOp::Add,
            (Token::Sub, false) => BinOp::Sub,
            (Token::Mul, false) => BinOp::Mul,
            (Token::And, _) => BinOp::And,
            (Token::Or, _) => BinOp::Or,
            (Token::Xor, _) => BinOp::Xor,
            (Token::AndNot, _) => {
                let ones = self.iconst(t, -1);
                let nb = self.push1(Op::Binary(BinOp::Xor), vec![b, ones], t);
                return self.push1(Op::Binary(BinOp::And), vec![a, nb], t);
            }
            (Token::Add, true) => BinOp::FAdd,
            (Token::Sub, true) => BinOp::FSub,
            (Token::Mul, true) => BinOp::FMul,
            (Token::Quo, true) => BinOp::FDiv,
            (Token::Quo | Token::Rem, false) => return self.int_div(op, a, b, ty, signed, at),
            _ => {
                self.error(self.pos(at), format!("wago: operator {op:?} is not supported yet"));
                return a;
            }
        };
        let r = self.push1(Op::Binary(bin), vec![a, b], t);
        if float { r } else { self.normalize(r, ty) }
    }

    /// `/` and `%` on integers: a zero divisor panics; `MinInt / -1` wraps
    /// (WebAssembly would trap), and `x % -1` is 0.
    fn int_div(&mut self, op: Token, a: Value, b: Value, ty: TypeId, signed: bool, at: ExprId) -> Value {
        let t = self.body.ty(a);
        let zero = self.iconst(t, 0);
        let ok = self.push1(Op::Icmp(IntCC::Ne), vec![b, zero], Ty::I32);
        self.check(ok, at, "panicDivide", vec![]);
        if !signed {
            let bin = if op == Token::Quo { BinOp::UDiv } else { BinOp::URem };
            let r = self.push1(Op::Binary(bin), vec![a, b], t);
            return self.normalize(r, ty);
        }
        // b == -1: the quotient is -a (wrapping) and the remainder 0.
        let minus1 = self.iconst(t, -1);
        let is_m1 = self.push1(Op::Icmp(IntCC::Eq), vec![b, minus1], Ty::I32);
        let one = self.iconst(t, 1);
        let safe_b = self.push1(Op::Select, vec![is_m1, one, b], t);
        let bin = if op == Token::Quo { BinOp::SDiv } else { BinOp::SRem };
        let r = self.push1(Op::Binary(bin), vec![a, safe_b], t);
        let special = if op == Token::Quo {
            let z = self.iconst(t, 0);
            self.push1(Op::Binary(BinOp::Sub), vec![z, a], t)
        } else {
            self.iconst(t, 0)
        };
        let r = self.push1(Op::Select, vec![is_m1, special, r], t);
        self.normalize(r, ty)
    }

    /// Shifts: counts at or beyond the width give 0 (or the sign for `>>`
    /// of a signed value); a negative signed count panics.
    fn shift(&mut self, op: Token, x: ExprId, y: ExprId, ty: TypeId) -> Value {
        let a = self.expr(x)[0];
        let cnt = self.expr(y)[0];
        self.shift_values(op, a, cnt, ty, y)
    }

    /// `a << cnt` / `a >> cnt` for a value of type `ty`, the count being
    /// the value of expression `y`. Counts at or beyond the width give 0
    /// (or the sign for `>>` of a signed value); a negative signed count
    /// panics.
    pub fn shift_values(&mut self, op: Token, a: Value, cnt: Value, ty: TypeId, y: ExprId) -> Value {
        let yt = self.ty_of(y);
        let t = self.body.ty(a);
        let signed_cnt = self.lw.layout.is_signed(yt) && !self.lw.ck.types.is_untyped(yt);
        let mut c = self.widen_i64(cnt, signed_cnt);
        if signed_cnt && self.info.types.get(&y).and_then(|tv| tv.value).is_none() {
            let zero = self.iconst(Ty::I64, 0);
            let ok = self.push1(Op::Icmp(IntCC::SGe), vec![c, zero], Ty::I32);
            self.check(ok, y, "panicShift", vec![]);
        }
        let width = if t == Ty::I64 { 64 } else { 32 };
        let w = self.iconst(Ty::I64, width);
        let in_range = self.push1(Op::Icmp(IntCC::ULt), vec![c, w], Ty::I32);
        if t == Ty::I32 {
            c = self.push1(Op::Convert(ConvOp::Wrap), vec![c], Ty::I32);
        }
        let signed = self.lw.layout.is_signed(ty);
        let (bin, over) = match (op, signed) {
            (Token::Shl | Token::ShlAssign, _) => (BinOp::Shl, None),
            (_, true) => (BinOp::SShr, Some(width - 1)),
            (_, false) => (BinOp::UShr, None),
        };
        let r = self.push1(Op::Binary(bin), vec![a, c], t);
        let fallback = match over {
            Some(n) => {
                let n = self.iconst(t, n);
                self.push1(Op::Binary(BinOp::SShr), vec![a, n], t)
            }
            None => self.iconst(t, 0),
        };
        let r = self.push1(Op::Select, vec![in_range, r, fallback], t);
        self.normalize(r, ty)
    }

    /// Comparison of two values of type `t` as an `i32` 0/1.
    pub fn compare(&mut self, op: Token, a: &[Value], b: &[Value], t: TypeId, at: ExprId) -> Value {
        let ck = self.lw.ck;
        let regs = self.lw.layout.regs(t);
        if regs.mem || ck.types.is_interface(t) || ck.types.is_complex(t) {
            if ck.types.is_complex(t) {
                let re = self.push1(Op::Fcmp(FloatCC::Eq), vec![a[0], b[0]], Ty::I32);
                let im = self.push1(Op::Fcmp(FloatCC::Eq), vec![a[1], b[1]], Ty::I32);
                let eq = self.push1(Op::Binary(BinOp::And), vec![re, im], Ty::I32);
                return if op == Token::Eql { eq } else { self.push1(Op::Eqz, vec![eq], Ty::I32) };
            }
            let eq = op == Token::Eql;
            if ck.types.is_interface(t) {
                return self.iface_compare(eq, a, b, t, self.pos(at));
            }
            return self.mem_compare(eq, a[0], b[0], t, self.pos(at));
        }
        let rt = regs.tys[0];
        if rt.is_float() {
            let cc = match op {
                Token::Eql => FloatCC::Eq,
                Token::Neq => FloatCC::Ne,
                Token::Lss => FloatCC::Lt,
                Token::Leq => FloatCC::Le,
                Token::Gtr => FloatCC::Gt,
                _ => FloatCC::Ge,
            };
            return self.push1(Op::Fcmp(cc), vec![a[0], b[0]], Ty::I32);
        }
        let signed = self.lw.layout.is_signed(t);
        let cc = match (op, signed) {
            (Token::Eql, _) => IntCC::Eq,
            (Token::Neq, _) => IntCC::Ne,
            (Token::Lss, true) => IntCC::SLt,
            (Token::Leq, true) => IntCC::SLe,
            (Token::Gtr, true) => IntCC::SGt,
            (Token::Geq, true) => IntCC::SGe,
            (Token::Lss, false) => IntCC::ULt,
            (Token::Leq, false) => IntCC::ULe,
            (Token::Gtr, false) => IntCC::UGt,
            _ => IntCC::UGe,
        };
        self.push1(Op::Icmp(cc), vec![a[0], b[0]], Ty::I32)
    }

    fn string_binary(&mut self, op: Token, a: Vec<Value>, b: Vec<Value>, at: ExprId) -> Vec<Value> {
        let pos = self.pos(at);
        let args = vec![a[0], a[1], b[0], b[1]];
        if op == Token::Add {
            return self.runtime_call(pos, "concatstring2", args);
        }
        let c = self.runtime_call(pos, "cmpstring", args);
        let Some(&c) = c.first() else { return vec![self.iconst(Ty::I32, 0)] };
        let zero = self.iconst(Ty::I64, 0);
        let cc = match op {
            Token::Eql => IntCC::Eq,
            Token::Neq => IntCC::Ne,
            Token::Lss => IntCC::SLt,
            Token::Leq => IntCC::SLe,
            Token::Gtr => IntCC::SGt,
            _ => IntCC::SGe,
        };
        vec![self.push1(Op::Icmp(cc), vec![c, zero], Ty::I32)]
    }

    pub fn complex_binary(&mut self, op: Token, a: &[Value], b: &[Value], at: ExprId) -> Vec<Value> {
        let t = self.body.ty(a[0]);
        let f = |s: &mut Self, o, x, y| s.push1(Op::Binary(o), vec![x, y], t);
        match op {
            Token::Add => vec![f(self, BinOp::FAdd, a[0], b[0]), f(self, BinOp::FAdd, a[1], b[1])],
            Token::Sub => vec![f(self, BinOp::FSub, a[0], b[0]), f(self, BinOp::FSub, a[1], b[1])],
            Token::Mul => {
                let ac = f(self, BinOp::FMul, a[0], b[0]);
                let bd = f(self, BinOp::FMul, a[1], b[1]);
                let ad = f(self, BinOp::FMul, a[0], b[1]);
                let bc = f(self, BinOp::FMul, a[1], b[0]);
                vec![f(self, BinOp::FSub, ac, bd), f(self, BinOp::FAdd, ad, bc)]
            }
            _ => {
                // In float64, as gc does for complex64 too, then rounded.
                let wide: Vec<Value> = a.iter().chain(b).map(|&v| self.float_resize(v, Ty::F64)).collect();
                let q = self.runtime_call(self.pos(at), "complex128div", wide);
                q.into_iter().map(|v| self.float_resize(v, t)).collect()
            }
        }
    }

    // ---- calls ----

    fn call_expr(&mut self, e: ExprId) -> Vec<Value> {
        let ast::Expr::Call { fun, args, ellipsis, .. } = *self.file.expr(e) else { unreachable!() };
        let args: Vec<ExprId> = self.file.exprs_of(args).to_vec();
        let fun_tv = self.info.types.get(&fun);
        match fun_tv.map(|tv| tv.mode) {
            Some(Mode::TypeExpr) => {
                let to = self.ty_of(e);
                return self.conversion(args[0], to);
            }
            Some(Mode::Builtin(b)) => return self.builtin(b, e, &args, ellipsis != ast::NO_POS),
            _ => {}
        }
        if let ast::Expr::Selector { x, sel } = *self.file.expr(self.unparen(fun))
            && self.lw.ck.types.is_interface(self.ty_of(x))
            && let Some(m) = self.info.uses.get(&sel)
            && matches!(self.lw.ck.objs.get(m).kind, ObjKind::Func { .. })
        {
            return self.iface_call(x, m, &args, ellipsis != ast::NO_POS, e);
        }
        if let Some(r) = self.promoted_iface_call(fun, &args, ellipsis != ast::NO_POS, e) {
            return r;
        }
        if self.is_escape_intrinsic(fun) {
            // internal/abi.EscapeNonString[T]: gc's intrinsic (its Go body
            // panics) only forces a value to the heap, which wago's values
            // whose address escapes already are.
            for &a in &args {
                self.expr(a);
            }
            return vec![];
        }
        let callee = self.static_callee_of(fun);
        let Some((obj, recv, f)) = callee else {
            let fn_ty = self.ty_of(fun);
            if self.lw.ck.types.signature(fn_ty).is_none() {
                return self.unsupported(e);
            }
            let fv = self.expr(fun)[0];
            let sig = self.lw.ck.types.signature(fn_ty).expect("checked").clone();
            let ck = self.lw.ck;
            let params: Vec<TypeId> = ck.types.tuple_vars(sig.params).iter().map(|&p| ck.objs.get(p).ty).collect();
            let vals = self.call_args_for(&args, &params, sig.variadic && ellipsis == ast::NO_POS, e);
            return self.call_value(fv, fn_ty, vals, fun);
        };
        if let Some(op) = self.lw.std_intrinsic(obj) {
            return self.std_intrinsic_call(op, obj, &args, e);
        }
        let Some(f) = f else {
            if let Some(op) = crate::func::intrinsic(self.lw.ck.obj_name(obj), self.lw) {
                let mut vals: Vec<Value> = args.iter().flat_map(|&a| self.expr(a)).collect();
                if let Op::CallIndirect(_) = op {
                    // The closure object's code index, then the object.
                    let idx = self.push1(Op::Load { kind: wago_ir::MemKind::Full, offset: 0 }, vec![vals[0]], Ty::I32);
                    vals.insert(0, idx);
                }
                let tys = self.lw.layout.regs(self.ty_of(e)).tys;
                return self.push(op, vals, &tys);
            }
            self.error(self.pos(e), "wago: this call's function is missing (internal error)");
            // The result's registers keep the rest of the lowering going.
            let tys = self.lw.layout.regs(self.ty_of(e)).tys;
            return self.zeros(&tys);
        };
        let ck = self.lw.ck;
        let sig = ck.types.signature(self.callee_sig(fun, obj)).expect("callee signature").clone();
        let mut vals = Vec::new();
        if let Some(r) = recv {
            vals.extend(self.receiver_value(r, obj));
        }
        let params: Vec<TypeId> = ck.types.tuple_vars(sig.params).iter().map(|&p| ck.objs.get(p).ty).collect();
        vals.extend(self.call_args_for(&args, &params, sig.variadic && ellipsis == ast::NO_POS, e));
        self.call(f, vals)
    }

    /// Arguments converted to the parameter types; a variadic tail is
    /// packed into a slice.
    pub fn call_args_for(&mut self, args: &[ExprId], params: &[TypeId], pack: bool, e: ExprId) -> Vec<Value> {
        let mut vals = Vec::new();
        if let [a] = *args
            && let Type::Tuple(vars) = self.lw.ck.types.get(self.ty_of(a))
        {
            // f(g()) with a multi-value g.
            let parts: Vec<TypeId> = vars.iter().map(|&v| self.lw.ck.objs.get(v).ty).collect();
            let all = self.expr(a);
            return if pack { self.pack_results(all, &parts, params, a) } else { all };
        }
        let fixed = if pack { params.len() - 1 } else { params.len() };
        for (i, &a) in args.iter().enumerate().take(fixed) {
            vals.extend(self.expr_to(a, params[i]));
        }
        if pack {
            let st = params[params.len() - 1];
            let rest = &args[fixed.min(args.len())..];
            vals.extend(self.make_slice_of(st, rest, e));
        }
        vals
    }

    /// The registers of `f(g())` for a variadic `f`: `g`'s results for the
    /// fixed parameters, then a fresh slice holding the others.
    fn pack_results(&mut self, all: Vec<Value>, parts: &[TypeId], params: &[TypeId], call: ExprId) -> Vec<Value> {
        let fixed = params.len() - 1;
        let mut at = 0;
        let mut vals = Vec::new();
        for &t in &parts[..fixed.min(parts.len())] {
            let n = self.lw.layout.regs(t).tys.len();
            vals.extend_from_slice(&all[at..at + n]);
            at += n;
        }
        let st = params[fixed];
        let et = self.slice_elem(st);
        let rest = parts.len().saturating_sub(fixed);
        if rest == 0 {
            vals.extend(self.zeros(&[Ty::Ptr, Ty::I32, Ty::I32]));
            return vals;
        }
        let size = self.lw.layout.size(et);
        let p = self.alloc_array(et, rest as i64);
        for (i, &t) in parts[fixed..].iter().enumerate() {
            let n = self.lw.layout.regs(t).tys.len();
            let v = self.implicit(all[at..at + n].to_vec(), t, et, call);
            self.store_value(p, size * i as u32, et, &v);
            at += n;
        }
        let len = self.iconst(Ty::I32, rest as i64);
        vals.extend([p, len, len]);
        vals
    }

    /// The Go signature of calling `obj` as `fun`: the function's own, or
    /// for a generic function or method, the instance's (as the checker
    /// recorded it for `fun`, substituted).
    pub fn callee_sig(&self, fun: ExprId, obj: wago_types::ObjId) -> TypeId {
        if self.lw.funcs.contains_key(&obj) { self.lw.ck.objs.get(obj).ty } else { self.ty_of(fun) }
    }

    /// The statically known function of a call: a function name or a
    /// method selected on a value (with its receiver expression), and its
    /// IR function (`None` for intrinsics). A method named through a type
    /// parameter's constraint is the concrete type's; a generic function
    /// or method is the instance's.
    pub fn static_callee_of(
        &mut self,
        fun: ExprId,
    ) -> Option<(wago_types::ObjId, Option<ExprId>, Option<wago_ir::FuncId>)> {
        let ck = self.lw.ck;
        match *self.file.expr(fun) {
            ast::Expr::Paren { x, .. } => self.static_callee_of(x),
            ast::Expr::Index { x, .. } | ast::Expr::IndexList { x, .. } => {
                let f = self.generic_func_ref(fun)?;
                let (o, _, _) = self.static_callee_of(x)?;
                Some((o, None, Some(f)))
            }
            ast::Expr::Ident { .. } => {
                let o = self.info.uses.get(&fun)?;
                matches!(ck.objs.get(o).kind, ObjKind::Func { .. }).then(|| (o, None, self.func_obj(fun)))
            }
            ast::Expr::Selector { x, sel } => {
                let o = self.info.uses.get(&sel)?;
                if !matches!(ck.objs.get(o).kind, ObjKind::Func { .. }) {
                    return None;
                }
                let is_pkg =
                    self.info.uses.get(&x).is_some_and(|p| matches!(ck.objs.get(p).kind, ObjKind::PkgName { .. }));
                if is_pkg {
                    return Some((o, None, self.func_obj(sel)));
                }
                let xt = self.ty_of(x);
                if ck.types.is_interface(xt) || self.info.types.get(&x).is_some_and(|tv| tv.mode == Mode::TypeExpr) {
                    return None;
                }
                let (m, _) = crate::generic::resolve_method(ck, xt, o)?;
                Some((m, Some(x), self.lw.method_func(m, xt)))
            }
            _ => None,
        }
    }

    /// A method receiver: auto-address (`v.M()` with pointer receiver) or
    /// auto-dereference (`p.M()` with value receiver), through embedded
    /// fields.
    pub fn receiver_value(&mut self, x: ExprId, method: wago_types::ObjId) -> Vec<Value> {
        let ck = self.lw.ck;
        let Some(rt) = ck.types.signature(ck.objs.get(method).ty).and_then(|s| s.recv).map(|r| ck.objs.get(r).ty)
        else {
            return vec![];
        };
        let xt = self.ty_of(x);
        let m = ck.objs.get(method);
        let path = match ck.lookup_field_or_method(xt, true, m.pkg, m.name) {
            wago_types::lookup::Lookup::Method { index, .. } => index,
            _ => vec![],
        };
        let want_ptr = ck.deref(rt).1;
        if path.len() > 1 {
            // A method promoted through embedded fields.
            let Place::Mem(addr, off, ft) = self.field_path(x, &path[..path.len() - 1], x) else { return vec![] };
            let (base, is_ptr) = ck.deref(ft);
            return match (want_ptr, is_ptr) {
                (true, false) => vec![self.offset(addr, off)],
                (false, true) => {
                    let p = self.load_value(addr, off, ft)[0];
                    self.nil_check(p, x);
                    self.load_value(p, 0, base)
                }
                _ => self.load_value(addr, off, ft),
            };
        }
        let have_ptr = ck.deref(xt).1;
        match (want_ptr, have_ptr) {
            (true, false) => vec![self.address(x)],
            (false, true) => {
                let p = self.expr(x)[0];
                self.nil_check(p, x);
                let (base, _) = ck.deref(xt);
                self.load_value(p, 0, base)
            }
            _ => self.expr(x),
        }
    }

    // ---- builtins ----

    fn builtin(&mut self, b: Builtin, e: ExprId, args: &[ExprId], spread: bool) -> Vec<Value> {
        let pos = self.pos(e);
        match b {
            Builtin::Print | Builtin::Println => {
                // All operands are evaluated before anything is printed.
                let vals: Vec<(TypeId, Vec<Value>)> = match args {
                    // `println(f())`: each of f's results.
                    [a] if matches!(self.lw.ck.types.get(self.ty_of(*a)), Type::Tuple(_)) => {
                        let ck = self.lw.ck;
                        let tys: Vec<TypeId> =
                            ck.types.tuple_vars(self.ty_of(*a)).iter().map(|&v| ck.objs.get(v).ty).collect();
                        let parts = self.values_for(&[*a], &tys);
                        tys.into_iter().zip(parts).collect()
                    }
                    _ => args.iter().map(|&a| (self.print_type(a), self.expr(a))).collect(),
                };
                for (i, (t, v)) in vals.into_iter().enumerate() {
                    if i > 0 && b == Builtin::Println {
                        self.runtime_call(pos, "printsp", vec![]);
                    }
                    self.print_values(t, v, pos);
                }
                if b == Builtin::Println {
                    self.runtime_call(pos, "printnl", vec![]);
                }
                vec![]
            }
            Builtin::Len | Builtin::Cap => {
                let xt = self.ty_of(args[0]);
                let (under, _) = self.lw.ck.deref(xt);
                if let Type::Array { len, .. } = self.lw.layout.under(under) {
                    let n = len.unwrap_or(0) as i64;
                    if self.lw.ck.deref(xt).1 {
                        self.expr(args[0]);
                    }
                    return vec![self.iconst(Ty::I64, n)];
                }
                if self.is_map(xt) {
                    return self.map_len(args[0]);
                }
                let v = self.expr(args[0]);
                let idx = if b == Builtin::Cap { 2 } else { 1 };
                match v.get(idx) {
                    Some(&n) => vec![self.widen_i64(n, false)],
                    None => {
                        self.error(pos, "wago: len/cap of maps and channels is not supported yet");
                        vec![self.iconst(Ty::I64, 0)]
                    }
                }
            }
            Builtin::New => {
                let t = self.ty_of(e);
                let (elem, _) = self.lw.ck.deref(t);
                vec![self.alloc(elem)]
            }
            Builtin::Make => self.make(e, args),
            Builtin::Append => self.append(e, args, spread),
            Builtin::Copy => {
                let dst = self.expr(args[0]);
                let src = self.expr(args[1]);
                let et = self.slice_elem(self.ty_of(args[0]));
                let size = self.lw.layout.size(et) as i64;
                let sz = self.iconst(Ty::I32, size);
                self.runtime_call(pos, "slicecopy", vec![dst[0], dst[1], src[0], src[1], sz])
            }
            Builtin::StringData | Builtin::SliceData => vec![self.expr(args[0])[0]],
            Builtin::String | Builtin::Slice => {
                let p = self.expr(args[0])[0];
                let n = self.expr(args[1])[0];
                let n = self.narrow_i32(n);
                if b == Builtin::String { vec![p, n] } else { vec![p, n, n] }
            }
            Builtin::Add => {
                let p = self.expr(args[0])[0];
                let n = self.expr(args[1])[0];
                let n = self.narrow_i32(n);
                vec![self.push1(Op::Binary(BinOp::Add), vec![p, n], Ty::Ptr)]
            }
            // Constants unless the operand's type depends on a type
            // parameter: then the instance's layout answers. The operand
            // is not evaluated.
            Builtin::Sizeof | Builtin::Alignof => {
                let t = self.ty_of(args[0]);
                let n = if b == Builtin::Sizeof { self.lw.layout.size(t) } else { self.lw.layout.align(t) };
                vec![self.iconst(Ty::I32, n as i64)]
            }
            Builtin::Offsetof => {
                let off = self.field_offset_of(args[0]);
                vec![self.iconst(Ty::I32, off as i64)]
            }
            Builtin::Delete => {
                self.map_delete(args);
                vec![]
            }
            Builtin::Clear if self.is_map(self.ty_of(args[0])) => {
                self.map_clear(args[0]);
                vec![]
            }
            Builtin::Clear => {
                self.slice_clear(args[0]);
                vec![]
            }
            Builtin::Panic => {
                self.panic_value(args[0]);
                vec![]
            }
            Builtin::Recover => self.recover_call(pos),
            Builtin::Real | Builtin::Imag => {
                let v = self.expr(args[0]);
                vec![v[if b == Builtin::Real { 0 } else { 1 }]]
            }
            Builtin::Complex => {
                let t = self.ty_of(e);
                let part = if self.lw.layout.basic(t) == Some(BasicKind::Complex64) {
                    BasicKind::Float32.ty()
                } else {
                    BasicKind::Float64.ty()
                };
                let re = self.expr_to(args[0], part)[0];
                let im = self.expr_to(args[1], part)[0];
                vec![re, im]
            }
            Builtin::Min | Builtin::Max => {
                let t = self.ty_of(e);
                let mut acc = self.expr_to(args[0], t);
                for &a in &args[1..] {
                    let v = self.expr_to(a, t);
                    acc = vec![self.min_max(b == Builtin::Min, acc[0], v[0], t)];
                }
                acc
            }
            _ => {
                self.error(pos, format!("wago: builtin {} is not supported yet", b.name()));
                let tys = self.lw.layout.regs(self.ty_of(e)).tys;
                self.zeros(&tys)
            }
        }
    }

    /// `clear(s)` of a slice: its `len(s)` elements become zero values.
    fn slice_clear(&mut self, x: ExprId) {
        let t = self.ty_of(x);
        let Type::Slice(elem) = *self.lw.layout.under(t) else { return };
        let s = self.expr(x);
        let size = self.iconst(Ty::I32, self.lw.layout.size(elem) as i64);
        let n = self.push1(Op::Binary(BinOp::Mul), vec![s[1], size], Ty::I32);
        let zero = self.iconst(Ty::I32, 0);
        self.push(Op::MemFill, vec![s[0], zero, n], &[]);
    }

    /// `unsafe.Offsetof(x.f)`: the offset of field `f` in the struct `x`
    /// denotes, through embedded fields (never through pointers).
    fn field_offset_of(&mut self, e: ExprId) -> u32 {
        let ck = self.lw.ck;
        let ast::Expr::Selector { x, sel } = *self.file.expr(ast_unparen(self.file, e)) else { return 0 };
        let Some(field) = self.info.uses.get(&sel) else { return 0 };
        let f = ck.objs.get(field);
        let wago_types::lookup::Lookup::Field { index, .. } =
            ck.lookup_field_or_method(self.ty_of(x), false, f.pkg, f.name)
        else {
            return 0;
        };
        let (mut t, mut off) = (self.ty_of(x), 0);
        for i in index {
            let Type::Struct(st) = self.lw.layout.under(t) else { return off };
            off += self.lw.layout.field_offsets(t)[i];
            t = ck.objs.get(st.fields[i]).ty;
        }
        off
    }

    /// `panic(v)`: `v` as an `any`, to `runtime.gopanic`.
    fn panic_value(&mut self, arg: ExprId) {
        let any = self.lw.ck.universe.any;
        let v = self.expr_to(arg, any);
        self.call_panicking(self.pos(arg), "gopanic", v);
    }

    fn min_max(&mut self, min: bool, a: Value, b: Value, t: TypeId) -> Value {
        let rt = self.body.ty(a);
        if rt.is_float() {
            let op = if min { BinOp::FMin } else { BinOp::FMax };
            return self.push1(Op::Binary(op), vec![a, b], rt);
        }
        let signed = self.lw.layout.is_signed(t);
        let cc = match (min, signed) {
            (true, true) => IntCC::SLt,
            (true, false) => IntCC::ULt,
            (false, true) => IntCC::SGt,
            (false, false) => IntCC::UGt,
        };
        let c = self.push1(Op::Icmp(cc), vec![a, b], Ty::I32);
        self.push1(Op::Select, vec![c, a, b], rt)
    }

    /// The type `print` sees for an argument (untyped constants defaulted).
    pub fn print_type(&self, a: ExprId) -> TypeId {
        let ck = self.lw.ck;
        let t = self.ty_of(a);
        if ck.types.is_untyped(t) { ck.types.default_type(t) } else { t }
    }

    /// Prints a value of type `t` as `print` does.
    pub fn print_values(&mut self, t: TypeId, v: Vec<Value>, pos: Pos) {
        use BasicKind::*;
        let (f, args) = match self.lw.layout.under(t) {
            Type::Basic(k) => match k {
                Bool => ("printbool", v),
                Int | Int8 | Int16 | Int32 | Int64 => ("printint", vec![self.widen_i64(v[0], true)]),
                Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr => ("printuint", vec![self.widen_i64(v[0], false)]),
                Float32 => ("printfloat32", v),
                Float64 => ("printfloat", v),
                Complex64 => ("printcomplex64", v),
                Complex128 => ("printcomplex", v),
                String => ("printstring", v),
                _ => ("printpointer", v),
            },
            Type::Slice(_) => ("printslice", v),
            Type::Interface(_) => ("printeface", v),
            Type::Struct(_) | Type::Array { .. } => {
                self.error(pos, "wago: illegal types for operand: print");
                return;
            }
            _ => ("printpointer", v),
        };
        self.runtime_call(pos, f, args);
    }

    fn slice_elem(&self, t: TypeId) -> TypeId {
        match self.lw.layout.under(t) {
            Type::Slice(e) => *e,
            Type::Basic(_) => BasicKind::Uint8.ty(),
            _ => wago_types::types::INVALID,
        }
    }

    fn make(&mut self, e: ExprId, args: &[ExprId]) -> Vec<Value> {
        let t = self.ty_of(e);
        let pos = self.pos(e);
        if self.is_map(t) {
            return self.make_map(e, args);
        }
        let Type::Slice(et) = *self.lw.layout.under(t) else {
            self.error(pos, "wago: make of channels is not supported yet");
            return self.zero_value(t);
        };
        let len = match args.get(1) {
            Some(&a) => self.index_value(a),
            None => self.iconst(Ty::I64, 0),
        };
        let cap = match args.get(2) {
            Some(&a) => self.index_value(a),
            None => len,
        };
        let size = self.lw.layout.size(et) as i64;
        let sz = self.iconst(Ty::I32, size);
        let shape = self.gc_shape(et);
        self.runtime_call(pos, "makeslice", vec![len, cap, sz, shape])
    }

    fn append(&mut self, e: ExprId, args: &[ExprId], spread: bool) -> Vec<Value> {
        let pos = self.pos(e);
        let st = self.ty_of(e);
        let et = self.slice_elem(st);
        let s = self.expr_to(args[0], st);
        let size = self.lw.layout.size(et) as i64;
        let extra = if spread {
            let from = self.ty_of(args[1]);
            let v = if self.lw.ck.types.is_string(from) { self.expr(args[1]) } else { self.expr_to(args[1], st) };
            vec![v[0], v[1]]
        } else {
            if args.len() == 1 {
                return s;
            }
            let v = self.make_slice_of(st, &args[1..], e);
            vec![v[0], v[1]]
        };
        let sz = self.iconst(Ty::I32, size);
        let shape = self.gc_shape(et);
        self.runtime_call(pos, "growslice", vec![s[0], s[1], s[2], extra[0], extra[1], sz, shape])
    }

    /// A fresh slice of type `st` holding the values of `elems`.
    fn make_slice_of(&mut self, st: TypeId, elems: &[ExprId], _e: ExprId) -> Vec<Value> {
        let et = self.slice_elem(st);
        let size = self.lw.layout.size(et);
        let n = elems.len() as i64;
        if n == 0 {
            return self.zeros(&[Ty::Ptr, Ty::I32, Ty::I32]);
        }
        let p = self.alloc_array(et, n);
        for (i, &x) in elems.iter().enumerate() {
            let v = self.expr_to(x, et);
            self.store_value(p, size * i as u32, et, &v);
        }
        let len = self.iconst(Ty::I32, n);
        vec![p, len, len]
    }

    // ---- conversions ----

    fn conversion(&mut self, x: ExprId, to: TypeId) -> Vec<Value> {
        let ck = self.lw.ck;
        // `T(nil)`: the operand's recorded type may be untyped nil, whose
        // registers are not `T`'s.
        if self.info.types.get(&x).is_some_and(|tv| tv.mode == Mode::Nil) {
            return self.zero_value(to);
        }
        let from = self.ty_of(x);
        let v = self.expr(x);
        let from = if ck.types.is_untyped(from) { ck.types.default_type(from) } else { from };
        let (fu, tu) = (self.lw.layout.under(from), self.lw.layout.under(to));
        match (fu, tu) {
            (Type::Basic(fk), Type::Basic(tk)) => self.basic_conversion(v, from, to, *fk, *tk, x),
            (Type::Slice(_), Type::Basic(BasicKind::String)) => {
                let f = if self.lw.layout.size(self.slice_elem(from)) == 1 {
                    "slicebytetostring"
                } else {
                    "slicerunetostring"
                };
                self.runtime_call(self.pos(x), f, vec![v[0], v[1]])
            }
            (Type::Basic(BasicKind::String), Type::Slice(e)) => {
                let f = if self.lw.layout.size(*e) == 1 { "stringtoslicebyte" } else { "stringtoslicerune" };
                self.runtime_call(self.pos(x), f, v)
            }
            (Type::Slice(_), Type::Array { len, .. }) => {
                let n = len.unwrap_or(0);
                self.slice_len_at_least(v[1], n, x);
                // A copy: the array value must not alias the slice's elements.
                let cell = self.alloc(to);
                self.store_value(cell, 0, to, &[v[0]]);
                vec![cell]
            }
            (Type::Slice(_), Type::Pointer(elem)) => {
                if let Type::Array { len, .. } = self.lw.layout.under(*elem) {
                    self.slice_len_at_least(v[1], len.unwrap_or(0), x);
                }
                vec![v[0]]
            }
            _ => self.implicit(v, from, to, x),
        }
    }

    /// The check of a slice-to-array conversion: `len >= n` or a panic.
    fn slice_len_at_least(&mut self, len: Value, n: u64, x: ExprId) {
        let want = self.iconst(Ty::I32, n as i64);
        let ok = self.push1(Op::Icmp(IntCC::UGe), vec![len, want], Ty::I32);
        let got = self.widen_i64(len, false);
        let want = self.iconst(Ty::I64, n as i64);
        self.check(ok, x, "panicSliceConvert", vec![got, want]);
    }

    fn basic_conversion(
        &mut self,
        v: Vec<Value>,
        from: TypeId,
        to: TypeId,
        fk: BasicKind,
        tk: BasicKind,
        x: ExprId,
    ) -> Vec<Value> {
        let ck = self.lw.ck;
        let lay = &self.lw.layout;
        let to_regs = lay.regs(to).tys;
        if ck.types.is_string(to) {
            if ck.types.is_string(from) {
                return v;
            }
            if ck.types.is_integer(from) {
                let r = self.widen_i64(v[0], lay.is_signed(from));
                return self.runtime_call(self.pos(x), "intstring", vec![r]);
            }
        }
        if fk == BasicKind::UnsafePointer || tk == BasicKind::UnsafePointer {
            let src = v[0];
            let want = to_regs[0];
            return vec![self.int_resize(src, want, false)];
        }
        if ck.types.is_complex(to) {
            let t = to_regs[0];
            return v.iter().map(|&r| self.float_resize(r, t)).collect();
        }
        let src = v[0];
        let st = self.body.ty(src);
        let dt = to_regs[0];
        let signed_from = lay.is_signed(from);
        let r = match (st.is_float(), dt.is_float()) {
            (true, true) => self.float_resize(src, dt),
            (false, true) => {
                let src = self.widen_i64(src, signed_from);
                let op = if signed_from { ConvOp::SToF } else { ConvOp::UToF };
                self.push1(Op::Convert(op), vec![src], dt)
            }
            (true, false) => {
                let op = if lay.is_signed(to) { ConvOp::FToS } else { ConvOp::FToU };
                let wide = self.push1(Op::Convert(op), vec![src], Ty::I64);
                let narrow = self.int_resize(wide, dt, true);
                self.normalize(narrow, to)
            }
            (false, false) => {
                let r = self.int_resize(src, dt, signed_from);
                self.normalize(r, to)
            }
        };
        vec![r]
    }

    /// Between i32/ptr and i64 registers.
    fn int_resize(&mut self, v: Value, to: Ty, signed: bool) -> Value {
        let from = self.body.ty(v);
        match (from, to) {
            (a, b) if a == b => v,
            (Ty::I64, _) => self.push1(Op::Convert(ConvOp::Wrap), vec![v], to),
            (_, Ty::I64) => self.push1(Op::Convert(if signed { ConvOp::SExt } else { ConvOp::UExt }), vec![v], to),
            _ => self.push1(Op::Convert(ConvOp::Bitcast), vec![v], to),
        }
    }

    fn float_resize(&mut self, v: Value, to: Ty) -> Value {
        match (self.body.ty(v), to) {
            (Ty::F32, Ty::F64) => self.push1(Op::Convert(ConvOp::FPromote), vec![v], to),
            (Ty::F64, Ty::F32) => self.push1(Op::Convert(ConvOp::FDemote), vec![v], to),
            _ => v,
        }
    }

    // ---- slices and composite literals ----

    fn slice_expr(&mut self, e: ExprId, s: ast::SliceExpr) -> Vec<Value> {
        let ck = self.lw.ck;
        let xt = self.ty_of(s.x);
        let (under, is_ptr) = ck.deref(xt);
        let (base, len, cap, is_string) = match self.lw.layout.under(under) {
            Type::Basic(_) => {
                let v = self.expr(s.x);
                (v[0], v[1], v[1], true)
            }
            Type::Slice(_) => {
                let v = self.expr(s.x);
                (v[0], v[1], v[2], false)
            }
            Type::Array { len, .. } => {
                let addr = if is_ptr { self.expr(s.x)[0] } else { self.address(s.x) };
                let n = self.iconst(Ty::I32, len.unwrap_or(0) as i64);
                (addr, n, n, false)
            }
            _ => return self.unsupported(e),
        };
        let et = if is_string { BasicKind::Uint8.ty() } else { self.slice_elem_of(under) };
        let low = match s.low {
            Some(l) => self.index_value(l),
            None => self.iconst(Ty::I64, 0),
        };
        let high = match s.high {
            Some(h) => self.index_value(h),
            None => self.widen_i64(len, false),
        };
        let max = match s.max {
            Some(m) => self.index_value(m),
            None => self.widen_i64(cap, false),
        };
        let cap64 = self.widen_i64(cap, false);
        // gc's order of checks and messages: the top bound against the
        // capacity (the length for strings and arrays), then each bound
        // against the next.
        let by_len = is_string || matches!(self.lw.layout.under(under), Type::Array { .. });
        let ule = |s: &mut Self, a, b| s.push1(Op::Icmp(IntCC::ULe), vec![a, b], Ty::I32);
        if s.slice3 {
            let ok = ule(self, max, cap64);
            self.bounds_fail_unless(ok, e, if by_len { BOUNDS_SLICE3_ALEN } else { BOUNDS_SLICE3_ACAP }, max, cap64);
            let ok = ule(self, high, max);
            self.bounds_fail_unless(ok, e, BOUNDS_SLICE3_B, high, max);
            let ok = ule(self, low, high);
            self.bounds_fail_unless(ok, e, BOUNDS_SLICE3_C, low, high);
        } else {
            if s.high.is_some() {
                let ok = ule(self, high, cap64);
                self.bounds_fail_unless(ok, e, if by_len { BOUNDS_SLICE_ALEN } else { BOUNDS_SLICE_ACAP }, high, cap64);
            }
            let ok = ule(self, low, high);
            self.bounds_fail_unless(ok, e, BOUNDS_SLICE_B, low, high);
        }
        let size = self.lw.layout.size(et) as i64;
        let low32 = self.narrow_i32(low);
        let sz = self.iconst(Ty::I32, size);
        let off = self.push1(Op::Binary(BinOp::Mul), vec![low32, sz], Ty::I32);
        let ptr = self.push1(Op::Binary(BinOp::Add), vec![base, off], Ty::Ptr);
        let high32 = self.narrow_i32(high);
        let max32 = self.narrow_i32(max);
        let new_len = self.push1(Op::Binary(BinOp::Sub), vec![high32, low32], Ty::I32);
        if is_string {
            return vec![ptr, new_len];
        }
        let new_cap = self.push1(Op::Binary(BinOp::Sub), vec![max32, low32], Ty::I32);
        vec![ptr, new_len, new_cap]
    }

    fn slice_elem_of(&self, t: TypeId) -> TypeId {
        match self.lw.layout.under(t) {
            Type::Slice(e) | Type::Array { elem: e, .. } => *e,
            _ => BasicKind::Uint8.ty(),
        }
    }

    /// A composite literal in a fresh cell; returns the cell's address.
    pub fn composite(&mut self, e: ExprId) -> Value {
        let ast::Expr::CompositeLit { elts, .. } = *self.file.expr(e) else { unreachable!() };
        let mut t = self.ty_of(e);
        let (base, is_ptr) = self.lw.ck.deref(t);
        if is_ptr {
            t = base;
        }
        let elts: Vec<ExprId> = self.file.exprs_of(elts).to_vec();
        match self.lw.layout.under(t).clone() {
            Type::Struct(st) => {
                let cell = self.alloc(t);
                let offsets = self.lw.layout.field_offsets(t);
                for (i, &el) in elts.iter().enumerate() {
                    let (fi, val) = match *self.file.expr(el) {
                        ast::Expr::KeyValue { key, value, .. } => {
                            let f = self.info.uses.get(&key);
                            // In an instance, the struct's fields are the
                            // substituted type's: match them by name.
                            let ck = self.lw.ck;
                            let named =
                                |x: wago_types::ObjId| f.is_some_and(|f| ck.objs.get(x).name == ck.objs.get(f).name);
                            let at = st
                                .fields
                                .iter()
                                .position(|&x| Some(x) == f)
                                .or_else(|| st.fields.iter().position(|&x| named(x)));
                            (at.unwrap_or(i), value)
                        }
                        _ => (i, el),
                    };
                    let ft = self.lw.ck.objs.get(st.fields[fi]).ty;
                    let v = self.elem_value(val, ft);
                    if fi >= 1 && self.lw.layout.header(t).is_some() {
                        self.store(Place::Word(cell, offsets[fi]), &v);
                    } else {
                        self.store_value(cell, offsets[fi], ft, &v);
                    }
                }
                cell
            }
            Type::Array { elem, .. } => {
                let cell = self.alloc(t);
                self.fill_elems(cell, elem, &elts);
                cell
            }
            Type::Slice(elem) => {
                let n = self.elems_len(&elts);
                let p = self.alloc_array(elem, n);
                self.fill_elems(p, elem, &elts);
                // The slice header lives in a cell so the literal is a memory
                // value to `expr`'s caller, which loads it.
                let cell = self.alloc(t);
                let len = self.iconst(Ty::I32, n);
                self.store_value(cell, 0, t, &[p, len, len]);
                cell
            }
            Type::Map { .. } => {
                // In a cell, like a slice literal's header.
                let m = self.map_literal(e);
                let cell = self.alloc(t);
                self.store_value(cell, 0, t, &[m]);
                cell
            }
            _ => {
                self.unsupported(e);
                self.iconst(Ty::Ptr, 0)
            }
        }
    }

    pub(crate) fn elem_value(&mut self, val: ExprId, t: TypeId) -> Vec<Value> {
        if let ast::Expr::CompositeLit { ty: None, .. } = self.file.expr(val) {
            let cell = self.composite(val);
            if self.lw.ck.deref(t).1 {
                return vec![cell]; // an elided `&T{...}`
            }
            return self.load_value(cell, 0, t);
        }
        self.expr_to(val, t)
    }

    /// The length of an array or slice literal (keys count).
    fn elems_len(&self, elts: &[ExprId]) -> i64 {
        let mut i = 0i64;
        let mut max = 0i64;
        for &el in elts {
            if let ast::Expr::KeyValue { key, .. } = *self.file.expr(el) {
                i = self.info.types.get(&key).and_then(|tv| tv.value).and_then(|v| v.to_i64()).unwrap_or(i);
            }
            i += 1;
            max = max.max(i);
        }
        max
    }

    fn fill_elems(&mut self, p: Value, elem: TypeId, elts: &[ExprId]) {
        let size = self.lw.layout.size(elem);
        let mut i = 0u32;
        for &el in elts {
            let val = match *self.file.expr(el) {
                ast::Expr::KeyValue { key, value, .. } => {
                    let k = self.info.types.get(&key).and_then(|tv| tv.value).and_then(|v| v.to_i64());
                    i = k.unwrap_or(i as i64) as u32;
                    value
                }
                _ => el,
            };
            let v = self.elem_value(val, elem);
            self.store_value(p, size * i, elem, &v);
            i += 1;
        }
    }
}

/// The low 64 bits of an integer constant (two's complement).
pub(crate) fn wrap_i64(i: &IBig) -> i64 {
    let m = IBig::from(1u8) << 64;
    let r = ((i % &m) + &m) % &m;
    u64::try_from(&r).map_or(0, |u| u as i64)
}

/// `e` without enclosing parentheses.
fn ast_unparen(file: &ast::File, mut e: ExprId) -> ExprId {
    while let ast::Expr::Paren { x, .. } = *file.expr(e) {
        e = x;
    }
    e
}
