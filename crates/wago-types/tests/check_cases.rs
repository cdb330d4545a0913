//! Runs every `tests/check/*.go` file as its own test: the file is parsed
//! and type-checked as a single-file package (it may import "unsafe"),
//! and the diagnostics must match its `// ERROR "substring"` and
//! `// ERRORx "regexp"` comments, as go/types' testdata marks them.
//!
//! An expectation belongs to the line its comment is on; each error on
//! that line must match one expectation, in order, and vice versa. The
//! expected texts were produced by running real `go build` (gc) on each
//! file.

use std::path::Path;
use wago_syntax::ast::Pos;
use wago_syntax::{Interner, LineIndex, parse_file};
use wago_types::{Checker, FileId, FileInput, PackageInput, Sizes};

struct Expect {
    line: u32,
    pattern: String,
    regex: bool,
}

fn expectations(src: &str) -> Vec<Expect> {
    let mut out = Vec::new();
    for (i, line) in src.lines().enumerate() {
        let mut rest = line;
        while let Some(at) = rest.find("ERROR") {
            let after = &rest[at + 5..];
            let (regex, after) = match after.strip_prefix('x') {
                Some(a) => (true, a),
                None => (false, after),
            };
            let after = after.trim_start();
            let Some(body) = after.strip_prefix('"') else { break };
            let mut end = 0;
            let bytes = body.as_bytes();
            while end < bytes.len() && bytes[end] != b'"' {
                end += if bytes[end] == b'\\' { 2 } else { 1 };
            }
            let raw = &body[..end.min(body.len())];
            let pattern = raw.replace("\\\"", "\"").replace("\\\\", "\\");
            out.push(Expect { line: i as u32 + 1, pattern, regex });
            rest = &body[(end + 1).min(body.len())..];
        }
    }
    out
}

/// A small matcher for the regexps used in ERRORx comments: `.`, `.*`,
/// `\` escapes and literal text.
fn regex_find(pat: &str, text: &str) -> bool {
    fn m(p: &[char], t: &[char]) -> bool {
        match p {
            [] => true,
            ['.', '*', rest @ ..] => (0..=t.len()).any(|i| m(rest, &t[i..])),
            ['\\', c, rest @ ..] => t.first() == Some(c) && m(rest, &t[1..]),
            ['.', rest @ ..] => !t.is_empty() && m(rest, &t[1..]),
            [c, rest @ ..] => t.first() == Some(c) && m(rest, &t[1..]),
        }
    }
    let p: Vec<char> = pat.chars().collect();
    let t: Vec<char> = text.chars().collect();
    (0..=t.len()).any(|i| m(&p, &t[i..]))
}

fn run(path: &Path) -> datatest_stable::Result<()> {
    let src = std::fs::read_to_string(path)?;
    let names = Interner::new();
    let parsed = parse_file(&src, &names);
    let lines = LineIndex::new(&src);
    let mut got: Vec<(u32, String)> = parsed.errors.iter().map(|e| (lines.line(e.offset), e.msg.clone())).collect();
    if parsed.errors.is_empty() {
        let mut ck = Checker::new(&names, Sizes::WASM);
        let files = [FileInput { ast: &parsed.ast, src: &src, id: FileId(0) }];
        let no_imports = |_: &str| None;
        let pkg = ck.check_package(PackageInput { path: "p", files: &files, imports: &no_imports, go_version: "" });
        let mut diags: Vec<_> = ck.info(pkg).diagnostics.clone();
        diags.sort_by_key(|d| d.pos);
        got.extend(diags.iter().map(|d| (lines.line(d.pos as Pos), d.msg.lines().next().unwrap_or("").to_string())));
    }
    let want = expectations(&src);
    let mut failures = Vec::new();
    let mut used = vec![false; got.len()];
    for w in &want {
        let hit = got.iter().enumerate().position(|(i, (l, msg))| {
            !used[i] && *l == w.line && if w.regex { regex_find(&w.pattern, msg) } else { msg.contains(&w.pattern) }
        });
        match hit {
            Some(i) => used[i] = true,
            None => failures.push(format!("line {}: missing error {:?}", w.line, w.pattern)),
        }
    }
    for (i, (l, msg)) in got.iter().enumerate() {
        if !used[i] {
            failures.push(format!("line {l}: unexpected error {msg:?}"));
        }
    }
    if failures.is_empty() { Ok(()) } else { Err(failures.join("\n").into()) }
}

datatest_stable::harness! {
    { test = run, root = "tests/check", pattern = r"^.*\.go$" },
}
