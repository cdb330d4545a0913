//! The loader over the whole standard library and `cmd` agrees with
//! `go list -e -deps` file for file: the same packages, the same selected
//! Go files, the same resolved imports, the same errors (none), for
//! wasip1/wasm and linux/amd64. Needs `go` on PATH (scripts/with-go.sh).

use std::collections::BTreeMap;
use std::process::Command;
use wago_loader::{Config, Loader, ModMode};

const FORMAT: &str =
    r#"{{.ImportPath}} {{.Name}} [{{join .GoFiles ","}}] [{{join .Imports ","}}] {{with .Error}}{{.Err}}{{end}}"#;

fn go_list(goos: &str, goarch: &str, pattern: &str) -> BTreeMap<String, String> {
    let out = Command::new("go")
        // wago has no cgo; -pgo=off keeps cmd/compile's deps unspecialised.
        .args(["list", "-e", "-deps", "-pgo=off", "-f", FORMAT, pattern])
        .current_dir(std::env::temp_dir())
        .env("GOOS", goos)
        .env("GOARCH", goarch)
        .env("GOEXPERIMENT", "none")
        .env("GOFLAGS", "")
        .env("GOWORK", "off")
        .env("CGO_ENABLED", "0")
        .output()
        .expect("this test needs the go command on PATH: run it under scripts/with-go.sh");
    assert!(out.status.success(), "go list failed: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    text.lines().map(|l| (l.split(' ').next().unwrap().to_string(), l.trim_end().to_string())).collect()
}

fn wago_list(goos: &str, goarch: &str, pattern: &str) -> BTreeMap<String, String> {
    let mut config = Config::from_env(std::env::temp_dir());
    (config.goos, config.goarch) = (goos.into(), goarch.into());
    (config.mod_mode, config.gowork, config.experiments) = (ModMode::Auto, "off".into(), String::new());
    let loader = Loader::new(config).expect("GOROOT");
    let program = loader.load(&[pattern.to_string()]);
    assert!(program.errors.is_empty(), "{:?}", program.errors);
    let mut out = BTreeMap::new();
    for id in program.topo_order() {
        let p = program.package(id);
        let files: Vec<String> =
            p.files.iter().map(|&f| program.file(f).path.file_name().unwrap().to_string_lossy().into()).collect();
        // Sorted by the path as written, as go list sorts them.
        let imports: Vec<&str> = p.imports.iter().map(|i| program.package(i.package).import_path.as_str()).collect();
        let err = p.errors.first().map(|e| e.msg.as_str()).unwrap_or("");
        let line = format!("{} {} [{}] [{}] {err}", p.import_path, p.name, files.join(","), imports.join(","));
        out.insert(p.import_path.clone(), line.trim_end().to_string());
    }
    out
}

fn same(goos: &str, goarch: &str, pattern: &str) {
    let (go, wago) = (go_list(goos, goarch, pattern), wago_list(goos, goarch, pattern));
    let mut diffs = Vec::new();
    for (path, line) in &go {
        match wago.get(path) {
            Some(w) if w == line => {}
            Some(w) => diffs.push(format!("go:   {line}\nwago: {w}")),
            None => diffs.push(format!("missing in wago: {line}")),
        }
    }
    diffs.extend(wago.keys().filter(|p| !go.contains_key(*p)).map(|p| format!("extra in wago: {p}")));
    assert!(diffs.is_empty(), "{goos}/{goarch} {pattern}: {} differences:\n{}", diffs.len(), diffs.join("\n"));
    assert!(go.len() > 100, "{pattern} has only {} packages", go.len());
}

#[test]
fn std_for_wasip1_wasm() {
    same("wasip1", "wasm", "std");
}

#[test]
fn std_for_linux_amd64() {
    same("linux", "amd64", "std");
}

#[test]
fn cmd_for_linux_amd64() {
    same("linux", "amd64", "cmd");
}
