//! The wording of errors in standard-library packages wago cannot compile
//! yet. Such an error is not the user's mistake, so it names the package
//! and says what wago lacks; the user's "could not import" of such a
//! package points at those errors (a std importer's is left out: the
//! causes are listed); and each package shows at most
//! [`MAX_PER_PACKAGE`] of its errors, as gc's limit of ten per package.

use crate::compile::CompileError;
use std::collections::{HashMap, HashSet};
use std::path::Path;
use wago_loader::Program;

const MAX_PER_PACKAGE: usize = 10;

/// Rewrites `errors` (in report order) for the standard-library packages
/// among them.
pub fn explain(program: &Program, errors: Vec<CompileError>) -> Vec<CompileError> {
    let mut std_file: HashMap<&Path, &str> = HashMap::new();
    for pkg in program.packages.iter().filter(|p| p.goroot) {
        for &f in &pkg.files {
            std_file.insert(program.file(f).path.as_path(), pkg.import_path.as_str());
        }
    }
    let failed: HashSet<&str> = errors.iter().filter_map(|e| std_file.get(e.path.as_path()).copied()).collect();
    let mut shown: HashMap<&str, usize> = HashMap::new();
    let mut out = Vec::with_capacity(errors.len());
    for mut e in errors {
        let std_pkg = std_file.get(e.path.as_path()).copied();
        if let Some(path) = e.msg.strip_prefix("could not import ").and_then(|m| m.strip_suffix(" (package not found)"))
            && (failed.contains(path) || std_file.values().any(|&p| p == path))
        {
            if std_pkg.is_some() {
                continue;
            }
            e.msg = format!("wago: package {path} cannot be compiled yet (see the standard-library errors listed)");
        }
        let Some(pkg) = std_pkg else {
            out.push(e);
            continue;
        };
        let count = shown.entry(pkg).or_default();
        *count += 1;
        if *count > MAX_PER_PACKAGE {
            continue;
        }
        let what = e.msg.strip_prefix("wago: ").unwrap_or(&e.msg);
        // Upstream code that names what gc's runtime has and wago's lacks.
        let lacks = if what.starts_with("undefined: runtime.") { " (not in wago's runtime yet)" } else { "" };
        e.msg = if e.msg.starts_with("wago: ") {
            format!("wago: package {pkg}: {what}")
        } else {
            format!("wago: package {pkg} cannot be compiled yet: {what}{lacks}")
        };
        out.push(e);
    }
    out.extend(blame_imports(program, &failed, &out));
    out
}

/// For errors in std code the program reaches (found after type
/// checking, so no "could not import" names them), an error at each of
/// the user's imports of a std package that is, or imports, a failed one:
/// the user learns which of their imports brought the errors in.
fn blame_imports(program: &Program, failed: &HashSet<&str>, reported: &[CompileError]) -> Vec<CompileError> {
    let n = program.packages.len();
    // Whether each package is or imports a failed one (packages come
    // after their imports, so one pass in order decides).
    let mut bad = vec![false; n];
    for (i, pkg) in program.packages.iter().enumerate() {
        bad[i] = (pkg.goroot && failed.contains(pkg.import_path.as_str()))
            || pkg.imports.iter().any(|imp| bad.get(imp.package.0 as usize).copied().unwrap_or(false));
    }
    let mut out = Vec::new();
    for pkg in program.packages.iter().filter(|p| !p.goroot) {
        for imp in &pkg.imports {
            let target = program.package(imp.package);
            if !target.goroot || !bad[imp.package.0 as usize] {
                continue;
            }
            let (path, line, col) = program.position(imp.pos);
            if reported.iter().chain(&out).any(|e| e.path == path && e.line == line && e.col == col) {
                continue;
            }
            let msg = format!(
                "wago: package {} cannot be compiled yet (see the standard-library errors listed)",
                target.import_path
            );
            out.push(CompileError { path: path.to_path_buf(), line, col, msg });
        }
    }
    out
}
