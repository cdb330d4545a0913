//! One test per invalid Go file in `tests/syntax_errors/`: wago must report
//! its diagnostics at exactly the lines and columns go/parser reports them
//! (`NAME.errors`, generated with real go/parser by
//! `scripts/gen-syntax-errors.sh`: sorted, first error per line, as gofmt -e
//! shows them). wago words its messages like gc; those are kept in insta
//! snapshots under `tests/syntax_errors/snapshots/` (after adding a case,
//! accept its snapshot with `cargo insta review` or `INSTA_UPDATE=always`).

use std::path::Path;
use wago_syntax::{Interner, LineIndex, parse_file};

fn check(path: &Path, src: String) -> datatest_stable::Result<()> {
    let expected_path = path.with_extension("errors");
    let expected = std::fs::read_to_string(&expected_path)
        .map_err(|e| format!("{}: {e}; run scripts/gen-syntax-errors.sh", expected_path.display()))?;
    let parsed = parse_file(&src, &Interner::new());
    let lines = LineIndex::new(&src);
    // go/parser's list as gofmt -e prints it: first error of each line.
    let mut ours: Vec<(u32, u32, String)> = Vec::new();
    for e in &parsed.errors {
        let (line, col) = lines.line_col(e.offset);
        if ours.last().is_none_or(|last| last.0 != line) {
            ours.push((line, col, e.msg.clone()));
        }
    }
    let positions = |l: &str| l.splitn(3, ':').take(2).collect::<Vec<_>>().join(":");
    let theirs: Vec<String> = expected.lines().map(positions).collect();
    let ours_at: Vec<String> = ours.iter().map(|(l, c, _)| format!("{l}:{c}")).collect();
    if theirs != ours_at {
        let ours_text: Vec<String> = ours.iter().map(|(l, c, m)| format!("{l}:{c}: {m}")).collect();
        return Err(format!(
            "{}: diagnostics at other positions than go/parser's\n--- go/parser\n{expected}+++ wago\n{}\n",
            path.display(),
            ours_text.join("\n")
        )
        .into());
    }
    let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("case");
    let snapshot: String = ours.iter().map(|(l, c, m)| format!("{l}:{c}: {m}\n")).collect();
    let snapshots = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax_errors/snapshots");
    insta::with_settings!({ snapshot_path => snapshots, prepend_module_to_snapshot => false, input_file => path }, {
        insta::assert_snapshot!(name, snapshot);
    });
    Ok(())
}

datatest_stable::harness! {
    { test = check, root = "tests/syntax_errors", pattern = r"\.go$" },
}
