//! Constant folding with WebAssembly's exact semantics: integer arithmetic
//! wraps, shift and rotate counts are taken modulo the width, float
//! arithmetic rounds to nearest-even, `fmin`/`fmax` propagate NaN and
//! order -0 below +0, `fneg`/`fabs`/`fcopysign` touch only the sign bit,
//! float-to-int conversions saturate (NaN gives 0). A division that would
//! trap (by zero, or `MinInt / -1` signed) is never folded: the trap must
//! happen at run time.
//!
//! NaN results are canonical (positive, quiet, zero payload): WebAssembly
//! lets arithmetic produce any arithmetic NaN, and a fixed choice makes
//! the compiler's output the same on every host.
//!
//! A folded instruction becomes a `const` in place, so its result keeps
//! its value id; a `select` on a constant condition is replaced by the
//! chosen operand. Blocks are visited in reverse postorder, so operands
//! are folded before their uses.

use super::{Substitution, const_is_true, const_value};
use crate::analysis::Cfg;
use crate::ir::*;

pub(super) fn run(body: &mut Body) -> bool {
    let cfg = Cfg::new(body);
    let mut subst = Substitution::new(body);
    let mut changed = false;
    for &b in cfg.rpo() {
        for k in 0..body.blocks[b].insts.len() {
            let inst = body.blocks[b].insts[k];
            let args: Vec<Value> = body.insts[inst].args.iter().map(|&a| subst.resolve(a)).collect();
            match fold_inst(body, inst, &args) {
                Some(Folded::Const(bits)) => {
                    body.insts[inst].op = Op::Const(bits);
                    body.insts[inst].args.clear();
                    changed = true;
                }
                Some(Folded::Value(v)) => {
                    subst.insert(body.insts[inst].results[0], v);
                    changed = true;
                }
                None => {}
            }
        }
    }
    subst.apply(body);
    changed
}

enum Folded {
    Const(u64),
    /// The result is this other value.
    Value(Value),
}

fn fold_inst(body: &Body, inst: Inst, args: &[Value]) -> Option<Folded> {
    let data = &body.insts[inst];
    let &[result] = data.results.as_slice() else { return None };
    let ty = body.ty(result);
    if data.op == Op::Select {
        return fold_select(body, args);
    }
    let consts: Vec<u64> = args.iter().map(|&a| const_value(body, a)).collect::<Option<_>>()?;
    let arg_ty = args.first().map(|&a| body.ty(a));
    let bits = match (&data.op, consts.as_slice(), arg_ty) {
        (Op::Binary(op), &[a, b], _) => fold_binary(*op, ty, a, b)?,
        (Op::Unary(op), &[a], _) => fold_unary(*op, ty, a)?,
        (Op::Eqz, &[a], Some(t)) => u64::from(!const_is_true(t, a)),
        (Op::Icmp(cc), &[a, b], Some(t)) => u64::from(fold_icmp(*cc, t, a, b)),
        (Op::Fcmp(cc), &[a, b], Some(t)) => u64::from(fold_fcmp(*cc, t, a, b)),
        (Op::Convert(c), &[a], Some(from)) => fold_convert(*c, from, ty, a)?,
        _ => return None,
    };
    Some(Folded::Const(bits))
}

fn fold_select(body: &Body, args: &[Value]) -> Option<Folded> {
    let &[cond, a, b] = args else { return None };
    if a == b {
        return Some(Folded::Value(a));
    }
    let bits = const_value(body, cond)?;
    Some(Folded::Value(if const_is_true(body.ty(cond), bits) { a } else { b }))
}

/// Float arithmetic; NaN results are canonicalised by the caller.
macro_rules! float_binary {
    ($op:expr, $f:ty, $a:expr, $b:expr) => {{
        let (a, b): ($f, $f) = ($a, $b);
        match $op {
            BinOp::FAdd => Some(a + b),
            BinOp::FSub => Some(a - b),
            BinOp::FMul => Some(a * b),
            BinOp::FDiv => Some(a / b),
            BinOp::FMin | BinOp::FMax if a.is_nan() || b.is_nan() => Some(<$f>::NAN),
            // -0 < +0 here, unlike `<`.
            BinOp::FMin if a == b => Some(if a.is_sign_negative() { a } else { b }),
            BinOp::FMax if a == b => Some(if a.is_sign_positive() { a } else { b }),
            BinOp::FMin => Some(if a < b { a } else { b }),
            BinOp::FMax => Some(if a > b { a } else { b }),
            _ => None,
        }
    }};
}

macro_rules! float_unary {
    ($op:expr, $a:expr) => {{
        let a = $a;
        match $op {
            UnOp::FSqrt => Some(a.sqrt()),
            UnOp::FCeil => Some(a.ceil()),
            UnOp::FFloor => Some(a.floor()),
            UnOp::FTrunc => Some(a.trunc()),
            UnOp::FNearest => Some(a.round_ties_even()),
            _ => None,
        }
    }};
}

const F32_NAN: u32 = 0x7fc0_0000;
const F64_NAN: u64 = 0x7ff8_0000_0000_0000;

fn f32_bits(x: f32) -> u64 {
    u64::from(if x.is_nan() { F32_NAN } else { x.to_bits() })
}

fn f64_bits(x: f64) -> u64 {
    if x.is_nan() { F64_NAN } else { x.to_bits() }
}

/// `op` on constants of type `ty`; `None` when it would trap.
pub fn fold_binary(op: BinOp, ty: Ty, a: u64, b: u64) -> Option<u64> {
    match ty {
        Ty::I32 | Ty::Ptr => int32_binary(op, a as u32, b as u32).map(u64::from),
        Ty::I64 => int64_binary(op, a, b),
        // Bitwise on the sign, NaN payloads included.
        Ty::F32 if op == BinOp::FCopysign => Some((a & 0x7fff_ffff) | (b & 0x8000_0000)),
        Ty::F64 if op == BinOp::FCopysign => Some((a & !(1 << 63)) | (b & (1 << 63))),
        Ty::F32 => float_binary!(op, f32, f32::from_bits(a as u32), f32::from_bits(b as u32)).map(f32_bits),
        Ty::F64 => float_binary!(op, f64, f64::from_bits(a), f64::from_bits(b)).map(f64_bits),
    }
}

macro_rules! int_binary {
    ($name:ident, $u:ty, $i:ty) => {
        fn $name(op: BinOp, a: $u, b: $u) -> Option<$u> {
            let (sa, sb) = (a as $i, b as $i);
            Some(match op {
                BinOp::Add => a.wrapping_add(b),
                BinOp::Sub => a.wrapping_sub(b),
                BinOp::Mul => a.wrapping_mul(b),
                BinOp::SDiv if b == 0 || (sa == <$i>::MIN && sb == -1) => return None,
                BinOp::SDiv => (sa / sb) as $u,
                BinOp::UDiv | BinOp::URem | BinOp::SRem if b == 0 => return None,
                BinOp::UDiv => a / b,
                BinOp::URem => a % b,
                BinOp::SRem => sa.wrapping_rem(sb) as $u,
                BinOp::And => a & b,
                BinOp::Or => a | b,
                BinOp::Xor => a ^ b,
                BinOp::Shl => a.wrapping_shl(b as u32),
                BinOp::SShr => sa.wrapping_shr(b as u32) as $u,
                BinOp::UShr => a.wrapping_shr(b as u32),
                BinOp::Rotl => a.rotate_left((b % <$u>::BITS as $u) as u32),
                BinOp::Rotr => a.rotate_right((b % <$u>::BITS as $u) as u32),
                _ => return None,
            })
        }
    };
}

int_binary!(int32_binary, u32, i32);
int_binary!(int64_binary, u64, i64);

/// `op` on a constant of type `ty`.
pub fn fold_unary(op: UnOp, ty: Ty, a: u64) -> Option<u64> {
    let sign64 = 1u64 << 63;
    let sign32 = 1u64 << 31;
    Some(match (op, ty) {
        (UnOp::Clz, Ty::I32 | Ty::Ptr) => u64::from((a as u32).leading_zeros()),
        (UnOp::Ctz, Ty::I32 | Ty::Ptr) => u64::from((a as u32).trailing_zeros()),
        (UnOp::Popcnt, Ty::I32 | Ty::Ptr) => u64::from((a as u32).count_ones()),
        (UnOp::Sext8, Ty::I32 | Ty::Ptr) => u64::from(a as i8 as i32 as u32),
        (UnOp::Sext16, Ty::I32 | Ty::Ptr) => u64::from(a as i16 as i32 as u32),
        (UnOp::Clz, Ty::I64) => u64::from(a.leading_zeros()),
        (UnOp::Ctz, Ty::I64) => u64::from(a.trailing_zeros()),
        (UnOp::Popcnt, Ty::I64) => u64::from(a.count_ones()),
        (UnOp::Sext8, Ty::I64) => a as i8 as i64 as u64,
        (UnOp::Sext16, Ty::I64) => a as i16 as i64 as u64,
        (UnOp::Sext32, Ty::I64) => a as i32 as i64 as u64,
        (UnOp::FNeg, Ty::F32) => (a ^ sign32) & 0xffff_ffff,
        (UnOp::FAbs, Ty::F32) => a & (sign32 - 1),
        (UnOp::FNeg, Ty::F64) => a ^ sign64,
        (UnOp::FAbs, Ty::F64) => a & (sign64 - 1),
        (_, Ty::F32) => f32_bits(float_unary!(op, f32::from_bits(a as u32))?),
        (_, Ty::F64) => f64_bits(float_unary!(op, f64::from_bits(a))?),
        _ => return None,
    })
}

/// An integer comparison of constants of type `ty`.
pub fn fold_icmp(cc: IntCC, ty: Ty, a: u64, b: u64) -> bool {
    let (sa, sb, ua, ub) = if ty.bytes() == 4 {
        (i64::from(a as u32 as i32), i64::from(b as u32 as i32), u64::from(a as u32), u64::from(b as u32))
    } else {
        (a as i64, b as i64, a, b)
    };
    match cc {
        IntCC::Eq => ua == ub,
        IntCC::Ne => ua != ub,
        IntCC::SLt => sa < sb,
        IntCC::SLe => sa <= sb,
        IntCC::SGt => sa > sb,
        IntCC::SGe => sa >= sb,
        IntCC::ULt => ua < ub,
        IntCC::ULe => ua <= ub,
        IntCC::UGt => ua > ub,
        IntCC::UGe => ua >= ub,
    }
}

/// A float comparison of constants of type `ty` (NaN is unordered: only
/// `ne` holds).
pub fn fold_fcmp(cc: FloatCC, ty: Ty, a: u64, b: u64) -> bool {
    // f32 → f64 is exact, so comparing widened values is the same.
    let (a, b) = if ty == Ty::F32 {
        (f64::from(f32::from_bits(a as u32)), f64::from(f32::from_bits(b as u32)))
    } else {
        (f64::from_bits(a), f64::from_bits(b))
    };
    match cc {
        FloatCC::Eq => a == b,
        FloatCC::Ne => a != b,
        FloatCC::Lt => a < b,
        FloatCC::Le => a <= b,
        FloatCC::Gt => a > b,
        FloatCC::Ge => a >= b,
    }
}

/// A conversion of a constant from type `from` to `to`. Rust's `as`
/// between floats and integers rounds to nearest-even and saturates with
/// NaN giving 0: exactly WebAssembly's `trunc_sat` and `convert`.
pub fn fold_convert(c: ConvOp, from: Ty, to: Ty, a: u64) -> Option<u64> {
    let f = |a: u64| if from == Ty::F32 { f64::from(f32::from_bits(a as u32)) } else { f64::from_bits(a) };
    let wide_to = to == Ty::I64 || to == Ty::F64;
    let int = |a: u64, signed: bool| match (from.bytes() == 4, signed) {
        (true, true) => i128::from(a as u32 as i32),
        (true, false) => i128::from(a as u32),
        (false, true) => i128::from(a as i64),
        (false, false) => i128::from(a),
    };
    Some(match c {
        ConvOp::Wrap => u64::from(a as u32),
        ConvOp::SExt => a as u32 as i32 as i64 as u64,
        ConvOp::UExt => u64::from(a as u32),
        // A float widened to f64 exactly, then saturated.
        ConvOp::FToS if wide_to => f(a) as i64 as u64,
        ConvOp::FToS => u64::from(f(a) as i32 as u32),
        ConvOp::FToU if wide_to => f(a) as u64,
        ConvOp::FToU => u64::from(f(a) as u32),
        // One rounding, from the exact integer.
        ConvOp::SToF | ConvOp::UToF => int_to_float(int(a, c == ConvOp::SToF), to),
        ConvOp::FPromote => f64_bits(f(a)),
        ConvOp::FDemote => f32_bits(f64::from_bits(a) as f32),
        ConvOp::Bitcast if from.bytes() == 4 => u64::from(a as u32),
        ConvOp::Bitcast => a,
    })
}

fn int_to_float(n: i128, to: Ty) -> u64 {
    // Every i64 and u64 fits an i128 exactly; `as` from it rounds once.
    if to == Ty::F32 { u64::from((n as f32).to_bits()) } else { (n as f64).to_bits() }
}
