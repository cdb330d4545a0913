//! One function being lowered: blocks, SSA construction and variables.
//!
//! SSA form is built directly from Go's variables with Braun et al.'s
//! algorithm ("Simple and Efficient Construction of SSA Form", 2013): a
//! variable's current value is looked up per block, walking to
//! predecessors and adding block parameters where control merges. A block
//! is *sealed* once all its predecessors are known; loop headers and label
//! targets stay open until then. A Go variable is one SSA variable per
//! register, or — when its address is taken or it is a struct or array —
//! one SSA variable holding the address of its heap cell, allocated anew
//! each time its declaration runs (so each loop iteration's variable is a
//! fresh one, as Go 1.22 requires).

use crate::Lowerer;
use std::collections::{HashMap, HashSet};
use wago_ir::Id as _;
use wago_ir::{Block, Body, FuncId, Op, Target, Terminator, Ty, Value};
use wago_syntax::ast::{self, DeclId, ExprId, Pos, StmtId};
use wago_types::check::FileInfo;
use wago_types::{FileInput, ObjId, TypeId};

/// An SSA variable: a Go variable's register (or its cell address).
pub(crate) type VarKey = (u32, u8);

/// The runtime's body-less intrinsics and what they lower to.
pub(crate) fn intrinsic(name: &str, lw: &Lowerer) -> Option<Op> {
    match name {
        "wasmMemorySize" => Some(Op::MemorySize),
        "wasmMemoryGrow" => Some(Op::MemoryGrow),
        "memmove" => Some(Op::MemCopy),
        "heapBase" => Some(Op::DataAddr(lw.heap_base, 0)),
        "memfill" => Some(Op::MemFill),
        "ctz32" => Some(Op::Unary(wago_ir::UnOp::Ctz)),
        // The collector's data (see `gcshape`).
        "gcRootTable" => Some(Op::DataAddr(lw.gc.roots, 0)),
        "shadowStackBase" => Some(Op::DataAddr(lw.gc.shadow_base, 0)),
        "shadowStackPointer" => Some(Op::DataAddr(lw.gc.shadow_sp, 0)),
        "shadowStackCap" => Some(Op::DataAddr(lw.gc.shadow_cap, 0)),
        // (thunk) → (): calls a deferred call's thunk, with no panic check.
        "calldeferred" => Some(Op::CallIndirect(wago_ir::Signature { params: vec![Ty::Ptr], results: vec![] })),
        _ => None,
    }
}

/// How a Go local variable is kept.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Local {
    /// In registers: SSA variables `(n, 0..regs)`.
    Regs(u32),
    /// In a heap cell whose address is SSA variable `(n, 0)`.
    Cell(u32),
}

/// Break and continue destinations of an enclosing statement.
pub(crate) struct Jumps {
    pub label: Option<wago_syntax::Symbol>,
    pub brk: Block,
    pub cont: Option<Block>,
}

pub(crate) struct FnLower<'l, 'c, 'a> {
    pub lw: &'l mut Lowerer<'c, 'a>,
    pub file: &'c ast::File,
    pub file_id: wago_types::FileId,
    /// The link name and id of the function being lowered.
    pub name: String,
    pub func_id: FuncId,
    pub info: &'c FileInfo,
    pub body: Body,
    /// The block instructions go to; `None` right after a terminator.
    cur: Option<Block>,
    defs: HashMap<(VarKey, Block), Value>,
    var_tys: HashMap<VarKey, Ty>,
    sealed: HashSet<Block>,
    incomplete: HashMap<Block, Vec<(VarKey, Value)>>,
    preds: HashMap<Block, Vec<Block>>,
    pub locals: HashMap<ObjId, Local>,
    next_var: u32,
    /// Variables whose address is taken somewhere in the function.
    pub facts: std::rc::Rc<crate::closure::FileFacts>,
    pub jumps: Vec<Jumps>,
    pub labels: HashMap<wago_syntax::Symbol, Block>,
    /// The function's result variables, for bare returns and named results.
    pub results: Vec<ObjId>,
    pub result_tys: Vec<TypeId>,
    /// The next `case` body, for `fallthrough`.
    pub fallthrough: Option<Block>,
    /// Where a panic leaves the function (see `unwind`), once needed.
    pub unwind: Option<Block>,
    /// The SSA variable holding the defer list, in functions with `defer`.
    pub defer_list: Option<u32>,
    /// In functions that call `recover`: whether this call may recover.
    pub can_recover: Option<u32>,
    /// Runtime code: its failed nil, bounds and divide checks trap rather
    /// than panic (they are bugs, not Go panics), so runtime functions do
    /// not count as possibly panicking and small programs stay small.
    pub trusted: bool,
    /// The instance being lowered, in a generic function's body (see
    /// `generic`): the types the body reads are substituted through it.
    pub inst: Option<usize>,
    /// In the body closure of a range-over-func loop: its loop (see
    /// `rangefunc`).
    pub rf: Option<Box<crate::rangefunc::BodyCtx>>,
}

impl<'l, 'c, 'a> FnLower<'l, 'c, 'a> {
    pub fn new(lw: &'l mut Lowerer<'c, 'a>, input: FileInput<'c>, info: &'c FileInfo) -> Self {
        let mut body = Body::default();
        let entry = body.add_block();
        let mut f = FnLower {
            lw,
            file: input.ast,
            file_id: input.id,
            name: String::new(),
            func_id: FuncId::new(0),
            info,
            body,
            cur: Some(entry),
            defs: HashMap::new(),
            var_tys: HashMap::new(),
            sealed: HashSet::new(),
            incomplete: HashMap::new(),
            preds: HashMap::new(),
            locals: HashMap::new(),
            next_var: 0,
            facts: Default::default(),
            jumps: Vec::new(),
            labels: HashMap::new(),
            results: Vec::new(),
            result_tys: Vec::new(),
            fallthrough: None,
            unwind: None,
            defer_list: None,
            can_recover: None,
            trusted: false,
            inst: None,
            rf: None,
        };
        f.sealed.insert(entry);
        f
    }

    pub fn error(&mut self, pos: Pos, msg: impl Into<String>) {
        let file = self.file_id;
        self.lw.error(file, pos, msg);
    }

    // ---- blocks ----

    pub fn new_block(&mut self) -> Block {
        self.body.add_block()
    }

    /// The current block, opening a fresh (unreachable) one after a
    /// terminator so that dead code still lowers.
    pub fn block(&mut self) -> Block {
        match self.cur {
            Some(b) => b,
            None => {
                let b = self.new_block();
                self.sealed.insert(b);
                self.cur = Some(b);
                b
            }
        }
    }

    pub fn switch_to(&mut self, b: Block) {
        self.cur = Some(b);
    }

    pub fn is_terminated(&self) -> bool {
        self.cur.is_none()
    }

    pub fn terminate(&mut self, term: Terminator) {
        let b = self.block();
        let succs: Vec<Block> = term.targets().map(|t| t.block).collect();
        for s in succs {
            let preds = self.preds.entry(s).or_default();
            if !preds.contains(&b) {
                preds.push(b);
            }
        }
        self.body.terminate(b, term);
        self.cur = None;
    }

    pub fn jump(&mut self, to: Block) {
        self.terminate(Terminator::Jump(Target { block: to, args: vec![] }));
    }

    pub fn branch(&mut self, cond: Value, then: Block, else_: Block) {
        let t = |block| Target { block, args: vec![] };
        self.terminate(Terminator::Branch { cond, then: t(then), else_: t(else_) });
    }

    /// Declares that every predecessor of `b` is known.
    pub fn seal(&mut self, b: Block) {
        if !self.sealed.insert(b) {
            return;
        }
        for (var, param) in self.incomplete.remove(&b).unwrap_or_default() {
            self.add_phi_operands(var, b, param);
        }
    }

    // ---- instructions ----

    pub fn push(&mut self, op: Op, args: Vec<Value>, tys: &[Ty]) -> Vec<Value> {
        let b = self.block();
        let inst = self.body.push(b, op, args, tys);
        self.body.insts[inst].results.clone()
    }

    pub fn push1(&mut self, op: Op, args: Vec<Value>, ty: Ty) -> Value {
        let b = self.block();
        self.body.push1(b, op, args, ty)
    }

    /// An integer constant; 32-bit ones are kept zero-extended, as the
    /// IR's constant folding expects.
    pub fn iconst(&mut self, ty: Ty, v: i64) -> Value {
        let bits = if ty == Ty::I64 { v as u64 } else { v as u32 as u64 };
        self.push1(Op::Const(bits), vec![], ty)
    }

    pub fn fconst(&mut self, ty: Ty, v: f64) -> Value {
        let bits = if ty == Ty::F32 { (v as f32).to_bits() as u64 } else { v.to_bits() };
        self.push1(Op::Const(bits), vec![], ty)
    }

    /// The zero value in registers of the given types.
    pub fn zeros(&mut self, tys: &[Ty]) -> Vec<Value> {
        tys.iter().map(|&t| self.push1(Op::Const(0), vec![], t)).collect()
    }

    /// Calls `f`; if it may panic, unwinds when it did.
    pub fn call(&mut self, f: FuncId, args: Vec<Value>) -> Vec<Value> {
        let results = self.lw.module.funcs[f].sig.results.clone();
        let r = self.push(Op::Call(f), args, &results);
        if self.may_panic(f) {
            self.panic_check();
        }
        r
    }

    /// Calls a runtime function that always panics, and unwinds.
    pub fn call_panicking(&mut self, pos: Pos, name: &str, args: Vec<Value>) {
        match self.lw.runtime_func(name) {
            Some(f) => {
                self.push(Op::Call(f), args, &[]);
                self.unwind_now();
            }
            None => self.error(pos, format!("wago: runtime function {name} is missing")),
        }
    }

    /// Starts the defer list of a function whose body has `defer`s.
    pub fn init_defers(&mut self, body: StmtId) {
        if crate::unwind::has_defer(self.file, body) {
            let n = self.new_var(&[Ty::Ptr]);
            let zero = self.iconst(Ty::Ptr, 0);
            self.write_var((n, 0), zero);
            self.defer_list = Some(n);
        }
    }

    /// Calls a runtime function by its Go name.
    pub fn runtime_call(&mut self, pos: Pos, name: &str, args: Vec<Value>) -> Vec<Value> {
        match self.lw.runtime_func(name) {
            Some(f) => self.call(f, args),
            None => {
                self.error(pos, format!("wago: runtime function {name} is missing"));
                vec![]
            }
        }
    }

    // ---- SSA variables ----

    pub fn new_var(&mut self, tys: &[Ty]) -> u32 {
        let n = self.next_var;
        self.next_var += 1;
        for (i, &t) in tys.iter().enumerate() {
            self.var_tys.insert((n, i as u8), t);
        }
        n
    }

    pub fn write_var(&mut self, var: VarKey, v: Value) {
        let b = self.block();
        self.defs.insert((var, b), v);
    }

    pub fn read_var(&mut self, var: VarKey) -> Value {
        let b = self.block();
        self.read_var_in(var, b)
    }

    fn read_var_in(&mut self, var: VarKey, b: Block) -> Value {
        if let Some(&v) = self.defs.get(&(var, b)) {
            return v;
        }
        let ty = self.var_tys[&var];
        let v = if !self.sealed.contains(&b) {
            let p = self.body.add_param(b, ty);
            self.incomplete.entry(b).or_default().push((var, p));
            p
        } else {
            let preds = self.preds.get(&b).cloned().unwrap_or_default();
            match preds.as_slice() {
                [] => self.zero_in(b, ty),
                [p] => self.read_var_in(var, *p),
                _ => {
                    let p = self.body.add_param(b, ty);
                    self.defs.insert((var, b), p);
                    self.add_phi_operands(var, b, p);
                    p
                }
            }
        };
        self.defs.insert((var, b), v);
        v
    }

    /// A zero constant at the top of `b` (a read with no definition: dead code).
    fn zero_in(&mut self, b: Block, ty: Ty) -> Value {
        let inst = self.body.insts.push(wago_ir::InstData { op: Op::Const(0), args: vec![], results: vec![] });
        let v = self.body.values.push(wago_ir::ValueData { ty, def: wago_ir::ValueDef::Result(inst, 0) });
        self.body.insts[inst].results.push(v);
        self.body.blocks[b].insts.insert(0, inst);
        v
    }

    fn add_phi_operands(&mut self, var: VarKey, b: Block, _param: Value) {
        let preds = self.preds.get(&b).cloned().unwrap_or_default();
        for p in preds {
            let arg = self.read_var_in(var, p);
            let term = self.body.blocks[p].term.as_mut().expect("a predecessor is terminated");
            for t in term.targets_mut() {
                if t.block == b {
                    t.args.push(arg);
                }
            }
        }
    }

    // ---- Go variables ----

    /// Declares a local variable and gives it its initial registers (none
    /// for the zero value).
    pub fn declare_local(&mut self, obj: ObjId, init: Vec<Value>) {
        let ty = self.obj_ty(obj);
        let regs = self.lw.layout.regs(ty);
        let init = if init.is_empty() && !regs.mem && !self.facts.addressed.contains(&obj) {
            self.zeros(&regs.tys)
        } else {
            init
        };
        if regs.mem || self.facts.addressed.contains(&obj) {
            let cell = self.alloc(ty);
            self.store_value(cell, 0, ty, &init);
            let n = self.new_var(&[Ty::Ptr]);
            self.write_var((n, 0), cell);
            self.locals.insert(obj, Local::Cell(n));
        } else {
            let n = self.new_var(&regs.tys);
            for (i, v) in init.into_iter().enumerate() {
                self.write_var((n, i as u8), v);
            }
            self.locals.insert(obj, Local::Regs(n));
        }
    }

    /// A fresh zeroed heap cell for a value of type `t`.
    pub fn alloc(&mut self, t: TypeId) -> Value {
        let size = self.lw.layout.size(t).max(1);
        let n = self.iconst(Ty::I32, size as i64);
        let shape = self.gc_shape(t);
        self.alloc_shaped(n, shape)
    }

    /// `n` fresh zeroed bytes (for objects with no Go type: closures).
    pub fn alloc_bytes(&mut self, n: u32) -> Value {
        let n = self.iconst(Ty::I32, n as i64);
        let r = self.runtime_call(ast::NO_POS, "alloc", vec![n]);
        match r.first() {
            Some(&p) => p,
            None => self.iconst(Ty::Ptr, 0),
        }
    }

    /// Loads a value of type `t` from `addr + off` (a memory value is its
    /// address).
    pub fn load_value(&mut self, addr: Value, off: u32, t: TypeId) -> Vec<Value> {
        let regs = self.lw.layout.regs(t);
        if regs.mem {
            if off == 0 {
                return vec![addr];
            }
            let o = self.iconst(Ty::I32, off as i64);
            return vec![self.push1(Op::Binary(wago_ir::BinOp::Add), vec![addr, o], Ty::Ptr)];
        }
        let slots = self.lw.layout.reg_slots(t);
        regs.tys
            .iter()
            .zip(slots)
            .map(|(&ty, (o, kind))| self.push1(Op::Load { kind, offset: off + o }, vec![addr], ty))
            .collect()
    }

    /// Stores a value of type `t` at `addr + off` (a memory value is copied).
    pub fn store_value(&mut self, addr: Value, off: u32, t: TypeId, vals: &[Value]) {
        if vals.is_empty() {
            return; // a zero value: cells start zeroed
        }
        if self.lw.layout.is_mem(t) {
            let size = self.lw.layout.size(t);
            let dst = if off == 0 {
                addr
            } else {
                let o = self.iconst(Ty::I32, off as i64);
                self.push1(Op::Binary(wago_ir::BinOp::Add), vec![addr, o], Ty::Ptr)
            };
            let n = self.iconst(Ty::I32, size as i64);
            self.push(Op::MemCopy, vec![dst, vals[0], n], &[]);
            return;
        }
        let slots = self.lw.layout.reg_slots(t);
        for (&v, (o, kind)) in vals.iter().zip(slots) {
            self.push(Op::Store { kind, offset: off + o }, vec![addr, v], &[]);
        }
    }

    /// The registers of the zero value of `t` (a memory value gets a
    /// fresh zeroed cell).
    pub fn zero_value(&mut self, t: TypeId) -> Vec<Value> {
        let regs = self.lw.layout.regs(t);
        if regs.mem {
            return vec![self.alloc(t)];
        }
        self.zeros(&regs.tys)
    }

    /// The type of expression `e` (in the instance being lowered).
    pub fn ty_of(&self, e: ExprId) -> TypeId {
        let t = self.info.types.get(&e).map_or(wago_types::types::INVALID, |tv| tv.ty);
        self.lw.subst_in(self.inst, t)
    }

    /// The type of a variable (in the instance being lowered).
    pub fn obj_ty(&self, obj: ObjId) -> TypeId {
        self.lw.subst_in(self.inst, self.lw.ck.objs.get(obj).ty)
    }
}

/// Lowers a function declaration's body.
pub(crate) fn lower_func<'c, 'a>(
    lw: &mut Lowerer<'c, 'a>,
    input: FileInput<'c>,
    info: &'c FileInfo,
    obj: ObjId,
    decl: DeclId,
    id: FuncId,
    inst: Option<usize>,
) -> Body {
    let ast::Decl::Func { body: Some(body), .. } = *input.ast.decl(decl) else { return Body::default() };
    lower_func_body(lw, input, info, obj, body, id, inst)
}

fn lower_func_body<'c, 'a>(
    lw: &mut Lowerer<'c, 'a>,
    input: FileInput<'c>,
    info: &'c FileInfo,
    obj: ObjId,
    body: StmtId,
    id: FuncId,
    inst: Option<usize>,
) -> Body {
    let ck = lw.ck;
    let sig_ty = ck.objs.get(obj).ty;
    let sig = ck.types.signature(sig_ty).expect("function signature").clone();
    let mut f = FnLower::new(lw, input, info);
    f.inst = inst;
    f.facts = crate::closure::file_facts(f.lw, input, info);
    f.name = f.lw.module.funcs[id].name.clone();
    f.func_id = id;
    f.trusted = ck.objs.get(obj).pkg == Some(f.lw.runtime);
    f.bind_params(&sig);
    let calls_recover = f.lw.recovering.contains(&id);
    f.enter_body(calls_recover, false);
    f.init_defers(body);
    f.stmt(body);
    f.finish_body()
}

impl FnLower<'_, '_, '_> {
    /// Binds the receiver and parameters to the entry block's parameters
    /// and declares the results, zeroed.
    pub fn bind_params(&mut self, sig: &wago_types::types::Signature) {
        let ck = self.lw.ck;
        let entry = self.block();
        let mut params: Vec<ObjId> = sig.recv.into_iter().collect();
        params.extend_from_slice(ck.types.tuple_vars(sig.params));
        for p in params {
            let ty = self.obj_ty(p);
            let vals: Vec<Value> = self.lw.layout.regs(ty).tys.iter().map(|&t| self.body.add_param(entry, t)).collect();
            if ck.obj_name(p) != "_" && !ck.obj_name(p).is_empty() {
                self.declare_local(p, vals);
            }
        }
        for &r in ck.types.tuple_vars(sig.results) {
            let ty = self.obj_ty(r);
            let zero = self.zero_value(ty);
            self.declare_local(r, zero);
            self.results.push(r);
            self.result_tys.push(ty);
        }
    }

    /// Ends a function body: falling off the end returns (a function with
    /// results cannot, the checker made sure).
    pub fn finish_body(mut self) -> Body {
        if !self.is_terminated() {
            if self.results.is_empty() {
                self.run_defers_on_return();
                self.terminate(Terminator::Return(vec![]));
            } else {
                self.terminate(Terminator::Unreachable);
            }
        }
        self.finish()
    }
}

impl FnLower<'_, '_, '_> {
    /// Seals what is left and drops unreachable blocks from the layout.
    pub fn finish(mut self) -> Body {
        self.finish_unwind();
        let open: Vec<Block> = self.body.layout.iter().copied().filter(|b| !self.sealed.contains(b)).collect();
        for b in open {
            self.seal(b);
        }
        for b in self.body.layout.clone() {
            if self.body.blocks[b].term.is_none() {
                self.body.blocks[b].term = Some(Terminator::Unreachable);
            }
        }
        let mut seen = HashSet::new();
        let mut stack = vec![self.body.entry()];
        while let Some(b) = stack.pop() {
            if seen.insert(b) {
                stack.extend(self.body.succs(b));
            }
        }
        self.body.layout.retain(|b| seen.contains(b));
        self.body
    }
}

/// The package's initialiser: package variables in initialisation order,
/// then its `init` functions in source order. `None` when there is nothing
/// to do.
pub(crate) fn lower_package_init(lw: &mut Lowerer<'_, '_>, ui: usize) -> Option<FuncId> {
    let ck = lw.ck;
    let unit = &lw.units[ui];
    let pkg = unit.pkg;
    let order = ck.info(pkg).init_order.clone();
    let mut init_funcs = Vec::new();
    // Each file's initialisers are lowered in a function of their own file
    // context; the package initialiser calls them in order.
    let mut parts: Vec<FuncId> = Vec::new();
    for (fi, input) in unit.files.iter().enumerate() {
        let info = &ck.info(pkg).files[fi];
        for &d in input.ast.top_decls() {
            if let ast::Decl::Func { name, recv: None, body: Some(_), .. } = *input.ast.decl(d)
                && ident_sym(input.ast, name).is_some_and(|n| ck.name(n) == "init")
                && let Some(o) = info.defs.get(&name)
                && let Some(&f) = lw.funcs.get(&o)
            {
                init_funcs.push(f);
            }
        }
    }
    // Variables: group by file, keeping the global order (a variable's
    // initialiser is lowered in the file that declares it).
    for &var in &order {
        if let Some(f) = crate::stmt::lower_var_init(lw, ui, var) {
            parts.push(f);
        }
    }
    parts.extend(init_funcs);
    if parts.is_empty() {
        return None;
    }
    let mut body = Body::default();
    let b = body.add_block();
    for f in parts {
        body.push(b, Op::Call(f), vec![], &[]);
    }
    body.terminate(b, Terminator::Return(vec![]));
    let name = format!("{}.init", ck.package(pkg).path);
    let id = lw.module.funcs.push(wago_ir::Func {
        name,
        sig: Default::default(),
        kind: wago_ir::FuncKind::Body(body),
        export: None,
    });
    Some(id)
}

pub(crate) fn ident_sym(file: &ast::File, e: ExprId) -> Option<wago_syntax::Symbol> {
    match *file.expr(e) {
        ast::Expr::Ident { name, .. } => Some(name),
        _ => None,
    }
}
