//! The verifier: checks a module against the invariants stated in `ir.rs`
//! and the operand and result types documented on [`Op`], and reports
//! every violation it finds, each naming the function, block and
//! instruction. Passes run it after they change IR (see `pass`), so a
//! broken pass is caught where it breaks things.
//!
//! Checks go from the outside in: module items (unique names, data
//! layout, entry), then each body's structure (layout, definitions pointing
//! back at their instruction or block, terminators), then types, and last,
//! only when the structure is sound, SSA dominance over the reachable
//! blocks. Integer operations accept `i32` and `ptr` for one another, as
//! WebAssembly does; values that flow as they are (call arguments, block
//! arguments, returns, globals, `select`) must have exactly the type
//! expected, so a pointer never silently loses its `ptr`-ness.

use crate::analysis::{Cfg, DomTree};
use crate::entity::Id;
use crate::ir::*;
use crate::print::{inst_to_string, op_mnemonic, term_to_string};
use std::collections::HashMap;
use std::fmt;

/// One violated invariant, with where it was found.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct VerifyError {
    /// The function's name, when the error is inside one.
    pub func: Option<String>,
    pub block: Option<Block>,
    /// The instruction or terminator as printed (an instruction too broken
    /// to print shows its id and mnemonic).
    pub inst: Option<String>,
    pub message: String,
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(func) = &self.func {
            write!(f, "func {func}: ")?;
        }
        if let Some(b) = self.block {
            write!(f, "{b}: ")?;
        }
        if let Some(i) = &self.inst {
            write!(f, "`{i}`: ")?;
        }
        f.write_str(&self.message)
    }
}

/// Checks the whole module; all errors found, in module order.
pub fn verify(m: &Module) -> Result<(), Vec<VerifyError>> {
    let mut errors = Vec::new();
    verify_items(m, &mut errors);
    for (id, f) in m.funcs.iter() {
        if let Some(body) = f.body() {
            FuncVerifier::new(m, id, body, &mut errors).run();
        }
    }
    if errors.is_empty() { Ok(()) } else { Err(errors) }
}

fn module_error(errors: &mut Vec<VerifyError>, message: String) {
    errors.push(VerifyError { func: None, block: None, inst: None, message });
}

fn verify_items(m: &Module, errors: &mut Vec<VerifyError>) {
    let mut names: HashMap<&str, &str> = HashMap::new();
    let all = m.funcs.values().map(|f| (&f.name, "function"));
    let all =
        all.chain(m.globals.values().map(|g| (&g.name, "global"))).chain(m.data.values().map(|d| (&d.name, "data")));
    for (name, kind) in all {
        if name.is_empty() {
            module_error(errors, format!("a {kind} has an empty name"));
        } else if let Some(first) = names.insert(name, kind) {
            module_error(errors, format!("name @{name} is used by a {first} and a {kind}"));
        }
    }
    let mut exports: HashMap<&str, &str> = HashMap::new();
    for f in m.funcs.values() {
        match (&f.kind, &f.export) {
            (FuncKind::Import { .. }, Some(_)) => {
                module_error(errors, format!("import @{} cannot be exported", f.name))
            }
            (FuncKind::Body(_), Some(e)) => {
                if let Some(first) = exports.insert(e, &f.name) {
                    module_error(errors, format!("export {e:?} is used by @{first} and @{}", f.name));
                }
            }
            _ => {}
        }
    }
    for d in m.data.values() {
        verify_data(m, d, errors);
    }
    if let Some(entry) = m.entry {
        match m.funcs.get(entry) {
            None => module_error(errors, format!("entry {entry} does not exist")),
            Some(f) if f.body().is_none() => module_error(errors, format!("entry @{} is an import", f.name)),
            Some(f) if f.sig != Signature::default() => {
                module_error(errors, format!("entry @{} must take and return nothing", f.name))
            }
            Some(_) => {}
        }
    }
}

fn verify_data(m: &Module, d: &Data, errors: &mut Vec<VerifyError>) {
    if !d.align.is_power_of_two() {
        module_error(errors, format!("data @{}: alignment {} is not a power of two", d.name, d.align));
    }
    if d.init.len() as u64 > u64::from(d.size) {
        module_error(errors, format!("data @{}: {} initial bytes exceed its size {}", d.name, d.init.len(), d.size));
    }
    for r in &d.relocs {
        if u64::from(r.offset) + 4 > u64::from(d.size) {
            module_error(
                errors,
                format!("data @{}: relocation at {} is outside its {} bytes", d.name, r.offset, d.size),
            );
        }
        let valid = match r.target {
            RelocTarget::Data(t, _) => m.data.get(t).is_some(),
            RelocTarget::Func(f) => m.funcs.get(f).is_some(),
        };
        if !valid {
            module_error(errors, format!("data @{}: relocation at {} names a missing item", d.name, r.offset));
        }
    }
}

/// The two integer widths, with `ptr` counted as `i32`.
fn int_class(ty: Ty) -> Option<u32> {
    match ty {
        Ty::I32 | Ty::Ptr => Some(32),
        Ty::I64 => Some(64),
        Ty::F32 | Ty::F64 => None,
    }
}

/// Where an instruction or terminator reads its values.
#[derive(Clone, Copy)]
enum Site {
    Inst(Inst),
    Term,
}

struct FuncVerifier<'a> {
    m: &'a Module,
    name: &'a str,
    sig: &'a Signature,
    body: &'a Body,
    errors: &'a mut Vec<VerifyError>,
    /// For each value defined in a layout block: the block and position
    /// (0 for parameters, instruction index + 1 for results).
    placed: Vec<Option<(Block, u32)>>,
    in_layout: Vec<bool>,
    /// Set when a structural error makes dominance meaningless.
    broken: bool,
}

impl<'a> FuncVerifier<'a> {
    fn new(m: &'a Module, id: FuncId, body: &'a Body, errors: &'a mut Vec<VerifyError>) -> Self {
        let f = &m.funcs[id];
        FuncVerifier {
            m,
            name: &f.name,
            sig: &f.sig,
            body,
            errors,
            placed: vec![None; body.values.len()],
            in_layout: vec![false; body.blocks.len()],
            broken: false,
        }
    }

    fn error(&mut self, block: Option<Block>, site: Option<Site>, message: String) {
        let inst = site.map(|s| match s {
            Site::Inst(i) => self.describe(i),
            Site::Term => match block.and_then(|b| self.body.blocks[b].term.as_ref()) {
                Some(t) => term_to_string(t),
                None => "terminator".to_string(),
            },
        });
        self.errors.push(VerifyError { func: Some(format!("@{}", self.name)), block, inst, message });
    }

    /// The instruction as printed, when every id it holds is valid (the
    /// printer trusts them); else its mnemonic and id.
    fn describe(&self, i: Inst) -> String {
        let Some(data) = self.body.insts.get(i) else { return format!("{i}") };
        let items_ok = match &data.op {
            Op::Call(f) | Op::FuncAddr(f) => self.m.funcs.get(*f).is_some(),
            Op::GlobalGet(g) | Op::GlobalSet(g) => self.m.globals.get(*g).is_some(),
            Op::DataAddr(d, _) => self.m.data.get(*d).is_some(),
            Op::Store { .. } | Op::CallIndirect(_) => !data.args.is_empty(),
            _ => true,
        };
        if items_ok && data.results.iter().all(|&r| self.body.values.get(r).is_some()) {
            inst_to_string(self.m, self.body, i)
        } else {
            format!("{i} {}", op_mnemonic(&data.op))
        }
    }

    fn run(mut self) {
        if self.body.layout.is_empty() {
            self.error(None, None, "the body has no blocks".into());
            return;
        }
        self.check_layout();
        if self.broken {
            return;
        }
        self.check_definitions();
        self.check_entry();
        for &b in &self.body.layout {
            self.check_block_types(b);
        }
        if !self.broken {
            self.check_dominance();
        }
    }

    fn check_layout(&mut self) {
        for &b in &self.body.layout {
            if self.body.blocks.get(b).is_none() {
                self.error(None, None, format!("layout lists {b}, which does not exist"));
                self.broken = true;
            } else if std::mem::replace(&mut self.in_layout[b.index()], true) {
                self.error(Some(b), None, "the block is listed twice in the layout".into());
                self.broken = true;
            }
        }
    }

    /// Every parameter and result points back at its definition, each
    /// instruction sits in one place, and every value is defined once.
    fn check_definitions(&mut self) {
        let body = self.body;
        let mut seen_inst = vec![false; body.insts.len()];
        for &b in &body.layout {
            for (n, &p) in body.blocks[b].params.iter().enumerate() {
                self.place(b, None, p, ValueDef::Param(b, n as u32), 0);
            }
            for (k, &i) in body.blocks[b].insts.iter().enumerate() {
                if body.insts.get(i).is_none() {
                    self.error(Some(b), None, format!("instruction {i} does not exist"));
                    self.broken = true;
                    continue;
                }
                if std::mem::replace(&mut seen_inst[i.index()], true) {
                    self.error(Some(b), Some(Site::Inst(i)), "the instruction is placed twice".into());
                    self.broken = true;
                }
                for (n, &r) in body.insts[i].results.iter().enumerate() {
                    self.place(b, Some(i), r, ValueDef::Result(i, n as u32), k as u32 + 1);
                }
            }
            if body.blocks[b].term.is_none() {
                self.error(Some(b), None, "the block has no terminator".into());
                self.broken = true;
            }
        }
    }

    fn place(&mut self, b: Block, inst: Option<Inst>, v: Value, def: ValueDef, pos: u32) {
        let site = inst.map(Site::Inst);
        let Some(data) = self.body.values.get(v) else {
            self.error(Some(b), site, format!("defines {v}, which does not exist"));
            self.broken = true;
            return;
        };
        if data.def != def {
            self.error(Some(b), site, format!("defines {v}, but {v} records another definition"));
            self.broken = true;
        } else if self.placed[v.index()].is_some() {
            self.error(Some(b), site, format!("{v} is defined twice"));
            self.broken = true;
        }
        self.placed[v.index()] = Some((b, pos));
    }

    fn check_entry(&mut self) {
        let entry = self.body.entry();
        let params = self.param_types(entry);
        if params != self.sig.params {
            let msg = format!(
                "entry block parameters {} differ from the function's {}",
                ty_list(&params),
                ty_list(&self.sig.params)
            );
            self.error(Some(entry), None, msg);
        }
    }

    /// The types of a block's parameters (those that exist).
    fn param_types(&self, b: Block) -> Vec<Ty> {
        self.body.blocks[b].params.iter().filter_map(|&p| self.body.values.get(p)).map(|d| d.ty).collect()
    }

    /// The type of an operand, if it is a value defined in the layout.
    fn operand(&mut self, b: Block, site: Site, v: Value) -> Option<Ty> {
        if self.body.values.get(v).is_none() || self.placed[v.index()].is_none() {
            let msg = if self.body.values.get(v).is_none() { "does not exist" } else { "is not defined in any block" };
            self.error(Some(b), Some(site), format!("uses {v}, which {msg}"));
            self.broken = true;
            return None;
        }
        Some(self.body.ty(v))
    }

    fn check_block_types(&mut self, b: Block) {
        for &i in &self.body.blocks[b].insts {
            if self.body.insts.get(i).is_some() {
                self.check_inst(b, i);
            }
        }
        if let Some(term) = &self.body.blocks[b].term {
            self.check_term(b, term);
        }
    }

    fn check_inst(&mut self, b: Block, i: Inst) {
        let data = &self.body.insts[i];
        let args: Option<Vec<Ty>> = data.args.iter().map(|&v| self.operand(b, Site::Inst(i), v)).collect();
        let results: Vec<Ty> = data.results.iter().filter_map(|&r| self.body.values.get(r).map(|d| d.ty)).collect();
        let Some(args) = args else { return };
        if let Err(msg) = self.op_types(&data.op, &args, &results) {
            self.error(Some(b), Some(Site::Inst(i)), msg);
        }
    }

    fn check_term(&mut self, b: Block, term: &Terminator) {
        let ops: Option<Vec<Ty>> = term.operands().iter().map(|&v| self.operand(b, Site::Term, v)).collect();
        match (term, ops.as_deref()) {
            (Terminator::Branch { .. }, Some(&[t])) | (Terminator::Switch { .. }, Some(&[t]))
                if int_class(t) != Some(32) =>
            {
                self.error(Some(b), Some(Site::Term), format!("the condition or index is {}, not i32", t.name()))
            }
            (Terminator::Return(_), Some(tys)) if tys != self.sig.results => {
                let msg = format!("returns {}, but the function returns {}", ty_list(tys), ty_list(&self.sig.results));
                self.error(Some(b), Some(Site::Term), msg)
            }
            _ => {}
        }
        for t in term.targets() {
            self.check_target(b, t);
        }
    }

    fn check_target(&mut self, b: Block, t: &Target) {
        if self.body.blocks.get(t.block).is_none() || !self.in_layout[t.block.index()] {
            self.error(Some(b), Some(Site::Term), format!("jumps to {}, which is not in the layout", t.block));
            self.broken = true;
            return;
        }
        let Some(args) = t.args.iter().map(|&v| self.operand(b, Site::Term, v)).collect::<Option<Vec<Ty>>>() else {
            return;
        };
        let params = self.param_types(t.block);
        if args != params {
            let msg = format!("passes {} to {}, which takes {}", ty_list(&args), t.block, ty_list(&params));
            self.error(Some(b), Some(Site::Term), msg);
        }
    }

    fn check_dominance(&mut self) {
        let cfg = Cfg::new(self.body);
        let dom = DomTree::new(&cfg);
        let body = self.body;
        for &b in cfg.rpo() {
            for (k, &i) in body.blocks[b].insts.iter().enumerate() {
                for &a in &body.insts[i].args {
                    self.check_dominates(&dom, a, b, k as u32 + 1, Site::Inst(i));
                }
            }
            let term = body.term(b);
            let end = body.blocks[b].insts.len() as u32 + 1;
            for &v in term.operands().iter().chain(term.targets().flat_map(|t| &t.args)) {
                self.check_dominates(&dom, v, b, end, Site::Term);
            }
        }
    }

    fn check_dominates(&mut self, dom: &DomTree, v: Value, use_block: Block, use_pos: u32, site: Site) {
        let Some((def_block, def_pos)) = self.placed[v.index()] else { return };
        let ok = if def_block == use_block { def_pos < use_pos } else { dom.dominates(def_block, use_block) };
        if !ok {
            self.error(
                Some(use_block),
                Some(site),
                format!("uses {v}, whose definition in {def_block} does not dominate the use"),
            );
        }
    }
}

// ------------------------------------------------------------ op types

fn arity(args: &[Ty], results: &[Ty], n_args: usize, n_results: usize) -> Result<(), String> {
    if args.len() != n_args || results.len() != n_results {
        return Err(format!(
            "takes {n_args} operand(s) and gives {n_results} result(s), has {} and {}",
            args.len(),
            results.len()
        ));
    }
    Ok(())
}

fn same_int(tys: &[Ty]) -> Result<(), String> {
    let class = int_class(tys[0]);
    if class.is_none() || tys.iter().any(|&t| int_class(t) != class) {
        return Err(format!("needs integers of one width, has {}", ty_list(tys)));
    }
    Ok(())
}

fn same_float(tys: &[Ty]) -> Result<(), String> {
    if !tys[0].is_float() || tys.iter().any(|&t| t != tys[0]) {
        return Err(format!("needs floats of one type, has {}", ty_list(tys)));
    }
    Ok(())
}

fn exactly(what: &str, got: &[Ty], want: &[Ty]) -> Result<(), String> {
    if got != want {
        return Err(format!("{what} are {}, expected {}", ty_list(got), ty_list(want)));
    }
    Ok(())
}

fn ty_list(tys: &[Ty]) -> String {
    let names: Vec<&str> = tys.iter().map(|t| t.name()).collect();
    format!("({})", names.join(", "))
}

impl FuncVerifier<'_> {
    /// The operand and result types `op` requires, as documented on [`Op`].
    fn op_types(&self, op: &Op, args: &[Ty], results: &[Ty]) -> Result<(), String> {
        match op {
            Op::Const(_) => arity(args, results, 0, 1),
            Op::Binary(b) => {
                arity(args, results, 2, 1)?;
                let all = [args[0], args[1], results[0]];
                if b.is_float() { same_float(&all) } else { same_int(&all) }
            }
            Op::Unary(u) => {
                arity(args, results, 1, 1)?;
                unary_types(*u, args[0], results[0])
            }
            Op::Eqz => {
                arity(args, results, 1, 1)?;
                same_int(args)?;
                exactly("results", results, &[Ty::I32])
            }
            Op::Icmp(_) => {
                arity(args, results, 2, 1)?;
                same_int(args)?;
                exactly("results", results, &[Ty::I32])
            }
            Op::Fcmp(_) => {
                arity(args, results, 2, 1)?;
                same_float(args)?;
                exactly("results", results, &[Ty::I32])
            }
            Op::Convert(c) => {
                arity(args, results, 1, 1)?;
                convert_types(*c, args[0], results[0])
            }
            Op::Select => {
                arity(args, results, 3, 1)?;
                same_int(&args[..1]).map_err(|_| "the condition must be i32".to_string())?;
                exactly("operands", &args[1..], &[results[0], results[0]])
            }
            Op::Load { kind, .. } => {
                arity(args, results, 1, 1)?;
                address(args[0])?;
                mem_types(*kind, results[0])
            }
            Op::Store { kind, .. } => {
                arity(args, results, 2, 0)?;
                address(args[0])?;
                mem_types(*kind, args[1])
            }
            Op::MemCopy | Op::MemFill => {
                arity(args, results, 3, 0)?;
                same_int(&[args[0], args[1], args[2], Ty::I32])
            }
            Op::Call(f) => {
                let Some(callee) = self.m.funcs.get(*f) else { return Err(format!("calls {f}, which does not exist")) };
                exactly("arguments", args, &callee.sig.params)?;
                exactly("results", results, &callee.sig.results)
            }
            Op::CallIndirect(sig) => {
                let Some((&index, rest)) = args.split_first() else { return Err("needs a table index".into()) };
                same_int(&[index, Ty::I32]).map_err(|_| "the table index must be i32".to_string())?;
                exactly("arguments", rest, &sig.params)?;
                exactly("results", results, &sig.results)
            }
            Op::GlobalGet(g) | Op::GlobalSet(g) => {
                let Some(global) = self.m.globals.get(*g) else {
                    return Err(format!("names {g}, which does not exist"));
                };
                let (want_args, want_results) =
                    if matches!(op, Op::GlobalGet(_)) { (vec![], vec![global.ty]) } else { (vec![global.ty], vec![]) };
                exactly("operands", args, &want_args)?;
                exactly("results", results, &want_results)
            }
            Op::FuncAddr(f) => {
                if self.m.funcs.get(*f).is_none() {
                    return Err(format!("names {f}, which does not exist"));
                }
                arity(args, results, 0, 1)?;
                exactly("results", results, &[Ty::I32])
            }
            Op::DataAddr(d, _) => {
                if self.m.data.get(*d).is_none() {
                    return Err(format!("names {d}, which does not exist"));
                }
                arity(args, results, 0, 1)?;
                exactly("results", results, &[Ty::Ptr])
            }
            Op::MemorySize => exactly("operands and results", &[args, results].concat(), &[Ty::I32]),
            Op::MemoryGrow => {
                arity(args, results, 1, 1)?;
                exactly("operands and results", &[args, results].concat(), &[Ty::I32, Ty::I32])
            }
        }
    }
}

fn address(ty: Ty) -> Result<(), String> {
    if int_class(ty) != Some(32) {
        return Err(format!("the address is {}, not ptr", ty.name()));
    }
    Ok(())
}

fn unary_types(u: UnOp, arg: Ty, result: Ty) -> Result<(), String> {
    if u.is_float() {
        return same_float(&[arg, result]);
    }
    same_int(&[arg, result])?;
    if u == UnOp::Sext32 && arg != Ty::I64 {
        return Err("sext32 needs an i64".into());
    }
    Ok(())
}

fn convert_types(c: ConvOp, from: Ty, to: Ty) -> Result<(), String> {
    use Ty::*;
    let ok = match c {
        ConvOp::Wrap => from == I64 && int_class(to) == Some(32),
        ConvOp::SExt | ConvOp::UExt => int_class(from) == Some(32) && to == I64,
        ConvOp::FToS | ConvOp::FToU => from.is_float() && matches!(to, I32 | I64),
        ConvOp::SToF | ConvOp::UToF => matches!(from, I32 | I64) && to.is_float(),
        ConvOp::FPromote => from == F32 && to == F64,
        ConvOp::FDemote => from == F64 && to == F32,
        ConvOp::Bitcast => from.bytes() == to.bytes() && from != to,
    };
    if !ok {
        return Err(format!("cannot convert {} to {}", from.name(), to.name()));
    }
    Ok(())
}

fn mem_types(kind: MemKind, ty: Ty) -> Result<(), String> {
    let ok = match kind {
        MemKind::Full => true,
        MemKind::S8 | MemKind::U8 | MemKind::S16 | MemKind::U16 => matches!(ty, Ty::I32 | Ty::I64),
        MemKind::S32 | MemKind::U32 => ty == Ty::I64,
    };
    if !ok {
        return Err(format!("{}-bit access cannot have type {}", mem_width(kind), ty.name()));
    }
    Ok(())
}

fn mem_width(kind: MemKind) -> u32 {
    match kind {
        MemKind::Full => 0,
        MemKind::S8 | MemKind::U8 => 8,
        MemKind::S16 | MemKind::U16 => 16,
        MemKind::S32 | MemKind::U32 => 32,
    }
}
