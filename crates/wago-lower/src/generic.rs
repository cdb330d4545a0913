//! Generics by monomorphisation: which instances of generic functions and
//! methods the program uses, and the types of each instance's body.
//!
//! An *instance* is a generic function, or a method of a generic type,
//! together with a list of concrete type arguments (the receiver type's
//! arguments for a method); identical lists share one instance. Before any
//! code is lowered, [`collect`] finds the instances with a worklist: the
//! uses outside generic code are the roots (a call `F[int]` or `F(x)` whose
//! type arguments the checker recorded, a method selected on a value of an
//! instantiated type such as `List[int]`), and each instance's body, its
//! types substituted, may name more (`F[T]` calling `G[[]T]`, a method
//! called through a type parameter's constraint, which after substitution
//! is a static call of the concrete method). Every method of an
//! instantiated type that appears in used code is an instance too, as
//! interface tables will need them. Substitution creates types, so it needs
//! the checker mutably; it is done here, once, and its results kept per
//! instance: the lowering of an instance body asks [`Lowerer::subst_in`]
//! for the type of anything it reads, and gets the checker's real
//! instantiated types (`List[int]` is one `TypeId` program-wide).

use crate::{FuncSrc, LowerError, Lowerer, Unit};
use std::collections::{HashMap, HashSet, VecDeque};
use wago_syntax::ast::{self, ExprId};
use wago_types::check::FileInfo;
use wago_types::lookup::Lookup;
use wago_types::object::ObjKind;
use wago_types::types::Type;
use wago_types::{Checker, ObjId, TypeId};

/// A generic function or method with its type arguments.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct InstKey {
    pub obj: ObjId,
    pub targs: Vec<TypeId>,
}

/// One instance to lower.
pub(crate) struct Instance {
    pub key: InstKey,
    pub src: FuncSrc,
    /// The types of the generic body (expressions, variables, signature)
    /// mapped to this instance's.
    pub types: HashMap<TypeId, TypeId>,
    /// The function once declared in the IR module.
    pub func: Option<wago_ir::FuncId>,
}

/// Every instance the program uses, in discovery order.
#[derive(Default)]
pub(crate) struct Instances {
    pub list: Vec<Instance>,
    pub by_key: HashMap<InstKey, usize>,
}

/// More instances than any sane program needs: a guard against runaway
/// instantiation the checker's cycle test did not catch.
const MAX_INSTANCES: usize = 100_000;

/// Finds the instances `units` use (see the module comment).
pub(crate) fn collect(ck: &mut Checker<'_>, units: &[Unit<'_>]) -> (Instances, Vec<LowerError>) {
    let mut c = Collector {
        units,
        generic: HashMap::new(),
        ranges: HashMap::new(),
        out: Instances::default(),
        queue: VecDeque::new(),
        errors: Vec::new(),
    };
    c.find_generic_decls(ck);
    if c.generic.is_empty() {
        return (c.out, c.errors);
    }
    for (ui, unit) in units.iter().enumerate() {
        for fi in 0..unit.files.len() {
            let exprs: Vec<ExprId> = (0..unit.files[fi].ast.exprs.len()).map(|i| ExprId::new(i as u32)).collect();
            c.walk(ck, FuncSrc { unit: ui, file: fi, decl: ast::DeclId::new(0) }, &exprs, None);
        }
    }
    while let Some(i) = c.queue.pop_front() {
        c.instantiate(ck, i);
    }
    // Each instance of a body reports the same problem: once is enough.
    let mut seen = HashSet::new();
    c.errors.retain(|e| seen.insert((e.file, e.pos, e.msg.clone())));
    (c.out, c.errors)
}

struct Collector<'u, 'f> {
    units: &'u [Unit<'f>],
    /// Generic functions and methods of generic types: where they are.
    generic: HashMap<ObjId, FuncSrc>,
    /// The expressions of each generic declaration, found once.
    ranges: HashMap<ObjId, std::rc::Rc<Vec<ExprId>>>,
    out: Instances,
    queue: VecDeque<usize>,
    errors: Vec<LowerError>,
}

/// The substitution of one instance: type parameters, arguments and the
/// types substituted so far.
struct Subst {
    tparams: Vec<TypeId>,
    targs: Vec<TypeId>,
    types: HashMap<TypeId, TypeId>,
}

impl Subst {
    fn apply(&mut self, ck: &mut Checker<'_>, t: TypeId) -> TypeId {
        if let Some(&s) = self.types.get(&t) {
            return s;
        }
        let s = ck.subst(t, &self.tparams, &self.targs);
        self.types.insert(t, s);
        s
    }
}

impl Collector<'_, '_> {
    fn info<'c>(&self, ck: &'c Checker<'_>, src: FuncSrc) -> &'c FileInfo {
        &ck.info(self.units[src.unit].pkg).files[src.file]
    }

    fn find_generic_decls(&mut self, ck: &Checker<'_>) {
        for (ui, unit) in self.units.iter().enumerate() {
            for (fi, input) in unit.files.iter().enumerate() {
                let info = &ck.info(unit.pkg).files[fi];
                for &d in input.ast.top_decls() {
                    let ast::Decl::Func { name, body: Some(_), .. } = *input.ast.decl(d) else { continue };
                    let Some(obj) = info.defs.get(&name) else { continue };
                    if type_params_of(ck, obj).is_some() {
                        self.generic.insert(obj, FuncSrc { unit: ui, file: fi, decl: d });
                    }
                }
            }
        }
    }

    /// Looks at expressions `exprs` of a file for uses of instances; with
    /// `subst`, inside an instance body (recording the substituted types),
    /// without, anywhere (keeping the uses whose type arguments are
    /// concrete: uses inside generic bodies are found per instance).
    fn walk(&mut self, ck: &mut Checker<'_>, src: FuncSrc, exprs: &[ExprId], mut subst: Option<&mut Subst>) {
        let file = self.units[src.unit].files[src.file].ast;
        for &e in exprs {
            let info = self.info(ck, src);
            let raw = info.types.get(&e).map(|tv| tv.ty);
            let def = info.defs.get(&e);
            let targs = info.instances.get(&e).cloned();
            let used = info.uses.get(&e);
            let selected = match *file.expr(e) {
                ast::Expr::Selector { x, sel } => {
                    info.uses.get(&sel).filter(|&m| is_method(ck, m)).and_then(|m| Some((m, info.types.get(&x)?.ty)))
                }
                _ => None,
            };
            let mut ty = |ck: &mut Checker<'_>, t: TypeId| match subst.as_deref_mut() {
                Some(s) => s.apply(ck, t),
                None => t,
            };
            if let Some(t) = raw {
                let t = ty(ck, t);
                self.methods_of_instance(ck, t, src, e);
            }
            if let Some(o) = def {
                let t = ck.objs.get(o).ty;
                ty(ck, t);
            }
            if let (Some(targs), Some(obj)) = (targs, used) {
                let targs: Vec<TypeId> = targs.iter().map(|&t| ty(ck, t)).collect();
                self.use_instance(ck, InstKey { obj, targs }, src, e);
            }
            if let Some((m, xt)) = selected {
                let xt = ty(ck, xt);
                if let Some((_, Some(key))) = resolve_method(ck, xt, m) {
                    self.use_instance(ck, key, src, e);
                }
            }
        }
    }

    /// Every method of an instantiated type (or pointer to one) `t`.
    fn methods_of_instance(&mut self, ck: &mut Checker<'_>, t: TypeId, src: FuncSrc, e: ExprId) {
        let (base, _) = ck.deref(t);
        let Type::Named(n) = ck.types.get(ck.types.unalias(base)) else { return };
        let Some(origin) = n.origin.filter(|_| !n.type_args.is_empty()) else { return };
        let targs = n.type_args.clone();
        let Type::Named(o) = ck.types.get(origin) else { return };
        for m in o.methods.clone() {
            self.use_instance(ck, InstKey { obj: m, targs: targs.clone() }, src, e);
        }
    }

    /// Notes a use of an instance; new ones join the worklist. Uses whose
    /// type arguments are not concrete are skipped (they are in generic
    /// code, seen again per instance).
    fn use_instance(&mut self, ck: &Checker<'_>, key: InstKey, src: FuncSrc, at: ExprId) {
        if self.out.by_key.contains_key(&key) || !self.generic.contains_key(&key.obj) {
            return;
        }
        if key.targs.iter().any(|&t| mentions_type_params(ck, t, &mut HashSet::new())) {
            return;
        }
        if self.out.list.len() >= MAX_INSTANCES {
            let input = self.units[src.unit].files[src.file];
            self.errors.push(LowerError {
                file: input.id,
                pos: input.ast.expr_pos(at),
                msg: "wago: too many instances of generic functions".into(),
            });
            return;
        }
        let i = self.out.list.len();
        self.out.by_key.insert(key.clone(), i);
        let fsrc = self.generic[&key.obj];
        self.out.list.push(Instance { key, src: fsrc, types: HashMap::new(), func: None });
        self.queue.push_back(i);
    }

    /// Substitutes the types of instance `i`'s signature and body, and
    /// notes the instances its body uses.
    fn instantiate(&mut self, ck: &mut Checker<'_>, i: usize) {
        let key = self.out.list[i].key.clone();
        let src = self.out.list[i].src;
        let Some(tparams) = type_params_of(ck, key.obj) else { return };
        let mut subst = Subst { tparams, targs: key.targs.clone(), types: HashMap::new() };
        let exprs = self.decl_exprs(key.obj, src);
        self.instantiate_local_types(ck, src, &exprs, &mut subst);
        let sig_ty = ck.objs.get(key.obj).ty;
        subst.apply(ck, sig_ty);
        if let Some(sig) = ck.types.signature(sig_ty).cloned() {
            let vars = sig.recv.into_iter().chain(ck.types.tuple_vars(sig.params).iter().copied());
            let vars: Vec<ObjId> = vars.chain(ck.types.tuple_vars(sig.results).iter().copied()).collect();
            for v in vars {
                let t = ck.objs.get(v).ty;
                subst.apply(ck, t);
            }
        }
        self.walk(ck, src, &exprs, Some(&mut subst));
        // Expressions naming generic functions keep their generic
        // signatures (with other type parameters): no value has them.
        let generic_sig = |t: TypeId| ck.types.signature(t).is_some_and(|s| !s.type_params.is_empty());
        let left = subst
            .types
            .iter()
            .find(|(_, to)| !generic_sig(**to) && mentions_type_params(ck, **to, &mut HashSet::new()));
        if let Some((&from, _)) = left {
            let input = self.units[src.unit].files[src.file];
            let ty = ck.type_string(from, None);
            self.errors.push(LowerError {
                file: input.id,
                pos: func_pos(input.ast, src.decl),
                msg: format!("wago: type {ty} in a generic function (local types depending on type parameters) is not supported yet"),
            });
        }
        self.out.list[i].types = subst.types;
    }

    /// Gives the instance its own copy of each named type declared inside
    /// the generic body (as gc does: `F[int]`'s local `pair` is
    /// `main.pair[int]`, distinct from `F[string]`'s), with the instance's
    /// type arguments substituted in its structure. The copies join the
    /// substitution first, so local types that refer to each other (or to
    /// themselves, as a linked list's node does) refer to the copies.
    fn instantiate_local_types(&mut self, ck: &mut Checker<'_>, src: FuncSrc, exprs: &[ExprId], subst: &mut Subst) {
        let info = self.info(ck, src);
        let locals: Vec<(ObjId, TypeId)> = exprs
            .iter()
            .filter_map(|e| info.defs.get(e))
            .filter_map(|o| {
                let obj = ck.objs.get(o);
                let ObjKind::TypeName { alias: false } = obj.kind else { return None };
                matches!(ck.types.get(obj.ty), Type::Named(n) if n.type_params.is_empty()).then_some((o, obj.ty))
            })
            .collect();
        let n_args = subst.targs.len();
        for &(obj, ty) in &locals {
            let Type::Named(n) = ck.types.get(ty).clone() else { continue };
            let copy_obj = ck.objs.add(ck.objs.get(obj).clone());
            let copy = ck.types.add(Type::Named(wago_types::types::NamedType {
                obj: copy_obj,
                underlying: wago_types::types::INVALID,
                methods: n.methods,
                type_params: Vec::new(),
                origin: None,
                // Printed with the instance's type arguments.
                type_args: subst.targs[..n_args].to_vec(),
            }));
            ck.objs.get_mut(copy_obj).ty = copy;
            subst.tparams.push(ty);
            subst.targs.push(copy);
        }
        for (i, &(_, ty)) in locals.iter().enumerate() {
            let Type::Named(n) = ck.types.get(ty) else { continue };
            let under = ck.subst(n.underlying, &subst.tparams, &subst.targs);
            if let Type::Named(copy) = ck.types.get_mut(subst.targs[n_args + i]) {
                copy.underlying = under;
            }
        }
    }

    /// The expressions of a generic declaration: those positioned from its
    /// `func` keyword to its closing brace.
    fn decl_exprs(&mut self, obj: ObjId, src: FuncSrc) -> std::rc::Rc<Vec<ExprId>> {
        if let Some(r) = self.ranges.get(&obj) {
            return r.clone();
        }
        let file = self.units[src.unit].files[src.file].ast;
        let ast::Decl::Func { ty, body: Some(body), .. } = *file.decl(src.decl) else { return Default::default() };
        let start = file.expr_pos(ty);
        let end = match *file.stmt(body) {
            ast::Stmt::Block { rbrace, .. } => rbrace,
            _ => start,
        };
        let list: Vec<ExprId> = (0..file.exprs.len() as u32)
            .map(ExprId::new)
            .filter(|&e| (start..=end).contains(&file.expr_pos(e)))
            .collect();
        let list = std::rc::Rc::new(list);
        self.ranges.insert(obj, list.clone());
        list
    }
}

fn func_pos(file: &ast::File, d: ast::DeclId) -> ast::Pos {
    match *file.decl(d) {
        ast::Decl::Func { name, .. } => file.expr_pos(name),
        _ => 0,
    }
}

/// The type parameters a function or method body is generic in: a generic
/// function's own, or the receiver base type's; `None` if not generic.
fn type_params_of(ck: &Checker<'_>, obj: ObjId) -> Option<Vec<TypeId>> {
    let sig = ck.types.signature(ck.objs.get(obj).ty)?;
    if !sig.type_params.is_empty() {
        return Some(sig.type_params.clone());
    }
    let recv = sig.recv?;
    let (base, _) = ck.deref(ck.objs.get(recv).ty);
    match ck.types.get(ck.types.unalias(base)) {
        Type::Named(n) if !n.type_params.is_empty() => {
            let origin = n.origin.unwrap_or(base);
            match ck.types.get(origin) {
                Type::Named(o) => Some(o.type_params.clone()),
                _ => None,
            }
        }
        _ => None,
    }
}

fn is_method(ck: &Checker<'_>, o: ObjId) -> bool {
    matches!(ck.objs.get(o).kind, ObjKind::Func { .. })
        && ck.types.signature(ck.objs.get(o).ty).is_some_and(|s| s.recv.is_some())
}

/// The concrete method a selector `x.m` calls when `x` has type `xt` (a
/// type with type arguments substituted): `m` itself, or for `m` of a
/// constraint or of a generic type, the method of that name `xt` has.
/// With it, the instance key when the method is one of a generic type.
/// `None` when `xt` is an interface (a dynamic call).
pub(crate) fn resolve_method(ck: &Checker<'_>, xt: TypeId, m: ObjId) -> Option<(ObjId, Option<InstKey>)> {
    if ck.types.is_interface(xt) || ck.types.is_type_param(ck.deref(xt).0) {
        return None;
    }
    let o = ck.objs.get(m);
    let of_interface = ck.types.signature(o.ty).and_then(|s| s.recv).is_some_and(|r| {
        let rt = ck.objs.get(r).ty;
        ck.types.is_interface(rt) || ck.types.is_type_param(ck.deref(rt).0)
    });
    if !of_interface && type_params_of(ck, m).is_none() {
        return Some((m, None)); // a plain method: no question
    }
    let (obj, recv) = match ck.lookup_field_or_method(xt, true, o.pkg, o.name) {
        Lookup::Method { obj, recv, .. } => (obj, recv),
        _ => return Some((m, None)),
    };
    let (base, _) = ck.deref(recv);
    match ck.types.get(ck.types.unalias(base)) {
        Type::Named(n) if n.origin.is_some() && !n.type_args.is_empty() => {
            Some((obj, Some(InstKey { obj, targs: n.type_args.clone() })))
        }
        _ => Some((obj, None)),
    }
}

/// Whether `t` mentions a type parameter (named types through their
/// arguments, and local ones through their structure).
pub(crate) fn mentions_type_params(ck: &Checker<'_>, t: TypeId, seen: &mut HashSet<TypeId>) -> bool {
    let rec = |t: TypeId, seen: &mut HashSet<TypeId>| mentions_type_params(ck, t, seen);
    match ck.types.get(t) {
        Type::Basic(_) => false,
        Type::TypeParam(_) => true,
        Type::Pointer(e) | Type::Slice(e) | Type::Array { elem: e, .. } | Type::Chan { elem: e, .. } => rec(*e, seen),
        Type::Map { key, elem } => rec(*key, seen) || rec(*elem, seen),
        Type::Struct(st) => st.fields.iter().any(|&f| rec(ck.objs.get(f).ty, seen)),
        Type::Signature(s) => rec(s.params, seen) || rec(s.results, seen),
        Type::Tuple(vars) => vars.iter().any(|&v| rec(ck.objs.get(v).ty, seen)),
        Type::Interface(it) => {
            it.methods.iter().any(|&m| rec(ck.objs.get(m).ty, seen)) || it.embeddeds.iter().any(|&e| rec(e, seen))
        }
        Type::Union(terms) => terms.iter().any(|term| rec(term.ty, seen)),
        Type::Named(n) => {
            if !n.type_args.is_empty() {
                return n.type_args.iter().any(|&a| rec(a, seen));
            }
            // A package-level type cannot mention type parameters; a local
            // one declared in a generic function can, in its structure.
            let local = ck.objs.get(n.obj).pkg.is_some_and(|p| {
                let scope = ck.package(p).scope;
                ck.scopes.lookup_local(scope, ck.objs.get(n.obj).name) != Some(n.obj)
            });
            local && n.type_params.is_empty() && seen.insert(t) && rec(n.underlying, seen)
        }
        Type::Alias(a) => rec(a.actual, seen),
    }
}

impl Lowerer<'_, '_> {
    /// Type `t` of a generic body as instance `inst` sees it (`t` itself
    /// outside generic code).
    pub(crate) fn subst_in(&self, inst: Option<usize>, t: TypeId) -> TypeId {
        match inst {
            Some(i) => self.instances.list[i].types.get(&t).copied().unwrap_or(t),
            None => t,
        }
    }

    /// Declares each instance's function: its link name and the IR
    /// signature of its substituted types; its body is lowered later.
    pub(crate) fn declare_instances(&mut self) {
        let mut used: HashSet<String> = self.module.funcs.values().map(|f| f.name.clone()).collect();
        for i in 0..self.instances.list.len() {
            let key = self.instances.list[i].key.clone();
            let mut name = self.instance_link_name(i);
            if !used.insert(name.clone()) {
                // Type strings of different local types may coincide.
                name = format!("{name}·{i}");
                used.insert(name.clone());
            }
            let sig = self.instance_signature(i);
            let id = self.module.funcs.push(wago_ir::Func {
                name,
                sig,
                kind: wago_ir::FuncKind::Body(Default::default()),
                export: None,
            });
            self.instances.list[i].func = Some(id);
            let src = self.instances.list[i].src;
            let input = self.units[src.unit].files[src.file];
            if let wago_syntax::ast::Decl::Func { body: Some(b), .. } = *input.ast.decl(src.decl)
                && self.recover_sites_of(src.unit, src.file).calls_recover(crate::unwind::block_span(input.ast, b))
            {
                self.recovering.insert(id);
            }
            self.bodies.push((id, key.obj, src, Some(i)));
        }
    }

    /// gc's link names: `pkg.F[int,string]`, `pkg.(*List[int]).Push`.
    fn instance_link_name(&self, i: usize) -> String {
        let ck = self.ck;
        let inst = &self.instances.list[i];
        let o = ck.objs.get(inst.key.obj);
        let pkg = o.pkg.map_or("", |p| ck.package(p).path.as_str());
        let name = ck.name(o.name);
        let recv = ck.types.signature(o.ty).and_then(|s| s.recv);
        match recv {
            Some(r) => {
                let rt = self.subst_in(Some(i), ck.objs.get(r).ty);
                let (base, ptr) = ck.deref(rt);
                let tname = ck.type_string(base, o.pkg);
                if ptr { format!("{pkg}.(*{tname}).{name}") } else { format!("{pkg}.{tname}.{name}") }
            }
            None => {
                let args: Vec<String> = inst.key.targs.iter().map(|&t| ck.type_string(t, o.pkg)).collect();
                format!("{pkg}.{name}[{}]", args.join(","))
            }
        }
    }

    /// The IR signature of instance `i`: its receiver's, then each
    /// parameter's registers; each result's registers.
    fn instance_signature(&self, i: usize) -> wago_ir::Signature {
        let ck = self.ck;
        let Some(sig) = ck.types.signature(ck.objs.get(self.instances.list[i].key.obj).ty) else {
            return Default::default();
        };
        let regs = |v: ObjId| self.layout.regs(self.subst_in(Some(i), ck.objs.get(v).ty)).tys;
        let mut params: Vec<wago_ir::Ty> = sig.recv.into_iter().flat_map(regs).collect();
        params.extend(ck.types.tuple_vars(sig.params).iter().flat_map(|&v| regs(v)));
        let results = ck.types.tuple_vars(sig.results).iter().flat_map(|&v| regs(v)).collect();
        wago_ir::Signature { params, results }
    }

    /// The IR function of the instance of generic `obj` with `targs`.
    pub(crate) fn instance_func(&self, obj: ObjId, targs: Vec<TypeId>) -> Option<wago_ir::FuncId> {
        let i = *self.instances.by_key.get(&InstKey { obj, targs })?;
        self.instances.list[i].func
    }

    /// The IR function of method `m` called on a value of type `recv`
    /// (concrete): a plain method's, or the instance's for a method of a
    /// generic type (`recv` being an instance, or a pointer to one). For
    /// interface tables and method values as well as calls.
    pub fn method_func(&self, m: ObjId, recv: TypeId) -> Option<wago_ir::FuncId> {
        if let Some(&f) = self.funcs.get(&m) {
            return Some(f);
        }
        let (_, key) = resolve_method(self.ck, recv, m)?;
        let key = key?;
        self.instance_func(key.obj, key.targs)
    }

    /// The type of method `m`'s receiver when called on a value of type
    /// `recv` (substituted for a method of a generic type).
    pub(crate) fn method_recv_ty(&self, m: ObjId, recv: TypeId) -> TypeId {
        let ck = self.ck;
        let Some(r) = ck.types.signature(ck.objs.get(m).ty).and_then(|s| s.recv) else {
            return wago_types::types::INVALID;
        };
        let rt = ck.objs.get(r).ty;
        match resolve_method(ck, recv, m).and_then(|(_, k)| k).and_then(|k| self.instances.by_key.get(&k).copied()) {
            Some(i) => self.subst_in(Some(i), rt),
            None => rt,
        }
    }
}
