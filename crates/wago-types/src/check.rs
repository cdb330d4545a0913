//! The checker's state and entry point: the program-wide stores, the
//! per-package context that walks one package's files, operands, the
//! recording of results into [`TypeInfo`], and error reporting.

use crate::constant::Value;
use crate::errors::Diagnostic;
use crate::object::{Builtin, DeclPos, FileId, ObjId, ObjKind, Object, ObjectStore, PkgId};
use crate::scope::{ScopeId, ScopeStore};
use crate::sizes::Sizes;
use crate::types::{INVALID, TypeId, TypeStore};
use crate::typestring::TypePrinter;
use crate::universe::{self, Universe};
use std::collections::{HashMap, HashSet};
use wago_syntax::ast::{self, ExprId, Pos};
use wago_syntax::intern::FxBuild;
use wago_syntax::{Interner, Symbol};

/// A package known to the checker.
#[derive(Debug)]
pub struct Package {
    pub path: String,
    pub name: Symbol,
    /// The package block (exported and unexported package-level objects).
    pub scope: ScopeId,
    pub imports: Vec<PkgId>,
    /// A stand-in for an import that could not be resolved (or cgo's `C`
    /// under [`Checker::fake_import_c`]): its scope is empty and lookups
    /// in it fail silently, so one bad import gives one error.
    pub fake: bool,
}

/// One source file handed to the checker.
#[derive(Clone, Copy)]
pub struct FileInput<'f> {
    pub ast: &'f ast::File,
    pub src: &'f str,
    pub id: FileId,
}

/// One package to check. `imports` maps an import path to an already
/// checked package (the caller checks packages in dependency order).
pub struct PackageInput<'f> {
    pub path: &'f str,
    pub files: &'f [FileInput<'f>],
    pub imports: &'f dyn Fn(&str) -> Option<PkgId>,
    /// The language version, e.g. `go1.22` (from go.mod); "" for the newest.
    pub go_version: &'f str,
}

/// What an expression is, as recorded for later phases.
#[derive(Clone, Copy, Debug)]
pub struct TypeAndValue<'i> {
    pub mode: Mode,
    pub ty: TypeId,
    /// The constant value, for constant expressions.
    pub value: Option<&'i Value>,
}

/// The types (and constant values) of one file's expressions: a dense
/// table indexed by `ExprId`, since nearly every expression gets one —
/// 12 bytes a slot, no hashing; the rare constant values live aside.
#[derive(Default, Debug)]
pub struct ExprTypes {
    slots: Vec<ExprSlot>,
    values: Vec<Value>,
}

#[derive(Clone, Copy, Debug)]
struct ExprSlot {
    ty: TypeId,
    /// 1 + index into `values`, or 0.
    value: u32,
    /// `None` for an expression not (yet) checked.
    mode: Option<Mode>,
}

const EMPTY_SLOT: ExprSlot = ExprSlot { ty: crate::types::INVALID, value: 0, mode: None };

impl ExprTypes {
    /// A table for a file of `exprs` expressions.
    pub fn with_len(exprs: usize) -> ExprTypes {
        ExprTypes { slots: vec![EMPTY_SLOT; exprs], values: Vec::new() }
    }

    pub fn get(&self, e: &ExprId) -> Option<TypeAndValue<'_>> {
        let slot = self.slots.get(e.index())?;
        let value = slot.value.checked_sub(1).map(|i| &self.values[i as usize]);
        Some(TypeAndValue { mode: slot.mode?, ty: slot.ty, value })
    }

    /// Records (or re-records) what `e` is.
    pub fn insert(&mut self, e: ExprId, mode: Mode, ty: TypeId, value: Option<Value>) {
        if e.index() >= self.slots.len() {
            self.slots.resize(e.index() + 1, EMPTY_SLOT);
        }
        let slot = &mut self.slots[e.index()];
        slot.value = match (value, slot.value) {
            (None, _) => 0,
            (Some(v), 0) => {
                self.values.push(v);
                self.values.len() as u32
            }
            (Some(v), i) => {
                self.values[i as usize - 1] = v;
                i
            }
        };
        slot.ty = ty;
        slot.mode = Some(mode);
    }

    /// Changes the type of an already recorded expression (untyped
    /// operands get theirs from context); false if `e` is not recorded.
    pub fn set_type(&mut self, e: ExprId, ty: TypeId) -> bool {
        match self.slots.get_mut(e.index()) {
            Some(slot) if slot.mode.is_some() => {
                slot.ty = ty;
                true
            }
            _ => false,
        }
    }

    /// How many expressions are recorded.
    pub fn len(&self) -> usize {
        self.slots.iter().filter(|s| s.mode.is_some()).count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The object each identifier of a file defines (or uses): a dense
/// table indexed by `ExprId`, 4 bytes a slot, no hashing.
#[derive(Default, Debug)]
pub struct ExprObjs {
    slots: Vec<ObjId>,
}

const NO_OBJ: ObjId = ObjId(u32::MAX);

impl ExprObjs {
    pub fn with_len(exprs: usize) -> ExprObjs {
        ExprObjs { slots: vec![NO_OBJ; exprs] }
    }

    pub fn get(&self, e: &ExprId) -> Option<ObjId> {
        self.slots.get(e.index()).copied().filter(|&o| o != NO_OBJ)
    }

    /// Records `obj` for `e`; returns what was recorded before.
    pub fn insert(&mut self, e: ExprId, obj: ObjId) -> Option<ObjId> {
        if e.index() >= self.slots.len() {
            self.slots.resize(e.index() + 1, NO_OBJ);
        }
        let prev = std::mem::replace(&mut self.slots[e.index()], obj);
        (prev != NO_OBJ).then_some(prev)
    }

    pub fn remove(&mut self, e: &ExprId) -> Option<ObjId> {
        let slot = self.slots.get_mut(e.index())?;
        let prev = std::mem::replace(slot, NO_OBJ);
        (prev != NO_OBJ).then_some(prev)
    }

    /// The recorded (identifier, object) pairs in source order.
    pub fn iter(&self) -> impl Iterator<Item = (ExprId, ObjId)> + '_ {
        self.slots.iter().enumerate().filter(|(_, o)| **o != NO_OBJ).map(|(i, &o)| (ExprId::new(i as u32), o))
    }
}

/// Per-file results.
#[derive(Default, Debug)]
pub struct FileInfo {
    /// Type (and value) of every checked expression, type expressions included.
    pub types: ExprTypes,
    /// The object each declaring identifier defines.
    pub defs: ExprObjs,
    /// The object each using identifier denotes.
    pub uses: ExprObjs,
    /// Objects declared without an identifier of their own: the symbolic
    /// variable of each type switch clause, keyed by the clause's first token.
    pub implicits: HashMap<Pos, ObjId, FxBuild>,
    /// The type arguments of each instantiated use of a generic function,
    /// explicit or inferred, keyed by the identifier denoting the function
    /// (the `F` of `F[int]` or `F(x)`, the `F` of `pkg.F`).
    pub instances: HashMap<ExprId, Vec<TypeId>, FxBuild>,
}

impl FileInfo {
    fn with_capacity(exprs: usize) -> FileInfo {
        FileInfo {
            types: ExprTypes::with_len(exprs),
            defs: ExprObjs::with_len(exprs),
            uses: ExprObjs::with_len(exprs),
            ..Default::default()
        }
    }
}

/// Everything checking a package produced.
#[derive(Default, Debug)]
pub struct TypeInfo {
    pub files: Vec<FileInfo>,
    /// Errors in the order they were found (sort by position to print).
    pub diagnostics: Vec<Diagnostic>,
    /// Package-level variables in initialization order.
    pub init_order: Vec<ObjId>,
}

/// An interface whose embedded methods are checked for duplicates once
/// types are complete: (file, interface, (position, embedded type)).
pub type LaterEmbedding = (usize, TypeId, Vec<(Pos, TypeId)>);

/// The operand modes of go/types.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    Invalid,
    NoValue,
    Builtin(Builtin),
    TypeExpr,
    Constant,
    Variable,
    MapIndex,
    Value,
    Nil,
    CommaOk,
}

impl Mode {
    pub fn describe(self) -> &'static str {
        match self {
            Mode::Invalid => "invalid operand",
            Mode::NoValue => "no value",
            Mode::Builtin(_) => "built-in",
            Mode::TypeExpr => "type",
            Mode::Constant => "constant",
            Mode::Variable => "variable",
            Mode::MapIndex => "map index expression",
            Mode::Value => "value",
            Mode::Nil => "nil",
            Mode::CommaOk => "comma, ok expression",
        }
    }
}

/// The result of evaluating an expression.
#[derive(Clone, Debug)]
pub struct Operand {
    pub mode: Mode,
    pub expr: Option<ExprId>,
    pub ty: TypeId,
    /// The value of a constant operand (`Unknown` otherwise).
    pub val: Value,
}

impl Operand {
    pub fn invalid(expr: Option<ExprId>) -> Operand {
        Operand { mode: Mode::Invalid, expr, ty: INVALID, val: Value::Unknown }
    }
    pub fn new(mode: Mode, expr: ExprId, ty: TypeId) -> Operand {
        Operand { mode, expr: Some(expr), ty, val: Value::Unknown }
    }
    pub fn is_invalid(&self) -> bool {
        self.mode == Mode::Invalid
    }
    pub fn is_const(&self) -> bool {
        self.mode == Mode::Constant
    }
    pub fn invalidate(&mut self) {
        self.mode = Mode::Invalid;
        self.ty = INVALID;
    }
}

/// The program-wide checker: every package's objects and types live in
/// one set of arenas, so identities hold across packages.
pub struct Checker<'a> {
    pub names: &'a Interner,
    pub sizes: Sizes,
    pub types: TypeStore,
    pub objs: ObjectStore,
    pub scopes: ScopeStore,
    pub universe: Universe,
    pub packages: Vec<Package>,
    /// Results, parallel to `packages`.
    pub infos: Vec<TypeInfo>,
    pub unsafe_pkg: PkgId,
    /// Computed type sets of interfaces, by interface type.
    pub(crate) type_sets: std::cell::RefCell<HashMap<TypeId, std::rc::Rc<crate::iface::TypeSet>, FxBuild>>,
    /// Interface pairs whose identity is being decided, assumed identical
    /// when met again (interfaces may refer to themselves via methods).
    pub(crate) iface_pairs: std::cell::RefCell<Vec<(TypeId, TypeId)>>,
    /// Instances of generic named types: (origin, args) → instance.
    pub(crate) instances: HashMap<(TypeId, Vec<TypeId>), TypeId, FxBuild>,
    /// How many instance expansions are in progress (nested): a guard
    /// against types whose instances grow without end (`A[P] [1]A[*P]`).
    pub(crate) expand_depth: u32,
    pub(crate) syms: Syms,
    /// Writes a position the way gc does inside a message (`./x.go:3:8`,
    /// `$GOROOT/src/...`). Only the caller knows the files' paths, so it
    /// sets this; without it, messages leave such positions out.
    pub pos_format: Option<PosFormat<'a>>,
    /// `import "C"` gives a fake package (as go/types' `FakeImportC`):
    /// every `C.name` is accepted with an invalid type, for checking cgo
    /// files without running cgo.
    pub fake_import_c: bool,
    /// Check labels and labelled branches as types2 does when the parser
    /// has not (go/types' and types2's own tests run so), rather than as
    /// gc's parser does (`syntax.CheckBranches`, whose wording and rules
    /// `go build` reports). See `labels.rs`.
    pub types2_labels: bool,
}

/// See [`Checker::pos_format`].
pub type PosFormat<'a> = Box<dyn Fn(FileId, Pos) -> String + 'a>;

/// Symbols the checker compares against often.
pub(crate) struct Syms {
    pub blank: Symbol,
    pub init: Symbol,
    pub main: Symbol,
    pub empty: Symbol,
}

/// Entries reserved in each of the checker's arenas (see [`Checker::new`]).
const ARENA_RESERVE: usize = 1 << 20;

impl<'a> Checker<'a> {
    pub fn new(names: &'a Interner, sizes: Sizes) -> Self {
        let mut types = TypeStore::new();
        let mut objs = ObjectStore::default();
        let mut scopes = ScopeStore::default();
        // Room for a whole standard library's worth of types, objects and
        // scopes. Only address space: pages are touched as entries are
        // added. Growing by doubling instead would copy these arenas into
        // fresh pages again and again, and fresh pages (page faults) were
        // a third of the checker's time on `wago check std`.
        types.reserve(ARENA_RESERVE);
        objs.reserve(ARENA_RESERVE);
        scopes.reserve(ARENA_RESERVE);
        let universe = universe::build(&mut types, &mut objs, &mut scopes, names);
        let unsafe_pkg = Package {
            path: "unsafe".into(),
            name: names.intern("unsafe"),
            scope: universe.unsafe_scope,
            imports: Vec::new(),
            fake: false,
        };
        let syms = Syms {
            blank: names.intern("_"),
            init: names.intern("init"),
            main: names.intern("main"),
            empty: names.intern(""),
        };
        Checker {
            names,
            sizes,
            types,
            objs,
            scopes,
            universe,
            packages: vec![unsafe_pkg],
            infos: vec![TypeInfo::default()],
            unsafe_pkg: PkgId(0),
            type_sets: Default::default(),
            iface_pairs: Default::default(),
            instances: HashMap::default(),
            expand_depth: 0,
            syms,
            pos_format: None,
            fake_import_c: false,
            types2_labels: false,
        }
    }

    /// `at` as gc writes a position inside a message, when known.
    pub(crate) fn pos_text(&self, at: DeclPos) -> Option<String> {
        let (Some(file), Some(format)) = (at.file, &self.pos_format) else { return None };
        (at.pos != wago_syntax::ast::NO_POS).then(|| format(file, at.pos))
    }

    /// A continuation line of a message, as types2 adds one for each
    /// further part of an error: `\n\tPOS: msg`, or `\n\tmsg` when the
    /// position cannot be written.
    pub(crate) fn note(&self, at: DeclPos, msg: &str) -> String {
        match self.pos_text(at) {
            Some(p) => format!("\n\t{p}: {msg}"),
            None => format!("\n\t{msg}"),
        }
    }

    /// ` at POS` (or `` when the position cannot be written), as in
    /// "already declared at POS".
    pub(crate) fn at_text(&self, at: DeclPos) -> String {
        self.pos_text(at).map(|p| format!(" at {p}")).unwrap_or_default()
    }

    /// Package `unsafe`, importable by every package.
    pub fn unsafe_package(&self) -> PkgId {
        self.unsafe_pkg
    }

    pub fn package(&self, id: PkgId) -> &Package {
        &self.packages[id.0 as usize]
    }

    pub fn info(&self, id: PkgId) -> &TypeInfo {
        &self.infos[id.0 as usize]
    }

    /// Frees the per-file tables (expression types, definitions, uses) of a
    /// checked package, keeping its diagnostics and initialization order.
    /// Checking later packages never reads them: a caller that only reports
    /// errors lets those packages reuse the memory.
    pub fn discard_file_info(&mut self, id: PkgId) {
        self.infos[id.0 as usize].files = Vec::new();
    }

    /// Type-checks one package whose imports are already checked.
    pub fn check_package(&mut self, input: PackageInput<'_>) -> PkgId {
        let name = input.files.iter().find_map(|f| f.ast.package_name()).unwrap_or(self.syms.blank);
        let scope = self.scopes.add(Some(self.universe.scope), (0, ast::NO_POS), false);
        let id = PkgId(self.packages.len() as u32);
        self.packages.push(Package { path: input.path.to_string(), name, scope, imports: Vec::new(), fake: false });
        // Nearly every expression gets a type: size the tables once.
        let files = input.files.iter().map(|f| FileInfo::with_capacity(f.ast.exprs.len())).collect();
        self.infos.push(TypeInfo { files, ..Default::default() });
        let mut ctx = Ctx::new(self, id, &input);
        ctx.check_files();
        id
    }

    pub fn type_string(&self, t: TypeId, current: Option<PkgId>) -> String {
        self.type_string_with(t, current, true)
    }

    /// A type printed without the parameter names of its signatures.
    pub fn type_string_unnamed_params(&self, t: TypeId, current: Option<PkgId>) -> String {
        self.type_string_with(t, current, false)
    }

    fn type_string_with(&self, t: TypeId, current: Option<PkgId>, param_names: bool) -> String {
        let pkg_name = |p: PkgId| self.names.resolve(self.package(p).name).to_string();
        TypePrinter {
            types: &self.types,
            objs: &self.objs,
            names: self.names,
            current,
            pkg_name: &pkg_name,
            byte: self.universe.byte,
            rune: self.universe.rune,
            param_names,
        }
        .to_string(t)
    }

    pub fn name(&self, s: Symbol) -> &'static str {
        self.names.resolve(s)
    }

    pub fn obj_name(&self, o: ObjId) -> &'static str {
        self.names.resolve(self.objs.get(o).name)
    }

    pub(crate) fn new_obj(
        &mut self,
        name: Symbol,
        kind: ObjKind,
        ty: TypeId,
        pkg: Option<PkgId>,
        pos: DeclPos,
    ) -> ObjId {
        self.objs.add(Object { name, kind, ty, pkg, pos, parent: None })
    }

    pub(crate) fn new_var(&mut self, name: Symbol, ty: TypeId, pkg: Option<PkgId>, pos: DeclPos) -> ObjId {
        self.new_obj(name, ObjKind::Var { is_field: false, embedded: false, used: false }, ty, pkg, pos)
    }
}

/// The state of one package-level declaration.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Color {
    White,
    Grey,
    Black,
}

/// A package-level declaration's syntax.
#[derive(Clone, Debug)]
pub(crate) enum DeclKind {
    /// `spec` holds the name; `src_spec` the (possibly inherited) type and values.
    Const {
        spec: ast::SpecId,
        src_spec: ast::SpecId,
        index: usize,
        iota: i64,
    },
    /// `lhs` lists every variable of an n:1 declaration.
    Var {
        spec: ast::SpecId,
        index: usize,
        lhs: Vec<ObjId>,
    },
    Type {
        spec: ast::SpecId,
    },
    Func {
        decl: ast::DeclId,
    },
}

#[derive(Clone, Debug)]
pub(crate) struct DeclInfo {
    pub file: usize,
    pub kind: DeclKind,
    pub color: Color,
    /// Package-level objects the declaration's initializer/body refers to.
    pub deps: Vec<ObjId>,
}

/// The context of the code being checked right now.
#[derive(Clone, Debug, Default)]
pub(crate) struct Env {
    pub scope: Option<ScopeId>,
    /// The signature of the function whose body is checked.
    pub sig: Option<TypeId>,
    /// The value of `iota` in a constant declaration.
    pub iota: Option<Value>,
    /// The package-level object whose declaration is checked (for deps).
    pub decl: Option<ObjId>,
    /// Whether the function's result parameters are named.
    pub in_func_body: bool,
    /// Where errors go while an inherited constant initializer is checked:
    /// the constant's name rather than the repeated expression (as types2).
    pub err_pos: Option<Pos>,
}

/// A function body waiting to be checked once package-level declarations are.
pub(crate) struct LaterBody {
    pub file: usize,
    pub sig: TypeId,
    pub body: ast::StmtId,
    pub scope: ScopeId,
    pub decl: Option<ObjId>,
}

/// Checking one package: the checker plus the package's files and state.
pub(crate) struct Ctx<'c, 'a> {
    pub ck: &'c mut Checker<'a>,
    pub pkg: PkgId,
    pub files: &'c [FileInput<'c>],
    pub imports: &'c dyn Fn(&str) -> Option<PkgId>,
    /// Index of the file being checked.
    pub file: usize,
    pub file_scopes: Vec<ScopeId>,
    pub decls: HashMap<ObjId, DeclInfo, FxBuild>,
    /// Package-level declarations in source order.
    pub decl_order: Vec<ObjId>,
    /// Objects whose declarations are being checked, innermost last.
    pub obj_path: Vec<ObjId>,
    pub env: Env,
    pub later: Vec<LaterBody>,
    /// Map keys that are type parameters whose bounds were not yet known
    /// (declared later in the same list): (file, key expression, type).
    pub later_map_keys: Vec<(usize, ExprId, TypeId)>,
    /// Instantiations to verify once type parameter bounds are known:
    /// (file, position, type parameters, type arguments).
    pub later_verifies: Vec<(usize, Pos, Vec<TypeId>, Vec<TypeId>)>,
    /// Unions whose terms are checked once types are complete: (file,
    /// (term expression, term) in order, invalid terms included).
    pub later_unions: Vec<(usize, Vec<(ExprId, crate::types::Term)>)>,
    /// Interfaces whose embedded methods are checked for duplicates once
    /// types are complete: (file, interface, (position, embedded type)).
    pub later_embeddings: Vec<LaterEmbedding>,
    /// Whether package-level declarations are being resolved (types not
    /// yet complete); instantiations are verified after.
    pub resolving_package_objects: bool,
    /// Instantiations so far, for the instantiation cycle check.
    pub(crate) mono: crate::mono::MonoGraph,
    /// Methods by the name of their receiver base type, for association.
    pub methods: HashMap<Symbol, Vec<ObjId>, FxBuild>,
    /// Untyped non-constant expressions whose final type is not yet known.
    pub untyped: HashMap<(usize, ExprId), (TypeId, bool), FxBuild>,
    /// Variables declared in function bodies, checked for use at the end.
    pub local_vars: Vec<ObjId>,
    /// Imports by file, for "imported and not used".
    pub pkg_names: Vec<ObjId>,
    /// Dot-imported objects used, by file.
    pub dot_used: HashSet<(usize, PkgId)>,
    pub dot_imports: Vec<(usize, PkgId, Pos, String)>,
    pub go_minor: u32,
    /// Where each instance of a generic type was first written, for
    /// reports about the instance (go/types gives each its own object).
    pub instance_pos: HashMap<TypeId, DeclPos, FxBuild>,
}

impl<'c, 'a> std::ops::Deref for Ctx<'c, 'a> {
    type Target = Checker<'a>;
    fn deref(&self) -> &Checker<'a> {
        self.ck
    }
}
impl<'c, 'a> std::ops::DerefMut for Ctx<'c, 'a> {
    fn deref_mut(&mut self) -> &mut Checker<'a> {
        self.ck
    }
}

impl<'c, 'a> Ctx<'c, 'a> {
    fn new(ck: &'c mut Checker<'a>, pkg: PkgId, input: &'c PackageInput<'c>) -> Self {
        let go_minor = parse_go_minor(input.go_version).unwrap_or(u32::MAX);
        Ctx {
            ck,
            pkg,
            files: input.files,
            imports: input.imports,
            file: 0,
            file_scopes: Vec::new(),
            decls: HashMap::default(),
            decl_order: Vec::new(),
            obj_path: Vec::new(),
            env: Env::default(),
            later: Vec::new(),
            later_map_keys: Vec::new(),
            later_verifies: Vec::new(),
            later_unions: Vec::new(),
            later_embeddings: Vec::new(),
            mono: Default::default(),
            resolving_package_objects: false,
            methods: HashMap::default(),
            untyped: HashMap::default(),
            local_vars: Vec::new(),
            pkg_names: Vec::new(),
            dot_used: HashSet::new(),
            dot_imports: Vec::new(),
            go_minor,
            instance_pos: HashMap::default(),
        }
    }

    pub fn ast(&self) -> &'c ast::File {
        self.files[self.file].ast
    }

    pub fn src(&self) -> &'c str {
        self.files[self.file].src
    }

    pub fn info_mut(&mut self) -> &mut TypeInfo {
        let p = self.pkg.0 as usize;
        &mut self.ck.infos[p]
    }

    pub fn file_info(&mut self) -> &mut FileInfo {
        let f = self.file;
        &mut self.info_mut().files[f]
    }

    pub fn decl_pos(&self, pos: Pos) -> DeclPos {
        DeclPos { file: Some(self.files[self.file].id), pos }
    }

    /// Reports an error at `pos` of the current file.
    pub fn error(&mut self, pos: Pos, msg: impl Into<String>) {
        let pos = self.env.err_pos.unwrap_or(pos);
        let file = self.files[self.file].id;
        self.report(file, pos, msg.into(), false);
    }

    pub fn soft_error(&mut self, pos: Pos, msg: impl Into<String>) {
        let pos = self.env.err_pos.unwrap_or(pos);
        let file = self.files[self.file].id;
        self.report(file, pos, msg.into(), true);
    }

    pub fn error_at(&mut self, at: DeclPos, msg: impl Into<String>) {
        let file = at.file.unwrap_or(self.files[self.file].id);
        self.report(file, at.pos, msg.into(), false);
    }

    fn report(&mut self, file: FileId, pos: Pos, msg: String, soft: bool) {
        let diags = &mut self.info_mut().diagnostics;
        // One error per position: follow-on errors there add nothing.
        if diags.iter().any(|d| d.file == file && d.pos == pos && d.msg == msg) {
            return;
        }
        // As go/types: after a first error, messages mentioning an invalid
        // operand or type (not at their start) are follow-on errors.
        let first_line = msg.lines().next().unwrap_or("");
        let follow_on = ["invalid operand", "invalid type"].iter().any(|w| first_line.find(w).is_some_and(|i| i > 0));
        if !diags.is_empty() && follow_on {
            return;
        }
        diags.push(Diagnostic { file, pos, msg, soft });
    }

    pub fn pos(&self, e: ExprId) -> Pos {
        self.ast().expr_pos(e)
    }

    /// Where types2 reports an error about operand `e` (syntax.StartPos):
    /// as [`Self::pos`], except that gc's parser places a function type at
    /// its parameter list's `(`, not at `func`.
    pub fn gc_start_pos(&self, e: ExprId) -> Pos {
        let ast = self.ast();
        match *ast.expr(e) {
            ast::Expr::FuncType { func_pos, params, .. } if func_pos != wago_syntax::ast::NO_POS => {
                ast.field_list(params).opening
            }
            _ => ast.expr_pos(e),
        }
    }

    /// The position gc's parser gives expression `e` itself (its node's
    /// Pos(), which types2 reports for an expression statement): a binary
    /// expression at its operator, a call at its `(`, else where it starts.
    pub fn gc_node_pos(&self, e: ExprId) -> Pos {
        match *self.ast().expr(e) {
            ast::Expr::Binary { op_pos, .. } => op_pos,
            ast::Expr::Call { lparen, .. } => lparen,
            _ => self.gc_start_pos(e),
        }
    }

    pub fn end(&self, e: ExprId) -> Pos {
        self.ast().expr_end(e, self.ck.names)
    }

    pub fn ts(&self, t: TypeId) -> String {
        self.ck.type_string(t, Some(self.pkg))
    }

    pub fn sym(&self, s: &str) -> Symbol {
        self.ck.names.intern(s)
    }

    /// The source text of an expression, as go/types' ExprString prints it.
    pub fn expr_str(&self, e: ExprId) -> String {
        crate::exprstring::expr_string(self.ast(), self.ck.names, self.src(), e)
    }

    /// An operand as go/types describes it in messages.
    pub fn op_str(&self, x: &Operand) -> String {
        crate::operand::describe(self, x)
    }

    pub fn record(&mut self, e: ExprId, mode: Mode, ty: TypeId, value: Option<Value>) {
        self.file_info().types.insert(e, mode, ty, value);
    }

    pub fn record_def(&mut self, ident: ExprId, obj: ObjId) {
        self.file_info().defs.insert(ident, obj);
    }

    pub fn record_use(&mut self, ident: ExprId, obj: ObjId) {
        self.file_info().uses.insert(ident, obj);
    }

    /// Records the type arguments of an instantiated generic function use
    /// `e` (`F`, `pkg.F`, `F[A]`, parenthesised or not). After a partial
    /// instantiation `F[A]` whose other arguments are inferred later, the
    /// written ones come first (`explicit_prefix`).
    pub fn record_instance(&mut self, e: ExprId, targs: &[TypeId], explicit_prefix: bool) {
        let mut e = e;
        let mut written: Vec<ExprId> = Vec::new();
        loop {
            match *self.ast().expr(e) {
                ast::Expr::Paren { x, .. } => e = x,
                ast::Expr::Index { x, index, .. } => {
                    written = vec![index];
                    e = x;
                }
                ast::Expr::IndexList { x, indices, .. } => {
                    written = self.ast().exprs_of(indices).to_vec();
                    e = x;
                }
                ast::Expr::Selector { sel, .. } => e = sel,
                _ => break,
            }
        }
        let mut all: Vec<TypeId> = Vec::new();
        if explicit_prefix {
            let info = self.file_info();
            all.extend(written.iter().map(|w| info.types.get(w).map_or(INVALID, |tv| tv.ty)));
        }
        all.extend_from_slice(targs);
        self.file_info().instances.insert(e, all);
    }

    /// The name of an identifier expression.
    pub fn ident(&self, e: ExprId) -> Option<Symbol> {
        match *self.ast().expr(e) {
            ast::Expr::Ident { name, .. } => Some(name),
            _ => None,
        }
    }

    /// Opens a block scope nested in the current one.
    pub fn open_scope(&mut self, span: (Pos, Pos), is_func: bool) -> ScopeId {
        let parent = self.env.scope;
        let s = self.ck.scopes.add(parent, span, is_func);
        self.env.scope = Some(s);
        s
    }

    pub fn close_scope(&mut self) {
        let s = self.env.scope.expect("scope open");
        self.env.scope = self.ck.scopes.get(s).parent;
    }

    /// Declares `obj` in `scope`, reporting a redeclaration. The blank
    /// identifier declares nothing.
    pub fn declare(&mut self, scope: ScopeId, ident: Option<ExprId>, obj: ObjId) {
        let name = self.objs.get(obj).name;
        if let Some(id) = ident {
            self.record_def(id, obj);
        }
        if name == self.syms.blank {
            return;
        }
        if let Some(prev) = self.ck.scopes.insert(scope, name, obj) {
            let pos = self.objs.get(obj).pos;
            let n = self.name(name);
            let note = self.note(self.objs.get(prev).pos, &format!("other declaration of {n}"));
            self.error_at(pos, format!("{n} redeclared in this block{note}"));
            // Out of scope, it cannot be used: no "declared and not used"
            // for it; an import still is "imported and not used", as in gc.
            if !matches!(self.objs.get(obj).kind, ObjKind::PkgName { .. }) {
                self.mark_used(obj);
            }
            return;
        }
        self.objs.get_mut(obj).parent = Some(scope);
    }

    /// Whether the package's language version allows a feature of go1.`minor`.
    pub fn allow_version(&self, minor: u32) -> bool {
        // A file's //go:build version counts as at least go1.21, the first
        // release that honoured it (as types2 does).
        let file_minor = parse_go_minor(&self.ast().go_version);
        file_minor.map_or(self.go_minor, |m| m.max(21)) >= minor
    }

    /// Reports "`what` requires go1.`minor` or later" at `pos` unless the
    /// language version allows it; returns whether it does.
    pub fn verify_version(&mut self, pos: Pos, minor: u32, what: &str) -> bool {
        if self.allow_version(minor) {
            return true;
        }
        self.error(pos, format!("{what} requires go1.{minor} or later"));
        false
    }
}

/// Stack kept free before the checker recurses into an expression,
/// statement or type; deeper nesting continues on a new segment (sources
/// nest as deep as the parser accepts them, and a stack overflow would
/// abort the process).
pub(crate) const STACK_RED_ZONE: usize = 128 * 1024;
pub(crate) const STACK_SEGMENT: usize = 4 * 1024 * 1024;

/// `go1.21` or `go1.21.3` → 21.
pub fn parse_go_minor(v: &str) -> Option<u32> {
    let rest = v.strip_prefix("go1.")?;
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    digits.parse().ok()
}
