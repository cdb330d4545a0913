//! The run corpus: every `tests/run/NAME.go` is built with `wago build`
//! and run with `wago run`, and its exit status, stdout and stderr (up to
//! the first `panic: ` or `fatal error: ` line) must equal `NAME.golden`,
//! which scripts/gen-run-cases.sh wrote from real Go, native and wasip1
//! agreeing (never edit it by hand). Each module is also checked to be
//! valid WebAssembly by the build itself (the emitter validates), and its
//! IR is verified after lowering and after every pass. With
//! `WAGO_WASMTIME` set to a standalone wasmtime CLI, each module must also
//! give the same result there.
//! A folder `NAME/` with a `go.mod` is a case too: a module whose
//! `NAME/main.go` (with `NAME/main.golden`) imports its other packages.
//! A `NAME.run` file gives the program arguments (`arg VALUE` lines) and
//! its whole environment (`env KEY=VALUE` lines) and, with an `fs` line,
//! a fresh working directory with the host's file system preopened at /
//! (as Go's wasip1 runner does); a `NAME.stdin` file is its standard input
//! (else it is empty), as the generator did.
//! These tests need the go command on PATH (scripts/with-go.sh): wago
//! reads GOROOT for the loader's environment.

use std::path::Path;
use std::process::Command;

fn wago() -> Command {
    Command::new(env!("CARGO_BIN_EXE_wago"))
}

/// The normalised result of a finished process, as the golden files hold
/// it: bytes, since programs may print invalid UTF-8.
fn result(out: &std::process::Output) -> Vec<u8> {
    let mut s = format!("exit {}\n-- stdout --\n", out.status.code().unwrap_or(-1)).into_bytes();
    s.extend_from_slice(&out.stdout);
    s.extend_from_slice(b"-- stderr --\n");
    for line in out.stderr.split_inclusive(|&b| b == b'\n') {
        s.extend_from_slice(line);
        if line.starts_with(b"panic: ") || line.starts_with(b"fatal error: ") {
            if !line.ends_with(b"\n") {
                s.push(b'\n');
            }
            break;
        }
    }
    s
}

fn run_case(path: &Path) -> datatest_stable::Result<()> {
    let golden = std::fs::read(path.with_extension("golden"))
        .map_err(|e| format!("{}: no golden file (run scripts/gen-run-cases.sh): {e}", path.display()))?;
    let dir = tempdir(path)?;
    let wasm = dir.join("prog.wasm");
    // -d=verify: the IR verifier runs on the lowered module and after every pass.
    // Built from its own folder, as `go build main.go` would be there (a
    // module case's go.mod is found from the working directory).
    let (folder, file) = (path.parent().unwrap_or(Path::new(".")), path.file_name().unwrap_or_default());
    let build = wago().current_dir(folder).arg("build").arg("-d=verify").arg("-o").arg(&wasm).arg(file).output()?;
    if !build.status.success() {
        return Err(format!("wago build failed:\n{}", String::from_utf8_lossy(&build.stderr)).into());
    }
    let inputs = RunInputs::of(path)?;
    let mut run = wago();
    run.arg("run");
    let work = inputs.fs.then(|| dir.join("wago-run"));
    if let Some(work) = &work {
        std::fs::create_dir_all(work)?;
        run.current_dir(work).args(["-dir", "/::/"]);
    }
    run.arg(&wasm).args(&inputs.args).stdin(inputs.stdin()?);
    if let Some(env) = &inputs.env {
        run.env_clear().envs(env.iter().map(|(k, v)| (k, v)));
    }
    if let Some(work) = &work {
        run.env("PWD", work);
    }
    compare(&golden, &result(&run.output()?), "wago run")?;
    // The same module under the standalone wasmtime CLI (make test provides
    // it; see scripts/with-wasmtime.sh): it must run unchanged elsewhere.
    if let Some(cli) = std::env::var_os("WAGO_WASMTIME") {
        let mut run = Command::new(cli);
        run.args(["run", "-W", "max-wasm-stack=268435456"]);
        for (k, v) in inputs.env.iter().flatten() {
            run.arg("--env").arg(format!("{k}={v}"));
        }
        if inputs.fs {
            let work = dir.join("wasmtime-run");
            std::fs::create_dir_all(&work)?;
            run.current_dir(&work).arg("--dir=/::/").arg("--env").arg(format!("PWD={}", work.display()));
        }
        let run = run.arg(&wasm).args(&inputs.args).stdin(inputs.stdin()?).output()?;
        compare(&golden, &result(&run), "the wasmtime CLI")?;
    }
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

/// A case's arguments and environment (`NAME.run`); no file: no
/// arguments and the test's own environment.
struct RunInputs {
    args: Vec<String>,
    env: Option<Vec<(String, String)>>,
    stdin: Option<std::path::PathBuf>,
    /// `fs`: the program runs in a fresh directory and sees the host's file
    /// system as Go's wasip1 runner shows it (/ preopened, PWD set).
    fs: bool,
}

impl RunInputs {
    fn of(path: &Path) -> std::io::Result<RunInputs> {
        let stdin = Some(path.with_extension("stdin")).filter(|p| p.exists());
        let mut inputs = RunInputs { args: Vec::new(), env: None, stdin, fs: false };
        let Ok(text) = std::fs::read_to_string(path.with_extension("run")) else { return Ok(inputs) };
        let env = inputs.env.insert(Vec::new());
        for line in text.lines() {
            if let Some(arg) = line.strip_prefix("arg ") {
                inputs.args.push(arg.to_string());
            } else if let Some((k, v)) = line.strip_prefix("env ").and_then(|kv| kv.split_once('=')) {
                env.push((k.to_string(), v.to_string()));
            } else if line == "fs" {
                inputs.fs = true;
            } else if !line.is_empty() {
                let msg = format!("{}: not `arg VALUE`, `env KEY=VALUE` or `fs`: {line}", path.display());
                return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, msg));
            }
        }
        Ok(inputs)
    }
}

impl RunInputs {
    /// The program's standard input: the case's `.stdin` file, or nothing.
    fn stdin(&self) -> std::io::Result<std::process::Stdio> {
        match &self.stdin {
            Some(p) => Ok(std::fs::File::open(p)?.into()),
            None => Ok(std::process::Stdio::null()),
        }
    }
}

fn compare(golden: &[u8], got: &[u8], runner: &str) -> datatest_stable::Result<()> {
    if got != golden {
        let (want, got) = (String::from_utf8_lossy(golden), String::from_utf8_lossy(got));
        return Err(format!("result under {runner} differs from go's\n--- want\n{want}--- got\n{got}").into());
    }
    Ok(())
}

fn tempdir(path: &Path) -> std::io::Result<std::path::PathBuf> {
    // A module case's file is main.go: its folder names it.
    let named = if path.ends_with("main.go") { path.parent().unwrap_or(path) } else { path };
    let name = named.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let dir = std::env::temp_dir().join(format!("wago-run-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

datatest_stable::harness! {
    { test = run_case, root = "../../tests/run", pattern = r"^([^/]*\.go|[^/]+/main\.go)$" },
}
