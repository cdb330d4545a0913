//! `wago build`: load a main package, check it, lower it to IR, run the
//! passes, emit a validated WebAssembly module and write it (`-o`, else
//! the package's directory name plus `.wasm`, or the first file's name
//! for a list of `.go` files, as the go command names its outputs).

use crate::diag::{self, Diagnostic};
use crate::load::{LoadArgs, build_loader};
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;
use wago_loader::Program;

#[derive(Args)]
pub struct BuildArgs {
    /// Write the module to FILE
    #[arg(short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// Debug flags: passtimes, ir, ir:PASS, verify (comma-separated, as gc's -d)
    #[arg(short = 'd', value_name = "FLAGS")]
    debug: Option<String>,
    #[command(flatten)]
    load: LoadArgs,
    /// The main package (import path, directory, or .go files)
    #[arg(value_name = "PACKAGE")]
    patterns: Vec<String>,
}

/// Builds the module for `patterns`; prints errors and returns the exit
/// code when it cannot.
pub fn build_module(load: &LoadArgs, patterns: &[String], debug: Option<&str>) -> Result<(Vec<u8>, String), ExitCode> {
    let loader = build_loader(load)?;
    let patterns = if patterns.is_empty() { vec![".".to_string()] } else { patterns.to_vec() };
    let program = loader.load(&patterns);
    let mut diags: Vec<Diagnostic> = program.errors.iter().map(|e| crate::check::diagnostic(&program, e)).collect();
    for pkg in &program.packages {
        diags.extend(crate::check::package_report(&program, pkg).limited(false));
    }
    if !diags.is_empty() {
        diag::print(diags);
        return Err(ExitCode::from(1));
    }
    let Some(main) = main_package(&program) else {
        eprintln!("wago: no main package in {}", patterns.join(" "));
        return Err(ExitCode::from(1));
    };
    let debug = match wago_ir::pass::DebugOptions::parse(debug.unwrap_or("")) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("wago: -d: {e}");
            return Err(ExitCode::from(2));
        }
    };
    let mut module = wago_driver::compile::compile(&program).map_err(|errs| {
        let diags = errs.into_iter().map(|e| Diagnostic::at(&e.path, e.line, e.col, e.msg)).collect();
        diag::print(diags);
        ExitCode::from(1)
    })?;
    let mut passes =
        wago_ir::pass::PassManager::from_names(wago_driver::compile::DEFAULT_PASSES).expect("known passes");
    if let Err(e) = passes.run(&mut module, &debug) {
        eprintln!("wago: internal error: {e}");
        return Err(ExitCode::from(2));
    }
    let wasm = wago_wasm::emit(&module, &wago_wasm::EmitOptions::default()).map_err(|e| {
        eprintln!("wago: internal error: {e}");
        ExitCode::from(2)
    })?;
    Ok((wasm, main))
}

pub fn run(args: BuildArgs) -> ExitCode {
    let (wasm, name) = match build_module(&args.load, &args.patterns, args.debug.as_deref()) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let out = args.output.unwrap_or_else(|| PathBuf::from(format!("{name}.wasm")));
    if let Err(e) = std::fs::write(&out, &wasm) {
        eprintln!("wago: writing {}: {e}", out.display());
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

/// The output name of the main package the patterns named: its
/// directory's name, or the first file's stem for `.go` files.
fn main_package(program: &Program) -> Option<String> {
    let &root = program.roots.first()?;
    let pkg = program.package(root);
    if pkg.name != "main" {
        return None;
    }
    if pkg.import_path == "command-line-arguments" {
        let first = pkg.files.first().map(|&f| program.file(f).path.clone())?;
        return first.file_stem().map(|s| s.to_string_lossy().into_owned());
    }
    pkg.dir.file_name().map(|s| s.to_string_lossy().into_owned())
}
