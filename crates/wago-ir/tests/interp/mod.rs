//! A small reference interpreter for the IR, used to check that passes
//! keep behaviour: each defined function runs from fixed arguments on a
//! fresh machine (globals at their initial values, one page of memory
//! holding the data objects), and the outcome — results or a trap, the
//! trace of calls to imports, the final globals and a memory checksum —
//! is compared before and after. Arithmetic goes through the constant
//! folder's functions, so this checks the control-flow and substitution
//! work of the passes, not WebAssembly's arithmetic itself.

use wago_ir::passes::{fold_binary, fold_convert, fold_fcmp, fold_icmp, fold_unary};
use wago_ir::*;

#[derive(Debug, PartialEq)]
pub enum Outcome {
    Done { end: End, trace: Vec<String>, globals: Vec<u64>, memory: u64 },
    OutOfFuel,
}

#[derive(Debug, PartialEq)]
pub enum End {
    Returned(Vec<u64>),
    Trapped(&'static str),
}

impl Outcome {
    pub fn is_complete(&self) -> bool {
        !matches!(self, Outcome::OutOfFuel)
    }
}

/// Runs every defined function, in id order.
pub fn run_all(m: &Module) -> Vec<Outcome> {
    m.funcs.iter().filter(|(_, f)| f.body().is_some()).map(|(id, _)| run(m, id)).collect()
}

const PAGE: usize = 65536;

struct Machine<'m> {
    m: &'m Module,
    globals: Vec<u64>,
    memory: Vec<u8>,
    data_addr: Vec<u32>,
    trace: Vec<String>,
    fuel: u32,
    depth: u32,
}

enum Stop {
    Trap(&'static str),
    Fuel,
}

fn run(m: &Module, f: FuncId) -> Outcome {
    let mut vm = Machine::new(m);
    let args: Vec<u64> =
        m.funcs[f].sig.params.iter().enumerate().map(|(i, &t)| norm(t, [3, 0, u64::MAX, 1 << 31][i % 4])).collect();
    let end = match vm.call(f, &args) {
        Ok(results) => End::Returned(results),
        Err(Stop::Trap(what)) => End::Trapped(what),
        Err(Stop::Fuel) => return Outcome::OutOfFuel,
    };
    let memory =
        vm.memory.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    Outcome::Done { end, trace: vm.trace, globals: vm.globals, memory }
}

/// 32-bit values are kept zero-extended.
fn norm(ty: Ty, bits: u64) -> u64 {
    if ty.bytes() == 4 { bits & 0xffff_ffff } else { bits }
}

impl<'m> Machine<'m> {
    fn new(m: &'m Module) -> Self {
        let mut vm = Machine {
            m,
            globals: m.globals.values().map(|g| g.init).collect(),
            memory: vec![0; PAGE],
            data_addr: Vec::new(),
            trace: Vec::new(),
            fuel: 20_000,
            depth: 0,
        };
        vm.lay_out_data();
        vm
    }

    fn lay_out_data(&mut self) {
        let mut next = 16u32;
        for d in self.m.data.values() {
            next = next.next_multiple_of(d.align.max(1));
            self.data_addr.push(next);
            next += d.size;
        }
        for (i, d) in self.m.data.values().enumerate() {
            let base = self.data_addr[i] as usize;
            self.memory[base..base + d.init.len()].copy_from_slice(&d.init);
            for r in &d.relocs {
                let value = match r.target {
                    RelocTarget::Data(t, add) => self.data_addr_of(t) + add,
                    RelocTarget::Func(f) => table_index(self.m, f),
                };
                let at = base + r.offset as usize;
                self.memory[at..at + 4].copy_from_slice(&value.to_le_bytes());
            }
        }
    }

    fn data_addr_of(&self, d: DataId) -> u32 {
        let i = self.m.data.ids().position(|x| x == d).unwrap();
        self.data_addr[i]
    }

    fn call(&mut self, f: FuncId, args: &[u64]) -> Result<Vec<u64>, Stop> {
        let func = &self.m.funcs[f];
        match &func.kind {
            FuncKind::Import { name, .. } => {
                self.trace.push(format!("{name}({args:?})"));
                let seed = args.iter().fold(7u64, |h, &a| h.wrapping_mul(31).wrapping_add(a));
                Ok(func.sig.results.iter().enumerate().map(|(i, &t)| norm(t, seed.wrapping_add(i as u64))).collect())
            }
            FuncKind::Body(body) => {
                if self.depth > 40 {
                    return Err(Stop::Fuel);
                }
                self.depth += 1;
                let r = self.run_body(body, args);
                self.depth -= 1;
                r
            }
        }
    }

    fn run_body(&mut self, body: &Body, args: &[u64]) -> Result<Vec<u64>, Stop> {
        let mut vals = vec![0u64; body.values.len()];
        let mut block = body.entry();
        let mut incoming = args.to_vec();
        loop {
            for (&p, &a) in body.blocks[block].params.iter().zip(&incoming) {
                vals[p.index()] = a;
            }
            for &inst in &body.blocks[block].insts {
                self.fuel = self.fuel.checked_sub(1).ok_or(Stop::Fuel)?;
                let data = &body.insts[inst];
                let args: Vec<u64> = data.args.iter().map(|a| vals[a.index()]).collect();
                let results = self.exec(body, data, &args)?;
                for (&r, bits) in data.results.iter().zip(results) {
                    vals[r.index()] = norm(body.ty(r), bits);
                }
            }
            self.fuel = self.fuel.checked_sub(1).ok_or(Stop::Fuel)?;
            let get = |v: &Value| vals[v.index()];
            let next = match body.term(block) {
                Terminator::Return(vs) => return Ok(vs.iter().map(get).collect()),
                Terminator::Unreachable => return Err(Stop::Trap("unreachable")),
                Terminator::Jump(t) => t,
                Terminator::Branch { cond, then, else_ } => {
                    if get(cond) as u32 != 0 {
                        then
                    } else {
                        else_
                    }
                }
                Terminator::Switch { index, targets, default } => {
                    targets.get(get(index) as u32 as usize).unwrap_or(default)
                }
            };
            incoming = next.args.iter().map(get).collect();
            block = next.block;
        }
    }

    fn exec(&mut self, body: &Body, data: &InstData, a: &[u64]) -> Result<Vec<u64>, Stop> {
        let result_ty = data.results.first().map(|&r| body.ty(r));
        let arg_ty = data.args.first().map(|&v| body.ty(v));
        let one = |bits: u64| Ok(vec![bits]);
        match &data.op {
            Op::Const(bits) => one(*bits),
            Op::Binary(op) => {
                fold_binary(*op, result_ty.unwrap(), a[0], a[1]).map_or(Err(Stop::Trap("integer division")), one)
            }
            Op::Unary(op) => one(fold_unary(*op, result_ty.unwrap(), a[0]).unwrap()),
            Op::Eqz => one(u64::from(norm(arg_ty.unwrap(), a[0]) == 0)),
            Op::Icmp(cc) => one(u64::from(fold_icmp(*cc, arg_ty.unwrap(), a[0], a[1]))),
            Op::Fcmp(cc) => one(u64::from(fold_fcmp(*cc, arg_ty.unwrap(), a[0], a[1]))),
            Op::Convert(c) => one(fold_convert(*c, arg_ty.unwrap(), result_ty.unwrap(), a[0]).unwrap()),
            Op::Select => one(if a[0] as u32 != 0 { a[1] } else { a[2] }),
            Op::Load { kind, offset } => one(self.load(*kind, result_ty.unwrap(), a[0], *offset)?),
            Op::Store { kind, offset } => {
                let width = mem_width(*kind, body.ty(data.args[1]));
                let at = self.range(a[0], *offset, width)?;
                self.memory[at..at + width].copy_from_slice(&a[1].to_le_bytes()[..width]);
                Ok(vec![])
            }
            Op::MemCopy => {
                let (dst, src) =
                    (self.range(a[0], 0, a[2] as u32 as usize)?, self.range(a[1], 0, a[2] as u32 as usize)?);
                self.memory.copy_within(src..src + a[2] as u32 as usize, dst);
                Ok(vec![])
            }
            Op::MemFill => {
                let dst = self.range(a[0], 0, a[2] as u32 as usize)?;
                self.memory[dst..dst + a[2] as u32 as usize].fill(a[1] as u8);
                Ok(vec![])
            }
            Op::Call(f) => self.call(*f, a),
            Op::CallIndirect(sig) => {
                let f = self
                    .m
                    .funcs
                    .ids()
                    .nth((a[0] as u32 as usize).wrapping_sub(1))
                    .ok_or(Stop::Trap("bad table index"))?;
                if &self.m.funcs[f].sig != sig {
                    return Err(Stop::Trap("indirect call signature"));
                }
                self.call(f, &a[1..])
            }
            Op::GlobalGet(g) => one(self.globals[self.m.globals.ids().position(|x| x == *g).unwrap()]),
            Op::GlobalSet(g) => {
                let i = self.m.globals.ids().position(|x| x == *g).unwrap();
                self.globals[i] = a[0];
                Ok(vec![])
            }
            Op::FuncAddr(f) => one(u64::from(table_index(self.m, *f))),
            Op::DataAddr(d, off) => one(u64::from(self.data_addr_of(*d) + off)),
            Op::MemorySize => one((self.memory.len() / PAGE) as u64),
            Op::MemoryGrow => {
                let (old, add) = (self.memory.len() / PAGE, a[0] as u32 as usize);
                if old + add > 4 {
                    return one(u64::from(u32::MAX));
                }
                self.memory.resize((old + add) * PAGE, 0);
                one(old as u64)
            }
        }
    }

    fn range(&self, addr: u64, offset: u32, width: usize) -> Result<usize, Stop> {
        let at = (addr as u32 as usize) + offset as usize;
        if at + width > self.memory.len() {
            return Err(Stop::Trap("out of bounds"));
        }
        Ok(at)
    }

    fn load(&self, kind: MemKind, ty: Ty, addr: u64, offset: u32) -> Result<u64, Stop> {
        let width = mem_width(kind, ty);
        let at = self.range(addr, offset, width)?;
        let mut buf = [0u8; 8];
        buf[..width].copy_from_slice(&self.memory[at..at + width]);
        let raw = u64::from_le_bytes(buf);
        Ok(match kind {
            MemKind::S8 => raw as i8 as i64 as u64,
            MemKind::S16 => raw as i16 as i64 as u64,
            MemKind::S32 => raw as i32 as i64 as u64,
            _ => raw,
        })
    }
}

fn mem_width(kind: MemKind, ty: Ty) -> usize {
    match kind {
        MemKind::Full => ty.bytes() as usize,
        MemKind::S8 | MemKind::U8 => 1,
        MemKind::S16 | MemKind::U16 => 2,
        MemKind::S32 | MemKind::U32 => 4,
    }
}

/// Table index of a function: its position plus one (0 is null).
fn table_index(m: &Module, f: FuncId) -> u32 {
    m.funcs.ids().position(|x| x == f).unwrap() as u32 + 1
}
