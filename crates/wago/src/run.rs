//! `wago run [-dir HOST[::GUEST]]... FILE.wasm [args...]`: runs a WASI
//! preview 1 command module in the embedded runtime (wago-host) with the
//! host's environment and stdio, and exits with the module's exit code.
//! What to run is decided by the path: a `.wasm` file runs as it is; Go
//! packages and files are the next thing to accept here (build, then run).

use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;
use wago_host::{Preopen, RunConfig, Stdio};

#[derive(Args)]
pub struct RunArgs {
    /// Give the program access to a host directory, under GUEST (default:
    /// the same path); repeatable. No directory is visible by default
    #[arg(long = "dir", value_name = "HOST[::GUEST]")]
    dirs: Vec<String>,
    /// The WebAssembly module (WASI preview 1 command) to run
    #[arg(value_name = "FILE.wasm")]
    target: String,
    /// Arguments passed to the program (os.Args[1:])
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, value_name = "ARGS")]
    args: Vec<String>,
}

pub fn run(args: RunArgs) -> ExitCode {
    if !args.target.ends_with(".wasm") {
        eprintln!("wago run: {}: only .wasm modules can be run yet", args.target);
        return ExitCode::from(2);
    }
    let wasm = match std::fs::read(&args.target) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("wago run: {}: {e}", args.target);
            return ExitCode::from(1);
        }
    };
    let cfg = RunConfig {
        args: std::iter::once(args.target.clone()).chain(args.args).collect(),
        env: host_env(),
        preopens: args.dirs.iter().map(|d| preopen(d)).collect(),
        stdio: Stdio::Inherit,
    };
    match wago_host::run(&wasm, &cfg) {
        // A process exit status is 8 bits wide: proc_exit(256) is 0 here as
        // os.Exit(256) is natively.
        Ok(outcome) => ExitCode::from(outcome.exit_code as u8),
        Err(e) => {
            eprintln!("wago run: {}: {e}", args.target);
            ExitCode::from(1)
        }
    }
}

/// `HOST::GUEST`, or `HOST` visible under its own path, as the `wasmtime`
/// CLI reads `--dir`.
fn preopen(spec: &str) -> Preopen {
    match spec.split_once("::") {
        Some((host, guest)) => Preopen { host: PathBuf::from(host), guest: guest.to_string() },
        None => Preopen { host: PathBuf::from(spec), guest: spec.to_string() },
    }
}

/// The host's environment for the guest. WASI strings are UTF-8, so a
/// variable whose name or value is not is left out rather than altered.
fn host_env() -> Vec<(String, String)> {
    std::env::vars_os().filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?))).collect()
}

#[cfg(test)]
mod tests {
    use super::preopen;
    use std::path::Path;

    #[test]
    fn dir_specs_split_on_double_colon() {
        let p = preopen("/tmp/x::/data");
        assert_eq!((p.host.as_path(), p.guest.as_str()), (Path::new("/tmp/x"), "/data"));
        let p = preopen("testdata");
        assert_eq!((p.host.as_path(), p.guest.as_str()), (Path::new("testdata"), "testdata"));
    }
}
