//! Command-line package patterns, as `go help packages` defines them:
//! `std`, `cmd`, `all`, import paths, local directories (`.`, `./x`,
//! `../y`), `...` wildcards over either, and a list of `.go` files forming
//! the `command-line-arguments` package. Expanding a pattern yields the
//! directories to load; loading them is the graph's job.

use crate::modules::{Location, ModuleGraph, Owner, clean};
use std::path::{Path, PathBuf};

/// One expanded command-line argument.
#[derive(Debug, PartialEq, Eq)]
pub enum Root {
    /// A package directory. From a wildcard, a directory without buildable
    /// Go files is dropped silently instead of being an error.
    Dir { location: Location, wildcard: bool },
    /// An import path to resolve as the main module would.
    ImportPath(String),
    /// `.go` files named on the command line, all in one directory.
    Files(Vec<PathBuf>),
}

/// Whether a pattern is a local (file system) path.
pub fn is_local(pattern: &str) -> bool {
    pattern == "."
        || pattern == ".."
        || pattern.starts_with("./")
        || pattern.starts_with("../")
        || pattern.starts_with('/')
}

/// The patterns of one command line, expanded.
#[derive(Debug, Default)]
pub struct Expansion {
    pub roots: Vec<Root>,
    /// Patterns that cannot be expanded (a missing directory, say), each
    /// with the message.
    pub errors: Vec<(String, String)>,
    /// Wildcards that matched nothing.
    pub warnings: Vec<String>,
    /// Whether `all` was named: the main modules' test imports are then
    /// part of the build too (module-mode `all`, go 1.16 and later).
    pub all: bool,
}

/// Expands the patterns relative to `cwd` (no pattern means `.`).
pub fn expand(patterns: &[String], cwd: &Path, graph: &ModuleGraph) -> Expansion {
    let mut roots = Vec::new();
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mut all = false;
    let (files, others): (Vec<&String>, Vec<&String>) = patterns.iter().partition(|p| p.ends_with(".go"));
    if !files.is_empty() {
        match files_root(&files, cwd) {
            Ok(r) => roots.push(r),
            Err(e) => errors.push((files.iter().map(|f| f.as_str()).collect::<Vec<_>>().join(" "), e)),
        }
    }
    let defaults = [".".to_string()];
    let others: Vec<&String> = if others.is_empty() && files.is_empty() { defaults.iter().collect() } else { others };
    for p in others {
        let before = roots.len();
        let result = match p.as_str() {
            "std" => Ok(walk(&graph.goroot_src, "", Owner::Std, &not_cmd, "...")),
            "cmd" => Ok(walk(&graph.goroot_src.join("cmd"), "cmd", Owner::Cmd, &|_| true, "cmd/...")),
            "all" => {
                all = true;
                Ok(all_packages(graph))
            }
            p if is_local(p) && p.contains("...") => local_wildcard(p, cwd, graph),
            p if is_local(p) => local_dir(p, cwd, graph).map(|l| vec![Root::Dir { location: l, wildcard: false }]),
            p if p.contains("...") => Ok(import_wildcard(p, graph)),
            p => Ok(vec![Root::ImportPath(p.to_string())]),
        };
        let failed = result.is_err();
        match result {
            Ok(found) => roots.extend(found),
            Err(e) => errors.push((p.clone(), e)),
        }
        if !failed && roots.len() == before && (p.contains("...") || matches!(p.as_str(), "std" | "cmd" | "all")) {
            warnings.push(format!("\"{p}\" matched no packages"));
        }
    }
    Expansion { roots, errors, warnings, all }
}

/// The packages of the main modules (`std` or `cmd` when working inside
/// GOROOT); the loader adds what they and their tests import.
fn all_packages(graph: &ModuleGraph) -> Vec<Root> {
    match graph.goroot_main() {
        Some(Owner::Cmd) => return walk(&graph.goroot_src.join("cmd"), "cmd", Owner::Cmd, &|_| true, ""),
        Some(_) => return walk(&graph.goroot_src, "", Owner::Std, &not_cmd, ""),
        None => {}
    }
    let mut out = Vec::new();
    for &id in &graph.main {
        let m = graph.module(id);
        out.extend(walk(&m.dir, &m.path, Owner::Module(id), &|_| true, ""));
    }
    out
}

fn files_root(files: &[&String], cwd: &Path) -> Result<Root, String> {
    let paths: Vec<PathBuf> = files.iter().map(|f| clean(&cwd.join(f))).collect();
    let dir_of = |p: &Path| p.parent().map(Path::to_path_buf).unwrap_or_default();
    let first = dir_of(&paths[0]);
    for (p, f) in paths.iter().zip(files) {
        if dir_of(p) != first {
            return Err(format!(
                "named files must all be in one directory; have {} and {}",
                first.display(),
                dir_of(p).display()
            ));
        }
        if !p.is_file() {
            return Err(format!("stat {f}: no such file or directory"));
        }
    }
    Ok(Root::Files(paths))
}

fn local_dir(p: &str, cwd: &Path, graph: &ModuleGraph) -> Result<Location, String> {
    let dir = clean(&cwd.join(p));
    if !dir.is_dir() {
        return Err(format!("stat {}: directory not found", dir.display()));
    }
    let mut location = graph.locate_dir(&dir).map_err(|e| outside_error(p, &e, graph))?;
    if !crate::modules::has_go_files(&dir) {
        // Not a package at all: the go command names it by the local path.
        let rel = short_path(&dir, cwd);
        location.import_path = match rel.to_string_lossy() {
            r if r == "." || r.starts_with("../") || r == ".." || r.starts_with('/') => r.into_owned(),
            r => format!("./{r}"),
        };
    }
    Ok(location)
}

/// The go command's complaint about a directory no module contains.
fn outside_error(pattern: &str, e: &str, graph: &ModuleGraph) -> String {
    match graph.in_module_mode() {
        true => format!("directory {pattern} {e}"),
        false => "go.mod file not found in current directory or any parent directory; see 'go help modules'".into(),
    }
}

fn local_wildcard(p: &str, cwd: &Path, graph: &ModuleGraph) -> Result<Vec<Root>, String> {
    let fixed = &p[..p.find("...").unwrap_or(p.len())];
    let base_rel = match fixed.rfind('/') {
        Some(0) => "/",
        Some(i) => &fixed[..i],
        None => fixed,
    };
    let base = clean(&cwd.join(base_rel));
    if let Some(i) = fixed.rfind('/')
        && std::fs::symlink_metadata(cwd.join(&fixed[..=i])).is_err()
    {
        return Err(format!("pattern {p}: lstat {}: no such file or directory", &fixed[..=i]));
    }
    let base_loc = graph.locate_dir(&base).map_err(|e| match graph.in_module_mode() {
        true => format!(
            "pattern {p}: directory prefix {} does not contain main module or its selected dependencies",
            short_path(&base, cwd).display()
        ),
        false => outside_error(base_rel, &e, graph),
    })?;
    let pattern = clean(&cwd.join(p)).to_string_lossy().into_owned();
    let mut out = Vec::new();
    for root in walk(&base, &base_loc.import_path, base_loc.owner, &|_| true, "") {
        if let Root::Dir { location, .. } = &root
            && match_pattern(&pattern, &location.dir.to_string_lossy())
        {
            // A nested module's packages are not this module's: locate again.
            if let Ok(l) = graph.locate_dir(&location.dir)
                && l.owner == base_loc.owner
            {
                out.push(Root::Dir { location: l, wildcard: true });
            }
        }
    }
    Ok(out)
}

/// The go command's `base.ShortPath`: relative to `cwd` when that is shorter.
fn short_path(path: &Path, cwd: &Path) -> PathBuf {
    let (p, c): (Vec<_>, Vec<_>) = (path.components().collect(), cwd.components().collect());
    let common = p.iter().zip(&c).take_while(|(x, y)| x == y).count();
    let mut rel: PathBuf = c[common..].iter().map(|_| std::path::Component::ParentDir).collect();
    rel.extend(&p[common..]);
    if rel.as_os_str().is_empty() {
        rel.push(".");
    }
    if rel.as_os_str().len() < path.as_os_str().len() { rel } else { path.to_path_buf() }
}

fn import_wildcard(p: &str, graph: &ModuleGraph) -> Vec<Root> {
    let prefix = &p[..p.find("...").unwrap_or(p.len())];
    let mut out = Vec::new();
    for (dir, path, owner) in graph.pattern_roots(prefix) {
        let found = if owner == Owner::Std && (prefix == "cmd" || prefix.starts_with("cmd/")) {
            walk(&dir.join("cmd"), "cmd", Owner::Cmd, &|_| true, p)
        } else if owner == Owner::Std {
            walk(&dir, "", Owner::Std, &not_cmd, p)
        } else {
            walk(&dir, &path, owner, &|_| true, p)
        };
        out.extend(found);
    }
    out
}

fn not_cmd(import_path: &str) -> bool {
    import_path != "cmd" && !import_path.starts_with("cmd/")
}

/// Every package directory under `dir` (whose import path is `path`) that
/// matches `pattern` ("" = all), as the go command walks: not into
/// `testdata`, `_x` or `.x` directories, nested modules, subtrees `keep`
/// rejects, or — outside GOROOT — `vendor`. `builtin` is documentation and
/// `runtime/cgo` needs cgo: neither is matched.
fn walk(dir: &Path, path: &str, owner: Owner, keep: &dyn Fn(&str) -> bool, pattern: &str) -> Vec<Root> {
    let mut out = Vec::new();
    // An explicit stack (subdirectories pushed in reverse) keeps the
    // go command's lexical order without recursion.
    let mut pending = vec![(dir.to_path_buf(), path.to_string(), true)];
    while let Some((dir, path, top)) = pending.pop() {
        if !path.is_empty() && !keep(&path) {
            continue;
        }
        // One read of the directory serves the nested-module test, the
        // Go-file test and the subdirectories.
        let entries: Vec<std::fs::DirEntry> = match std::fs::read_dir(&dir) {
            Ok(entries) => entries.flatten().collect(),
            Err(_) => Vec::new(),
        };
        if !top && entries.iter().any(|e| e.file_name() == "go.mod" && e.path().is_file()) {
            continue;
        }
        let matches = pattern.is_empty() || match_pattern(pattern, &path);
        let pseudo = path == "builtin" || path == "runtime/cgo";
        let has_go = || {
            entries.iter().any(|e| {
                e.file_name().to_str().is_some_and(|n| n.ends_with(".go")) && e.file_type().is_ok_and(|t| !t.is_dir())
            })
        };
        if !path.is_empty() && !pseudo && matches && has_go() {
            let location = Location { import_path: path.clone(), dir: dir.clone(), owner };
            out.push(Root::Dir { location, wildcard: true });
        }
        let mut subdirs: Vec<String> = entries
            .iter()
            .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| !n.starts_with(['.', '_']) && n != "testdata")
            .filter(|n| n != "vendor" || matches!(owner, Owner::Std | Owner::Cmd))
            .collect();
        subdirs.sort_unstable_by(|a, b| b.cmp(a));
        for name in subdirs {
            let sub_path = if path.is_empty() { name.clone() } else { format!("{path}/{name}") };
            pending.push((dir.join(&name), sub_path, false));
        }
    }
    out
}

/// `go help packages` matching: `...` matches any string, and `x/...`
/// also matches `x` itself.
pub fn match_pattern(pattern: &str, name: &str) -> bool {
    if let Some(stem) = pattern.strip_suffix("/...")
        && name == stem
    {
        return true;
    }
    let parts: Vec<&str> = pattern.split("...").collect();
    let Some((first, rest)) = parts.split_first() else { return false };
    let Some(mut remaining) = name.strip_prefix(first) else { return false };
    let Some((last, middle)) = rest.split_last() else { return remaining.is_empty() };
    for part in middle {
        match remaining.find(part) {
            Some(i) => remaining = &remaining[i + part.len()..],
            None => return false,
        }
    }
    remaining.ends_with(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_match_like_go() {
        assert!(match_pattern("net/...", "net"));
        assert!(match_pattern("net/...", "net/http"));
        assert!(!match_pattern("net/...", "netip"));
        assert!(match_pattern("net...", "netip"));
        assert!(match_pattern("...", "a/b"));
        assert!(match_pattern("a/.../c", "a/b/c"));
        assert!(!match_pattern("a/.../c", "a/b/d"));
        assert!(match_pattern("encoding/...json", "encoding/json"));
        assert!(!match_pattern("fmt", "fmtx"));
    }

    #[test]
    fn local_patterns() {
        assert!(is_local(".") && is_local("./x") && is_local("../y") && is_local("/abs"));
        assert!(!is_local("fmt") && !is_local(".hidden"));
    }
}
