//! Node spans, computed exactly as `go/ast`'s `Pos()` and `End()` methods
//! compute them, so that every node of the tree has a byte range.

use crate::ast::*;
use crate::intern::Interner;

/// `p + n` with go/token's arithmetic, where `NoPos` is 0 and a file's
/// first byte is 1: `NoPos + n` is the offset `n - 1` (it happens in trees
/// with syntax errors, e.g. the end of a call whose `)` is missing).
fn after(p: Pos, n: u32) -> Pos {
    match (p, n) {
        (NO_POS, 0) => NO_POS,
        (NO_POS, n) => n - 1,
        (p, n) => p.wrapping_add(n),
    }
}

impl File {
    pub fn expr_pos(&self, id: ExprId) -> Pos {
        match *self.expr(id) {
            Expr::Bad { from, .. } => from,
            Expr::Ident { pos, .. } | Expr::Ellipsis { pos, .. } | Expr::BasicLit { pos, .. } => pos,
            Expr::FuncLit { ty, .. } => self.expr_pos(ty),
            Expr::CompositeLit { ty, lbrace, .. } => ty.map_or(lbrace, |t| self.expr_pos(t)),
            Expr::Paren { lparen, .. } => lparen,
            Expr::Selector { x, .. }
            | Expr::Index { x, .. }
            | Expr::IndexList { x, .. }
            | Expr::Slice(SliceExpr { x, .. })
            | Expr::TypeAssert { x, .. }
            | Expr::Binary { x, .. } => self.expr_pos(x),
            Expr::Call { fun, .. } => self.expr_pos(fun),
            Expr::Star { star, .. } => star,
            Expr::Unary { op_pos, .. } => op_pos,
            Expr::KeyValue { key, .. } => self.expr_pos(key),
            Expr::ArrayType { lbrack, .. } => lbrack,
            Expr::StructType { struct_pos, .. } => struct_pos,
            Expr::FuncType { func_pos, params, .. } => {
                if func_pos != NO_POS {
                    func_pos
                } else {
                    self.field_list_pos(params)
                }
            }
            Expr::InterfaceType { interface_pos, .. } => interface_pos,
            Expr::MapType { map_pos, .. } => map_pos,
            Expr::ChanType { begin, .. } => begin,
        }
    }

    pub fn expr_end(&self, id: ExprId, names: &Interner) -> Pos {
        match *self.expr(id) {
            Expr::Bad { to, .. } => to,
            Expr::Ident { pos, name } => after(pos, names.resolve(name).len() as u32),
            Expr::Ellipsis { pos, elt } => elt.map_or(after(pos, 3), |e| self.expr_end(e, names)),
            Expr::BasicLit { end, .. } => end,
            Expr::FuncLit { body, .. } => self.stmt_end(body, names),
            Expr::CompositeLit { rbrace, .. } => after(rbrace, 1),
            Expr::Paren { rparen, .. } => after(rparen, 1),
            Expr::Selector { sel, .. } => self.expr_end(sel, names),
            Expr::Index { rbrack, .. } | Expr::IndexList { rbrack, .. } | Expr::Slice(SliceExpr { rbrack, .. }) => {
                after(rbrack, 1)
            }
            Expr::TypeAssert { rparen, .. } | Expr::Call { rparen, .. } => after(rparen, 1),
            Expr::Star { x, .. } | Expr::Unary { x, .. } => self.expr_end(x, names),
            Expr::Binary { y, .. } => self.expr_end(y, names),
            Expr::KeyValue { value, .. } | Expr::MapType { value, .. } | Expr::ChanType { value, .. } => {
                self.expr_end(value, names)
            }
            Expr::ArrayType { elt, .. } => self.expr_end(elt, names),
            Expr::StructType { fields, .. } => self.field_list_end(fields, names),
            Expr::FuncType { params, results, .. } => self.field_list_end(results.unwrap_or(params), names),
            Expr::InterfaceType { methods, .. } => self.field_list_end(methods, names),
        }
    }

    pub fn stmt_pos(&self, id: StmtId) -> Pos {
        match *self.stmt(id) {
            Stmt::Bad { from, .. } => from,
            Stmt::Decl { decl } => self.decl_pos(decl),
            Stmt::Empty { semicolon, .. } => semicolon,
            Stmt::Labeled { label, .. } => self.expr_pos(label),
            Stmt::Expr { x } | Stmt::IncDec { x, .. } => self.expr_pos(x),
            Stmt::Send { chan, .. } => self.expr_pos(chan),
            Stmt::Assign { lhs, tok_pos, .. } => self.exprs_of(lhs).first().map_or(tok_pos, |&x| self.expr_pos(x)),
            Stmt::Go { go, .. } => go,
            Stmt::Defer { defer, .. } => defer,
            Stmt::Return { ret, .. } => ret,
            Stmt::Branch { tok_pos, .. } => tok_pos,
            Stmt::Block { lbrace, .. } => lbrace,
            Stmt::If { if_pos, .. } => if_pos,
            Stmt::CaseClause { case, .. } | Stmt::CommClause { case, .. } => case,
            Stmt::Switch { switch, .. } | Stmt::TypeSwitch { switch, .. } => switch,
            Stmt::Select { select, .. } => select,
            Stmt::For { for_pos, .. } | Stmt::Range(RangeStmt { for_pos, .. }) => for_pos,
        }
    }

    pub fn stmt_end(&self, id: StmtId, names: &Interner) -> Pos {
        match *self.stmt(id) {
            Stmt::Bad { to, .. } => to,
            Stmt::Decl { decl } => self.decl_end(decl, names),
            Stmt::Empty { semicolon, implicit } => after(semicolon, if implicit { 0 } else { 1 }),
            Stmt::Labeled { stmt, .. } => self.stmt_end(stmt, names),
            Stmt::Expr { x } => self.expr_end(x, names),
            Stmt::Send { value, .. } => self.expr_end(value, names),
            Stmt::IncDec { tok_pos, .. } => after(tok_pos, 2),
            Stmt::Assign { rhs, tok_pos, .. } => {
                self.exprs_of(rhs).last().map_or(tok_pos, |&x| self.expr_end(x, names))
            }
            Stmt::Go { call, .. } | Stmt::Defer { call, .. } => self.expr_end(call, names),
            Stmt::Return { ret, results } => {
                self.exprs_of(results).last().map_or(after(ret, 6), |&x| self.expr_end(x, names))
            }
            Stmt::Branch { tok_pos, tok, label } => {
                label.map_or(after(tok_pos, tok.as_str().len() as u32), |l| self.expr_end(l, names))
            }
            Stmt::Block { lbrace, list, rbrace } => {
                if rbrace != NO_POS {
                    after(rbrace, 1)
                } else {
                    self.stmts_of(list).last().map_or(after(lbrace, 1), |&s| self.stmt_end(s, names))
                }
            }
            Stmt::If { body, els, .. } => self.stmt_end(els.unwrap_or(body), names),
            Stmt::CaseClause { colon, body, .. } | Stmt::CommClause { colon, body, .. } => {
                self.stmts_of(body).last().map_or(after(colon, 1), |&s| self.stmt_end(s, names))
            }
            Stmt::Switch { body, .. }
            | Stmt::TypeSwitch { body, .. }
            | Stmt::Select { body, .. }
            | Stmt::For { body, .. }
            | Stmt::Range(RangeStmt { body, .. }) => self.stmt_end(body, names),
        }
    }

    pub fn decl_pos(&self, id: DeclId) -> Pos {
        match *self.decl(id) {
            Decl::Bad { from, .. } => from,
            Decl::Gen { tok_pos, .. } => tok_pos,
            Decl::Func { ty, .. } => self.expr_pos(ty),
        }
    }

    pub fn decl_end(&self, id: DeclId, names: &Interner) -> Pos {
        match *self.decl(id) {
            Decl::Bad { to, .. } => to,
            Decl::Gen { rparen, specs, tok_pos, .. } => {
                if rparen != NO_POS {
                    after(rparen, 1)
                } else {
                    self.specs_of(specs).first().map_or(tok_pos, |&s| self.spec_end(s, names))
                }
            }
            Decl::Func { ty, body, .. } => match body {
                Some(b) => self.stmt_end(b, names),
                None => self.expr_end(ty, names),
            },
        }
    }

    pub fn spec_pos(&self, id: SpecId) -> Pos {
        match *self.spec(id) {
            Spec::Import { name, path, .. } => self.expr_pos(name.unwrap_or(path)),
            Spec::Value { names, .. } => self.exprs_of(names).first().map_or(NO_POS, |&n| self.expr_pos(n)),
            Spec::Type { name, .. } => self.expr_pos(name),
        }
    }

    pub fn spec_end(&self, id: SpecId, names: &Interner) -> Pos {
        match *self.spec(id) {
            Spec::Import { path, .. } => self.expr_end(path, names),
            Spec::Value { names: ns, ty, values, .. } => {
                if let Some(&v) = self.exprs_of(values).last() {
                    self.expr_end(v, names)
                } else if let Some(t) = ty {
                    self.expr_end(t, names)
                } else {
                    self.exprs_of(ns).last().map_or(NO_POS, |&n| self.expr_end(n, names))
                }
            }
            Spec::Type { ty, .. } => self.expr_end(ty, names),
        }
    }

    pub fn field_pos(&self, id: FieldId) -> Pos {
        let f = self.field(id);
        match self.exprs_of(f.names).first() {
            Some(&n) => self.expr_pos(n),
            None => self.expr_pos(f.ty),
        }
    }

    pub fn field_end(&self, id: FieldId, names: &Interner) -> Pos {
        let f = self.field(id);
        self.expr_end(f.tag.unwrap_or(f.ty), names)
    }

    pub fn field_list_pos(&self, id: FieldListId) -> Pos {
        let fl = self.field_list(id);
        if fl.opening != NO_POS {
            return fl.opening;
        }
        self.fields_of(fl.list).first().map_or(NO_POS, |&f| self.field_pos(f))
    }

    pub fn field_list_end(&self, id: FieldListId, names: &Interner) -> Pos {
        let fl = self.field_list(id);
        if fl.closing != NO_POS {
            return after(fl.closing, 1);
        }
        self.fields_of(fl.list).last().map_or(NO_POS, |&f| self.field_end(f, names))
    }

    /// The file's span as `go/ast.File` defines it: from `package` to the
    /// end of the last declaration (or of the package name).
    pub fn file_span(&self, names: &Interner) -> (Pos, Pos) {
        let end = match self.top_decls().last() {
            Some(&d) => self.decl_end(d, names),
            None => self.name.map_or(NO_POS, |n| self.expr_end(n, names)),
        };
        (self.package, end)
    }
}
