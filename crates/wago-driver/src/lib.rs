//! Runs the compiler's stages over a program the loader produced: today,
//! type checking package by package in dependency order, or as packages
//! arrive from a streaming load (`arrivals`). It owns the glue
//! between `wago-loader`'s packages and files and the checker's inputs, so
//! the CLI and the corpus tests drive the checker the same way. It knows
//! nothing of flags or printing (the CLI's) nor of how checking works.

use std::collections::HashMap;
use wago_loader::{PackageId, Program};
use wago_types::{Checker, FileId, FileInput, PackageInput, PkgId};

/// Type-checks one loaded package. `checked` gives the checker's package
/// for each of its imports that checked clean; an import it has no answer
/// for is left unresolved, and the checker reports it. The language version
/// is the package's module's `go` line unless `go_version` overrides it.
pub fn check_package(
    program: &Program,
    checker: &mut Checker,
    pid: PackageId,
    checked: &dyn Fn(PackageId) -> Option<PkgId>,
    go_version: Option<&str>,
) -> PkgId {
    let pkg = program.package(pid);
    let files: Vec<FileInput> = pkg
        .files
        .iter()
        .map(|&f| {
            let file = program.file(f);
            FileInput { ast: &file.ast, src: &file.text, id: FileId(f.0) }
        })
        .collect();
    let imports: HashMap<&str, PkgId> =
        pkg.imports.iter().filter_map(|i| Some((i.path.as_str(), checked(i.package)?))).collect();
    let lookup = |path: &str| imports.get(path).copied();
    let module_version = pkg.go_version.as_deref().map(|v| format!("go{v}")).unwrap_or_default();
    checker.check_package(PackageInput {
        path: &pkg.import_path,
        files: &files,
        imports: &lookup,
        go_version: go_version.unwrap_or(&module_version),
    })
}

pub mod arrivals;
pub mod compile;
pub mod overlay;
pub mod unsupported;
