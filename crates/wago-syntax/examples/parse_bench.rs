//! Parse-speed benchmark, the counterpart of `tools/goparsebench`: reads
//! every `.go` file under a root (default `$GOROOT/src`) into memory, then
//! parses all of them on every core, three times, and prints the best run
//! in the same form as the Go program, so that `bench/parse.sh` can compare
//! the two lines.
//!
//! Usage: cargo run --release -p wago-syntax --example parse_bench -- [ROOT]

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use wago_syntax::{Interner, parse_file};

/// Every regular `.go` file under `dir` (symbolic links are not followed,
/// as with Go's `filepath.WalkDir`).
fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let path = entry.path();
        if kind.is_dir() {
            walk(&path, out);
        } else if kind.is_file() && path.extension().is_some_and(|x| x == "go") {
            out.push(path);
        }
    }
}

fn default_root() -> PathBuf {
    let goroot = std::env::var_os("GOROOT").filter(|g| !g.is_empty()).map(PathBuf::from).or_else(|| {
        let out = std::process::Command::new("go").args(["env", "GOROOT"]).output().ok()?;
        Some(PathBuf::from(String::from_utf8(out.stdout).ok()?.trim()))
    });
    match goroot {
        Some(g) => g.join("src"),
        None => {
            eprintln!("parse_bench: no GOROOT (set GOROOT or put `go` on PATH)");
            std::process::exit(2);
        }
    }
}

/// Parses every source once on `threads` threads; returns the wall-clock time.
fn parse_all(sources: &[String], interner: &Interner, threads: usize) -> Duration {
    let next = AtomicUsize::new(0);
    let start = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(src) = sources.get(i) else {
                        break;
                    };
                    std::hint::black_box(parse_file(src, interner));
                }
            });
        }
    });
    start.elapsed()
}

fn main() {
    let root = std::env::args_os().nth(1).map(PathBuf::from).unwrap_or_else(default_root);
    let mut paths = Vec::new();
    walk(&root, &mut paths);
    paths.sort();
    let sources: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .map(|b| String::from_utf8(b).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
        .collect();
    let bytes: usize = sources.iter().map(String::len).sum();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let interner = Interner::new();
    let best = (0..3).map(|_| parse_all(&sources, &interner, threads)).min().unwrap_or_default();
    let mb = bytes as f64 / 1e6;
    let secs = best.as_secs_f64();
    println!("wago: {} files, {mb:.1} MB, {secs:.3} s, {:.1} MB/s", sources.len(), mb / secs);
}
