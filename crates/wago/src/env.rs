//! `wago env [NAME...]` and `wago version`: what wago found — the Go SDK,
//! the target and the module — printed like `go env` and `go version`.

use crate::load::{LoadArgs, loader};
use clap::Args;
use std::process::ExitCode;

#[derive(Args)]
pub struct EnvArgs {
    /// Variables to print, one value per line (all when none)
    #[arg(value_name = "NAME")]
    names: Vec<String>,
}

pub fn run(args: EnvArgs) -> ExitCode {
    let loader = match loader(&LoadArgs::default()) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let show = |p: Option<&std::path::PathBuf>| p.map(|p| p.display().to_string()).unwrap_or_default();
    let modules = loader.modules();
    let vars = [
        ("GOARCH", loader.config().goarch.clone()),
        ("GOMOD", modules.go_mod.as_ref().map_or_else(|| "/dev/null".to_string(), |p| p.display().to_string())),
        ("GOMODCACHE", modules.mod_cache.display().to_string()),
        ("GOOS", loader.config().goos.clone()),
        ("GOROOT", loader.goroot().dir.display().to_string()),
        ("GOVERSION", loader.goroot().version.clone()),
        ("GOWORK", show(modules.go_work.as_ref())),
    ];
    if args.names.is_empty() {
        for (k, v) in vars {
            println!("{k}='{}'", v.replace('\'', "'\\''"));
        }
        return ExitCode::SUCCESS;
    }
    for name in &args.names {
        // Like `go env`, unknown names print an empty line.
        println!("{}", vars.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str()));
    }
    ExitCode::SUCCESS
}

pub fn version() -> ExitCode {
    let loader = match loader(&LoadArgs::default()) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let c = loader.config();
    println!("wago version {} {}/{}", env!("CARGO_PKG_VERSION"), c.goos, c.goarch);
    println!("go sdk {} at {}", loader.goroot().version, loader.goroot().dir.display());
    ExitCode::SUCCESS
}
