//! A normalised text dump of a syntax tree, line for line the form that
//! `tools/goparsedump` prints for go/parser's tree, so the two parsers can
//! be compared (`tests/goparser_diff.rs`).
//!
//! One line per node, pre-order, indented two spaces per depth (beyond
//! depth 64, a line starts with `>depth ` instead):
//! `Field: Kind pos-end` and then the node's scalar fields in go/ast's
//! declaration order (positions are byte offsets, `-` for an absent one;
//! attached comment groups are named by their position, `@pos`). Child
//! nodes follow on the next lines, in go/ast's field order. Strings are
//! quoted with every byte outside printable ASCII (and `"`, `\`) written as
//! `\xNN`. Literal values are the raw source text (CRs removed from raw
//! strings, as go/scanner does); string and rune literals also show their
//! decoded value, so that literal decoding is compared as well.

use crate::ast::*;
use crate::intern::Interner;
use crate::lexer::strip_cr;
use crate::literal::{unquote, unquote_char};
use std::fmt::Write;

/// Dumps the tree of an accepted file.
pub fn dump_file(file: &File, src: &str, names: &Interner) -> String {
    let mut d = Dumper { f: file, src, names, out: String::with_capacity(src.len() * 8), depth: 0 };
    d.file();
    d.out
}

/// Escapes `bytes` the way the dump prints every string.
pub fn escape(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() + 2);
    s.push('"');
    for &b in bytes {
        if (0x20..0x7f).contains(&b) && b != b'"' && b != b'\\' {
            s.push(b as char);
        } else {
            let _ = write!(s, "\\x{b:02x}");
        }
    }
    s.push('"');
    s
}

/// The text of a comment as go/ast stores it: go/scanner drops the final
/// CR of a `//` comment and then every other CR (see `strip_cr`).
pub fn comment_text<'s>(src: &'s str, c: &Comment) -> std::borrow::Cow<'s, str> {
    let mut text = &src[c.slash as usize..c.end as usize];
    if text.as_bytes()[1] == b'/' && text.ends_with('\r') {
        text = &text[..text.len() - 1];
    }
    if text.contains('\r') { strip_cr(text, text.as_bytes()[1] == b'*').into() } else { text.into() }
}

/// The `Value` of a literal as go/scanner returns it: the source text, with
/// CRs removed from raw strings.
pub fn literal_value<'s>(src: &'s str, pos: Pos, end: Pos) -> std::borrow::Cow<'s, str> {
    let text = &src[pos as usize..end as usize];
    if text.starts_with('`') && text.contains('\r') { strip_cr(text, false).into() } else { text.into() }
}

/// The deepest level indented with spaces.
const MAX_INDENT: usize = 64;

struct Dumper<'a> {
    f: &'a File,
    src: &'a str,
    names: &'a Interner,
    out: String,
    depth: usize,
}

impl Dumper<'_> {
    fn pos(&mut self, name: &str, p: Pos) {
        let _ = write!(self.out, " {name}=");
        self.offset(p);
    }

    /// A position as goparsedump prints `fset.Position(p).Offset`: `-` for
    /// NoPos, and 0 past the end of the file (a position in no file, like
    /// the end of a node whose closing token was EOF).
    fn offset(&mut self, p: Pos) {
        if p == NO_POS {
            self.out.push('-');
        } else {
            let _ = write!(self.out, "{}", if p as usize > self.src.len() { 0 } else { p });
        }
    }

    fn scalar(&mut self, name: &str, value: impl std::fmt::Display) {
        let _ = write!(self.out, " {name}={value}");
    }

    fn group_ref(&mut self, name: &str, g: Option<CommentGroupId>) {
        match g {
            None => self.scalar(name, "nil"),
            Some(g) => {
                let first = self.f.comment_pool[self.f.comment_group(g).list.start as usize];
                let _ = write!(self.out, " {name}=@{}", self.f.comments[first.index()].slash);
            }
        }
    }

    /// Starts a node line: indentation, label, kind and span.
    fn open(&mut self, label: &str, kind: &str, pos: Pos, end: Pos) {
        self.indent();
        let _ = write!(self.out, "{label}: {kind} ");
        self.offset(pos);
        self.out.push('-');
        self.offset(end);
    }

    /// Two spaces per level; `>depth ` beyond [`MAX_INDENT`], so that the
    /// dump of deeply nested code stays linear in its size.
    fn indent(&mut self) {
        if self.depth > MAX_INDENT {
            let _ = write!(self.out, ">{} ", self.depth);
        } else {
            for _ in 0..self.depth {
                self.out.push_str("  ");
            }
        }
    }

    fn nil(&mut self, label: &str) {
        self.indent();
        let _ = writeln!(self.out, "{label}: nil");
    }

    /// Ends the node line and prints the children one level deeper (on a
    /// fresh stack segment when needed: trees can nest 100 000 deep).
    fn children(&mut self, print: impl FnOnce(&mut Self)) {
        self.out.push('\n');
        self.depth += 1;
        stacker::maybe_grow(64 * 1024, 4 * 1024 * 1024, || print(self));
        self.depth -= 1;
    }

    fn file(&mut self) {
        let f = self.f;
        let (pos, end) = f.file_span(self.names);
        self.open("File", "File", pos, end);
        self.group_ref("Doc", f.doc);
        self.pos("Package", f.package);
        self.pos("FileStart", 0);
        self.pos("FileEnd", self.src.len() as Pos);
        let imports: Vec<String> = f.imports.iter().map(|&s| f.spec_pos(s).to_string()).collect();
        self.scalar("Imports", format_args!("[{}]", imports.join(",")));
        self.scalar("GoVersion", escape(f.go_version.as_bytes()));
        self.children(|d| {
            match f.name {
                Some(name) => d.expr("Name", name),
                // go/parser's empty file (after errors) has an empty name.
                None => d.out.push_str("  Name: Ident --- NamePos=- Name=\"\"\n"),
            }
            for &decl in f.top_decls() {
                d.decl("Decls", decl);
            }
            for g in 0..f.comment_groups.len() {
                d.comment_group("Comments", CommentGroupId::new(g as u32));
            }
        });
    }

    fn comment_group(&mut self, label: &str, g: CommentGroupId) {
        let f = self.f;
        let list = &f.comment_pool[f.comment_group(g).list.range()];
        let first = &f.comments[list[0].index()];
        let last = &f.comments[list[list.len() - 1].index()];
        let end = last.slash + comment_text(self.src, last).len() as Pos;
        self.open(label, "CommentGroup", first.slash, end);
        self.children(|d| {
            for &c in list {
                let c = &f.comments[c.index()];
                let text = comment_text(d.src, c);
                d.open("List", "Comment", c.slash, c.slash + text.len() as Pos);
                d.pos("Slash", c.slash);
                d.scalar("Text", escape(text.as_bytes()));
                d.out.push('\n');
            }
        });
    }

    fn opt_expr(&mut self, label: &str, x: Option<ExprId>) {
        match x {
            Some(x) => self.expr(label, x),
            None => self.nil(label),
        }
    }

    fn exprs(&mut self, label: &str, list: List<ExprId>) {
        for &x in self.f.exprs_of(list) {
            self.expr(label, x);
        }
    }

    fn expr(&mut self, label: &str, id: ExprId) {
        let (pos, end) = (self.f.expr_pos(id), self.f.expr_end(id, self.names));
        let kind = expr_kind(self.f.expr(id));
        self.open(label, kind, pos, end);
        match *self.f.expr(id) {
            Expr::Bad { from, to } => {
                self.pos("From", from);
                self.pos("To", to);
                self.out.push('\n');
            }
            Expr::Ident { pos, name } => {
                self.pos("NamePos", pos);
                self.scalar("Name", escape(self.names.resolve(name).as_bytes()));
                self.out.push('\n');
            }
            Expr::Ellipsis { pos, elt } => {
                self.pos("Ellipsis", pos);
                self.children(|d| d.opt_expr("Elt", elt));
            }
            Expr::BasicLit { pos, end, kind } => {
                self.pos("ValuePos", pos);
                self.pos("ValueEnd", end);
                self.scalar("Kind", kind.token());
                let value = literal_value(self.src, pos, end);
                self.scalar("Value", escape(value.as_bytes()));
                match kind {
                    LitKind::String => {
                        let decoded = unquote(&value).map_or("!".to_string(), |b| escape(&b));
                        self.scalar("Unquoted", decoded);
                    }
                    LitKind::Char => self.scalar("Unquoted", unquoted_char(&value)),
                    _ => {}
                }
                self.out.push('\n');
            }
            Expr::FuncLit { ty, body } => self.children(|d| {
                d.expr("Type", ty);
                d.stmt("Body", body);
            }),
            Expr::CompositeLit { ty, lbrace, elts, rbrace, incomplete } => {
                self.pos("Lbrace", lbrace);
                self.pos("Rbrace", rbrace);
                self.scalar("Incomplete", incomplete);
                self.children(|d| {
                    d.opt_expr("Type", ty);
                    d.exprs("Elts", elts);
                });
            }
            Expr::Paren { lparen, x, rparen } => {
                self.pos("Lparen", lparen);
                self.pos("Rparen", rparen);
                self.children(|d| d.expr("X", x));
            }
            Expr::Selector { x, sel } => self.children(|d| {
                d.expr("X", x);
                d.expr("Sel", sel);
            }),
            Expr::Index { x, lbrack, index, rbrack } => {
                self.pos("Lbrack", lbrack);
                self.pos("Rbrack", rbrack);
                self.children(|d| {
                    d.expr("X", x);
                    d.expr("Index", index);
                });
            }
            Expr::IndexList { x, lbrack, indices, rbrack } => {
                self.pos("Lbrack", lbrack);
                self.pos("Rbrack", rbrack);
                self.children(|d| {
                    d.expr("X", x);
                    d.exprs("Indices", indices);
                });
            }
            Expr::Slice(SliceExpr { x, lbrack, low, high, max, slice3, rbrack }) => {
                self.pos("Lbrack", lbrack);
                self.scalar("Slice3", slice3);
                self.pos("Rbrack", rbrack);
                self.children(|d| {
                    d.expr("X", x);
                    d.opt_expr("Low", low);
                    d.opt_expr("High", high);
                    d.opt_expr("Max", max);
                });
            }
            Expr::TypeAssert { x, lparen, ty, rparen } => {
                self.pos("Lparen", lparen);
                self.pos("Rparen", rparen);
                self.children(|d| {
                    d.expr("X", x);
                    d.opt_expr("Type", ty);
                });
            }
            Expr::Call { fun, lparen, args, ellipsis, rparen } => {
                self.pos("Lparen", lparen);
                self.pos("Ellipsis", ellipsis);
                self.pos("Rparen", rparen);
                self.children(|d| {
                    d.expr("Fun", fun);
                    d.exprs("Args", args);
                });
            }
            Expr::Star { star, x } => {
                self.pos("Star", star);
                self.children(|d| d.expr("X", x));
            }
            Expr::Unary { op_pos, op, x } => {
                self.pos("OpPos", op_pos);
                self.scalar("Op", op);
                self.children(|d| d.expr("X", x));
            }
            Expr::Binary { x, op_pos, op, y } => {
                self.pos("OpPos", op_pos);
                self.scalar("Op", op);
                self.children(|d| {
                    d.expr("X", x);
                    d.expr("Y", y);
                });
            }
            Expr::KeyValue { key, colon, value } => {
                self.pos("Colon", colon);
                self.children(|d| {
                    d.expr("Key", key);
                    d.expr("Value", value);
                });
            }
            Expr::ArrayType { lbrack, len, elt } => {
                self.pos("Lbrack", lbrack);
                self.children(|d| {
                    d.opt_expr("Len", len);
                    d.expr("Elt", elt);
                });
            }
            Expr::StructType { struct_pos, fields, incomplete } => {
                self.pos("Struct", struct_pos);
                self.scalar("Incomplete", incomplete);
                self.children(|d| d.field_list("Fields", Some(fields)));
            }
            Expr::FuncType { func_pos, type_params, params, results } => {
                self.pos("Func", func_pos);
                self.children(|d| {
                    d.field_list("TypeParams", type_params);
                    d.field_list("Params", Some(params));
                    d.field_list("Results", results);
                });
            }
            Expr::InterfaceType { interface_pos, methods, incomplete } => {
                self.pos("Interface", interface_pos);
                self.scalar("Incomplete", incomplete);
                self.children(|d| d.field_list("Methods", Some(methods)));
            }
            Expr::MapType { map_pos, key, value } => {
                self.pos("Map", map_pos);
                self.children(|d| {
                    d.expr("Key", key);
                    d.expr("Value", value);
                });
            }
            Expr::ChanType { begin, arrow, dir, value } => {
                self.pos("Begin", begin);
                self.pos("Arrow", arrow);
                self.scalar("Dir", dir as u8);
                self.children(|d| d.expr("Value", value));
            }
        }
    }

    fn field_list(&mut self, label: &str, fl: Option<FieldListId>) {
        let Some(id) = fl else { return self.nil(label) };
        let (pos, end) = (self.f.field_list_pos(id), self.f.field_list_end(id, self.names));
        let fl = *self.f.field_list(id);
        self.open(label, "FieldList", pos, end);
        self.pos("Opening", fl.opening);
        self.pos("Closing", fl.closing);
        self.children(|d| {
            for &field in d.f.fields_of(fl.list) {
                d.field("List", field);
            }
        });
    }

    fn field(&mut self, label: &str, id: FieldId) {
        let (pos, end) = (self.f.field_pos(id), self.f.field_end(id, self.names));
        let field = *self.f.field(id);
        self.open(label, "Field", pos, end);
        self.group_ref("Doc", field.doc);
        self.group_ref("Comment", field.comment);
        self.children(|d| {
            d.exprs("Names", field.names);
            d.expr("Type", field.ty);
            d.opt_expr("Tag", field.tag);
        });
    }

    fn opt_stmt(&mut self, label: &str, s: Option<StmtId>) {
        match s {
            Some(s) => self.stmt(label, s),
            None => self.nil(label),
        }
    }

    fn stmts(&mut self, label: &str, list: List<StmtId>) {
        for &s in self.f.stmts_of(list) {
            self.stmt(label, s);
        }
    }

    fn stmt(&mut self, label: &str, id: StmtId) {
        let (pos, end) = (self.f.stmt_pos(id), self.f.stmt_end(id, self.names));
        let kind = stmt_kind(self.f.stmt(id));
        self.open(label, kind, pos, end);
        match *self.f.stmt(id) {
            Stmt::Bad { from, to } => {
                self.pos("From", from);
                self.pos("To", to);
                self.out.push('\n');
            }
            Stmt::Decl { decl } => self.children(|d| d.decl("Decl", decl)),
            Stmt::Empty { semicolon, implicit } => {
                self.pos("Semicolon", semicolon);
                self.scalar("Implicit", implicit);
                self.out.push('\n');
            }
            Stmt::Labeled { label, colon, stmt } => {
                self.pos("Colon", colon);
                self.children(|d| {
                    d.expr("Label", label);
                    d.stmt("Stmt", stmt);
                });
            }
            Stmt::Expr { x } => self.children(|d| d.expr("X", x)),
            Stmt::Send { chan, arrow, value } => {
                self.pos("Arrow", arrow);
                self.children(|d| {
                    d.expr("Chan", chan);
                    d.expr("Value", value);
                });
            }
            Stmt::IncDec { x, tok_pos, tok } => {
                self.pos("TokPos", tok_pos);
                self.scalar("Tok", tok);
                self.children(|d| d.expr("X", x));
            }
            Stmt::Assign { lhs, tok_pos, tok, rhs } => {
                self.pos("TokPos", tok_pos);
                self.scalar("Tok", tok);
                self.children(|d| {
                    d.exprs("Lhs", lhs);
                    d.exprs("Rhs", rhs);
                });
            }
            Stmt::Go { go, call } => {
                self.pos("Go", go);
                self.children(|d| d.expr("Call", call));
            }
            Stmt::Defer { defer, call } => {
                self.pos("Defer", defer);
                self.children(|d| d.expr("Call", call));
            }
            Stmt::Return { ret, results } => {
                self.pos("Return", ret);
                self.children(|d| d.exprs("Results", results));
            }
            Stmt::Branch { tok_pos, tok, label } => {
                self.pos("TokPos", tok_pos);
                self.scalar("Tok", tok);
                self.children(|d| d.opt_expr("Label", label));
            }
            Stmt::Block { lbrace, list, rbrace } => {
                self.pos("Lbrace", lbrace);
                self.pos("Rbrace", rbrace);
                self.children(|d| d.stmts("List", list));
            }
            Stmt::If { if_pos, init, cond, body, els } => {
                self.pos("If", if_pos);
                self.children(|d| {
                    d.opt_stmt("Init", init);
                    d.expr("Cond", cond);
                    d.stmt("Body", body);
                    d.opt_stmt("Else", els);
                });
            }
            Stmt::CaseClause { case, list, colon, body } => {
                self.pos("Case", case);
                self.pos("Colon", colon);
                self.children(|d| {
                    d.exprs("List", list);
                    d.stmts("Body", body);
                });
            }
            Stmt::Switch { switch, init, tag, body } => {
                self.pos("Switch", switch);
                self.children(|d| {
                    d.opt_stmt("Init", init);
                    d.opt_expr("Tag", tag);
                    d.stmt("Body", body);
                });
            }
            Stmt::TypeSwitch { switch, init, assign, body } => {
                self.pos("Switch", switch);
                self.children(|d| {
                    d.opt_stmt("Init", init);
                    d.stmt("Assign", assign);
                    d.stmt("Body", body);
                });
            }
            Stmt::CommClause { case, comm, colon, body } => {
                self.pos("Case", case);
                self.pos("Colon", colon);
                self.children(|d| {
                    d.opt_stmt("Comm", comm);
                    d.stmts("Body", body);
                });
            }
            Stmt::Select { select, body } => {
                self.pos("Select", select);
                self.children(|d| d.stmt("Body", body));
            }
            Stmt::For { for_pos, init, cond, post, body } => {
                self.pos("For", for_pos);
                self.children(|d| {
                    d.opt_stmt("Init", init);
                    d.opt_expr("Cond", cond);
                    d.opt_stmt("Post", post);
                    d.stmt("Body", body);
                });
            }
            Stmt::Range(RangeStmt { for_pos, key, value, tok_pos, tok, range, x, body }) => {
                self.pos("For", for_pos);
                self.pos("TokPos", tok_pos);
                self.scalar("Tok", tok);
                self.pos("Range", range);
                self.children(|d| {
                    d.opt_expr("Key", key);
                    d.opt_expr("Value", value);
                    d.expr("X", x);
                    d.stmt("Body", body);
                });
            }
        }
    }

    fn decl(&mut self, label: &str, id: DeclId) {
        let (pos, end) = (self.f.decl_pos(id), self.f.decl_end(id, self.names));
        match *self.f.decl(id) {
            Decl::Bad { from, to } => {
                self.open(label, "BadDecl", pos, end);
                self.pos("From", from);
                self.pos("To", to);
                self.out.push('\n');
            }
            Decl::Gen { doc, tok_pos, tok, lparen, specs, rparen } => {
                self.open(label, "GenDecl", pos, end);
                self.group_ref("Doc", doc);
                self.pos("TokPos", tok_pos);
                self.scalar("Tok", tok);
                self.pos("Lparen", lparen);
                self.pos("Rparen", rparen);
                self.children(|d| {
                    for &s in d.f.specs_of(specs) {
                        d.spec("Specs", s);
                    }
                });
            }
            Decl::Func { doc, recv, name, ty, body } => {
                self.open(label, "FuncDecl", pos, end);
                self.group_ref("Doc", doc);
                self.children(|d| {
                    d.field_list("Recv", recv);
                    d.expr("Name", name);
                    d.expr("Type", ty);
                    d.opt_stmt("Body", body);
                });
            }
        }
    }

    fn spec(&mut self, label: &str, id: SpecId) {
        let (pos, end) = (self.f.spec_pos(id), self.f.spec_end(id, self.names));
        match *self.f.spec(id) {
            Spec::Import { doc, name, path, comment } => {
                self.open(label, "ImportSpec", pos, end);
                self.group_ref("Doc", doc);
                self.group_ref("Comment", comment);
                // go/parser never sets ImportSpec.EndPos.
                self.pos("EndPos", NO_POS);
                self.children(|d| {
                    d.opt_expr("Name", name);
                    d.expr("Path", path);
                });
            }
            Spec::Value { doc, names, ty, values, comment } => {
                self.open(label, "ValueSpec", pos, end);
                self.group_ref("Doc", doc);
                self.group_ref("Comment", comment);
                self.children(|d| {
                    d.exprs("Names", names);
                    d.opt_expr("Type", ty);
                    d.exprs("Values", values);
                });
            }
            Spec::Type { doc, name, type_params, assign, ty, comment } => {
                self.open(label, "TypeSpec", pos, end);
                self.group_ref("Doc", doc);
                self.pos("Assign", assign);
                self.group_ref("Comment", comment);
                self.children(|d| {
                    d.expr("Name", name);
                    d.field_list("TypeParams", type_params);
                    d.expr("Type", ty);
                });
            }
        }
    }
}

/// strconv.Unquote of a rune literal: one byte for `\x` and octal escapes
/// and ASCII, UTF-8 otherwise.
fn unquoted_char(lit: &str) -> String {
    if lit == "''" {
        // strconv.Unquote accepts the (invalid) empty rune literal as "".
        return escape(b"");
    }
    let Some(code) = unquote_char(lit) else { return "!".into() };
    let body = &lit.as_bytes()[1..];
    let byte_escape = body.first() == Some(&b'\\') && matches!(body.get(1), Some(b'x' | b'0'..=b'7'));
    if code < 0x80 || byte_escape {
        return escape(&[code as u8]);
    }
    match char::from_u32(code) {
        Some(c) => escape(c.encode_utf8(&mut [0; 4]).as_bytes()),
        None => "!".into(),
    }
}

fn expr_kind(e: &Expr) -> &'static str {
    match e {
        Expr::Bad { .. } => "BadExpr",
        Expr::Ident { .. } => "Ident",
        Expr::Ellipsis { .. } => "Ellipsis",
        Expr::BasicLit { .. } => "BasicLit",
        Expr::FuncLit { .. } => "FuncLit",
        Expr::CompositeLit { .. } => "CompositeLit",
        Expr::Paren { .. } => "ParenExpr",
        Expr::Selector { .. } => "SelectorExpr",
        Expr::Index { .. } => "IndexExpr",
        Expr::IndexList { .. } => "IndexListExpr",
        Expr::Slice(_) => "SliceExpr",
        Expr::TypeAssert { .. } => "TypeAssertExpr",
        Expr::Call { .. } => "CallExpr",
        Expr::Star { .. } => "StarExpr",
        Expr::Unary { .. } => "UnaryExpr",
        Expr::Binary { .. } => "BinaryExpr",
        Expr::KeyValue { .. } => "KeyValueExpr",
        Expr::ArrayType { .. } => "ArrayType",
        Expr::StructType { .. } => "StructType",
        Expr::FuncType { .. } => "FuncType",
        Expr::InterfaceType { .. } => "InterfaceType",
        Expr::MapType { .. } => "MapType",
        Expr::ChanType { .. } => "ChanType",
    }
}

fn stmt_kind(s: &Stmt) -> &'static str {
    match s {
        Stmt::Bad { .. } => "BadStmt",
        Stmt::Decl { .. } => "DeclStmt",
        Stmt::Empty { .. } => "EmptyStmt",
        Stmt::Labeled { .. } => "LabeledStmt",
        Stmt::Expr { .. } => "ExprStmt",
        Stmt::Send { .. } => "SendStmt",
        Stmt::IncDec { .. } => "IncDecStmt",
        Stmt::Assign { .. } => "AssignStmt",
        Stmt::Go { .. } => "GoStmt",
        Stmt::Defer { .. } => "DeferStmt",
        Stmt::Return { .. } => "ReturnStmt",
        Stmt::Branch { .. } => "BranchStmt",
        Stmt::Block { .. } => "BlockStmt",
        Stmt::If { .. } => "IfStmt",
        Stmt::CaseClause { .. } => "CaseClause",
        Stmt::Switch { .. } => "SwitchStmt",
        Stmt::TypeSwitch { .. } => "TypeSwitchStmt",
        Stmt::CommClause { .. } => "CommClause",
        Stmt::Select { .. } => "SelectStmt",
        Stmt::For { .. } => "ForStmt",
        Stmt::Range(_) => "RangeStmt",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_non_printable_bytes() {
        assert_eq!(escape(b"a\"\\\n\xff"), r#""a\x22\x5c\x0a\xff""#);
    }

    #[test]
    fn dumps_a_small_file() {
        let names = Interner::new();
        let src = "package p\n\nvar x = 'a'\n";
        let parsed = crate::parse_file(src, &names);
        let out = dump_file(&parsed.ast, src, &names);
        assert!(
            out.starts_with("File: File 0-22 Doc=nil Package=0 FileStart=0 FileEnd=23 Imports=[] GoVersion=\"\"\n")
        );
        assert!(
            out.contains("    Values: BasicLit 19-22 ValuePos=19 ValueEnd=22 Kind=CHAR Value=\"'a'\" Unquoted=\"a\"\n")
        );
    }
}
