//! Function values and closures.
//!
//! A func value is a `ptr` to a closure object: a 4-byte table index of
//! its code, then the addresses of the cells of the variables it captured
//! (closures capture variables, not values, so a captured variable always
//! lives in a cell). Its code takes the closure object as a hidden first
//! parameter. A declared function used as a value gets a wrapper with that
//! extra parameter and a static closure object; a nil func value is 0.
//!
//! Per file, [`FileFacts`] says which variables live in cells (their address
//! is taken or a closure captures them) and what each function literal
//! captures.

use crate::Lowerer;
use crate::func::{FnLower, Local};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use wago_ir::{Body, Data, DataId, Func, FuncId, FuncKind, Op, Reloc, RelocTarget, Signature, Terminator, Ty, Value};
use wago_syntax::ast::{self, ExprId, StmtId};
use wago_syntax::token::Token;
use wago_types::check::FileInfo;
use wago_types::object::ObjKind;
use wago_types::{FileInput, ObjId, TypeId};

#[derive(Default, Debug)]
pub(crate) struct FileFacts {
    /// Local variables kept in cells.
    pub addressed: HashSet<ObjId>,
    /// For each function literal, the outer variables it uses, in a fixed
    /// order (the closure object's layout).
    pub captures: HashMap<ExprId, Vec<ObjId>>,
    /// The same for each range-over-func loop's body closure, by the
    /// loop's body (see `rangefunc`).
    pub range_captures: HashMap<StmtId, Vec<ObjId>>,
}

/// Code that becomes a function of its own and captures variables.
#[derive(Clone, Copy)]
enum CodeOwner {
    Lit(ExprId),
    RangeBody(StmtId),
}

/// The facts of a file, computed once.
pub(crate) fn file_facts(lw: &mut Lowerer<'_, '_>, input: FileInput<'_>, info: &FileInfo) -> Rc<FileFacts> {
    if let Some(f) = lw.facts.get(&input.id) {
        return f.clone();
    }
    let mut facts = FileFacts { addressed: addressed_vars(lw, input.ast, info), ..Default::default() };
    // Function literals and range-over-func bodies, with the spans of
    // their code.
    let mut owners: Vec<(CodeOwner, [(u32, u32); 2])> = input
        .ast
        .exprs
        .iter()
        .enumerate()
        .filter_map(|(i, e)| match *e {
            ast::Expr::FuncLit { body, .. } => {
                let id = ExprId::new(i as u32);
                let end = match *input.ast.stmt(body) {
                    ast::Stmt::Block { rbrace, .. } => rbrace,
                    _ => u32::MAX,
                };
                Some((CodeOwner::Lit(id), [(input.ast.expr_pos(id), end), (u32::MAX, 0)]))
            }
            _ => None,
        })
        .collect();
    for s in &input.ast.stmts {
        if let ast::Stmt::Range(r) = s
            && info.types.get(&r.x).is_some_and(|tv| crate::rangefunc::is_range_func(lw.ck, tv.ty))
        {
            owners.push((CodeOwner::RangeBody(r.body), crate::rangefunc::body_spans(input.ast, r)));
        }
    }
    if !owners.is_empty() {
        for (e, obj) in info.uses.iter() {
            let o = lw.ck.objs.get(obj);
            if !matches!(o.kind, ObjKind::Var { is_field: false, .. }) || lw.globals.contains_key(&obj) {
                continue;
            }
            let (at, decl) = (input.ast.expr_pos(e), o.pos.pos);
            for &(owner, spans) in &owners {
                let inside = |p: u32| spans.iter().any(|&(start, end)| p >= start && p <= end);
                if inside(at) && !inside(decl) {
                    facts.addressed.insert(obj);
                    let list = match owner {
                        CodeOwner::Lit(lit) => facts.captures.entry(lit).or_default(),
                        CodeOwner::RangeBody(body) => facts.range_captures.entry(body).or_default(),
                    };
                    if !list.contains(&obj) {
                        list.push(obj);
                    }
                }
            }
        }
        for list in facts.captures.values_mut().chain(facts.range_captures.values_mut()) {
            list.sort();
        }
    }
    let facts = Rc::new(facts);
    lw.facts.insert(input.id, facts.clone());
    facts
}

/// The variables of a file whose address is taken: `&x` (through field
/// and index paths of struct and array values), slicing an array, and a
/// pointer-receiver method called on a variable.
fn addressed_vars(lw: &Lowerer<'_, '_>, file: &ast::File, info: &FileInfo) -> HashSet<ObjId> {
    let ck = lw.ck;
    let is_mem = |e: ExprId| info.types.get(&e).is_some_and(|tv| lw.layout.is_mem(tv.ty));
    let mut set = HashSet::new();
    for e in file.exprs.iter() {
        let target = match *e {
            ast::Expr::Unary { op: Token::And, x, .. } => Some(x),
            ast::Expr::Slice(s) if is_mem(s.x) => Some(s.x),
            ast::Expr::Selector { x, sel } => {
                let ptr_method = info
                    .uses
                    .get(&sel)
                    .is_some_and(|m| matches!(ck.objs.get(m).kind, ObjKind::Func { has_ptr_recv: true }));
                let x_is_ptr = info.types.get(&x).is_some_and(|tv| ck.deref(tv.ty).1);
                (ptr_method && !x_is_ptr).then_some(x)
            }
            _ => None,
        };
        let Some(mut x) = target else { continue };
        loop {
            match *file.expr(x) {
                ast::Expr::Paren { x: inner, .. } => x = inner,
                ast::Expr::Selector { x: inner, .. } | ast::Expr::Index { x: inner, .. } if is_mem(inner) => x = inner,
                _ => break,
            }
        }
        if let Some(o) = info.uses.get(&x) {
            set.insert(o);
        }
    }
    set
}

impl Lowerer<'_, '_> {
    /// The IR signature of calling a value of func type `t`: the closure
    /// object, then the Go parameters.
    pub fn closure_signature(&self, t: TypeId) -> Signature {
        let mut sig = self.ir_signature(t);
        sig.params.insert(0, Ty::Ptr);
        sig
    }

    /// The static closure object of a declared function (with a wrapper
    /// that takes and ignores the closure parameter).
    pub fn func_value(&mut self, f: FuncId) -> DataId {
        if let Some(&d) = self.func_values.get(&f) {
            return d;
        }
        let callee = &self.module.funcs[f];
        let mut sig = callee.sig.clone();
        let name = format!("{}·f", callee.name);
        sig.params.insert(0, Ty::Ptr);
        let mut body = Body::default();
        let b = body.add_block();
        let params: Vec<Value> = sig.params.iter().map(|&t| body.add_param(b, t)).collect();
        let results = callee.sig.results.clone();
        if let Some(token) = self.recover_token.filter(|_| !self.recovering.contains(&f)) {
            // A deferred func value reaches `f` through here (see `unwind`).
            let addr = body.push1(b, Op::DataAddr(token, 0), vec![], Ty::Ptr);
            let zero = body.push1(b, Op::Const(0), vec![], Ty::I32);
            body.push(b, Op::Store { kind: wago_ir::MemKind::U8, offset: 0 }, vec![addr, zero], &[]);
        }
        let call = body.push(b, Op::Call(f), params[1..].to_vec(), &results);
        let rets = body.insts[call].results.clone();
        body.terminate(b, Terminator::Return(rets));
        let wrapper =
            self.module.funcs.push(Func { name: name.clone(), sig, kind: FuncKind::Body(body), export: None });
        let d = self.module.data.push(Data {
            name: format!("{name}.closure"),
            align: 4,
            size: 4,
            init: Vec::new(),
            relocs: vec![Reloc { offset: 0, target: RelocTarget::Func(wrapper) }],
        });
        self.func_values.insert(f, d);
        d
    }
}

impl<'c, 'a> FnLower<'_, 'c, 'a> {
    /// A declared function used as a value.
    pub fn func_ref(&mut self, f: FuncId) -> Vec<Value> {
        let d = self.lw.func_value(f);
        vec![self.push1(Op::DataAddr(d, 0), vec![], Ty::Ptr)]
    }

    /// Calls a func value: nil-checked, through the table.
    pub fn call_value(&mut self, fv: Value, fn_ty: TypeId, args: Vec<Value>, at: ExprId) -> Vec<Value> {
        self.nil_check(fv, at);
        let idx = self.push1(Op::Load { kind: wago_ir::MemKind::Full, offset: 0 }, vec![fv], Ty::I32);
        let sig = self.lw.closure_signature(fn_ty);
        let results = sig.results.clone();
        let mut all = vec![idx, fv];
        all.extend(args);
        let r = self.push(Op::CallIndirect(sig), all, &results);
        self.panic_check();
        r
    }

    /// A function literal: its code as a function of its own, and a fresh
    /// closure object holding its captured variables' cells.
    pub fn func_lit(&mut self, e: ExprId) -> Vec<Value> {
        let ast::Expr::FuncLit { body, .. } = *self.file.expr(e) else { unreachable!() };
        let captures = self.facts.captures.get(&e).cloned().unwrap_or_default();
        let fn_ty = self.ty_of(e);
        // The literal's own parameter variables are those of the signature
        // the checker recorded (substitution would make new ones).
        let go_sig_ty = self.info.types.get(&e).map_or(fn_ty, |tv| tv.ty);
        let f = self.lower_lit_body(body, fn_ty, go_sig_ty, &captures);
        let size = 4 + 4 * captures.len() as u32;
        let n = self.iconst(Ty::I32, size as i64);
        // The code's table index, then the captured cells' addresses.
        let mut bits = crate::gcshape::ShapeBits::default();
        (1..=captures.len()).for_each(|w| bits.set(w));
        let shape = self.gc_shape_of_bits(size, &bits);
        let obj = self.alloc_shaped(n, shape);
        let code = self.push1(Op::FuncAddr(f), vec![], Ty::I32);
        self.push(Op::Store { kind: wago_ir::MemKind::Full, offset: 0 }, vec![obj, code], &[]);
        for (i, &v) in captures.iter().enumerate() {
            let cell = match self.locals.get(&v).copied() {
                Some(Local::Cell(n)) => self.read_var((n, 0)),
                _ => {
                    self.error(self.pos(e), "wago: captured variable is not in a cell (internal error)");
                    self.iconst(Ty::Ptr, 0)
                }
            };
            self.push(Op::Store { kind: wago_ir::MemKind::Full, offset: 4 + 4 * i as u32 }, vec![obj, cell], &[]);
        }
        vec![obj]
    }

    fn lower_lit_body(&mut self, body: ast::StmtId, fn_ty: TypeId, go_sig_ty: TypeId, captures: &[ObjId]) -> FuncId {
        let sig = self.lw.closure_signature(fn_ty);
        let go_sig = self.lw.ck.types.signature(go_sig_ty).expect("a func literal has a signature").clone();
        let mut f = self.nested_func("func", sig);
        let id = f.func_id;
        let entry = f.block();
        let ctx = f.body.add_param(entry, Ty::Ptr);
        f.bind_params(&go_sig);
        for (i, &v) in captures.iter().enumerate() {
            let cell = f.push1(Op::Load { kind: wago_ir::MemKind::Full, offset: 4 + 4 * i as u32 }, vec![ctx], Ty::Ptr);
            let n = f.new_var(&[Ty::Ptr]);
            f.write_var((n, 0), cell);
            f.locals.insert(v, Local::Cell(n));
        }
        let sites = f.lw.recover_sites_in(f.file_id, f.file, f.info);
        let calls_recover = sites.calls_recover(crate::unwind::block_span(f.file, body));
        f.enter_body(calls_recover, true);
        f.init_defers(body);
        f.stmt(body);
        let lowered = f.finish_body();
        self.lw.module.funcs[id].kind = FuncKind::Body(lowered);
        id
    }

    /// Starts lowering a function nested in this one (a literal's code, a
    /// defer thunk): it gets the numbered link name `outer.KINDn`, a
    /// placeholder in the module to be replaced by its body, and a lowering
    /// in the same file.
    pub fn nested_func(&mut self, kind: &str, sig: Signature) -> FnLower<'_, 'c, 'a> {
        let count = self.lw.lit_count.entry(self.func_id).or_insert(0);
        *count += 1;
        let name = format!("{}.{kind}{count}", self.name);
        let id = self.lw.module.funcs.push(Func {
            name: name.clone(),
            sig,
            kind: FuncKind::Body(Body::default()),
            export: None,
        });
        let input = FileInput { ast: self.file, src: "", id: self.file_id };
        let inst = self.inst;
        let mut f = FnLower::new(self.lw, input, self.info);
        f.facts = self.facts.clone();
        f.trusted = self.trusted;
        f.inst = inst;
        f.name = name;
        f.func_id = id;
        f
    }
}

impl<'c, 'a> FnLower<'_, 'c, 'a> {
    /// A method value `x.M`: the receiver is evaluated (and copied) now,
    /// into a closure object whose code calls the method with it.
    pub fn method_value(&mut self, x: ExprId, method: ObjId, at: ExprId) -> Vec<Value> {
        let xt = self.ty_of(x);
        if let Some((iv, it)) = self.promoted_iface(x, method, at) {
            return self.iface_method_value_of(iv, it, method, at);
        }
        let Some(f) = self.lw.method_func(method, xt) else {
            self.error(self.pos(at), "wago: the method of this method value is missing (internal error)");
            return vec![self.iconst(Ty::Ptr, 0)];
        };
        let recv_ty = self.lw.method_recv_ty(method, xt);
        let recv = self.receiver_value(x, method);
        let code = self.bound_method_code(f, recv_ty);
        let size = 8 + self.lw.layout.size(recv_ty).max(1);
        let n = self.iconst(Ty::I32, size as i64);
        let mut bits = crate::gcshape::ShapeBits::default();
        self.lw.pointer_words(recv_ty, 8, &mut bits);
        let shape = self.gc_shape_of_bits(size, &bits);
        let obj = self.alloc_shaped(n, shape);
        let idx = self.push1(Op::FuncAddr(code), vec![], Ty::I32);
        self.push(Op::Store { kind: wago_ir::MemKind::Full, offset: 0 }, vec![obj, idx], &[]);
        self.store_value(obj, 8, recv_ty, &recv);
        vec![obj]
    }

    /// The code of bound method values of `f`: loads the receiver from the
    /// closure object and calls the method.
    fn bound_method_code(&mut self, f: FuncId, recv_ty: TypeId) -> FuncId {
        let callee = &self.lw.module.funcs[f];
        let name = format!("{}-fm", callee.name);
        if let Some(existing) = self.lw.module.func_by_name(&name) {
            return existing;
        }
        let recv_regs = self.lw.layout.regs(recv_ty).tys.len();
        let mut sig = callee.sig.clone();
        sig.params.drain(..recv_regs);
        sig.params.insert(0, Ty::Ptr);
        let results = callee.sig.results.clone();
        let (mut w, params) = self.wrapper_func(name, sig);
        let id = w.func_id;
        if !w.lw.recovering.contains(&f) {
            w.lower_recover_token();
        }
        let mut args = w.load_value(params[0], 8, recv_ty);
        args.extend_from_slice(&params[1..]);
        let rets = w.push(Op::Call(f), args, &results);
        w.terminate(Terminator::Return(rets));
        let body = w.finish();
        self.lw.module.funcs[id].kind = FuncKind::Body(body);
        id
    }

    /// Starts a compiler-made function named `name` (a wrapper): its
    /// placeholder in the module, and a lowering in this file with the
    /// entry block's parameters. The caller installs the finished body.
    pub fn wrapper_func(&mut self, name: String, sig: Signature) -> (FnLower<'_, 'c, 'a>, Vec<Value>) {
        let id = self.lw.module.funcs.push(Func {
            name,
            sig: sig.clone(),
            kind: FuncKind::Body(Body::default()),
            export: None,
        });
        let input = FileInput { ast: self.file, src: "", id: self.file_id };
        let mut w = FnLower::new(self.lw, input, self.info);
        w.func_id = id;
        let entry = w.block();
        let params: Vec<Value> = sig.params.iter().map(|&t| w.body.add_param(entry, t)).collect();
        (w, params)
    }
}
