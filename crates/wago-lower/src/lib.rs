//! Lowers a checked Go program to wago's IR (`wago-ir`).
//!
//! It owns the meaning of Go's constructs in machine terms: value layouts
//! (`layout`), SSA construction from variables (`func`), expressions with
//! Go's integer, string and check semantics (`expr`), statements and
//! control flow (`stmt`), range over functions (`rangefunc`), maps and
//! their type descriptors (`maps`), the instances of generic functions and
//! methods (`generic`), and the program around them (this module):
//! functions and their link names, package variables as data objects,
//! string literals, package initialisation, and the entry point. Runtime
//! operations are calls to functions of wago's own `runtime` package (Go
//! source, checked and lowered like the user's), found by name.
//! It reads the checker's results and never re-checks: a program that
//! reaches it type-checked clean. It knows nothing of WebAssembly encoding.

mod closure;
mod expr;
mod func;
mod gcshape;
mod generic;
mod iface;
pub mod layout;
mod maps;
mod rangefunc;
mod staticinit;
mod stdlib;
mod stmt;
mod typedesc;
mod unwind;

use std::collections::HashMap;
use wago_ir::{Data, DataId, Func, FuncId, FuncKind, Module, Signature, Ty};
use wago_syntax::ast::{self, DeclId, Pos};
use wago_types::check::FileInfo;
use wago_types::types::Type;
use wago_types::{Checker, FileId, FileInput, ObjId, PkgId, TypeId};

use layout::Layout;

/// One checked package to lower, with the files it was checked from (in
/// the order the checker saw them).
pub struct Unit<'f> {
    pub pkg: PkgId,
    pub files: Vec<FileInput<'f>>,
    /// Body-less functions the package's assembly defines as a jump to
    /// another of its functions: (name, target) (see
    /// `wago_loader::asm`); each is lowered as its target.
    pub trampolines: &'f [(String, String)],
}

/// Something the lowering cannot translate (yet), at a source position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LowerError {
    pub file: FileId,
    pub pos: Pos,
    pub msg: String,
}

/// Lowers `units` (in dependency order: each after its imports, the
/// runtime first, the main package last) to one IR module whose entry
/// initialises every package in order and runs `main.main`.
///
/// Generic functions and methods are lowered once per instance the program
/// uses (see `generic`); finding the instances creates types, hence the
/// mutable checker.
pub fn lower_program(ck: &mut Checker<'_>, units: &[Unit<'_>], runtime: PkgId) -> Result<Module, Vec<LowerError>> {
    lower_program_lazily(ck, units, runtime, &|_| false)
}

/// As [`lower_program`]; the functions of the units `lazy` selects (by
/// index: upstream standard-library packages) that cannot be lowered yet
/// are errors only if the program can reach them (see `stdlib`).
pub fn lower_program_lazily(
    ck: &mut Checker<'_>,
    units: &[Unit<'_>],
    runtime: PkgId,
    lazy: &dyn Fn(usize) -> bool,
) -> Result<Module, Vec<LowerError>> {
    let (instances, errors) = generic::collect(ck, units);
    let mut lw = Lowerer::new(ck, units, runtime);
    lw.instances = instances;
    lw.errors = errors;
    lw.lazy = (0..units.len()).map(lazy).collect();
    lw.declare_all();
    lw.bind_provided();
    lw.bind_trampolines();
    lw.declare_instances();
    lw.panicking = lw.runtime_global("panicking");
    lw.recover_token = lw.runtime_global("recoverToken");
    lw.lower_bodies();
    lw.lower_entry();
    lw.drop_unreached();
    lw.finish_gc_roots();
    if lw.errors.is_empty() { Ok(lw.module) } else { Err(lw.errors) }
}

/// Where a function's syntax is: unit, file and declaration.
#[derive(Clone, Copy)]
struct FuncSrc {
    unit: usize,
    file: usize,
    decl: DeclId,
}

/// Program-wide lowering state.
pub(crate) struct Lowerer<'c, 'a> {
    pub ck: &'c Checker<'a>,
    pub layout: Layout<'c, 'a>,
    pub units: &'c [Unit<'c>],
    pub module: Module,
    /// Declared functions and methods by object.
    pub funcs: HashMap<ObjId, FuncId>,
    /// Package-level variables: their memory.
    pub globals: HashMap<ObjId, DataId>,
    /// String literal bytes, shared.
    strings: HashMap<Box<[u8]>, DataId>,
    /// Functions of the runtime package by name.
    runtime_funcs: HashMap<&'static str, ObjId>,
    /// Functions that provide other packages' body-less functions, by the
    /// link name they provide (`//go:linkname local pkg.name`).
    provided: HashMap<String, FuncId>,
    /// Body-less functions (not imports): object, link name, position.
    bodyless: Vec<(ObjId, String, FileId, Pos)>,
    pub(crate) runtime: PkgId,
    /// `__heap_base`: placed by the linker after all static data.
    pub heap_base: DataId,
    /// The runtime's `panicking` flag (see `unwind`).
    pub panicking: Option<DataId>,
    /// Functions to lower: IR function, Go function, source, instance
    /// (of a generic one).
    bodies: Vec<(FuncId, ObjId, FuncSrc, Option<usize>)>,
    /// The instances of generic functions and methods (see `generic`).
    pub(crate) instances: generic::Instances,
    /// Per file: which variables live in cells, what closures capture.
    pub(crate) facts: HashMap<FileId, std::rc::Rc<closure::FileFacts>>,
    /// Function values of declared functions: their static closure objects.
    pub(crate) func_values: HashMap<FuncId, DataId>,
    /// Function literals lowered so far, for their link names.
    pub(crate) lit_count: HashMap<FuncId, u32>,
    pub errors: Vec<LowerError>,
    /// Map type descriptors and the map key scratch area (see `maps`).
    pub(crate) maps: maps::MapData,
    /// Type descriptors and itabs (see `typedesc`).
    pub(crate) descs: typedesc::TypeDescs,
    /// The runtime's `recoverToken` (see `unwind`).
    pub(crate) recover_token: Option<DataId>,
    /// Functions that call `recover` themselves.
    pub(crate) recovering: std::collections::HashSet<FuncId>,
    recover_sites: HashMap<FileId, std::rc::Rc<unwind::RecoverSites>>,
    /// Per unit: whether its errors wait for reachability (see `stdlib`).
    lazy: Vec<bool>,
    pub(crate) deferred: stdlib::Deferred,
    /// GC shapes, the root table and the shadow stack (see `gcshape`).
    pub(crate) gc: gcshape::GcData,
}

impl<'c, 'a> Lowerer<'c, 'a> {
    fn new(ck: &'c Checker<'a>, units: &'c [Unit<'c>], runtime: PkgId) -> Self {
        let mut module = Module::default();
        let heap_base = module.data.push(Data { name: "__heap_base".into(), align: 16, ..Default::default() });
        let gc = gcshape::GcData::new(&mut module);
        Lowerer {
            heap_base,
            panicking: None,
            ck,
            layout: Layout::new(ck),
            units,
            module,
            funcs: HashMap::new(),
            globals: HashMap::new(),
            strings: HashMap::new(),
            runtime_funcs: HashMap::new(),
            provided: HashMap::new(),
            bodyless: Vec::new(),
            runtime,
            bodies: Vec::new(),
            facts: HashMap::new(),
            func_values: HashMap::new(),
            lit_count: HashMap::new(),
            errors: Vec::new(),
            maps: Default::default(),
            descs: Default::default(),
            recover_token: None,
            recovering: Default::default(),
            recover_sites: HashMap::new(),
            lazy: Vec::new(),
            deferred: Default::default(),
            gc,
            instances: Default::default(),
        }
    }

    pub fn error(&mut self, file: FileId, pos: Pos, msg: impl Into<String>) {
        self.errors.push(LowerError { file, pos, msg: msg.into() });
    }

    fn info(&self, unit: usize, file: usize) -> &'c FileInfo {
        &self.ck.info(self.units[unit].pkg).files[file]
    }

    /// Declares every function, method and package variable.
    fn declare_all(&mut self) {
        for (ui, unit) in self.units.iter().enumerate() {
            for (fi, input) in unit.files.iter().enumerate() {
                for &d in input.ast.top_decls() {
                    match *input.ast.decl(d) {
                        ast::Decl::Func { name, .. } => self.declare_func(ui, fi, d, name),
                        ast::Decl::Gen { tok: wago_syntax::token::Token::Var, specs, doc, .. } => {
                            for &s in input.ast.specs_of(specs) {
                                if let ast::Spec::Value { names, doc: spec_doc, .. } = *input.ast.spec(s) {
                                    let link = spec_doc.or(doc).and_then(|g| linkname_target(input.ast, input.src, g));
                                    for &n in input.ast.exprs_of(names) {
                                        self.declare_global(ui, fi, n, link.as_deref());
                                    }
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
    }

    /// Binds each body-less function another package provides (see
    /// `provided`) to the provider, which must have its IR signature.
    fn bind_provided(&mut self) {
        for (obj, link, file, pos) in std::mem::take(&mut self.bodyless) {
            let (Some(&f), Some(&own)) = (self.provided.get(&link), self.funcs.get(&obj)) else { continue };
            if self.module.funcs[f].sig != self.module.funcs[own].sig {
                self.error(file, pos, format!("wago: the body //go:linkname gives {link} has a different signature"));
                continue;
            }
            self.funcs.insert(obj, f);
        }
    }

    /// Binds each body-less function that the package's assembly makes a
    /// jump to another of its functions to that function (same
    /// signature, or an error at the declaration).
    fn bind_trampolines(&mut self) {
        for unit in self.units {
            let scope = self.ck.package(unit.pkg).scope;
            for (name, target) in unit.trampolines {
                let lookup = |n: &str| self.ck.scopes.lookup_local(scope, self.ck.names.intern(n));
                let Some(from) = lookup(name) else { continue };
                let Some(&f) = self.funcs.get(&from) else { continue };
                if target.is_empty() {
                    // `RET` alone: a function of no results that does nothing.
                    if self.is_missing_body(f) && self.module.funcs[f].sig.results.is_empty() {
                        self.return_only(f);
                    }
                    continue;
                }
                let Some(to) = lookup(target) else { continue };
                let Some(&t) = self.funcs.get(&to) else { continue };
                // Only a body-less declaration (with a Go body, the
                // assembly is for another build), of the same signature.
                if !self.is_missing_body(f) || self.module.funcs[f].sig != self.module.funcs[t].sig {
                    continue;
                }
                self.funcs.insert(from, t);
            }
        }
    }

    /// Declares a package variable; `link` is the target of its
    /// `//go:linkname`, a variable declared before it (in the runtime).
    fn declare_global(&mut self, ui: usize, fi: usize, name: ast::ExprId, link: Option<&str>) {
        let Some(obj) = self.info(ui, fi).defs.get(&name) else { return };
        if self.ck.obj_name(obj) == "_" {
            return;
        }
        if let Some(target) = link
            && let Some((d, _)) = self.module.data.iter().find(|(_, d)| d.name == target)
        {
            self.globals.insert(obj, d);
            return;
        }
        let ty = self.ck.objs.get(obj).ty;
        let data = Data {
            name: self.link_name(obj),
            align: self.layout.align(ty).max(1),
            size: self.layout.size(ty),
            init: Vec::new(),
            relocs: Vec::new(),
        };
        let id = self.module.data.push(data);
        self.globals.insert(obj, id);
    }

    fn declare_func(&mut self, ui: usize, fi: usize, d: DeclId, name: ast::ExprId) {
        let input = &self.units[ui].files[fi];
        let Some(obj) = self.info(ui, fi).defs.get(&name) else { return };
        if self.ck.obj_name(obj) == "_" {
            return; // `func _()`: checked, but nothing can call it
        }
        let sig_ty = self.ck.objs.get(obj).ty;
        let Some(sig) = self.ck.types.signature(sig_ty) else { return };
        if !sig.type_params.is_empty() || self.recv_is_generic(sig.recv) {
            return; // generic: declared per instance (`declare_instances`)
        }
        let mut link = self.link_name(obj);
        if sig.recv.is_none() && self.ck.obj_name(obj) == "init" {
            // `init` functions are not declared in the package scope and may
            // repeat: gc names them pkg.init.0, pkg.init.1, …
            let n = self.module.funcs.values().filter(|f| f.name.starts_with(&format!("{link}."))).count();
            link = format!("{link}.{n}");
        }
        let ir_sig = self.ir_signature(sig_ty);
        let ast::Decl::Func { body, doc, .. } = *input.ast.decl(d) else { return };
        let import = doc.and_then(|g| wasm_import(input.ast, input.src, g));
        let linknames = doc.map(|g| linkname_targets(input.ast, input.src, g)).unwrap_or_default();
        if body.is_none()
            && let Some(f) = linknames.first().and_then(|t| self.module.func_by_name(t))
        {
            // `//go:linkname local pkg.name`: the function declared there
            // (packages are declared after what they import).
            self.funcs.insert(obj, f);
            return;
        }
        if body.is_none() && import.is_none() {
            // Another package may provide it (`bind_provided`).
            self.bodyless.push((obj, link.clone(), input.id, input.ast.expr_pos(name)));
        }
        let kind = match (body, import) {
            (_, Some((module, name))) => FuncKind::Import { module, name },
            (Some(_), None) => FuncKind::Body(Default::default()),
            (None, None) if self.lazy[ui] => {
                if self.std_intrinsic(obj).is_some() {
                    return; // lowered inline at each call
                }
                let pos = input.ast.expr_pos(name);
                let func = Func { name: link, sig: ir_sig, kind: FuncKind::Body(Default::default()), export: None };
                let id = self.declare_missing_body(func, input.id, pos);
                self.funcs.insert(obj, id);
                return;
            }
            (None, None) => {
                if self.units[ui].pkg == self.runtime && func::intrinsic(self.ck.obj_name(obj), self).is_some() {
                    return; // lowered inline at each call
                }
                FuncKind::Import { module: "env".into(), name: link.clone() }
            }
        };
        let has_body = matches!(kind, FuncKind::Body(_));
        let id = self.module.funcs.push(Func { name: link, sig: ir_sig, kind, export: None });
        self.funcs.insert(obj, id);
        if self.units[ui].pkg == self.runtime {
            self.runtime_funcs.insert(self.ck.obj_name(obj), obj);
        }
        // `//go:linkname local pkg.name` on a function with a body provides
        // pkg's body-less `name`, as gc's runtime provides sync's
        // semaphores and crypto/sha3 provides fips140hash's sha3Unwrap.
        for target in linknames.into_iter().filter(|t| has_body && *t != self.module.funcs[id].name) {
            self.provided.insert(target, id);
        }
        if let Some(b) = body.filter(|_| has_body) {
            if self.recover_sites_of(ui, fi).calls_recover(unwind::block_span(input.ast, b)) {
                self.recovering.insert(id);
            }
            self.bodies.push((id, obj, FuncSrc { unit: ui, file: fi, decl: d }, None));
        }
    }

    /// Where a file calls `recover` (computed once per file).
    pub(crate) fn recover_sites_of(&mut self, ui: usize, fi: usize) -> std::rc::Rc<unwind::RecoverSites> {
        let input = self.units[ui].files[fi];
        self.recover_sites_in(input.id, input.ast, self.info(ui, fi))
    }

    /// [`Self::recover_sites_of`] for a file already at hand.
    pub(crate) fn recover_sites_in(
        &mut self,
        id: FileId,
        file: &ast::File,
        info: &FileInfo,
    ) -> std::rc::Rc<unwind::RecoverSites> {
        if let Some(s) = self.recover_sites.get(&id) {
            return s.clone();
        }
        let sites = std::rc::Rc::new(unwind::RecoverSites::of(self.ck, file, info));
        self.recover_sites.insert(id, sites.clone());
        sites
    }

    fn recv_is_generic(&self, recv: Option<ObjId>) -> bool {
        let Some(r) = recv else { return false };
        let (t, _) = self.ck.deref(self.ck.objs.get(r).ty);
        match self.ck.types.get(t) {
            Type::Named(n) => !n.type_params.is_empty() || !n.type_args.is_empty(),
            _ => false,
        }
    }

    /// The IR signature of a Go function type: the receiver's, then each
    /// parameter's registers; each result's registers.
    pub fn ir_signature(&self, sig_ty: TypeId) -> Signature {
        let sig = self.ck.types.signature(sig_ty).expect("a signature");
        let mut params = Vec::new();
        if let Some(r) = sig.recv {
            params.extend(self.layout.regs(self.ck.objs.get(r).ty).tys);
        }
        params.extend(self.layout.regs(sig.params).tys);
        Signature { params, results: self.layout.regs(sig.results).tys }
    }

    /// gc's link name: `pkg.F`, `pkg.T.M`, `pkg.(*T).M`.
    pub fn link_name(&self, obj: ObjId) -> String {
        let o = self.ck.objs.get(obj);
        let pkg = o.pkg.map_or("", |p| self.ck.package(p).path.as_str());
        let name = self.ck.name(o.name);
        let recv = self.ck.types.signature(o.ty).and_then(|s| s.recv);
        match recv {
            Some(r) => {
                let rt = self.ck.objs.get(r).ty;
                let (base, ptr) = self.ck.deref(rt);
                let tname = self.ck.type_string(base, o.pkg);
                if ptr { format!("{pkg}.(*{tname}).{name}") } else { format!("{pkg}.{tname}.{name}") }
            }
            None => format!("{pkg}.{name}"),
        }
    }

    /// The data object holding a string literal's bytes.
    pub fn string_data(&mut self, bytes: &[u8]) -> DataId {
        if let Some(&d) = self.strings.get(bytes) {
            return d;
        }
        let name = format!("go:string.{}", self.strings.len());
        let d = self.module.data.push(Data {
            name,
            align: 1,
            size: bytes.len() as u32,
            init: bytes.to_vec(),
            relocs: Vec::new(),
        });
        self.strings.insert(bytes.into(), d);
        d
    }

    /// The data object of a runtime package variable, by its Go name.
    fn runtime_global(&self, name: &str) -> Option<DataId> {
        let scope = self.ck.package(self.runtime).scope;
        let obj = self.ck.scopes.lookup_local(scope, self.ck.names.intern(name))?;
        self.globals.get(&obj).copied()
    }

    /// The IR function of a runtime function, by its Go name.
    pub fn runtime_func(&self, name: &str) -> Option<FuncId> {
        self.runtime_funcs.get(name).and_then(|o| self.funcs.get(o)).copied()
    }

    fn lower_bodies(&mut self) {
        for (id, obj, src, inst) in std::mem::take(&mut self.bodies) {
            let input = self.units[src.unit].files[src.file];
            let info = self.info(src.unit, src.file);
            let (first_error, first_func) = (self.errors.len(), self.module.funcs.len());
            let body = func::lower_func(self, input, info, obj, src.decl, id, inst);
            if let FuncKind::Body(b) = &mut self.module.funcs[id].kind {
                *b = body;
            }
            if self.lazy[src.unit] && self.errors.len() > first_error {
                self.defer_errors(id, first_error, first_func);
            }
        }
    }

    /// Package initialisers, in dependency order, then `main.main`, from
    /// the exported `_start`.
    fn lower_entry(&mut self) {
        let mut inits = Vec::new();
        for ui in 0..self.units.len() {
            if let Some(f) = func::lower_package_init(self, ui) {
                inits.push(f);
            }
        }
        let main_pkg = self.units.last().map(|u| u.pkg);
        let main_fn = main_pkg.and_then(|p| {
            let scope = self.ck.package(p).scope;
            let name = self.ck.names.intern("main");
            self.ck.scopes.lookup_local(scope, name).and_then(|o| self.funcs.get(&o).copied())
        });
        let Some(main_fn) = main_fn else {
            let file = self.units.last().and_then(|u| u.files.first()).map_or(FileId(0), |f| f.id);
            self.error(file, 0, "function main is undeclared in the main package");
            return;
        };
        let unwinding = self.unwinding_funcs();
        let body = self.entry_body(inits.into_iter().chain([main_fn]), &unwinding);
        let start = self.module.funcs.push(Func {
            name: "_start".into(),
            sig: Signature::default(),
            kind: FuncKind::Body(body),
            export: Some("_start".into()),
        });
        self.module.entry = Some(start);
    }
}

impl Lowerer<'_, '_> {
    /// The functions that may return with a panic under way: those that
    /// reach `runtime.gopanic` or `runtime.Goexit` (which raise the flag)
    /// or make an indirect call.
    fn unwinding_funcs(&self) -> std::collections::HashSet<FuncId> {
        let raisers = [self.runtime_func("gopanic"), self.runtime_func("Goexit")];
        let seeds = self.module.funcs.ids().map(|f| raisers.contains(&Some(f))).collect();
        let set = wago_ir::analysis::reaches_seeds(&self.module, seeds);
        self.module.funcs.ids().filter(|f| set[wago_ir::Id::index(*f)]).collect()
    }

    /// `_start`: calls each function in turn; a panic that unwinds out of
    /// one is reported by `runtime.fatalPanic`.
    fn entry_body(
        &mut self,
        calls: impl Iterator<Item = FuncId>,
        unwinding: &std::collections::HashSet<FuncId>,
    ) -> wago_ir::Body {
        use wago_ir::{MemKind, Op, Target, Terminator};
        let mut body = wago_ir::Body::default();
        let mut b = body.add_block();
        let fatal = body.add_block();
        let calls: Vec<FuncId> = calls.collect();
        // Only a program that can panic links the panic printer.
        let report = self.runtime_func("fatalPanic").filter(|_| calls.iter().any(|f| unwinding.contains(f)));
        for f in calls {
            body.push(b, Op::Call(f), vec![], &[]);
            if let Some(flag) = self.panicking.filter(|_| unwinding.contains(&f)) {
                let addr = body.push1(b, Op::DataAddr(flag, 0), vec![], Ty::Ptr);
                let set = body.push1(b, Op::Load { kind: MemKind::U8, offset: 0 }, vec![addr], Ty::I32);
                let next = body.add_block();
                let to = |block| Target { block, args: vec![] };
                body.terminate(b, Terminator::Branch { cond: set, then: to(fatal), else_: to(next) });
                b = next;
            }
        }
        body.terminate(b, Terminator::Return(vec![]));
        if let Some(r) = report {
            body.push(fatal, Op::Call(r), vec![], &[]);
        }
        body.terminate(fatal, Terminator::Unreachable);
        body
    }
}

/// `//go:wasmimport module name` in a declaration's doc comment.
fn wasm_import(file: &ast::File, src: &str, doc: ast::CommentGroupId) -> Option<(String, String)> {
    file.comments_of(doc).find_map(|c| {
        let text = &src[c.slash as usize..c.end as usize];
        let mut words = text.strip_prefix("//go:wasmimport ")?.split_whitespace();
        Some((words.next()?.to_string(), words.next()?.to_string()))
    })
}

/// The target of `//go:linkname local target` in a declaration's doc comment.
fn linkname_target(file: &ast::File, src: &str, doc: ast::CommentGroupId) -> Option<String> {
    linkname_targets(file, src, doc).into_iter().next()
}

/// Every `//go:linkname local target` target in a declaration's doc
/// comment: one runtime function may provide several packages' body-less
/// functions (sync's and internal/sync's semaphores).
fn linkname_targets(file: &ast::File, src: &str, doc: ast::CommentGroupId) -> Vec<String> {
    file.comments_of(doc)
        .filter_map(|c| {
            let text = &src[c.slash as usize..c.end as usize];
            let mut words = text.strip_prefix("//go:linkname ")?.split_whitespace();
            let _local = words.next()?;
            Some(words.next()?.to_string())
        })
        .collect()
}

/// `Ty` of a one-register type (for callers that know it is one).
pub(crate) fn one(tys: &[Ty]) -> Ty {
    tys.first().copied().unwrap_or(Ty::I32)
}
