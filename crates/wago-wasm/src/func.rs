//! Instruction selection for one function body: each IR operation maps to
//! one wasm instruction (or none: constants are rematerialised, `ptr`↔`i32`
//! bitcasts are free), operands come from the stack, a local or a constant
//! as [`locals`](crate::locals) decided, and block arguments are parallel
//! copies through the operand stack (all pushed, then all popped), so a
//! swap needs no temporary.

use crate::cfg::{Cfg, Exit, Node, NodeKind};
use crate::locals::{Home, Locals, val_type};
use crate::module::Indices;
use crate::structure::{self, Lower};
use wago_ir::{
    BinOp, Body, ConvOp, FloatCC, Id, Inst, IntCC, MemKind, Op, Signature, Target, Terminator, Ty, UnOp, Value,
    ValueDef,
};
use wasm_encoder::{Function, Ieee32, Ieee64, InstructionSink, MemArg, ValType};

/// Lowers a body whose locals are assigned; returns the encoded function or
/// a message for the first construct that has no wasm form.
pub fn lower(body: &Body, sig: &Signature, cfg: &Cfg, locals: &Locals, ix: &mut Indices) -> Result<Function, String> {
    let mut groups: Vec<(u32, ValType)> = Vec::new();
    for &ty in &locals.declared {
        match groups.last_mut() {
            Some((n, t)) if *t == ty => *n += 1,
            _ => groups.push((1, ty)),
        }
    }
    let emitted = vec![false; body.values.len()];
    let mut l = FuncLowerer { body, cfg, locals, ix, func: Function::new(groups), emitted, error: None };
    let ends_open = structure::emit(cfg, &mut l);
    if ends_open && !sig.results.is_empty() {
        l.func.instructions().unreachable();
    }
    l.func.instructions().end();
    match l.error {
        Some(e) => Err(e),
        None => Ok(l.func),
    }
}

struct FuncLowerer<'a> {
    body: &'a Body,
    cfg: &'a Cfg,
    locals: &'a Locals,
    ix: &'a mut Indices,
    func: Function,
    /// Values whose `local.tee` has been emitted: later uses read the local.
    emitted: Vec<bool>,
    error: Option<String>,
}

impl Lower for FuncLowerer<'_> {
    fn sink(&mut self) -> InstructionSink<'_> {
        self.func.instructions()
    }

    fn node(&mut self, node: Node) {
        match self.cfg.kinds[node] {
            NodeKind::Start => {}
            NodeKind::Dispatch => {
                let label = self.locals.label.expect("dispatchers have a label local");
                self.sink().local_get(label);
            }
            NodeKind::Block(b) => {
                let data = &self.body.blocks[b];
                for &inst in &data.insts {
                    let d = &self.body.insts[inst];
                    let deferred = matches!(d.results[..], [r] if matches!(self.home(r), Home::Const) || self.home(r).is_stacked());
                    if !deferred {
                        self.inst(inst);
                    }
                }
                match self.body.term(b) {
                    Terminator::Branch { cond, .. } => self.push(*cond),
                    Terminator::Switch { index, .. } => self.push(*index),
                    Terminator::Return(vals) => {
                        for &v in vals {
                            self.push(v);
                        }
                        self.sink().return_();
                    }
                    Terminator::Unreachable => {
                        self.sink().unreachable();
                    }
                    Terminator::Jump(_) => {}
                }
                debug_assert!(matches!(self.cfg.exits[node], Exit::Goto | Exit::If | Exit::Table | Exit::Leave));
            }
        }
    }

    fn edge(&mut self, node: Node, k: usize) {
        if let Some(t) = self.target(node, k) {
            let copies = self.copies(t);
            for &(arg, _) in &copies {
                self.push(arg);
            }
            for &(_, local) in copies.iter().rev() {
                self.sink().local_set(local);
            }
        }
        if let Some(label) = self.cfg.succs[node][k].label {
            let local = self.locals.label.expect("dispatchers have a label local");
            self.sink().i32_const(label as i32).local_set(local);
        }
    }

    fn edge_is_empty(&self, node: Node, k: usize) -> bool {
        self.cfg.succs[node][k].label.is_none() && self.target(node, k).is_none_or(|t| self.copies(t).is_empty())
    }

    fn same_edge(&self, node: Node, a: usize, b: usize) -> bool {
        self.cfg.succs[node][a] == self.cfg.succs[node][b] && self.target(node, a) == self.target(node, b)
    }
}

impl FuncLowerer<'_> {
    fn home(&self, v: Value) -> Home {
        self.locals.home[v.index()]
    }

    /// The IR target of a block node's `k`th edge.
    fn target(&self, node: Node, k: usize) -> Option<&Target> {
        match self.cfg.kinds[node] {
            NodeKind::Block(b) => self.body.term(b).targets().nth(k),
            NodeKind::Start | NodeKind::Dispatch => None,
        }
    }

    /// The copies an edge makes: (argument, parameter's local), leaving out
    /// unused parameters and arguments already in the parameter's local.
    fn copies(&self, t: &Target) -> Vec<(Value, u32)> {
        let params = &self.body.blocks[t.block].params;
        t.args
            .iter()
            .zip(params)
            .filter_map(|(&a, &p)| {
                let local = self.home(p).local()?;
                (self.reads_local(a) != Some(local)).then_some((a, local))
            })
            .collect()
    }

    /// The local a use of `v` reads, if it is one (not a constant or a tree).
    fn reads_local(&self, v: Value) -> Option<u32> {
        match self.home(v) {
            Home::Local(l) => Some(l),
            Home::Tee(l) if self.emitted[v.index()] => Some(l),
            _ => None,
        }
    }

    fn fail(&mut self, message: String) {
        self.error.get_or_insert(message);
    }

    /// Pushes a value: a constant, a `local.get`, or the tree defining it.
    fn push(&mut self, v: Value) {
        if let Some(l) = self.reads_local(v) {
            self.sink().local_get(l);
            return;
        }
        match self.home(v) {
            Home::Local(_) => unreachable!("read above"),
            Home::Const | Home::Stack | Home::Tee(_) => {
                let ValueDef::Result(inst, _) = self.body.values[v].def else {
                    return self.fail(format!("{v} is a block parameter without a local"));
                };
                self.inst(inst);
            }
            Home::Unused => self.fail(format!("{v} is used but has no home")),
        }
    }

    /// Emits an instruction with its operands and puts its results where
    /// they live.
    fn inst(&mut self, inst: Inst) {
        let d = &self.body.insts[inst];
        let n = d.args.len();
        for i in 0..n {
            let arg = match d.op {
                Op::Select => d.args[[1, 2, 0][i]],
                Op::CallIndirect(_) => d.args[if i + 1 == n { 0 } else { i + 1 }],
                _ => d.args[i],
            };
            self.push(arg);
        }
        if let Err(e) = self.op(inst) {
            let text = wago_ir::print::op_mnemonic(&self.body.insts[inst].op);
            return self.fail(format!("{inst} ({text}): {e}"));
        }
        let d = &self.body.insts[inst];
        for &r in d.results.iter().rev() {
            match self.locals.home[r.index()] {
                Home::Stack | Home::Const => {}
                Home::Tee(l) => {
                    self.emitted[r.index()] = true;
                    self.func.instructions().local_tee(l);
                }
                Home::Local(l) => {
                    self.func.instructions().local_set(l);
                }
                Home::Unused => {
                    self.func.instructions().drop();
                }
            }
        }
    }

    fn op(&mut self, inst: Inst) -> Result<(), String> {
        let body = self.body;
        let d = &body.insts[inst];
        let arg_ty = |i: usize| body.ty(d.args[i]);
        let res_ty = || body.ty(d.results[0]);
        let ix = &mut *self.ix;
        let mut s = self.func.instructions();
        match &d.op {
            Op::Const(bits) => match val_type(res_ty()) {
                ValType::I32 => s.i32_const(*bits as u32 as i32),
                ValType::I64 => s.i64_const(*bits as i64),
                ValType::F32 => s.f32_const(Ieee32::new(*bits as u32)),
                _ => s.f64_const(Ieee64::new(*bits)),
            },
            Op::Binary(b) => return binary(&mut s, *b, val_type(arg_ty(0))),
            Op::Unary(u) => return unary(&mut s, *u, val_type(arg_ty(0))),
            Op::Eqz => match val_type(arg_ty(0)) {
                ValType::I32 => s.i32_eqz(),
                ValType::I64 => s.i64_eqz(),
                t => return Err(format!("eqz of {t:?}")),
            },
            Op::Icmp(cc) => return icmp(&mut s, *cc, val_type(arg_ty(0))),
            Op::Fcmp(cc) => return fcmp(&mut s, *cc, val_type(arg_ty(0))),
            Op::Convert(c) => return convert(&mut s, *c, arg_ty(0), res_ty()),
            Op::Select => s.select(),
            Op::Load { kind, offset } => return load(&mut s, *kind, *offset, res_ty()),
            Op::Store { kind, offset } => return store(&mut s, *kind, *offset, arg_ty(1)),
            Op::MemCopy => s.memory_copy(0, 0),
            Op::MemFill => s.memory_fill(0),
            Op::Call(f) => s.call(ix.func(*f)),
            Op::CallIndirect(sig) => s.call_indirect(0, ix.types.index(sig)),
            Op::GlobalGet(g) => s.global_get(ix.global(*g)),
            Op::GlobalSet(g) => s.global_set(ix.global(*g)),
            Op::FuncAddr(f) => s.i32_const(ix.table_index(*f) as i32),
            Op::DataAddr(obj, off) => s.i32_const(ix.data_addr(*obj).wrapping_add(*off) as i32),
            Op::MemorySize => s.memory_size(0),
            Op::MemoryGrow => s.memory_grow(0),
        };
        Ok(())
    }
}

fn binary(s: &mut InstructionSink, op: BinOp, ty: ValType) -> Result<(), String> {
    use BinOp::*;
    use ValType::*;
    match (op, ty) {
        (Add, I32) => s.i32_add(),
        (Sub, I32) => s.i32_sub(),
        (Mul, I32) => s.i32_mul(),
        (SDiv, I32) => s.i32_div_s(),
        (UDiv, I32) => s.i32_div_u(),
        (SRem, I32) => s.i32_rem_s(),
        (URem, I32) => s.i32_rem_u(),
        (And, I32) => s.i32_and(),
        (Or, I32) => s.i32_or(),
        (Xor, I32) => s.i32_xor(),
        (Shl, I32) => s.i32_shl(),
        (SShr, I32) => s.i32_shr_s(),
        (UShr, I32) => s.i32_shr_u(),
        (Rotl, I32) => s.i32_rotl(),
        (Rotr, I32) => s.i32_rotr(),
        (Add, I64) => s.i64_add(),
        (Sub, I64) => s.i64_sub(),
        (Mul, I64) => s.i64_mul(),
        (SDiv, I64) => s.i64_div_s(),
        (UDiv, I64) => s.i64_div_u(),
        (SRem, I64) => s.i64_rem_s(),
        (URem, I64) => s.i64_rem_u(),
        (And, I64) => s.i64_and(),
        (Or, I64) => s.i64_or(),
        (Xor, I64) => s.i64_xor(),
        (Shl, I64) => s.i64_shl(),
        (SShr, I64) => s.i64_shr_s(),
        (UShr, I64) => s.i64_shr_u(),
        (Rotl, I64) => s.i64_rotl(),
        (Rotr, I64) => s.i64_rotr(),
        (FAdd, F32) => s.f32_add(),
        (FSub, F32) => s.f32_sub(),
        (FMul, F32) => s.f32_mul(),
        (FDiv, F32) => s.f32_div(),
        (FMin, F32) => s.f32_min(),
        (FMax, F32) => s.f32_max(),
        (FCopysign, F32) => s.f32_copysign(),
        (FAdd, F64) => s.f64_add(),
        (FSub, F64) => s.f64_sub(),
        (FMul, F64) => s.f64_mul(),
        (FDiv, F64) => s.f64_div(),
        (FMin, F64) => s.f64_min(),
        (FMax, F64) => s.f64_max(),
        (FCopysign, F64) => s.f64_copysign(),
        _ => return Err(format!("operands of type {ty:?}")),
    };
    Ok(())
}

fn unary(s: &mut InstructionSink, op: UnOp, ty: ValType) -> Result<(), String> {
    use UnOp::*;
    use ValType::*;
    match (op, ty) {
        (Clz, I32) => s.i32_clz(),
        (Ctz, I32) => s.i32_ctz(),
        (Popcnt, I32) => s.i32_popcnt(),
        (Sext8, I32) => s.i32_extend8_s(),
        (Sext16, I32) => s.i32_extend16_s(),
        (Sext32, I32) => s,
        (Clz, I64) => s.i64_clz(),
        (Ctz, I64) => s.i64_ctz(),
        (Popcnt, I64) => s.i64_popcnt(),
        (Sext8, I64) => s.i64_extend8_s(),
        (Sext16, I64) => s.i64_extend16_s(),
        (Sext32, I64) => s.i64_extend32_s(),
        (FNeg, F32) => s.f32_neg(),
        (FAbs, F32) => s.f32_abs(),
        (FSqrt, F32) => s.f32_sqrt(),
        (FCeil, F32) => s.f32_ceil(),
        (FFloor, F32) => s.f32_floor(),
        (FTrunc, F32) => s.f32_trunc(),
        (FNearest, F32) => s.f32_nearest(),
        (FNeg, F64) => s.f64_neg(),
        (FAbs, F64) => s.f64_abs(),
        (FSqrt, F64) => s.f64_sqrt(),
        (FCeil, F64) => s.f64_ceil(),
        (FFloor, F64) => s.f64_floor(),
        (FTrunc, F64) => s.f64_trunc(),
        (FNearest, F64) => s.f64_nearest(),
        _ => return Err(format!("operand of type {ty:?}")),
    };
    Ok(())
}

fn icmp(s: &mut InstructionSink, cc: IntCC, ty: ValType) -> Result<(), String> {
    use IntCC::*;
    match (cc, ty) {
        (Eq, ValType::I32) => s.i32_eq(),
        (Ne, ValType::I32) => s.i32_ne(),
        (SLt, ValType::I32) => s.i32_lt_s(),
        (SLe, ValType::I32) => s.i32_le_s(),
        (SGt, ValType::I32) => s.i32_gt_s(),
        (SGe, ValType::I32) => s.i32_ge_s(),
        (ULt, ValType::I32) => s.i32_lt_u(),
        (ULe, ValType::I32) => s.i32_le_u(),
        (UGt, ValType::I32) => s.i32_gt_u(),
        (UGe, ValType::I32) => s.i32_ge_u(),
        (Eq, ValType::I64) => s.i64_eq(),
        (Ne, ValType::I64) => s.i64_ne(),
        (SLt, ValType::I64) => s.i64_lt_s(),
        (SLe, ValType::I64) => s.i64_le_s(),
        (SGt, ValType::I64) => s.i64_gt_s(),
        (SGe, ValType::I64) => s.i64_ge_s(),
        (ULt, ValType::I64) => s.i64_lt_u(),
        (ULe, ValType::I64) => s.i64_le_u(),
        (UGt, ValType::I64) => s.i64_gt_u(),
        (UGe, ValType::I64) => s.i64_ge_u(),
        _ => return Err(format!("operands of type {ty:?}")),
    };
    Ok(())
}

fn fcmp(s: &mut InstructionSink, cc: FloatCC, ty: ValType) -> Result<(), String> {
    use FloatCC::*;
    match (cc, ty) {
        (Eq, ValType::F32) => s.f32_eq(),
        (Ne, ValType::F32) => s.f32_ne(),
        (Lt, ValType::F32) => s.f32_lt(),
        (Le, ValType::F32) => s.f32_le(),
        (Gt, ValType::F32) => s.f32_gt(),
        (Ge, ValType::F32) => s.f32_ge(),
        (Eq, ValType::F64) => s.f64_eq(),
        (Ne, ValType::F64) => s.f64_ne(),
        (Lt, ValType::F64) => s.f64_lt(),
        (Le, ValType::F64) => s.f64_le(),
        (Gt, ValType::F64) => s.f64_gt(),
        (Ge, ValType::F64) => s.f64_ge(),
        _ => return Err(format!("operands of type {ty:?}")),
    };
    Ok(())
}

fn convert(s: &mut InstructionSink, op: ConvOp, from: Ty, to: Ty) -> Result<(), String> {
    use ConvOp::*;
    use ValType::*;
    let (f, t) = (val_type(from), val_type(to));
    match (op, f, t) {
        (Wrap, I64, I32) => s.i32_wrap_i64(),
        (SExt, I32, I64) => s.i64_extend_i32_s(),
        (UExt, I32, I64) => s.i64_extend_i32_u(),
        (FToS, F32, I32) => s.i32_trunc_sat_f32_s(),
        (FToS, F64, I32) => s.i32_trunc_sat_f64_s(),
        (FToS, F32, I64) => s.i64_trunc_sat_f32_s(),
        (FToS, F64, I64) => s.i64_trunc_sat_f64_s(),
        (FToU, F32, I32) => s.i32_trunc_sat_f32_u(),
        (FToU, F64, I32) => s.i32_trunc_sat_f64_u(),
        (FToU, F32, I64) => s.i64_trunc_sat_f32_u(),
        (FToU, F64, I64) => s.i64_trunc_sat_f64_u(),
        (SToF, I32, F32) => s.f32_convert_i32_s(),
        (SToF, I64, F32) => s.f32_convert_i64_s(),
        (SToF, I32, F64) => s.f64_convert_i32_s(),
        (SToF, I64, F64) => s.f64_convert_i64_s(),
        (UToF, I32, F32) => s.f32_convert_i32_u(),
        (UToF, I64, F32) => s.f32_convert_i64_u(),
        (UToF, I32, F64) => s.f64_convert_i32_u(),
        (UToF, I64, F64) => s.f64_convert_i64_u(),
        (FPromote, F32, F64) => s.f64_promote_f32(),
        (FDemote, F64, F32) => s.f32_demote_f64(),
        (Bitcast, I32, F32) => s.f32_reinterpret_i32(),
        (Bitcast, F32, I32) => s.i32_reinterpret_f32(),
        (Bitcast, I64, F64) => s.f64_reinterpret_i64(),
        (Bitcast, F64, I64) => s.i64_reinterpret_f64(),
        (Bitcast, a, b) if a == b => s,
        _ => return Err(format!("no conversion from {} to {}", from.name(), to.name())),
    };
    Ok(())
}

/// A memory operand with the natural alignment of a `bytes`-wide access.
fn mem_arg(offset: u32, bytes: u32) -> MemArg {
    MemArg { offset: u64::from(offset), align: bytes.trailing_zeros(), memory_index: 0 }
}

fn load(s: &mut InstructionSink, kind: MemKind, offset: u32, ty: Ty) -> Result<(), String> {
    use MemKind::*;
    use ValType::*;
    match (kind, val_type(ty)) {
        (Full, I32) | (S32 | U32, I32) => s.i32_load(mem_arg(offset, 4)),
        (Full, I64) => s.i64_load(mem_arg(offset, 8)),
        (Full, F32) => s.f32_load(mem_arg(offset, 4)),
        (Full, F64) => s.f64_load(mem_arg(offset, 8)),
        (S8, I32) => s.i32_load8_s(mem_arg(offset, 1)),
        (U8, I32) => s.i32_load8_u(mem_arg(offset, 1)),
        (S16, I32) => s.i32_load16_s(mem_arg(offset, 2)),
        (U16, I32) => s.i32_load16_u(mem_arg(offset, 2)),
        (S8, I64) => s.i64_load8_s(mem_arg(offset, 1)),
        (U8, I64) => s.i64_load8_u(mem_arg(offset, 1)),
        (S16, I64) => s.i64_load16_s(mem_arg(offset, 2)),
        (U16, I64) => s.i64_load16_u(mem_arg(offset, 2)),
        (S32, I64) => s.i64_load32_s(mem_arg(offset, 4)),
        (U32, I64) => s.i64_load32_u(mem_arg(offset, 4)),
        _ => return Err(format!("no {kind:?} load of {}", ty.name())),
    };
    Ok(())
}

fn store(s: &mut InstructionSink, kind: MemKind, offset: u32, ty: Ty) -> Result<(), String> {
    use MemKind::*;
    use ValType::*;
    match (kind, val_type(ty)) {
        (Full, I32) | (S32 | U32, I32) => s.i32_store(mem_arg(offset, 4)),
        (Full, I64) => s.i64_store(mem_arg(offset, 8)),
        (Full, F32) => s.f32_store(mem_arg(offset, 4)),
        (Full, F64) => s.f64_store(mem_arg(offset, 8)),
        (S8 | U8, I32) => s.i32_store8(mem_arg(offset, 1)),
        (S16 | U16, I32) => s.i32_store16(mem_arg(offset, 2)),
        (S8 | U8, I64) => s.i64_store8(mem_arg(offset, 1)),
        (S16 | U16, I64) => s.i64_store16(mem_arg(offset, 2)),
        (S32 | U32, I64) => s.i64_store32(mem_arg(offset, 4)),
        _ => return Err(format!("no {kind:?} store of {}", ty.name())),
    };
    Ok(())
}
