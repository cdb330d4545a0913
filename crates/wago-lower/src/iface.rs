//! Interface values: conversions to them, method calls through them, type
//! assertions, type switches, and comparisons.
//!
//! An interface value is two `ptr` registers: its *type word* and its data
//! word. In an empty interface the type word is the dynamic type's
//! descriptor; in a non-empty one it is an itab (see `typedesc`), whose
//! second word is that descriptor. Nil is (0, 0). The data word holds a
//! pointer-shaped value itself (`TFLAG_DIRECT_IFACE`) and otherwise points at an
//! immutable copy of the value (its *box*). Address 4 is always zero (the
//! linker keeps the first bytes of memory empty), so loading an itab's
//! type from a nil type word yields nil without a branch.

use crate::func::FnLower;
use crate::typedesc::{ITAB_FUN, SetMethod};
use wago_ir::{FuncId, IntCC, MemKind, Op, Signature, Terminator, Ty, Value};
use wago_syntax::ast::{self, ExprId, Pos, StmtId};
use wago_types::check::Mode;
use wago_types::constant::Value as Const;
use wago_types::object::ObjKind;
use wago_types::types::Type;
use wago_types::{ObjId, TypeId};

impl FnLower<'_, '_, '_> {
    /// `e` without parentheses.
    pub(crate) fn unparen(&self, mut e: ExprId) -> ExprId {
        while let ast::Expr::Paren { x, .. } = *self.file.expr(e) {
            e = x;
        }
        e
    }

    /// The type a type assertion asserts.
    pub(crate) fn asserted_type(&self, e: ExprId) -> TypeId {
        match *self.file.expr(e) {
            ast::Expr::TypeAssert { ty: Some(te), .. } => self.ty_of(te),
            _ => wago_types::types::INVALID,
        }
    }

    pub(crate) fn is_empty_iface(&self, t: TypeId) -> bool {
        self.lw.ck.type_set(t).methods.is_empty()
    }

    /// Whether an interface holding a `t` keeps the value in its data word.
    pub(crate) fn is_direct(&self, t: TypeId) -> bool {
        let regs = self.lw.layout.regs(t);
        !regs.mem && regs.tys == [Ty::Ptr]
    }

    /// The dynamic type's descriptor of interface value `v` of type `t`.
    pub(crate) fn dyn_type(&mut self, v: &[Value], t: TypeId) -> Value {
        if self.is_empty_iface(t) {
            return v[0];
        }
        self.push1(Op::Load { kind: MemKind::Full, offset: 4 }, vec![v[0]], Ty::Ptr)
    }

    fn desc_addr(&mut self, d: wago_ir::DataId) -> Value {
        self.push1(Op::DataAddr(d, 0), vec![], Ty::Ptr)
    }

    /// Converts a value of type `from` to interface type `to` (`e`, when
    /// known, is the expression: constants get a static box).
    pub(crate) fn convert_to_iface(
        &mut self,
        vals: Vec<Value>,
        from: TypeId,
        to: TypeId,
        e: Option<ExprId>,
    ) -> Vec<Value> {
        let ck = self.lw.ck;
        if ck.types.is_interface(from) {
            return self.iface_to_iface(vals, from, to);
        }
        let data = if self.is_direct(from) {
            vals[0]
        } else {
            let constant = e.and_then(|e| self.info.types.get(&e)).and_then(|tv| tv.value);
            match constant.and_then(|c| self.static_box(c, from)) {
                Some(d) => self.desc_addr(d),
                None => {
                    let cell = self.alloc(from);
                    self.store_value(cell, 0, from, &vals);
                    cell
                }
            }
        };
        let tab = if self.is_empty_iface(to) { self.dynamic_type_desc(from) } else { self.itab(to, from) };
        let tab = self.desc_addr(tab);
        vec![tab, data]
    }

    fn iface_to_iface(&mut self, vals: Vec<Value>, from: TypeId, to: TypeId) -> Vec<Value> {
        if self.is_empty_iface(to) {
            let t = self.dyn_type(&vals, from);
            return vec![t, vals[1]];
        }
        let same = {
            let a: Vec<String> = self.lw.interface_methods(from).into_iter().map(|m| m.0).collect();
            let b: Vec<String> = self.lw.interface_methods(to).into_iter().map(|m| m.0).collect();
            a == b
        };
        if same {
            return vals; // the same method list: the itab serves both
        }
        let inter = self.lw.type_desc(to);
        let inter = self.desc_addr(inter);
        let t = self.dyn_type(&vals, from);
        let tab = self.runtime_call(ast::NO_POS, "convI2I", vec![inter, t]);
        vec![tab[0], vals[1]]
    }

    /// An interface value made of a constant (`var e error = myErr("x")`,
    /// `error(myErr("x"))`) as static data: its type word and its box;
    /// `None` when `e` is not such a constant.
    pub(crate) fn static_iface(&mut self, e: ExprId, to: TypeId) -> Option<(wago_ir::DataId, wago_ir::DataId)> {
        let mut e = self.unparen(e);
        // Through explicit conversions to interface types.
        while let ast::Expr::Call { fun, args, .. } = *self.file.expr(e)
            && self.info.types.get(&fun).is_some_and(|tv| tv.mode == Mode::TypeExpr)
            && self.lw.ck.types.is_interface(self.ty_of(fun))
            && let [arg] = self.file.exprs_of(args)
        {
            e = self.unparen(*arg);
        }
        let from = self.ty_of(e);
        let c = self.info.types.get(&e).and_then(|tv| tv.value)?;
        if self.lw.ck.types.is_interface(from) || self.lw.ck.types.is_untyped(from) || self.is_direct(from) {
            return None;
        }
        let bx = self.static_box(c, from)?;
        let tab = if self.is_empty_iface(to) { self.dynamic_type_desc(from) } else { self.itab(to, from) };
        Some((tab, bx))
    }

    /// A constant's box as static data, for strings and numbers.
    fn static_box(&mut self, c: &Const, t: TypeId) -> Option<wago_ir::DataId> {
        let (init, relocs) = self.lw.const_bytes(c, t)?;
        let n = self.lw.module.data.len();
        let size = self.lw.layout.size(t);
        Some(self.lw.module.data.push(wago_ir::Data {
            name: format!("go:box.{n}"),
            align: self.lw.layout.align(t).max(1),
            size,
            init,
            relocs,
        }))
    }

    /// Interface `it`'s own object for method `m` (selected on a value of
    /// it): its signature is substituted when `it` is an instance.
    pub(crate) fn iface_own_method(&self, it: TypeId, m: ObjId) -> ObjId {
        let key = self.lw.method_key(m);
        self.lw.interface_methods(it).into_iter().find(|(k, _)| *k == key).map_or(m, |(_, own)| own)
    }

    /// The IR signature of a method of Go signature `sig_ty` called
    /// through an interface: the data word, then the parameters.
    pub(crate) fn iface_method_sig(&self, sig_ty: TypeId) -> Signature {
        let ck = self.lw.ck;
        let sig = ck.types.signature(sig_ty).expect("a method signature");
        let mut params = vec![Ty::Ptr];
        params.extend(self.lw.layout.regs(sig.params).tys);
        Signature { params, results: self.lw.layout.regs(sig.results).tys }
    }

    /// Calls method `m` on interface value `iv` of type `it`.
    pub(crate) fn iface_call_values(
        &mut self,
        iv: &[Value],
        it: TypeId,
        m: ObjId,
        args: Vec<Value>,
        pos: Pos,
    ) -> Vec<Value> {
        let key = self.lw.method_key(m);
        let index = self.lw.interface_methods(it).iter().position(|(k, _)| *k == key).unwrap_or(0);
        let m = self.iface_own_method(it, m);
        self.nil_check_at(iv[0], pos);
        let offset = ITAB_FUN + 4 * index as u32;
        let idx = self.push1(Op::Load { kind: MemKind::Full, offset }, vec![iv[0]], Ty::I32);
        let sig = self.iface_method_sig(self.lw.ck.objs.get(m).ty);
        let results = sig.results.clone();
        let mut all = vec![idx, iv[1]];
        all.extend(args);
        let r = self.push(Op::CallIndirect(sig), all, &results);
        self.panic_check();
        r
    }

    /// `x.M(args)` with `x` of interface type.
    pub(crate) fn iface_call(&mut self, x: ExprId, m: ObjId, args: &[ExprId], spread: bool, e: ExprId) -> Vec<Value> {
        let ck = self.lw.ck;
        let it = self.ty_of(x);
        let iv = self.expr(x);
        let own = self.iface_own_method(it, m);
        let sig = ck.types.signature(ck.objs.get(own).ty).expect("a method signature").clone();
        let params: Vec<TypeId> = ck.types.tuple_vars(sig.params).iter().map(|&p| ck.objs.get(p).ty).collect();
        let vals = self.call_args_for(args, &params, sig.variadic && !spread, e);
        self.iface_call_values(&iv, it, m, vals, self.pos(e))
    }

    /// A method value `x.M` of an interface value: the value is saved in a
    /// closure object whose code calls through it.
    pub(crate) fn iface_method_value(&mut self, x: ExprId, m: ObjId, at: ExprId) -> Vec<Value> {
        let it = self.ty_of(x);
        let iv = self.expr(x);
        self.iface_method_value_of(iv, it, m, at)
    }

    /// As [`Self::iface_method_value`], for the interface value `iv` of
    /// type `it` (an embedded interface field's, for a promoted method).
    pub(crate) fn iface_method_value_of(&mut self, iv: Vec<Value>, it: TypeId, m: ObjId, at: ExprId) -> Vec<Value> {
        // gc evaluates the method's itab entry now: a nil interface panics here.
        self.nil_check(iv[0], at);
        let code = self.iface_bound_code(it, m);
        let obj = self.alloc_bytes(16);
        let idx = self.push1(Op::FuncAddr(code), vec![], Ty::I32);
        self.push(Op::Store { kind: MemKind::Full, offset: 0 }, vec![obj, idx], &[]);
        self.store_value(obj, 8, it, &iv);
        vec![obj]
    }

    /// The code of bound interface method values: loads the interface
    /// value from the closure object and calls method `m` through it.
    fn iface_bound_code(&mut self, it: TypeId, m: ObjId) -> FuncId {
        let name = format!("{}.{}-fm", self.lw.type_name(it), self.lw.method_key(m));
        if let Some(existing) = self.lw.module.func_by_name(&name) {
            return existing;
        }
        let m = self.iface_own_method(it, m);
        let sig = self.iface_method_sig(self.lw.ck.objs.get(m).ty); // (closure, params) → results
        let (mut w, params) = self.wrapper_func(name, sig);
        let id = w.func_id;
        let iv = w.load_value(params[0], 8, it);
        let rets = w.iface_call_values(&iv, it, m, params[1..].to_vec(), ast::NO_POS);
        w.terminate(Terminator::Return(rets));
        let body = w.finish();
        self.lw.module.funcs[id].kind = wago_ir::FuncKind::Body(body);
        id
    }

    /// Lowers the wrapper through which interfaces call method `m` of `t`.
    pub(crate) fn lower_iface_wrapper(&mut self, t: TypeId, m: &SetMethod) -> FuncId {
        let sig = self.iface_method_sig(m.sig);
        let name = format!("{}.{}·i", self.lw.type_name(t), m.key);
        let (mut w, params) = self.wrapper_func(name, sig.clone());
        let id = w.func_id;
        let ck = w.lw.ck;
        let recv_ty = ck.types.signature(ck.objs.get(m.obj).ty).and_then(|s| s.recv).map(|r| ck.objs.get(r).ty);
        let fields = &m.path[..m.path.len().saturating_sub(1)];
        let rets = match recv_ty {
            Some(rt) if ck.types.is_interface(rt) => {
                // Promoted from an embedded interface: call through it.
                let (iv, it) = w.recv_from_data(params[0], t, fields, false);
                w.iface_call_values(&iv, it, m.obj, params[1..].to_vec(), ast::NO_POS)
            }
            _ => {
                let want_ptr = matches!(ck.objs.get(m.obj).kind, ObjKind::Func { has_ptr_recv: true });
                let (mut args, _) = w.recv_from_data(params[0], t, fields, want_ptr);
                args.extend_from_slice(&params[1..]);
                match w.lw.method_func(m.obj, t) {
                    Some(f) => {
                        if !w.lw.recovering.contains(&f) {
                            w.lower_recover_token();
                        }
                        w.call(f, args)
                    }
                    None => {
                        w.error(ast::NO_POS, "wago: methods of generic types in interfaces are not supported yet");
                        w.zeros(&sig.results)
                    }
                }
            }
        };
        w.terminate(Terminator::Return(rets));
        let body = w.finish();
        self.lw.module.funcs[id].kind = wago_ir::FuncKind::Body(body);
        id
    }

    /// The receiver a promoted method wants, reached from an interface's
    /// data word holding a `t` through embedded `fields`; with its type.
    fn recv_from_data(&mut self, data: Value, t: TypeId, fields: &[usize], want_ptr: bool) -> (Vec<Value>, TypeId) {
        let ck = self.lw.ck;
        // Either the value's registers (`Ok`) or the address of its bytes.
        let mut cur: Result<Vec<Value>, Value> = if self.is_direct(t) { Ok(vec![data]) } else { Err(data) };
        let mut ty = t;
        for &i in fields {
            let addr = match cur {
                Err(a) if !ck.deref(ty).1 => a,
                Err(a) => {
                    let p = self.push1(Op::Load { kind: MemKind::Full, offset: 0 }, vec![a], Ty::Ptr);
                    self.nil_check_at(p, ast::NO_POS);
                    ty = ck.deref(ty).0;
                    p
                }
                Ok(v) => {
                    self.nil_check_at(v[0], ast::NO_POS);
                    ty = ck.deref(ty).0;
                    v[0]
                }
            };
            let off = self.lw.layout.field_offsets(ty)[i];
            let fty = match self.lw.layout.under(ty) {
                Type::Struct(st) => ck.objs.get(st.fields[i]).ty,
                _ => wago_types::types::INVALID,
            };
            cur = Err(self.offset(addr, off));
            ty = fty;
        }
        let (base, is_ptr) = ck.deref(ty);
        let vals = match (want_ptr, is_ptr, cur) {
            (true, false, Err(a)) => vec![a],
            (true, _, Ok(v)) | (false, false, Ok(v)) => v,
            (true, true, Err(a)) | (false, false, Err(a)) => self.load_value(a, 0, ty),
            (false, true, cur) => {
                let p = match cur {
                    Ok(v) => v[0],
                    Err(a) => self.push1(Op::Load { kind: MemKind::Full, offset: 0 }, vec![a], Ty::Ptr),
                };
                self.nil_check_at(p, ast::NO_POS);
                return (self.load_value(p, 0, base), base);
            }
        };
        (vals, ty)
    }

    /// `x.(T)`, and with `comma_ok` its two-value form (value, then ok).
    pub(crate) fn type_assert(&mut self, e: ExprId, comma_ok: bool) -> Vec<Value> {
        let ast::Expr::TypeAssert { x, ty: Some(te), .. } = *self.file.expr(e) else { return vec![] };
        let xt = self.ty_of(x);
        let to = self.ty_of(te);
        let xv = self.expr(x);
        let typ = self.dyn_type(&xv, xt);
        let pos = self.pos(e);
        let ck = self.lw.ck;
        if ck.types.is_interface(to) {
            let (tab, ok) = self.assert_iface(typ, to, comma_ok, xt, pos);
            let mut out = vec![tab, xv[1]];
            if comma_ok {
                let zero = self.iconst(Ty::Ptr, 0);
                out[1] = self.push1(Op::Select, vec![ok, xv[1], zero], Ty::Ptr);
                out.push(ok);
            }
            return out;
        }
        let want = self.lw.type_desc(to);
        let want = self.desc_addr(want);
        let ok = self.push1(Op::Icmp(IntCC::Eq), vec![typ, want], Ty::I32);
        if !comma_ok {
            let inter = self.lw.type_desc(xt);
            let inter = self.desc_addr(inter);
            self.check_pos(ok, pos, "panicdottype", vec![typ, want, inter]);
            return self.unbox(xv[1], to);
        }
        let tys = self.lw.layout.regs(to).tys;
        let var = self.new_var(&tys);
        let (hit, miss, join) = (self.new_block(), self.new_block(), self.new_block());
        self.branch(ok, hit, miss);
        for (b, found) in [(hit, true), (miss, false)] {
            self.seal(b);
            self.switch_to(b);
            let v = if found { self.unbox(xv[1], to) } else { self.zero_value(to) };
            for (i, v) in v.into_iter().enumerate() {
                self.write_var((var, i as u8), v);
            }
            self.jump(join);
        }
        self.seal(join);
        self.switch_to(join);
        let mut out: Vec<Value> = (0..tys.len()).map(|i| self.read_var((var, i as u8))).collect();
        out.push(ok);
        out
    }

    /// Asserts that dynamic type `typ` implements interface `to`: the type
    /// word of the result (an itab, or `typ` for an empty interface) and
    /// whether it does. Without `comma_ok` a failure panics.
    fn assert_iface(&mut self, typ: Value, to: TypeId, comma_ok: bool, from: TypeId, pos: Pos) -> (Value, Value) {
        let inter = self.lw.type_desc(to);
        let inter = self.desc_addr(inter);
        let zero = self.iconst(Ty::Ptr, 0);
        if self.is_empty_iface(to) {
            let ok = self.push1(Op::Icmp(IntCC::Ne), vec![typ, zero], Ty::I32);
            if !comma_ok {
                let src = self.lw.type_desc(from);
                let src = self.desc_addr(src);
                self.check_pos(ok, pos, "panicdottype", vec![typ, inter, src]);
            }
            return (typ, ok);
        }
        let f = if comma_ok { "assertE2I2" } else { "assertE2I" };
        let tab = self.runtime_call(pos, f, vec![inter, typ]);
        let tab = tab.first().copied().unwrap_or(zero);
        let ok = self.push1(Op::Icmp(IntCC::Ne), vec![tab, zero], Ty::I32);
        (tab, ok)
    }

    /// The value of type `t` held by an interface's data word.
    fn unbox(&mut self, data: Value, t: TypeId) -> Vec<Value> {
        if self.is_direct(t) { vec![data] } else { self.load_value(data, 0, t) }
    }

    /// `==` or `!=` of two interface values of type `t`.
    pub(crate) fn iface_compare(&mut self, eq: bool, a: &[Value], b: &[Value], t: TypeId, pos: Pos) -> Value {
        let ta = self.dyn_type(a, t);
        let tb = self.dyn_type(b, t);
        let r = self.runtime_call(pos, "efaceeq", vec![ta, a[1], tb, b[1]]);
        let r = r.first().copied().unwrap_or_else(|| self.iconst(Ty::I32, 0));
        if eq { r } else { self.push1(Op::Eqz, vec![r], Ty::I32) }
    }

    /// `==` or `!=` of two struct or array values of type `t`.
    pub(crate) fn mem_compare(&mut self, eq: bool, a: Value, b: Value, t: TypeId, pos: Pos) -> Value {
        let d = self.lw.type_desc(t);
        let d = self.desc_addr(d);
        let r = self.runtime_call(pos, "typeEqual", vec![d, a, b]);
        let r = r.first().copied().unwrap_or_else(|| self.iconst(Ty::I32, 0));
        if eq { r } else { self.push1(Op::Eqz, vec![r], Ty::I32) }
    }

    /// `switch [v :=] x.(type) { ... }`.
    pub(crate) fn type_switch_stmt(
        &mut self,
        label: Option<wago_syntax::Symbol>,
        init: Option<StmtId>,
        assign: StmtId,
        body: StmtId,
    ) {
        if let Some(i) = init {
            self.stmt(i);
        }
        let guard = match *self.file.stmt(assign) {
            ast::Stmt::Assign { rhs, .. } => self.file.exprs_of(rhs)[0],
            ast::Stmt::Expr { x } => x,
            _ => return,
        };
        let ast::Expr::TypeAssert { x, .. } = *self.file.expr(guard) else { return };
        let xt = self.ty_of(x);
        let xv = self.expr(x);
        let typ = self.dyn_type(&xv, xt);
        let ast::Stmt::Block { list, .. } = *self.file.stmt(body) else { return };
        let clauses: Vec<StmtId> = self.file.stmts_of(list).to_vec();
        let exit = self.new_block();
        let mut default = None;
        let mut bodies = Vec::new();
        for &c in &clauses {
            let ast::Stmt::CaseClause { list, case, body, .. } = *self.file.stmt(c) else { continue };
            let types: Vec<ExprId> = self.file.exprs_of(list).to_vec();
            let block = self.new_block();
            // The clause variable's value: converted for a one-type clause.
            let mut bound = (xt, xv.clone());
            if types.is_empty() {
                default = Some(block);
            }
            for &te in &types {
                let is_nil = self.info.types.get(&te).is_some_and(|tv| tv.mode == Mode::Nil);
                let t = self.ty_of(te);
                let (hit, tab) = if is_nil {
                    let zero = self.iconst(Ty::Ptr, 0);
                    (self.push1(Op::Icmp(IntCC::Eq), vec![typ, zero], Ty::I32), None)
                } else if self.lw.ck.types.is_interface(t) {
                    let (tab, ok) = self.assert_iface(typ, t, true, xt, self.pos(te));
                    (ok, Some(tab))
                } else {
                    let want = self.lw.type_desc(t);
                    let want = self.desc_addr(want);
                    (self.push1(Op::Icmp(IntCC::Eq), vec![typ, want], Ty::I32), None)
                };
                if types.len() == 1 && !is_nil {
                    bound = (t, tab.map_or_else(Vec::new, |tab| vec![tab, xv[1]]));
                }
                let next = self.new_block();
                self.branch(hit, block, next);
                self.seal(next);
                self.switch_to(next);
            }
            bodies.push((block, case, body, bound));
        }
        self.jump(default.unwrap_or(exit));
        for (block, case, body, (t, vals)) in bodies {
            self.seal(block);
            self.switch_to(block);
            if let Some(&obj) = self.info.implicits.get(&case) {
                let vals = if vals.is_empty() { self.unbox(xv[1], t) } else { vals };
                self.declare_local(obj, vals);
            }
            self.clause_body(label, exit, body);
        }
        self.seal(exit);
        self.switch_to(exit);
    }
}
