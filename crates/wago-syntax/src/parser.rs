//! The parser: Go source text to an [`ast::File`].
//!
//! It accepts exactly what `go/parser` accepts and builds the same tree
//! (the differential test in `tests/goparser_diff.rs` holds it to that),
//! including its error recovery: one mistake gives one diagnostic, at most
//! one per line, and parsing goes on until more than ten errors were seen.
//! Comments are grouped and attached as lead (doc) and line comments the
//! way go/parser does it.

use crate::ast::*;
use crate::constraint;
use crate::intern::{Interner, Names, Symbol};
use crate::lexer::{Lexer, TokenHead};
use crate::line_index::LineIndex;
use crate::token::{LOWEST_PREC, Token};

/// A syntax error at a byte offset of the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub offset: u32,
    pub msg: String,
}

/// The result of parsing one file: the tree (possibly partial) and the
/// errors sorted by position.
#[derive(Debug)]
pub struct ParsedFile {
    pub ast: File,
    pub errors: Vec<SyntaxError>,
}

/// How the parser recovers from syntax errors.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ParseOptions {
    /// Recover from syntax errors as gc's parser (cmd/compile/internal/syntax)
    /// does instead of as go/parser does, so that the follow-on errors are
    /// gc's: an invalid character is skipped rather than made a token; a
    /// statement list ends at a token that cannot start a statement (`}` is
    /// then expected); a list with a missing comma skips to the next closing
    /// bracket and ends there; `for var …` is reported as such. The tree of
    /// a file without errors is the same in both modes; the messages stay
    /// in go/parser's words except where gc has its own (the CLI rewords).
    pub gc_errors: bool,
}

/// Parses one Go source file, recovering from errors as go/parser does.
pub fn parse_file(src: &str, interner: &Interner) -> ParsedFile {
    parse_file_with(src, interner, ParseOptions::default())
}

/// Parses one Go source file with the given options.
pub fn parse_file_with(src: &str, interner: &Interner, options: ParseOptions) -> ParsedFile {
    interner.with_names(|names| {
        let mut p = Parser::new(src, names, options.gc_errors);
        p.parse_file();
        p.finish()
    })
}

/// go/parser's limit on nesting depth.
const MAX_NEST_LEV: u32 = 100_000;
/// Stack kept free before recursing; below it, a new segment is allocated.
const STACK_RED_ZONE: usize = 64 * 1024;
const STACK_SEGMENT: usize = 4 * 1024 * 1024;

#[derive(Clone, Copy, PartialEq, Eq)]
enum SimpleMode {
    Basic,
    LabelOk,
    RangeOk,
}

/// Which tokens `advance` stops at.
#[derive(Clone, Copy)]
enum Sync {
    StmtStart,
    DeclStart,
    ExprEnd,
}

impl Sync {
    fn contains(self, t: Token) -> bool {
        use Token::*;
        match self {
            Sync::StmtStart => matches!(
                t,
                Break
                    | Const
                    | Continue
                    | Defer
                    | Fallthrough
                    | For
                    | Go
                    | Goto
                    | If
                    | Return
                    | Select
                    | Switch
                    | Type
                    | Var
            ),
            Sync::DeclStart => matches!(t, Import | Const | Type | Var),
            Sync::ExprEnd => matches!(t, Comma | Colon | Semicolon | RParen | RBrack | RBrace),
        }
    }
}

/// Whether gc's parser starts a statement at `t` (its `stmtOrNil` does not
/// return nil): what go/parser's `parseStmt` accepts, and the operators,
/// which gc takes for the start of an expression.
fn gc_starts_stmt(t: Token) -> bool {
    use Token::*;
    !matches!(
        t,
        Else | Package
            | Import
            | Case
            | Default
            | Range
            | Comma
            | Colon
            | Period
            | Ellipsis
            | Assign
            | Define
            | AddAssign
            | SubAssign
            | MulAssign
            | QuoAssign
            | RemAssign
            | AndAssign
            | OrAssign
            | XorAssign
            | ShlAssign
            | ShrAssign
            | AndNotAssign
            | Inc
            | Dec
            | RParen
            | RBrack
            | RBrace
            | Eof
    )
}

/// The address of a local of the caller's frame (stacks grow down).
#[inline(always)]
fn stack_address() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// The lowest stack address at which [`STACK_RED_ZONE`] bytes are still
/// free on the current segment; `usize::MAX` (always ask `stacker`) when
/// the segment's bound is unknown.
fn stack_floor_here() -> usize {
    match stacker::remaining_stack() {
        Some(remaining) => stack_address().saturating_sub(remaining).saturating_add(STACK_RED_ZONE),
        None => usize::MAX,
    }
}

/// A parameter while a parameter list is being parsed: a name, a type, or both.
#[derive(Clone, Copy)]
struct Param {
    name: Option<ExprId>,
    ty: Option<ExprId>,
}

struct Parser<'a> {
    src: &'a str,
    lx: Lexer<'a>,
    names: Names<'a>,
    f: File,
    errors: Vec<(u32, u32, String)>,
    lines: Option<LineIndex>,
    bailed: bool,
    /// [`ParseOptions::gc_errors`].
    gc: bool,
    /// gc mode: the list being parsed was abandoned after a missing comma
    /// without reaching its closing bracket, which is then not expected.
    list_abandoned: bool,

    lead_comment: Option<CommentGroupId>,
    line_comment: Option<CommentGroupId>,
    top: bool,

    tok: Token,
    pos: Pos,
    end: Pos,
    line: u32,
    /// The current semicolon was inserted at a newline (go/parser's `lit == "\n"`).
    nl: bool,

    sync_pos: Pos,
    sync_cnt: u32,
    expr_lev: i32,
    in_rhs: bool,
    nest_lev: u32,
    /// How many function bodies enclose the current token (gc's `fnest`).
    func_nest: u32,
    /// Whether the innermost declaration or body is a `(…)` declaration group.
    in_group: bool,
    /// See [`Parser::with_stack`].
    stack_floor: usize,

    exprs: Vec<ExprId>,
    stmts: Vec<StmtId>,
    fields: Vec<FieldId>,
    specs: Vec<SpecId>,
    decls: Vec<DeclId>,
    comments: Vec<CommentId>,
    underscore: Symbol,
}

impl<'a> Parser<'a> {
    fn new(src: &'a str, mut names: Names<'a>, gc: bool) -> Self {
        let mut p = Parser {
            src,
            lx: Lexer::new(src),
            underscore: names.intern("_"),
            names,
            f: File { package: NO_POS, file_end: src.len() as u32, ..File::default() },
            errors: Vec::new(),
            lines: None,
            bailed: false,
            gc,
            list_abandoned: false,
            lead_comment: None,
            line_comment: None,
            top: true,
            tok: Token::Illegal,
            pos: 0,
            end: 0,
            line: 0,
            nl: false,
            sync_pos: NO_POS,
            sync_cnt: 0,
            expr_lev: 0,
            in_rhs: false,
            nest_lev: 0,
            func_nest: 0,
            in_group: false,
            stack_floor: stack_floor_here(),
            exprs: Vec::new(),
            stmts: Vec::new(),
            fields: Vec::new(),
            specs: Vec::new(),
            decls: Vec::new(),
            comments: Vec::new(),
        };
        p.reserve_arenas();
        p.drain_scan_errors();
        p.next();
        p
    }

    /// Sizes the arenas from the file's length, a little above what
    /// GOROOT/src needs on average (an expression per 9 bytes, a pooled
    /// expression id per 20, a statement per 56, a pooled statement id per
    /// 88, a comment per 190, a field per 275, a spec per 300, a field list
    /// per 360, a comment group per 370, a declaration per 540), so that
    /// they rarely grow and copy while parsing; and the scratch stacks, so
    /// that they don't grow from nothing in every file.
    fn reserve_arenas(&mut self) {
        let len = self.src.len();
        let f = &mut self.f;
        f.exprs.reserve(len / 8);
        f.expr_pool.reserve(len / 16);
        f.stmts.reserve(len / 48);
        f.stmt_pool.reserve(len / 64);
        f.comments.reserve(len / 160);
        f.comment_pool.reserve(len / 160);
        f.fields.reserve(len / 224);
        f.field_pool.reserve(len / 224);
        f.specs.reserve(len / 256);
        f.spec_pool.reserve(len / 256);
        f.field_lists.reserve(len / 288);
        f.comment_groups.reserve(len / 288);
        f.decls.reserve(len / 448);
        f.decl_pool.reserve(len / 448);
        self.exprs.reserve(64);
        self.stmts.reserve(64);
        self.fields.reserve(32);
        self.comments.reserve(16);
    }

    /// go/parser returns an empty file (no package clause, declarations or
    /// comments) when it bails out or the package clause has errors.
    fn empty_file(&mut self) {
        self.f = File { package: NO_POS, file_end: self.src.len() as u32, ..File::default() };
    }

    fn finish(mut self) -> ParsedFile {
        if self.bailed {
            self.empty_file();
        }
        self.errors.sort_by(|a, b| (a.0, &a.2).cmp(&(b.0, &b.2)));
        let errors = self.errors.into_iter().map(|(offset, _, msg)| SyntaxError { offset, msg }).collect();
        ParsedFile { ast: self.f, errors }
    }

    // ------------------------------------------------------------------
    // Arena helpers

    fn expr(&mut self, e: Expr) -> ExprId {
        self.f.exprs.push(e);
        ExprId::new(self.f.exprs.len() as u32 - 1)
    }
    fn stmt(&mut self, s: Stmt) -> StmtId {
        self.f.stmts.push(s);
        StmtId::new(self.f.stmts.len() as u32 - 1)
    }
    fn decl(&mut self, d: Decl) -> DeclId {
        self.f.decls.push(d);
        DeclId::new(self.f.decls.len() as u32 - 1)
    }
    fn spec(&mut self, s: Spec) -> SpecId {
        self.f.specs.push(s);
        SpecId::new(self.f.specs.len() as u32 - 1)
    }
    fn field(&mut self, fl: Field) -> FieldId {
        self.f.fields.push(fl);
        FieldId::new(self.f.fields.len() as u32 - 1)
    }
    fn field_list(&mut self, opening: Pos, list: List<FieldId>, closing: Pos) -> FieldListId {
        self.f.field_lists.push(FieldList { opening, list, closing });
        FieldListId::new(self.f.field_lists.len() as u32 - 1)
    }
    fn bad_expr(&mut self, from: Pos, to: Pos) -> ExprId {
        self.expr(Expr::Bad { from, to })
    }
    fn ident(&mut self, pos: Pos, name: Symbol) -> ExprId {
        self.expr(Expr::Ident { pos, name })
    }

    /// Moves the scratch expressions above `base` into the pool.
    fn expr_list(&mut self, base: usize) -> List<ExprId> {
        let start = self.f.expr_pool.len() as u32;
        self.f.expr_pool.extend(self.exprs.drain(base..));
        List::new(start, self.f.expr_pool.len() as u32 - start)
    }
    fn expr_list_of(&mut self, items: &[ExprId]) -> List<ExprId> {
        let start = self.f.expr_pool.len() as u32;
        self.f.expr_pool.extend_from_slice(items);
        List::new(start, items.len() as u32)
    }
    fn stmt_list(&mut self, base: usize) -> List<StmtId> {
        let start = self.f.stmt_pool.len() as u32;
        self.f.stmt_pool.extend(self.stmts.drain(base..));
        List::new(start, self.f.stmt_pool.len() as u32 - start)
    }
    fn field_list_items(&mut self, base: usize) -> List<FieldId> {
        let start = self.f.field_pool.len() as u32;
        self.f.field_pool.extend(self.fields.drain(base..));
        List::new(start, self.f.field_pool.len() as u32 - start)
    }
    fn spec_list(&mut self, base: usize) -> List<SpecId> {
        let start = self.f.spec_pool.len() as u32;
        self.f.spec_pool.extend(self.specs.drain(base..));
        List::new(start, self.f.spec_pool.len() as u32 - start)
    }

    /// Interns an identifier, through this thread's cache (held for the
    /// whole parse) and then the lock-free shared table.
    fn intern(&mut self, text: &'a str) -> Symbol {
        self.names.intern(text)
    }

    fn text(&self, lo: Pos, hi: Pos) -> &'a str {
        &self.src[lo as usize..hi as usize]
    }

    // ------------------------------------------------------------------
    // Tokens and comments

    fn drain_scan_errors(&mut self) {
        if self.lx.errors.is_empty() {
            return;
        }
        let errs = std::mem::take(&mut self.lx.errors);
        for (offset, msg) in errs {
            let line = self.line_of(offset);
            self.errors.push((offset, line, msg));
        }
    }

    /// The line of `offset` as go/parser's error filter sees it: after
    /// `//line` directives (go/token's `Position`, not `PositionFor(_, false)`).
    fn line_of(&mut self, offset: Pos) -> u32 {
        let src = self.src;
        let lines = self.lines.get_or_insert_with(|| LineIndex::new(src));
        let offset = offset.min(src.len() as u32);
        let line = lines.line(offset);
        let directives = &self.lx.line_directives;
        match directives.partition_point(|&(next, _)| next <= offset).checked_sub(1) {
            Some(i) => {
                let (next, directive_line) = directives[i];
                directive_line.wrapping_add(line.wrapping_sub(lines.line(next)))
            }
            None => line,
        }
    }

    fn set(&mut self, t: TokenHead) {
        self.tok = t.tok;
        self.pos = t.pos;
        self.nl = t.newline;
        self.end = self.lx.token_end as u32;
        self.line = self.lx.token_line;
    }

    /// Advances to the next token, comments included.
    fn next0(&mut self) {
        if self.bailed {
            self.tok = Token::Eof;
            self.pos = self.src.len() as u32;
            self.end = self.pos;
            return;
        }
        let mut t = self.lx.next_token();
        // gc's scanner reports an invalid character and goes on as if it
        // were not there.
        while self.gc && t.tok == Token::Illegal {
            if !self.lx.errors.is_empty() {
                self.drain_scan_errors();
            }
            t = self.lx.next_token();
        }
        if !self.lx.errors.is_empty() {
            self.drain_scan_errors();
        }
        self.set(t);
        if t.tok == Token::Comment {
            let text = self.text(self.pos, self.end);
            if self.top
                && text.starts_with("//go:build")
                && let Ok(x) = constraint::parse(text)
            {
                self.f.go_version = x.go_version();
            }
        } else {
            self.top = false;
        }
    }

    /// Consumes a comment; returns it and the line on which it ends.
    fn consume_comment(&mut self) -> (CommentId, u32) {
        let mut endline = self.line;
        let text = self.text(self.pos, self.end);
        if text.as_bytes()[1] == b'*' {
            endline += text.bytes().filter(|&b| b == b'\n').count() as u32;
        }
        self.f.comments.push(Comment { slash: self.pos, end: self.end });
        let id = CommentId::new(self.f.comments.len() as u32 - 1);
        self.next0();
        (id, endline)
    }

    /// Consumes a group of adjacent comments (ended by a token or by more
    /// than `n` empty lines) and records it.
    fn consume_comment_group(&mut self, n: u32) -> (CommentGroupId, u32) {
        let base = self.comments.len();
        let mut endline = self.line;
        while self.tok == Token::Comment && self.line <= endline + n {
            let (c, e) = self.consume_comment();
            self.comments.push(c);
            endline = e;
        }
        let start = self.f.comment_pool.len() as u32;
        self.f.comment_pool.extend(self.comments.drain(base..));
        let list = List::new(start, self.f.comment_pool.len() as u32 - start);
        self.f.comment_groups.push(CommentGroup { list });
        (CommentGroupId::new(self.f.comment_groups.len() as u32 - 1), endline)
    }

    /// Advances to the next non-comment token, collecting comment groups and
    /// remembering the last lead and line comments.
    fn next(&mut self) {
        self.lead_comment = None;
        self.line_comment = None;
        let prev_line = self.line;
        self.next0();
        if self.tok != Token::Comment {
            return;
        }
        let mut comment = None;
        if self.line == prev_line {
            // On the same line as the previous token: not a lead comment,
            // but maybe a line comment.
            let (c, endline) = self.consume_comment_group(0);
            comment = Some(c);
            if self.line != endline || self.tok == Token::Semicolon || self.tok == Token::Eof {
                self.line_comment = Some(c);
            }
        }
        let mut endline: i64 = -1;
        while self.tok == Token::Comment {
            let (c, e) = self.consume_comment_group(1);
            comment = Some(c);
            endline = e as i64;
        }
        if endline + 1 == self.line as i64 {
            self.lead_comment = comment;
        }
    }

    fn error(&mut self, pos: Pos, msg: impl Into<String>) {
        if self.bailed {
            return;
        }
        let line = self.line_of(pos);
        // gc counts only syntax errors, not the scanner's, against its one
        // per line.
        let last = match self.gc {
            true => self.errors.iter().rev().find(|e| e.2.starts_with("syntax error")),
            false => self.errors.last(),
        };
        if last.is_some_and(|last| last.1 == line) {
            return; // likely spurious: one error per line
        }
        if self.errors.len() > 10 {
            self.bailed = true;
            return;
        }
        self.errors.push((pos, line, format!("syntax error: {}", msg.into())));
    }

    /// Reports a missing token in gc's words: `unexpected X, expected Y`.
    fn error_expected(&mut self, pos: Pos, what: &str) {
        let what = what.strip_prefix('\'').and_then(|w| w.strip_suffix('\'')).unwrap_or(what);
        let msg = if pos == self.pos {
            format!("unexpected {}, expected {what}", self.tok_description())
        } else {
            format!("expected {what}")
        };
        self.error(pos, msg);
    }

    /// The current token as gc names it in "unexpected …" messages.
    fn tok_description(&self) -> String {
        match self.tok {
            Token::Semicolon if self.nl => "newline".into(),
            Token::Eof => "EOF".into(),
            Token::Semicolon => "semicolon".into(),
            Token::Comma => "comma".into(),
            Token::Ident => format!("name {}", self.lit()),
            t if t.is_literal() => format!("literal {}", self.lit()),
            t if t.is_keyword() => format!("keyword {t}"),
            t => t.as_str().into(),
        }
    }

    /// The current token's literal text, as go/scanner reports it.
    fn lit(&self) -> &'a str {
        self.text(self.pos, self.end)
    }

    fn expect(&mut self, tok: Token) -> Pos {
        let pos = self.pos;
        if self.tok != tok {
            self.error_expected(pos, &format!("'{tok}'"));
        }
        self.next();
        pos
    }

    /// Like `expect`, but returns [`NO_POS`] when the token is missing.
    fn expect2(&mut self, tok: Token) -> Pos {
        let mut pos = NO_POS;
        if self.tok == tok {
            pos = self.pos;
        } else {
            self.error_expected(self.pos, &format!("'{tok}'"));
        }
        self.next();
        pos
    }

    fn expect_closing(&mut self, tok: Token, context: &str) -> Pos {
        if self.tok != tok && self.tok == Token::Semicolon && self.nl {
            self.error(self.pos, format!("missing ',' before newline in {context}"));
            self.next();
        }
        self.expect(tok)
    }

    /// Consumes a semicolon and returns the applicable line comment.
    fn expect_semi(&mut self) -> Option<CommentGroupId> {
        match self.tok {
            // gc: `;` is optional before `}`, and before the `)` closing a
            // declaration group.
            Token::RParen if !self.gc || self.in_group => None,
            Token::RBrace => None,
            Token::Comma | Token::Semicolon => {
                if self.tok == Token::Comma {
                    self.error_expected(self.pos, "';'");
                }
                if self.tok == Token::Semicolon && !self.nl {
                    // explicit ';' (or ',' standing in for one): use following comments
                    self.next();
                    self.line_comment
                } else {
                    // inserted semicolon: use preceding comments
                    let c = self.line_comment;
                    self.next();
                    c
                }
            }
            _ if self.gc => {
                // gc's words and recovery: to the statement's end in a
                // function, else to the next declaration.
                let tok = self.tok_description();
                use Token::*;
                if self.func_nest > 0 {
                    self.error(self.pos, format!("unexpected {tok} at end of statement"));
                    self.advance_gc(&[Semicolon, RBrace, Case, Default]);
                    if self.tok == Semicolon {
                        self.next();
                    }
                } else {
                    self.error(self.pos, format!("unexpected {tok} after top level declaration"));
                    self.advance_gc(&[Import, Const, Type, Var, Func]);
                }
                None
            }
            _ => {
                self.error_expected(self.pos, "';'");
                self.advance(Sync::StmtStart);
                None
            }
        }
    }

    fn at_comma(&mut self, context: &str, follow: Token) -> bool {
        if self.tok == Token::Comma {
            return true;
        }
        if self.tok != follow {
            let mut msg = String::from("missing ','");
            if self.tok == Token::Semicolon && self.nl {
                msg.push_str(" before newline");
            }
            self.error(self.pos, format!("{msg} in {context}"));
            if self.gc {
                // gc skips to a closing bracket; the list ends there, and
                // is closed only if it is its own.
                self.advance_gc(&[Token::RParen, Token::RBrack, Token::RBrace]);
                self.list_abandoned = self.tok != follow;
                return false;
            }
            return true; // "insert" a comma and continue
        }
        false
    }

    /// Closes a list parsed with [`Parser::at_comma`]: expects its closing
    /// token, unless gc's recovery abandoned the list.
    fn close_list(&mut self, tok: Token, context: &str) -> Pos {
        if std::mem::take(&mut self.list_abandoned) {
            return self.pos;
        }
        self.expect_closing(tok, context)
    }

    /// gc's `advance`: skips tokens until one in `to` or EOF, stopping also
    /// at a statement keyword inside a function body.
    fn advance_gc(&mut self, to: &[Token]) {
        while self.tok != Token::Eof && !to.contains(&self.tok) {
            if self.func_nest > 0 && Sync::StmtStart.contains(self.tok) {
                return;
            }
            self.next();
        }
    }

    /// Skips tokens until one in `to` (or EOF), for error recovery.
    fn advance(&mut self, to: Sync) {
        while self.tok != Token::Eof {
            if to.contains(self.tok) {
                if self.pos == self.sync_pos && self.sync_cnt < 10 {
                    self.sync_cnt += 1;
                    return;
                }
                if self.pos > self.sync_pos || self.sync_pos == NO_POS {
                    self.sync_pos = self.pos;
                    self.sync_cnt = 0;
                    return;
                }
            }
            self.next();
        }
    }

    /// Runs `job` with at least [`STACK_RED_ZONE`] bytes of stack free, on
    /// a new stack segment if need be (nesting is unbounded in Go source).
    /// The bound of the current segment is cached, so that the common case
    /// is one comparison rather than `stacker`'s thread-local lookup.
    fn with_stack<R>(&mut self, job: impl FnOnce(&mut Self) -> R) -> R {
        if stack_address() > self.stack_floor {
            return job(self);
        }
        let outer_floor = self.stack_floor;
        let result = stacker::maybe_grow(STACK_RED_ZONE, STACK_SEGMENT, || {
            self.stack_floor = stack_floor_here();
            job(self)
        });
        self.stack_floor = outer_floor;
        result
    }

    /// Counts one nesting level; false (after reporting) when too deep.
    fn inc_nest(&mut self) -> bool {
        self.nest_lev += 1;
        if self.nest_lev > MAX_NEST_LEV {
            self.error(self.pos, "exceeded max nesting depth");
            self.bailed = true;
            self.tok = Token::Eof;
            return false;
        }
        true
    }

    // ------------------------------------------------------------------
    // Positions needed for error recovery

    fn expr_pos(&self, id: ExprId) -> Pos {
        self.f.expr_pos(id)
    }
    fn expr_end(&self, id: ExprId) -> Pos {
        self.f.expr_end(id, self.names.interner())
    }
    fn stmt_pos(&self, id: StmtId) -> Pos {
        self.f.stmt_pos(id)
    }
    fn stmt_end(&self, id: StmtId) -> Pos {
        self.f.stmt_end(id, self.names.interner())
    }

    // ------------------------------------------------------------------
    // Identifiers and lists

    fn parse_ident(&mut self) -> ExprId {
        let pos = self.pos;
        if self.tok == Token::Ident {
            let name = if self.lx.ident_pos == pos {
                let words = self.lx.ident_words;
                self.names.intern_words(self.lit(), words)
            } else {
                self.intern(self.lit())
            };
            self.next();
            return self.ident(pos, name);
        }
        self.expect(Token::Ident);
        self.ident(pos, self.underscore)
    }

    fn parse_ident_list(&mut self) -> List<ExprId> {
        let base = self.exprs.len();
        let id = self.parse_ident();
        self.exprs.push(id);
        while self.tok == Token::Comma {
            self.next();
            let id = self.parse_ident();
            self.exprs.push(id);
        }
        self.expr_list(base)
    }

    fn parse_expr_list(&mut self) -> List<ExprId> {
        let base = self.exprs.len();
        let x = self.parse_expr();
        self.exprs.push(x);
        while self.tok == Token::Comma {
            self.next();
            let x = self.parse_expr();
            self.exprs.push(x);
        }
        self.expr_list(base)
    }

    fn parse_list(&mut self, in_rhs: bool) -> List<ExprId> {
        let old = self.in_rhs;
        self.in_rhs = in_rhs;
        let list = self.parse_expr_list();
        self.in_rhs = old;
        list
    }

    // ------------------------------------------------------------------
    // Types

    fn parse_type(&mut self) -> ExprId {
        match self.try_ident_or_type() {
            Some(t) => t,
            None => {
                let pos = self.pos;
                self.error_expected(pos, "type");
                self.advance(Sync::ExprEnd);
                self.bad_expr(pos, self.pos)
            }
        }
    }

    fn parse_qualified_ident(&mut self, ident: Option<ExprId>) -> ExprId {
        let typ = self.parse_type_name(ident);
        if self.tok == Token::LBrack { self.parse_type_instance(typ) } else { typ }
    }

    fn parse_type_name(&mut self, ident: Option<ExprId>) -> ExprId {
        let ident = ident.unwrap_or_else(|| self.parse_ident());
        if self.tok == Token::Period {
            self.next();
            let sel = self.parse_ident();
            return self.expr(Expr::Selector { x: ident, sel });
        }
        ident
    }

    /// `[` has been consumed at `lbrack`; `len` is an already parsed length.
    fn parse_array_type(&mut self, lbrack: Pos, len: Option<ExprId>) -> ExprId {
        let mut len = len;
        if len.is_none() {
            self.expr_lev += 1;
            if self.tok == Token::Ellipsis {
                len = Some(self.expr(Expr::Ellipsis { pos: self.pos, elt: None }));
                self.next();
            } else if self.tok != Token::RBrack {
                len = Some(self.parse_rhs());
            }
            self.expr_lev -= 1;
        }
        if self.tok == Token::Comma {
            self.error(self.pos, "unexpected comma; expecting ]");
            self.next();
        }
        self.expect(Token::RBrack);
        let elt = self.parse_type();
        self.expr(Expr::ArrayType { lbrack, len, elt })
    }

    /// After a field name: `x [N]E`, `x []E`, or the embedded instance `x[P]`.
    /// Returns the name (None if it was a type) and the type.
    fn parse_array_field_or_type_instance(&mut self, x: ExprId) -> (Option<ExprId>, ExprId) {
        let lbrack = self.expect(Token::LBrack);
        let mut trailing_comma = NO_POS;
        let base = self.exprs.len();
        if self.tok != Token::RBrack {
            self.expr_lev += 1;
            let a = self.parse_rhs();
            self.exprs.push(a);
            while self.tok == Token::Comma {
                let comma = self.pos;
                self.next();
                if self.tok == Token::RBrack {
                    trailing_comma = comma;
                    break;
                }
                let a = self.parse_rhs();
                self.exprs.push(a);
            }
            self.expr_lev -= 1;
        }
        let rbrack = self.expect(Token::RBrack);
        let nargs = self.exprs.len() - base;
        if nargs == 0 {
            let elt = self.parse_type();
            return (Some(x), self.expr(Expr::ArrayType { lbrack, len: None, elt }));
        }
        if nargs == 1
            && let Some(elt) = self.try_ident_or_type()
        {
            if trailing_comma != NO_POS {
                self.error(trailing_comma, "unexpected comma; expecting ]");
            }
            let len = self.exprs.pop();
            return (Some(x), self.expr(Expr::ArrayType { lbrack, len, elt }));
        }
        let args = self.expr_list(base);
        (None, self.pack_index_expr(x, lbrack, args, rbrack))
    }

    fn parse_field_decl(&mut self) -> FieldId {
        let doc = self.lead_comment;
        let mut names = List::default();
        let typ;
        match self.tok {
            Token::Ident => {
                let name = self.parse_ident();
                if matches!(self.tok, Token::Period | Token::String | Token::Semicolon | Token::RBrace) {
                    // embedded type
                    typ = if self.tok == Token::Period { self.parse_qualified_ident(Some(name)) } else { name };
                } else {
                    let base = self.exprs.len();
                    self.exprs.push(name);
                    while self.tok == Token::Comma {
                        self.next();
                        let n = self.parse_ident();
                        self.exprs.push(n);
                    }
                    // An embedded instance T[P1, P2] or a field T of array type.
                    if self.exprs.len() - base == 1 && self.tok == Token::LBrack {
                        self.exprs.truncate(base);
                        let (n, t) = self.parse_array_field_or_type_instance(name);
                        if n.is_some() {
                            names = self.expr_list_of(&[name]);
                        }
                        typ = t;
                    } else {
                        names = self.expr_list(base);
                        typ = self.parse_type();
                    }
                }
            }
            Token::Mul => {
                let star = self.pos;
                self.next();
                let x = if self.tok == Token::LParen {
                    self.error(self.pos, "cannot parenthesize embedded type");
                    self.next();
                    let t = self.parse_qualified_ident(None);
                    if self.tok == Token::RParen {
                        self.next();
                    }
                    t
                } else {
                    self.parse_qualified_ident(None)
                };
                typ = self.expr(Expr::Star { star, x });
            }
            Token::LParen => {
                self.error(self.pos, "cannot parenthesize embedded type");
                self.next();
                if self.tok == Token::Mul {
                    let star = self.pos;
                    self.next();
                    let x = self.parse_qualified_ident(None);
                    typ = self.expr(Expr::Star { star, x });
                } else {
                    typ = self.parse_qualified_ident(None);
                }
                if self.tok == Token::RParen {
                    self.next();
                }
            }
            _ => {
                let pos = self.pos;
                self.error_expected(pos, "field name or embedded type");
                self.advance(Sync::ExprEnd);
                typ = self.bad_expr(pos, self.pos);
            }
        }
        let mut tag = None;
        if self.tok == Token::String {
            tag = Some(self.expr(Expr::BasicLit { pos: self.pos, end: self.end, kind: LitKind::String }));
            self.next();
        }
        let comment = self.expect_semi();
        self.field(Field { doc, names, ty: typ, tag, comment })
    }

    fn parse_struct_type(&mut self) -> ExprId {
        let pos = self.expect(Token::Struct);
        let lbrace = self.expect(Token::LBrace);
        let base = self.fields.len();
        while matches!(self.tok, Token::Ident | Token::Mul | Token::LParen) {
            let f = self.parse_field_decl();
            self.fields.push(f);
        }
        let rbrace = self.expect(Token::RBrace);
        let list = self.field_list_items(base);
        let fields = self.field_list(lbrace, list, rbrace);
        self.expr(Expr::StructType { struct_pos: pos, fields, incomplete: false })
    }

    fn parse_pointer_type(&mut self) -> ExprId {
        let star = self.expect(Token::Mul);
        let x = self.parse_type();
        self.expr(Expr::Star { star, x })
    }

    fn parse_dots_type(&mut self) -> ExprId {
        let pos = self.expect(Token::Ellipsis);
        let elt = self.parse_type();
        self.expr(Expr::Ellipsis { pos, elt: Some(elt) })
    }

    fn parse_param_decl(&mut self, name: Option<ExprId>, type_sets_ok: bool) -> Param {
        let mut f = Param { name: None, ty: None };
        let ptok = self.tok;
        if name.is_some() {
            self.tok = Token::Ident; // force the identifier case below
        } else if type_sets_ok && self.tok == Token::Tilde {
            return Param { name: None, ty: Some(self.embedded_elem(None)) };
        }
        match self.tok {
            Token::Ident => {
                if let Some(n) = name {
                    f.name = Some(n);
                    self.tok = ptok;
                } else {
                    f.name = Some(self.parse_ident());
                }
                match self.tok {
                    Token::Ident
                    | Token::Mul
                    | Token::Arrow
                    | Token::Func
                    | Token::Chan
                    | Token::Map
                    | Token::Struct
                    | Token::Interface
                    | Token::LParen => f.ty = Some(self.parse_type()),
                    Token::LBrack => {
                        let (n, t) = self.parse_array_field_or_type_instance(f.name.unwrap_or_else(|| unreachable!()));
                        f.name = n;
                        f.ty = Some(t);
                    }
                    Token::Ellipsis => {
                        f.ty = Some(self.parse_dots_type());
                        return f;
                    }
                    Token::Period => {
                        f.ty = Some(self.parse_qualified_ident(f.name));
                        f.name = None;
                    }
                    Token::Tilde if type_sets_ok => {
                        f.ty = Some(self.embedded_elem(None));
                        return f;
                    }
                    Token::Or if type_sets_ok => {
                        f.ty = Some(self.embedded_elem(f.name));
                        f.name = None;
                        return f;
                    }
                    _ => {}
                }
            }
            Token::Mul
            | Token::Arrow
            | Token::Func
            | Token::LBrack
            | Token::Chan
            | Token::Map
            | Token::Struct
            | Token::Interface
            | Token::LParen => f.ty = Some(self.parse_type()),
            Token::Ellipsis => {
                f.ty = Some(self.parse_dots_type());
                return f;
            }
            _ => {
                self.error_expected(self.pos, "')'");
                self.advance(Sync::ExprEnd);
            }
        }
        if type_sets_ok
            && self.tok == Token::Or
            && let Some(t) = f.ty
        {
            f.ty = Some(self.embedded_elem(Some(t)));
        }
        f
    }

    fn parse_parameter_list(
        &mut self,
        name0: Option<ExprId>,
        typ0: Option<ExprId>,
        closing: Token,
        dddok: bool,
    ) -> List<FieldId> {
        let tparams = closing == Token::RBrack;
        let pos0 = match (name0, typ0) {
            (Some(n), _) => self.expr_pos(n),
            (None, Some(t)) => self.expr_pos(t),
            _ => self.pos,
        };
        let (mut name0, mut typ0) = (name0, typ0);
        let mut list: Vec<Param> = Vec::new();
        let mut named = 0;
        let mut typed = 0;
        while name0.is_some() || self.tok != closing && self.tok != Token::Eof {
            let par = match typ0 {
                Some(mut t) => {
                    if tparams {
                        t = self.embedded_elem(Some(t));
                    }
                    Param { name: name0, ty: Some(t) }
                }
                None => self.parse_param_decl(name0, tparams),
            };
            name0 = None;
            typ0 = None;
            if par.name.is_some() || par.ty.is_some() {
                list.push(par);
                if par.name.is_some() && par.ty.is_some() {
                    named += 1;
                }
                if par.ty.is_some() {
                    typed += 1;
                }
            }
            if !self.at_comma("parameter list", closing) {
                break;
            }
            self.next();
        }
        if list.is_empty() {
            return List::default();
        }
        if named == 0 {
            // All unnamed: the names found are type names.
            for par in &mut list {
                if let Some(t) = par.name.take() {
                    par.ty = Some(t);
                }
            }
            if tparams {
                let (err_pos, msg) = if named == typed {
                    (self.pos, "missing type constraint".to_string())
                } else {
                    let mut msg = "missing type parameter name".to_string();
                    if list.len() == 1 {
                        msg.push_str(" or invalid array length");
                    }
                    (pos0, msg)
                };
                self.error(err_pos, msg);
            }
        } else if named != list.len() {
            self.distribute_param_types(&mut list, named, typed, tparams);
        }
        self.check_ellipsis_params(&mut list, dddok);
        self.params_to_fields(&list, named)
    }

    /// Some parameters are named: all must be. Fills in types right to left
    /// and reports what is missing.
    fn distribute_param_types(&mut self, list: &mut [Param], named: usize, typed: usize, tparams: bool) {
        let mut err_pos = NO_POS;
        let mut typ: Option<ExprId> = None;
        for par in list.iter_mut().rev() {
            if let Some(t) = par.ty {
                typ = Some(t);
                if par.name.is_none() {
                    err_pos = self.expr_pos(t);
                    par.name = Some(self.ident(err_pos, self.underscore));
                }
            } else if typ.is_some() {
                par.ty = typ;
            } else {
                let n = par.name.unwrap_or_else(|| unreachable!());
                err_pos = self.expr_pos(n);
                par.ty = Some(self.bad_expr(err_pos, self.pos));
            }
        }
        if err_pos == NO_POS {
            return;
        }
        let msg = if named == typed {
            err_pos = self.pos;
            if tparams { "missing type constraint" } else { "missing parameter type" }.to_string()
        } else if tparams {
            let mut m = "missing type parameter name".to_string();
            if list.len() == 1 {
                m.push_str(" or invalid array length");
            }
            m
        } else {
            "missing parameter name".to_string()
        };
        self.error(err_pos, msg);
    }

    fn check_ellipsis_params(&mut self, list: &mut [Param], dddok: bool) {
        let mut first = true;
        let n = list.len();
        for (i, par) in list.iter_mut().enumerate() {
            let Some(t) = par.ty else { continue };
            let Expr::Ellipsis { pos, .. } = *self.f.expr(t) else {
                continue;
            };
            if dddok && i + 1 == n {
                continue;
            }
            if first {
                first = false;
                self.error(pos, if dddok { "can only use ... with final parameter" } else { "invalid use of ..." });
            }
            let end = self.expr_end(t);
            par.ty = Some(self.bad_expr(pos, end));
        }
    }

    fn params_to_fields(&mut self, list: &[Param], named: usize) -> List<FieldId> {
        let base = self.fields.len();
        if named == 0 {
            for par in list {
                let ty = par.ty.unwrap_or_else(|| unreachable!());
                let f = self.field(Field { doc: None, names: List::default(), ty, tag: None, comment: None });
                self.fields.push(f);
            }
            return self.field_list_items(base);
        }
        // Group consecutive names of the same type into one field.
        let mut i = 0;
        while i < list.len() {
            let ty = list[i].ty;
            let mut j = i;
            let nbase = self.exprs.len();
            while j < list.len() && list[j].ty == ty {
                self.exprs.push(list[j].name.unwrap_or_else(|| unreachable!()));
                j += 1;
            }
            let names = self.expr_list(nbase);
            let ty = ty.unwrap_or_else(|| unreachable!());
            let f = self.field(Field { doc: None, names, ty, tag: None, comment: None });
            self.fields.push(f);
            i = j;
        }
        self.field_list_items(base)
    }

    fn parse_type_parameters(&mut self) -> Option<FieldListId> {
        let lbrack = self.expect(Token::LBrack);
        let mut list = List::default();
        if self.tok != Token::RBrack {
            list = self.parse_parameter_list(None, None, Token::RBrack, false);
        }
        let rbrack = self.expect(Token::RBrack);
        if list.is_empty() {
            self.error(rbrack, "empty type parameter list");
            return None;
        }
        Some(self.field_list(lbrack, list, rbrack))
    }

    fn parse_parameters(&mut self, result: bool) -> Option<FieldListId> {
        if !result || self.tok == Token::LParen {
            let lparen = self.expect(Token::LParen);
            let mut list = List::default();
            if self.tok != Token::RParen {
                list = self.parse_parameter_list(None, None, Token::RParen, !result);
            }
            let rparen = self.expect(Token::RParen);
            return Some(self.field_list(lparen, list, rparen));
        }
        let ty = self.try_ident_or_type()?;
        let f = self.field(Field { doc: None, names: List::default(), ty, tag: None, comment: None });
        let start = self.f.field_pool.len() as u32;
        self.f.field_pool.push(f);
        Some(self.field_list(NO_POS, List::new(start, 1), NO_POS))
    }

    fn parse_signature(&mut self, func_pos: Pos, type_params: Option<FieldListId>) -> ExprId {
        let params = self.parse_parameters(false).unwrap_or_else(|| unreachable!());
        let results = self.parse_parameters(true);
        self.expr(Expr::FuncType { func_pos, type_params, params, results })
    }

    fn parse_func_type(&mut self) -> ExprId {
        let pos = self.expect(Token::Func);
        if self.tok == Token::LBrack
            && let Some(tp) = self.parse_type_parameters()
        {
            let opening = self.f.field_list(tp).opening;
            self.error(opening, "function type must have no type parameters");
        }
        self.parse_signature(pos, None)
    }

    fn parse_method_spec(&mut self) -> FieldId {
        let doc = self.lead_comment;
        let mut names = List::default();
        let typ;
        let x = self.parse_type_name(None);
        if let Expr::Ident { .. } = self.f.expr(x) {
            if self.tok == Token::LBrack {
                // generic method or embedded instantiated type
                let lbrack = self.pos;
                self.next();
                self.expr_lev += 1;
                let x0 = self.parse_expr();
                self.expr_lev -= 1;
                if matches!(self.f.expr(x0), Expr::Ident { .. })
                    && self.tok != Token::Comma
                    && self.tok != Token::RBrack
                {
                    // m[T any]: parsed for a better error message.
                    self.parse_parameter_list(Some(x0), None, Token::RBrack, false);
                    self.expect(Token::RBrack);
                    self.error(lbrack, "interface method must have no type parameters");
                    names = self.expr_list_of(&[x]);
                    typ = self.parse_signature(NO_POS, None);
                } else {
                    let base = self.exprs.len();
                    self.exprs.push(x0);
                    if self.at_comma("type argument list", Token::RBrack) {
                        self.expr_lev += 1;
                        self.next();
                        while self.tok != Token::RBrack && self.tok != Token::Eof {
                            let t = self.parse_type();
                            self.exprs.push(t);
                            if !self.at_comma("type argument list", Token::RBrack) {
                                break;
                            }
                            self.next();
                        }
                        self.expr_lev -= 1;
                    }
                    let rbrack = self.expect_closing(Token::RBrack, "type argument list");
                    let list = self.expr_list(base);
                    typ = self.pack_index_expr(x, lbrack, list, rbrack);
                }
            } else if self.tok == Token::LParen {
                names = self.expr_list_of(&[x]);
                typ = self.parse_signature(NO_POS, None);
            } else {
                typ = x;
            }
        } else {
            typ = if self.tok == Token::LBrack { self.parse_type_instance(x) } else { x };
        }
        self.field(Field { doc, names, ty: typ, tag: None, comment: None })
    }

    fn embedded_elem(&mut self, x: Option<ExprId>) -> ExprId {
        let mut x = x.unwrap_or_else(|| self.embedded_term());
        while self.tok == Token::Or {
            let op_pos = self.pos;
            self.next();
            let y = self.embedded_term();
            x = self.expr(Expr::Binary { x, op_pos, op: Token::Or, y });
        }
        x
    }

    fn embedded_term(&mut self) -> ExprId {
        if self.tok == Token::Tilde {
            let op_pos = self.pos;
            self.next();
            let x = self.parse_type();
            return self.expr(Expr::Unary { op_pos, op: Token::Tilde, x });
        }
        match self.try_ident_or_type() {
            Some(t) => t,
            None => {
                let pos = self.pos;
                self.error_expected(pos, "~ term or type");
                self.advance(Sync::ExprEnd);
                self.bad_expr(pos, self.pos)
            }
        }
    }

    fn parse_interface_type(&mut self) -> ExprId {
        let pos = self.expect(Token::Interface);
        let lbrace = self.expect(Token::LBrace);
        let base = self.fields.len();
        loop {
            let f = if self.tok == Token::Ident {
                let f = self.parse_method_spec();
                if self.f.field(f).names.is_empty() {
                    let t = self.f.field(f).ty;
                    self.f.fields[f.index()].ty = self.embedded_elem(Some(t));
                }
                self.f.fields[f.index()].comment = self.expect_semi();
                f
            } else if self.tok == Token::Tilde {
                let ty = self.embedded_elem(None);
                let comment = self.expect_semi();
                self.field(Field { doc: None, names: List::default(), ty, tag: None, comment })
            } else if let Some(t) = self.try_ident_or_type() {
                let ty = self.embedded_elem(Some(t));
                let comment = self.expect_semi();
                self.field(Field { doc: None, names: List::default(), ty, tag: None, comment })
            } else {
                break;
            };
            self.fields.push(f);
        }
        let rbrace = self.expect(Token::RBrace);
        let list = self.field_list_items(base);
        let methods = self.field_list(lbrace, list, rbrace);
        self.expr(Expr::InterfaceType { interface_pos: pos, methods, incomplete: false })
    }

    fn parse_map_type(&mut self) -> ExprId {
        let pos = self.expect(Token::Map);
        self.expect(Token::LBrack);
        let key = self.parse_type();
        self.expect(Token::RBrack);
        let value = self.parse_type();
        self.expr(Expr::MapType { map_pos: pos, key, value })
    }

    fn parse_chan_type(&mut self) -> ExprId {
        let begin = self.pos;
        let mut dir = ChanDir::Both;
        let mut arrow = NO_POS;
        if self.tok == Token::Chan {
            self.next();
            if self.tok == Token::Arrow {
                arrow = self.pos;
                self.next();
                dir = ChanDir::Send;
            }
        } else {
            arrow = self.expect(Token::Arrow);
            self.expect(Token::Chan);
            dir = ChanDir::Recv;
        }
        let value = self.parse_type();
        self.expr(Expr::ChanType { begin, arrow, dir, value })
    }

    fn parse_type_instance(&mut self, typ: ExprId) -> ExprId {
        let opening = self.expect(Token::LBrack);
        self.expr_lev += 1;
        let base = self.exprs.len();
        while self.tok != Token::RBrack && self.tok != Token::Eof {
            let t = self.parse_type();
            self.exprs.push(t);
            if !self.at_comma("type argument list", Token::RBrack) {
                break;
            }
            self.next();
        }
        self.expr_lev -= 1;
        let closing = self.expect_closing(Token::RBrack, "type argument list");
        if self.exprs.len() == base {
            self.error_expected(closing, "type argument list");
            let index = self.bad_expr(opening + 1, closing);
            return self.expr(Expr::Index { x: typ, lbrack: opening, index, rbrack: closing });
        }
        let list = self.expr_list(base);
        self.pack_index_expr(typ, opening, list, closing)
    }

    fn try_ident_or_type(&mut self) -> Option<ExprId> {
        self.with_stack(|p| {
            if !p.inc_nest() {
                p.nest_lev -= 1;
                return None;
            }
            let t = p.try_ident_or_type_inner();
            p.nest_lev -= 1;
            t
        })
    }

    fn try_ident_or_type_inner(&mut self) -> Option<ExprId> {
        Some(match self.tok {
            Token::Ident => {
                let t = self.parse_type_name(None);
                if self.tok == Token::LBrack { self.parse_type_instance(t) } else { t }
            }
            Token::LBrack => {
                let lbrack = self.expect(Token::LBrack);
                self.parse_array_type(lbrack, None)
            }
            Token::Struct => self.parse_struct_type(),
            Token::Mul => self.parse_pointer_type(),
            Token::Func => self.parse_func_type(),
            Token::Interface => self.parse_interface_type(),
            Token::Map => self.parse_map_type(),
            Token::Chan | Token::Arrow => self.parse_chan_type(),
            Token::LParen => {
                let lparen = self.pos;
                self.next();
                let x = self.parse_type();
                let rparen = self.expect(Token::RParen);
                self.expr(Expr::Paren { lparen, x, rparen })
            }
            _ => return None,
        })
    }

    // ------------------------------------------------------------------
    // Blocks

    fn parse_stmt_list(&mut self) -> List<StmtId> {
        let base = self.stmts.len();
        while !matches!(self.tok, Token::Case | Token::Default | Token::RBrace | Token::Eof) {
            if self.gc && !gc_starts_stmt(self.tok) {
                // gc ends the list here; its closer then expects `}`.
                break;
            }
            let s = self.parse_stmt();
            self.stmts.push(s);
        }
        self.stmt_list(base)
    }

    fn parse_block_stmt(&mut self) -> StmtId {
        let lbrace = self.expect(Token::LBrace);
        let list = self.parse_stmt_list();
        let rbrace = self.expect2(Token::RBrace);
        self.stmt(Stmt::Block { lbrace, list, rbrace })
    }

    // ------------------------------------------------------------------
    // Expressions

    fn parse_func_type_or_lit(&mut self) -> ExprId {
        let ty = self.parse_func_type();
        if self.tok != Token::LBrace {
            return ty;
        }
        self.expr_lev += 1;
        let body = self.parse_body();
        self.expr_lev -= 1;
        self.expr(Expr::FuncLit { ty, body })
    }

    /// An operand; may also be a type (`[...]T` included). Callers check.
    fn parse_operand(&mut self) -> ExprId {
        match self.tok {
            Token::Ident => return self.parse_ident(),
            Token::Int | Token::Float | Token::Imag | Token::Char | Token::String => {
                let kind = match self.tok {
                    Token::Int => LitKind::Int,
                    Token::Float => LitKind::Float,
                    Token::Imag => LitKind::Imag,
                    Token::Char => LitKind::Char,
                    _ => LitKind::String,
                };
                let x = self.expr(Expr::BasicLit { pos: self.pos, end: self.end, kind });
                self.next();
                return x;
            }
            Token::LParen => {
                let lparen = self.pos;
                self.next();
                self.expr_lev += 1;
                let x = self.parse_rhs(); // types may be parenthesized: (some type)
                self.expr_lev -= 1;
                let rparen = self.expect(Token::RParen);
                return self.expr(Expr::Paren { lparen, x, rparen });
            }
            Token::Func => return self.parse_func_type_or_lit(),
            _ => {}
        }
        if let Some(t) = self.try_ident_or_type() {
            return t;
        }
        let pos = self.pos;
        self.error_expected(pos, "operand");
        if self.gc {
            // gc stops at the next closing bracket, where the enclosing
            // list can end.
            self.advance_gc(&[Token::RParen, Token::RBrack, Token::RBrace]);
        } else {
            self.advance(Sync::StmtStart);
        }
        self.bad_expr(pos, self.pos)
    }

    fn parse_type_assertion(&mut self, x: ExprId) -> ExprId {
        let lparen = self.expect(Token::LParen);
        let ty = if self.tok == Token::Type {
            self.next();
            None
        } else {
            Some(self.parse_type())
        };
        let rparen = self.expect(Token::RParen);
        self.expr(Expr::TypeAssert { x, lparen, ty, rparen })
    }

    fn parse_index_or_slice_or_instance(&mut self, x: ExprId) -> ExprId {
        let lbrack = self.expect(Token::LBrack);
        if self.tok == Token::RBrack {
            // Empty index: accepted for tolerance, with an error.
            self.error_expected(self.pos, "operand");
            let rbrack = self.pos;
            self.next();
            let index = self.bad_expr(rbrack, rbrack);
            return self.expr(Expr::Index { x, lbrack, index, rbrack });
        }
        self.expr_lev += 1;
        let mut index: [Option<ExprId>; 3] = [None; 3];
        let mut colons = [NO_POS; 2];
        let base = self.exprs.len();
        if self.tok != Token::Colon {
            index[0] = Some(self.parse_rhs());
        }
        let mut ncolons = 0;
        match self.tok {
            Token::Colon => {
                while self.tok == Token::Colon && ncolons < 2 {
                    colons[ncolons] = self.pos;
                    ncolons += 1;
                    self.next();
                    if !matches!(self.tok, Token::Colon | Token::RBrack | Token::Eof) {
                        index[ncolons] = Some(self.parse_rhs());
                    }
                }
            }
            Token::Comma => {
                // instance expression
                self.exprs.push(index[0].unwrap_or_else(|| unreachable!()));
                while self.tok == Token::Comma {
                    self.next();
                    if self.tok != Token::RBrack && self.tok != Token::Eof {
                        let t = self.parse_type();
                        self.exprs.push(t);
                    }
                }
            }
            _ => {}
        }
        self.expr_lev -= 1;
        let rbrack = self.expect(Token::RBrack);
        if ncolons > 0 {
            let slice3 = ncolons == 2;
            if slice3 {
                if index[1].is_none() {
                    self.error(colons[0], "middle index required in 3-index slice");
                    index[1] = Some(self.bad_expr(colons[0] + 1, colons[1]));
                }
                if index[2].is_none() {
                    self.error(colons[1], "final index required in 3-index slice");
                    index[2] = Some(self.bad_expr(colons[1] + 1, rbrack));
                }
            }
            let [low, high, max] = index;
            return self.expr(Expr::Slice(SliceExpr { x, lbrack, low, high, max, slice3, rbrack }));
        }
        if self.exprs.len() == base {
            let index = index[0].unwrap_or_else(|| unreachable!());
            return self.expr(Expr::Index { x, lbrack, index, rbrack });
        }
        let list = self.expr_list(base);
        self.pack_index_expr(x, lbrack, list, rbrack)
    }

    fn parse_call_or_conversion(&mut self, fun: ExprId) -> ExprId {
        let lparen = self.expect(Token::LParen);
        self.expr_lev += 1;
        let base = self.exprs.len();
        let mut ellipsis = NO_POS;
        while self.tok != Token::RParen && self.tok != Token::Eof && ellipsis == NO_POS {
            let a = self.parse_rhs(); // builtins may expect a type: make(some type, ...)
            self.exprs.push(a);
            if self.tok == Token::Ellipsis {
                ellipsis = self.pos;
                self.next();
            }
            if !self.at_comma("argument list", Token::RParen) {
                break;
            }
            self.next();
        }
        self.expr_lev -= 1;
        let rparen = self.close_list(Token::RParen, "argument list");
        let args = self.expr_list(base);
        self.expr(Expr::Call { fun, lparen, args, ellipsis, rparen })
    }

    fn parse_value(&mut self) -> ExprId {
        if self.tok == Token::LBrace { self.parse_literal_value(None) } else { self.parse_expr() }
    }

    fn parse_element(&mut self) -> ExprId {
        let x = self.parse_value();
        if self.tok == Token::Colon {
            let colon = self.pos;
            self.next();
            let value = self.parse_value();
            return self.expr(Expr::KeyValue { key: x, colon, value });
        }
        x
    }

    fn parse_literal_value(&mut self, ty: Option<ExprId>) -> ExprId {
        self.with_stack(|p| {
            let ok = p.inc_nest();
            let x = if ok { p.parse_literal_value_inner(ty) } else { p.bad_expr(p.pos, p.pos) };
            p.nest_lev -= 1;
            x
        })
    }

    fn parse_literal_value_inner(&mut self, ty: Option<ExprId>) -> ExprId {
        let lbrace = self.expect(Token::LBrace);
        self.expr_lev += 1;
        let base = self.exprs.len();
        while self.tok != Token::RBrace && self.tok != Token::Eof {
            let e = self.parse_element();
            self.exprs.push(e);
            if !self.at_comma("composite literal", Token::RBrace) {
                break;
            }
            self.next();
        }
        self.expr_lev -= 1;
        let rbrace = self.close_list(Token::RBrace, "composite literal");
        let elts = self.expr_list(base);
        self.expr(Expr::CompositeLit { ty, lbrace, elts, rbrace, incomplete: false })
    }

    fn unparen(&self, mut x: ExprId) -> ExprId {
        while let Expr::Paren { x: inner, .. } = *self.f.expr(x) {
            x = inner;
        }
        x
    }

    fn parse_primary_expr(&mut self, x: Option<ExprId>) -> ExprId {
        let mut x = x.unwrap_or_else(|| self.parse_operand());
        let mut n = 0;
        let result = loop {
            n += 1;
            if !self.inc_nest() {
                break x;
            }
            match self.tok {
                Token::Period => {
                    self.next();
                    match self.tok {
                        Token::Ident => {
                            let sel = self.parse_ident();
                            x = self.expr(Expr::Selector { x, sel });
                        }
                        Token::LParen => x = self.parse_type_assertion(x),
                        _ => {
                            let pos = self.pos;
                            self.error_expected(pos, "selector or type assertion");
                            if self.tok != Token::RBrace {
                                self.next(); // make progress
                            }
                            let sel = self.ident(pos, self.underscore);
                            x = self.expr(Expr::Selector { x, sel });
                        }
                    }
                }
                Token::LBrack => x = self.parse_index_or_slice_or_instance(x),
                Token::LParen => x = self.parse_call_or_conversion(x),
                Token::LBrace => {
                    // A composite literal or the block of a statement?
                    let t = self.unparen(x);
                    let is_lit_type = match self.f.expr(t) {
                        Expr::Bad { .. }
                        | Expr::Ident { .. }
                        | Expr::Selector { .. }
                        | Expr::Index { .. }
                        | Expr::IndexList { .. } => self.expr_lev >= 0,
                        Expr::ArrayType { .. } | Expr::StructType { .. } | Expr::MapType { .. } => true,
                        _ => false,
                    };
                    if !is_lit_type {
                        break x;
                    }
                    if t != x {
                        let p = self.expr_pos(t);
                        self.error(p, "cannot parenthesize type in composite literal");
                    }
                    x = self.parse_literal_value(Some(x));
                }
                _ => break x,
            }
        };
        self.nest_lev -= n;
        result
    }

    fn parse_unary_expr(&mut self) -> ExprId {
        self.with_stack(|p| {
            let ok = p.inc_nest();
            let x = if ok { p.parse_unary_expr_inner() } else { p.bad_expr(p.pos, p.pos) };
            p.nest_lev -= 1;
            x
        })
    }

    fn parse_unary_expr_inner(&mut self) -> ExprId {
        match self.tok {
            Token::Add | Token::Sub | Token::Not | Token::Xor | Token::And | Token::Tilde => {
                let (op_pos, op) = (self.pos, self.tok);
                self.next();
                let x = self.parse_unary_expr();
                self.expr(Expr::Unary { op_pos, op, x })
            }
            Token::Arrow => {
                let arrow = self.pos;
                self.next();
                let x = self.parse_unary_expr();
                if let Expr::ChanType { .. } = self.f.expr(x) {
                    self.reassociate_recv_chan(arrow, x);
                    return x;
                }
                self.expr(Expr::Unary { op_pos: arrow, op: Token::Arrow, x })
            }
            Token::Mul => {
                let star = self.pos;
                self.next();
                let x = self.parse_unary_expr();
                self.expr(Expr::Star { star, x })
            }
            _ => self.parse_primary_expr(None),
        }
    }

    /// `<-` followed by a channel type: the arrow belongs to the type,
    /// `<-chan T` or `<-chan (<-chan T)`; re-associate positions and directions.
    fn reassociate_recv_chan(&mut self, arrow: Pos, x: ExprId) {
        let mut arrow = arrow;
        let mut dir = ChanDir::Send;
        let mut cur = Some(x);
        while let Some(id) = cur
            && dir == ChanDir::Send
        {
            let Expr::ChanType { arrow: t_arrow, dir: t_dir, value, .. } = *self.f.expr(id) else {
                break;
            };
            if t_dir == ChanDir::Recv {
                // (<-type) is (<-(<-chan T))
                self.error_expected(t_arrow, "'chan'");
            }
            self.f.exprs[id.index()] = Expr::ChanType { begin: arrow, arrow, dir: ChanDir::Recv, value };
            arrow = t_arrow;
            dir = t_dir;
            cur = matches!(self.f.expr(value), Expr::ChanType { .. }).then_some(value);
        }
        if dir == ChanDir::Send {
            self.error_expected(arrow, "channel type");
        }
    }

    fn tok_prec(&self) -> (Token, u8) {
        let tok = if self.in_rhs && self.tok == Token::Assign { Token::Eql } else { self.tok };
        (tok, tok.precedence())
    }

    fn parse_binary_expr(&mut self, x: Option<ExprId>, prec1: u8) -> ExprId {
        let mut x = x.unwrap_or_else(|| self.parse_unary_expr());
        let mut n = 0;
        let result = loop {
            n += 1;
            if !self.inc_nest() {
                break x;
            }
            let (op, oprec) = self.tok_prec();
            if oprec < prec1 {
                break x;
            }
            let op_pos = self.expect(op);
            let y = self.parse_binary_expr(None, oprec + 1);
            x = self.expr(Expr::Binary { x, op_pos, op, y });
        };
        self.nest_lev -= n;
        result
    }

    /// An expression; may be a type, even a raw `[...]T`.
    fn parse_expr(&mut self) -> ExprId {
        self.parse_binary_expr(None, LOWEST_PREC + 1)
    }

    fn parse_rhs(&mut self) -> ExprId {
        let old = self.in_rhs;
        self.in_rhs = true;
        let x = self.parse_expr();
        self.in_rhs = old;
        x
    }

    fn pack_index_expr(&mut self, x: ExprId, lbrack: Pos, exprs: List<ExprId>, rbrack: Pos) -> ExprId {
        if exprs.len == 1 {
            let index = self.f.expr_pool[exprs.start as usize];
            return self.expr(Expr::Index { x, lbrack, index, rbrack });
        }
        self.expr(Expr::IndexList { x, lbrack, indices: exprs, rbrack })
    }
}

#[path = "parser_stmt.rs"]
mod stmt;
