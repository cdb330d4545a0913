//! `wago run [-dir HOST[::GUEST]]... PACKAGE|FILES.go|FILE.wasm [args...]`:
//! builds a main package (as `wago build` does, in memory) or takes a
//! built `.wasm` module, runs it in the embedded runtime (wago-host) with
//! the host's environment and stdio, and exits with the module's exit
//! code. As with `go run`, the `.go` files at the front of the arguments
//! form the package; what follows them is the program's.

use crate::load::LoadArgs;
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
    #[command(flatten)]
    load: LoadArgs,
    /// The main package (import path or directory), .go files, or a built
    /// WebAssembly module (WASI preview 1 command)
    #[arg(value_name = "PACKAGE|FILES.go|FILE.wasm")]
    target: String,
    /// Arguments passed to the program (os.Args[1:])
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, value_name = "ARGS")]
    args: Vec<String>,
}

pub fn run(mut args: RunArgs) -> ExitCode {
    let (wasm, name) = if args.target.ends_with(".wasm") {
        match std::fs::read(&args.target) {
            Ok(bytes) => (bytes, args.target.clone()),
            Err(e) => {
                eprintln!("wago run: {}: {e}", args.target);
                return ExitCode::from(1);
            }
        }
    } else {
        let mut patterns = vec![args.target.clone()];
        if args.target.ends_with(".go") {
            let more = args.args.iter().take_while(|a| a.ends_with(".go")).count();
            patterns.extend(args.args.drain(..more));
        }
        match crate::build::build_module(&args.load, &patterns, None) {
            Ok(built) => built,
            Err(code) => return code,
        }
    };
    let cfg = RunConfig {
        args: std::iter::once(name).chain(args.args).collect(),
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
