//! The structural checks code generation relies on (ids in range, operand
//! and result counts, block-argument counts), so that a malformed body is
//! reported as an error rather than a panic. Type agreement is left to the
//! IR verifier and, as a last line, to wasmparser's validation.

use wago_ir::{Body, Func, Id, Module, Op, Terminator, Value};

pub fn check(m: &Module, func: &Func, body: &Body) -> Result<(), String> {
    let value_ok = |v: Value| v.index() < body.values.len();
    for &b in &body.layout {
        if b.index() >= body.blocks.len() {
            return Err(format!("layout names a missing block {b}"));
        }
    }
    let entry_params = body.blocks[body.entry()].params.iter().map(|&p| body.ty(p));
    if !entry_params.eq(func.sig.params.iter().copied()) {
        return Err("the entry block's parameters differ from the signature's".into());
    }
    for &b in &body.layout {
        let data = &body.blocks[b];
        for &inst in &data.insts {
            let d = &body.insts[inst];
            if let Some(&v) = d.args.iter().chain(&d.results).find(|&&v| !value_ok(v)) {
                return Err(format!("{inst} uses a missing value {v}"));
            }
            let (args, results) = arity(m, &d.op)?;
            if args.is_some_and(|n| n != d.args.len()) || results.is_some_and(|n| n != d.results.len()) {
                return Err(format!(
                    "{inst} ({}) has {} operands and {} results",
                    wago_ir::print::op_mnemonic(&d.op),
                    d.args.len(),
                    d.results.len()
                ));
            }
        }
        let Some(term) = &data.term else { return Err(format!("block {b} has no terminator")) };
        if let Some(&v) = term.operands().iter().find(|&&v| !value_ok(v)) {
            return Err(format!("the terminator of {b} uses a missing value {v}"));
        }
        for t in term.targets() {
            if t.block.index() >= body.blocks.len() {
                return Err(format!("{b} jumps to a missing block {}", t.block));
            }
            if let Some(&v) = t.args.iter().find(|&&v| !value_ok(v)) {
                return Err(format!("{b} passes a missing value {v}"));
            }
            if t.args.len() != body.blocks[t.block].params.len() {
                return Err(format!("{b} passes {} arguments to {}", t.args.len(), t.block));
            }
        }
        if let Terminator::Return(vals) = term
            && vals.len() != func.sig.results.len()
        {
            return Err(format!("{b} returns {} values, the signature {}", vals.len(), func.sig.results.len()));
        }
    }
    Ok(())
}

/// Operand and result counts of an operation, where fixed.
fn arity(m: &Module, op: &Op) -> Result<(Option<usize>, Option<usize>), String> {
    let fixed = |a: usize, r: usize| Ok((Some(a), Some(r)));
    match op {
        Op::FuncAddr(f) if f.index() >= m.funcs.len() => Err("the address of a missing function".into()),
        Op::DataAddr(d, _) if d.index() >= m.data.len() => Err("the address of a missing data object".into()),
        Op::Const(_) | Op::MemorySize | Op::FuncAddr(_) | Op::DataAddr(..) => fixed(0, 1),
        Op::GlobalGet(g) if g.index() < m.globals.len() => fixed(0, 1),
        Op::GlobalSet(g) if g.index() < m.globals.len() => fixed(1, 0),
        Op::GlobalGet(_) | Op::GlobalSet(_) => Err("a missing global".into()),
        Op::Binary(_) | Op::Icmp(_) | Op::Fcmp(_) => fixed(2, 1),
        Op::Unary(_) | Op::Eqz | Op::Convert(_) | Op::Load { .. } | Op::MemoryGrow => fixed(1, 1),
        Op::Select => fixed(3, 1),
        Op::Store { .. } => fixed(2, 0),
        Op::MemCopy | Op::MemFill => fixed(3, 0),
        Op::Call(f) => match m.funcs.get(*f) {
            Some(callee) => fixed(callee.sig.params.len(), callee.sig.results.len()),
            None => Err("a call of a missing function".into()),
        },
        Op::CallIndirect(sig) => fixed(sig.params.len() + 1, sig.results.len()),
    }
}
