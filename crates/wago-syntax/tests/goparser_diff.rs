//! Differential test of wago's parser against go/parser, over every `.go`
//! file under `$GOROOT/src` (testdata included) and over a few thousand
//! mutants of them (tokens deleted, inserted, replaced, CRLF line ends,
//! `//line` directives, BOMs), which exercise error recovery.
//!
//! `tools/goparsedump` (built here with the Go SDK) prints go/parser's tree
//! of each file in the normalised form of `wago_syntax::dump`, after its
//! diagnostics if it has any; this test parses the same files with wago and
//! compares. Trees must be identical for the files go/parser accepts; wago
//! must reject the files go/parser rejects, with its diagnostics at the same
//! lines and columns, and build the same partial tree (or the same empty
//! file when go/parser bails out). Set `WAGO_GOPARSER_DIFF_ROOT` to a file
//! or directory to compare only that (no mutants), or
//! `WAGO_GOPARSER_DIFF_SEED` and `WAGO_GOPARSER_DIFF_MUTANTS` to hunt with
//! other or more mutants.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Mutex, mpsc};
use std::time::Instant;
use wago_syntax::{Interner, LineIndex, dump, parse_file};

/// At most this many mismatching files are shown in detail.
const SHOWN_MISMATCHES: usize = 20;
/// Lines of context shown around the first difference.
const CONTEXT: usize = 5;
/// How many mutants of corpus files are compared too.
const MUTANTS: usize = 4000;
/// Mutants are made from corpus files at most this large, to keep the run short.
const MUTANT_SOURCE_MAX: u64 = 12_000;

enum Outcome {
    Identical,
    /// Rejected by both, at the same positions, with the same partial tree.
    RejectedAlike,
    Mismatch(String),
}

/// A `go` command with the environment the brief asks for.
fn go() -> Command {
    let mut cmd = Command::new("go");
    cmd.env("GOWORK", "off").env("GOTOOLCHAIN", "local").env("CGO_ENABLED", "0");
    cmd
}

fn go_output(args: &[&str]) -> String {
    let out = go().args(args).output().unwrap_or_else(|e| {
        panic!("cannot run `go {}` ({e}): the Go SDK is needed; run `make test`, which installs it", args.join(" "))
    });
    assert!(out.status.success(), "go {} failed:\n{}", args.join(" "), String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("go output is UTF-8").trim().to_string()
}

/// Builds tools/goparsedump into the test's temporary directory.
fn build_dumper() -> PathBuf {
    let tool_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tools/goparsedump");
    let exe = Path::new(env!("CARGO_TARGET_TMPDIR")).join("goparsedump");
    let status = go()
        .arg("build")
        .arg("-o")
        .arg(&exe)
        .arg(".")
        .current_dir(&tool_dir)
        .status()
        .unwrap_or_else(|e| panic!("cannot run `go build` ({e}): run `make test`, which installs the Go SDK"));
    assert!(status.success(), "go build of {} failed", tool_dir.display());
    exe
}

/// Compares one file: `go_block` is the dumper's output for it, header excluded.
fn compare(path: &str, go_block: &str, names: &Interner) -> Outcome {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return Outcome::Mismatch(format!("cannot read: {e}")),
    };
    let Ok(src) = String::from_utf8(bytes) else {
        return Outcome::Mismatch("not UTF-8: wago's parse_file takes &str".into());
    };
    let parsed = parse_file(&src, names);
    let go_errors: Vec<&str> = go_block.lines().filter_map(|l| l.strip_prefix("ERR ")).collect();
    let tree_start = if go_block.starts_with("File: ") { Some(0) } else { go_block.find("\nFile: ").map(|i| i + 1) };
    let go_tree = &go_block[tree_start.unwrap_or(go_block.len())..];
    let ours = wago_errors(&src, &parsed);
    match (go_errors.is_empty(), ours.is_empty()) {
        (true, false) => {
            return Outcome::Mismatch(format!("go/parser accepts, wago rejects:\n{}", ours.join("\n")));
        }
        (false, true) => {
            return Outcome::Mismatch(format!("go/parser rejects, wago accepts:\n{}", go_errors.join("\n")));
        }
        _ => {}
    }
    let at = |l: &&str| l.splitn(3, ':').take(2).collect::<Vec<_>>().join(":");
    if go_errors.iter().map(at).ne(ours.iter().map(|l| at(&l.as_str()))) {
        return Outcome::Mismatch(format!(
            "diagnostics at other positions\n--- go/parser\n{}\n+++ wago\n{}",
            go_errors.join("\n"),
            ours.join("\n")
        ));
    }
    let ours_tree = dump::dump_file(&parsed.ast, &src, names);
    if ours_tree != go_tree {
        return Outcome::Mismatch(first_difference(go_tree, &ours_tree));
    }
    if go_errors.is_empty() { Outcome::Identical } else { Outcome::RejectedAlike }
}

/// wago's diagnostics as `line:col: msg` lines, newlines in messages escaped
/// as the dumper escapes them.
fn wago_errors(src: &str, parsed: &wago_syntax::ParsedFile) -> Vec<String> {
    let lines = LineIndex::new(src);
    parsed
        .errors
        .iter()
        .map(|e| {
            let (l, c) = lines.line_col(e.offset);
            format!("{l}:{c}: {}", e.msg.replace('\n', "\\n"))
        })
        .collect()
}

/// The first differing line with some context, as `-` (go/parser) and `+` (wago) lines.
fn first_difference(theirs: &str, ours: &str) -> String {
    let a: Vec<&str> = theirs.lines().collect();
    let b: Vec<&str> = ours.lines().collect();
    let i = a.iter().zip(&b).position(|(x, y)| x != y).unwrap_or(a.len().min(b.len()));
    let from = i.saturating_sub(CONTEXT);
    let mut out = format!("first difference at dump line {}\n", i + 1);
    for l in &a[from..i] {
        out.push_str(&format!("  {l}\n"));
    }
    for l in a.iter().skip(i).take(CONTEXT) {
        out.push_str(&format!("- {l}\n"));
    }
    for l in b.iter().skip(i).take(CONTEXT) {
        out.push_str(&format!("+ {l}\n"));
    }
    out
}

/// Reads the dumper's output block by block and sends `(index, path, block)`.
fn split_blocks(out: impl BufRead, tx: mpsc::SyncSender<(usize, String, String)>) {
    let mut current: Option<(String, String)> = None;
    let mut index = 0;
    for line in out.lines() {
        let line = line.expect("goparsedump output is UTF-8");
        if let Some(path) = line.strip_prefix("== ") {
            if let Some((p, block)) = current.take() {
                tx.send((index, p, block)).expect("workers alive");
                index += 1;
            }
            current = Some((path.to_string(), String::new()));
        } else if let Some((_, block)) = current.as_mut() {
            block.push_str(&line);
            block.push('\n');
        }
    }
    if let Some((p, block)) = current {
        tx.send((index, p, block)).expect("workers alive");
    }
}

// ----------------------------------------------------------------------
// Mutants

/// A small deterministic generator (xorshift64*), so mutants are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Text inserted by mutations: tokens and fragments that derail parsing in
/// interesting ways.
const SNIPPETS: &[&str] = &[
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ",",
    ";",
    ":",
    "=",
    ":=",
    ".",
    "*",
    "&",
    "|",
    "<-",
    "~",
    "!",
    "\"",
    "'",
    "`",
    "/",
    "\n",
    "\t",
    " ",
    "\r",
    "func",
    "type",
    "var",
    "const",
    "import",
    "package",
    "[T any]",
    "case",
    "default",
    "...",
    "go ",
    "defer ",
    "//",
    "/*",
    "*/",
    "0x",
    "'\\",
    "interface{",
    "struct{",
    "chan<-",
    "<-chan",
    "map[",
    "[]",
    "1.e",
    "0b2",
    "\u{feff}",
    "\0",
    "@",
    "\u{201c}",
    "range",
    "else",
    "~int|",
    "[P *T]",
    "{}",
    "()",
    "if x {",
    "for ;;",
    "switch",
    "select {",
    "return",
    "x.(type)",
    "//line x.go:3\n",
    "/*line :9:9*/",
];

/// Byte ranges of the tokens of `src`, roughly: words, digit runs, single characters.
fn rough_tokens(src: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut chars = src.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c.is_alphanumeric() || c == '_' {
            while let Some(&(j, d)) = chars.peek() {
                if !(d.is_alphanumeric() || d == '_') {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
        }
        out.push((i, end));
    }
    out
}

/// One token-level mutation: delete, insert before, replace, or copy another token.
fn mutate_token(src: &mut String, rng: &mut Rng) {
    let tokens = rough_tokens(src);
    if tokens.is_empty() {
        return;
    }
    let (a, b) = *rng.pick(&tokens);
    let (c, d) = *rng.pick(&tokens);
    let other = src[c..d].to_string();
    match rng.below(4) {
        0 => src.replace_range(a..b, ""),
        1 => src.insert_str(a, SNIPPETS[rng.below(SNIPPETS.len())]),
        2 => src.replace_range(a..b, SNIPPETS[rng.below(SNIPPETS.len())]),
        _ => src.insert_str(a, &format!("{other} ")),
    }
}

/// A mutant of `src`: whole-file changes (CRLF, `//line` directives, BOM) or
/// not, then one to three token mutations.
fn mutant(src: &str, rng: &mut Rng) -> String {
    let mut out = match rng.below(8) {
        0 => src.replace('\n', "\r\n"),
        1 => src
            .split('\n')
            .enumerate()
            .map(|(i, l)| if i % 3 == 0 { format!("/*line :5:1*/{l}") } else { l.to_string() })
            .collect::<Vec<_>>()
            .join("\n"),
        2 => format!("\u{feff}{src}"),
        _ => src.to_string(),
    };
    for _ in 0..1 + rng.below(3) {
        mutate_token(&mut out, rng);
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|e| e == "go") {
            out.push(path);
        }
    }
}

/// Writes the mutants into a fresh directory and returns it.
fn write_mutants(corpus: &Path) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("goparser_diff_mutants");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("mutant directory created");
    let mut sources = Vec::new();
    walk(corpus, &mut sources);
    sources.retain(|p| std::fs::metadata(p).is_ok_and(|m| m.len() <= MUTANT_SOURCE_MAX));
    sources.sort();
    assert!(!sources.is_empty(), "no small .go files under {}", corpus.display());
    let env = |name: &str, default: u64| std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default);
    let mut rng = Rng(env("WAGO_GOPARSER_DIFF_SEED", 0x9E37_79B9_7F4A_7C15).max(1));
    for i in 0..env("WAGO_GOPARSER_DIFF_MUTANTS", MUTANTS as u64) {
        let source = rng.pick(&sources);
        let Ok(src) = std::fs::read_to_string(source) else { continue };
        std::fs::write(dir.join(format!("m{i:05}.go")), mutant(&src, &mut rng)).expect("mutant written");
    }
    dir
}

// ----------------------------------------------------------------------
// The test

/// Runs goparsedump over `roots` and compares every file it prints.
fn compare_all(exe: &Path, roots: &[PathBuf]) -> Vec<(String, Outcome)> {
    let mut child = Command::new(exe)
        .arg("-trees")
        .args(roots)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", exe.display()));
    let stdout = BufReader::with_capacity(1 << 20, child.stdout.take().expect("piped stdout"));
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let (tx, rx) = mpsc::sync_channel::<(usize, String, String)>(256);
    let rx = Mutex::new(rx);
    let mut results: Vec<(usize, String, Outcome)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                s.spawn(|| {
                    let names = Interner::new();
                    let mut done = Vec::new();
                    loop {
                        let job = rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
                        let Ok((i, path, block)) = job else { break };
                        let outcome = compare(&path, &block, &names);
                        done.push((i, path, outcome));
                    }
                    done
                })
            })
            .collect();
        split_blocks(stdout, tx);
        handles.into_iter().flat_map(|h| h.join().expect("worker panicked")).collect()
    });
    let status = child.wait().expect("goparsedump ran");
    assert!(status.success(), "goparsedump failed");
    results.sort_by_key(|r| r.0);
    results.into_iter().map(|(_, path, outcome)| (path, outcome)).collect()
}

/// Counts the outcomes of the files under `root`; appends details of mismatches to `report`.
fn summarize(what: &str, root: &Path, results: &[(String, Outcome)], report: &mut String) -> (String, usize) {
    let root = root.to_string_lossy();
    let (mut files, mut identical, mut rejected, mut mismatched) = (0, 0, 0, 0);
    for (path, outcome) in results.iter().filter(|(p, _)| p.starts_with(&*root)) {
        files += 1;
        match outcome {
            Outcome::Identical => identical += 1,
            Outcome::RejectedAlike => rejected += 1,
            Outcome::Mismatch(detail) => {
                mismatched += 1;
                if report.matches("MISMATCH ").count() < SHOWN_MISMATCHES {
                    report.push_str(&format!("MISMATCH {path}\n{detail}\n\n"));
                }
            }
        }
    }
    let line = format!(
        "{what}: files: {files}, accepted by both & identical: {identical}, \
         rejected by both at same lines: {rejected}, mismatched: {mismatched}"
    );
    (line, mismatched)
}

#[test]
fn goparser_differential() {
    let start = Instant::now();
    let (corpus, what) = match std::env::var("WAGO_GOPARSER_DIFF_ROOT") {
        Ok(root) => (PathBuf::from(root), "files"),
        Err(_) => (PathBuf::from(format!("{}/src", go_output(&["env", "GOROOT"]))), "$GOROOT/src"),
    };
    let exe = build_dumper();
    let mut roots = vec![corpus.clone()];
    if what != "files" {
        roots.push(write_mutants(&corpus));
    }
    let results = compare_all(&exe, &roots);
    assert!(!results.is_empty(), "no .go files under {}", corpus.display());

    let mut report = String::new();
    let mut summary = String::new();
    let mut mismatched = 0;
    for (root, name) in roots.iter().zip([what, "mutants"]) {
        let (line, m) = summarize(name, root, &results, &mut report);
        summary.push_str(&line);
        summary.push('\n');
        mismatched += m;
    }
    summary.push_str(&format!("time: {:.1}s\n", start.elapsed().as_secs_f64()));
    eprint!("{report}{summary}");
    let summary_file = Path::new(env!("CARGO_TARGET_TMPDIR")).join("goparser_diff_summary.txt");
    std::fs::write(&summary_file, format!("{report}{summary}")).expect("summary written");
    assert_eq!(mismatched, 0, "{summary}");
}
