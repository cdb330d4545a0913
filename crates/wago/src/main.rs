//! The `wago` command: argument parsing, the commands, exit codes.
//!
//! Flags follow the `go` command's habits: single-dash long flags
//! (`-tags`, `-e`) as well as double-dash ones. Each command lives in its
//! own module; this file only dispatches. It knows nothing of how packages
//! are found or parsed beyond the loader's public API.

mod check;
mod diag;
mod env;
mod load;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

// The checker and the loader allocate millions of small nodes and table
// entries; mimalloc serves them markedly faster than the system allocator
// (measured with bench/check.sh).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "wago", version, about = "wago compiles Go programs to WebAssembly (WASI preview 1)")]
#[command(disable_help_subcommand = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Type-check packages and their imports; print errors like gc (-syntax: only load and parse)
    Check(check::CheckArgs),
    /// Print wago's view of the Go environment (GOROOT, GOOS, GOMOD, ...)
    Env(env::EnvArgs),
    /// Print wago's version and the Go SDK's
    Version,
}

fn main() -> ExitCode {
    let cli = Cli::parse_from(normalize_go_flags(std::env::args()));
    match cli.command {
        Command::Check(args) => check::run(args),
        Command::Env(args) => env::run(args),
        Command::Version => env::version(),
    }
}

/// Rewrites Go-style single-dash long flags (`-tags`, `-syntax=x`) into
/// clap's double-dash form. Single letters (`-e`, `-o`) stay as they are,
/// and so does anything after a bare `--`.
fn normalize_go_flags(args: impl Iterator<Item = String>) -> Vec<String> {
    let mut out = Vec::new();
    let mut passthrough = false;
    for a in args {
        if passthrough || a == "--" {
            passthrough = true;
            out.push(a);
            continue;
        }
        let is_long_single_dash = a.starts_with('-')
            && !a.starts_with("--")
            && a.split('=').next().is_some_and(|name| name.len() > 2)
            && a[1..].starts_with(|c: char| c.is_ascii_alphabetic());
        out.push(if is_long_single_dash { format!("-{a}") } else { a });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::normalize_go_flags;

    fn norm(args: &[&str]) -> Vec<String> {
        normalize_go_flags(args.iter().map(|s| s.to_string()))
    }

    #[test]
    fn go_style_flags_become_clap_flags() {
        assert_eq!(norm(&["wago", "check", "-syntax", "-e", "./..."]), ["wago", "check", "--syntax", "-e", "./..."]);
        assert_eq!(norm(&["wago", "check", "-tags=a,b", "--", "-x"]), ["wago", "check", "--tags=a,b", "--", "-x"]);
        assert_eq!(norm(&["wago", "check", "--syntax", "-1"]), ["wago", "check", "--syntax", "-1"]);
    }
}
