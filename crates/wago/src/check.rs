//! `wago check -syntax`: parse the named Go files (or every `.go` file of
//! the named directories) and print syntax errors in gc's form.

use crate::diag::{Diagnostic, Report};
use clap::Args;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use wago_syntax::{Interner, parse_file};

#[derive(Args)]
pub struct CheckArgs {
    /// Only parse: report syntax errors
    #[arg(long)]
    syntax: bool,
    /// Report all errors, not just the first ten
    #[arg(short = 'e')]
    all_errors: bool,
    /// Go files or package directories
    #[arg(value_name = "FILES")]
    paths: Vec<PathBuf>,
}

pub fn run(args: CheckArgs) -> ExitCode {
    if !args.syntax {
        eprintln!("wago check: type checking is not built yet; use -syntax");
        return ExitCode::from(2);
    }
    let mut files = Vec::new();
    for p in &args.paths {
        if let Err(e) = collect(p, &mut files) {
            eprintln!("wago check: {}: {e}", p.display());
            return ExitCode::from(1);
        }
    }
    let interner = Interner::new();
    let mut report = Report::default();
    for path in &files {
        let src = match std::fs::read(path) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(e) => {
                eprintln!("wago check: {}: {e}", path.display());
                return ExitCode::from(1);
            }
        };
        for err in parse_file(&src, &interner).errors {
            report.diags.push(Diagnostic::at_offset(path, &src, err.offset, err.msg));
        }
    }
    if report.print(args.all_errors) > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

fn collect(path: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if !path.is_dir() {
        out.push(path.to_path_buf());
        return Ok(());
    }
    let mut found: Vec<PathBuf> = std::fs::read_dir(path)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "go") && p.is_file())
        .collect();
    found.sort();
    out.extend(found);
    Ok(())
}
