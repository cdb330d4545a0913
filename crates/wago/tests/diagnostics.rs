//! The project's own diagnostics corpus, checked against gc: every
//! `tests/diagnostics/NAME.go` (one mistake each) is run through
//! `wago check -e NAME.go`, and what wago reports must equal `NAME.out`,
//! which scripts/gen-diagnostics.sh produced with real `go build
//! -gcflags=-e` (never edit it by hand). Equal means the same diagnostics
//! as a set: each at the same line:column with the same message text,
//! continuation lines included, up to the few equivalences listed in
//! [`EQUIVALENCES`]. The cases in [`KNOWN_MISMATCHES`] are expected to
//! differ still (a ratchet: one that starts to match must leave the list).
//!
//! A case runs in the corpus folder itself; a case with a `NAME.mod` (one
//! that needs an older language version in go.mod) runs in a temporary
//! module made of `NAME.mod` as go.mod and `NAME.go`, as the generator
//! built it. These tests need the go command on PATH (run them under
//! scripts/with-go.sh): wago reads the standard library from its GOROOT.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Cases wago does not match yet, each with what is missing. They still
/// run: a listed case that starts to match fails the test until it is
/// taken off the list, so the list only shrinks.
const KNOWN_MISMATCHES: &[(&str, &str)] = &[];

/// Differences in wording that are not mismatches, each with its reason.
/// Kept tiny on purpose: any other difference is a bug to fix in wago.
/// Each entry is (gc's text, wago's text), compared after the position.
const EQUIVALENCES: &[(&str, &str, &str)] = &[];

/// One diagnostic: its position (absent for gc's position-less lines, such
/// as the linker's) and its message with any continuation lines.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Diag {
    pos: Option<(u32, u32)>,
    msg: String,
}

impl std::fmt::Display for Diag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.pos {
            Some((line, col)) => write!(f, "{line}:{col}: {}", self.msg),
            None => write!(f, "{}", self.msg),
        }
    }
}

/// Splits normalised diagnostic text (`NAME.go:LINE:COL: message` lines,
/// tab-indented continuation lines) into diagnostics.
fn parse(text: &str, file: &str) -> Vec<Diag> {
    let mut out: Vec<Diag> = Vec::new();
    for line in text.lines() {
        if line.starts_with('\t')
            && let Some(last) = out.last_mut()
        {
            last.msg.push('\n');
            last.msg.push_str(line);
            continue;
        }
        let positioned = line.strip_prefix(file).and_then(|rest| rest.strip_prefix(':')).and_then(|rest| {
            let mut parts = rest.splitn(3, ':');
            let line = parts.next()?.parse().ok()?;
            let col = parts.next()?.parse().ok()?;
            Some(((line, col), parts.next()?.strip_prefix(' ')?.to_string()))
        });
        out.push(match positioned {
            Some((pos, msg)) => Diag { pos: Some(pos), msg },
            None => Diag { pos: None, msg: line.to_string() },
        });
    }
    out.sort();
    out
}

/// Whether wago's message counts as gc's: equal, or listed as equivalent.
fn equivalent(want: &str, got: &str) -> bool {
    want == got || EQUIVALENCES.iter().any(|&(gc, wago, _why)| want == gc && got == wago)
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/diagnostics").canonicalize().unwrap()
}

/// Runs `wago check -e NAME.go` where the case belongs and returns its
/// stderr with `./NAME.go` shortened to `NAME.go`, as the generator does.
fn wago_check(path: &Path, name: &str) -> Result<(Option<i32>, String), String> {
    let file = format!("{name}.go");
    let modfile = path.with_extension("mod");
    let (dir, temp) = if modfile.exists() {
        let dir = std::env::temp_dir().join(format!("wago-diag-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        std::fs::copy(&modfile, dir.join("go.mod")).map_err(|e| e.to_string())?;
        std::fs::copy(path, dir.join(&file)).map_err(|e| e.to_string())?;
        (dir, true)
    } else {
        (corpus(), false)
    };
    let out = Command::new(env!("CARGO_BIN_EXE_wago"))
        .args(["check", "-e", &file])
        .current_dir(&dir)
        .env("GOOS", "wasip1")
        .env("GOARCH", "wasm")
        .env("GOWORK", "off")
        .output()
        .map_err(|e| format!("run wago: {e}"))?;
    if temp {
        let _ = std::fs::remove_dir_all(&dir);
    }
    let stderr = String::from_utf8_lossy(&out.stderr).replace(&format!("./{file}"), &file);
    Ok((out.status.code(), stderr))
}

fn run(path: &Path) -> datatest_stable::Result<()> {
    let name = path.file_stem().and_then(|s| s.to_str()).ok_or("bad case name")?;
    let file = format!("{name}.go");
    let expected = std::fs::read_to_string(path.with_extension("out"))
        .map_err(|e| format!("{name}.out: {e}; run scripts/gen-diagnostics.sh {name}"))?;
    let (code, stderr) = wago_check(path, name)?;
    let want = parse(&expected, &file);
    let got = parse(&stderr, &file);
    let mut failures = Vec::new();
    if code != Some(1) {
        failures.push(format!("wago check exited with {code:?}, want 1"));
    }
    let mut used = vec![false; got.len()];
    for w in &want {
        let hit = got.iter().enumerate().position(|(i, g)| !used[i] && g.pos == w.pos && equivalent(&w.msg, &g.msg));
        match hit {
            Some(i) => used[i] = true,
            None => failures.push(format!("missing:    {w}")),
        }
    }
    for (g, _) in got.iter().zip(&used).filter(|(_, u)| !**u) {
        failures.push(format!("unexpected: {g}"));
    }
    let known = KNOWN_MISMATCHES.iter().find(|(case, _)| *case == name);
    match (failures.is_empty(), known) {
        (true, None) => Ok(()),
        (false, Some(_)) => Ok(()),
        (true, Some(_)) => Err(format!("{name} now matches gc: take it off KNOWN_MISMATCHES").into()),
        (false, None) => Err(failures.join("\n").into()),
    }
}

datatest_stable::harness! {
    { test = run, root = "../../tests/diagnostics", pattern = r"^[^/]*\.go$" },
}
