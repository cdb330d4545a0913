//! The IR's text form, written. `parse` reads it back; the two agree on
//! every construct, so `parse(print(m))` prints the same text again.
//!
//! ```text
//! import func @wasi.fd_write(i32, i32, i32, i32) -> (i32) = "wasi_snapshot_preview1" "fd_write"
//! global @runtime.heap: ptr = 0
//! data @go.str.0 align 1 size 6 = "hello\n"
//! data @main.T.desc align 4 size 8 = "" reloc 0 @go.str.0+0 reloc 4 @main.f
//! func @main.main() -> () export "_start" {
//! b0:
//!   v0:ptr = data_addr @go.str.0+0
//!   v1:i64 = const 6
//!   call @runtime.printstring(v0, v1)
//!   return
//! }
//! ```
//!
//! Module items are referred to by name (`@name`, quoted when the name has
//! characters other than letters, digits, `_`, `.` and `$`), so names are
//! unique within a module. Values and blocks print as `v<id>` and `b<id>`.

use crate::ir::*;
use std::fmt::{self, Write};

/// Prints a whole module.
pub fn module_to_string(m: &Module) -> String {
    let mut out = String::new();
    write_module(&mut out, m).expect("writing to a String");
    out
}

/// Prints one function (with the module for names).
pub fn func_to_string(m: &Module, f: FuncId) -> String {
    let mut out = String::new();
    write_func(&mut out, m, f).expect("writing to a String");
    out
}

pub fn write_module(out: &mut String, m: &Module) -> fmt::Result {
    for g in m.globals.values() {
        writeln!(out, "global {}: {} = {}", Name(&g.name), g.ty.name(), ConstBits(g.ty, g.init))?;
    }
    for d in m.data.values() {
        write!(out, "data {} align {} size {} = ", Name(&d.name), d.align, d.size)?;
        write_bytes(out, &d.init)?;
        for r in &d.relocs {
            write!(out, " reloc {} ", r.offset)?;
            match r.target {
                RelocTarget::Data(id, add) => write!(out, "{}+{}", Name(&m.data[id].name), add)?,
                RelocTarget::Func(f) => write!(out, "{}", Name(&m.funcs[f].name))?,
            }
        }
        out.push('\n');
    }
    for f in m.funcs.ids() {
        if m.funcs[f].body().is_none() {
            write_func(out, m, f)?;
        }
    }
    for f in m.funcs.ids() {
        if m.funcs[f].body().is_some() {
            out.push('\n');
            write_func(out, m, f)?;
        }
    }
    if let Some(entry) = m.entry {
        writeln!(out, "\nentry {}", Name(&m.funcs[entry].name))?;
    }
    Ok(())
}

pub fn write_func(out: &mut String, m: &Module, id: FuncId) -> fmt::Result {
    let f = &m.funcs[id];
    match &f.kind {
        FuncKind::Import { module, name } => {
            write!(out, "import func {}", Name(&f.name))?;
            write_sig(out, &f.sig)?;
            write!(out, " = ")?;
            write_bytes(out, module.as_bytes())?;
            out.push(' ');
            write_bytes(out, name.as_bytes())?;
            out.push('\n');
        }
        FuncKind::Body(body) => {
            write!(out, "func {}", Name(&f.name))?;
            write_sig(out, &f.sig)?;
            if let Some(e) = &f.export {
                write!(out, " export ")?;
                write_bytes(out, e.as_bytes())?;
            }
            out.push_str(" {\n");
            for &b in &body.layout {
                write_block(out, m, body, b)?;
            }
            out.push_str("}\n");
        }
    }
    Ok(())
}

fn write_sig(out: &mut String, sig: &Signature) -> fmt::Result {
    write!(out, "({}) -> ({})", TyList(&sig.params), TyList(&sig.results))
}

fn write_block(out: &mut String, m: &Module, body: &Body, b: Block) -> fmt::Result {
    let data = &body.blocks[b];
    write!(out, "{b}")?;
    if !data.params.is_empty() {
        out.push('(');
        for (i, &p) in data.params.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            write!(out, "{p}: {}", body.ty(p).name())?;
        }
        out.push(')');
    }
    out.push_str(":\n");
    for &inst in &data.insts {
        out.push_str("  ");
        write_inst(out, m, body, inst)?;
        out.push('\n');
    }
    out.push_str("  ");
    match &data.term {
        Some(t) => write_term(out, t)?,
        None => out.push_str("<unterminated>"),
    }
    out.push('\n');
    Ok(())
}

fn write_inst(out: &mut String, m: &Module, body: &Body, inst: Inst) -> fmt::Result {
    let data = &body.insts[inst];
    for (i, &r) in data.results.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write!(out, "{r}:{}", body.ty(r).name())?;
    }
    if !data.results.is_empty() {
        out.push_str(" = ");
    }
    let args = &data.args;
    match &data.op {
        Op::Const(bits) => {
            let ty = data.results.first().map_or(Ty::I64, |&r| body.ty(r));
            write!(out, "const {}", ConstBits(ty, *bits))
        }
        Op::Call(f) => write!(out, "call {}({})", Name(&m.funcs[*f].name), Values(args)),
        Op::CallIndirect(sig) => {
            out.push_str("call_indirect ");
            write_sig(out, sig)?;
            write!(out, " {}({})", args[0], Values(&args[1..]))
        }
        Op::GlobalGet(g) => write!(out, "global_get {}", Name(&m.globals[*g].name)),
        Op::GlobalSet(g) => write!(out, "global_set {}, {}", Name(&m.globals[*g].name), Values(args)),
        Op::FuncAddr(f) => write!(out, "func_addr {}", Name(&m.funcs[*f].name)),
        Op::DataAddr(d, off) => write!(out, "data_addr {}+{off}", Name(&m.data[*d].name)),
        Op::Load { kind, offset } => write!(out, "load{} {} +{offset}", mem_suffix(*kind), Values(args)),
        Op::Store { kind, offset } => {
            write!(out, "store{} {} +{offset}, {}", mem_suffix(*kind), args[0], Values(&args[1..]))
        }
        op => write!(out, "{} {}", op_mnemonic(op), Values(args)),
    }
}

fn write_term(out: &mut String, t: &Terminator) -> fmt::Result {
    match t {
        Terminator::Jump(t) => write!(out, "jump {}", TargetText(t)),
        Terminator::Branch { cond, then, else_ } => {
            write!(out, "br {cond}, {}, {}", TargetText(then), TargetText(else_))
        }
        Terminator::Switch { index, targets, default } => {
            write!(out, "switch {index}, [")?;
            for (i, t) in targets.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write!(out, "{}", TargetText(t))?;
            }
            write!(out, "], {}", TargetText(default))
        }
        Terminator::Return(vals) if vals.is_empty() => write!(out, "return"),
        Terminator::Return(vals) => write!(out, "return {}", Values(vals)),
        Terminator::Unreachable => write!(out, "unreachable"),
    }
}

/// The mnemonic of an operation that prints as `mnemonic args`.
pub fn op_mnemonic(op: &Op) -> &'static str {
    match op {
        Op::Binary(b) => binop_name(*b),
        Op::Unary(u) => unop_name(*u),
        Op::Eqz => "eqz",
        Op::Icmp(cc) => match cc {
            IntCC::Eq => "icmp.eq",
            IntCC::Ne => "icmp.ne",
            IntCC::SLt => "icmp.slt",
            IntCC::SLe => "icmp.sle",
            IntCC::SGt => "icmp.sgt",
            IntCC::SGe => "icmp.sge",
            IntCC::ULt => "icmp.ult",
            IntCC::ULe => "icmp.ule",
            IntCC::UGt => "icmp.ugt",
            IntCC::UGe => "icmp.uge",
        },
        Op::Fcmp(cc) => match cc {
            FloatCC::Eq => "fcmp.eq",
            FloatCC::Ne => "fcmp.ne",
            FloatCC::Lt => "fcmp.lt",
            FloatCC::Le => "fcmp.le",
            FloatCC::Gt => "fcmp.gt",
            FloatCC::Ge => "fcmp.ge",
        },
        Op::Convert(c) => match c {
            ConvOp::Wrap => "wrap",
            ConvOp::SExt => "sext",
            ConvOp::UExt => "uext",
            ConvOp::FToS => "ftos",
            ConvOp::FToU => "ftou",
            ConvOp::SToF => "stof",
            ConvOp::UToF => "utof",
            ConvOp::FPromote => "fpromote",
            ConvOp::FDemote => "fdemote",
            ConvOp::Bitcast => "bitcast",
        },
        Op::Select => "select",
        Op::MemCopy => "memcopy",
        Op::MemFill => "memfill",
        Op::MemorySize => "memory_size",
        Op::MemoryGrow => "memory_grow",
        Op::Const(_)
        | Op::Load { .. }
        | Op::Store { .. }
        | Op::Call(_)
        | Op::CallIndirect(_)
        | Op::GlobalGet(_)
        | Op::GlobalSet(_)
        | Op::FuncAddr(_)
        | Op::DataAddr(..) => "",
    }
}

pub fn binop_name(b: BinOp) -> &'static str {
    use BinOp::*;
    match b {
        Add => "add",
        Sub => "sub",
        Mul => "mul",
        SDiv => "sdiv",
        UDiv => "udiv",
        SRem => "srem",
        URem => "urem",
        And => "and",
        Or => "or",
        Xor => "xor",
        Shl => "shl",
        SShr => "sshr",
        UShr => "ushr",
        Rotl => "rotl",
        Rotr => "rotr",
        FAdd => "fadd",
        FSub => "fsub",
        FMul => "fmul",
        FDiv => "fdiv",
        FMin => "fmin",
        FMax => "fmax",
        FCopysign => "fcopysign",
    }
}

pub fn unop_name(u: UnOp) -> &'static str {
    use UnOp::*;
    match u {
        Clz => "clz",
        Ctz => "ctz",
        Popcnt => "popcnt",
        Sext8 => "sext8",
        Sext16 => "sext16",
        Sext32 => "sext32",
        FNeg => "fneg",
        FAbs => "fabs",
        FSqrt => "fsqrt",
        FCeil => "fceil",
        FFloor => "ffloor",
        FTrunc => "ftrunc",
        FNearest => "fnearest",
    }
}

pub fn mem_suffix(k: MemKind) -> &'static str {
    match k {
        MemKind::Full => "",
        MemKind::S8 => ".s8",
        MemKind::U8 => ".u8",
        MemKind::S16 => ".s16",
        MemKind::U16 => ".u16",
        MemKind::S32 => ".s32",
        MemKind::U32 => ".u32",
    }
}

/// Bytes as a quoted string: printable ASCII as is, the rest as `\xx` hex.
fn write_bytes(out: &mut String, bytes: &[u8]) -> fmt::Result {
    out.push('"');
    for &b in bytes {
        match b {
            b'"' | b'\\' => write!(out, "\\{b:02x}")?,
            0x20..=0x7e => out.push(b as char),
            _ => write!(out, "\\{b:02x}")?,
        }
    }
    out.push('"');
    Ok(())
}

/// A module item's name, quoted when it is not a plain word.
struct Name<'a>(&'a str);

impl fmt::Display for Name<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plain =
            !self.0.is_empty() && self.0.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'$'));
        if plain { write!(f, "@{}", self.0) } else { write!(f, "@{:?}", self.0) }
    }
}

/// A constant of a type: integers in signed decimal of their width,
/// floats in the shortest decimal that reads back exactly, or as raw bits
/// (`0x…`) when not finite.
struct ConstBits(Ty, u64);

impl fmt::Display for ConstBits {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let bits = self.1;
        match self.0 {
            Ty::I64 => write!(f, "{}", bits as i64),
            Ty::I32 | Ty::Ptr => write!(f, "{}", bits as u32 as i32),
            Ty::F32 => {
                let x = f32::from_bits(bits as u32);
                if x.is_finite() { write!(f, "{x:?}") } else { write!(f, "0x{:08x}", bits as u32) }
            }
            Ty::F64 => {
                let x = f64::from_bits(bits);
                if x.is_finite() { write!(f, "{x:?}") } else { write!(f, "0x{bits:016x}") }
            }
        }
    }
}

struct TyList<'a>(&'a [Ty]);

impl fmt::Display for TyList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, t) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(t.name())?;
        }
        Ok(())
    }
}

struct Values<'a>(&'a [Value]);

impl fmt::Display for Values<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, v) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{v}")?;
        }
        Ok(())
    }
}

struct TargetText<'a>(&'a Target);

impl fmt::Display for TargetText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.block)?;
        if !self.0.args.is_empty() {
            write!(f, "({})", Values(&self.0.args))?;
        }
        Ok(())
    }
}

/// Prints one instruction as it appears in a block (without indentation).
pub fn inst_to_string(m: &Module, body: &Body, inst: Inst) -> String {
    let mut out = String::new();
    write_inst(&mut out, m, body, inst).expect("writing to a String");
    out
}

/// Prints a terminator as it appears at the end of a block.
pub fn term_to_string(t: &Terminator) -> String {
    let mut out = String::new();
    write_term(&mut out, t).expect("writing to a String");
    out
}
