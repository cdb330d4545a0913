//! The syntax tree of one Go source file.
//!
//! The shape follows `go/ast` node for node and field for field, so that
//! the tree can be compared with go/parser's (see `dump`) and so that the
//! type checker can follow the spec's grammar directly. Nodes live in
//! per-file arenas and refer to each other by small typed ids; lists are
//! ranges into per-kind pools. Positions are byte offsets into the file;
//! [`NO_POS`] stands for an absent token (Go's `token.NoPos`).

use crate::intern::Symbol;
use crate::token::Token;
use std::marker::PhantomData;
use std::num::NonZeroU32;

/// A byte offset into the file.
pub type Pos = u32;
/// An absent position.
pub const NO_POS: Pos = u32::MAX;

macro_rules! ids {
    ($($(#[$m:meta])* $name:ident;)*) => {$(
        $(#[$m])*
        ///
        /// It holds its index plus one, so that `Option` of it takes no
        /// more room than it: the arenas hold millions of these.
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(NonZeroU32);
        impl $name {
            /// The id of the arena entry at `index`, which is below `u32::MAX`.
            #[inline]
            pub const fn new(index: u32) -> Self {
                match NonZeroU32::new(index.wrapping_add(1)) {
                    Some(n) => $name(n),
                    None => panic!("arena index out of range"),
                }
            }
            #[inline]
            pub fn index(self) -> usize {
                (self.0.get() - 1) as usize
            }
        }
        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, concat!(stringify!($name), "({})"), self.index())
            }
        }
    )*};
}

ids! {
    /// An expression or type node.
    ExprId;
    /// A statement node.
    StmtId;
    /// A top-level or local declaration.
    DeclId;
    /// An import, const, var or type spec.
    SpecId;
    /// A field, parameter, method or embedded element.
    FieldId;
    /// A parenthesised, bracketed or braced list of fields.
    FieldListId;
    /// A group of adjacent comments.
    CommentGroupId;
    /// One comment.
    CommentId;
}

/// A list of ids: a range in one of the file's pools.
pub struct List<T> {
    pub start: u32,
    pub len: u32,
    _kind: PhantomData<T>,
}

impl<T> Clone for List<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for List<T> {}
impl<T> std::fmt::Debug for List<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "List({}..+{})", self.start, self.len)
    }
}
impl<T> Default for List<T> {
    fn default() -> Self {
        List::new(0, 0)
    }
}
impl<T> List<T> {
    pub fn new(start: u32, len: u32) -> Self {
        List { start, len, _kind: PhantomData }
    }
    pub fn is_empty(self) -> bool {
        self.len == 0
    }
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..(self.start + self.len) as usize
    }
}

/// The kind of a basic literal.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Char,
    String,
}

impl LitKind {
    pub fn token(self) -> Token {
        match self {
            LitKind::Int => Token::Int,
            LitKind::Float => Token::Float,
            LitKind::Imag => Token::Imag,
            LitKind::Char => Token::Char,
            LitKind::String => Token::String,
        }
    }
}

/// Channel direction, as `go/ast.ChanDir` (1 send, 2 receive, 3 both).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ChanDir {
    Send = 1,
    Recv = 2,
    Both = 3,
}

#[derive(Clone, Copy, Debug)]
pub enum Expr {
    Bad {
        from: Pos,
        to: Pos,
    },
    Ident {
        pos: Pos,
        name: Symbol,
    },
    Ellipsis {
        pos: Pos,
        elt: Option<ExprId>,
    },
    /// `end` is the offset just past the literal; the text is `src[pos..end]`.
    BasicLit {
        pos: Pos,
        end: Pos,
        kind: LitKind,
    },
    FuncLit {
        ty: ExprId,
        body: StmtId,
    },
    CompositeLit {
        ty: Option<ExprId>,
        lbrace: Pos,
        elts: List<ExprId>,
        rbrace: Pos,
        incomplete: bool,
    },
    Paren {
        lparen: Pos,
        x: ExprId,
        rparen: Pos,
    },
    Selector {
        x: ExprId,
        sel: ExprId,
    },
    Index {
        x: ExprId,
        lbrack: Pos,
        index: ExprId,
        rbrack: Pos,
    },
    IndexList {
        x: ExprId,
        lbrack: Pos,
        indices: List<ExprId>,
        rbrack: Pos,
    },
    Slice(SliceExpr),
    /// `ty` is `None` in a type switch guard `x.(type)`.
    TypeAssert {
        x: ExprId,
        lparen: Pos,
        ty: Option<ExprId>,
        rparen: Pos,
    },
    Call {
        fun: ExprId,
        lparen: Pos,
        args: List<ExprId>,
        ellipsis: Pos,
        rparen: Pos,
    },
    Star {
        star: Pos,
        x: ExprId,
    },
    Unary {
        op_pos: Pos,
        op: Token,
        x: ExprId,
    },
    Binary {
        x: ExprId,
        op_pos: Pos,
        op: Token,
        y: ExprId,
    },
    KeyValue {
        key: ExprId,
        colon: Pos,
        value: ExprId,
    },
    /// `len` is `None` for a slice type and an `Ellipsis` for `[...]T`.
    ArrayType {
        lbrack: Pos,
        len: Option<ExprId>,
        elt: ExprId,
    },
    StructType {
        struct_pos: Pos,
        fields: FieldListId,
        incomplete: bool,
    },
    /// `func_pos` is [`NO_POS`] for interface methods.
    FuncType {
        func_pos: Pos,
        type_params: Option<FieldListId>,
        params: FieldListId,
        results: Option<FieldListId>,
    },
    InterfaceType {
        interface_pos: Pos,
        methods: FieldListId,
        incomplete: bool,
    },
    MapType {
        map_pos: Pos,
        key: ExprId,
        value: ExprId,
    },
    ChanType {
        begin: Pos,
        arrow: Pos,
        dir: ChanDir,
        value: ExprId,
    },
}

#[derive(Clone, Copy, Debug)]
pub struct SliceExpr {
    pub x: ExprId,
    pub lbrack: Pos,
    pub low: Option<ExprId>,
    pub high: Option<ExprId>,
    pub max: Option<ExprId>,
    pub slice3: bool,
    pub rbrack: Pos,
}

#[derive(Clone, Copy, Debug)]
pub enum Stmt {
    Bad {
        from: Pos,
        to: Pos,
    },
    Decl {
        decl: DeclId,
    },
    Empty {
        semicolon: Pos,
        implicit: bool,
    },
    Labeled {
        label: ExprId,
        colon: Pos,
        stmt: StmtId,
    },
    Expr {
        x: ExprId,
    },
    Send {
        chan: ExprId,
        arrow: Pos,
        value: ExprId,
    },
    IncDec {
        x: ExprId,
        tok_pos: Pos,
        tok: Token,
    },
    /// In a `for range x` clause go/parser builds an assignment with no
    /// left side and `tok` [`Token::Illegal`]; it never reaches the tree.
    Assign {
        lhs: List<ExprId>,
        tok_pos: Pos,
        tok: Token,
        rhs: List<ExprId>,
    },
    Go {
        go: Pos,
        call: ExprId,
    },
    Defer {
        defer: Pos,
        call: ExprId,
    },
    Return {
        ret: Pos,
        results: List<ExprId>,
    },
    Branch {
        tok_pos: Pos,
        tok: Token,
        label: Option<ExprId>,
    },
    /// `rbrace` is [`NO_POS`] when the closing brace is missing.
    Block {
        lbrace: Pos,
        list: List<StmtId>,
        rbrace: Pos,
    },
    If {
        if_pos: Pos,
        init: Option<StmtId>,
        cond: ExprId,
        body: StmtId,
        els: Option<StmtId>,
    },
    /// `list` is empty for `default`.
    CaseClause {
        case: Pos,
        list: List<ExprId>,
        colon: Pos,
        body: List<StmtId>,
    },
    Switch {
        switch: Pos,
        init: Option<StmtId>,
        tag: Option<ExprId>,
        body: StmtId,
    },
    TypeSwitch {
        switch: Pos,
        init: Option<StmtId>,
        assign: StmtId,
        body: StmtId,
    },
    /// `comm` is `None` for `default`.
    CommClause {
        case: Pos,
        comm: Option<StmtId>,
        colon: Pos,
        body: List<StmtId>,
    },
    Select {
        select: Pos,
        body: StmtId,
    },
    For {
        for_pos: Pos,
        init: Option<StmtId>,
        cond: Option<ExprId>,
        post: Option<StmtId>,
        body: StmtId,
    },
    Range(RangeStmt),
}

#[derive(Clone, Copy, Debug)]
pub struct RangeStmt {
    pub for_pos: Pos,
    pub key: Option<ExprId>,
    pub value: Option<ExprId>,
    /// [`NO_POS`] and [`Token::Illegal`] when there is no key.
    pub tok_pos: Pos,
    pub tok: Token,
    pub range: Pos,
    pub x: ExprId,
    pub body: StmtId,
}

#[derive(Clone, Copy, Debug)]
pub enum Decl {
    Bad {
        from: Pos,
        to: Pos,
    },
    /// `import`, `const`, `type` or `var`; `lparen`/`rparen` are
    /// [`NO_POS`] for an unparenthesised declaration.
    Gen {
        doc: Option<CommentGroupId>,
        tok_pos: Pos,
        tok: Token,
        lparen: Pos,
        specs: List<SpecId>,
        rparen: Pos,
    },
    /// `ty` is a `FuncType` whose `func_pos` is the `func` keyword.
    Func {
        doc: Option<CommentGroupId>,
        recv: Option<FieldListId>,
        name: ExprId,
        ty: ExprId,
        body: Option<StmtId>,
    },
}

#[derive(Clone, Copy, Debug)]
pub enum Spec {
    /// `path` is a `BasicLit` (empty when the path is missing).
    Import { doc: Option<CommentGroupId>, name: Option<ExprId>, path: ExprId, comment: Option<CommentGroupId> },
    Value {
        doc: Option<CommentGroupId>,
        names: List<ExprId>,
        ty: Option<ExprId>,
        values: List<ExprId>,
        comment: Option<CommentGroupId>,
    },
    Type {
        doc: Option<CommentGroupId>,
        name: ExprId,
        type_params: Option<FieldListId>,
        /// The `=` of an alias, or [`NO_POS`].
        assign: Pos,
        ty: ExprId,
        comment: Option<CommentGroupId>,
    },
}

#[derive(Clone, Copy, Debug)]
pub struct Field {
    pub doc: Option<CommentGroupId>,
    pub names: List<ExprId>,
    pub ty: ExprId,
    pub tag: Option<ExprId>,
    pub comment: Option<CommentGroupId>,
}

#[derive(Clone, Copy, Debug)]
pub struct FieldList {
    pub opening: Pos,
    pub list: List<FieldId>,
    pub closing: Pos,
}

/// A `//` or `/* */` comment; its text is `src[slash..end]`.
#[derive(Clone, Copy, Debug)]
pub struct Comment {
    pub slash: Pos,
    pub end: Pos,
}

#[derive(Clone, Copy, Debug)]
pub struct CommentGroup {
    pub list: List<CommentId>,
}

/// An import as the loader needs it.
#[derive(Clone, Debug)]
pub struct ImportInfo {
    /// The unquoted path (empty when the literal was missing or malformed).
    pub path: String,
    /// Offset of the path literal.
    pub offset: Pos,
    pub name: Option<Symbol>,
}

/// A `//go:…`, `//line` or `//export` comment directive.
#[derive(Clone, Copy, Debug)]
pub struct Directive<'a> {
    pub pos: Pos,
    /// The text after `//`, e.g. `go:noinline` or `line foo.go:10`.
    pub text: &'a str,
}

/// One parsed file: the arenas, and the root fields of `go/ast.File`.
#[derive(Default, Debug)]
pub struct File {
    pub exprs: Vec<Expr>,
    pub stmts: Vec<Stmt>,
    pub decls: Vec<Decl>,
    pub specs: Vec<Spec>,
    pub fields: Vec<Field>,
    pub field_lists: Vec<FieldList>,
    pub comment_groups: Vec<CommentGroup>,
    pub comments: Vec<Comment>,
    pub expr_pool: Vec<ExprId>,
    pub stmt_pool: Vec<StmtId>,
    pub decl_pool: Vec<DeclId>,
    pub spec_pool: Vec<SpecId>,
    pub field_pool: Vec<FieldId>,
    pub comment_pool: Vec<CommentId>,

    pub doc: Option<CommentGroupId>,
    /// The `package` keyword, or [`NO_POS`] when the clause is missing.
    pub package: Pos,
    /// The package name (an `Ident`), `None` when the clause is missing.
    pub name: Option<ExprId>,
    pub decl_list: List<DeclId>,
    pub file_end: Pos,
    /// The import specs, in source order.
    pub imports: Vec<SpecId>,
    pub import_infos: Vec<ImportInfo>,
    /// Minimum Go version required by a `//go:build` line, e.g. `go1.21`.
    pub go_version: String,
}

impl File {
    pub fn expr(&self, id: ExprId) -> &Expr {
        &self.exprs[id.index()]
    }
    pub fn stmt(&self, id: StmtId) -> &Stmt {
        &self.stmts[id.index()]
    }
    pub fn decl(&self, id: DeclId) -> &Decl {
        &self.decls[id.index()]
    }
    pub fn spec(&self, id: SpecId) -> &Spec {
        &self.specs[id.index()]
    }
    pub fn field(&self, id: FieldId) -> &Field {
        &self.fields[id.index()]
    }
    pub fn field_list(&self, id: FieldListId) -> &FieldList {
        &self.field_lists[id.index()]
    }
    pub fn comment_group(&self, id: CommentGroupId) -> &CommentGroup {
        &self.comment_groups[id.index()]
    }
    pub fn exprs_of(&self, l: List<ExprId>) -> &[ExprId] {
        &self.expr_pool[l.range()]
    }
    pub fn stmts_of(&self, l: List<StmtId>) -> &[StmtId] {
        &self.stmt_pool[l.range()]
    }
    pub fn decls_of(&self, l: List<DeclId>) -> &[DeclId] {
        &self.decl_pool[l.range()]
    }
    pub fn specs_of(&self, l: List<SpecId>) -> &[SpecId] {
        &self.spec_pool[l.range()]
    }
    pub fn fields_of(&self, l: List<FieldId>) -> &[FieldId] {
        &self.field_pool[l.range()]
    }
    pub fn comments_of(&self, g: CommentGroupId) -> impl Iterator<Item = &Comment> {
        self.comment_pool[self.comment_groups[g.index()].list.range()].iter().map(|c| &self.comments[c.index()])
    }

    /// The top-level declarations.
    pub fn top_decls(&self) -> &[DeclId] {
        self.decls_of(self.decl_list)
    }

    /// The package name, when the package clause parsed.
    pub fn package_name(&self) -> Option<Symbol> {
        match self.name.map(|n| self.exprs[n.index()]) {
            Some(Expr::Ident { name, .. }) => Some(name),
            _ => None,
        }
    }

    /// The file's imports, in source order.
    pub fn imports(&self) -> impl Iterator<Item = ImportInfo> + '_ {
        self.import_infos.iter().cloned()
    }

    /// Every `//go:`, `//line` and `//export` directive, in source order.
    pub fn directives<'s>(&self, src: &'s str) -> impl Iterator<Item = Directive<'s>> + use<'s, '_> {
        self.comments.iter().filter_map(move |c| {
            let text = &src[c.slash as usize..c.end as usize];
            let body = text.strip_prefix("//")?;
            let is_directive = body.starts_with("go:") && body.as_bytes().get(3).is_some_and(u8::is_ascii_lowercase)
                || body.starts_with("line ")
                || body.starts_with("export ");
            is_directive.then_some(Directive { pos: c.slash, text: body.trim_end_matches('\r') })
        })
    }
}
