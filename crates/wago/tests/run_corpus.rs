//! The run corpus: every `tests/run/NAME.go` is built with `wago build`
//! and run with `wago run`, and its exit status, stdout and stderr (up to
//! the first `panic: ` or `fatal error: ` line) must equal `NAME.golden`,
//! which scripts/gen-run-cases.sh wrote from real Go, native and wasip1
//! agreeing (never edit it by hand). Each module is also checked to be
//! valid WebAssembly by the build itself (the emitter validates).
//! These tests need the go command on PATH (scripts/with-go.sh): wago
//! reads GOROOT for the loader's environment.

use std::path::Path;
use std::process::Command;

fn wago() -> Command {
    Command::new(env!("CARGO_BIN_EXE_wago"))
}

/// The normalised result of a finished process, as the golden files hold it.
fn result(out: &std::process::Output) -> String {
    let mut s = format!("exit {}\n-- stdout --\n", out.status.code().unwrap_or(-1));
    s.push_str(&String::from_utf8_lossy(&out.stdout));
    s.push_str("-- stderr --\n");
    for line in String::from_utf8_lossy(&out.stderr).split_inclusive('\n') {
        s.push_str(line);
        if line.starts_with("panic: ") || line.starts_with("fatal error: ") {
            if !line.ends_with('\n') {
                s.push('\n');
            }
            break;
        }
    }
    s
}

fn run_case(path: &Path) -> datatest_stable::Result<()> {
    let golden = std::fs::read_to_string(path.with_extension("golden"))
        .map_err(|e| format!("{}: no golden file (run scripts/gen-run-cases.sh): {e}", path.display()))?;
    let dir = tempdir(path)?;
    let wasm = dir.join("prog.wasm");
    let build = wago().arg("build").arg("-o").arg(&wasm).arg(path).output()?;
    if !build.status.success() {
        return Err(format!("wago build failed:\n{}", String::from_utf8_lossy(&build.stderr)).into());
    }
    let run = wago().arg("run").arg(&wasm).output()?;
    let got = result(&run);
    let _ = std::fs::remove_dir_all(&dir);
    if got != golden {
        return Err(format!("result differs from go's\n--- want\n{golden}--- got\n{got}").into());
    }
    Ok(())
}

fn tempdir(path: &Path) -> std::io::Result<std::path::PathBuf> {
    let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let dir = std::env::temp_dir().join(format!("wago-run-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

datatest_stable::harness! {
    { test = run_case, root = "../../tests/run", pattern = r"^[^/]*\.go$" },
}
