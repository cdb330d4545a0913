//! Package-level declarations: collecting the objects of every file
//! (imports, constants, variables, types, functions and methods),
//! resolving them on demand in dependency order with cycle detection,
//! and the package-wide checks that follow (function bodies, unused
//! imports, initialization order).

use crate::check::{Color, Ctx, DeclInfo, DeclKind, Env, LaterBody, Mode, Operand};
use crate::constant::Value;
use crate::object::{ObjId, ObjKind, PkgId};
use crate::types::{INVALID, NamedType, Type};
use wago_syntax::ast::{self, Decl, Expr, ExprId, Spec};
use wago_syntax::token::Token;

impl Ctx<'_, '_> {
    pub(crate) fn check_files(&mut self) {
        for f in 0..self.files.len() {
            self.file = f;
            self.collect_file(f);
        }
        self.report_import_conflicts();
        self.resolving_package_objects = true;
        self.resolve_package_objects();
        self.resolving_package_objects = false;
        self.check_valid_types();
        self.check_later_map_keys();
        self.check_later_verifies();
        self.associate_leftover_methods();
        self.check_bodies();
        self.check_later_unions();
        self.check_later_embeddings();
        self.report_unused_imports();
        self.compute_init_order();
        // As types2: only an otherwise correct package is checked for
        // instantiation cycles (follow-on errors would mislead).
        if self.ck.infos[self.pkg.0 as usize].diagnostics.is_empty() {
            self.monomorph();
        }
        self.normalize_named();
    }

    /// A name a file imports (by name or dot-import) must not also be
    /// declared in the package; types2 reports it at the declaration.
    fn report_import_conflicts(&mut self) {
        let pkg_scope = self.package(self.pkg).scope;
        for f in 0..self.files.len() {
            let mut names: Vec<_> =
                self.ck.scopes.get(self.file_scopes[f]).names.iter().map(|(&k, &v)| (k, v)).collect();
            names.sort_by_key(|&(_, o)| o);
            for (sym, obj) in names {
                let Some(&alt) = self.ck.scopes.get(pkg_scope).names.get(&sym) else { continue };
                let n = self.name(sym);
                let (how, from) = match self.objs.get(obj).kind {
                    ObjKind::PkgName { imported, .. } => ("import", imported),
                    _ => ("dot-import", self.objs.get(obj).pkg.unwrap_or(self.unsafe_pkg)),
                };
                let p = self.package(from);
                let imported = format!("package {} ({:?})", self.name(p.name), p.path);
                let note = self.note(self.objs.get(obj).pos, &format!("other declaration of {n}"));
                self.error_at(
                    self.objs.get(alt).pos,
                    format!("{n} already declared through {how} of {imported}{note}"),
                );
            }
        }
    }

    fn collect_file(&mut self, f: usize) {
        let pkg_scope = self.package(self.pkg).scope;
        let (start, end) = self.ast().file_span(self.ck.names);
        let file_scope = self.ck.scopes.add(Some(pkg_scope), (start, end), false);
        self.file_scopes.push(file_scope);
        let ast = self.ast();
        if let Some(n) = ast.name
            && ast.package_name() == Some(self.syms.blank)
        {
            self.error(self.pos(n), "invalid package name _");
        }
        for &d in ast.top_decls() {
            match *ast.decl(d) {
                Decl::Bad { .. } => {}
                Decl::Gen { tok, specs, .. } => self.collect_gen(f, tok, ast.specs_of(specs)),
                Decl::Func { .. } => self.collect_func(f, d),
            }
        }
    }

    fn collect_gen(&mut self, f: usize, tok: Token, specs: &[ast::SpecId]) {
        let ast = self.ast();
        let mut last_valued: Option<ast::SpecId> = None;
        for (iota, &s) in specs.iter().enumerate() {
            match *ast.spec(s) {
                Spec::Import { name, path, .. } => self.collect_import(f, name, path),
                Spec::Value { names, ty, values, .. } if tok == Token::Const => {
                    if ty.is_some() || !values.is_empty() {
                        last_valued = Some(s);
                    }
                    let src_spec = last_valued.unwrap_or(s);
                    for (index, &n) in ast.exprs_of(names).iter().enumerate() {
                        let kind = DeclKind::Const { spec: s, src_spec, index, iota: iota as i64 };
                        self.declare_pkg_obj(f, n, ObjKind::Const { value: Value::Unknown }, kind);
                    }
                    self.check_const_arity(s, src_spec);
                }
                Spec::Value { names, ty, values, .. } => {
                    let names = ast.exprs_of(names);
                    self.var_arity(names, ast.exprs_of(values), ty.is_some());
                    let mut lhs = Vec::new();
                    for (index, &n) in names.iter().enumerate() {
                        let kind = DeclKind::Var { spec: s, index, lhs: Vec::new() };
                        let var = ObjKind::Var { is_field: false, embedded: false, used: false };
                        lhs.push(self.declare_pkg_obj(f, n, var, kind));
                    }
                    if names.len() > 1 && values.len == 1 {
                        for &o in &lhs {
                            if let Some(DeclInfo { kind: DeclKind::Var { lhs: l, .. }, .. }) = self.decls.get_mut(&o) {
                                l.clone_from(&lhs);
                            }
                        }
                    }
                }
                Spec::Type { name, assign, .. } => {
                    let kind = ObjKind::TypeName { alias: assign != ast::NO_POS };
                    self.declare_pkg_obj(f, name, kind, DeclKind::Type { spec: s });
                }
            }
        }
    }

    /// Reports a constant spec whose names and inherited values differ in number.
    fn check_const_arity(&mut self, spec: ast::SpecId, src: ast::SpecId) {
        let ast = self.ast();
        let (Spec::Value { names, .. }, Spec::Value { values, .. }) = (*ast.spec(spec), *ast.spec(src)) else {
            return;
        };
        let (names, values) = (ast.exprs_of(names).to_vec(), ast.exprs_of(values).to_vec());
        self.const_arity(&names, &values, spec != src);
    }

    /// Reports a constant spec whose names and (possibly inherited)
    /// values differ in number, as types2's `arity` does.
    pub(crate) fn const_arity(&mut self, names: &[ExprId], values: &[ExprId], inherited: bool) {
        let (nn, nv) = (names.len(), values.len());
        if nn > nv {
            let n = names[nv];
            let s = self.expr_str(n);
            self.error(self.pos(n), format!("missing init expr for {s}"));
        } else if nv > nn && !inherited {
            let v = values[nn];
            let s = self.expr_str(v);
            self.error(self.pos(v), format!("extra init expr {s}"));
        } else if nv > nn {
            // The extra value is in the spec the values come from.
            let at = self.pos(values[nn]) as usize;
            let before = &self.src()[..at.min(self.src().len())];
            let line = before.matches('\n').count() + 1;
            let col = at - before.rfind('\n').map_or(0, |i| i + 1) + 1;
            self.error(self.pos(names[0]), format!("extra init expr at {line}:{col}"));
        }
    }

    /// Reports a variable spec whose names and values differ in number
    /// (types2's `arity`), unless it has a type and no values, or one value
    /// that may be a multi-value call (left to the assignment).
    pub(crate) fn var_arity(&mut self, names: &[ExprId], values: &[ExprId], typed: bool) {
        if (typed && values.is_empty()) || (values.len() == 1 && names.len() > 1) {
            return;
        }
        self.const_arity(names, values, false);
    }

    fn declare_pkg_obj(&mut self, f: usize, ident: ExprId, kind: ObjKind, dk: DeclKind) -> ObjId {
        let name = self.ident(ident).unwrap_or(self.syms.blank);
        let pos = self.decl_pos(self.pos(ident));
        let obj = self.ck.new_obj(name, kind, INVALID, Some(self.pkg), pos);
        let scope = self.package(self.pkg).scope;
        // spec: init and (in package main) main may only be functions.
        let is_func = matches!(dk, DeclKind::Func { .. });
        let bad_init = name == self.syms.init && !is_func;
        let bad_main = name == self.syms.main && !is_func && self.name(self.package(self.pkg).name) == "main";
        if bad_init {
            self.error(pos.pos, "cannot declare init - must be func");
        } else if bad_main {
            self.error(pos.pos, "cannot declare main - must be func");
        }
        if bad_init || bad_main {
            // Checked, but not declared (as types2).
            self.record_def(ident, obj);
        } else {
            self.declare(scope, Some(ident), obj);
        }
        self.decls.insert(obj, DeclInfo { file: f, kind: dk, color: Color::White, deps: Vec::new() });
        self.decl_order.push(obj);
        obj
    }

    fn collect_import(&mut self, f: usize, name: Option<ExprId>, path: ExprId) {
        let ast = self.ast();
        let Expr::BasicLit { pos, end, .. } = *ast.expr(path) else { return };
        let lit = &self.src()[pos as usize..end as usize];
        // A literal that does not unquote is the parser's to report.
        let Some(path_bytes) = wago_syntax::literal::unquote(lit) else { return };
        let path_str = String::from_utf8_lossy(&path_bytes).into_owned();
        if let Err(why) = validate_import_path(&path_str) {
            self.error(pos, format!("invalid import path ({why})"));
            return;
        }
        let imp = self.import_package(pos, &path_str);
        // The spec starts at its name, if any.
        let spec_pos = name.map_or(pos, |n| self.pos(n));
        if let Some(n) = name
            && path_str == "C"
        {
            // As cmd/compile (not prescribed by the spec).
            self.error(self.pos(n), "cannot rename import \"C\"");
            return;
        }
        let local = name.and_then(|n| self.ident(n)).unwrap_or(self.package(imp).name);
        if local == self.syms.init {
            self.error(spec_pos, "cannot import package as init - init must be a func");
            return;
        }
        if !self.ck.packages[self.pkg.0 as usize].imports.contains(&imp) {
            self.ck.packages[self.pkg.0 as usize].imports.push(imp);
        }
        let file_scope = self.file_scopes[f];
        match self.name(local) {
            "_" => {}
            "." => {
                let scope = self.package(imp).scope;
                let mut entries: Vec<_> = self.ck.scopes.get(scope).names.iter().map(|(&k, &v)| (k, v)).collect();
                entries.sort_by_key(|&(_, o)| o);
                for (sym, obj) in entries {
                    if crate::object::is_exported(self.name(sym)) {
                        self.ck.scopes.insert(file_scope, sym, obj);
                    }
                }
                self.dot_imports.push((f, imp, pos, path_str));
            }
            _ => {
                // An import that failed counts as used: one error is enough.
                let used = self.package(imp).fake;
                let obj = self.ck.new_obj(
                    local,
                    ObjKind::PkgName { imported: imp, used },
                    INVALID,
                    Some(self.pkg),
                    self.decl_pos(name.map_or(pos, |n| self.pos(n))),
                );
                self.declare(file_scope, name, obj);
                self.pkg_names.push(obj);
                self.decls.insert(
                    obj,
                    DeclInfo {
                        file: f,
                        kind: DeclKind::Type { spec: ast::SpecId::new(u32::MAX - 1) },
                        color: Color::Black,
                        deps: Vec::new(),
                    },
                );
            }
        }
    }

    /// The package `path` names, or a fake one standing in for it (after
    /// an error, unless it is cgo's `C` under `fake_import_c`).
    fn import_package(&mut self, pos: wago_syntax::ast::Pos, path: &str) -> PkgId {
        if path == "unsafe" {
            return self.unsafe_pkg;
        }
        let fake_c = path == "C" && self.ck.fake_import_c;
        if !fake_c && let Some(imp) = (self.imports)(path) {
            return imp;
        }
        if !fake_c {
            self.error(pos, format!("could not import {path} (package not found)"));
        }
        if let Some(i) = self.ck.packages.iter().position(|p| p.fake && p.path == path) {
            return PkgId(i as u32);
        }
        // A sensible package name: the last path element.
        let base = path.trim_end_matches('/').rsplit('/').next().unwrap_or(path);
        let name = self.ck.names.intern(base);
        let scope = self.ck.scopes.add(Some(self.universe.scope), (0, wago_syntax::ast::NO_POS), false);
        let id = PkgId(self.ck.packages.len() as u32);
        self.ck.packages.push(crate::check::Package {
            path: path.to_string(),
            name,
            scope,
            imports: Vec::new(),
            fake: true,
        });
        self.ck.infos.push(Default::default());
        id
    }

    fn collect_func(&mut self, f: usize, d: ast::DeclId) {
        let ast = self.ast();
        let Decl::Func { recv, name, ty, body, .. } = *ast.decl(d) else { return };
        let sym = self.ident(name).unwrap_or(self.syms.blank);
        let kind = ObjKind::Func { has_ptr_recv: false };
        if let Some(r) = recv {
            let obj = self.declare_unscoped_func(f, d, name, sym, kind);
            if let Some(base) = self.receiver_base_name(r) {
                self.methods.entry(base).or_default().push(obj);
            }
            return;
        }
        if body.is_none()
            && let Expr::FuncType { type_params: Some(_), .. } = *ast.expr(ty)
        {
            self.error(self.pos(name), "generic function is missing function body");
        }
        let is_init = sym == self.syms.init;
        let is_main = sym == self.syms.main && self.name(self.package(self.pkg).name) == "main";
        if is_init || is_main {
            let Expr::FuncType { params, results, type_params, .. } = *ast.expr(ty) else { return };
            let has_params = !ast.field_list(params).list.is_empty();
            let has_results = results.is_some_and(|r| !ast.field_list(r).list.is_empty());
            let what = if is_init { "init" } else { "main" };
            if type_params.is_some() {
                self.error(self.pos(name), format!("func {what} must have no type parameters"));
            } else if has_params || has_results {
                self.error(self.pos(name), format!("func {what} must have no arguments and no return values"));
            }
            if is_init && body.is_none() {
                self.error(self.pos(name), "missing function body");
            }
        }
        if is_init {
            self.declare_unscoped_func(f, d, name, sym, kind);
            return;
        }
        self.declare_pkg_obj(f, name, kind, DeclKind::Func { decl: d });
    }

    /// Declares a function that goes into no scope (a method, or an `init`):
    /// it gets an object, a definition and a place in the declaration order.
    fn declare_unscoped_func(
        &mut self,
        f: usize,
        d: ast::DeclId,
        name: ast::ExprId,
        sym: wago_syntax::Symbol,
        kind: ObjKind,
    ) -> ObjId {
        let pos = self.decl_pos(self.pos(name));
        let obj = self.ck.new_obj(sym, kind, INVALID, Some(self.pkg), pos);
        self.record_def(name, obj);
        self.decls
            .insert(obj, DeclInfo { file: f, kind: DeclKind::Func { decl: d }, color: Color::White, deps: Vec::new() });
        self.decl_order.push(obj);
        obj
    }

    /// The name of a receiver's base type: `T` in `(r *T)` or `(r T[P])`.
    fn receiver_base_name(&self, recv: ast::FieldListId) -> Option<wago_syntax::Symbol> {
        let ast = self.ast();
        let field = *ast.fields_of(ast.field_list(recv).list).first()?;
        let mut e = ast.field(field).ty;
        loop {
            match *ast.expr(e) {
                Expr::Paren { x, .. } | Expr::Star { x, .. } => e = x,
                Expr::Index { x, .. } | Expr::IndexList { x, .. } => e = x,
                Expr::Ident { name, .. } => return Some(name),
                _ => return None,
            }
        }
    }

    fn resolve_package_objects(&mut self) {
        let order = self.decl_order.clone();
        // Type declarations first (non-alias, then alias), then function
        // and method signatures, then the rest, so that values see complete
        // types and method sets (an initializer may convert to an interface
        // a type whose methods are declared further down).
        let is_type = |cx: &Self, o: ObjId, alias: bool| matches!(cx.objs.get(o).kind, ObjKind::TypeName { alias: a } if a == alias);
        let is_func = |cx: &Self, o: ObjId| matches!(cx.decls.get(&o).map(|d| &d.kind), Some(DeclKind::Func { .. }));
        for pass in 0..4 {
            for &o in &order {
                let wanted = match pass {
                    0 => is_type(self, o, false),
                    1 => is_type(self, o, true),
                    2 => is_func(self, o),
                    _ => !matches!(self.objs.get(o).kind, ObjKind::TypeName { .. }) && !is_func(self, o),
                };
                if wanted {
                    self.obj_decl(o);
                }
            }
        }
    }

    /// Type-checks the declaration of a package-level object, once.
    pub(crate) fn obj_decl(&mut self, obj: ObjId) {
        let Some(info) = self.decls.get(&obj) else { return };
        match info.color {
            Color::Black => return,
            Color::Grey => {
                self.cycle_check(obj);
                return;
            }
            Color::White => {}
        }
        let (file, kind) = (info.file, info.kind.clone());
        self.decls.get_mut(&obj).expect("decl").color = Color::Grey;
        self.obj_path.push(obj);
        let saved_env = std::mem::take(&mut self.env);
        let saved_file = self.file;
        self.file = file;
        self.env = Env { scope: Some(self.file_scopes[file]), decl: Some(obj), ..Env::default() };
        match kind {
            DeclKind::Const { spec, src_spec, index, iota } => self.pkg_const_decl(obj, spec, src_spec, index, iota),
            DeclKind::Var { spec, index, lhs } => self.pkg_var_decl(obj, spec, index, &lhs),
            DeclKind::Type { spec } => self.pkg_type_decl(obj, spec),
            DeclKind::Func { decl } => self.func_decl(obj, decl),
        }
        self.file = saved_file;
        self.env = saved_env;
        self.obj_path.pop();
        if let Some(i) = self.decls.get_mut(&obj) {
            i.color = Color::Black;
        }
    }

    /// A reference back to an object whose declaration is in progress:
    /// valid through a type definition or a function, otherwise a cycle.
    pub(crate) fn cycle_check(&mut self, obj: ObjId) {
        let Some(start) = self.obj_path.iter().position(|&o| o == obj) else { return };
        let cycle: Vec<ObjId> = self.obj_path[start..].to_vec();
        let (mut nval, mut ndef) = (0, 0);
        for &o in &cycle {
            match self.objs.get(o).kind {
                ObjKind::Const { .. } | ObjKind::Var { .. } => nval += 1,
                ObjKind::TypeName { alias: false } => ndef += 1,
                _ => {}
            }
        }
        if nval == cycle.len() || (nval == 0 && ndef > 0) {
            // Value-only cycles are initialization cycles, reported with
            // the initialization order; the object's type stays invalid.
            return;
        }
        if cycle.iter().all(|&o| matches!(self.objs.get(o).kind, ObjKind::Func { .. })) {
            return;
        }
        self.cycle_error(&cycle);
        if let ObjKind::TypeName { .. } = self.objs.get(obj).kind {
            self.objs.get_mut(obj).ty = INVALID;
        }
    }

    pub(crate) fn cycle_error(&mut self, cycle: &[ObjId]) {
        // Report at the object declared first in the source.
        let first =
            *cycle.iter().min_by_key(|&&o| (self.objs.get(o).pos.file, self.objs.get(o).pos.pos)).expect("cycle");
        let name = self.obj_name(first);
        let is_type = matches!(self.objs.get(first).kind, ObjKind::TypeName { .. });
        let what = if is_type { "invalid recursive type" } else { "invalid cycle in declaration of" };
        let mut msg = if cycle.len() == 1 {
            if is_type {
                format!("invalid recursive type: {name} refers to itself")
            } else {
                format!("invalid cycle in declaration: {name} refers to itself")
            }
        } else {
            format!("{what} {name}")
        };
        if cycle.len() > 1 {
            let i = cycle.iter().position(|&o| o == first).unwrap_or(0);
            for k in 0..cycle.len() {
                let a = cycle[(i + k) % cycle.len()];
                let b = cycle[(i + k + 1) % cycle.len()];
                let note = format!("{} refers to {}", self.obj_name(a), self.obj_name(b));
                msg.push_str(&self.note(self.objs.get(a).pos, &note));
            }
        }
        let pos = self.objs.get(first).pos;
        self.error_at(pos, msg);
    }

    fn pkg_const_decl(&mut self, obj: ObjId, spec: ast::SpecId, src_spec: ast::SpecId, index: usize, iota: i64) {
        let ast = self.ast();
        let Spec::Value { ty, values, .. } = *ast.spec(src_spec) else { return };
        let init = ast.exprs_of(values).get(index).copied();
        let _ = spec;
        self.const_decl(obj, ty, init, iota, spec != src_spec);
    }

    /// `const name [T] = init` with `iota` bound; `inherited` when the
    /// type and values repeat an earlier spec's.
    pub(crate) fn const_decl(
        &mut self,
        obj: ObjId,
        ty: Option<ExprId>,
        init: Option<ExprId>,
        iota: i64,
        inherited: bool,
    ) {
        let saved_err_pos = self.env.err_pos;
        if inherited {
            self.env.err_pos = Some(self.objs.get(obj).pos.pos);
        }
        self.const_decl_inner(obj, ty, init, iota);
        self.env.err_pos = saved_err_pos;
    }

    fn const_decl_inner(&mut self, obj: ObjId, ty: Option<ExprId>, init: Option<ExprId>, iota: i64) {
        let saved_iota = self.env.iota.replace(Value::int(iota));
        let mut t = None;
        if let Some(te) = ty {
            let tt = self.type_expr(te);
            let u = self.types.underlying(tt);
            if !self.types.is_invalid(u) && !self.types.is_const_type(tt) {
                let s = self.ts(tt);
                self.error(self.pos(te), format!("invalid constant type {s}"));
                self.objs.get_mut(obj).ty = INVALID;
                self.env.iota = saved_iota;
                return;
            }
            t = Some(tt);
        }
        let mut x = match init {
            Some(e) => self.expr(e),
            None => Operand::invalid(None),
        };
        self.init_const(obj, &mut x, t);
        self.env.iota = saved_iota;
    }

    pub(crate) fn init_const(&mut self, obj: ObjId, x: &mut Operand, t: Option<crate::types::TypeId>) {
        if x.is_invalid() || self.types.is_invalid(x.ty) {
            self.objs.get_mut(obj).ty = INVALID;
            return;
        }
        if x.mode != Mode::Constant {
            let d = self.op_str(x);
            let pos = x.expr.map_or(self.objs.get(obj).pos.pos, |e| self.pos(e));
            self.error(pos, format!("{d} is not constant"));
            self.objs.get_mut(obj).ty = INVALID;
            return;
        }
        if let Some(t) = t {
            self.assignment(x, Some(t), "constant declaration");
        }
        if x.is_invalid() {
            self.objs.get_mut(obj).ty = INVALID;
            return;
        }
        let o = self.objs.get_mut(obj);
        o.ty = x.ty;
        o.kind = ObjKind::Const { value: x.val.clone() };
    }

    fn pkg_var_decl(&mut self, obj: ObjId, spec: ast::SpecId, index: usize, lhs: &[ObjId]) {
        let ast = self.ast();
        let Spec::Value { ty, values, .. } = *ast.spec(spec) else { return };
        let values = ast.exprs_of(values);
        if !lhs.is_empty() {
            // n:1: check once for all, setting every variable's type.
            if self.objs.get(lhs[0]).ty != INVALID && obj != lhs[0] {
                return;
            }
            for &o in lhs {
                if let Some(i) = self.decls.get_mut(&o) {
                    i.color = Color::Black;
                }
            }
            self.var_decl(lhs, ty, values);
            return;
        }
        let init: Vec<ExprId> = if values.len() > index && values.len() > 1 {
            vec![values[index]]
        } else if values.len() == 1 && index == 0 {
            values.to_vec()
        } else {
            Vec::new()
        };
        if init.is_empty() && !values.is_empty() {
            // Arity mismatch: report once, at the first variable.
            if index == 0 {
                self.var_decl(&[obj], ty, values);
            } else {
                self.var_decl(&[obj], ty, &[]);
            }
            return;
        }
        self.var_decl(&[obj], ty, &init);
    }

    /// `var lhs... [T] = values...` for package-level and local variables.
    pub(crate) fn var_decl(&mut self, lhs: &[ObjId], ty: Option<ExprId>, values: &[ExprId]) {
        let t = ty.map(|te| self.var_type(te));
        if let Some(t) = t {
            for &o in lhs {
                self.objs.get_mut(o).ty = t;
            }
        }
        if values.is_empty() {
            if t.is_none() {
                for &o in lhs {
                    self.objs.get_mut(o).ty = INVALID;
                }
            }
            return;
        }
        // One variable, one value: a single-value context (go/types'
        // varDecl), so a multi-value call is "multiple-value ...".
        if let ([v], [e]) = (lhs, values) {
            let declared = self.objs.get(*v).ty;
            let mut x = self.expr_hint(*e, (declared != INVALID).then_some(declared));
            self.init_var(*v, &mut x, "variable declaration");
            return;
        }
        self.init_vars(lhs, values, "variable declaration");
    }

    fn pkg_type_decl(&mut self, obj: ObjId, spec: ast::SpecId) {
        let ast = self.ast();
        let Spec::Type { type_params, assign, ty, name, .. } = *ast.spec(spec) else { return };
        if assign != ast::NO_POS {
            // types2 reports at the declared name.
            let _ = assign;
            self.verify_alias_version(self.pos(name), type_params);
            self.alias_decl(obj, type_params, ty);
            return;
        }
        let named = self.ck.types.add(Type::Named(NamedType {
            obj,
            underlying: INVALID,
            methods: Vec::new(),
            type_params: Vec::new(),
            origin: None,
            type_args: Vec::new(),
        }));
        self.objs.get_mut(obj).ty = named;
        let _ = name;
        if let Some(pos) = self.first_type_param(type_params) {
            self.verify_version(pos, 18, "type parameter");
        }
        self.type_decl_body(obj, named, type_params, ty);
        self.collect_methods(obj, named);
    }

    /// Resolves a defined type's type parameters and underlying type.
    pub(crate) fn type_decl_body(
        &mut self,
        obj: ObjId,
        named: crate::types::TypeId,
        type_params: Option<ast::FieldListId>,
        ty: ExprId,
    ) {
        let mut opened = false;
        if let Some(tps) = type_params {
            let pos = self.pos(ty);
            self.open_scope((pos, pos), false);
            opened = true;
            let tparams = self.declare_type_params_of(tps, Some(named));
            if let Type::Named(n) = self.ck.types.get_mut(named) {
                n.type_params = tparams;
            }
        }
        let rhs = self.defined_type(ty, Some(named));
        let under = if self.types.is_type_param(rhs) {
            self.error(self.pos(ty), "cannot use a type parameter as RHS in type declaration");
            INVALID
        } else {
            rhs
        };
        if let Type::Named(n) = self.ck.types.get_mut(named) {
            n.underlying = under;
        }
        self.ck.expand_pending(named);
        if opened {
            self.close_scope();
        }
        let _ = obj;
    }

    /// Where the first type parameter of a list is named (types2 reports
    /// version errors about the list there).
    pub(crate) fn first_type_param(&self, type_params: Option<ast::FieldListId>) -> Option<ast::Pos> {
        let ast = self.ast();
        let fields = ast.fields_of(ast.field_list(type_params?).list);
        let names = ast.exprs_of(ast.field(*fields.first()?).names);
        names.first().map(|&n| self.pos(n))
    }

    /// Aliases need go1.9, generic ones go1.23.
    fn verify_alias_version(&mut self, assign: u32, type_params: Option<ast::FieldListId>) {
        match self.first_type_param(type_params) {
            Some(pos) => {
                self.verify_version(pos, 23, "generic type alias");
            }
            None => {
                self.verify_version(assign, 9, "type alias");
            }
        }
    }

    pub(crate) fn alias_decl(&mut self, obj: ObjId, type_params: Option<ast::FieldListId>, ty: ExprId) {
        let alias = self.ck.types.add(Type::Alias(crate::types::AliasType {
            obj,
            actual: INVALID,
            type_params: Vec::new(),
            origin: None,
            type_args: Vec::new(),
        }));
        self.objs.get_mut(obj).ty = alias;
        let mut opened = false;
        if let Some(tps) = type_params {
            let pos = self.pos(ty);
            self.open_scope((pos, pos), false);
            opened = true;
            let tparams = self.declare_type_params_of(tps, Some(alias));
            if let Type::Alias(a) = self.ck.types.get_mut(alias) {
                a.type_params = tparams;
            }
        }
        let mut actual = self.type_expr(ty);
        if opened {
            self.close_scope();
        }
        // spec: the given type cannot be a type parameter declared in the
        // same alias declaration.
        if let Type::Alias(a) = self.types.get(alias)
            && a.type_params.contains(&actual)
        {
            self.error(self.pos(ty), "cannot use type parameter declared in alias declaration as RHS");
            actual = INVALID;
        }
        if let Type::Alias(a) = self.ck.types.get_mut(alias) {
            a.actual = actual;
        }
        if self.objs.get(obj).ty == INVALID {
            // A cycle was found while resolving the right side.
            if let Type::Alias(a) = self.ck.types.get_mut(alias) {
                a.actual = INVALID;
            }
        }
        self.objs.get_mut(obj).ty = alias;
        // Methods declared on the alias belong to the defined type it
        // denotes (`type token = Token; func (token) String() string`).
        let mut target = self.types.unalias(alias);
        // An alias of a pointer to a defined type also declares its methods
        // (`type P = *T; func (P) m()` is a pointer method of T).
        if let Type::Pointer(p) = self.types.get(target) {
            target = self.types.unalias(*p);
        }
        if type_params.is_none()
            && let Type::Named(n) = self.types.get(target)
            && n.origin.is_none()
            && self.objs.get(n.obj).pkg == Some(self.pkg)
        {
            self.collect_methods(obj, target);
        }
    }

    /// Attaches the methods declared on type `obj` to its named type.
    fn collect_methods(&mut self, obj: ObjId, named: crate::types::TypeId) {
        let name = self.objs.get(obj).name;
        let Some(methods) = self.methods.remove(&name) else { return };
        let fields: Vec<ObjId> = match self.types.get(self.types.underlying(named)) {
            Type::Struct(st) => st.fields.clone(),
            _ => Vec::new(),
        };
        // Methods attached already (through an alias, or the type itself).
        let mut seen: Vec<wago_syntax::Symbol> = match self.types.get(named) {
            Type::Named(n) => n.methods.iter().map(|&m| self.objs.get(m).name).collect(),
            _ => Vec::new(),
        };
        let type_name = match self.types.get(named) {
            Type::Named(n) => self.obj_name(n.obj),
            _ => self.obj_name(obj),
        };
        for m in methods {
            let mname = self.objs.get(m).name;
            let mut pos = self.objs.get(m).pos;
            if mname != self.syms.blank {
                if seen.contains(&mname) {
                    // The later declaration in the source is the duplicate,
                    // whether it came through an alias or not.
                    let key = |p: crate::object::DeclPos| (p.file, p.pos);
                    let mut other = crate::object::DeclPos::NONE;
                    if let Type::Named(n) = self.ck.types.get(named)
                        && let Some(i) = n.methods.iter().position(|&o| self.ck.objs.get(o).name == mname)
                    {
                        let prev = n.methods[i];
                        other = self.objs.get(prev).pos;
                        if key(other) > key(pos) {
                            (pos, other) = (other, pos);
                            if let Type::Named(n) = self.ck.types.get_mut(named) {
                                n.methods[i] = m;
                            }
                        }
                    }
                    let n = self.name(mname);
                    let at = self.at_text(other);
                    self.error_at(pos, format!("method {type_name}.{n} already declared{at}"));
                    continue;
                }
                if let Some(&field) = fields.iter().find(|&&f| self.objs.get(f).name == mname) {
                    let n = self.name(mname);
                    let note = self.note(self.objs.get(field).pos, &format!("other declaration of {n}"));
                    self.error_at(pos, format!("field and method with the same name {n}{note}"));
                    continue;
                }
                seen.push(mname);
            }
            if let Type::Named(n) = self.ck.types.get_mut(named) {
                n.methods.push(m);
            }
        }
    }

    /// Methods whose receiver names no type of this package.
    fn associate_leftover_methods(&mut self) {
        let left: Vec<_> = self.methods.drain().collect();
        for (_, ms) in left {
            for m in ms {
                self.obj_decl(m);
            }
        }
    }

    /// Checks that waited for type parameter bounds declared later.
    pub(crate) fn check_later_map_keys(&mut self) {
        for (file, key, k) in std::mem::take(&mut self.later_map_keys) {
            self.file = file;
            if self.types.is_type_param(k) {
                self.check_type_param_key(key, k);
            } else if !self.types.is_invalid(k) && !self.comparable(k) {
                let s = self.ts(k);
                self.error(self.pos(key), format!("invalid map key type {s}"));
            }
        }
    }

    fn check_later_verifies(&mut self) {
        for (file, pos, tparams, targs) in std::mem::take(&mut self.later_verifies) {
            self.file = file;
            self.verify_now(&tparams, &targs, pos);
        }
    }

    fn check_bodies(&mut self) {
        let mut i = 0;
        while i < self.later.len() {
            let LaterBody { file, sig, body, scope, decl } = std::mem::replace(
                &mut self.later[i],
                LaterBody {
                    file: 0,
                    sig: INVALID,
                    body: ast::StmtId::new(0),
                    scope: crate::scope::ScopeId(0),
                    decl: None,
                },
            );
            self.file = file;
            self.func_body(decl, sig, body, scope);
            i += 1;
        }
        self.later.clear();
        self.report_unused_vars();
    }

    fn report_unused_imports(&mut self) {
        let names = self.pkg_names.clone();
        for o in names {
            let ob = self.objs.get(o);
            if let ObjKind::PkgName { imported, used: false } = ob.kind {
                let path = self.package(imported).path.clone();
                let pos = ob.pos;
                let local = self.obj_name(o);
                let pkg_name = self.name(self.package(imported).name);
                let msg = if local == pkg_name {
                    format!("{:?} imported and not used", path)
                } else {
                    format!("{:?} imported as {local} and not used", path)
                };
                if let Some(file) = pos.file {
                    let f = self.files.iter().position(|fi| fi.id == file).unwrap_or(0);
                    let saved = self.file;
                    self.file = f;
                    self.soft_error(pos.pos, msg);
                    self.file = saved;
                }
            }
        }
        let dots = self.dot_imports.clone();
        for (f, imp, pos, path) in dots {
            if !self.dot_used.contains(&(f, imp)) && !self.package(imp).fake {
                let saved = self.file;
                self.file = f;
                self.soft_error(pos, format!("{path:?} imported and not used"));
                self.file = saved;
            }
        }
    }

    /// Records a use of a package-level object by the declaration being checked.
    pub(crate) fn add_dep(&mut self, obj: ObjId) {
        let Some(d) = self.env.decl else { return };
        if !self.decls.contains_key(&obj)
            || !matches!(self.objs.get(obj).kind, ObjKind::Const { .. } | ObjKind::Var { .. } | ObjKind::Func { .. })
        {
            return;
        }
        if let Some(info) = self.decls.get_mut(&d)
            && !info.deps.contains(&obj)
        {
            info.deps.push(obj);
        }
    }

    /// Orders package-level variables for initialization (dependencies
    /// first, otherwise source order) and reports initialization cycles.
    fn compute_init_order(&mut self) {
        let order = self.init_order_and_cycles();
        self.info_mut().init_order = order;
    }

    /// The package variables in initialization order, reporting
    /// initialization cycles, as types2's `initOrder`: over the dependency
    /// graph of constants and variables (functions bridged), objects are
    /// taken fewest-dependencies-first, then in declaration order — so each
    /// variable comes as early as its dependencies allow, earliest declared
    /// first, as the spec says; one still depending on others starts a cycle.
    fn init_order_and_cycles(&mut self) -> Vec<ObjId> {
        use std::collections::HashMap;
        let objs: Vec<ObjId> = self
            .decl_order
            .iter()
            .copied()
            .filter(|&o| {
                matches!(self.objs.get(o).kind, ObjKind::Const { .. } | ObjKind::Var { .. } | ObjKind::Func { .. })
            })
            .collect();
        let order: HashMap<ObjId, usize> = objs.iter().enumerate().map(|(i, &o)| (o, i)).collect();
        let n = objs.len();
        let direct: Vec<Vec<usize>> = objs
            .iter()
            .map(|o| {
                self.decls.get(o).map_or(Vec::new(), |d| d.deps.iter().filter_map(|x| order.get(x).copied()).collect())
            })
            .collect();
        let funcs: Vec<bool> = objs.iter().map(|&o| matches!(self.objs.get(o).kind, ObjKind::Func { .. })).collect();
        // Bridge functions: their callers depend on what they depend on.
        let succ = crate::initgraph::bridge_functions(&direct, &funcs);
        let mut pred: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (i, ss) in succ.iter().enumerate() {
            for &s in ss {
                pred[s].push(i);
            }
        }
        let mut ndeps: Vec<usize> = succ.iter().map(|s| s.len()).collect();
        let mut done = vec![false; n];
        // A min-heap with stale entries skipped: counts only ever drop.
        let mut queue: std::collections::BinaryHeap<std::cmp::Reverse<(usize, usize)>> =
            (0..n).filter(|&i| !funcs[i]).map(|i| std::cmp::Reverse((ndeps[i], i))).collect();
        let mut init_order = Vec::new();
        while let Some(std::cmp::Reverse((k, next))) = queue.pop() {
            if done[next] || k != ndeps[next] {
                continue;
            }
            done[next] = true;
            if matches!(self.objs.get(objs[next]).kind, ObjKind::Var { .. }) {
                init_order.push(objs[next]);
            }
            if ndeps[next] > 0 {
                let mut seen = vec![false; n];
                if let Some(cycle) = self.init_path(&objs, &order, next, next, &mut seen) {
                    self.init_cycle_error(&cycle);
                }
            }
            for &p in &pred[next] {
                ndeps[p] = ndeps[p].saturating_sub(1);
                if !done[p] && !funcs[p] {
                    queue.push(std::cmp::Reverse((ndeps[p], p)));
                }
            }
        }
        init_order
    }

    /// A dependency path from `from` back to `to` (types2's `findPath`),
    /// `to` first, then the objects leading to it in reverse.
    fn init_path(
        &self,
        objs: &[ObjId],
        order: &std::collections::HashMap<ObjId, usize>,
        from: usize,
        to: usize,
        seen: &mut Vec<bool>,
    ) -> Option<Vec<ObjId>> {
        if seen[from] {
            return None;
        }
        seen[from] = true;
        let mut deps: Vec<usize> = self
            .decls
            .get(&objs[from])
            .map_or(Vec::new(), |d| d.deps.iter().filter_map(|x| order.get(x).copied()).collect());
        deps.sort_unstable();
        for d in deps {
            if d == to {
                return Some(vec![objs[d]]);
            }
            if let Some(mut path) = self.init_path(objs, order, d, to, seen) {
                path.push(objs[d]);
                return Some(path);
            }
        }
        None
    }

    fn init_cycle_error(&mut self, cycle: &[ObjId]) {
        let first = cycle[0];
        let pos = self.objs.get(first).pos;
        if cycle.len() == 1 {
            let msg = format!("initialization cycle: {} refers to itself", self.obj_name(first));
            self.error_at(pos, msg);
            return;
        }
        let mut msg = format!("initialization cycle for {}", self.obj_name(first));
        let mut obj = first;
        for &next in cycle.iter().rev() {
            let note = format!("{} refers to {}", self.obj_name(obj), self.obj_name(next));
            msg.push_str(&self.note(self.objs.get(obj).pos, &note));
            obj = next;
        }
        self.error_at(pos, msg);
    }

    /// Points every named type of the package straight at its underlying type.
    fn normalize_named(&mut self) {
        for &o in &self.decl_order.clone() {
            if let ObjKind::TypeName { alias: false } = self.objs.get(o).kind {
                let t = self.objs.get(o).ty;
                let u = self.types.underlying(t);
                if let Type::Named(n) = self.ck.types.get_mut(t) {
                    n.underlying = u;
                }
            }
        }
    }

    /// Marks a package name as used.
    pub(crate) fn use_pkg_name(&mut self, o: ObjId) {
        if let ObjKind::PkgName { used, .. } = &mut self.ck.objs.get_mut(o).kind {
            *used = true;
        }
    }

    pub(crate) fn imported_pkg(&self, o: ObjId) -> Option<PkgId> {
        match self.objs.get(o).kind {
            ObjKind::PkgName { imported, .. } => Some(imported),
            _ => None,
        }
    }
}

/// Why an import path is not one go/types accepts, if it is not.
fn validate_import_path(path: &str) -> Result<(), String> {
    if path.is_empty() {
        return Err("empty string".into());
    }
    const ILLEGAL: &str = "!\"#$%&'()*,:;<=>?[\\]^{|}`\u{FFFD}";
    // Control and format characters are not graphic (approximated without
    // Unicode category tables: Cc plus the common Cf ranges).
    let not_graphic = |c: char| {
        c.is_control()
            || matches!(c, '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
    };
    match path.chars().find(|&c| not_graphic(c) || c.is_whitespace() || ILLEGAL.contains(c)) {
        // Written as Go's %#U.
        Some(c) if not_graphic(c) => Err(format!("invalid character U+{:04X}", c as u32)),
        Some(c) => Err(format!("invalid character U+{:04X} '{c}'", c as u32)),
        None => Ok(()),
    }
}
