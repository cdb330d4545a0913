//! The `wago` binary end to end: exit codes and diagnostic format.

use std::process::Command;

fn wago(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_wago")).args(args).output().expect("run wago")
}

#[test]
fn check_syntax_of_a_valid_package_is_silent() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/hello");
    let out = wago(&["check", "-syntax", root]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty() && out.stdout.is_empty());
}

#[test]
fn check_syntax_reports_position_and_fails() {
    let dir = std::env::temp_dir().join(format!("wago-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("bad.go");
    std::fs::write(&file, "package x\n\nfunc f() {\n\tx := \n}\n").unwrap();
    let out = wago(&["check", "-syntax", file.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.starts_with(&format!("{}:5:1: syntax error: ", file.display())), "{stderr}");
}
