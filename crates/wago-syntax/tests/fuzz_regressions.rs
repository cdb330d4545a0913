//! Replays every input in `tests/fuzz_regressions/`, one named test per
//! file: inputs that once made the parser, the build line parser or
//! literal decoding panic (found by `parser_fuzz.rs` or the cargo-fuzz
//! targets in `fuzz/`), and hand-picked nasty ones. The extension says what
//! a file holds: `.go` a source file (parsed, then every span checked as in
//! `fuzz_support`), `.build` a `//go:build` or `// +build` line, `.lit` a
//! string or rune literal. Files are bytes, not necessarily UTF-8; they are
//! read lossily, as the fuzzers feed them.

mod fuzz_support;

use std::path::Path;
use wago_syntax::{Interner, constraint, literal};

fn replay(path: &Path, bytes: Vec<u8>) -> datatest_stable::Result<()> {
    let text = String::from_utf8_lossy(&bytes);
    match path.extension().and_then(|e| e.to_str()) {
        Some("go") => fuzz_support::parse_and_check(&text, &Interner::new())?,
        Some("build") => {
            for line in text.lines() {
                if let Ok(x) = constraint::parse(line) {
                    let _ = (x.eval(&mut |tag| tag.len() % 2 == 0), x.go_version());
                }
            }
        }
        Some("lit") => {
            let _ = (literal::unquote(&text), literal::unquote_char(&text));
        }
        _ => return Err(format!("{}: unknown kind of regression input", path.display()).into()),
    }
    Ok(())
}

datatest_stable::harness! {
    { test = replay, root = "tests/fuzz_regressions", pattern = r"\.(go|build|lit)$" },
}
