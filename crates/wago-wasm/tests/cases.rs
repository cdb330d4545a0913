//! Runs every `tests/cases/*.ir` as its own named test: the case is
//! appended to `tests/prelude.ir` (output helpers over WASI `fd_write`),
//! parsed, verified, emitted, validated and run in the embedded wasmtime,
//! and its stdout must equal `NAME.out`, which real `go run NAME.go`
//! produced (`tests/regen-expected.sh`): each case has a Go twin computing
//! the same thing. Header lines of a case:
//! - `; exit: N`: the expected exit code (default 0);
//! - `; max-size: N`: an upper bound on the module's size in bytes (names off).
//!
//! Each case is emitted four times, with tree-ification and local sharing
//! each on and off, and every variant must behave the same, so a wrong
//! stack or local assignment shows up as a difference. No module may
//! import `random_get`, which the prelude declares but never calls.

use std::path::Path;
use wago_host::{RunConfig, Stdio};
use wago_wasm::{EmitOptions, emit};

fn header(text: &str, key: &str) -> Option<u64> {
    text.lines().filter_map(|l| l.strip_prefix(key)).find_map(|v| v.trim().parse().ok())
}

fn imports(wasm: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        if let Ok(wasmparser::Payload::ImportSection(reader)) = payload {
            for import in reader.into_imports().flatten() {
                out.push(import.name.to_string());
            }
        }
    }
    out
}

fn run_case(path: &Path, text: String) -> datatest_stable::Result<()> {
    let prelude = include_str!("prelude.ir");
    let source = format!("{prelude}\n{text}");
    let module =
        wago_ir::parse::parse_module(&source).map_err(|e| format!("{}: {e} (prelude included)", path.display()))?;
    if let Err(errors) = wago_ir::verify::verify(&module) {
        let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        return Err(format!("{}: invalid IR:\n{}", path.display(), list.join("\n")).into());
    }
    let expected = std::fs::read(path.with_extension("out"))
        .map_err(|e| format!("{}: no expected output (run tests/regen-expected.sh): {e}", path.display()))?;
    let exit = header(&text, "; exit:").unwrap_or(0) as i32;
    for (stackify, share_locals) in [(true, true), (false, true), (true, false), (false, false)] {
        let opts = EmitOptions { names: stackify && share_locals, stackify, share_locals, ..EmitOptions::default() };
        let variant = format!("stackify={stackify} share_locals={share_locals}");
        let wasm = emit(&module, &opts).map_err(|e| format!("{}: {variant}: {e}", path.display()))?;
        if imports(&wasm).iter().any(|i| i == "random_get") {
            return Err(format!("{}: the unused import random_get was kept", path.display()).into());
        }
        let cfg =
            RunConfig { args: vec!["case".into()], stdio: Stdio::Capture { stdin: Vec::new() }, ..Default::default() };
        let out = wago_host::run(&wasm, &cfg).map_err(|e| format!("{}: {variant}: {e}", path.display()))?;
        if out.stdout != expected || out.exit_code != exit {
            return Err(format!(
                "{}: {variant}: exit {} (want {exit}), trap {:?}\n--- stdout\n{}--- want\n{}",
                path.display(),
                out.exit_code,
                out.trap,
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&expected)
            )
            .into());
        }
    }
    if let Some(max) = header(&text, "; max-size:") {
        let opts = EmitOptions { names: false, ..EmitOptions::default() };
        let size = emit(&module, &opts)?.len() as u64;
        if size > max {
            return Err(format!("{}: {size} bytes, more than the {max} allowed", path.display()).into());
        }
    }
    Ok(())
}

datatest_stable::harness! {
    { test = run_case, root = "tests/cases", pattern = r"\.ir$" },
}
