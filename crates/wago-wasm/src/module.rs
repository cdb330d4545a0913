//! Assembles the module: index spaces (imports before defined functions,
//! only reachable items), the type, import, function, table, memory,
//! global, export, element, code, data and name sections, then validation
//! with wasmparser, whose complaint is reported against the function it is in.

use crate::cfg::Cfg;
use crate::link::{self, Layout};
use crate::locals::{self, Tuning, val_type};
use crate::reach::{self, Reachable};
use crate::{EmitError, EmitOptions, func};
use std::collections::HashMap;
use wago_ir::{DataId, FuncId, FuncKind, GlobalId, Id, Module, Signature, Ty};
use wasm_encoder::{
    CodeSection, ConstExpr, DataSection, ElementSection, Elements, EntityType, ExportKind, ExportSection,
    FunctionSection, GlobalSection, GlobalType, ImportSection, MemorySection, MemoryType, NameMap, NameSection,
    RefType, TableSection, TableType, TypeSection,
};

/// Deduplicated function types.
#[derive(Default)]
pub struct Types {
    index: HashMap<Signature, u32>,
    section: TypeSection,
}

impl Types {
    pub fn index(&mut self, sig: &Signature) -> u32 {
        if let Some(&i) = self.index.get(sig) {
            return i;
        }
        let i = self.section.len();
        let params = sig.params.iter().map(|&t| val_type(t));
        let results = sig.results.iter().map(|&t| val_type(t));
        self.section.ty().function(params, results);
        self.index.insert(sig.clone(), i);
        i
    }
}

/// Wasm indices of the module's items, for the instruction selector.
pub struct Indices {
    pub types: Types,
    funcs: Vec<Option<u32>>,
    globals: Vec<Option<u32>>,
    layout: Layout,
}

impl Indices {
    pub fn func(&self, f: FuncId) -> u32 {
        self.funcs[f.index()].expect("reachable function")
    }
    pub fn global(&self, g: GlobalId) -> u32 {
        self.globals[g.index()].expect("reachable global")
    }
    pub fn table_index(&self, f: FuncId) -> u32 {
        self.layout.table_index[f.index()].expect("address-taken function")
    }
    pub fn data_addr(&self, d: DataId) -> u32 {
        self.layout.addr[d.index()].expect("reachable data")
    }
}

pub fn emit(m: &Module, opts: &EmitOptions) -> Result<Vec<u8>, EmitError> {
    let Some(entry) = m.entry else { return Err(EmitError::module("the module has no entry function")) };
    let entry_sig = &m.funcs[entry].sig;
    if !entry_sig.params.is_empty() || !entry_sig.results.is_empty() {
        return Err(EmitError::in_func(&m.funcs[entry].name, "the entry function must take and return nothing"));
    }
    let reach = reach::reachable(m);
    let layout = link::link(m, &reach, opts.heap_headroom)?;
    let (imported, defined) = func_order(m, &reach);
    let mut funcs = vec![None; m.funcs.len()];
    let imported = dedup_imports(m, &imported, &mut funcs);
    for (i, &f) in defined.iter().enumerate() {
        funcs[f.index()] = Some((imported.len() + i) as u32);
    }
    let mut globals = vec![None; m.globals.len()];
    let live_globals: Vec<GlobalId> = m.globals.ids().filter(|&g| reach.global(g)).collect();
    for (i, &g) in live_globals.iter().enumerate() {
        globals[g.index()] = Some(i as u32);
    }
    let mut ix = Indices { types: Types::default(), funcs, globals, layout };

    let mut imports = ImportSection::new();
    for &f in &imported {
        let FuncKind::Import { module, name } = &m.funcs[f].kind else { unreachable!("imports first") };
        let ty = ix.types.index(&m.funcs[f].sig);
        imports.import(module, name, EntityType::Function(ty));
    }
    let mut functions = FunctionSection::new();
    let mut code = CodeSection::new();
    let tuning = Tuning { stackify: opts.stackify, share: opts.share_locals };
    for &f in &defined {
        let func = &m.funcs[f];
        functions.function(ix.types.index(&func.sig));
        let body = func.body().expect("defined");
        code.function(&lower_func(m, f, body, &mut ix, tuning)?);
    }
    let table = table_section(&reach, &ix.layout);
    let mut memory = MemorySection::new();
    memory.memory(MemoryType {
        minimum: ix.layout.pages,
        maximum: None,
        memory64: false,
        shared: false,
        page_size_log2: None,
    });
    let mut global_section = GlobalSection::new();
    for &g in &live_globals {
        let glob = &m.globals[g];
        let init = match glob.ty {
            Ty::I32 | Ty::Ptr => ConstExpr::i32_const(glob.init as u32 as i32),
            Ty::I64 => ConstExpr::i64_const(glob.init as i64),
            Ty::F32 => ConstExpr::f32_const(wasm_encoder::Ieee32::new(glob.init as u32)),
            Ty::F64 => ConstExpr::f64_const(wasm_encoder::Ieee64::new(glob.init)),
        };
        let ty = GlobalType { val_type: val_type(glob.ty), mutable: true, shared: false };
        global_section.global(ty, &init);
    }
    let exports = export_section(m, entry, &ix)?;
    let mut elements = ElementSection::new();
    if !ix.layout.table_funcs.is_empty() {
        let members: Vec<u32> = ix.layout.table_funcs.iter().map(|&f| ix.func(f)).collect();
        elements.active(None, &ConstExpr::i32_const(1), Elements::Functions(members.into()));
    }
    let mut data = DataSection::new();
    for (addr, bytes) in &ix.layout.segments {
        data.active(0, &ConstExpr::i32_const(*addr as i32), bytes.iter().copied());
    }

    let mut module = wasm_encoder::Module::new();
    module.section(&ix.types.section);
    if !imports.is_empty() {
        module.section(&imports);
    }
    module.section(&functions);
    if let Some(table) = &table {
        module.section(table);
    }
    module.section(&memory);
    if !global_section.is_empty() {
        module.section(&global_section);
    }
    module.section(&exports);
    if !elements.is_empty() {
        module.section(&elements);
    }
    module.section(&code);
    if !data.is_empty() {
        module.section(&data);
    }
    if opts.names {
        let mut names = NameMap::new();
        for (i, &f) in imported.iter().chain(&defined).enumerate() {
            names.append(i as u32, &m.funcs[f].name);
        }
        let mut section = NameSection::new();
        section.functions(&names);
        module.section(&section);
    }
    let bytes = module.finish();
    validate(m, &defined, &bytes)?;
    Ok(bytes)
}

/// The imports to declare: one per (module, name, signature), however
/// many declarations share it (wago's runtime and an overlay package may
/// both declare `proc_exit`); sets each declaration's index.
fn dedup_imports(m: &Module, imported: &[FuncId], funcs: &mut [Option<u32>]) -> Vec<FuncId> {
    let key = |f: FuncId| match &m.funcs[f].kind {
        FuncKind::Import { module, name } => (module, name, &m.funcs[f].sig),
        FuncKind::Body(_) => unreachable!("imports only"),
    };
    let mut unique: Vec<FuncId> = Vec::new();
    for &f in imported {
        let i = unique.iter().position(|&u| key(u) == key(f)).unwrap_or_else(|| {
            unique.push(f);
            unique.len() - 1
        });
        funcs[f.index()] = Some(i as u32);
    }
    unique
}

/// Reachable imports, then reachable defined functions, each in id order.
fn func_order(m: &Module, reach: &Reachable) -> (Vec<FuncId>, Vec<FuncId>) {
    let live = m.funcs.iter().filter(|(f, _)| reach.func(*f));
    let (imported, defined): (Vec<_>, Vec<_>) = live.partition(|(_, func)| func.body().is_none());
    (imported.into_iter().map(|(f, _)| f).collect(), defined.into_iter().map(|(f, _)| f).collect())
}

fn lower_func(
    m: &Module,
    f: FuncId,
    body: &wago_ir::Body,
    ix: &mut Indices,
    tuning: Tuning,
) -> Result<wasm_encoder::Function, EmitError> {
    let func = &m.funcs[f];
    let fail = |msg: String| EmitError::in_func(&func.name, msg);
    if body.layout.is_empty() {
        return Err(fail("the function has no blocks".into()));
    }
    crate::shape::check(m, func, body).map_err(fail)?;
    let cfg = Cfg::build(body).map_err(|e| fail(e.message))?;
    let locals = locals::assign(body, &cfg, func.sig.params.len() as u32, tuning);
    func::lower(body, &func.sig, &cfg, &locals, ix).map_err(fail)
}

fn table_section(reach: &Reachable, layout: &Layout) -> Option<TableSection> {
    if layout.table_funcs.is_empty() && !reach.calls_indirect {
        return None;
    }
    // Slot 0 stays null, so calling through a nil function value traps.
    let size = layout.table_funcs.len() as u64 + 1;
    let mut table = TableSection::new();
    table.table(TableType {
        element_type: RefType::FUNCREF,
        table64: false,
        minimum: size,
        maximum: Some(size),
        shared: false,
    });
    Some(table)
}

fn export_section(m: &Module, entry: FuncId, ix: &Indices) -> Result<ExportSection, EmitError> {
    let mut exports = ExportSection::new();
    let mut seen: HashMap<&str, FuncId> = HashMap::new();
    let named = m.funcs.iter().filter_map(|(f, func)| Some((func.export.as_deref()?, f)));
    for (name, f) in [("_start", entry)].into_iter().chain(named) {
        match seen.insert(name, f) {
            Some(prev) if prev == f => continue,
            Some(_) => return Err(EmitError::in_func(&m.funcs[f].name, format!("export name {name:?} is used twice"))),
            None => {}
        }
        if name == "memory" {
            return Err(EmitError::in_func(&m.funcs[f].name, "export name \"memory\" is the memory's"));
        }
        exports.export(name, ExportKind::Func, ix.func(f));
    }
    exports.export("memory", ExportKind::Memory, 0);
    Ok(exports)
}

/// Validates the module; an error inside a function body names the function.
fn validate(m: &Module, defined: &[FuncId], bytes: &[u8]) -> Result<(), EmitError> {
    let features = wasmparser::WasmFeatures::default();
    let Err(err) = wasmparser::Validator::new_with_features(features).validate_all(bytes) else {
        return Ok(());
    };
    let offset = err.offset();
    let mut body_index = 0;
    for payload in wasmparser::Parser::new(0).parse_all(bytes) {
        if let Ok(wasmparser::Payload::CodeSectionEntry(body)) = payload {
            if body.range().contains(&offset) {
                let f = defined[body_index];
                return Err(EmitError::in_func(&m.funcs[f].name, format!("invalid code: {err}")));
            }
            body_index += 1;
        }
    }
    Err(EmitError::module(format!("invalid module: {err}")))
}
