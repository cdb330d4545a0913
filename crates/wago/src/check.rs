//! `wago check`: load the named packages and everything they import, then
//! type-check them bottom-up and print the errors the way gc does —
//! `path:line:col: message`, sorted by position, at most ten per package
//! unless `-e`. With `-syntax`, stop after loading and parsing.
//!
//! Loading and syntax errors stop a package's checking, as they stop gc,
//! and a package whose imports have errors is not checked (as the go
//! command does not compile it): only the first broken layer is reported.
//! The checker's arenas are shared by the whole program, so identities
//! hold across packages but checking is sequential; it runs on this
//! thread while the loader is still reading and parsing on the others,
//! each package as soon as its imports are checked
//! ([`wago_driver::arrivals`]). Which outcomes count, and the order of
//! the report, follow the final program's bottom-up order.

use crate::diag::{self, Diagnostic, Location, Report};
use crate::load::{LoadArgs, loader};
use clap::Args;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;
use wago_driver::arrivals::{ArrivalChecker, PlacedError};
use wago_loader::{Arrival, ErrorKind, LoadError, Loader, Package, Program, SourceFile};
use wago_syntax::Interner;
use wago_types::{PkgId, Sizes};

#[derive(Args)]
pub struct CheckArgs {
    /// Only load and parse: report package and syntax errors
    #[arg(long)]
    syntax: bool,
    /// Report all errors, not just the first ten per package
    #[arg(short = 'e')]
    all_errors: bool,
    #[command(flatten)]
    load: LoadArgs,
    /// Packages (import paths, patterns like ./..., std, cmd) or .go files
    #[arg(value_name = "PACKAGES")]
    patterns: Vec<String>,
}

pub fn run(args: CheckArgs) -> ExitCode {
    let loader = match loader(&args.load) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let goarch = loader.config().goarch.clone();
    let Some(sizes) = Sizes::for_target(&goarch) else {
        eprintln!("wago: unsupported GOARCH {goarch}");
        return ExitCode::from(2);
    };
    let goroot = loader.goroot().dir.clone();
    if args.syntax {
        let program = loader.load(&args.patterns);
        let mut diags = load_diagnostics(&program);
        for pkg in &program.packages {
            diags.extend(package_report(&program, pkg).limited(args.all_errors));
        }
        let failed = !diags.is_empty();
        diag::print(diags);
        // The process ends: leave the memory to the OS.
        std::mem::forget(program);
        return if failed { ExitCode::from(1) } else { ExitCode::SUCCESS };
    }
    let cwd = std::env::current_dir().unwrap_or_default();
    let interner = Arc::new(Interner::new());
    let pos_format = Box::new(|f: &SourceFile, pos: u32| {
        let (line, col) = f.line_index().line_col(pos.min(f.text.len() as u32));
        format!("{}:{line}:{col}", diag::gc_path(&f.path, &cwd, &goroot))
    });
    let mut early = ArrivalChecker::new(&interner, sizes, pos_format);
    loader_threads_yield();
    let program = load_and_check(&loader, &args.patterns, &interner, &mut early);
    let diags = load_diagnostics(&program);
    // Package by package, bottom-up, each in gc's order.
    let checked = report_program(&program, &early, args.all_errors);
    let failed = !diags.is_empty() || !checked.is_empty();
    diag::print(diags);
    diag::print_in_order(checked);
    // The process ends next: freeing the checker's tables and the files
    // one by one would only cost time.
    std::mem::forget(early);
    std::mem::forget(program);
    if failed { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

/// Loads the program on the loader's threads while checking, on this
/// one, each package that arrives ready.
fn load_and_check(
    loader: &Loader,
    patterns: &[String],
    interner: &Arc<Interner>,
    early: &mut ArrivalChecker<'_>,
) -> Program {
    std::thread::scope(|s| {
        let (tx, rx) = std::sync::mpsc::channel::<Arrival>();
        let interner = interner.clone();
        let loading = s.spawn(move || {
            let send = move |a: Arrival| {
                // The receiver outlives the load: sending cannot fail.
                let _ = tx.send(a);
            };
            loader.load_streaming(patterns, interner, &send)
        });
        for arrival in rx {
            early.arrive(arrival);
        }
        loading.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

/// Checking is sequential and is the longer part of the work: when it
/// competes with the loader for cores, the loader's threads should give
/// way (they still run whenever the checker waits for a package). Sets
/// up rayon's global pool, whose threads the loader uses, at a lower
/// priority; does nothing if the pool exists already.
fn loader_threads_yield() {
    let _ = rayon::ThreadPoolBuilder::new()
        .start_handler(|_| {
            // SAFETY: setpriority only reads its integer arguments; `who`
            // 0 is the calling thread on Linux.
            unsafe {
                libc::setpriority(libc::PRIO_PROCESS, 0, 10);
            }
        })
        .build_global();
}

/// The program's own errors and warnings.
fn load_diagnostics(program: &Program) -> Vec<Diagnostic> {
    for w in &program.warnings {
        eprintln!("wago: warning: {w}");
    }
    program.errors.iter().map(|e| diagnostic(program, e)).collect()
}

/// Goes over the program bottom-up: a package with load or syntax errors
/// reports them; one whose imports are all clean reports its type errors
/// (checked as it arrived). Returns the diagnostics of the packages that
/// have errors, each list limited.
fn report_program(program: &Program, early: &ArrivalChecker<'_>, all_errors: bool) -> Vec<Diagnostic> {
    // The checker's package for each loaded package; `None` if it has errors.
    let mut checked: Vec<Option<PkgId>> = Vec::with_capacity(program.packages.len());
    let mut diags = Vec::new();
    for pid in program.topo_order() {
        let pkg = program.package(pid);
        let report = package_report(program, pkg);
        let imports_ok = pkg.imports.iter().all(|i| checked.get(i.package.0 as usize).is_some_and(Option::is_some));
        let mut result = None;
        if !report.diags.is_empty() {
            diags.extend(report.limited(all_errors));
        } else if imports_ok {
            // Every package that gets here was checked as it arrived (see
            // wago_driver::arrivals); not finding it is wago's own bug.
            let Some(outcome) = early.outcome(&pkg.import_path) else {
                let msg = format!("internal error: package {} was not type-checked", pkg.import_path);
                diags.push(Diagnostic { location: Location::None, msg });
                checked.push(None);
                continue;
            };
            let mut errors = type_errors(pkg, &outcome.errors);
            if errors.is_empty() {
                // gc's back end (noder) checks bodies once types are fine.
                errors = missing_bodies(program, pkg);
            }
            if errors.is_empty() {
                result = Some(outcome.pkg);
            }
            diags.extend(gc_order(errors, all_errors));
        }
        checked.push(result);
    }
    if diags.is_empty() {
        diags.extend(missing_main(program));
    }
    diags
}

/// Extensions of the files go build counts as a package's non-Go files;
/// with none, it compiles the package with `-complete`, where gc requires
/// every function without a `//go:linkname` or `//go:wasmimport` to have a
/// body.
const NON_GO_EXTS: &[&str] =
    &["s", "S", "sx", "c", "cc", "cpp", "cxx", "m", "f", "F", "for", "f90", "syso", "swig", "swigcxx"];

/// gc's `missing function body` for a package compiled with `-complete`:
/// a module package whose directory holds no non-Go source files. (The
/// standard library is compiled by go build's own rules and is not checked.)
fn missing_bodies(program: &Program, pkg: &Package) -> Vec<Diagnostic> {
    if pkg.goroot || has_non_go_files(&pkg.dir) {
        return Vec::new();
    }
    let files: Vec<_> = pkg.files.iter().map(|&f| program.file(f)).collect();
    // `//go:linkname local …` in any file of the package exempts `local`.
    let linknamed: Vec<&str> = files
        .iter()
        .flat_map(|f| f.text.lines())
        .filter_map(|l| l.strip_prefix("//go:linkname ")?.split_whitespace().next())
        .collect();
    let mut out = Vec::new();
    for f in files {
        let ast = &f.ast;
        for &d in ast.top_decls() {
            let wago_syntax::ast::Decl::Func { recv, name, body: None, .. } = *ast.decl(d) else { continue };
            let wago_syntax::ast::Expr::Ident { name: sym, pos } = *ast.expr(name) else { continue };
            let ident = program.interner.resolve(sym);
            if (recv.is_none() && linknamed.contains(&ident)) || wasm_imported(&f.text, pos as usize) {
                continue;
            }
            // gc places a function declaration after `func`: at its name,
            // or at a method's receiver.
            let at = recv.map_or(pos, |r| ast.field_list(r).opening);
            let (line, col) = f.line_index().line_col(at);
            out.push(Diagnostic::at(&f.path, line, col, "missing function body"));
        }
    }
    out
}

/// Whether the directives right above the declaration at `offset` include
/// `//go:wasmimport`.
fn wasm_imported(text: &str, offset: usize) -> bool {
    let head = &text[..text[..offset].rfind('\n').unwrap_or(0)];
    head.lines().rev().take_while(|l| l.starts_with("//")).any(|l| l.starts_with("//go:wasmimport "))
}

fn has_non_go_files(dir: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else { return false };
    entries.flatten().any(|e| {
        let name = e.file_name().to_string_lossy().into_owned();
        !name.starts_with(['_', '.'])
            && name.rsplit_once('.').is_some_and(|(_, ext)| NON_GO_EXTS.contains(&ext))
            && e.path().is_file()
    })
}

/// The linker's complaint, which `go build` prints once everything
/// compiles, about the main package it links (the only package named on
/// the command line; with several, it links none) declaring no `func main`.
fn missing_main(program: &Program) -> Option<Diagnostic> {
    let lacks_main = |pkg: &Package| {
        !pkg.files.iter().any(|&f| {
            let ast = &program.file(f).ast;
            ast.top_decls().iter().any(|&d| {
                matches!(*ast.decl(d), wago_syntax::ast::Decl::Func { recv: None, name, .. }
                    if matches!(*ast.expr(name), wago_syntax::ast::Expr::Ident { name, .. }
                        if program.interner.resolve(name) == "main"))
            })
        })
    };
    let [root] = program.roots[..] else { return None };
    let pkg = program.package(root);
    let missing = pkg.name == "main" && lacks_main(pkg);
    missing.then(|| Diagnostic {
        location: Location::None,
        msg: "runtime.main_main·f: function main is undeclared in the main package".into(),
    })
}

/// The type errors of a checked package.
fn type_errors(pkg: &Package, errors: &[PlacedError]) -> Vec<Diagnostic> {
    let lang = pkg.go_version.as_deref();
    errors
        .iter()
        .map(|e| {
            let f = &e.file;
            let (line, col) = f.line_index().line_col(e.pos.min(f.text.len() as u32));
            let msg = with_version_hint(&e.msg, &f.ast.go_version, lang);
            Diagnostic::at(&f.path, line, col, msg)
        })
        .collect()
}

/// A language-version error with gc's hint at where the version came from
/// (gc's noder adds it to types2's "X requires go1.N or later"): the
/// file's `//go:build` line when that set the version the file was checked
/// with (only go1.21 and later can), else go.mod's `go` line (`-lang`).
fn with_version_hint(msg: &str, file_version: &str, lang: Option<&str>) -> String {
    if !mentions_required_version(msg) {
        return msg.to_string();
    }
    let file_minor = file_version.strip_prefix("go1.").map(|r| r.split(|c: char| !c.is_ascii_digit()).next());
    let file_sets_version = file_minor.flatten().and_then(|m| m.parse::<u32>().ok()).is_some_and(|m| m >= 21);
    match lang {
        _ if file_sets_version => format!("{msg} (file declares //go:build {file_version})"),
        Some(v) => format!("{msg} (-lang was set to go{v}; check go.mod)"),
        None => msg.to_string(),
    }
}

/// Whether `msg` says "requires goN.M or later", as gc's noder tests.
fn mentions_required_version(msg: &str) -> bool {
    msg.match_indices("requires go").any(|(at, m)| {
        let rest = &msg[at + m.len()..];
        let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let major = digits(rest);
        let Some(after_dot) = rest[major..].strip_prefix('.') else { return false };
        let minor = digits(after_dot);
        major > 0 && minor > 0 && after_dot[minor..].starts_with(" or later")
    })
}

/// A package's type errors (in the order found) as gc prints them: it
/// stops at the tenth unless `-e`, with `too many errors` at that one's
/// position, and sorts what it has by file — files ranked by their first
/// error found, as gc numbers files when it first needs a position — then
/// by line and column.
fn gc_order(mut errors: Vec<Diagnostic>, all_errors: bool) -> Vec<Diagnostic> {
    let too_many = (!all_errors && errors.len() >= 10).then(|| errors[9].location.clone());
    if too_many.is_some() {
        errors.truncate(10);
    }
    let mut files: Vec<std::path::PathBuf> = Vec::new();
    let rank = |files: &mut Vec<std::path::PathBuf>, loc: &Location| -> (usize, u32, u32) {
        let Location::Pos { path, line, col } = loc else { return (usize::MAX, 0, 0) };
        let i = files.iter().position(|p| p == path).unwrap_or_else(|| {
            files.push(path.clone());
            files.len() - 1
        });
        (i, *line, *col)
    };
    let mut keyed: Vec<_> = errors.into_iter().map(|d| (rank(&mut files, &d.location), d)).collect();
    keyed.sort_by_key(|(k, _)| *k);
    let mut out: Vec<Diagnostic> = keyed.into_iter().map(|(_, d)| d).collect();
    if let Some(location) = too_many {
        out.push(Diagnostic { location, msg: "too many errors".into() });
    }
    out
}

/// A package's load errors and its files' syntax errors.
pub fn package_report(program: &Program, pkg: &Package) -> Report {
    let mut report = Report::default();
    report.diags.extend(pkg.errors.iter().map(|e| diagnostic(program, e)));
    for &id in pkg.files.iter().chain(&pkg.test_files).chain(&pkg.xtest_files) {
        let f = program.file(id);
        for err in &crate::gcsyntax::gc_syntax_errors(&f.text, &f.errors) {
            let offset = err.offset.min(f.text.len() as u32);
            let (line, col) = match f.line_index().line_col(offset) {
                // The end of a file that ends a line is where gc's scanner
                // puts EOF: the start of the line after.
                (line, col) if offset as usize == f.text.len() && f.text.ends_with('\n') && col > 1 => (line + 1, 1),
                lc => lc,
            };
            report.diags.push(Diagnostic::at(&f.path, line, col, err.msg.clone()));
        }
    }
    report
}

pub fn diagnostic(program: &Program, e: &LoadError) -> Diagnostic {
    let msg = match &e.kind {
        ErrorKind::ImportCycle(stack) if stack.len() > 1 => format!("{}: {}", e.msg, stack.join(" imports ")),
        _ => e.msg.clone(),
    };
    let location = match (e.pos, &e.path, e.line) {
        (Some(pos), _, _) => {
            let (path, line, col) = program.position(pos);
            Location::Pos { path: path.to_path_buf(), line, col }
        }
        (None, Some(path), Some(line)) => Location::Line { path: path.clone(), line },
        _ => Location::None,
    };
    Diagnostic { location, msg }
}
