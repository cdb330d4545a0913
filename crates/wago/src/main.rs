//! The `wago` command: argument parsing, the commands, exit codes.
//!
//! Flags follow the `go` command's habits: single-dash long flags
//! (`-tags`, `-e`) as well as double-dash ones. Each command lives in its
//! own module; this file only dispatches. It knows nothing of how packages
//! are found or parsed beyond the loader's public API.

mod build;
mod check;
mod diag;
mod env;
mod gcsyntax;
mod load;
mod run;

use clap::{CommandFactory, Parser, Subcommand};
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
    /// Compile a main package to a WebAssembly module (WASI preview 1)
    Build(build::BuildArgs),
    /// Type-check packages and their imports; print errors like gc (-syntax: only load and parse)
    Check(check::CheckArgs),
    /// Print wago's view of the Go environment (GOROOT, GOOS, GOMOD, ...)
    Env(env::EnvArgs),
    /// Run a WebAssembly module (WASI preview 1 command) in the embedded runtime
    Run(run::RunArgs),
    /// Print wago's version and the Go SDK's
    Version,
}

fn main() -> ExitCode {
    let cli = Cli::parse_from(normalize_go_flags(std::env::args()));
    match cli.command {
        Command::Build(args) => build::run(args),
        Command::Check(args) => check::run(args),
        Command::Env(args) => env::run(args),
        Command::Run(args) => run::run(args),
        Command::Version => env::version(),
    }
}

/// Rewrites Go-style single-dash long flags (`-tags`, `-syntax=x`) into
/// clap's double-dash form. Single letters (`-e`, `-o`) stay as they are,
/// and so does anything after a bare `--`, and, for a command that runs a
/// program (`run`), everything from the program on: its arguments are its own.
fn normalize_go_flags(args: impl Iterator<Item = String>) -> Vec<String> {
    let cli = Cli::command();
    let mut command: Option<&clap::Command> = None;
    let mut out = Vec::new();
    let mut passthrough = false;
    let mut next_is_value = false;
    for (i, a) in args.enumerate() {
        let is_positional = i > 0 && !a.starts_with('-') && !std::mem::take(&mut next_is_value);
        if is_positional && !passthrough {
            match command {
                None => command = cli.find_subcommand(&a),
                Some(c) if passes_rest_to_program(c) => {
                    // clap would take a later `--` as its own; after this
                    // one, the program's `--` is an argument like any other.
                    passthrough = true;
                    out.push("--".to_string());
                }
                Some(_) => {}
            }
        }
        if passthrough || a == "--" {
            passthrough = true;
            out.push(a);
            continue;
        }
        let name = a.trim_start_matches('-').split('=').next().unwrap_or("");
        let is_long_single_dash = a.starts_with('-')
            && !a.starts_with("--")
            && name.len() > 1
            && name.starts_with(|c: char| c.is_ascii_alphabetic());
        next_is_value = !a.contains('=') && command.is_some_and(|c| flag_takes_value(c, name));
        out.push(if is_long_single_dash { format!("-{a}") } else { a });
    }
    out
}

/// Whether the command ends with a trailing argument list (`run FILE
/// ARGS...`): clap then stops reading flags at the first positional.
fn passes_rest_to_program(command: &clap::Command) -> bool {
    command.get_positionals().any(|arg| arg.is_trailing_var_arg_set())
}

/// Whether the flag `name` (long or a single letter) of the command is
/// followed by a value, as in `-dir X` or `-o FILE`.
fn flag_takes_value(command: &clap::Command, name: &str) -> bool {
    command
        .get_arguments()
        .find(|arg| arg.get_long() == Some(name) || arg.get_short().is_some_and(|c| name == c.to_string()))
        .is_some_and(|arg| arg.get_action().takes_values())
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

    #[test]
    fn run_leaves_the_programs_arguments_alone() {
        assert_eq!(
            norm(&["wago", "run", "-dir", "a::b", "-dir=c", "p.wasm", "-dir", "x", "-v"]),
            ["wago", "run", "--dir", "a::b", "--dir=c", "--", "p.wasm", "-dir", "x", "-v"]
        );
        assert_eq!(norm(&["wago", "run", "p.wasm", "--", "-x"]), ["wago", "run", "--", "p.wasm", "--", "-x"]);
        assert_eq!(norm(&["wago", "run", "--", "p.wasm", "--"]), ["wago", "run", "--", "p.wasm", "--"]);
    }
}
