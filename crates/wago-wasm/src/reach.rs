//! Reachability: which functions, globals and data objects the program can
//! touch, starting from the entry and the exported functions and following
//! calls, address-taking, global accesses and data relocations. Everything
//! else is left out of the module, imports included, so a program that
//! never reads a file does not import `path_open`.

use wago_ir::{DataId, FuncId, GlobalId, Id, Module, Op, RelocTarget};

/// The reachable part of a module, each set in id order.
#[derive(Default)]
pub struct Reachable {
    pub funcs: Vec<bool>,
    pub globals: Vec<bool>,
    pub data: Vec<bool>,
    /// Functions whose table index is needed (`func_addr` or a data reloc).
    pub addr_taken: Vec<bool>,
    /// Whether some reachable code calls through the table.
    pub calls_indirect: bool,
}

impl Reachable {
    pub fn func(&self, f: FuncId) -> bool {
        self.funcs[f.index()]
    }
    pub fn global(&self, g: GlobalId) -> bool {
        self.globals[g.index()]
    }
    pub fn data(&self, d: DataId) -> bool {
        self.data[d.index()]
    }
}

/// Walks the module from its roots.
pub fn reachable(m: &Module) -> Reachable {
    let mut r = Reachable {
        funcs: vec![false; m.funcs.len()],
        globals: vec![false; m.globals.len()],
        data: vec![false; m.data.len()],
        addr_taken: vec![false; m.funcs.len()],
        calls_indirect: false,
    };
    let mut func_work: Vec<FuncId> = Vec::new();
    let mut data_work: Vec<DataId> = Vec::new();
    let roots = m.entry.into_iter().chain(m.funcs.iter().filter(|(_, f)| f.export.is_some()).map(|(id, _)| id));
    for f in roots {
        mark(&mut r.funcs, f.index(), &mut func_work, f);
    }
    loop {
        if let Some(f) = func_work.pop() {
            let Some(body) = m.funcs[f].body() else { continue };
            let insts = body.layout.iter().flat_map(|&b| &body.blocks[b].insts);
            for &inst in insts {
                match body.insts[inst].op {
                    Op::Call(callee) => mark(&mut r.funcs, callee.index(), &mut func_work, callee),
                    Op::FuncAddr(target) if target.index() < m.funcs.len() => {
                        r.addr_taken[target.index()] = true;
                        mark(&mut r.funcs, target.index(), &mut func_work, target);
                    }
                    Op::DataAddr(d, _) => mark(&mut r.data, d.index(), &mut data_work, d),
                    Op::GlobalGet(g) | Op::GlobalSet(g) if g.index() < m.globals.len() => r.globals[g.index()] = true,
                    Op::CallIndirect(_) => r.calls_indirect = true,
                    _ => {}
                }
            }
        } else if let Some(d) = data_work.pop() {
            for reloc in &m.data[d].relocs {
                match reloc.target {
                    RelocTarget::Data(target, _) => mark(&mut r.data, target.index(), &mut data_work, target),
                    RelocTarget::Func(target) if target.index() < m.funcs.len() => {
                        r.addr_taken[target.index()] = true;
                        mark(&mut r.funcs, target.index(), &mut func_work, target);
                    }
                    RelocTarget::Func(_) => {}
                }
            }
        } else {
            break;
        }
    }
    r
}

/// Marks an item and queues it; an id out of range is left for the shape
/// check to report.
fn mark<T>(set: &mut [bool], index: usize, work: &mut Vec<T>, item: T) {
    if set.get(index) == Some(&false) {
        set[index] = true;
        work.push(item);
    }
}
