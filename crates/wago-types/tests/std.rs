//! Type-checks the whole standard library from GOROOT, as `wago check std`
//! does: `wago-loader` selects and parses the files for a target, and the
//! packages are checked bottom-up in one [`Checker`]. Two targets:
//! wasip1/wasm (wago's own) and linux/amd64 (where `cmd` is checked too,
//! with its vendor folder). Every package must check clean; the failures
//! are listed with their first errors. Set `WAGO_STD_ALL=1` to print every
//! error. Skipped (with a note) when no Go installation is found.

use wago_loader::{Config, Loader, Program};
use wago_types::{Checker, PkgId, Sizes};

/// Packages with errors: import path, errors as `path:line:col: msg`.
type Failures = Vec<(String, Vec<String>)>;

/// Loads `patterns` for `goos/goarch` and checks every package; returns
/// how many packages there are and those that had errors.
fn check_all(goos: &str, goarch: &str, patterns: &[&str]) -> Option<(usize, Failures)> {
    let dir = std::env::temp_dir();
    let mut config = Config::from_env(dir);
    config.goos = goos.into();
    config.goarch = goarch.into();
    config.goroot = None;
    let loader = match Loader::new(config) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("no usable Go installation ({}); skipping", e.msg);
            return None;
        }
    };
    let patterns: Vec<String> = patterns.iter().map(|s| s.to_string()).collect();
    let program = loader.load(&patterns);
    assert!(program.errors.is_empty(), "load errors: {:?}", program.errors);
    let sizes = Sizes::for_target(goarch).expect("known GOARCH");
    let mut ck = Checker::new(&program.interner, sizes);
    let mut ids: Vec<Option<PkgId>> = Vec::with_capacity(program.packages.len());
    let mut failed = Vec::new();
    for pid in program.topo_order() {
        let pkg = program.package(pid);
        let errs = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check_one(&program, &mut ck, &ids, pid)))
            .unwrap_or_else(|_| Err(vec!["the checker panicked".to_string()]));
        ids.push(errs.as_ref().ok().copied());
        let errs = match errs {
            Ok(id) => diagnostics(&program, &ck, id),
            Err(e) => e,
        };
        if !errs.is_empty() {
            failed.push((pkg.import_path.clone(), errs));
        }
    }
    Some((program.packages.len(), failed))
}

/// Checks one package whose imports are checked; load or syntax errors
/// stop it, as they stop gc.
fn check_one(
    program: &Program,
    ck: &mut Checker,
    ids: &[Option<PkgId>],
    pid: wago_loader::PackageId,
) -> Result<PkgId, Vec<String>> {
    let pkg = program.package(pid);
    let mut errs: Vec<String> = pkg.errors.iter().map(|e| format!("load: {}", e.msg)).collect();
    for &f in &pkg.files {
        let file = program.file(f);
        errs.extend(file.errors.iter().map(|e| format!("{}: syntax: {}", file.path.display(), e.msg)));
    }
    if !errs.is_empty() {
        return Err(errs);
    }
    Ok(wago_driver::check_package(program, ck, pid, &|i| ids[i.0 as usize], None))
}

fn diagnostics(program: &Program, ck: &Checker, id: PkgId) -> Vec<String> {
    let mut diags = ck.info(id).diagnostics.clone();
    diags.sort_by_key(|d| (d.file, d.pos));
    diags
        .iter()
        .map(|d| {
            let (path, line, col) = program.position((wago_loader::FileId(d.file.0), d.pos));
            format!("{}:{line}:{col}: {}", path.display(), d.msg.lines().next().unwrap_or(""))
        })
        .collect()
}

fn report(target: &str, total: usize, failed: &[(String, Vec<String>)]) {
    let all = std::env::var_os("WAGO_STD_ALL").is_some();
    eprintln!("{target}: {} of {total} packages check clean", total - failed.len());
    for (pkg, errs) in failed {
        eprintln!("FAIL {pkg} ({} errors)", errs.len());
        for e in errs.iter().take(if all { usize::MAX } else { 3 }) {
            eprintln!("     {e}");
        }
    }
}

#[test]
fn std_checks_clean_on_wasip1_wasm() {
    let Some((total, failed)) = check_all("wasip1", "wasm", &["std"]) else { return };
    report("wasip1/wasm std", total, &failed);
    let names: Vec<&str> = failed.iter().map(|(p, _)| p.as_str()).collect();
    assert!(failed.is_empty(), "packages with errors: {names:?}");
}

#[test]
fn std_and_cmd_check_clean_on_linux_amd64() {
    let Some((total, failed)) = check_all("linux", "amd64", &["std", "cmd"]) else { return };
    report("linux/amd64 std cmd", total, &failed);
    let names: Vec<&str> = failed.iter().map(|(p, _)| p.as_str()).collect();
    assert!(failed.is_empty(), "packages with errors: {names:?}");
}
