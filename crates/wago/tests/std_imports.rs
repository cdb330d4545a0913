//! Programs importing the standard library: packages wago cannot compile
//! yet must be refused with diagnostics that name the package and the
//! construct at a position (never a bare "could not import", never a
//! panic), and a std function the program does not reach must not stop
//! the build even when wago cannot lower it yet.
//! These tests need the go command on PATH (scripts/with-go.sh).

use std::path::PathBuf;
use std::process::{Command, Output};

fn build(name: &str, src: &str) -> Output {
    let dir = std::env::temp_dir().join(format!("wago-std-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file: PathBuf = dir.join(format!("{name}.go"));
    std::fs::write(&file, src).expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_wago"))
        .arg("build")
        .arg("-o")
        .arg(dir.join("out.wasm"))
        .arg(&file)
        .current_dir(&dir)
        .output()
        .expect("run wago");
    let _ = std::fs::remove_dir_all(&dir);
    out
}

/// A program calling `call` of `pkg` (which wago cannot compile yet) is
/// refused with every error at a position naming its package, and the
/// user's import blamed.
fn assert_refused(name: &str, pkg: &str, call: &str) {
    let src = format!("package main\n\nimport \"{pkg}\"\n\nfunc main() {{ println({call}) }}\n");
    let out = build(name, &src);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("(package not found)"), "a bare could-not-import:\n{stderr}");
    let blame = format!("{name}.go:3:8: wago: package {pkg} cannot be compiled yet");
    assert!(stderr.contains(&blame), "the user's import is not blamed:\n{stderr}");
    for line in stderr.lines() {
        let (pos, msg) = line.split_once(": ").expect("path:line:col: message");
        assert!(pos.rsplit(':').take(2).all(|n| n.parse::<u32>().is_ok()), "no position: {line}");
        assert!(msg.starts_with("wago: package "), "the package is not named: {line}");
    }
}

#[test]
fn unsupported_package_is_named_with_positions() {
    // Refused while type-checking: runtime/pprof needs gc's profiler API.
    assert_refused("uses_pprof", "runtime/pprof", "pprof.Profiles() != nil");
    // Refused after lowering, for code the program reaches: context makes
    // channels (goroutines are milestone 3).
    assert_refused("uses_context", "context", "context.Background() != nil");
}

#[test]
fn unreached_unsupported_std_code_does_not_stop_a_build() {
    // iter.Pull needs coroutines (gc's runtime.newcoro, no Go body): pick
    // another std function wago cannot lower yet once they exist. A
    // program that only names iter.Seq never reaches it.
    let ok =
        build("iter_ok", "package main\n\nimport \"iter\"\n\nfunc main() { var s iter.Seq[int]; println(s == nil) }\n");
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    let reached = build(
        "iter_pull",
        "package main\n\nimport \"iter\"\n\nfunc main() {\n\tnext, stop := iter.Pull(func(yield func(int) bool) {})\n\t_ = next\n\tstop()\n}\n",
    );
    let stderr = String::from_utf8_lossy(&reached.stderr);
    assert_eq!(reached.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("iter.go:"), "{stderr}");
    assert!(stderr.contains("wago: package iter: "), "{stderr}");
}
