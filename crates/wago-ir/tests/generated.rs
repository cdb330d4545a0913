//! Property tests over generated modules: random but valid IR (every op
//! and type, random CFGs with block arguments, odd names, all byte values
//! in data, unused ids in the arenas as passes leave them). For each
//! module: the verifier accepts it; printing, parsing and printing again
//! gives the same text; every pass, and the default pipeline, keeps it
//! valid and round-trippable; and running it in a small interpreter gives
//! the same results before and after the passes.
//!
//! `WAGO_IR_SEED=n` picks another seed, `WAGO_IR_CASES=n` another count.

mod interp;

use wago_ir::parse::parse_module;
use wago_ir::pass::{DebugOptions, PassManager};
use wago_ir::print::module_to_string;
use wago_ir::verify::verify;
use wago_ir::*;

/// xorshift64*: small, seedable, good enough to pick shapes.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

const TYS: [Ty; 5] = Ty::ALL;

fn const_bits(rng: &mut Rng, ty: Ty) -> u64 {
    let special: &[u64] = match ty {
        Ty::I32 | Ty::Ptr => &[0, 1, 0xffff_ffff, 0x8000_0000, 0x7fff_ffff, 31, 32, 33],
        Ty::I64 => &[0, 1, u64::MAX, 1 << 63, (1 << 63) - 1, 63, 64, 65],
        Ty::F32 => &[0, 0x8000_0000, 0x7fc0_0000, 0x7fa0_0001, 0x7f80_0000, 0xff80_0000, 0x3f80_0000, 1],
        Ty::F64 => &[0, 1 << 63, 0x7ff8 << 48, 0x7ff4 << 48, 0x7ff << 52, 0xfff << 52, 0x3ff << 52, 1],
    };
    let bits = if rng.chance(50) { rng.pick(special) } else { rng.next() % [3, 1000, 1 << 40, u64::MAX][rng.below(4)] };
    // 32-bit constants hold their bits zero-extended (the parser's form).
    if ty.bytes() == 4 { bits & 0xffff_ffff } else { bits }
}

fn name(rng: &mut Rng, prefix: &str, n: usize) -> String {
    let odd = ["", "·", " x", "\"q\"", "\\", "\n", "$1", ":"];
    format!("{prefix}{n}{}", if rng.chance(20) { rng.pick(&odd) } else { "" })
}

fn gen_module(rng: &mut Rng) -> Module {
    let mut m = Module::default();
    for n in 0..rng.below(4) {
        let ty = rng.pick(&TYS);
        m.globals.push(Global { name: name(rng, "g.", n), ty, init: const_bits(rng, ty) });
    }
    for n in 0..rng.below(4) {
        let size = rng.below(24) as u32 + 8;
        let init: Vec<u8> = (0..rng.below(size as usize)).map(|_| rng.next() as u8).collect();
        m.data.push(Data { name: name(rng, "d.", n), align: 1 << rng.below(4), size, init, relocs: vec![] });
    }
    for n in 0..rng.below(3) {
        let sig = gen_sig(rng);
        let kind = FuncKind::Import { module: "env".into(), name: name(rng, "imp", n) };
        m.funcs.push(Func { name: name(rng, "ext.", n), sig, kind, export: None });
    }
    let nfuncs = 1 + rng.below(3);
    let first = m.funcs.len();
    for n in 0..nfuncs {
        let sig = gen_sig(rng);
        let export = rng.chance(30).then(|| format!("e{n}"));
        m.funcs.push(Func { name: name(rng, "main.f", n), sig, kind: FuncKind::Body(Body::default()), export });
    }
    gen_relocs(rng, &mut m);
    for n in 0..nfuncs {
        let id = m.funcs.ids().nth(first + n).unwrap();
        let body = FuncGen::new(rng, &m, id).generate();
        m.funcs[id].kind = FuncKind::Body(body);
    }
    m
}

fn gen_sig(rng: &mut Rng) -> Signature {
    let params = (0..rng.below(4)).map(|_| rng.pick(&TYS)).collect();
    let results = (0..rng.below(3)).map(|_| rng.pick(&TYS)).collect();
    Signature { params, results }
}

fn gen_relocs(rng: &mut Rng, m: &mut Module) {
    let (ndata, nfuncs) = (m.data.len(), m.funcs.len());
    for d in m.data.ids().collect::<Vec<_>>() {
        if ndata == 0 || !rng.chance(50) {
            continue;
        }
        let offset = rng.below((m.data[d].size - 3) as usize) as u32;
        let target = if rng.chance(50) && nfuncs > 0 {
            RelocTarget::Func(m.funcs.ids().nth(rng.below(nfuncs)).unwrap())
        } else {
            RelocTarget::Data(m.data.ids().nth(rng.below(ndata)).unwrap(), rng.below(16) as u32)
        };
        m.data[d].relocs.push(Reloc { offset, target });
    }
}

/// Builds one body. Values a block may use: the entry block's (the entry
/// dominates every block) and its own, defined before the use.
struct FuncGen<'a> {
    rng: &'a mut Rng,
    m: &'a Module,
    sig: Signature,
    body: Body,
    entry_vals: Vec<Value>,
}

impl<'a> FuncGen<'a> {
    fn new(rng: &'a mut Rng, m: &'a Module, id: FuncId) -> Self {
        FuncGen { rng, m, sig: m.funcs[id].sig.clone(), body: Body::default(), entry_vals: Vec::new() }
    }

    fn generate(mut self) -> Body {
        let nblocks = 1 + self.rng.below(6);
        let blocks: Vec<Block> = (0..nblocks).map(|_| self.body.add_block()).collect();
        for &p in &self.sig.params.clone() {
            self.body.add_param(blocks[0], p);
        }
        for &b in &blocks[1..] {
            for _ in 0..self.rng.below(3) {
                let ty = self.rng.pick(&TYS);
                self.body.add_param(b, ty);
            }
        }
        // The entry defines one constant of each type, so every type has a value.
        for ty in TYS {
            let bits = const_bits(self.rng, ty);
            self.body.push1(blocks[0], Op::Const(bits), vec![], ty);
        }
        for &b in &blocks {
            let mut avail: Vec<Value> = self.entry_vals.clone();
            avail.extend(self.body.blocks[b].params.iter().copied());
            if b == blocks[0] {
                avail.extend(self.body.blocks[b].insts.iter().map(|&i| self.body.insts[i].results[0]));
            }
            for _ in 0..self.rng.below(10) {
                self.gen_inst(b, &mut avail);
            }
            if b == blocks[0] {
                self.entry_vals = avail.clone();
            }
            let term = self.gen_term(&blocks, &avail);
            self.body.terminate(b, term);
        }
        self.leave_holes(&blocks);
        self.body
    }

    fn of_ty(&mut self, avail: &[Value], ty: Ty) -> Value {
        let matching: Vec<Value> = avail.iter().copied().filter(|&v| self.body.ty(v) == ty).collect();
        self.rng.pick(&matching)
    }

    fn gen_inst(&mut self, b: Block, avail: &mut Vec<Value>) {
        let ty = self.rng.pick(&TYS);
        let int_ty = self.rng.pick(&[Ty::I32, Ty::I64, Ty::Ptr]);
        let float_ty = self.rng.pick(&[Ty::F32, Ty::F64]);
        let (op, args, results): (Op, Vec<Value>, Vec<Ty>) = match self.rng.below(14) {
            0 => (Op::Const(const_bits(self.rng, ty)), vec![], vec![ty]),
            1..=3 => {
                let op = self.rng.pick(&BinOp::ALL);
                let t = if op.is_float() { float_ty } else { int_ty };
                (Op::Binary(op), vec![self.of_ty(avail, t), self.of_ty(avail, t)], vec![t])
            }
            4 => {
                let op = self.rng.pick(&UnOp::ALL);
                let t = if op.is_float() {
                    float_ty
                } else if op == UnOp::Sext32 {
                    Ty::I64
                } else {
                    int_ty
                };
                (Op::Unary(op), vec![self.of_ty(avail, t)], vec![t])
            }
            5 => {
                let args = vec![self.of_ty(avail, int_ty), self.of_ty(avail, int_ty)];
                (Op::Icmp(self.rng.pick(&IntCC::ALL)), args, vec![Ty::I32])
            }
            6 => {
                let args = vec![self.of_ty(avail, float_ty), self.of_ty(avail, float_ty)];
                (Op::Fcmp(self.rng.pick(&FloatCC::ALL)), args, vec![Ty::I32])
            }
            7 => (Op::Eqz, vec![self.of_ty(avail, int_ty)], vec![Ty::I32]),
            8 => {
                let (c, from, to) = self.conversion();
                (Op::Convert(c), vec![self.of_ty(avail, from)], vec![to])
            }
            9 => (Op::Select, vec![self.of_ty(avail, Ty::I32), self.of_ty(avail, ty), self.of_ty(avail, ty)], vec![ty]),
            10 if !self.m.globals.is_empty() => {
                let g = self.m.globals.ids().nth(self.rng.below(self.m.globals.len())).unwrap();
                let gty = self.m.globals[g].ty;
                if self.rng.chance(50) {
                    (Op::GlobalGet(g), vec![], vec![gty])
                } else {
                    (Op::GlobalSet(g), vec![self.of_ty(avail, gty)], vec![])
                }
            }
            11 => self.memory_op(avail),
            12 => {
                let d =
                    self.m.data.ids().nth(self.rng.below(self.m.data.len().max(1))).filter(|_| !self.m.data.is_empty());
                match d {
                    Some(d) => (Op::DataAddr(d, self.rng.below(8) as u32), vec![], vec![Ty::Ptr]),
                    None => (Op::MemorySize, vec![], vec![Ty::I32]),
                }
            }
            _ => self.call(avail),
        };
        let inst = self.body.push(b, op, args, &results);
        avail.extend(self.body.insts[inst].results.iter().copied());
    }

    fn conversion(&mut self) -> (ConvOp, Ty, Ty) {
        use Ty::*;
        let c = self.rng.pick(&ConvOp::ALL);
        let int = self.rng.pick(&[I32, I64]);
        let float = self.rng.pick(&[F32, F64]);
        match c {
            ConvOp::Wrap => (c, I64, I32),
            ConvOp::SExt | ConvOp::UExt => (c, I32, I64),
            ConvOp::FToS | ConvOp::FToU => (c, float, int),
            ConvOp::SToF | ConvOp::UToF => (c, int, float),
            ConvOp::FPromote => (c, F32, F64),
            ConvOp::FDemote => (c, F64, F32),
            ConvOp::Bitcast => self.rng.pick(&[
                (c, I32, F32),
                (c, F32, I32),
                (c, I64, F64),
                (c, F64, I64),
                (c, I32, Ptr),
                (c, Ptr, I32),
            ]),
        }
    }

    fn memory_op(&mut self, avail: &[Value]) -> (Op, Vec<Value>, Vec<Ty>) {
        let addr = self.of_ty(avail, Ty::Ptr);
        let offset = self.rng.below(64) as u32;
        let (kind, ty) = self.rng.pick(&[
            (MemKind::Full, Ty::I32),
            (MemKind::Full, Ty::F64),
            (MemKind::Full, Ty::Ptr),
            (MemKind::S8, Ty::I32),
            (MemKind::U16, Ty::I64),
            (MemKind::S32, Ty::I64),
        ]);
        match self.rng.below(5) {
            0 | 1 => (Op::Load { kind, offset }, vec![addr], vec![ty]),
            2 => (Op::Store { kind, offset }, vec![addr, self.of_ty(avail, ty)], vec![]),
            3 => (Op::MemFill, vec![addr, self.of_ty(avail, Ty::I32), self.of_ty(avail, Ty::I32)], vec![]),
            _ => (Op::MemoryGrow, vec![self.of_ty(avail, Ty::I32)], vec![Ty::I32]),
        }
    }

    fn call(&mut self, avail: &[Value]) -> (Op, Vec<Value>, Vec<Ty>) {
        let f = self.m.funcs.ids().nth(self.rng.below(self.m.funcs.len())).unwrap();
        let sig = self.m.funcs[f].sig.clone();
        let args: Vec<Value> = sig.params.iter().map(|&t| self.of_ty(avail, t)).collect();
        if self.rng.chance(30) {
            let mut all = vec![self.of_ty(avail, Ty::I32)];
            all.extend(args);
            return (Op::CallIndirect(sig.clone()), all, sig.results);
        }
        (Op::Call(f), args, sig.results)
    }

    fn gen_term(&mut self, blocks: &[Block], avail: &[Value]) -> Terminator {
        let target = |g: &mut Self| {
            let block = blocks[1 + g.rng.below(blocks.len() - 1)];
            let params: Vec<Ty> = g.body.blocks[block].params.iter().map(|&p| g.body.ty(p)).collect();
            Target { block, args: params.iter().map(|&t| g.of_ty(avail, t)).collect() }
        };
        let ret = |g: &mut Self| Terminator::Return(g.sig.results.clone().iter().map(|&t| g.of_ty(avail, t)).collect());
        if blocks.len() == 1 {
            return ret(self);
        }
        match self.rng.below(7) {
            0 => ret(self),
            1 => Terminator::Unreachable,
            2 | 3 => Terminator::Jump(target(self)),
            4 | 5 => {
                let cond = self.of_ty(avail, Ty::I32);
                Terminator::Branch { cond, then: target(self), else_: target(self) }
            }
            _ => {
                let index = self.of_ty(avail, Ty::I32);
                let targets = (0..self.rng.below(4)).map(|_| target(self)).collect();
                Terminator::Switch { index, targets, default: target(self) }
            }
        }
    }

    /// Ids that no block uses, as passes leave behind: an instruction
    /// taken out of its block (when nothing uses it) and a block taken
    /// out of the layout (when nothing jumps to it).
    fn leave_holes(&mut self, blocks: &[Block]) {
        let mut used: Vec<Value> = self.body.insts.values().flat_map(|i| i.args.clone()).collect();
        for t in self.body.blocks.values().filter_map(|b| b.term.as_ref()) {
            used.extend(t.operands().iter().chain(t.targets().flat_map(|t| &t.args)));
        }
        let b = blocks[self.rng.below(blocks.len())];
        let insts = &mut self.body.blocks[b].insts;
        if let Some(pos) = insts.iter().position(|&i| self.body.insts[i].results.iter().all(|r| !used.contains(r)))
            && self.rng.chance(50)
        {
            insts.remove(pos);
        }
        let targeted: Vec<Block> = blocks.iter().flat_map(|&b| self.body.succs(b).collect::<Vec<_>>()).collect();
        if let Some(pos) = (1..self.body.layout.len()).find(|&i| !targeted.contains(&self.body.layout[i]))
            && self.rng.chance(50)
        {
            self.body.layout.remove(pos);
        }
    }
}

fn seed_and_cases() -> (u64, usize) {
    let env = |k: &str, d: u64| std::env::var(k).ok().and_then(|v| v.parse().ok()).unwrap_or(d);
    (env("WAGO_IR_SEED", 0x5eed_1234), env("WAGO_IR_CASES", 250) as usize)
}

fn round_trip(m: &Module, what: &str) {
    let printed = module_to_string(m);
    let parsed = parse_module(&printed).unwrap_or_else(|e| panic!("{what}: {e}\n{printed}"));
    assert_eq!(module_to_string(&parsed), printed, "{what}: round trip changed the text");
}

fn check_valid(m: &Module, what: &str) {
    if let Err(errors) = verify(m) {
        let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        panic!("{what}: invalid:\n{}\n{}", list.join("\n"), module_to_string(m));
    }
}

#[test]
fn generated_modules_verify_and_round_trip() {
    let (seed, cases) = seed_and_cases();
    let mut rng = Rng(seed);
    for case in 0..cases {
        let m = gen_module(&mut rng);
        let what = format!("seed {seed:#x} case {case}");
        check_valid(&m, &what);
        round_trip(&m, &what);
    }
}

#[test]
fn passes_keep_generated_modules_valid_and_equivalent() {
    let (seed, cases) = seed_and_cases();
    let mut rng = Rng(seed ^ 0xabcdef);
    let pipelines = [
        "constfold",
        "simplify-cfg",
        "dce",
        "inline",
        "bce",
        "constfold,simplify-cfg,dce",
        "dce,simplify-cfg,constfold,simplify-cfg",
        "inline,constfold,simplify-cfg,dce",
    ];
    let (mut compared, mut runs, mut changed, mut inlined) = (0, 0, 0, 0);
    let mut kinds = Vec::new();
    for case in 0..cases {
        let original = gen_module(&mut rng);
        let before = interp::run_all(&original);
        for list in pipelines {
            let what = format!("seed {seed:#x} case {case} passes {list}");
            let mut m = parse_module(&module_to_string(&original)).unwrap();
            let opts = DebugOptions { verify: true, ..DebugOptions::default() };
            let report = PassManager::from_names(list)
                .unwrap()
                .run_to(&mut m, &opts, &mut std::io::sink())
                .unwrap_or_else(|e| {
                    panic!(
                        "{what}: {e}\n--- before\n{}--- after\n{}",
                        module_to_string(&original),
                        module_to_string(&m)
                    )
                });
            changed += report.passes.iter().filter(|p| p.changed).count();
            inlined += report.passes.iter().filter(|p| p.changed && p.name == "inline").count();
            round_trip(&m, &what);
            let after = interp::run_all(&m);
            for (f, (b, a)) in before.iter().zip(&after).enumerate() {
                runs += 1;
                kinds.push(match b {
                    interp::Outcome::Done { end: interp::End::Returned(_), .. } => "returned",
                    interp::Outcome::Done { .. } => "trapped",
                    interp::Outcome::OutOfFuel => "fuel",
                });
                if b.is_complete() && a.is_complete() {
                    compared += 1;
                    assert_eq!(
                        b,
                        a,
                        "{what}: function #{f} behaves differently\n--- before\n{}--- after\n{}",
                        module_to_string(&original),
                        module_to_string(&m)
                    );
                }
            }
        }
    }
    let returned = kinds.iter().filter(|k| **k == "returned").count();
    eprintln!("{runs} runs, {compared} compared, {returned} returned, {changed} passes changed something");
    eprintln!("the inliner changed {inlined} modules");
    assert!(inlined * 10 > cases, "the inliner changed too few modules: {inlined} of {cases}");
    assert!(returned * 5 > runs, "too few runs return normally: {returned} of {runs}");
    assert!(compared * 2 > runs, "too few runs finished to compare: {compared} of {runs}");
}

/// Line- and byte-level mutants of every fixture: the parser reports an
/// error or gives a module; the verifier and (on valid modules) the passes
/// never panic on what it gives.
#[test]
fn mutated_text_never_panics() {
    let (seed, _) = seed_and_cases();
    let mut rng = Rng(seed ^ 0x77);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut texts = Vec::new();
    for dir in ["ir", "verify", "parse_errors"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "ir") {
                texts.push(std::fs::read_to_string(path).unwrap());
            }
        }
    }
    let (mut parsed, mut valid) = (0, 0);
    for text in &texts {
        for _ in 0..60 {
            let mutant = mutate(&mut rng, text);
            let Ok(mut m) = parse_module(&mutant) else { continue };
            parsed += 1;
            if verify(&m).is_ok() {
                valid += 1;
                let opts = DebugOptions { verify: true, ..DebugOptions::default() };
                PassManager::default_pipeline()
                    .run_to(&mut m, &opts, &mut std::io::sink())
                    .unwrap_or_else(|e| panic!("{e}\n{mutant}"));
            }
        }
    }
    eprintln!("{} mutants: {parsed} parsed, {valid} valid", texts.len() * 60);
}

fn mutate(rng: &mut Rng, text: &str) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    for _ in 0..1 + rng.below(3) {
        let i = rng.below(lines.len());
        match rng.below(6) {
            0 => {
                lines.remove(i);
            }
            1 => {
                let j = rng.below(lines.len());
                lines.swap(i, j);
            }
            2 => {
                let dup = lines[rng.below(lines.len())].clone();
                lines.insert(i, dup);
            }
            _ => {
                let mut bytes = lines[i].clone().into_bytes();
                let pos = rng.below(bytes.len() + 1);
                let junk = b"v0b1@,()[]{}:=+-> 0x9e\"\\;";
                match rng.below(3) {
                    0 if pos < bytes.len() => {
                        bytes.remove(pos);
                    }
                    1 if pos < bytes.len() => bytes[pos] = junk[rng.below(junk.len())],
                    _ => bytes.insert(pos, junk[rng.below(junk.len())]),
                }
                lines[i] = String::from_utf8_lossy(&bytes).into_owned();
            }
        }
        if lines.is_empty() {
            break;
        }
    }
    lines.join("\n")
}
