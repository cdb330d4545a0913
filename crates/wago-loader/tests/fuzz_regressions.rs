//! Replays every input in `tests/fuzz_regressions/`, one named test per
//! file: inputs that once made the loader panic or hang (found by
//! `loader_fuzz.rs` or the cargo-fuzz targets `modfile` and `header` in
//! `fuzz/`), and hand-picked nasty ones. The extension says what a file
//! holds: `.mod` a text for the go.mod, go.work and modules.txt parsers,
//! `.header` a file name line and a source text for file selection, `.tree`
//! a module tree and its patterns (see `fuzz_support::Tree`), written to a
//! scratch directory and loaded.

mod fuzz_support;

use std::path::Path;

fn replay(path: &Path, bytes: Vec<u8>) -> datatest_stable::Result<()> {
    match path.extension().and_then(|e| e.to_str()) {
        Some("mod") => fuzz_support::no_panic(|| fuzz_support::check_mod_text(&bytes))?,
        Some("header") => {
            let contexts = fuzz_support::header_contexts();
            fuzz_support::no_panic(|| fuzz_support::check_header(&bytes, &contexts))?
        }
        Some("tree") => {
            let tree = fuzz_support::Tree::from_bytes(&bytes)?;
            let name = path.file_stem().unwrap_or_default().to_string_lossy();
            let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("fuzz_regression_{name}"));
            fuzz_support::check_tree(&tree, &scratch, &fuzz_support::goroot())?;
        }
        _ => return Err(format!("{}: unknown kind of regression input", path.display()).into()),
    }
    Ok(())
}

datatest_stable::harness! {
    { test = replay, root = "tests/fuzz_regressions", pattern = r"\.(mod|header|tree)$" },
}
