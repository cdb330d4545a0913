//! `Loader::load_streaming` hands out every package of the final program
//! exactly once, with its Go files, its imports and a cleanliness verdict
//! that agree with the program `load` builds; the program it returns is
//! `load`'s. Checked on a module with a syntax error, a missing import
//! and an import cycle, and on the standard library (needs `go` on PATH:
//! scripts/with-go.sh). The loading order itself is unit-tested with the
//! job queue (graph.rs).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use wago_loader::{Arrival, Config, Loader, ModMode, Program};
use wago_syntax::Interner;

/// A module tree in a fresh temporary directory, removed on drop.
struct TempModule(PathBuf);

impl TempModule {
    fn new(name: &str, files: &[(&str, &str)]) -> TempModule {
        let root = std::env::temp_dir().join(format!("wago-stream-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for (path, text) in files {
            let path = root.join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        TempModule(root)
    }
}

impl Drop for TempModule {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn loader(dir: &Path) -> Loader {
    let mut config = Config::from_env(dir.to_path_buf());
    (config.goos, config.goarch) = ("wasip1".into(), "wasm".into());
    (config.mod_mode, config.gowork, config.experiments) = (ModMode::Mod, "off".into(), String::new());
    Loader::new(config).expect("loader")
}

/// Streams a load, collecting the arrivals in order.
fn stream(loader: &Loader, pattern: &str) -> (Program, Vec<Arrival>) {
    let arrivals = Mutex::new(Vec::new());
    let record = |a: Arrival| arrivals.lock().unwrap().push(a);
    let program = loader.load_streaming(&[pattern.to_string()], Arc::new(Interner::new()), &record);
    (program, arrivals.into_inner().unwrap())
}

/// Every package arrived once, and what it said agrees with the program.
fn assert_agrees(program: &Program, arrivals: &[Arrival]) {
    let by_slot: HashMap<usize, &Arrival> = arrivals.iter().map(|a| (a.slot, a)).collect();
    assert_eq!(by_slot.len(), arrivals.len(), "a slot arrived twice");
    let by_path: HashMap<&str, &Arrival> = arrivals.iter().map(|a| (a.import_path.as_str(), a)).collect();
    assert_eq!(by_path.len(), arrivals.len(), "an import path arrived twice");
    for pkg in &program.packages {
        // Packages no directory provides are never loaded, so never arrive.
        if pkg.dir.as_os_str().is_empty() {
            assert!(!by_path.contains_key(pkg.import_path.as_str()), "{} arrived", pkg.import_path);
            continue;
        }
        let a = by_path.get(pkg.import_path.as_str()).unwrap_or_else(|| panic!("{} never arrived", pkg.import_path));
        let arrived: Vec<&Path> = a.files.iter().map(|f| f.path.as_path()).collect();
        let loaded: Vec<&Path> = pkg.files.iter().map(|&f| program.file(f).path.as_path()).collect();
        assert_eq!(arrived, loaded, "files of {}", pkg.import_path);
        let imports: Vec<(&str, &str)> =
            pkg.imports.iter().map(|i| (i.path.as_str(), program.package(i.package).import_path.as_str())).collect();
        let arrived_imports: Vec<(&str, &str)> = a
            .imports
            .iter()
            .map(|(path, slot)| {
                let target = by_slot.get(slot).map_or_else(|| path.as_str(), |t| t.import_path.as_str());
                (path.as_str(), target)
            })
            .collect();
        assert_eq!(arrived_imports, imports, "imports of {}", pkg.import_path);
        assert_eq!(a.go_version, pkg.go_version, "go version of {}", pkg.import_path);
        let syntax_ok = pkg.files.iter().all(|&f| program.file(f).errors.is_empty());
        if pkg.errors.is_empty() && syntax_ok {
            assert!(a.clean, "{} arrived unclean", pkg.import_path);
        }
        if !syntax_ok {
            assert!(!a.clean, "{} has syntax errors but arrived clean", pkg.import_path);
        }
    }
}

/// The same packages, files and imports, in the same order.
fn assert_same_program(a: &Program, b: &Program) {
    let describe = |p: &Program| -> Vec<String> {
        p.packages
            .iter()
            .map(|pkg| {
                let files: Vec<_> = pkg.files.iter().map(|&f| p.file(f).path.display().to_string()).collect();
                let imports: Vec<_> = pkg.imports.iter().map(|i| format!("{}={}", i.path, i.package.0)).collect();
                let errors: Vec<_> = pkg.errors.iter().map(|e| format!("{:?} {:?}", e.pos, e.msg)).collect();
                format!("{} {files:?} {imports:?} {errors:?}", pkg.import_path)
            })
            .collect()
    };
    assert_eq!(describe(a), describe(b));
    assert_eq!(a.roots, b.roots);
}

#[test]
fn a_module_with_broken_packages_streams_what_load_loads() {
    let module = TempModule::new(
        "broken",
        &[
            ("go.mod", "module example.com/m\n\ngo 1.22\n"),
            (
                "main.go",
                "package main\n\nimport (\n\t\"example.com/m/a\"\n\t\"example.com/m/bad\"\n\t\"example.com/m/c1\"\n)\n\nfunc main() { a.F(); bad.G(); c1.H() }\n",
            ),
            ("a/a.go", "package a\n\nimport \"example.com/m/b\"\n\nfunc F() { b.F() }\n"),
            ("a/a_test.go", "package a\n\nimport \"testing\"\n\nfunc TestF(t *testing.T) {}\n"),
            ("b/b.go", "package b\n\nimport \"example.com/m/missing\"\n\nfunc F() { missing.X() }\n"),
            ("bad/bad.go", "package bad\n\nfunc G( {\n"),
            ("c1/c1.go", "package c1\n\nimport \"example.com/m/c2\"\n\nfunc H() { c2.H() }\n"),
            ("c2/c2.go", "package c2\n\nimport \"example.com/m/c1\"\n\nfunc H() { c1.H() }\n"),
        ],
    );
    let loader = loader(&module.0);
    let (program, arrivals) = stream(&loader, ".");
    assert_agrees(&program, &arrivals);
    assert_same_program(&program, &loader.load(&[".".to_string()]));
    let clean: HashMap<&str, bool> = arrivals.iter().map(|a| (a.import_path.as_str(), a.clean)).collect();
    assert!(!clean["example.com/m/bad"], "syntax error");
    // Errors only the whole graph shows are not the arrival's.
    assert!(clean["example.com/m/c1"], "cycle");
    assert!(clean["example.com/m/b"], "missing import");
}

#[test]
fn std_streams_what_load_loads() {
    let loader = loader(&std::env::temp_dir());
    let (program, arrivals) = stream(&loader, "std");
    assert!(program.errors.is_empty(), "{:?}", program.errors);
    // Directories the wildcard matched without Go files for this target
    // arrive too (unclean) but are not packages of the program.
    assert!(arrivals.len() >= program.packages.len());
    assert_agrees(&program, &arrivals);
    let in_program: std::collections::HashSet<&str> = program.packages.iter().map(|p| p.import_path.as_str()).collect();
    for a in &arrivals {
        assert_eq!(a.clean, in_program.contains(a.import_path.as_str()), "{} clean: {}", a.import_path, a.clean);
    }
    assert_same_program(&program, &loader.load(&["std".to_string()]));
}
