//! Package loading: from command-line patterns to the parsed packages of a
//! build and everything they import. It finds the Go installation, reads
//! go.mod/go.work/vendor and the module cache to map import paths onto
//! directories, selects each directory's files for the target by name and
//! build constraints, reads and parses each file exactly once (in
//! parallel), and reports what is missing, cyclic or inconsistent with a
//! position. Later stages take file texts and trees from the [`Program`].

pub mod asm;
pub mod context;
pub mod goroot;
mod graph;
pub mod importpath;
pub mod modfile;
pub mod modules;
pub mod overlay;
pub mod pattern;

pub use context::BuildContext;
pub use goroot::GoRoot;
pub use modules::{ModMode, Module, ModuleGraph, ModuleId, Owner};
pub use overlay::{Overlay, OverlayKind};

use std::path::{Path, PathBuf};
use std::sync::Arc;
use wago_syntax::{Interner, LineIndex, SyntaxError, ast};

/// What to load and for which target.
#[derive(Clone, Debug)]
pub struct Config {
    /// The Go installation; `None` means `$GOROOT`, else `go env GOROOT`.
    pub goroot: Option<PathBuf>,
    pub goos: String,
    pub goarch: String,
    /// `-tags`.
    pub tags: Vec<String>,
    /// The working directory: patterns and go.mod are found from here.
    pub dir: PathBuf,
    /// Whether `_test.go` files belong to the packages.
    pub tests: bool,
    /// The module cache (`GOMODCACHE`).
    pub mod_cache: PathBuf,
    /// `-mod=` from `GOFLAGS`.
    pub mod_mode: ModMode,
    /// `GOWORK`: "" to search for go.work, `off`, or a file.
    pub gowork: String,
    /// `GOEXPERIMENT`.
    pub experiments: String,
    /// Files that replace or extend standard-library packages (none by default).
    pub overlay: Arc<Overlay>,
    /// How files are parsed: go/parser's error recovery by default, gc's
    /// for the commands that report errors as `go build` does.
    pub parse: wago_syntax::ParseOptions,
}

impl Config {
    /// The defaults for `dir`: `GOOS`/`GOARCH` from the environment, else
    /// wasip1/wasm; `GOMODCACHE`, `GOFLAGS=-mod=…`, `GOWORK` and
    /// `GOEXPERIMENT` from the environment; no tags; no tests.
    pub fn from_env(dir: PathBuf) -> Config {
        let env = |k: &str, d: &str| std::env::var(k).ok().filter(|v| !v.is_empty()).unwrap_or_else(|| d.into());
        Config {
            goroot: None,
            goos: env("GOOS", "wasip1"),
            goarch: env("GOARCH", "wasm"),
            tags: vec![],
            dir,
            tests: false,
            mod_cache: mod_cache(),
            mod_mode: mod_mode_from_goflags(&std::env::var("GOFLAGS").unwrap_or_default()),
            gowork: std::env::var("GOWORK").unwrap_or_default(),
            experiments: std::env::var("GOEXPERIMENT").unwrap_or_default(),
            overlay: Arc::default(),
            parse: wago_syntax::ParseOptions::default(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PackageId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub u32);

/// One source file, read once: its text, tree and syntax errors.
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
    pub ast: ast::File,
    pub errors: Vec<SyntaxError>,
    /// Built on first use: most files never need a position printed.
    line_index: std::sync::OnceLock<LineIndex>,
}

impl SourceFile {
    pub fn new(path: PathBuf, text: String, ast: ast::File, errors: Vec<SyntaxError>) -> Self {
        SourceFile { path, text, ast, errors, line_index: std::sync::OnceLock::new() }
    }

    /// The file's line table (computed once, on first call).
    pub fn line_index(&self) -> &LineIndex {
        self.line_index.get_or_init(|| LineIndex::new(&self.text))
    }
}

/// An import of a package, resolved.
#[derive(Clone, Debug)]
pub struct Import {
    /// The path as written in the source.
    pub path: String,
    pub package: PackageId,
    /// The first import spec naming it (file, byte offset of the spec:
    /// its name if it has one, else its path).
    pub pos: (FileId, u32),
}

/// A loaded package. A package that could not be found or read is still
/// present, with no files and an error, so that importers can refer to it.
pub struct Package {
    /// The resolved import path (`vendor/golang.org/x/net/…` for std's
    /// vendored packages, `command-line-arguments` for named files).
    pub import_path: String,
    pub dir: PathBuf,
    /// The package clause's name ("" when unknown).
    pub name: String,
    pub files: Vec<FileId>,
    /// `_test.go` files of the package itself (with [`Config::tests`]).
    pub test_files: Vec<FileId>,
    /// `_test.go` files of package `name_test`.
    pub xtest_files: Vec<FileId>,
    /// Imports of `files`, sorted by path.
    pub imports: Vec<Import>,
    /// Imports of the test files not already in `imports`.
    pub test_imports: Vec<Import>,
    /// Go files left out by name or build constraints.
    pub ignored_files: Vec<String>,
    /// Functions the package's assembly files (for this build) define as
    /// a jump to one of its Go functions: (name, target); see [`asm`].
    pub asm_trampolines: Vec<(String, String)>,
    pub module: Option<ModuleId>,
    /// Whether it comes from GOROOT (std or cmd).
    pub goroot: bool,
    /// The go version of its module's go.mod, which gates language features.
    pub go_version: Option<String>,
    pub errors: Vec<LoadError>,
}

/// What went wrong, so callers can tell kinds apart without reading text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// No directory provides the import path.
    NotFound,
    /// The import path is malformed, relative or otherwise refused.
    InvalidImportPath,
    /// The `internal`, `vendor` or local-import rule forbids the import.
    ImportNotAllowed,
    /// The package is part of an import cycle; the path around it.
    ImportCycle(Vec<String>),
    /// The directory has no Go files for this build.
    NoGoFiles,
    /// Files declare different package names.
    MultiplePackages,
    /// A `main` package is imported.
    ProgramImported,
    /// A malformed `//go:build` line.
    BadConstraint,
    /// go.mod, go.work or vendor/modules.txt is malformed.
    ModFile,
    /// A pattern (the one carried) could not be expanded.
    Pattern(String),
    /// The file system refused.
    Io,
    /// No Go installation, or an unusable one.
    GoRoot,
}

/// A loading error: a position in a loaded file when there is one, else a
/// file path (with a line for go.mod errors), and the message in the go
/// command's words.
#[derive(Clone, Debug)]
pub struct LoadError {
    pub pos: Option<(FileId, u32)>,
    pub path: Option<PathBuf>,
    pub line: Option<u32>,
    pub msg: String,
    pub kind: ErrorKind,
}

impl LoadError {
    fn new(kind: ErrorKind, msg: impl Into<String>) -> Self {
        LoadError { pos: None, path: None, line: None, msg: msg.into(), kind }
    }
}

/// Everything loaded: packages in dependency order, their files, errors.
pub struct Program {
    /// Indexed by [`PackageId`]; a package comes after the packages it
    /// imports (cycles aside), so index order is a bottom-up order.
    pub packages: Vec<Package>,
    /// The packages the patterns named, in command-line order.
    pub roots: Vec<PackageId>,
    /// Errors that belong to no package (patterns, go.mod).
    pub errors: Vec<LoadError>,
    /// Warnings such as wildcards matching nothing.
    pub warnings: Vec<String>,
    pub interner: Arc<Interner>,
    /// Indexed by [`FileId`]. Shared, so that a caller that started on
    /// packages as they arrived ([`Arrival`]) keeps the files it holds.
    pub files: Vec<Arc<SourceFile>>,
    pub modules: Vec<Module>,
}

impl Program {
    pub fn package(&self, id: PackageId) -> &Package {
        &self.packages[id.0 as usize]
    }

    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// The packages bottom-up: each after everything it imports.
    pub fn topo_order(&self) -> impl Iterator<Item = PackageId> + '_ {
        (0..self.packages.len() as u32).map(PackageId)
    }

    /// The file, line and column of an error position.
    pub fn position(&self, (file, offset): (FileId, u32)) -> (&Path, u32, u32) {
        let f = self.file(file);
        let (line, col) = f.line_index().line_col(offset.min(f.text.len() as u32));
        (&f.path, line, col)
    }
}

/// A configured loader: the Go installation, the build context and the
/// module graph of the working directory.
pub struct Loader {
    config: Config,
    goroot: GoRoot,
    context: BuildContext,
    modules: ModuleGraph,
}

impl Loader {
    /// Finds GOROOT and its version, and the main module(s) from `config.dir`.
    pub fn new(config: Config) -> Result<Loader, LoadError> {
        let goroot = GoRoot::find(config.goroot.as_deref()).map_err(|m| LoadError::new(ErrorKind::GoRoot, m))?;
        let context =
            BuildContext::new(&config.goos, &config.goarch, goroot.minor, config.tags.clone(), &config.experiments);
        let (src, cache) = (goroot.src(), config.mod_cache.clone());
        let modules =
            ModuleGraph::discover(&src, &config.dir, cache, config.mod_mode, &config.gowork).map_err(|e| {
                LoadError { pos: None, path: Some(e.path), line: e.line, msg: e.msg, kind: ErrorKind::ModFile }
            })?;
        Ok(Loader { config, goroot, context, modules })
    }

    pub fn goroot(&self) -> &GoRoot {
        &self.goroot
    }

    pub fn context(&self) -> &BuildContext {
        &self.context
    }

    pub fn modules(&self) -> &ModuleGraph {
        &self.modules
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Loads the packages the patterns name and everything they import.
    pub fn load(&self, patterns: &[String]) -> Program {
        graph::load(self, patterns, Arc::new(Interner::new()), None)
    }

    /// [`Loader::load`], interning into `interner` and calling `on_arrival`
    /// (from a loading thread) with each package as soon as its files are
    /// parsed, before the rest of the graph is known: a caller can start
    /// work on the bottom packages while the loader reads the others.
    /// Packages arrive imports first as far as loading order allows, but
    /// not in any promised order; the [`Program`] returned at the end is
    /// the same as [`Loader::load`]'s.
    pub fn load_streaming(
        &self,
        patterns: &[String],
        interner: Arc<Interner>,
        on_arrival: &(dyn Fn(Arrival) + Sync),
    ) -> Program {
        graph::load(self, patterns, interner, Some(on_arrival))
    }
}

/// A loaded package handed out before loading ends (see
/// [`Loader::load_streaming`]). Its identity is its import path, which
/// names one package of the final [`Program`].
pub struct Arrival {
    /// A number for this package during this load, and for the targets of
    /// `imports` (which may not have arrived yet).
    pub slot: usize,
    pub import_path: String,
    /// The package's Go files (no test files), in the [`Package::files`] order.
    pub files: Vec<Arc<SourceFile>>,
    /// Non-test imports: the path as written and the target's slot.
    pub imports: Vec<(String, usize)>,
    /// As [`Package::go_version`].
    pub go_version: Option<String>,
    /// No load error of its own (the package's import errors, cycles and
    /// refused imports are only known at the end) and no syntax errors.
    pub clean: bool,
}

/// `-mod=` from GOFLAGS.
pub fn mod_mode_from_goflags(goflags: &str) -> ModMode {
    let mut mode = ModMode::Auto;
    for f in goflags.split_whitespace() {
        match f.trim_start_matches('-') {
            "mod=mod" => mode = ModMode::Mod,
            "mod=vendor" => mode = ModMode::Vendor,
            _ => {}
        }
    }
    mode
}

/// `GOMODCACHE`, else `$GOPATH/pkg/mod` (first GOPATH entry), GOPATH
/// defaulting to `$HOME/go`.
pub fn mod_cache() -> PathBuf {
    if let Some(d) = std::env::var_os("GOMODCACHE").filter(|v| !v.is_empty()) {
        return PathBuf::from(d);
    }
    let gopath = std::env::var_os("GOPATH")
        .filter(|v| !v.is_empty())
        .and_then(|v| std::env::split_paths(&v).next())
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join("go"));
    gopath.join("pkg/mod")
}
