//! The IR's data-driven tests, one named test per file:
//! - `tests/ir/*.ir`: a module whose first line is `; passes: a,b,c`. It is
//!   parsed, verified, run through those passes with the verifier after
//!   each, and printed; the text is compared with an insta snapshot
//!   (`tests/ir/snapshots/`).
//! - `tests/verify/*.ir`: modules that parse but break an invariant; the
//!   verifier's errors are the snapshot.
//! - `tests/parse_errors/*.ir`: text the parser must reject; the error
//!   (with line and column) is the snapshot.
//!
//! Every file of the first two folders must also round-trip:
//! `print(parse(print(parse(text)))) == print(parse(text))`.
//! After adding a case, accept its snapshot with `cargo insta review` or
//! `INSTA_UPDATE=always`, and read it.

use std::path::Path;
use wago_ir::parse::parse_module;
use wago_ir::pass::{DebugOptions, PassManager};
use wago_ir::print::module_to_string;
use wago_ir::verify::verify;

fn snapshot(path: &Path, folder: &str, text: &str) {
    let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("case");
    let snapshots = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join(folder).join("snapshots");
    insta::with_settings!({ snapshot_path => snapshots, prepend_module_to_snapshot => false, input_file => path }, {
        insta::assert_snapshot!(name, text);
    });
}

fn round_trip(path: &Path, m: &wago_ir::Module) -> datatest_stable::Result<()> {
    let printed = module_to_string(m);
    let again = parse_module(&printed)
        .map_err(|e| format!("{}: reparsing the printed module: {e}\n{printed}", path.display()))?;
    let reprinted = module_to_string(&again);
    if reprinted != printed {
        return Err(format!(
            "{}: round trip changed the text\n--- printed\n{printed}+++ reprinted\n{reprinted}",
            path.display()
        )
        .into());
    }
    Ok(())
}

fn run_passes(path: &Path, text: String) -> datatest_stable::Result<()> {
    let header = text.lines().next().unwrap_or("");
    let list = header
        .strip_prefix("; passes:")
        .ok_or_else(|| format!("{}: first line must be `; passes: a,b,c`", path.display()))?;
    let mut m = parse_module(&text).map_err(|e| format!("{}:{e}", path.display()))?;
    round_trip(path, &m)?;
    if let Err(errors) = verify(&m) {
        let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        return Err(format!("{}: invalid input:\n{}", path.display(), list.join("\n")).into());
    }
    let mut pm = PassManager::from_names(list.trim())?;
    let opts = DebugOptions { verify: true, ..DebugOptions::default() };
    pm.run_to(&mut m, &opts, &mut std::io::sink()).map_err(|e| format!("{}: {e}", path.display()))?;
    round_trip(path, &m)?;
    snapshot(path, "ir", &format!("; passes: {}\n{}", list.trim(), module_to_string(&m)));
    Ok(())
}

fn verify_errors(path: &Path, text: String) -> datatest_stable::Result<()> {
    let m = parse_module(&text).map_err(|e| format!("{}:{e}", path.display()))?;
    round_trip(path, &m)?;
    let errors = match verify(&m) {
        Ok(()) => return Err(format!("{}: the verifier accepted an invalid module", path.display()).into()),
        Err(errors) => errors,
    };
    let text: String = errors.iter().map(|e| format!("{e}\n")).collect();
    snapshot(path, "verify", &text);
    Ok(())
}

fn parse_errors(path: &Path, text: String) -> datatest_stable::Result<()> {
    match parse_module(&text) {
        Ok(_) => Err(format!("{}: the parser accepted invalid text", path.display()).into()),
        Err(e) => {
            snapshot(path, "parse_errors", &format!("{e}\n"));
            Ok(())
        }
    }
}

datatest_stable::harness! {
    { test = run_passes, root = "tests/ir", pattern = r"\.ir$" },
    { test = verify_errors, root = "tests/verify", pattern = r"\.ir$" },
    { test = parse_errors, root = "tests/parse_errors", pattern = r"\.ir$" },
}
