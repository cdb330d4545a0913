//! Statements, declarations and the source file.

use super::{Parser, SimpleMode, Sync};
use crate::ast::*;
use crate::lexer::strip_cr;
use crate::literal::unquote;
use crate::token::Token;

impl Parser<'_> {
    /// Parses a simple statement. The bool is true when it parsed the
    /// assignment of a range clause (`mode == RangeOk`): an assignment whose
    /// right side is a single `range x` unary expression.
    pub(super) fn parse_simple_stmt(&mut self, mode: SimpleMode) -> (StmtId, bool) {
        let x = self.parse_list(false);
        use Token::*;
        if let Define | Assign | AddAssign | SubAssign | MulAssign | QuoAssign | RemAssign | AndAssign | OrAssign
        | XorAssign | ShlAssign | ShrAssign | AndNotAssign = self.tok
        {
            let (tok_pos, tok) = (self.pos, self.tok);
            self.next();
            let mut is_range = false;
            let rhs = if mode == SimpleMode::RangeOk && self.tok == Range && (tok == Define || tok == Assign) {
                let pos = self.pos;
                self.next();
                let x = self.parse_rhs();
                let r = self.expr(Expr::Unary { op_pos: pos, op: Range, x });
                is_range = true;
                self.expr_list_of(&[r])
            } else {
                self.parse_list(true)
            };
            return (self.stmt(Stmt::Assign { lhs: x, tok_pos, tok, rhs }), is_range);
        }
        let x0 = self.f.exprs_of(x)[0];
        if x.len > 1 {
            let p = self.expr_pos(x0);
            self.error_expected(p, "1 expression");
        }
        let s = match self.tok {
            Colon => {
                let colon = self.pos;
                self.next();
                if mode == SimpleMode::LabelOk && matches!(self.f.expr(x0), Expr::Ident { .. }) {
                    let stmt = self.parse_stmt();
                    return (self.stmt(Stmt::Labeled { label: x0, colon, stmt }), false);
                }
                self.error(colon, "illegal label declaration");
                let from = self.expr_pos(x0);
                self.stmt(Stmt::Bad { from, to: colon + 1 })
            }
            Arrow => {
                let arrow = self.pos;
                self.next();
                let value = self.parse_rhs();
                self.stmt(Stmt::Send { chan: x0, arrow, value })
            }
            Inc | Dec => {
                let s = self.stmt(Stmt::IncDec { x: x0, tok_pos: self.pos, tok: self.tok });
                self.next();
                s
            }
            _ => self.stmt(Stmt::Expr { x: x0 }),
        };
        (s, false)
    }

    fn parse_call_expr(&mut self, call_type: &str) -> Option<ExprId> {
        let mut x = self.parse_rhs(); // could be a conversion: (some type)(x)
        let t = self.unparen(x);
        if t != x {
            let p = self.expr_pos(x);
            self.error(p, format!("expression in {call_type} must not be parenthesized"));
            x = t;
        }
        match self.f.expr(x) {
            Expr::Call { .. } => Some(x),
            Expr::Bad { .. } => None,
            _ => {
                let end = self.expr_end(x);
                self.error(end, format!("expression in {call_type} must be function call"));
                None
            }
        }
    }

    fn parse_go_or_defer_stmt(&mut self, keyword: Token) -> StmtId {
        let pos = self.expect(keyword);
        let call = self.parse_call_expr(keyword.as_str());
        self.expect_semi();
        match call {
            None => self.stmt(Stmt::Bad { from: pos, to: pos + keyword.as_str().len() as u32 }),
            Some(call) if keyword == Token::Go => self.stmt(Stmt::Go { go: pos, call }),
            Some(call) => self.stmt(Stmt::Defer { defer: pos, call }),
        }
    }

    fn parse_return_stmt(&mut self) -> StmtId {
        let pos = self.pos;
        self.expect(Token::Return);
        let mut results = List::default();
        if self.tok != Token::Semicolon && self.tok != Token::RBrace {
            results = self.parse_list(true);
        }
        self.expect_semi();
        self.stmt(Stmt::Return { ret: pos, results })
    }

    fn parse_branch_stmt(&mut self, tok: Token) -> StmtId {
        let pos = self.expect(tok);
        let mut label = None;
        if tok == Token::Goto || (tok == Token::Continue || tok == Token::Break) && self.tok == Token::Ident {
            label = Some(self.parse_ident());
        }
        self.expect_semi();
        self.stmt(Stmt::Branch { tok_pos: pos, tok, label })
    }

    fn make_expr(&mut self, s: Option<StmtId>, want: &str) -> Option<ExprId> {
        let s = s?;
        match *self.f.stmt(s) {
            Stmt::Expr { x } => Some(x),
            ref other => {
                let found = if matches!(other, Stmt::Assign { .. }) { "assignment" } else { "simple statement" };
                let (from, to) = (self.stmt_pos(s), self.stmt_end(s));
                self.error(
                    from,
                    format!("expected {want}, found {found} (missing parentheses around composite literal?)"),
                );
                Some(self.bad_expr(from, to))
            }
        }
    }

    fn parse_if_header(&mut self) -> (Option<StmtId>, ExprId) {
        if self.tok == Token::LBrace {
            self.error(self.pos, "missing condition in if statement");
            return (None, self.bad_expr(self.pos, self.pos));
        }
        let prev_lev = self.expr_lev;
        self.expr_lev = -1;
        let mut init = None;
        if self.tok != Token::Semicolon {
            // accept a var declaration, but complain
            if self.tok == Token::Var {
                self.next();
                self.error(self.pos, "var declaration not allowed in if initializer");
            }
            init = Some(self.parse_simple_stmt(SimpleMode::Basic).0);
        }
        let mut cond_stmt = None;
        let mut semi: Option<(Pos, bool)> = None;
        if self.tok != Token::LBrace {
            if self.tok == Token::Semicolon {
                semi = Some((self.pos, self.nl));
                self.next();
            } else {
                self.expect(Token::Semicolon);
            }
            if self.tok != Token::LBrace {
                cond_stmt = Some(self.parse_simple_stmt(SimpleMode::Basic).0);
            }
        } else {
            cond_stmt = init.take();
        }
        let mut cond = None;
        if cond_stmt.is_some() {
            cond = self.make_expr(cond_stmt, "boolean expression");
        } else if let Some((pos, newline)) = semi {
            let msg = if newline {
                "unexpected newline, expecting { after if clause"
            } else {
                "missing condition in if statement"
            };
            self.error(pos, msg);
        }
        let cond = cond.unwrap_or_else(|| self.bad_expr(self.pos, self.pos));
        self.expr_lev = prev_lev;
        (init, cond)
    }

    fn parse_if_stmt(&mut self) -> StmtId {
        self.with_stack(|p| {
            let ok = p.inc_nest();
            let s = if ok { p.parse_if_stmt_inner() } else { p.stmt(Stmt::Bad { from: p.pos, to: p.pos }) };
            p.nest_lev -= 1;
            s
        })
    }

    fn parse_if_stmt_inner(&mut self) -> StmtId {
        let if_pos = self.expect(Token::If);
        let (init, cond) = self.parse_if_header();
        let body = self.parse_block_stmt();
        let mut els = None;
        if self.tok == Token::Else {
            self.next();
            match self.tok {
                Token::If => els = Some(self.parse_if_stmt()),
                Token::LBrace => {
                    els = Some(self.parse_block_stmt());
                    self.expect_semi();
                }
                _ => {
                    self.error_expected(self.pos, "if statement or block");
                    els = Some(self.stmt(Stmt::Bad { from: self.pos, to: self.pos }));
                }
            }
        } else {
            self.expect_semi();
        }
        self.stmt(Stmt::If { if_pos, init, cond, body, els })
    }

    fn parse_case_clause(&mut self) -> StmtId {
        let pos = self.pos;
        let mut list = List::default();
        if self.tok == Token::Case {
            self.next();
            list = self.parse_list(true);
        } else {
            self.expect(Token::Default);
        }
        let colon = self.expect(Token::Colon);
        let body = self.parse_stmt_list();
        self.stmt(Stmt::CaseClause { case: pos, list, colon, body })
    }

    /// gc mode, in a switch or select body at a token that starts no
    /// clause: gc complains, skips to a clause, and parses what follows a
    /// `:` as a clause's statements (dropped here). Whether a clause follows.
    fn gc_stray_clause(&mut self) -> bool {
        if !self.gc || matches!(self.tok, Token::RBrace | Token::Eof) {
            return false;
        }
        self.error_expected(self.pos, "case or default or }");
        self.advance_gc(&[Token::Colon, Token::Case, Token::Default, Token::RBrace]);
        if self.tok == Token::Colon {
            self.next();
            self.parse_stmt_list();
        }
        matches!(self.tok, Token::Case | Token::Default)
    }

    fn is_type_switch_assert(&self, x: ExprId) -> bool {
        matches!(self.f.expr(x), Expr::TypeAssert { ty: None, .. })
    }

    fn is_type_switch_guard(&mut self, s: Option<StmtId>) -> bool {
        let Some(s) = s else { return false };
        match *self.f.stmt(s) {
            Stmt::Expr { x } => self.is_type_switch_assert(x),
            Stmt::Assign { lhs, tok_pos, tok, rhs }
                if lhs.len == 1 && rhs.len == 1 && self.is_type_switch_assert(self.f.exprs_of(rhs)[0]) =>
            {
                match tok {
                    Token::Assign => {
                        // permit v = x.(type), but complain
                        self.error(tok_pos, "expected ':=', found '='");
                        true
                    }
                    Token::Define => true,
                    _ => false,
                }
            }
            _ => false,
        }
    }

    fn parse_switch_stmt(&mut self) -> StmtId {
        let pos = self.expect(Token::Switch);
        let (mut s1, mut s2) = (None, None);
        if self.tok != Token::LBrace {
            let prev_lev = self.expr_lev;
            self.expr_lev = -1;
            self.skip_header_var(Token::Switch);
            if self.tok != Token::Semicolon {
                s2 = Some(self.parse_simple_stmt(SimpleMode::Basic).0);
            }
            if self.tok == Token::Semicolon {
                self.next();
                s1 = s2.take();
                if self.tok != Token::LBrace {
                    s2 = Some(self.parse_simple_stmt(SimpleMode::Basic).0);
                }
            }
            self.expr_lev = prev_lev;
        }
        let type_switch = self.is_type_switch_guard(s2);
        let lbrace = self.expect(Token::LBrace);
        let base = self.stmts.len();
        while self.tok == Token::Case || self.tok == Token::Default || self.gc_stray_clause() {
            let c = self.parse_case_clause();
            self.stmts.push(c);
        }
        let rbrace = self.expect(Token::RBrace);
        self.expect_semi();
        let list = self.stmt_list(base);
        let body = self.stmt(Stmt::Block { lbrace, list, rbrace });
        if type_switch {
            let assign = s2.unwrap_or_else(|| unreachable!());
            return self.stmt(Stmt::TypeSwitch { switch: pos, init: s1, assign, body });
        }
        let tag = self.make_expr(s2, "switch expression");
        self.stmt(Stmt::Switch { switch: pos, init: s1, tag, body })
    }

    fn parse_comm_clause(&mut self) -> StmtId {
        let pos = self.pos;
        let mut comm = None;
        if self.tok == Token::Case {
            self.next();
            let lhs = self.parse_list(false);
            let first = self.f.exprs_of(lhs)[0];
            if self.tok == Token::Arrow {
                if lhs.len > 1 {
                    let p = self.expr_pos(first);
                    self.error_expected(p, "1 expression");
                }
                let arrow = self.pos;
                self.next();
                let value = self.parse_rhs();
                comm = Some(self.stmt(Stmt::Send { chan: first, arrow, value }));
            } else if let tok @ (Token::Assign | Token::Define) = self.tok {
                let mut lhs = lhs;
                if lhs.len > 2 {
                    let p = self.expr_pos(first);
                    self.error_expected(p, "1 or 2 expressions");
                    lhs.len = 2;
                }
                let tok_pos = self.pos;
                self.next();
                let r = self.parse_rhs();
                let rhs = self.expr_list_of(&[r]);
                comm = Some(self.stmt(Stmt::Assign { lhs, tok_pos, tok, rhs }));
            } else {
                if lhs.len > 1 {
                    let p = self.expr_pos(first);
                    self.error_expected(p, "1 expression");
                }
                comm = Some(self.stmt(Stmt::Expr { x: first }));
            }
        } else {
            self.expect(Token::Default);
        }
        let colon = self.expect(Token::Colon);
        let body = self.parse_stmt_list();
        self.stmt(Stmt::CommClause { case: pos, comm, colon, body })
    }

    fn parse_select_stmt(&mut self) -> StmtId {
        let select = self.expect(Token::Select);
        let lbrace = self.expect(Token::LBrace);
        let base = self.stmts.len();
        while self.tok == Token::Case || self.tok == Token::Default || self.gc_stray_clause() {
            let c = self.parse_comm_clause();
            self.stmts.push(c);
        }
        let rbrace = self.expect(Token::RBrace);
        self.expect_semi();
        let list = self.stmt_list(base);
        let body = self.stmt(Stmt::Block { lbrace, list, rbrace });
        self.stmt(Stmt::Select { select, body })
    }

    fn parse_for_stmt(&mut self) -> StmtId {
        let pos = self.expect(Token::For);
        let (mut s1, mut s2, mut s3) = (None, None, None);
        let mut is_range = false;
        if self.tok != Token::LBrace {
            let prev_lev = self.expr_lev;
            self.expr_lev = -1;
            self.skip_header_var(Token::For);
            if self.tok != Token::Semicolon {
                if self.tok == Token::Range {
                    // "for range x": an assignment with no left side
                    let rpos = self.pos;
                    self.next();
                    let x = self.parse_rhs();
                    let r = self.expr(Expr::Unary { op_pos: rpos, op: Token::Range, x });
                    let rhs = self.expr_list_of(&[r]);
                    s2 = Some(self.stmt(Stmt::Assign {
                        lhs: List::default(),
                        tok_pos: NO_POS,
                        tok: Token::Illegal,
                        rhs,
                    }));
                    is_range = true;
                } else {
                    let (s, r) = self.parse_simple_stmt(SimpleMode::RangeOk);
                    s2 = Some(s);
                    is_range = r;
                }
            }
            if !is_range && self.tok == Token::Semicolon {
                self.next();
                s1 = s2.take();
                if self.tok != Token::Semicolon {
                    s2 = Some(self.parse_simple_stmt(SimpleMode::Basic).0);
                }
                self.expect_semi();
                if self.tok != Token::LBrace {
                    s3 = Some(self.parse_simple_stmt(SimpleMode::Basic).0);
                }
            }
            self.expr_lev = prev_lev;
        }
        let body = self.parse_block_stmt();
        self.expect_semi();
        if is_range {
            let Some(Stmt::Assign { lhs, tok_pos, tok, rhs }) = s2.map(|s| *self.f.stmt(s)) else { unreachable!() };
            let lhs_ids = self.f.exprs_of(lhs);
            let (key, value) = match lhs_ids.len() {
                0 => (None, None),
                1 => (Some(lhs_ids[0]), None),
                2 => (Some(lhs_ids[0]), Some(lhs_ids[1])),
                _ => {
                    let last = lhs_ids[lhs_ids.len() - 1];
                    let p = self.expr_pos(last);
                    self.error_expected(p, "at most 2 expressions");
                    let to = self.stmt_end(body);
                    return self.stmt(Stmt::Bad { from: pos, to });
                }
            };
            let r = self.f.exprs_of(rhs)[0];
            let Expr::Unary { op_pos: range, x, .. } = *self.f.expr(r) else { unreachable!() };
            return self.stmt(Stmt::Range(RangeStmt { for_pos: pos, key, value, tok_pos, tok, range, x, body }));
        }
        let cond = self.make_expr(s2, "boolean or range expression");
        self.stmt(Stmt::For { for_pos: pos, init: s1, cond, post: s3, body })
    }

    pub(super) fn parse_stmt(&mut self) -> StmtId {
        self.with_stack(|p| {
            let ok = p.inc_nest();
            let s = if ok { p.parse_stmt_inner() } else { p.stmt(Stmt::Bad { from: p.pos, to: p.pos }) };
            p.nest_lev -= 1;
            s
        })
    }

    fn parse_stmt_inner(&mut self) -> StmtId {
        use Token::*;
        match self.tok {
            Const | Type | Var => {
                let decl = self.parse_decl(Sync::StmtStart);
                self.stmt(Stmt::Decl { decl })
            }
            Ident | Int | Float | Imag | Char | String | Func | LParen | LBrack | Struct | Map | Chan | Interface
            | Add | Sub | Mul | And | Xor | Arrow | Not => {
                let (s, _) = self.parse_simple_stmt(SimpleMode::LabelOk);
                // labeled statements consumed their own terminator
                if !matches!(self.f.stmt(s), Stmt::Labeled { .. }) {
                    self.expect_semi();
                }
                s
            }
            Go | Defer => self.parse_go_or_defer_stmt(self.tok),
            Return => self.parse_return_stmt(),
            Break | Continue | Goto | Fallthrough => self.parse_branch_stmt(self.tok),
            LBrace => {
                let s = self.parse_block_stmt();
                self.expect_semi();
                s
            }
            If => self.parse_if_stmt(),
            Switch => self.parse_switch_stmt(),
            Select => self.parse_select_stmt(),
            For => self.parse_for_stmt(),
            Semicolon => {
                let s = self.stmt(Stmt::Empty { semicolon: self.pos, implicit: self.nl });
                self.next();
                s
            }
            RBrace => self.stmt(Stmt::Empty { semicolon: self.pos, implicit: true }),
            _ => {
                let pos = self.pos;
                self.error_expected(pos, "statement");
                self.advance(Sync::StmtStart);
                self.stmt(Stmt::Bad { from: pos, to: self.pos })
            }
        }
    }

    // ------------------------------------------------------------------
    // Declarations

    fn parse_import_spec(&mut self, doc: Option<CommentGroupId>) -> SpecId {
        let name = match self.tok {
            Token::Ident => Some(self.parse_ident()),
            Token::Period => {
                let dot = self.intern(".");
                let id = self.ident(self.pos, dot);
                self.next();
                Some(id)
            }
            _ => None,
        };
        let pos = self.pos;
        let mut end = self.pos;
        if self.tok == Token::String {
            end = self.end;
            self.next();
        } else if self.tok.is_literal() {
            self.error(pos, "import path must be a string");
            self.next();
        } else {
            self.error(pos, "missing import path");
            self.advance(Sync::ExprEnd);
        }
        let comment = self.expect_semi();
        let path = self.expr(Expr::BasicLit { pos, end, kind: LitKind::String });
        let spec = self.spec(Spec::Import { doc, name, path, comment });
        self.f.imports.push(spec);
        let raw = self.text(pos, end);
        let path_text = if raw.contains('\r') { unquote(&strip_cr(raw, false)) } else { unquote(raw) };
        let name = name.and_then(|n| match self.f.expr(n) {
            Expr::Ident { name, .. } => Some(*name),
            _ => None,
        });
        self.f.import_infos.push(ImportInfo {
            path: path_text.and_then(|b| String::from_utf8(b).ok()).unwrap_or_default(),
            offset: pos,
            name,
        });
        spec
    }

    fn parse_value_spec(&mut self, doc: Option<CommentGroupId>, keyword: Token) -> SpecId {
        let names = self.parse_ident_list();
        let mut ty = None;
        let mut values = List::default();
        if keyword == Token::Const {
            // optional type and values, for tolerance
            if !matches!(self.tok, Token::Eof | Token::Semicolon | Token::RParen) {
                ty = self.try_ident_or_type();
                if self.tok == Token::Assign {
                    self.next();
                    values = self.parse_list(true);
                }
            }
        } else {
            if self.tok != Token::Assign {
                ty = Some(self.parse_type());
            }
            if self.tok == Token::Assign {
                self.next();
                values = self.parse_list(true);
            }
        }
        let comment = self.expect_semi();
        self.spec(Spec::Value { doc, names, ty, values, comment })
    }

    fn parse_generic_type(
        &mut self,
        open_pos: Pos,
        name0: ExprId,
        typ0: Option<ExprId>,
    ) -> (Option<FieldListId>, Pos, ExprId) {
        let list = self.parse_parameter_list(Some(name0), typ0, Token::RBrack, false);
        let close_pos = self.expect(Token::RBrack);
        let tparams = self.field_list(open_pos, list, close_pos);
        let mut assign = NO_POS;
        if self.tok == Token::Assign {
            assign = self.pos;
            self.next();
        }
        (Some(tparams), assign, self.parse_type())
    }

    fn parse_type_spec(&mut self, doc: Option<CommentGroupId>) -> SpecId {
        let name = self.parse_ident();
        let (mut type_params, mut assign) = (None, NO_POS);
        let ty;
        if self.tok == Token::LBrack {
            // an array/slice type or a type parameter list
            let lbrack = self.pos;
            self.next();
            if self.tok == Token::Ident {
                let mut x = self.parse_ident();
                if self.tok != Token::LBrack {
                    // parse the expression that starts with the name
                    self.expr_lev += 1;
                    let lhs = self.parse_primary_expr(Some(x));
                    x = self.parse_binary_expr(Some(lhs), crate::token::LOWEST_PREC + 1);
                    self.expr_lev -= 1;
                }
                let force = self.tok == Token::Comma;
                match self.extract_name(x, force) {
                    (Some(pname), ptype) if ptype.is_some() || self.tok != Token::RBrack => {
                        (type_params, assign, ty) = self.parse_generic_type(lbrack, pname, ptype);
                    }
                    _ => ty = self.parse_array_type(lbrack, Some(x)),
                }
            } else {
                ty = self.parse_array_type(lbrack, None);
            }
        } else {
            if self.tok == Token::Assign {
                assign = self.pos;
                self.next();
            }
            ty = self.parse_type();
        }
        let comment = self.expect_semi();
        self.spec(Spec::Type { doc, name, type_params, assign, ty, comment })
    }

    /// Splits `x` into a type parameter name and its constraint when `x`
    /// can be read as `name constraint`; see go/parser's `extractName`.
    fn extract_name(&mut self, x: ExprId, force: bool) -> (Option<ExprId>, Option<ExprId>) {
        match *self.f.expr(x) {
            Expr::Ident { .. } => return (Some(x), None),
            Expr::Binary { x: bx, op_pos, op: Token::Mul, y }
                if matches!(self.f.expr(bx), Expr::Ident { .. }) && (force || self.is_type_elem(y)) =>
            {
                let star = self.expr(Expr::Star { star: op_pos, x: y });
                return (Some(bx), Some(star));
            }
            Expr::Binary { x: bx, op_pos, op: Token::Or, y } => {
                let f = force || self.is_type_elem(y);
                if let (Some(name), Some(lhs)) = self.extract_name(bx, f) {
                    let op = self.expr(Expr::Binary { x: lhs, op_pos, op: Token::Or, y });
                    return (Some(name), Some(op));
                }
            }
            Expr::Call { fun, lparen, args, ellipsis, rparen }
                if matches!(self.f.expr(fun), Expr::Ident { .. }) && args.len == 1 && ellipsis == NO_POS =>
            {
                let arg = self.f.exprs_of(args)[0];
                if force || self.is_type_elem(arg) {
                    let paren = self.expr(Expr::Paren { lparen, x: arg, rparen });
                    return (Some(fun), Some(paren));
                }
            }
            _ => {}
        }
        (None, Some(x))
    }

    /// Whether `x` is certainly a type element (not possibly a value).
    fn is_type_elem(&self, x: ExprId) -> bool {
        match *self.f.expr(x) {
            Expr::ArrayType { .. }
            | Expr::StructType { .. }
            | Expr::FuncType { .. }
            | Expr::InterfaceType { .. }
            | Expr::MapType { .. }
            | Expr::ChanType { .. } => true,
            Expr::Binary { x, y, .. } => self.is_type_elem(x) || self.is_type_elem(y),
            Expr::Unary { op, .. } => op == Token::Tilde,
            Expr::Paren { x, .. } => self.is_type_elem(x),
            _ => false,
        }
    }

    fn parse_spec(&mut self, doc: Option<CommentGroupId>, keyword: Token) -> SpecId {
        match keyword {
            Token::Import => self.parse_import_spec(doc),
            Token::Type => self.parse_type_spec(doc),
            _ => self.parse_value_spec(doc, keyword),
        }
    }

    fn parse_gen_decl(&mut self, keyword: Token) -> DeclId {
        let doc = self.lead_comment;
        let pos = self.expect(keyword);
        let (mut lparen, mut rparen) = (NO_POS, NO_POS);
        let base = self.specs.len();
        if self.tok == Token::LParen {
            lparen = self.pos;
            self.next();
            let in_group = std::mem::replace(&mut self.in_group, true);
            while self.tok != Token::RParen && self.tok != Token::Eof {
                let s = self.parse_spec(self.lead_comment, keyword);
                self.specs.push(s);
            }
            self.in_group = in_group;
            rparen = self.expect(Token::RParen);
            self.expect_semi();
        } else {
            let s = self.parse_spec(None, keyword);
            self.specs.push(s);
        }
        let specs = self.spec_list(base);
        self.decl(Decl::Gen { doc, tok_pos: pos, tok: keyword, lparen, specs, rparen })
    }

    fn parse_func_decl(&mut self) -> DeclId {
        let doc = self.lead_comment;
        let pos = self.expect(Token::Func);
        let mut recv = None;
        if self.tok == Token::LParen {
            recv = self.parse_parameters(false);
        }
        let name = self.parse_ident();
        let mut tparams = None;
        if self.tok == Token::LBrack {
            tparams = self.parse_type_parameters();
        }
        let ty = self.parse_signature(pos, tparams);
        let mut body = None;
        match self.tok {
            Token::LBrace => {
                body = Some(self.parse_body());
                self.expect_semi();
            }
            Token::Semicolon => {
                self.next();
                if self.tok == Token::LBrace {
                    // opening { of function declaration on next line
                    self.error(self.pos, "unexpected semicolon or newline before {");
                    body = Some(self.parse_body());
                    self.expect_semi();
                }
            }
            _ => {
                self.expect_semi();
            }
        }
        self.decl(Decl::Func { doc, recv, name, ty, body })
    }

    pub(super) fn parse_body(&mut self) -> StmtId {
        self.func_nest += 1;
        let in_group = std::mem::replace(&mut self.in_group, false);
        let body = self.parse_block_stmt();
        self.in_group = in_group;
        self.func_nest -= 1;
        body
    }

    /// gc mode: gc's parser accepts `var` at the start of a `for`, `if` or
    /// `switch` header but complains (at the token after it).
    fn skip_header_var(&mut self, keyword: Token) {
        if self.gc && self.tok == Token::Var {
            self.next();
            self.error(self.pos, format!("var declaration not allowed in {keyword} initializer"));
        }
    }

    pub(super) fn parse_decl(&mut self, sync: Sync) -> DeclId {
        match self.tok {
            Token::Import | Token::Const | Token::Var | Token::Type => self.parse_gen_decl(self.tok),
            Token::Func => self.parse_func_decl(),
            _ => {
                let pos = self.pos;
                self.error_expected(pos, "declaration");
                self.advance(sync);
                self.decl(Decl::Bad { from: pos, to: self.pos })
            }
        }
    }

    // ------------------------------------------------------------------
    // Source files

    pub(super) fn parse_file(&mut self) {
        // Errors scanning the first token: likely not a Go file at all.
        if !self.errors.is_empty() {
            return self.empty_file();
        }
        let doc = self.lead_comment;
        let pos = self.expect(Token::Package);
        let name = self.parse_ident();
        self.expect_semi();
        // Errors in the package clause: likely not a Go file at all.
        if !self.errors.is_empty() {
            return self.empty_file();
        }
        self.f.doc = doc;
        self.f.package = pos;
        self.f.name = Some(name);
        let base = self.decls.len();
        while self.tok == Token::Import {
            let d = self.parse_gen_decl(Token::Import);
            self.decls.push(d);
        }
        let mut prev = Token::Import;
        while self.tok != Token::Eof {
            // accept imports after other declarations, but complain
            if self.tok == Token::Import && prev != Token::Import {
                self.error(self.pos, "imports must appear before other declarations");
            }
            prev = self.tok;
            let d = self.parse_decl(Sync::DeclStart);
            self.decls.push(d);
        }
        let start = self.f.decl_pool.len() as u32;
        self.f.decl_pool.extend(self.decls.drain(base..));
        self.f.decl_list = List::new(start, self.f.decl_pool.len() as u32 - start);
    }
}
