//! The arrival checker checks each package once its imports have checked
//! clean, whatever order packages arrive in, and never one whose import
//! failed or whose own files did not load cleanly; its diagnostics are
//! those of checking the final program bottom-up.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use wago_driver::arrivals::ArrivalChecker;
use wago_loader::{Arrival, Config, Loader, ModMode, PackageId, SourceFile};
use wago_syntax::Interner;
use wago_types::{Checker, PkgId, Sizes};

const FILES: &[(&str, &str)] = &[
    ("go.mod", "module example.com/m\n\ngo 1.22\n"),
    (
        "main.go",
        "package main\n\nimport (\n\t\"example.com/m/a\"\n\t\"example.com/m/c\"\n\t\"example.com/m/d\"\n)\n\nfunc main() { a.F(); c.F(); d.F() }\n",
    ),
    ("a/a.go", "package a\n\nimport \"example.com/m/b\"\n\nfunc F() { b.F() }\n"),
    ("b/b.go", "package b\n\nvar x int = \"s\"\n\nfunc F() {}\n"),
    ("c/c.go", "package c\n\nimport \"example.com/m/c/inner\"\n\nfunc F() int { return inner.N }\n"),
    ("c/inner/inner.go", "package inner\n\nconst N = 1\n"),
    ("d/d.go", "package d\n\nimport \"example.com/m/bad\"\n\nfunc F() { bad.G() }\n"),
    ("bad/bad.go", "package bad\n\nfunc G( {\n"),
];

struct TempModule(PathBuf);

impl Drop for TempModule {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn position(f: &SourceFile, pos: u32) -> String {
    let (line, col) = f.line_index().line_col(pos);
    format!("{}:{line}:{col}", f.path.file_name().unwrap().to_string_lossy())
}

#[test]
fn packages_are_checked_once_their_imports_are_whatever_the_order() {
    let root = std::env::temp_dir().join(format!("wago-arrivals-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let module = TempModule(root.clone());
    for (path, text) in FILES {
        let path = module.0.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let mut config = Config::from_env(root);
    (config.goos, config.goarch) = ("wasip1".into(), "wasm".into());
    (config.mod_mode, config.gowork) = (ModMode::Mod, "off".into());
    let loader = Loader::new(config).expect("loader");
    let interner = Arc::new(Interner::new());
    let arrivals = Mutex::new(Vec::new());
    let record = |a: Arrival| arrivals.lock().unwrap().push(a);
    let program = loader.load_streaming(&["./...".to_string()], interner.clone(), &record);
    let mut arrivals = arrivals.into_inner().unwrap();
    // Importers before their imports (in this module, more imports means
    // higher up): the worst order.
    arrivals.sort_by_key(|a| std::cmp::Reverse(a.imports.len()));

    let mut early = ArrivalChecker::new(&interner, Sizes::WASM, Box::new(position));
    for a in arrivals {
        early.arrive(a);
    }
    let checked = |path: &str| early.outcome(&format!("example.com/m{path}"));
    for path in ["", "/a", "/d", "/bad"] {
        assert!(checked(path).is_none(), "example.com/m{path} was checked");
    }
    for path in ["/c", "/c/inner"] {
        assert!(checked(path).is_some_and(|o| o.errors.is_empty()), "example.com/m{path}");
    }
    let b = checked("/b").expect("b is checked");
    let early_errors: Vec<String> =
        b.errors.iter().map(|e| format!("{}: {}", position(&e.file, e.pos), e.msg)).collect();

    // The same package checked the usual way, bottom-up over the program.
    let mut checker = Checker::new(&program.interner, Sizes::WASM);
    let mut done: Vec<Option<PkgId>> = Vec::new();
    let mut sequential_errors = Vec::new();
    for pid in program.topo_order() {
        let pkg = program.package(pid);
        if pkg.import_path != "example.com/m/b" && pkg.import_path != "example.com/m/c/inner" {
            done.push(None);
            continue;
        }
        let id = wago_driver::check_package(&program, &mut checker, pid, &|i: PackageId| done[i.0 as usize], None);
        for d in &checker.info(id).diagnostics {
            let f = program.file(wago_loader::FileId(d.file.0));
            sequential_errors.push(format!("{}: {}", position(f, d.pos), d.msg));
        }
        done.push(Some(id));
    }
    assert_eq!(early_errors, sequential_errors);
    assert_eq!(early_errors.len(), 1, "{early_errors:?}");
}
