//! A deterministic mutation fuzzer for the type checker: no input may make
//! it panic. Inputs are this crate's check cases and go/types' own test
//! files (`$GOROOT/src/internal/types/testdata/check`), mutated line- and
//! word-wise (lines deleted, duplicated or swapped; identifiers, literals
//! and operators replaced by others of the same file), so that most mutants
//! still parse and reach the checker. Each mutant that parses cleanly is
//! checked alone (imports other than `unsafe` stay unresolved) under
//! `catch_unwind`; a panicking input is written to
//! `$CARGO_TARGET_TMPDIR/checker_fuzz_crash.go` and the test fails.
//! `WAGO_FUZZ_SECS=N` keeps going for N seconds instead of the default budget;
//! `WAGO_FUZZ_SEED=N` starts from another seed.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::time::{Duration, Instant};
use wago_syntax::{Interner, parse_file};
use wago_types::{Checker, FileId, FileInput, PackageInput, Sizes};

/// Mutants per input file in the default budget.
const MUTANTS_PER_FILE: usize = 400;

/// xorshift64*: tiny, deterministic.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n.max(1) as u64) as usize
    }
}

fn inputs() -> Vec<(PathBuf, String)> {
    let mut dirs = vec![PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/check"))];
    let goroot = std::env::var("GOROOT").ok().map(PathBuf::from).or_else(|| {
        let out = std::process::Command::new("go").args(["env", "GOROOT"]).output().ok()?;
        Some(PathBuf::from(String::from_utf8(out.stdout).ok()?.trim()))
    });
    let goroot = goroot.expect("no Go installation: run the tests through `make test`, which installs one");
    dirs.push(goroot.join("src/internal/types/testdata/check"));
    let mut files = Vec::new();
    for dir in dirs {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .filter_map(|e| Some(e.ok()?.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "go"))
            .collect();
        entries.sort();
        files.extend(entries.into_iter().filter_map(|p| Some((p.clone(), std::fs::read_to_string(&p).ok()?))));
    }
    assert!(files.len() > 50, "too few inputs found");
    files
}

/// Splits a line into words: runs of identifier characters, and single other characters.
fn words(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let next_is_word = chars.get(k + 1).is_some_and(|&(_, n)| is_word(n));
        if !(is_word(c) && next_is_word) {
            let end = i + c.len_utf8();
            out.push(&line[start..end]);
            start = end;
        }
    }
    out
}

fn mutate(src: &str, rng: &mut Rng) -> String {
    let mut lines: Vec<String> = src.lines().map(str::to_string).collect();
    if lines.is_empty() {
        return String::new();
    }
    let vocabulary: Vec<String> = lines.iter().flat_map(|l| words(l)).map(str::to_string).collect();
    for _ in 0..1 + rng.below(3) {
        let n = lines.len();
        let at = rng.below(n);
        match rng.below(4) {
            0 if n > 1 => {
                lines.remove(at);
            }
            1 => {
                let copy = lines[rng.below(n)].clone();
                lines.insert(at, copy);
            }
            2 => lines.swap(at, rng.below(n)),
            _ => {
                let mut w: Vec<String> = words(&lines[at]).into_iter().map(str::to_string).collect();
                if !w.is_empty() && !vocabulary.is_empty() {
                    let k = rng.below(w.len());
                    w[k] = vocabulary[rng.below(vocabulary.len())].clone();
                }
                lines[at] = w.concat();
            }
        }
    }
    lines.join("\n")
}

/// Checks `src` as a one-file package; returns whether it reached the checker.
fn check(src: &str, names: &Interner) -> bool {
    let parsed = parse_file(src, names);
    if !parsed.errors.is_empty() {
        return false;
    }
    let mut checker = Checker::new(names, Sizes::for_target("amd64").expect("amd64"));
    let files = [FileInput { ast: &parsed.ast, src, id: FileId(0) }];
    checker.check_package(PackageInput { path: "p", files: &files, imports: &|_| None, go_version: "" });
    true
}

fn fuzz() {
    let inputs = inputs();
    let names: &'static Interner = Box::leak(Box::new(Interner::new()));
    let deadline = std::env::var("WAGO_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .map(|secs| Instant::now() + Duration::from_secs(secs));
    let seed = std::env::var("WAGO_FUZZ_SEED").ok().and_then(|s| s.parse::<u64>().ok()).unwrap_or(0x5EED_C0DE);
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let (mut tried, mut checked) = (0usize, 0usize);
    'rounds: loop {
        for (path, src) in &inputs {
            for _ in 0..MUTANTS_PER_FILE {
                let mutant = mutate(src, &mut rng);
                tried += 1;
                match catch_unwind(AssertUnwindSafe(|| check(&mutant, names))) {
                    Ok(reached) => checked += usize::from(reached),
                    Err(_) => {
                        let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("checker_fuzz_crash.go");
                        std::fs::write(&out, &mutant).expect("write crash input");
                        panic!(
                            "the checker panicked on a mutant of {}; input saved to {}",
                            path.display(),
                            out.display()
                        );
                    }
                }
            }
        }
        if deadline.is_none_or(|d| Instant::now() >= d) {
            break 'rounds;
        }
    }
    eprintln!("checker fuzz: {tried} mutants, {checked} reached the checker, no panic");
    assert!(checked * 4 > tried, "too few mutants parse: {checked} of {tried}");
}

#[test]
fn no_input_panics_the_checker() {
    // Deeply recursive types and expressions need room, as in gc.
    std::thread::Builder::new().stack_size(256 << 20).spawn(fuzz).expect("spawn").join().expect("fuzz thread");
}
