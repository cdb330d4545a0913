//! Which functions and data objects a whole module can reach: from the
//! entry, the exports and the runtime functions passes add calls to
//! ([`crate::passes::PASS_CALLEES`]), through calls, function and data
//! addresses and data relocations. One walk serves the `prune` pass and
//! the lowering's reachability, which adds [`MethodGates`]: a method in a
//! concrete type's method table counts only once a reachable interface
//! asks for a method of its key (as gc's linker keeps methods). The IR
//! knows nothing of method tables; the gates say which relocations are
//! method entries.

use crate::entity::Id;
use crate::ir::*;
use std::collections::{HashMap, HashSet};

/// What the caller knows of method tables (see the module doc).
pub trait MethodGates {
    /// The method key a function relocation at `offset` of data `d`
    /// stands for, if it is an entry of a concrete type's method table.
    fn entry_key(&self, d: DataId, offset: u32) -> Option<&str>;
    /// The keys data `d` asks for, if it is an interface's method table.
    fn asked_keys(&self, d: DataId) -> Option<&[String]>;
}

/// Reached functions and data objects, by index.
pub fn reachable(m: &Module, gates: Option<&dyn MethodGates>) -> (Vec<bool>, Vec<bool>) {
    let mut walk = Walk {
        funcs: vec![false; m.funcs.len()],
        data: vec![false; m.data.len()],
        work: Vec::new(),
        data_work: Vec::new(),
        asked: HashSet::new(),
        waiting: HashMap::new(),
    };
    let pass_callees = m.funcs.iter().filter(|(_, f)| crate::passes::PASS_CALLEES.contains(&f.name.as_str()));
    let exports = m.funcs.iter().filter(|(_, f)| f.export.is_some());
    for f in m.entry.into_iter().chain(exports.chain(pass_callees).map(|(id, _)| id)) {
        walk.func(f);
    }
    loop {
        if let Some(f) = walk.work.pop() {
            let Some(body) = m.funcs[f].body() else { continue };
            for &i in body.layout.iter().flat_map(|&b| &body.blocks[b].insts) {
                match body.insts[i].op {
                    Op::Call(g) | Op::FuncAddr(g) => walk.func(g),
                    Op::DataAddr(d, _) => walk.data(d),
                    _ => {}
                }
            }
        } else if let Some(d) = walk.data_work.pop() {
            for reloc in &m.data[d].relocs {
                match reloc.target {
                    RelocTarget::Func(g) => match gates.and_then(|gt| gt.entry_key(d, reloc.offset)) {
                        Some(key) if !walk.asked.contains(key) => {
                            walk.waiting.entry(key.to_string()).or_default().push(g)
                        }
                        _ => walk.func(g),
                    },
                    RelocTarget::Data(t, _) => walk.data(t),
                }
            }
            for key in gates.and_then(|gt| gt.asked_keys(d)).unwrap_or_default() {
                if walk.asked.insert(key.clone()) {
                    for g in walk.waiting.remove(key).unwrap_or_default() {
                        walk.func(g);
                    }
                }
            }
        } else {
            return (walk.funcs, walk.data);
        }
    }
}

struct Walk {
    funcs: Vec<bool>,
    data: Vec<bool>,
    work: Vec<FuncId>,
    data_work: Vec<DataId>,
    /// Method keys some reachable interface asks for.
    asked: HashSet<String>,
    /// Method-table entries waiting for an interface to ask for their key.
    waiting: HashMap<String, Vec<FuncId>>,
}

impl Walk {
    fn func(&mut self, f: FuncId) {
        if f.index() < self.funcs.len() && !std::mem::replace(&mut self.funcs[f.index()], true) {
            self.work.push(f);
        }
    }

    fn data(&mut self, d: DataId) {
        if d.index() < self.data.len() && !std::mem::replace(&mut self.data[d.index()], true) {
            self.data_work.push(d);
        }
    }
}
