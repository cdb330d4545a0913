//! Conformance with go/types' own test files: every file (and every
//! folder, which is one package of several files) under
//! `$GOROOT/src/internal/types/testdata/{check,spec,examples,fixedbugs}`
//! is parsed and type-checked as its own package, and the diagnostics are
//! compared with the `ERROR "substring"` / `ERRORx "regexp"` comments in
//! it, the way types2's `check_test.go` compares them: an expectation sits
//! at the token just before its comment; every reported error must match
//! an expectation on its line, within that folder's column tolerance; and
//! every expectation must be matched.
//!
//! Header flags (`// -lang=go1.20`, `// -fakeImportC`) and build
//! constraints are honoured.
//! Imports of the standard library are resolved by loading and checking
//! the imported packages once (for linux/amd64, as go/types' harness runs
//! on the host), with `wago-loader`.
//!
//! The pass rate is not yet 100%: the test fails only if the number of
//! passing files drops below the floor in `conformance_floor.txt`, or if
//! the checker panics on any file. The failures, grouped by cause, are
//! written to `target/conformance-summary.txt`. Set `WAGO_CONFORMANCE=name`
//! to check only the files whose name contains `name` and print their
//! mismatches.
//! Debugging aids: `WAGO_CONFORMANCE_TRACE=1` names each package before
//! checking it (to find a crash); `WAGO_CONFORMANCE_SKIP=a,b` leaves out
//! the named tests (counted as failures); `WAGO_CONFORMANCE_EXTRA=dir`
//! adds the `.go` files of `dir` as tests named `extra/<file>`.

use regex::Regex;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use wago_loader::{Config, Loader, Program};
use wago_syntax::lexer::Lexer;
use wago_syntax::token::Token;
use wago_syntax::{Interner, LineIndex, constraint, parse_file};
use wago_types::{Checker, FileId, FileInput, PackageInput, PkgId, Sizes};

/// The test folders with types2's column tolerance for each.
const DIRS: &[(&str, u32)] = &[("check", 50), ("spec", 20), ("examples", 125), ("fixedbugs", 100)];

/// The newest Go minor version the release tags go up to.
const GO_MINOR: u32 = 27;

/// One test: a file, or a folder of files forming one package.
struct TestPkg {
    /// `check/foo.go` or `check/importdecl0`.
    name: String,
    col_delta: u32,
    /// (path, text) of the files taking part (build constraints applied).
    files: Vec<(PathBuf, String)>,
}

/// An expected error: the position of the token before its comment.
struct Expect {
    file: usize,
    line: u32,
    col: u32,
    pattern: String,
    regex: bool,
}

/// A reported error.
struct Got {
    file: usize,
    line: u32,
    col: u32,
    msg: String,
}

/// What went wrong in one file.
enum Mismatch {
    Unexpected(String, (usize, u32, u32)),
    Missing(String, (usize, u32, u32)),
    Column { msg: String, got: u32, want: u32 },
    Panic(String),
}

fn collect_tests(testdata: &Path) -> Vec<TestPkg> {
    let mut out = Vec::new();
    for &(dir, col_delta) in DIRS {
        let mut entries: Vec<PathBuf> =
            std::fs::read_dir(testdata.join(dir)).into_iter().flatten().flatten().map(|e| e.path()).collect();
        entries.sort();
        for path in entries {
            let name = format!("{dir}/{}", path.file_name().unwrap().to_string_lossy());
            let paths = if path.is_dir() {
                let mut files: Vec<PathBuf> =
                    std::fs::read_dir(&path).into_iter().flatten().flatten().map(|e| e.path()).collect();
                files.sort();
                files
            } else {
                vec![path]
            };
            let files: Vec<(PathBuf, String)> = paths
                .into_iter()
                .filter_map(|p| std::fs::read_to_string(&p).ok().map(|s| (p, s)))
                .filter(|(_, s)| should_test(s))
                .collect();
            if !files.is_empty() {
                out.push(TestPkg { name, col_delta, files });
            }
        }
    }
    out
}

/// Every `.go` file of `dir` as a test named `extra/<file>`.
fn collect_extra(dir: &Path) -> Vec<TestPkg> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(&p).ok()?;
            let name = format!("extra/{}", p.file_name()?.to_string_lossy());
            Some(TestPkg { name, col_delta: 0, files: vec![(p, text)] })
        })
        .collect()
}

/// The build constraint check of check_test.go: release tags, GOOS and
/// GOARCH of the host (linux/amd64 here).
fn should_test(src: &str) -> bool {
    for line in src.lines() {
        if line.starts_with("package ") {
            break;
        }
        if (constraint::is_go_build(line) || constraint::is_plus_build(line))
            && let Ok(c) = constraint::parse(line)
        {
            return c.eval(&mut |tag| match tag {
                "linux" | "amd64" => true,
                t => t.strip_prefix("go1.").and_then(|m| m.parse::<u32>().ok()).is_some_and(|m| m <= GO_MINOR),
            });
        }
    }
    true
}

/// The `-flag` words of a first line `// -lang=go1.20 ...`.
fn header_flags(src: &str) -> Vec<String> {
    let Some(rest) = src.strip_prefix("//") else { return Vec::new() };
    let line = rest.lines().next().unwrap_or("");
    if !line.trim_start().starts_with('-') {
        return Vec::new();
    }
    line.split_whitespace().map(str::to_string).collect()
}

/// The `ERROR`/`ERRORx` comments of a file, each at the position of the
/// last token before it (automatic semicolons ignored), as go/types'
/// `commentMap` finds them.
fn expectations(file: usize, src: &str, lines: &LineIndex) -> Vec<Expect> {
    let mut out = Vec::new();
    let mut lx = Lexer::new(src);
    let mut prev: Option<u32> = None;
    loop {
        let t = lx.scan();
        match t.tok {
            Token::Eof => break,
            Token::Comment => {
                let text = &src[t.pos as usize..t.end as usize];
                let body = if text.starts_with("/*") { &text[2..text.len().saturating_sub(2)] } else { &text[2..] };
                let (regex, pattern) = if let Some(p) = body.strip_prefix(" ERROR ") {
                    (false, p)
                } else if let Some(p) = body.strip_prefix(" ERRORx ") {
                    (true, p)
                } else {
                    continue;
                };
                let (line, col) = match prev {
                    Some(p) => lines.line_col(p),
                    None => (0, 0),
                };
                let pattern = unquote(pattern.trim()).unwrap_or_else(|| format!("<bad pattern {pattern}>"));
                out.push(Expect { file, line, col, pattern, regex });
            }
            Token::Semicolon if t.newline => {}
            _ => prev = Some(t.pos),
        }
    }
    out
}

/// Unquotes a Go string literal (interpreted or raw).
fn unquote(lit: &str) -> Option<String> {
    if let Some(raw) = lit.strip_prefix('`') {
        return raw.strip_suffix('`').map(str::to_string);
    }
    let body = lit.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::new();
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            '\\' => out.push('\\'),
            '"' => out.push('"'),
            '\'' => out.push('\''),
            'x' => {
                let h: String = chars.by_ref().take(2).collect();
                out.push(char::from(u8::from_str_radix(&h, 16).ok()?));
            }
            'u' => {
                let h: String = chars.by_ref().take(4).collect();
                out.push(char::from_u32(u32::from_str_radix(&h, 16).ok()?)?);
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Some(out)
}

/// A Go regexp in Rust's syntax: Go reads a `{` that does not start a
/// repetition (`{2}`, `{1,3}`) as a literal brace, Rust rejects it.
fn go_regex(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    let mut rest = p;
    while let Some(i) = rest.find('{') {
        let escaped = rest[..i].chars().rev().take_while(|&c| c == '\\').count() % 2 == 1;
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let rep = after.find('}').is_some_and(|j| {
            let body = &after[..j];
            !body.is_empty() && body.split(',').count() <= 2 && body.chars().all(|c| c.is_ascii_digit() || c == ',')
        });
        out.push_str(if rep || escaped { "{" } else { "\\{" });
        rest = after;
    }
    out.push_str(rest);
    out
}

/// Matches reported errors against expectations as types2's harness does.
fn compare(pkg: &TestPkg, want: Vec<Expect>, got: &[Got]) -> Vec<Mismatch> {
    let mut want: Vec<Option<Expect>> = want.into_iter().map(Some).collect();
    let mut out = Vec::new();
    for g in got {
        let mut best: Option<(usize, u32)> = None;
        for (i, w) in want.iter().enumerate() {
            let Some(w) = w else { continue };
            if w.file != g.file || w.line != g.line {
                continue;
            }
            let ok = if w.regex {
                Regex::new(&go_regex(&w.pattern)).is_ok_and(|rx| rx.is_match(&g.msg))
            } else {
                g.msg.contains(&w.pattern)
            };
            let delta = w.col.abs_diff(g.col);
            if ok && best.is_none_or(|(_, d)| delta < d) {
                best = Some((i, delta));
            }
        }
        match best {
            None => out.push(Mismatch::Unexpected(g.msg.clone(), (g.file, g.line, g.col))),
            Some((i, delta)) => {
                let w = want[i].take().unwrap();
                if delta > pkg.col_delta {
                    out.push(Mismatch::Column { msg: g.msg.clone(), got: g.col, want: w.col });
                }
            }
        }
    }
    out.extend(want.into_iter().flatten().map(|w| Mismatch::Missing(w.pattern, (w.file, w.line, w.col))));
    out
}

/// The standard library packages the tests import, loaded and checked.
struct Imports {
    program: Program,
    ids: HashMap<String, PkgId>,
    ck: Checker<'static>,
}

fn load_imports(goroot_src: &Path, tests: &[TestPkg]) -> Option<Imports> {
    let scratch = Interner::new();
    let mut paths: Vec<String> = Vec::new();
    for t in tests {
        for (_, src) in &t.files {
            for imp in parse_file(src, &scratch).ast.imports() {
                let p = imp.path;
                if !p.is_empty() && p != "unsafe" && p != "C" && goroot_src.join(&p).is_dir() && !paths.contains(&p) {
                    paths.push(p);
                }
            }
        }
    }
    let mut config = Config::from_env(std::env::temp_dir());
    config.goos = "linux".into();
    config.goarch = "amd64".into();
    let loader = Loader::new(config).ok()?;
    let program = loader.load(&paths);
    // The checker borrows the interner for 'static: leak one handle to it.
    let names: &'static Interner = Box::leak(Box::new(program.interner.clone()));
    let names: &'static Interner = names;
    let mut ck = Checker::new(names, Sizes::for_target("amd64").unwrap());
    // check_test.go declares them before its first directory.
    ck.declare_test_builtins();
    // check_test.go leaves branch checking to types2 (no parser check).
    ck.types2_labels = true;
    let mut ids: HashMap<String, PkgId> = HashMap::new();
    for pid in program.topo_order() {
        let pkg = program.package(pid);
        if std::env::var_os("WAGO_CONFORMANCE_TRACE").is_some() {
            eprintln!("-- std {}", pkg.import_path);
        }
        let checked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let checked = |i: wago_loader::PackageId| ids.get(&program.package(i).import_path).copied();
            wago_driver::check_package(&program, &mut ck, pid, &checked, Some(""))
        }));
        if let Ok(id) = checked {
            ids.insert(pkg.import_path.clone(), id);
        }
    }
    Some(Imports { program, ids, ck })
}

/// Parses and checks one test package; returns its mismatches.
fn run_test(imports: &mut Imports, pkg: &TestPkg, next_file: &mut u32) -> Vec<Mismatch> {
    let names: &'static Interner = imports.ck.names;
    let mut lang = String::new();
    imports.ck.fake_import_c = false;
    for flag in header_flags(&pkg.files[0].1) {
        if let Some(v) = flag.strip_prefix("-lang=") {
            lang = v.to_string();
        }
        if flag == "-fakeImportC" {
            imports.ck.fake_import_c = true;
        }
    }
    let parsed: Vec<_> = pkg.files.iter().map(|(_, src)| parse_file(src, names)).collect();
    let lines: Vec<LineIndex> = pkg.files.iter().map(|(_, src)| LineIndex::new(src)).collect();
    let mut got: Vec<Got> = Vec::new();
    for (i, p) in parsed.iter().enumerate() {
        for e in &p.errors {
            let (line, col) = lines[i].line_col(e.offset);
            got.push(Got { file: i, line, col, msg: e.msg.clone() });
        }
    }
    let base = *next_file;
    *next_file += pkg.files.len() as u32;
    let files: Vec<FileInput> = parsed
        .iter()
        .zip(&pkg.files)
        .enumerate()
        .map(|(i, (p, (_, src)))| FileInput { ast: &p.ast, src, id: FileId(base + i as u32) })
        .collect();
    let ids = &imports.ids;
    let lookup = |p: &str| ids.get(p).copied();
    let pkg_name = parsed.iter().find_map(|p| p.ast.package_name()).map(|s| names.resolve(s)).unwrap_or("p");
    let ck = &mut imports.ck;
    let checked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let id = ck.check_package(PackageInput { path: pkg_name, files: &files, imports: &lookup, go_version: &lang });
        ck.info(id).diagnostics.clone()
    }));
    let diags = match checked {
        Ok(d) => d,
        Err(e) => {
            let msg = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            return vec![Mismatch::Panic(msg)];
        }
    };
    for d in diags {
        let i = (d.file.0 - base) as usize;
        let (line, col) = lines[i].line_col(d.pos);
        got.push(Got { file: i, line, col, msg: d.msg });
    }
    let want: Vec<Expect> =
        pkg.files.iter().enumerate().flat_map(|(i, (_, src))| expectations(i, src, &lines[i])).collect();
    compare(pkg, want, &got)
}

/// A short key naming the kind of a mismatch, for grouping.
fn cause(m: &Mismatch) -> String {
    fn head(s: &str) -> String {
        let first = s.lines().next().unwrap_or("");
        // Drop operands and types: keep the words up to the first quote,
        // digit-laden or punctuated word.
        let words: Vec<&str> = first
            .split_whitespace()
            .take_while(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-' || c == ','))
            .take(5)
            .collect();
        if words.is_empty() { first.chars().take(40).collect() } else { words.join(" ") }
    }
    match m {
        Mismatch::Unexpected(msg, _) => format!("unexpected: {}", head(msg)),
        Mismatch::Missing(p, _) => format!("missing: {}", head(p)),
        Mismatch::Column { .. } => "wrong column".into(),
        Mismatch::Panic(_) => "PANIC".into(),
    }
}

fn describe(m: &Mismatch) -> String {
    match m {
        Mismatch::Unexpected(msg, (f, l, c)) => format!("{f}:{l}:{c}: unexpected error {msg:?}"),
        Mismatch::Missing(p, (f, l, c)) => format!("{f}:{l}:{c}: missing error {p:?}"),
        Mismatch::Column { msg, got, want } => format!("error {msg:?} at column {got}, want {want}"),
        Mismatch::Panic(msg) => format!("checker panicked: {msg}"),
    }
}

fn summary_path() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    target.join("conformance-summary.txt")
}

#[test]
fn go_types_testdata() {
    // Some files nest deeply on purpose; give the checker room.
    let worker = std::thread::Builder::new().stack_size(256 << 20).spawn(run_all).unwrap();
    if let Err(panic) = worker.join() {
        std::panic::resume_unwind(panic);
    }
}

fn run_all() {
    let Ok(root) = wago_loader::GoRoot::find(None) else {
        eprintln!("no Go installation found; skipping");
        return;
    };
    let src = root.src();
    let mut tests = collect_tests(&src.join("internal/types/testdata"));
    // Debugging aid: scratch files of one's own, checked like the others.
    if let Some(extra) = std::env::var_os("WAGO_CONFORMANCE_EXTRA") {
        tests.extend(collect_extra(Path::new(&extra)));
    }
    assert!(!tests.is_empty(), "no test files under {}", src.display());
    let start = std::time::Instant::now();
    let Some(mut imports) = load_imports(&src, &tests) else {
        eprintln!("could not load the standard library; skipping");
        return;
    };
    let load_time = start.elapsed();
    if std::env::var_os("WAGO_CONFORMANCE_TRACE").is_some() {
        eprintln!("std loaded in {load_time:.1?}");
    }
    let detail = std::env::var("WAGO_CONFORMANCE").ok();
    let prev_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut next_file = imports.program.files.len() as u32;
    let mut failures: Vec<(&str, Vec<Mismatch>)> = Vec::new();
    let trace = std::env::var_os("WAGO_CONFORMANCE_TRACE").is_some();
    // Debugging aid: names of tests to leave out (comma-separated).
    let skip = std::env::var("WAGO_CONFORMANCE_SKIP").unwrap_or_default();
    for t in &tests {
        if detail.as_deref().is_some_and(|d| !t.name.contains(d)) {
            continue;
        }
        if !skip.is_empty() && skip.split(',').any(|s| t.name.contains(s)) {
            failures.push((&t.name, vec![Mismatch::Missing("(skipped)".into(), (0, 0, 0))]));
            continue;
        }
        if trace {
            eprintln!("-- {}", t.name);
        }
        let mismatches = run_test(&mut imports, t, &mut next_file);
        if detail.is_some() {
            eprintln!("== {}", t.name);
            for m in &mismatches {
                eprintln!("   {}", describe(m));
            }
        }
        if !mismatches.is_empty() {
            failures.push((&t.name, mismatches));
        }
    }
    std::panic::set_hook(prev_hook);
    if detail.is_some() {
        return;
    }
    let passed = tests.len() - failures.len();

    // Group the failing files by cause, most files first.
    let mut by_cause: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for (name, ms) in &failures {
        let mut causes: Vec<String> = ms.iter().map(cause).collect();
        causes.sort();
        causes.dedup();
        for c in causes {
            by_cause.entry(c).or_default().push(name);
        }
    }
    let mut groups: Vec<(String, Vec<&str>)> = by_cause.into_iter().collect();
    groups.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0)));
    let mut out = String::new();
    let _ = writeln!(out, "{passed} passed, {} failed (of {})\n", failures.len(), tests.len());
    let _ = writeln!(out, "# causes (a file may count under several)");
    for (c, files) in &groups {
        let _ = writeln!(out, "{:4}  {c}\n      {}", files.len(), files.join(" "));
    }
    let _ = writeln!(out, "\n# failures");
    for (name, ms) in &failures {
        let _ = writeln!(out, "{name}");
        for m in ms {
            let _ = writeln!(out, "    {}", describe(m));
        }
    }
    let path = summary_path();
    let _ = std::fs::create_dir_all(path.parent().unwrap());
    let _ = std::fs::write(&path, &out);
    eprintln!(
        "conformance: {passed} passed, {} failed; std loaded in {load_time:.1?}, total {:.1?}; details in {}",
        failures.len(),
        start.elapsed(),
        path.display()
    );

    let panics: Vec<&str> =
        failures.iter().filter(|(_, ms)| ms.iter().any(|m| matches!(m, Mismatch::Panic(_)))).map(|f| f.0).collect();
    let floor: usize = include_str!("conformance_floor.txt").trim().parse().expect("a number in conformance_floor.txt");
    assert!(panics.is_empty(), "the checker panicked on: {panics:?}");
    assert!(passed >= floor, "{passed} files pass, fewer than the floor of {floor}");
}
