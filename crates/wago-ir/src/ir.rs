//! The IR's data: modules, functions, blocks, instructions and values.
//!
//! Invariants (checked by `verify`):
//! - Every value is defined once: by an instruction result or a block
//!   parameter, and its definition dominates each use.
//! - A block is a list of instructions ended by exactly one terminator;
//!   control enters only at the top, passing one argument per parameter.
//! - Operand and result types agree with the operation (see [`Op`]).
//! - `blocks[0]` of a function's layout is its entry; its parameters are
//!   the function's parameters.

use crate::define_ids;
use crate::entity::Arena;

define_ids! {
    /// A function of the module (defined or imported).
    FuncId = "@f";
    /// A global variable (a WebAssembly global).
    GlobalId = "@g";
    /// A data object in linear memory.
    DataId = "@d";
    /// A basic block of one function.
    Block = "b";
    /// An instruction of one function.
    Inst = "i";
    /// An SSA value of one function.
    Value = "v";
}

/// The machine type of a value. `Ptr` is a 32-bit address into linear
/// memory that may point into the heap: the GC-root pass keeps such values
/// visible to the collector. Go's int8..int32 and bool live in `I32`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Ty {
    I32,
    I64,
    F32,
    F64,
    Ptr,
}

impl Ty {
    pub const ALL: [Ty; 5] = [Ty::I32, Ty::I64, Ty::F32, Ty::F64, Ty::Ptr];

    pub fn name(self) -> &'static str {
        match self {
            Ty::I32 => "i32",
            Ty::I64 => "i64",
            Ty::F32 => "f32",
            Ty::F64 => "f64",
            Ty::Ptr => "ptr",
        }
    }
    /// Whether values of this type are integers as WebAssembly sees them
    /// (`ptr` is an `i32` there).
    pub fn is_int(self) -> bool {
        matches!(self, Ty::I32 | Ty::I64 | Ty::Ptr)
    }
    pub fn is_float(self) -> bool {
        matches!(self, Ty::F32 | Ty::F64)
    }
    /// Size in bytes.
    pub fn bytes(self) -> u32 {
        match self {
            Ty::I32 | Ty::F32 | Ty::Ptr => 4,
            Ty::I64 | Ty::F64 => 8,
        }
    }
}

/// Parameter and result types of a function or an indirect call.
#[derive(Clone, PartialEq, Eq, Hash, Debug, Default)]
pub struct Signature {
    pub params: Vec<Ty>,
    pub results: Vec<Ty>,
}

/// The whole program.
#[derive(Debug, Default)]
pub struct Module {
    pub funcs: Arena<FuncId, Func>,
    pub globals: Arena<GlobalId, Global>,
    pub data: Arena<DataId, Data>,
    /// The function run as the WASI command's `_start`.
    pub entry: Option<FuncId>,
}

/// A function: defined here (with a body) or imported from the host.
#[derive(Debug)]
pub struct Func {
    /// The link name, e.g. `main.main` or `runtime.printint`.
    pub name: String,
    pub sig: Signature,
    pub kind: FuncKind,
    /// Exported under this name, if any.
    pub export: Option<String>,
}

#[derive(Debug)]
pub enum FuncKind {
    /// Imported: `(import "module" "name" (func ...))`.
    Import {
        module: String,
        name: String,
    },
    Body(Body),
}

/// A global variable, initialised to a constant (its bits).
#[derive(Debug)]
pub struct Global {
    pub name: String,
    pub ty: Ty,
    pub init: u64,
}

/// A data object: `size` bytes at an address the linker picks (a multiple
/// of `align`), starting with `init` (the rest zero), with addresses of
/// other objects or functions patched in by `relocs`.
#[derive(Debug, Default)]
pub struct Data {
    pub name: String,
    pub align: u32,
    pub size: u32,
    pub init: Vec<u8>,
    pub relocs: Vec<Reloc>,
}

/// A 4-byte little-endian address written at `offset` of a data object.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Reloc {
    pub offset: u32,
    pub target: RelocTarget,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RelocTarget {
    /// The address of a data object plus an addend.
    Data(DataId, u32),
    /// The function's index in the indirect-call table.
    Func(FuncId),
}

/// A function body: a CFG of blocks in SSA form.
#[derive(Debug, Default)]
pub struct Body {
    pub blocks: Arena<Block, BlockData>,
    pub insts: Arena<Inst, InstData>,
    pub values: Arena<Value, ValueData>,
    /// Block order; `layout[0]` is the entry block.
    pub layout: Vec<Block>,
}

#[derive(Debug, Default)]
pub struct BlockData {
    pub params: Vec<Value>,
    pub insts: Vec<Inst>,
    /// `None` only while the block is being built.
    pub term: Option<Terminator>,
}

#[derive(Clone, Debug)]
pub struct InstData {
    pub op: Op,
    pub args: Vec<Value>,
    pub results: Vec<Value>,
}

#[derive(Clone, Copy, Debug)]
pub struct ValueData {
    pub ty: Ty,
    pub def: ValueDef,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ValueDef {
    /// The `n`th result of an instruction.
    Result(Inst, u32),
    /// The `n`th parameter of a block.
    Param(Block, u32),
}

/// Where a terminator sends control, with the block's arguments.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Target {
    pub block: Block,
    pub args: Vec<Value>,
}

/// How a block ends.
#[derive(Clone, Debug)]
pub enum Terminator {
    Jump(Target),
    /// To `then` if `cond` (an `i32`) is non-zero, else to `else_`.
    Branch {
        cond: Value,
        then: Target,
        else_: Target,
    },
    /// To `targets[index]` (index an `i32`), or `default` when out of range.
    Switch {
        index: Value,
        targets: Vec<Target>,
        default: Target,
    },
    Return(Vec<Value>),
    /// A trap: control never gets here in a correct program.
    Unreachable,
}

impl Terminator {
    /// The targets, in order.
    pub fn targets(&self) -> impl Iterator<Item = &Target> {
        let (a, b, rest): (Option<&Target>, Option<&Target>, &[Target]) = match self {
            Terminator::Jump(t) => (Some(t), None, &[]),
            Terminator::Branch { then, else_, .. } => (Some(then), Some(else_), &[]),
            Terminator::Switch { targets, default, .. } => (Some(default), None, targets),
            Terminator::Return(_) | Terminator::Unreachable => (None, None, &[]),
        };
        rest.iter().chain(a).chain(b)
    }
    pub fn targets_mut(&mut self) -> Vec<&mut Target> {
        match self {
            Terminator::Jump(t) => vec![t],
            Terminator::Branch { then, else_, .. } => vec![then, else_],
            Terminator::Switch { targets, default, .. } => targets.iter_mut().chain(Some(default)).collect(),
            Terminator::Return(_) | Terminator::Unreachable => vec![],
        }
    }
    /// The values the terminator itself reads (not block arguments).
    pub fn operands(&self) -> &[Value] {
        match self {
            Terminator::Branch { cond, .. } => std::slice::from_ref(cond),
            Terminator::Switch { index, .. } => std::slice::from_ref(index),
            Terminator::Return(vals) => vals,
            Terminator::Jump(_) | Terminator::Unreachable => &[],
        }
    }
}

/// Binary operations. Integer ones take two operands of the same integer
/// type, where `ptr` and `i32` count as one (the result's own type says
/// which it is: address arithmetic gives `ptr`); float ones take two of the
/// same float type. Shifts use the count modulo the width
/// (WebAssembly's rule): Go's rules for large counts are the builder's job,
/// as are Go's division checks (`div`/`rem` trap on zero and on
/// `MinInt / -1` for `sdiv`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    SDiv,
    UDiv,
    SRem,
    URem,
    And,
    Or,
    Xor,
    Shl,
    SShr,
    UShr,
    Rotl,
    Rotr,
    FAdd,
    FSub,
    FMul,
    FDiv,
    FMin,
    FMax,
    FCopysign,
}

/// Unary operations, on one operand, result of the same type.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum UnOp {
    Clz,
    Ctz,
    Popcnt,
    /// Sign-extend the low 8/16/32 bits in place (Go's narrow signed ints).
    Sext8,
    Sext16,
    Sext32,
    FNeg,
    FAbs,
    FSqrt,
    FCeil,
    FFloor,
    FTrunc,
    FNearest,
}

/// Integer comparisons: two operands of one integer type; result `i32` 0/1.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum IntCC {
    Eq,
    Ne,
    SLt,
    SLe,
    SGt,
    SGe,
    ULt,
    ULe,
    UGt,
    UGe,
}

/// Float comparisons (ordered, as Go's operators: NaN compares unequal).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum FloatCC {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// Conversions between machine types. The result type is the value's.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum ConvOp {
    /// i64 → i32: keep the low bits.
    Wrap,
    /// i32 → i64, sign- or zero-extending.
    SExt,
    UExt,
    /// Float → int, saturating (NaN gives 0), signed or unsigned.
    FToS,
    FToU,
    /// Int → float, from signed or unsigned.
    SToF,
    UToF,
    /// f32 → f64 and back.
    FPromote,
    FDemote,
    /// Same bits, other type (i32↔f32, i64↔f64, i32↔ptr).
    Bitcast,
}

/// Width and extension of a memory access.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum MemKind {
    /// The whole value type.
    Full,
    /// 8/16/32 bits, sign- or zero-extended on load (truncated on store;
    /// the sign is ignored there).
    S8,
    U8,
    S16,
    U16,
    S32,
    U32,
}

/// An operation. The comment gives the operands (`args`) and results.
#[derive(Clone, PartialEq, Debug)]
pub enum Op {
    /// () → (T): a constant; integer bits, or the float's IEEE bits.
    Const(u64),
    /// (T, T) → (T)
    Binary(BinOp),
    /// (T) → (T)
    Unary(UnOp),
    /// (T) → (i32): 1 if zero.
    Eqz,
    /// (T, T) → (i32)
    Icmp(IntCC),
    /// (F, F) → (i32)
    Fcmp(FloatCC),
    /// (A) → (B)
    Convert(ConvOp),
    /// (i32 cond, T, T) → (T): the first if cond is non-zero.
    Select,
    /// (ptr addr) → (T): loads `addr + offset`.
    Load { kind: MemKind, offset: u32 },
    /// (ptr addr, T value) → ()
    Store { kind: MemKind, offset: u32 },
    /// (ptr dst, ptr src, i32 len) → (): memmove.
    MemCopy,
    /// (ptr dst, i32 byte, i32 len) → ()
    MemFill,
    /// (args…) → (results…) of the callee's signature.
    Call(FuncId),
    /// (i32 table index, args…) → (results…): the callee must have `sig`.
    CallIndirect(Signature),
    /// () → (T)
    GlobalGet(GlobalId),
    /// (T) → ()
    GlobalSet(GlobalId),
    /// () → (i32): the function's index in the indirect-call table.
    FuncAddr(FuncId),
    /// () → (ptr): the address of a data object plus an offset.
    DataAddr(DataId, u32),
    /// () → (i32): the memory's size in 64 KiB pages.
    MemorySize,
    /// (i32 pages) → (i32): grows memory; the old size in pages, or -1.
    MemoryGrow,
}

impl Module {
    pub fn add_func(&mut self, func: Func) -> FuncId {
        self.funcs.push(func)
    }
    pub fn func_by_name(&self, name: &str) -> Option<FuncId> {
        self.funcs.iter().find(|(_, f)| f.name == name).map(|(id, _)| id)
    }
}

impl Func {
    pub fn body(&self) -> Option<&Body> {
        match &self.kind {
            FuncKind::Body(b) => Some(b),
            FuncKind::Import { .. } => None,
        }
    }
    pub fn body_mut(&mut self) -> Option<&mut Body> {
        match &mut self.kind {
            FuncKind::Body(b) => Some(b),
            FuncKind::Import { .. } => None,
        }
    }
}

impl Body {
    pub fn entry(&self) -> Block {
        self.layout[0]
    }
    pub fn ty(&self, v: Value) -> Ty {
        self.values[v].ty
    }
    /// Appends an empty block to the layout.
    pub fn add_block(&mut self) -> Block {
        let b = self.blocks.push(BlockData::default());
        self.layout.push(b);
        b
    }
    pub fn add_param(&mut self, block: Block, ty: Ty) -> Value {
        let n = self.blocks[block].params.len() as u32;
        let v = self.values.push(ValueData { ty, def: ValueDef::Param(block, n) });
        self.blocks[block].params.push(v);
        v
    }
    /// Appends an instruction to `block` and returns it; its results have
    /// the given types.
    pub fn push(&mut self, block: Block, op: Op, args: Vec<Value>, result_tys: &[Ty]) -> Inst {
        let inst = self.insts.push(InstData { op, args, results: Vec::with_capacity(result_tys.len()) });
        for (n, &ty) in result_tys.iter().enumerate() {
            let v = self.values.push(ValueData { ty, def: ValueDef::Result(inst, n as u32) });
            self.insts[inst].results.push(v);
        }
        self.blocks[block].insts.push(inst);
        inst
    }
    /// Appends a one-result instruction and returns the result.
    pub fn push1(&mut self, block: Block, op: Op, args: Vec<Value>, ty: Ty) -> Value {
        let inst = self.push(block, op, args, &[ty]);
        self.insts[inst].results[0]
    }
    pub fn terminate(&mut self, block: Block, term: Terminator) {
        debug_assert!(self.blocks[block].term.is_none(), "{block} terminated twice");
        self.blocks[block].term = Some(term);
    }
    pub fn term(&self, block: Block) -> &Terminator {
        self.blocks[block].term.as_ref().expect("unterminated block")
    }
    /// The successors of a block, in terminator order.
    pub fn succs(&self, block: Block) -> impl Iterator<Item = Block> + '_ {
        self.blocks[block].term.iter().flat_map(|t| t.targets().map(|t| t.block))
    }
}

/// Every variant of the small operation enums, for tables (the text
/// parser's mnemonics, generators in tests).
impl BinOp {
    pub const ALL: [BinOp; 22] = {
        use BinOp::*;
        [
            Add, Sub, Mul, SDiv, UDiv, SRem, URem, And, Or, Xor, Shl, SShr, UShr, Rotl, Rotr, FAdd, FSub, FMul, FDiv,
            FMin, FMax, FCopysign,
        ]
    };
    /// Whether the operation works on floats (else on integers).
    pub fn is_float(self) -> bool {
        matches!(
            self,
            BinOp::FAdd | BinOp::FSub | BinOp::FMul | BinOp::FDiv | BinOp::FMin | BinOp::FMax | BinOp::FCopysign
        )
    }
}

impl UnOp {
    pub const ALL: [UnOp; 13] = {
        use UnOp::*;
        [Clz, Ctz, Popcnt, Sext8, Sext16, Sext32, FNeg, FAbs, FSqrt, FCeil, FFloor, FTrunc, FNearest]
    };
    /// Whether the operation works on floats (else on integers).
    pub fn is_float(self) -> bool {
        !matches!(self, UnOp::Clz | UnOp::Ctz | UnOp::Popcnt | UnOp::Sext8 | UnOp::Sext16 | UnOp::Sext32)
    }
}

impl IntCC {
    pub const ALL: [IntCC; 10] = {
        use IntCC::*;
        [Eq, Ne, SLt, SLe, SGt, SGe, ULt, ULe, UGt, UGe]
    };
}

impl FloatCC {
    pub const ALL: [FloatCC; 6] = [FloatCC::Eq, FloatCC::Ne, FloatCC::Lt, FloatCC::Le, FloatCC::Gt, FloatCC::Ge];
}

impl ConvOp {
    pub const ALL: [ConvOp; 10] = {
        use ConvOp::*;
        [Wrap, SExt, UExt, FToS, FToU, SToF, UToF, FPromote, FDemote, Bitcast]
    };
}

impl MemKind {
    pub const ALL: [MemKind; 7] =
        [MemKind::Full, MemKind::S8, MemKind::U8, MemKind::S16, MemKind::U16, MemKind::S32, MemKind::U32];
}
