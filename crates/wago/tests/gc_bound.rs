//! The collector keeps memory bounded: tests/run/gc_stress.go allocates
//! about 600 MB over its run (3 million short-lived objects of several
//! shapes) while keeping a live set of about 9 MB (a tree and a list of
//! 1e5 nodes each, a map of pointers, a growing slice of pointers,
//! closures). With GOGC=100 the heap stays under twice the live set,
//! about 18 MB, plus size-class and span slack, plus the collector's
//! fixed data (the 2 MiB page table, the 256 KiB shadow stack): its linear
//! memory must end under 48 MiB (a bump allocator needs over 1 GB).
//! Needs the go command on PATH, like the run corpus.

use std::process::Command;
use wago_host::{RunConfig, Stdio};

const BOUND: u64 = 48 << 20;

#[test]
fn gc_stress_runs_in_bounded_memory() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let src = root.join("tests/run/gc_stress.go");
    let dir = std::env::temp_dir().join(format!("wago-gc-bound-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let wasm = dir.join("gc_stress.wasm");
    let build = Command::new(env!("CARGO_BIN_EXE_wago")).arg("build").arg("-o").arg(&wasm).arg(&src).output().unwrap();
    assert!(build.status.success(), "wago build failed:\n{}", String::from_utf8_lossy(&build.stderr));
    let bytes = std::fs::read(&wasm).unwrap();
    let cfg = RunConfig { stdio: Stdio::Capture { stdin: Vec::new() }, ..Default::default() };
    let out = wago_host::run(&bytes, &cfg).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.exit_code, 0, "{}", String::from_utf8_lossy(&out.stderr));
    let golden = std::fs::read_to_string(src.with_extension("golden")).unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(golden.contains(stderr.as_ref()), "wrong checksums:\n{stderr}");
    assert!(out.memory_bytes < BOUND, "linear memory grew to {} bytes (bound {BOUND})", out.memory_bytes);
    eprintln!("gc_stress: linear memory {} KiB", out.memory_bytes >> 10);
}
