//! A deterministic mutation fuzzer for the parser, build constraint lines
//! and literal decoding: no input may make them panic.
//!
//! Inputs are every 20th `.go` file of `$GOROOT/src` (sorted), mutated by a
//! fixed-seed xorshift generator: byte flips, deletions, duplicated slices,
//! token-ish insertions (brackets, keywords, quotes, comment openers, NUL,
//! invalid UTF-8, CR, BOM, deep nesting, huge numbers), splices from other
//! files and truncation. Each input is parsed under `catch_unwind`, then
//! every span accessor runs over every node (see `fuzz_support`). An input
//! that panics or breaks a span is written to `tests/fuzz_regressions/`
//! (which `fuzz_regressions.rs` replays, one test per file; build lines and
//! literals are saved as `.build` and `.lit` files) and the test fails.
//!
//! The default budget takes about 20 s in a release build. Environment:
//! `WAGO_FUZZ_SECS=N` keeps mutating (with fresh seeds) for N seconds;
//! `WAGO_FUZZ_TRACE=1` writes each input to `$CARGO_TARGET_TMPDIR/parser_fuzz_current.go`
//! before parsing it, to catch an input that aborts the process (a stack
//! overflow cannot be caught as a panic).

mod fuzz_support;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use wago_syntax::ast::{Expr, LitKind};
use wago_syntax::{Interner, constraint, literal, parse_file};

/// Mutants per sampled file per round in the default budget.
const MUTANTS_PER_FILE: usize = 250;
/// Every how many-th file of GOROOT/src is sampled.
const SAMPLE_EVERY: usize = 20;
/// Mutants of build lines per round.
const LINE_MUTANTS: usize = 60_000;
/// Mutants of literals per round (they are cheap).
const LITERAL_MUTANTS: usize = 500_000;

/// xorshift64*: tiny, deterministic, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

/// Fragments inserted by the token-ish mutation.
#[rustfmt::skip]
const FRAGMENTS: &[&[u8]] = &[
    b"{", b"}", b"(", b")", b"[", b"]", b"func", b"func(", b"\"", b"`", b"/*", b"*/", b"//", b"'", b"\x00", b"\xff",
    b"\xc0\x80", b"\xed\xa0\x80", b"\xe2\x82", b"\xef\xbb\xbf", b"\r", b"\n", b";", b",", b":", b":=", b"...", b".",
    b"<-", b"chan", b"map[", b"interface{", b"struct{", b"type", b"var", b"const", b"import", b"package", b"go",
    b"defer", b"return", b"case", b"default:", b"switch", b"select", b"for", b"range", b"if", b"else", b"goto",
    b"break", b"fallthrough", b"~", b"|", b"&^=", b">>=", b"0x", b"0b", b"0o", b"1e", b"0x1p", b".5i", b"1_", b"_",
    b"'\\", b"\"\\x", b"\\u", b"\\U0011ffff", b"//line x.go:0", b"/*line :1:1*/", b"//go:build", b"//go:build (",
    b"//go:embed", b"// +build !", b"\xe2\x80\x9c", b"\t", b" ", b"[T any]", b"[P ~int|",
];

/// What the last mutation puts between two halves of the input.
const SPLITTERS: &[&[u8]] = &[b"\r\n", b"\x00", b"\xef\xbb\xbf", b"\xff\xfe", b"\n\n//"];

/// What a deep-nesting mutation repeats.
const NESTERS: &[&[u8]] =
    &[b"(", b"[", b"{", b"*", b"-", b"!", b"<-", b"[]", b"func(", b"a.", b"a[", b"struct{a ", b"x(", b"if {", b"+a"];

fn mutate(rng: &mut Rng, input: &[u8], donors: &[&[u8]]) -> Vec<u8> {
    let mut b = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(b.len() + 1);
        match rng.below(10) {
            0 if !b.is_empty() => {
                let i = at.min(b.len() - 1);
                b[i] = if rng.chance(2) { b[i] ^ (1 << rng.below(8)) } else { rng.next() as u8 };
            }
            1 => {
                let n = rng.below(64).min(b.len() - at);
                b.drain(at..at + n);
            }
            2 => {
                let from = rng.below(b.len() + 1);
                let n = rng.below(256).min(b.len() - from);
                let slice = b[from..from + n].to_vec();
                b.splice(at..at, slice);
            }
            3 | 4 => {
                let frag = rng.pick(FRAGMENTS);
                b.splice(at..at, frag.iter().copied());
            }
            5 => {
                let nester = rng.pick(NESTERS);
                let depth = if rng.chance(40) { 200_000 } else { 1 + rng.below(2_000) };
                let deep: Vec<u8> = nester.iter().copied().cycle().take(nester.len() * depth).collect();
                b.splice(at..at, deep);
            }
            6 => {
                let digits = if rng.chance(2) { "9" } else { "f" };
                let number =
                    format!("{}{}", rng.pick(&["", "0x", "1e", "0x1p", "0b", "."]), digits.repeat(rng.below(5000)));
                b.splice(at..at, number.bytes());
            }
            7 => {
                let donor = rng.pick(donors);
                let from = rng.below(donor.len() + 1);
                let n = rng.below(512).min(donor.len() - from);
                b.splice(at..at, donor[from..from + n].iter().copied());
            }
            8 => b.truncate(at),
            _ => {
                let tail = b.split_off(at);
                let splitter: &[u8] = rng.pick(SPLITTERS);
                b.extend_from_slice(splitter);
                b.extend_from_slice(&tail);
            }
        }
    }
    b
}

fn goroot_src() -> PathBuf {
    if let Some(g) = std::env::var_os("GOROOT").filter(|g| !g.is_empty()) {
        return PathBuf::from(g).join("src");
    }
    let out = std::process::Command::new("go").args(["env", "GOROOT"]).output().unwrap_or_else(|e| {
        panic!("cannot run `go env GOROOT` ({e}): the Go SDK is needed; run `make test`, which installs it")
    });
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()).join("src")
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())).flatten() {
        let Ok(kind) = entry.file_type() else { continue };
        let path = entry.path();
        if kind.is_dir() {
            walk(&path, out);
        } else if kind.is_file() && path.extension().is_some_and(|x| x == "go") {
            out.push(path);
        }
    }
}

/// Every `SAMPLE_EVERY`-th `.go` file of GOROOT/src, sorted by path.
fn sample() -> Vec<Vec<u8>> {
    let mut paths = Vec::new();
    walk(&goroot_src(), &mut paths);
    paths.sort();
    assert!(paths.len() > 1000, "GOROOT/src has only {} .go files", paths.len());
    paths.iter().step_by(SAMPLE_EVERY).map(|p| std::fs::read(p).unwrap()).collect()
}

fn regressions_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions")
}

/// FNV-1a, to name a saved input after its content.
fn content_hash(b: &[u8]) -> u64 {
    b.iter().fold(0xcbf2_9ce4_8422_2325, |h, &x| (h ^ x as u64).wrapping_mul(0x0100_0000_01b3))
}

/// Runs `check` under `catch_unwind`; on a panic or a failed check, saves
/// the input as a regression case (`ext` tells the harness what it is: `go`
/// a source file, `build` a build line, `lit` a literal) and returns the failure.
fn run_case(ext: &str, input: &[u8], check: impl FnOnce(&[u8]) -> Result<(), String>) -> Option<String> {
    let failure = match catch_unwind(AssertUnwindSafe(|| check(input))) {
        Ok(Ok(())) => return None,
        Ok(Err(msg)) => msg,
        Err(payload) => {
            let msg = payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()));
            format!("panic: {}", msg.unwrap_or_default())
        }
    };
    let path = regressions_dir().join(format!("{:016x}.{ext}", content_hash(input)));
    std::fs::write(&path, input).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Some(format!("{}: {failure}", path.display()))
}

fn trace(input: &[u8]) {
    if std::env::var_os("WAGO_FUZZ_TRACE").is_some() {
        let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("parser_fuzz_current.go");
        std::fs::write(path, input).unwrap();
    }
}

/// The time budget from `WAGO_FUZZ_SECS`, or `None` for one round.
fn budget() -> Option<Duration> {
    let secs = std::env::var("WAGO_FUZZ_SECS").ok()?;
    Some(Duration::from_secs(secs.parse().expect("WAGO_FUZZ_SECS is a number of seconds")))
}

/// Runs `round(seed)` once, or with seeds 0, 1, 2, … until the budget is
/// spent; fails with every failure the rounds reported.
fn fuzz(name: &str, mut round: impl FnMut(u64) -> (usize, Vec<String>)) {
    let start = Instant::now();
    let (mut cases, mut failures) = (0, Vec::new());
    let mut seed = 0;
    loop {
        let (n, f) = round(seed);
        cases += n;
        failures.extend(f);
        seed += 1;
        if budget().is_none_or(|b| start.elapsed() >= b) || failures.len() >= 20 {
            break;
        }
    }
    eprintln!("{name}: {cases} inputs in {:.1} s, {} rounds", start.elapsed().as_secs_f64(), seed);
    assert!(failures.is_empty(), "{} failing inputs, saved:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn mutated_std_files_parse_without_panics() {
    let files = sample();
    let donors: Vec<&[u8]> = files.iter().map(Vec::as_slice).collect();
    let names = Interner::new();
    fuzz("parser", |seed| {
        let mut rng = Rng::new(seed);
        let mut failures = Vec::new();
        let mut cases = 0;
        for file in &files {
            for _ in 0..MUTANTS_PER_FILE {
                let input = mutate(&mut rng, file, &donors);
                trace(&input);
                cases += 1;
                let failure = run_case("go", &input, |b| {
                    let src = String::from_utf8_lossy(b);
                    fuzz_support::parse_and_check(&src, &names)
                });
                failures.extend(failure);
            }
        }
        (cases, failures)
    });
}

/// The `//go:build` and `// +build` lines of the sample, plus a few made up.
fn build_lines(files: &[Vec<u8>]) -> Vec<Vec<u8>> {
    let mut lines: Vec<Vec<u8>> = files
        .iter()
        .flat_map(|f| f.split(|&b| b == b'\n'))
        .filter(|l| l.starts_with(b"//go:build") || l.starts_with(b"// +build"))
        .map(<[u8]>::to_vec)
        .collect();
    lines.extend([
        b"//go:build".to_vec(),
        b"//go:build (linux || darwin) && !cgo && go1.21".to_vec(),
        b"// +build linux,!cgo darwin".to_vec(),
    ]);
    lines
}

#[rustfmt::skip]
const BUILD_FRAGMENTS: &[&[u8]] = &[
    b"(", b")", b"!", b"!!", b"&&", b"||", b" ", b"\t", b"\r", b"go1.21", b"go1.", b"go1", b"linux", b",",
    b"\xc3\xa9", b"\xff", b"//go:build ", b"// +build ", b"+build", b"_", b".", b"-1", b"go1.99999999999999999999",
];

#[test]
fn mutated_build_lines_parse_without_panics() {
    let lines = build_lines(&sample());
    let nesters: &[&[u8]] = &[b"(", b"!(", b"a||", b"a&&", b"a,", b"a "];
    fuzz("constraint", |seed| {
        let mut rng = Rng::new(seed);
        let mut failures = Vec::new();
        for _ in 0..LINE_MUTANTS {
            let mut b = lines[rng.below(lines.len())].clone();
            for _ in 0..1 + rng.below(4) {
                let at = rng.below(b.len() + 1);
                match rng.below(6) {
                    0 => b.truncate(at),
                    1 => {
                        let n = rng.below(8).min(b.len() - at);
                        b.drain(at..at + n);
                    }
                    2 => {
                        let nester = rng.pick(nesters);
                        let depth = if rng.chance(20) { 100_000 } else { rng.below(3_000) };
                        b.splice(at..at, nester.iter().copied().cycle().take(nester.len() * depth).collect::<Vec<_>>());
                    }
                    _ => {
                        b.splice(at..at, rng.pick(BUILD_FRAGMENTS).iter().copied());
                    }
                }
            }
            failures.extend(run_case("build", &b, |b| {
                let line = String::from_utf8_lossy(b);
                if let Ok(x) = constraint::parse(&line) {
                    let _ = x.eval(&mut |tag| tag.len() % 2 == 0);
                    let _ = x.go_version();
                }
                Ok(())
            }));
        }
        (LINE_MUTANTS, failures)
    });
}

#[rustfmt::skip]
const LITERAL_FRAGMENTS: &[&[u8]] = &[
    b"\\", b"\\x", b"\\u", b"\\U", b"\\0", b"\\777", b"\\x+1", b"\\ud800", b"\\U00110000", b"\"", b"'", b"`",
    b"\r", b"\n", b"\xc3\xa9", b"\xff", b"\xe2\x82",
];

#[test]
fn mutated_literals_decode_without_panics() {
    let files = sample();
    let names = Interner::new();
    let mut literals: Vec<Vec<u8>> = Vec::new();
    for file in &files {
        let src = String::from_utf8_lossy(file);
        let parsed = parse_file(&src, &names);
        for e in &parsed.ast.exprs {
            if let Expr::BasicLit { pos, end, kind: kind @ (LitKind::String | LitKind::Char) } = *e {
                let text = &src[pos as usize..end as usize];
                // Literals of accepted files decode.
                if parsed.errors.is_empty() && kind == LitKind::String {
                    assert!(literal::unquote(text).is_some(), "cannot unquote {text:?}");
                }
                literals.push(text.as_bytes().to_vec());
            }
        }
    }
    assert!(literals.len() > 1000, "only {} literals in the sample", literals.len());
    fuzz("literal", |seed| {
        let mut rng = Rng::new(seed);
        let mut failures = Vec::new();
        for _ in 0..LITERAL_MUTANTS {
            let mut b = literals[rng.below(literals.len())].clone();
            for _ in 0..1 + rng.below(3) {
                let at = rng.below(b.len() + 1);
                match rng.below(4) {
                    0 => b.truncate(at),
                    1 => {
                        let n = rng.below(4).min(b.len() - at);
                        b.drain(at..at + n);
                    }
                    _ => {
                        b.splice(at..at, rng.pick(LITERAL_FRAGMENTS).iter().copied());
                    }
                }
            }
            failures.extend(run_case("lit", &b, |b| {
                let text = String::from_utf8_lossy(b);
                let _ = (literal::unquote(&text), literal::unquote_char(&text));
                Ok(())
            }));
        }
        (LITERAL_MUTANTS, failures)
    });
}
