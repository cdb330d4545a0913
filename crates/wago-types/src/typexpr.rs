//! Type expressions: names, qualified names, composite type literals,
//! function signatures (with parameters declared in a scope), struct
//! and interface types, type parameter lists and generic instantiation.

use crate::check::{Ctx, LaterBody, Mode};
use crate::object::{ObjId, ObjKind};
use crate::types::{INVALID, InterfaceType, Signature, StructType, Term, Type, TypeId, TypeParam};
use wago_syntax::ast::{self, Expr, ExprId, FieldListId};
use wago_syntax::token::Token;

impl Ctx<'_, '_> {
    /// A type expression; reports (and returns `Invalid` for) non-types.
    pub(crate) fn type_expr(&mut self, e: ExprId) -> TypeId {
        self.defined_type(e, None)
    }

    /// A variable's type: like a type expression, but not a constraint interface.
    pub(crate) fn var_type(&mut self, e: ExprId) -> TypeId {
        let t = self.type_expr(e);
        self.valid_var_type(e, t)
    }

    /// `t` (the type of type expression `e`), or INVALID with an error if
    /// it is a constraint interface.
    pub(crate) fn valid_var_type(&mut self, e: ExprId, t: TypeId) -> TypeId {
        if !self.types.is_type_param(t) && self.types.is_interface(t) {
            let ts = self.type_set(t);
            if !ts.is_method_set() {
                let s = self.ts(t);
                let msg = if ts.comparable && ts.terms.is_none() {
                    format!("cannot use type {s} outside a type constraint: interface is (or embeds) comparable")
                } else {
                    format!("cannot use type {s} outside a type constraint: interface contains type constraints")
                };
                self.error(self.pos(e), msg);
                return INVALID;
            }
        }
        t
    }

    /// A type expression that may be the right side of `type N ...` (`def`).
    pub(crate) fn defined_type(&mut self, e: ExprId, def: Option<TypeId>) -> TypeId {
        let t = self.type_internal(e, def);
        self.record(e, Mode::TypeExpr, t, None);
        t
    }

    fn type_internal(&mut self, e: ExprId, def: Option<TypeId>) -> TypeId {
        stacker::maybe_grow(crate::check::STACK_RED_ZONE, crate::check::STACK_SEGMENT, || {
            self.type_internal_inner(e, def)
        })
    }

    fn type_internal_inner(&mut self, e: ExprId, def: Option<TypeId>) -> TypeId {
        let ast = self.ast();
        match *ast.expr(e) {
            Expr::Ident { .. } | Expr::Selector { .. } => {
                if self.ident_not_a_type(e) {
                    return INVALID;
                }
                let x = self.expr_or_type(e, true);
                match x.mode {
                    Mode::TypeExpr => {
                        if self.check_generic_use(e, x.ty) {
                            x.ty
                        } else {
                            INVALID
                        }
                    }
                    Mode::Invalid => INVALID,
                    Mode::NoValue => {
                        let s = self.expr_str(e);
                        self.error(self.pos(e), format!("{s} used as type"));
                        INVALID
                    }
                    _ => {
                        let s = self.op_str(&x);
                        self.error(self.pos(e), format!("{s} is not a type"));
                        INVALID
                    }
                }
            }
            Expr::Index { .. } | Expr::IndexList { .. } => self.instantiated_type(e),
            Expr::Paren { x, .. } => self.defined_type(x, def),
            Expr::ArrayType { len: None, elt, .. } => {
                let el = self.var_type(elt);
                self.ck.types.slice(el)
            }
            Expr::ArrayType { len: Some(l), elt, .. } => {
                if let Expr::Ellipsis { elt: None, .. } = ast.expr(l) {
                    self.error(self.pos(l), "invalid use of [...] array (outside a composite literal)");
                    self.var_type(elt);
                    return INVALID;
                }
                let n = self.array_length(l);
                let el = self.var_type(elt);
                // Without a valid length the type is invalid (as types2), so
                // uses of it report nothing more.
                match n {
                    Some(_) => self.ck.types.array(n, el),
                    None => INVALID,
                }
            }
            Expr::Ellipsis { .. } => {
                self.error(self.pos(e), "invalid use of ...");
                INVALID
            }
            Expr::Star { x, .. } => {
                let el = self.type_expr(x);
                // Pointer bases often name types still being declared; check
                // those that are complete (types2 checks them all later).
                let el = if self.is_complete(el) { self.valid_var_type(x, el) } else { el };
                self.ck.types.pointer(el)
            }
            Expr::FuncType { type_params, params, results, .. } => {
                let pos = self.pos(e);
                self.open_scope((pos, self.end(e)), true);
                if let Some(tp) = type_params {
                    self.error(self.ast().field_list(tp).opening, "function type must have no type parameters");
                }
                let sig = self.signature(None, None, params, results);
                self.close_scope();
                sig
            }
            Expr::StructType { fields, .. } => self.struct_type(fields),
            Expr::InterfaceType { methods, .. } => self.interface_type(methods, def),
            Expr::MapType { key, value, .. } => {
                let k = self.var_type(key);
                let v = self.var_type(value);
                if !self.types.is_invalid(k)
                    && !self.types.is_type_param(k)
                    && self.is_complete(k)
                    && !self.comparable(k)
                {
                    let s = self.ts(k);
                    self.error(self.pos(key), format!("invalid map key type {s}"));
                }
                if !self.types.is_invalid(k) && !self.types.is_type_param(k) && !self.is_complete(k) {
                    // `type M map[M]int`: decided once M is declared.
                    self.later_map_keys.push((self.file, key, k));
                }
                if self.types.is_type_param(k) {
                    if self.type_param_bound(k) == INVALID {
                        // `[M ~map[K]V, K comparable]`: K's bound comes later.
                        self.later_map_keys.push((self.file, key, k));
                    } else {
                        self.check_type_param_key(key, k);
                    }
                }
                self.ck.types.map(k, v)
            }
            Expr::ChanType { dir, value, .. } => {
                let v = self.var_type(value);
                self.ck.types.chan(dir, v)
            }
            Expr::Bad { .. } => INVALID,
            _ => {
                // As types2: the complaint first, then the expression is
                // checked for its own errors (and uses).
                let s = self.expr_str(e);
                self.error(self.pos(e), format!("{s} is not a type"));
                self.expr_or_type(e, false);
                INVALID
            }
        }
    }

    /// Reports an identifier in type position naming something other than
    /// a type, without checking that object's declaration (which could
    /// only lead to a spurious cycle back here).
    fn ident_not_a_type(&mut self, e: ExprId) -> bool {
        let Some(name) = self.ident(e) else { return false };
        let scope = self.env.scope.unwrap_or(self.file_scopes[self.file]);
        let Some((_, obj)) = self.ck.scopes.lookup(scope, name) else { return false };
        let Some(kind) = self.object_kind(obj) else { return false };
        self.record_use(e, obj);
        match self.objs.get(obj).kind {
            ObjKind::PkgName { .. } => self.use_pkg_name(obj),
            ObjKind::Var { .. } if self.objs.get(obj).pkg == Some(self.pkg) => self.mark_used(obj),
            _ => {}
        }
        let n = self.name(name);
        self.error(self.pos(e), format!("{n} ({kind}) is not a type"));
        true
    }

    /// How go/types names the kind of a non-type object in messages.
    fn object_kind(&self, obj: ObjId) -> Option<&'static str> {
        let o = self.objs.get(obj);
        Some(match o.kind {
            ObjKind::PkgName { .. } => "package name",
            ObjKind::Const { .. } => "constant",
            ObjKind::Var { is_field: true, .. } => "struct field",
            ObjKind::Var { .. } => match o.parent {
                Some(p) if Some(p) == self.packages_scope(self.pkg) => "package-level variable",
                Some(p) if self.ck.scopes.get(p).is_func => self.func_scope_var_kind(obj),
                _ => "local variable",
            },
            ObjKind::Func { .. } => "function",
            ObjKind::Builtin(_) => "built-in function",
            ObjKind::Nil => "untyped nil",
            ObjKind::Label { .. } => "label",
            ObjKind::TypeName { .. } => return None,
        })
    }

    /// What a variable of a function's outermost scope is: a receiver,
    /// parameter or result of the function being checked (or of the
    /// signature being checked, before any body), else a local variable
    /// of its body.
    fn func_scope_var_kind(&self, obj: ObjId) -> &'static str {
        let Some(sig) = self.env.sig.and_then(|s| self.types.signature(s)) else {
            return if self.env.in_func_body { "local variable" } else { "parameter" };
        };
        if sig.recv == Some(obj) {
            "receiver"
        } else if self.types.tuple_vars(sig.params).contains(&obj) {
            "parameter"
        } else if self.types.tuple_vars(sig.results).contains(&obj) {
            "result variable"
        } else if self.env.in_func_body {
            "local variable"
        } else {
            "parameter"
        }
    }

    fn packages_scope(&self, pkg: crate::object::PkgId) -> Option<crate::scope::ScopeId> {
        Some(self.package(pkg).scope)
    }

    /// Whether a type's underlying structure is known yet (not a named
    /// type still being declared), so that checks on it are meaningful.
    /// A type parameter used as a map key must be comparable.
    pub(crate) fn check_type_param_key(&mut self, key: ExprId, k: TypeId) {
        if !self.comparable(k) {
            let s = self.ts(k);
            self.error(self.pos(key), format!("invalid map key type {s} (missing comparable constraint)"));
        }
    }

    pub(crate) fn is_complete(&self, t: TypeId) -> bool {
        match self.types.get(self.types.unalias(t)) {
            Type::Named(n) => n.underlying != INVALID,
            _ => true,
        }
    }

    /// Reports a generic type used without instantiation; whether `t` is usable.
    fn check_generic_use(&mut self, e: ExprId, t: TypeId) -> bool {
        let generic = match self.types.get(t) {
            Type::Named(n) => !n.type_params.is_empty() && n.type_args.is_empty(),
            Type::Alias(a) => !a.type_params.is_empty() && a.type_args.is_empty(),
            _ => false,
        };
        if generic {
            let s = self.generic_type_string(t);
            self.error(self.pos(e), format!("cannot use generic type {s} without instantiation"));
        }
        !generic
    }

    /// A generic type with its type parameter list, as go/types prints
    /// it: `T[P any]`, `M[K comparable, V any]`, `G[P, Q any]`.
    fn generic_type_string(&self, t: TypeId) -> String {
        let tparams = match self.types.get(t) {
            Type::Named(n) => n.type_params.clone(),
            Type::Alias(a) => a.type_params.clone(),
            _ => Vec::new(),
        };
        let mut groups: Vec<(Vec<String>, String)> = Vec::new();
        for tp in tparams {
            let name = self.ts(tp);
            let bound = self.ts(self.type_param_bound(tp));
            match groups.last_mut() {
                Some((names, b)) if *b == bound => names.push(name),
                _ => groups.push((vec![name], bound)),
            }
        }
        let list: Vec<String> = groups.iter().map(|(names, b)| format!("{} {b}", names.join(", "))).collect();
        format!("{}[{}]", self.ts(t), list.join(", "))
    }

    /// `[N]T`'s length: a constant non-negative integer.
    fn array_length(&mut self, l: ExprId) -> Option<u64> {
        // A name may be a type parameter declaration missing its
        // constraint (`type A[N] int`); types2 looks it up without using it.
        if let Some(sym) = self.ident(l) {
            let scope = self.env.scope.unwrap_or(self.file_scopes[self.file]);
            let n = self.name(sym);
            match self.ck.scopes.lookup(scope, sym) {
                None => {
                    self.error(self.pos(l), format!("undefined array length {n} or missing type constraint"));
                    return None;
                }
                Some((_, obj)) if !matches!(self.objs.get(obj).kind, ObjKind::Const { .. }) => {
                    self.error(self.pos(l), format!("invalid array length {n}"));
                    return None;
                }
                Some(_) => {}
            }
        }
        let x = self.expr(l);
        if x.is_invalid() {
            return None;
        }
        if x.mode != Mode::Constant {
            let s = self.expr_str(l);
            let msg = if x.mode == Mode::TypeExpr {
                format!("invalid array length {s}")
            } else {
                format!("array length {} must be constant", self.op_str(&x))
            };
            self.error(self.pos(l), msg);
            return None;
        }
        if (self.types.is_untyped(x.ty) || self.types.is_integer(x.ty))
            && let Some(i) = x.val.to_int()
        {
            {
                if let Ok(n) = u64::try_from(&i) {
                    if n < (1u64 << 62) {
                        return Some(n);
                    }
                } else if i < dashu::integer::IBig::ZERO {
                    self.error(self.pos(l), format!("invalid array length {}", self.op_str(&x)));
                    return None;
                }
            }
        }
        let msg = if self.types.is_integer(x.ty) || x.val.to_int().is_some() {
            format!("invalid array length {}", self.op_str(&x))
        } else {
            format!("array length {} must be integer", self.op_str(&x))
        };
        self.error(self.pos(l), msg);
        None
    }

    /// A function signature; parameters are declared in the current scope.
    pub(crate) fn signature(
        &mut self,
        recv: Option<ObjId>,
        type_params: Option<Vec<TypeId>>,
        params: FieldListId,
        results: Option<FieldListId>,
    ) -> TypeId {
        self.signature_declaring(recv, None, type_params, params, results)
    }

    /// A signature whose named receiver `recv_named` is declared first
    /// among the parameters, once all their types are resolved.
    pub(crate) fn signature_declaring(
        &mut self,
        recv: Option<ObjId>,
        recv_named: Option<(ObjId, ExprId)>,
        type_params: Option<Vec<TypeId>>,
        params: FieldListId,
        results: Option<FieldListId>,
    ) -> TypeId {
        let mut names: Vec<(ExprId, ObjId)> = recv_named.map(|(v, n)| (n, v)).into_iter().collect();
        let (pvars, variadic) = self.param_list(params, true, &mut names);
        let (rvars, _) = match results {
            Some(r) => self.param_list(r, false, &mut names),
            None => (Vec::new(), false),
        };
        // Parameter scopes start after the signature: `func(url string,
        // v url.Values)` refers to the package url.
        let scope = self.env.scope.expect("signature scope");
        for (ident, v) in names {
            self.declare(scope, Some(ident), v);
        }
        let params = self.ck.types.tuple(pvars);
        let results = self.ck.types.tuple(rvars);
        self.ck.types.add(Type::Signature(Signature {
            recv,
            type_params: type_params.unwrap_or_default(),
            params,
            results,
            variadic,
        }))
    }

    /// The parameters of a list; the named ones are added to `names`, to
    /// be declared once the whole signature is resolved.
    fn param_list(
        &mut self,
        fl: FieldListId,
        variadic_ok: bool,
        names_out: &mut Vec<(ExprId, ObjId)>,
    ) -> (Vec<ObjId>, bool) {
        let ast = self.ast();
        let fields = ast.fields_of(ast.field_list(fl).list);
        let mut vars = Vec::new();
        let mut variadic = false;
        for (i, &fid) in fields.iter().enumerate() {
            let f = *ast.field(fid);
            let mut te = f.ty;
            let mut is_variadic = false;
            if let Expr::Ellipsis { elt: Some(elt), .. } = *ast.expr(te) {
                te = elt;
                is_variadic = true;
                if !variadic_ok || i + 1 != fields.len() || f.names.len > 1 {
                    self.error(self.pos(f.ty), "can only use ... with final parameter in list");
                    is_variadic = false;
                }
            }
            let mut t = self.var_type(te);
            if is_variadic {
                t = self.ck.types.slice(t);
                variadic = true;
                self.record(f.ty, Mode::TypeExpr, t, None);
            }
            let names = ast.exprs_of(f.names);
            if names.is_empty() {
                let pos = self.decl_pos(self.pos(f.ty));
                let v = self.ck.new_var(self.syms.empty, t, Some(self.pkg), pos);
                vars.push(v);
            }
            for &n in names {
                let sym = self.ident(n).unwrap_or(self.syms.blank);
                let pos = self.decl_pos(self.pos(n));
                let v = self.ck.new_var(sym, t, Some(self.pkg), pos);
                self.mark_used(v);
                names_out.push((n, v));
                vars.push(v);
            }
        }
        (vars, variadic)
    }

    fn struct_type(&mut self, fl: FieldListId) -> TypeId {
        let ast = self.ast();
        let mut st = StructType::default();
        let mut seen: Vec<wago_syntax::Symbol> = Vec::new();
        for &fid in ast.fields_of(ast.field_list(fl).list) {
            let f = *ast.field(fid);
            let tag = f.tag.and_then(|t| match *ast.expr(t) {
                Expr::BasicLit { pos, end, .. } => {
                    wago_syntax::literal::unquote(&self.src()[pos as usize..end as usize])
                        .map(|b| String::from_utf8_lossy(&b).into())
                }
                _ => None,
            });
            let names = ast.exprs_of(f.names);
            if names.is_empty() {
                let t = self.type_expr(f.ty);
                let t = if self.is_complete(t) { self.valid_var_type(f.ty, t) } else { t };
                let Some((name_expr, sym)) = self.embedded_name(f.ty) else { continue };
                self.check_embedded(f.ty, t);
                let pos = self.decl_pos(self.pos(name_expr));
                let obj = self.ck.new_obj(
                    sym,
                    ObjKind::Var { is_field: true, embedded: true, used: true },
                    t,
                    Some(self.pkg),
                    pos,
                );
                self.add_field(&mut st, &mut seen, obj, tag, name_expr);
                continue;
            }
            let t = self.var_type(f.ty);
            for &n in names {
                let sym = self.ident(n).unwrap_or(self.syms.blank);
                let pos = self.decl_pos(self.pos(n));
                let obj = self.ck.new_obj(
                    sym,
                    ObjKind::Var { is_field: true, embedded: false, used: true },
                    t,
                    Some(self.pkg),
                    pos,
                );
                self.add_field(&mut st, &mut seen, obj, tag.clone(), n);
            }
        }
        self.ck.types.add(Type::Struct(st))
    }

    fn add_field(
        &mut self,
        st: &mut StructType,
        seen: &mut Vec<wago_syntax::Symbol>,
        obj: ObjId,
        tag: Option<Box<str>>,
        ident: ExprId,
    ) {
        let sym = self.objs.get(obj).name;
        self.record_def(ident, obj);
        if sym != self.syms.blank {
            if seen.contains(&sym) {
                let n = self.name(sym);
                self.error(self.pos(ident), format!("{n} redeclared"));
            } else {
                seen.push(sym);
            }
        }
        st.fields.push(obj);
        st.tags.push(tag);
    }

    /// The identifier naming an embedded field: `T`, `*T`, `p.T`, `T[int]`.
    fn embedded_name(&self, mut e: ExprId) -> Option<(ExprId, wago_syntax::Symbol)> {
        let ast = self.ast();
        loop {
            match *ast.expr(e) {
                Expr::Ident { name, .. } => return Some((e, name)),
                Expr::Star { x, .. } | Expr::Paren { x, .. } => e = x,
                Expr::Selector { sel, .. } => e = sel,
                Expr::Index { x, .. } | Expr::IndexList { x, .. } => e = x,
                _ => return None,
            }
        }
    }

    fn check_embedded(&mut self, e: ExprId, t: TypeId) {
        if self.types.is_invalid(t) {
            return;
        }
        let (base, is_ptr) = self.deref(t);
        if self.types.is_type_param(base) {
            self.error(self.pos(e), "embedded field type cannot be a (pointer to a) type parameter");
            return;
        }
        let u = self.types.underlying(base);
        match self.types.get(u) {
            Type::Basic(crate::types::BasicKind::UnsafePointer) => {
                self.error(self.pos(e), "embedded field type cannot be unsafe.Pointer")
            }
            Type::Pointer(_) => self.error(self.pos(e), "embedded field type cannot be a pointer"),
            Type::Interface(_) if is_ptr => {
                self.error(self.pos(e), "embedded field type cannot be a pointer to an interface")
            }
            _ => {}
        }
    }

    fn interface_type(&mut self, fl: FieldListId, def: Option<TypeId>) -> TypeId {
        let ast = self.ast();
        let iface = self.ck.types.add(Type::Interface(InterfaceType::default()));
        let mut it = InterfaceType::default();
        let mut seen: Vec<(wago_syntax::Symbol, ast::Pos)> = Vec::new();
        let mut embedded = Vec::new();
        for &fid in ast.fields_of(ast.field_list(fl).list) {
            let f = *ast.field(fid);
            let names = ast.exprs_of(f.names);
            if let Some(&n) = names.first() {
                let Expr::FuncType { params, results, type_params, .. } = *ast.expr(f.ty) else { continue };
                if let Some(tp) = type_params {
                    self.error(ast.field_list(tp).opening, "interface method must have no type parameters");
                }
                let sym = self.ident(n).unwrap_or(self.syms.blank);
                let pos = self.pos(n);
                let recv_ty = def.unwrap_or(iface);
                let recv = self.ck.new_var(self.syms.empty, recv_ty, Some(self.pkg), self.decl_pos(pos));
                self.open_scope((pos, self.end(f.ty)), true);
                let sig = self.signature(Some(recv), None, params, results);
                self.close_scope();
                let m = self.ck.new_obj(
                    sym,
                    ObjKind::Func { has_ptr_recv: false },
                    sig,
                    Some(self.pkg),
                    self.decl_pos(pos),
                );
                self.record_def(n, m);
                if sym == self.syms.blank {
                    self.error(pos, "methods must have a unique non-blank name");
                    continue;
                }
                if let Some(&(_, prev)) = seen.iter().find(|&&(s, _)| s == sym) {
                    let s = self.name(sym);
                    let note = self.note(self.decl_pos(prev), &format!("other declaration of method {s}"));
                    self.error(pos, format!("duplicate method {s}{note}"));
                    continue;
                }
                seen.push((sym, pos));
                it.methods.push(m);
                continue;
            }
            let t = self.union_or_type(f.ty);
            if !self.types.is_invalid(t) {
                it.embeddeds.push(t);
                embedded.push((self.pos(f.ty), t));
            }
        }
        if !embedded.is_empty() {
            self.later_embeddings.push((self.file, iface, embedded));
        }
        *self.ck.types.get_mut(iface) = Type::Interface(it);
        iface
    }

    /// Methods an interface gets twice, from its own list and embedded
    /// interfaces, must be identical (before go1.14 they may not repeat at
    /// all); checked once types are complete, reported at the embedding.
    pub(crate) fn check_later_embeddings(&mut self) {
        for (file, iface, embedded) in std::mem::take(&mut self.later_embeddings) {
            self.file = file;
            let Type::Interface(it) = self.types.get(iface) else { continue };
            let mut seen: Vec<(ObjId, crate::object::DeclPos)> =
                it.methods.iter().map(|&m| (m, self.objs.get(m).pos)).collect();
            for (pos, e) in embedded {
                if self.types.is_type_param(e)
                    || !matches!(self.types.get(self.types.underlying(e)), Type::Interface(_))
                {
                    continue;
                }
                for m in self.type_set(e).methods.clone() {
                    let name = self.objs.get(m).name;
                    let Some(&(other, other_pos)) = seen.iter().find(|&&(o, _)| self.objs.get(o).name == name) else {
                        seen.push((m, self.decl_pos(pos)));
                        continue;
                    };
                    if !self.allow_version(14) || !self.identical(self.objs.get(m).ty, self.objs.get(other).ty) {
                        let s = self.name(name);
                        let note = self.note(other_pos, &format!("other declaration of method {s}"));
                        self.error(pos, format!("duplicate method {s}{note}"));
                    }
                }
            }
        }
    }

    /// An embedded interface element: `T`, `~T`, or `A | ~B`. The terms'
    /// validity needs complete types and is checked at the end of the
    /// package (`check_later_unions`).
    fn union_or_type(&mut self, e: ExprId) -> TypeId {
        let mut exprs = Vec::new();
        flatten_union(self.ast(), e, &mut exprs);
        let mut terms = Vec::new();
        for (i, &x) in exprs.iter().enumerate() {
            let term = self.tilde_term(x);
            if exprs.len() == 1 && !term.tilde {
                return term.ty;
            }
            if i >= MAX_UNION_TERMS {
                self.error(
                    self.pos(x),
                    format!("cannot handle more than {MAX_UNION_TERMS} union terms (implementation limitation)"),
                );
                return INVALID;
            }
            terms.push((x, term));
        }
        let valid = terms.iter().map(|&(_, t)| t).filter(|t| !self.types.is_invalid(t.ty)).collect();
        let u = self.ck.types.add(Type::Union(valid));
        self.record(e, Mode::TypeExpr, u, None);
        self.later_unions.push((self.file, terms));
        u
    }

    /// One term of a union: `T` or `~T`; a type parameter is not a term.
    fn tilde_term(&mut self, e: ExprId) -> Term {
        let (tilde, x) = match *self.ast().expr(e) {
            Expr::Unary { op: Token::Tilde, x, .. } => (true, x),
            _ => (false, e),
        };
        let mut ty = self.type_expr(x);
        if self.types.is_type_param(ty) {
            let msg = if tilde {
                format!("type in term {} cannot be a type parameter", self.expr_str(e))
            } else {
                "term cannot be a type parameter".to_string()
            };
            self.error(self.pos(x), msg);
            ty = INVALID;
        }
        Term { tilde, ty }
    }

    /// The checks of union terms that need complete types (as types2's
    /// delayed check in `parseUnion`): `~` only on a type that is its own
    /// underlying type and not an interface; no interface with methods or
    /// comparable as a term; no two overlapping terms.
    pub(crate) fn check_later_unions(&mut self) {
        for (file, terms) in std::mem::take(&mut self.later_unions) {
            self.file = file;
            for (i, &(x, t)) in terms.iter().enumerate() {
                if self.types.is_invalid(t.ty) {
                    continue;
                }
                let u = self.types.underlying(t.ty);
                let is_iface = matches!(self.types.get(u), Type::Interface(_));
                let ts = self.term_str(t);
                if t.tilde {
                    if is_iface {
                        let s = self.ts(t.ty);
                        self.error(self.pos(x), format!("invalid use of ~ ({s} is an interface)"));
                        continue;
                    }
                    if !self.identical(u, t.ty) {
                        let (s, us) = (self.ts(t.ty), self.ts(u));
                        self.error(self.pos(x), format!("invalid use of ~ (underlying type of {s} is {us})"));
                        continue;
                    }
                }
                if is_iface {
                    let set = self.type_set(u);
                    if !set.methods.is_empty() {
                        self.error(self.pos(x), format!("cannot use {ts} in union ({ts} contains methods)"));
                    } else if t.ty == self.universe.comparable {
                        self.error(self.pos(x), "cannot use comparable in union");
                    } else if set.comparable {
                        self.error(self.pos(x), format!("cannot use {ts} in union ({ts} embeds comparable)"));
                    }
                    continue;
                }
                let overlap = terms[..i].iter().map(|&(_, p)| p).find(|p| {
                    !self.types.is_invalid(p.ty) && !self.types.is_interface(p.ty) && !self.disjoint_terms(*p, t)
                });
                if let Some(p) = overlap {
                    let ps = self.term_str(p);
                    self.soft_error(self.pos(x), format!("overlapping terms {ts} and {ps}"));
                }
            }
        }
    }

    /// Whether no type is in both terms' type sets.
    fn disjoint_terms(&self, x: Term, y: Term) -> bool {
        let ux = if y.tilde { self.types.underlying(x.ty) } else { x.ty };
        let uy = if x.tilde { self.types.underlying(y.ty) } else { y.ty };
        !self.identical(ux, uy)
    }

    /// A term as types2 prints one in a message: fully qualified (it is
    /// formatted with its own `String`, not the checker's qualifier).
    fn term_str(&self, t: Term) -> String {
        let s = self.ck.type_string(t.ty, None);
        if t.tilde { format!("~{s}") } else { s }
    }

    /// Declares a type parameter list in the current scope.
    pub(crate) fn declare_type_params(&mut self, fl: FieldListId) -> Vec<TypeId> {
        self.declare_type_params_of(fl, None)
    }

    /// Declares a type parameter list; for a generic type (`owner`) the
    /// parameters are bound to it before the constraints are checked, as
    /// those may instantiate the type itself (`type B[T ~struct{ B[T] }]`).
    pub(crate) fn declare_type_params_of(&mut self, fl: FieldListId, owner: Option<TypeId>) -> Vec<TypeId> {
        let ast = self.ast();
        let scope = self.env.scope.expect("type parameter scope");
        let mut tparams = Vec::new();
        let fields: Vec<_> = ast.fields_of(ast.field_list(fl).list).to_vec();
        // Declare all names first: constraints may refer to any of them.
        let mut per_field = Vec::new();
        for &fid in &fields {
            let f = *ast.field(fid);
            let mut these = Vec::new();
            for &n in ast.exprs_of(f.names) {
                let sym = self.ident(n).unwrap_or(self.syms.blank);
                let obj = self.ck.new_obj(
                    sym,
                    ObjKind::TypeName { alias: false },
                    INVALID,
                    Some(self.pkg),
                    self.decl_pos(self.pos(n)),
                );
                let index = tparams.len() as u32;
                let tp = self.ck.types.add(Type::TypeParam(TypeParam { obj, index, constraint: INVALID }));
                self.objs.get_mut(obj).ty = tp;
                self.declare(scope, Some(n), obj);
                tparams.push(tp);
                these.push(tp);
            }
            per_field.push((f.ty, these));
        }
        match owner.map(|o| self.ck.types.get_mut(o)) {
            Some(Type::Named(n)) => n.type_params.clone_from(&tparams),
            Some(Type::Alias(a)) => a.type_params.clone_from(&tparams),
            _ => {}
        }
        for (te, these) in per_field {
            let bound = self.constraint(te);
            for tp in these {
                if let Type::TypeParam(p) = self.ck.types.get_mut(tp) {
                    p.constraint = bound;
                }
            }
        }
        tparams
    }

    /// A constraint: an interface, or a type/union wrapped in an implicit one.
    fn constraint(&mut self, e: ExprId) -> TypeId {
        let is_plain_type =
            !matches!(*self.ast().expr(e), Expr::Binary { op: Token::Or, .. } | Expr::Unary { op: Token::Tilde, .. });
        if is_plain_type {
            let t = self.type_expr(e);
            if self.types.is_invalid(t) || (self.types.is_interface(t) && !self.types.is_type_param(t)) {
                return t;
            }
            if self.types.is_type_param(t) {
                self.error(self.pos(e), "cannot use a type parameter as constraint");
                return INVALID;
            }
            let it = InterfaceType { embeddeds: vec![t], implicit: true, ..Default::default() };
            return self.ck.types.add(Type::Interface(it));
        }
        let u = self.union_or_type(e);
        let it = InterfaceType { embeddeds: vec![u], implicit: true, ..Default::default() };
        self.ck.types.add(Type::Interface(it))
    }

    /// `G[A, B]` in type position.
    fn instantiated_type(&mut self, e: ExprId) -> TypeId {
        let ast = self.ast();
        let (x, args): (ExprId, Vec<ExprId>) = match *ast.expr(e) {
            Expr::Index { x, index, .. } => (x, vec![index]),
            Expr::IndexList { x, indices, .. } => (x, ast.exprs_of(indices).to_vec()),
            _ => return INVALID,
        };
        let gx = self.expr_or_type(x, true);
        if gx.mode != Mode::TypeExpr {
            if gx.mode != Mode::Invalid {
                let s = self.expr_str(x);
                self.error(self.pos(x), format!("{s} is not a type"));
            }
            return INVALID;
        }
        let generic = gx.ty;
        let tparams = match self.types.get(generic) {
            Type::Named(n) if n.type_args.is_empty() => n.type_params.clone(),
            Type::Alias(a) if a.type_args.is_empty() => a.type_params.clone(),
            _ => Vec::new(),
        };
        if tparams.is_empty() {
            let s = self.expr_str(x);
            let list: Vec<String> = args.iter().map(|&a| self.expr_str(a)).collect();
            let ts = self.ts(generic);
            self.error(
                self.pos(x),
                format!("invalid operation: {s}[{}] ({ts} is not a generic type)", list.join(", ")),
            );
            return INVALID;
        }
        let targs: Vec<TypeId> = args.iter().map(|&a| self.var_type(a)).collect();
        if targs.iter().any(|&t| self.types.is_invalid(t)) {
            return INVALID;
        }
        if targs.len() != tparams.len() {
            let (got, want) = (targs.len(), tparams.len());
            let which = if got < want { "not enough" } else { "too many" };
            let s = self.expr_str(x);
            self.error(self.pos(x), format!("{which} type arguments for type {s}: have {got}, want {want}"));
            return INVALID;
        }
        let inst = self.instantiate_type(generic, &targs);
        let written = self.decl_pos(self.pos(x));
        self.instance_pos.entry(inst).or_insert(written);
        let pos = self.pos(args[0]);
        self.later_verify(inst, &tparams, &targs, pos);
        inst
    }

    /// Checks constraint satisfaction now, or records it (and reports at `pos`).
    fn later_verify(&mut self, _inst: TypeId, tparams: &[TypeId], targs: &[TypeId], pos: wago_syntax::ast::Pos) {
        // While package-level declarations are resolved, bounds (`[W
        // wrap[T], T Word]`) and method signatures of the arguments may not
        // be known yet: verify once they are (as types2, lazily).
        if self.resolving_package_objects
            || targs.iter().any(|&t| self.types.is_type_param(t) && self.type_param_bound(t) == INVALID)
        {
            self.later_verifies.push((self.file, pos, tparams.to_vec(), targs.to_vec()));
            return;
        }
        self.verify_now(tparams, targs, pos);
    }

    /// Reports the first type argument that does not satisfy its constraint.
    pub(crate) fn verify_now(&mut self, tparams: &[TypeId], targs: &[TypeId], pos: wago_syntax::ast::Pos) {
        // Constraints whose types are still being declared are not yet
        // complete; they are checked when complete enough to mean something.
        for (i, (&tp, &ta)) in tparams.iter().zip(targs).enumerate() {
            let bound = self.type_param_bound(tp);
            if bound == INVALID || !self.is_complete(ta) {
                continue;
            }
            let bound = self.subst(bound, tparams, targs);
            if let Some(why) = self.ck.satisfies_in(ta, bound, Some(self.pkg), self.allow_version(20)) {
                let _ = i;
                self.error(pos, why);
                return;
            }
        }
        self.mono_record_instance(pos, tparams, targs, &[]);
    }

    /// Function declarations: signature now, body later.
    pub(crate) fn func_decl(&mut self, obj: ObjId, d: ast::DeclId) {
        let ast = self.ast();
        let ast::Decl::Func { recv, ty, body, name, .. } = *ast.decl(d) else { return };
        let Expr::FuncType { type_params, params, results, .. } = *ast.expr(ty) else { return };
        let pos = self.pos(ty);
        let end = body.map_or_else(|| self.end(ty), |b| ast.stmt_end(b, self.ck.names));
        let scope = self.open_scope((pos, end), true);
        let mut recv_obj = None;
        if let Some(r) = recv {
            recv_obj = self.receiver(obj, r);
        }
        let tparams = type_params.map(|tp| self.declare_type_params(tp));
        if let Some(at) = self.first_type_param(type_params) {
            match recv {
                Some(_) => self.verify_version(at, 27, "generic method"),
                None => self.verify_version(at, 18, "type parameter"),
            };
        }
        let recv_named = recv_obj.zip(self.recv_ident(recv));
        let sig = self.signature_declaring(recv_obj, recv_named, tparams, params, results);
        self.close_scope();
        self.objs.get_mut(obj).ty = sig;
        self.record(name, Mode::Value, sig, None);
        if let Some(b) = body {
            self.later.push(LaterBody { file: self.file, sig, body: b, scope, decl: Some(obj) });
        }
    }

    /// Reports a receiver base type `t` (at `at`) that is not a defined
    /// type of this package, in types2's `validRecv` wording.
    fn invalid_receiver_base(&mut self, at: ExprId, t: TypeId) {
        let s = self.ts(t);
        let msg = match self.types.get(self.types.unalias(t)) {
            Type::Named(_) | Type::Basic(_) => format!("cannot define new methods on non-local type {s}"),
            _ => format!("invalid receiver type {s}"),
        };
        self.error(self.pos(at), msg);
    }

    /// Declares a method's receiver; its base type must be a defined type
    /// of this package. Generic receivers bind the type's own parameters.
    /// The instance of a generic type that alias `alias` denotes, following
    /// aliases and at most one pointer per alias, as types2 does for a
    /// receiver: new methods may not be defined on an instance.
    fn instance_behind_alias(&self, alias: TypeId) -> Option<TypeId> {
        let mut a = alias;
        for _ in 0..64 {
            let Type::Alias(al) = self.types.get(a) else { return None };
            let mut rhs = al.actual;
            if let Type::Pointer(p) = self.types.get(rhs) {
                rhs = *p;
            }
            match self.types.get(rhs) {
                Type::Named(n) if n.origin.is_some() => return Some(rhs),
                Type::Alias(x) if x.origin.is_some() => return Some(rhs),
                Type::Alias(_) => a = rhs,
                _ => return None,
            }
        }
        None
    }

    fn receiver(&mut self, method: ObjId, r: FieldListId) -> Option<ObjId> {
        let ast = self.ast();
        let fields = ast.fields_of(ast.field_list(r).list);
        let Some(&fid) = fields.first() else {
            self.error(ast.field_list(r).opening, "method has no receiver");
            return None;
        };
        if fields.len() > 1 || ast.field(fid).names.len > 1 {
            self.error(ast.field_list(r).opening, "method has multiple receivers");
        }
        let f = *ast.field(fid);
        let (mut base_e, mut is_ptr) = (f.ty, false);
        loop {
            match *ast.expr(base_e) {
                Expr::Paren { x, .. } => base_e = x,
                Expr::Star { x, .. } if !is_ptr => {
                    base_e = x;
                    is_ptr = true;
                }
                _ => break,
            }
        }
        let (name_e, mut targs): (ExprId, Vec<ExprId>) = match *ast.expr(base_e) {
            Expr::Index { x, index, .. } => (x, vec![index]),
            Expr::IndexList { x, indices, .. } => (x, ast.exprs_of(indices).to_vec()),
            _ => (base_e, Vec::new()),
        };
        let scope = self.env.scope.expect("func scope");
        let mut base = INVALID;
        if let Some(sym) = self.ident(name_e) {
            let pkg_scope = self.package(self.pkg).scope;
            let file_scope = self.file_scopes[self.file];
            match self.ck.scopes.lookup_local(pkg_scope, sym) {
                Some(o) if matches!(self.objs.get(o).kind, ObjKind::TypeName { alias: false }) => {
                    self.obj_decl(o);
                    self.record_use(name_e, o);
                    base = self.objs.get(o).ty;
                }
                Some(o) if matches!(self.objs.get(o).kind, ObjKind::TypeName { alias: true }) => {
                    self.obj_decl(o);
                    self.record_use(name_e, o);
                    let alias = self.objs.get(o).ty;
                    let generic = matches!(self.types.get(alias), Type::Alias(a) if !a.type_params.is_empty());
                    let on_generic_alias = !targs.is_empty() && generic;
                    if on_generic_alias {
                        // Methods on generic aliases are not permitted.
                        if !self.types.is_invalid(self.types.unalias(alias)) {
                            let g = self.generic_type_string(alias);
                            self.error(
                                self.pos(name_e),
                                format!("cannot define new methods on generic alias type {g}"),
                            );
                        }
                        targs.clear();
                    }
                    // An alias may name a local type or a pointer to one.
                    let target = self.types.unalias(alias);
                    let local = |cx: &Self, t: TypeId| match cx.types.get(cx.types.unalias(t)) {
                        Type::Named(n) => cx.objs.get(n.obj).pkg == Some(cx.pkg),
                        _ => false,
                    };
                    let pointee = match self.types.get(target) {
                        Type::Pointer(p) => self.types.unalias(*p),
                        _ => target,
                    };
                    let instance = if on_generic_alias { None } else { self.instance_behind_alias(alias) };
                    match self.types.get(target).clone() {
                        _ if on_generic_alias => {}
                        _ if instance.is_some() => {
                            let g = self.ts(instance.unwrap_or(INVALID));
                            self.error(self.pos(name_e), format!("cannot define new methods on instantiated type {g}"));
                        }
                        Type::Pointer(p) if !is_ptr && local(self, p) => {
                            (base, is_ptr) = (self.types.unalias(p), true);
                        }
                        // An invalid alias was reported where it is declared.
                        _ if self.types.is_invalid(pointee) => {}
                        _ if local(self, target) => base = alias,
                        _ => self.invalid_receiver_base(name_e, alias),
                    }
                }
                _ => match self.ck.scopes.lookup(file_scope, sym) {
                    Some((_, o)) if matches!(self.objs.get(o).kind, ObjKind::TypeName { .. }) => {
                        let t = self.objs.get(o).ty;
                        self.invalid_receiver_base(name_e, t);
                    }
                    Some(_) => {
                        let n = self.name(sym);
                        self.error(self.pos(name_e), format!("{n} is not a type"));
                    }
                    None if sym == self.syms.blank => self.error(self.pos(name_e), "cannot use _ as value or type"),
                    None => {
                        let n = self.name(sym);
                        self.error(self.pos(name_e), format!("undefined: {n}"));
                    }
                },
            }
        } else if let Expr::Selector { .. } = *ast.expr(name_e) {
            let t = self.type_expr(name_e);
            if !self.types.is_invalid(t) {
                self.invalid_receiver_base(name_e, t);
            }
        } else {
            let s = self.expr_str(f.ty);
            self.error(self.pos(f.ty), format!("invalid receiver type {s}"));
        }
        let base_u = self.types.unalias(base);
        let mut recv_t = base_u;
        if let Type::Named(n) = self.types.get(base_u).clone() {
            if !n.type_params.is_empty() {
                if targs.is_empty() {
                    let g = self.generic_type_string(base_u);
                    self.error(self.pos(base_e), format!("cannot use generic type {g} without instantiation"));
                } else if targs.len() != n.type_params.len() {
                    let got = if targs.len() == 1 {
                        "1 type parameter".to_string()
                    } else {
                        format!("{} type parameters", targs.len())
                    };
                    let msg =
                        format!("receiver declares {got}, but receiver base type declares {}", n.type_params.len());
                    self.error(self.pos(base_e), msg);
                } else {
                    for (&a, &tp) in targs.iter().zip(&n.type_params) {
                        let Some(sym) = self.ident(a) else {
                            if !matches!(self.ast().expr(a), Expr::Bad { .. }) {
                                let s = self.expr_str(a);
                                self.error(self.pos(a), format!("receiver type parameter {s} must be an identifier"));
                            }
                            continue;
                        };
                        let tobj = match self.types.get(tp) {
                            Type::TypeParam(p) => p.obj,
                            _ => continue,
                        };
                        let alias = self.ck.new_obj(
                            sym,
                            ObjKind::TypeName { alias: true },
                            tp,
                            Some(self.pkg),
                            self.decl_pos(self.pos(a)),
                        );
                        let _ = tobj;
                        self.declare(scope, Some(a), alias);
                    }
                    // The receiver type is the generic type instantiated with its own parameters.
                    recv_t = self.instantiate_type(base_u, &n.type_params.clone());
                }
            } else if !targs.is_empty() {
                let s = self.ts(base_u);
                self.error(self.pos(base_e), format!("{s} is not a generic type"));
            }
            match self.types.get(self.types.underlying(base_u)) {
                Type::Pointer(_) | Type::Interface(_) => {
                    let s = self.ts(base_u);
                    let what = if matches!(self.types.get(self.types.underlying(base_u)), Type::Pointer(_)) {
                        "pointer"
                    } else {
                        "interface"
                    };
                    self.error(
                        self.pos(name_e),
                        format!("invalid receiver type {s} ({what} or interface type)")
                            .replace(&format!("({what} or interface type)"), "(pointer or interface type)"),
                    );
                }
                _ => {}
            }
        } else if base != INVALID && !self.types.is_invalid(base) {
            let s = self.ts(base);
            self.error(self.pos(name_e), format!("invalid receiver type {s}"));
        }
        if base != INVALID && self.types.unalias(base) == INVALID {
            base = INVALID;
        }
        let t = if base == INVALID {
            INVALID
        } else if is_ptr {
            self.ck.types.pointer(recv_t)
        } else {
            recv_t
        };
        self.record(f.ty, Mode::TypeExpr, t, None);
        if let ObjKind::Func { has_ptr_recv } = &mut self.ck.objs.get_mut(method).kind {
            *has_ptr_recv = is_ptr;
        }
        let names = ast.exprs_of(f.names);
        let (sym, ident) = match names.first() {
            Some(&n) => (self.ident(n).unwrap_or(self.syms.blank), Some(n)),
            None => (self.syms.empty, None),
        };
        let pos = self.decl_pos(ident.map_or(self.pos(f.ty), |n| self.pos(n)));
        let v = self.ck.new_var(sym, t, Some(self.pkg), pos);
        self.mark_used(v);
        Some(v)
    }

    /// The receiver's name, if it has one.
    fn recv_ident(&self, recv: Option<FieldListId>) -> Option<ExprId> {
        let ast = self.ast();
        let &fid = ast.fields_of(ast.field_list(recv?).list).first()?;
        ast.exprs_of(ast.field(fid).names).first().copied()
    }
}

/// types2's limit on the terms of one union.
const MAX_UNION_TERMS: usize = 100;

/// The terms of a union expression `A | B | C`, left to right.
fn flatten_union(ast: &ast::File, e: ExprId, out: &mut Vec<ExprId>) {
    match *ast.expr(e) {
        Expr::Binary { x, op: Token::Or, y, .. } => {
            flatten_union(ast, x, out);
            out.push(y);
        }
        _ => out.push(e),
    }
}
