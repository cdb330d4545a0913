//! The flags every package-loading command shares (`-tags`, `-C`) and
//! turning them, with `GOOS`/`GOARCH` from the environment, into a loader.

use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;
use wago_loader::{Config, Loader, Overlay};

#[derive(Args, Default)]
pub struct LoadArgs {
    /// Build tags to consider satisfied (comma-separated)
    #[arg(long, value_name = "TAGS")]
    tags: Option<String>,
    /// Change to DIR before doing anything
    #[arg(short = 'C', value_name = "DIR")]
    chdir: Option<PathBuf>,
}

/// The loader for these flags, or the exit code after printing why not.
pub fn loader(args: &LoadArgs) -> Result<Loader, ExitCode> {
    loader_with(args, Overlay::default())
}

/// The loader of `wago build` and `wago run`: GOROOT with wago's overlay
/// of the standard library (its own runtime, `os`, ...).
pub fn build_loader(args: &LoadArgs) -> Result<Loader, ExitCode> {
    loader_with(args, wago_driver::overlay::overlay())
}

fn loader_with(args: &LoadArgs, overlay: Overlay) -> Result<Loader, ExitCode> {
    if let Some(dir) = &args.chdir
        && let Err(e) = std::env::set_current_dir(dir)
    {
        eprintln!("wago: chdir {}: {e}", dir.display());
        return Err(ExitCode::from(2));
    }
    let cwd = std::env::current_dir().map_err(|e| {
        eprintln!("wago: cannot read the working directory: {e}");
        ExitCode::from(2)
    })?;
    let mut config = Config::from_env(cwd);
    config.tags = parse_tags(args.tags.as_deref().unwrap_or(""));
    config.overlay = std::sync::Arc::new(overlay);
    // Syntax errors are reported as gc reports them (see gcsyntax).
    config.parse.gc_errors = true;
    Loader::new(config).map_err(|e| {
        let cwd = std::env::current_dir().unwrap_or_default();
        match (&e.path, e.line) {
            (Some(p), Some(line)) => {
                eprintln!("wago: errors parsing {}:\n{}:{line}: {}", p.display(), p.display(), e.msg)
            }
            (Some(p), None) => eprintln!("wago: {}: {}", crate::diag::short_path(p, &cwd), e.msg),
            _ => eprintln!("wago: {}", e.msg),
        }
        ExitCode::from(1)
    })
}

/// `-tags a,b` (or the older space-separated form).
fn parse_tags(s: &str) -> Vec<String> {
    s.split([',', ' ']).filter(|t| !t.is_empty()).map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn tags_split_on_commas_and_spaces() {
        assert_eq!(super::parse_tags("a,b c"), ["a", "b", "c"]);
        assert!(super::parse_tags("").is_empty());
    }
}
