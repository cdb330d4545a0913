//! Parses every `.go` file under a directory and reports errors and speed.
//! Usage: cargo run --release -p wago-syntax --example parse_files -- DIR [-v]

use std::time::Instant;
use wago_syntax::{Interner, LineIndex, parse_file};

fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|x| x == "go") {
            out.push(p);
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let verbose = args.iter().any(|a| a == "-v");
    let mut files = Vec::new();
    walk(std::path::Path::new(&args[1]), &mut files);
    files.sort();
    let srcs: Vec<(std::path::PathBuf, String)> = files
        .into_iter()
        .filter_map(|p| std::fs::read(&p).ok().map(|b| (p, String::from_utf8_lossy(&b).into_owned())))
        .collect();
    let bytes: usize = srcs.iter().map(|(_, s)| s.len()).sum();
    let interner = Interner::new();
    let t = Instant::now();
    let mut bad = 0;
    for (p, s) in &srcs {
        let r = parse_file(s, &interner);
        if !r.errors.is_empty() {
            bad += 1;
            if verbose {
                let e = &r.errors[0];
                let (l, c) = LineIndex::new(s).line_col(e.offset);
                println!("{}:{}:{}: {}", p.display(), l, c, e.msg);
            }
        }
    }
    let dt = t.elapsed().as_secs_f64();
    println!(
        "{} files, {} with errors, {:.1} MB in {:.3}s = {:.1} MB/s",
        srcs.len(),
        bad,
        bytes as f64 / 1e6,
        dt,
        bytes as f64 / 1e6 / dt
    );
}
