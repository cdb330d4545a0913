//! `wago run FILE.wasm [args...]` end to end on a hand-written module: the
//! program's stdout and exit code become the command's, its arguments reach
//! it untouched (Go-style flags included), and a module that cannot run is
//! reported with its path. (The runtime itself is tested in wago-host.)

use std::path::PathBuf;
use std::process::{Command, Output};

/// Writes argv[1] and a newline to stdout, then exits 7.
const ECHO_FIRST_ARG: &str = r#"(module
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $sizes (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $args (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 1)
  (func $strlen (param $p i32) (result i32)
    (local $n i32)
    (block $done (loop $next
      (br_if $done (i32.eqz (i32.load8_u (i32.add (local.get $p) (local.get $n)))))
      (local.set $n (i32.add (local.get $n) (i32.const 1)))
      (br $next)))
    (local.get $n))
  (func (export "_start")
    (local $arg i32) (local $len i32)
    (drop (call $sizes (i32.const 0) (i32.const 4)))
    (drop (call $args (i32.const 1024) (i32.const 2048)))
    (local.set $arg (i32.load (i32.const 1028)))
    (local.set $len (call $strlen (local.get $arg)))
    ;; Overwrite the NUL terminator with a newline and write the argument.
    (i32.store8 (i32.add (local.get $arg) (local.get $len)) (i32.const 10))
    (i32.store (i32.const 16) (local.get $arg))
    (i32.store (i32.const 20) (i32.add (local.get $len) (i32.const 1)))
    (drop (call $fd_write (i32.const 1) (i32.const 16) (i32.const 1) (i32.const 24)))
    (call $proc_exit (i32.const 7))))"#;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wago-run-wasm-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn wago_run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wago")).arg("run").args(args).output().expect("run wago")
}

#[test]
fn runs_a_module_with_its_arguments_and_exit_code() {
    let dir = temp_dir("echo");
    let wasm = dir.join("echo.wasm");
    std::fs::write(&wasm, wat::parse_str(ECHO_FIRST_ARG).unwrap()).unwrap();
    let out = wago_run(&[wasm.to_str().unwrap(), "-verbose", "two"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "-verbose\n");
    assert_eq!(out.status.code(), Some(7), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty());

    // wago's own flags come before the module; a preopened directory that
    // does not exist is reported before anything runs.
    let out = wago_run(&["-dir", dir.join("missing").to_str().unwrap(), wasm.to_str().unwrap(), "x"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.starts_with(&format!("wago run: {}: cannot preopen directory ", wasm.display())), "{stderr}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn invalid_module_is_reported_with_its_path() {
    let dir = temp_dir("invalid");
    let wasm = dir.join("bad.wasm");
    std::fs::write(&wasm, b"not wasm").unwrap();
    let out = wago_run(&[wasm.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.starts_with(&format!("wago run: {}: invalid WebAssembly module: ", wasm.display())), "{stderr}");
    std::fs::remove_dir_all(dir).unwrap();
}
