//! The module graph and import resolution: the main module(s) from
//! `go.mod` or `go.work`, the selected version of each required module
//! (with `replace`), where each lives (a local directory, the module cache
//! with its `!`-case-encoding, or `vendor/`), and which directory an import
//! path names — the standard library (with `src/vendor` and
//! `src/cmd/vendor`), a main module, or a dependency.

use crate::modfile::{self, ModFile, Replace, go_version_at_least};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A module of the build list, indexed by [`ModuleId`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ModuleId(pub u32);

#[derive(Clone, Debug)]
pub struct Module {
    pub path: String,
    /// The selected version; `None` for main modules.
    pub version: Option<String>,
    /// Where its files are (a replacement directory, the module cache, or
    /// for vendored modules `vendor/`).
    pub dir: PathBuf,
    /// Its go.mod's `go` line.
    pub go_version: Option<String>,
    pub main: bool,
}

/// Which tree a package comes from; it decides how its imports resolve.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Owner {
    /// `GOROOT/src`, outside `cmd`: its non-std imports come from `src/vendor`.
    Std,
    /// `GOROOT/src/cmd`: its non-std imports come from `src/cmd/vendor`.
    Cmd,
    Module(ModuleId),
    /// Outside every module (files named on the command line, no go.mod).
    None,
}

/// A directory that holds a package, and its import path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    pub import_path: String,
    pub dir: PathBuf,
    pub owner: Owner,
}

/// A failure to set up modules (a bad go.mod, say), with its file and line.
#[derive(Clone, Debug)]
pub struct ModuleError {
    pub path: PathBuf,
    pub line: Option<u32>,
    pub msg: String,
}

/// The modules of a build and how import paths map onto directories.
#[derive(Debug)]
pub struct ModuleGraph {
    pub goroot_src: PathBuf,
    pub modules: Vec<Module>,
    /// The main modules (one, or the `use`s of a go.work).
    pub main: Vec<ModuleId>,
    /// The go.mod of the single main module, or `None` (`GOMOD`).
    pub go_mod: Option<PathBuf>,
    pub go_work: Option<PathBuf>,
    pub mod_cache: PathBuf,
    /// In vendor mode, the vendor directory.
    vendor: Option<PathBuf>,
    /// The main module when the working directory is `GOROOT/src` or
    /// `GOROOT/src/cmd` (modules `std` and `cmd`).
    goroot_main: Option<Owner>,
}

/// How to treat `vendor/` (`-mod=` in GOFLAGS).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModMode {
    /// Vendor when `vendor/` exists and the go version is 1.14 or later.
    Auto,
    Mod,
    Vendor,
}

impl ModuleGraph {
    /// Finds the main module(s) from `dir` upwards and selects the build list.
    /// `gowork` is `GOWORK`: "" to search for go.work, `off`, or a file.
    pub fn discover(
        goroot_src: &Path,
        dir: &Path,
        mod_cache: PathBuf,
        mode: ModMode,
        gowork: &str,
    ) -> Result<Self, ModuleError> {
        let mut g = ModuleGraph {
            goroot_src: goroot_src.to_path_buf(),
            modules: vec![],
            main: vec![],
            go_mod: None,
            go_work: None,
            mod_cache,
            vendor: None,
            goroot_main: None,
        };
        let work = match gowork {
            "off" => None,
            "" => find_up(dir, "go.work"),
            p => Some(dir.join(p)),
        };
        if let Some(work) = work {
            g.load_workspace(&work)?;
        } else if let Some(go_mod) = find_up(dir, "go.mod") {
            g.load_main_module(&go_mod, mode)?;
        }
        Ok(g)
    }

    fn load_workspace(&mut self, work: &Path) -> Result<(), ModuleError> {
        let text = read(work)?;
        let wf = modfile::parse_work(&text).map_err(|e| mod_error(work, e))?;
        let root = work.parent().unwrap_or(Path::new("/")).to_path_buf();
        let mut files = Vec::new();
        for u in &wf.uses {
            let dir = clean(&root.join(u));
            let go_mod = dir.join("go.mod");
            let mf = parse_mod_at(&go_mod)?;
            self.add_main(&go_mod, &mf)?;
            files.push(mf);
        }
        self.go_work = Some(work.to_path_buf());
        // go.work replaces win over those of the modules it uses.
        let mut replaces: Vec<(Replace, PathBuf)> = wf.replaces.iter().map(|r| (r.clone(), root.clone())).collect();
        for (mf, &id) in files.iter().zip(&self.main.clone()) {
            let base = self.modules[id.0 as usize].dir.clone();
            replaces.extend(mf.replaces.iter().map(|r| (r.clone(), base.clone())));
        }
        let reqs = files.iter().flat_map(|f| f.requires.iter().map(|r| (r.path.clone(), r.version.clone()))).collect();
        self.select(reqs, &replaces, true);
        Ok(())
    }

    fn load_main_module(&mut self, go_mod: &Path, mode: ModMode) -> Result<(), ModuleError> {
        let dir = go_mod.parent().unwrap_or(Path::new("/")).to_path_buf();
        if dir == self.goroot_src || dir == self.goroot_src.join("cmd") {
            self.goroot_main = Some(if dir == self.goroot_src { Owner::Std } else { Owner::Cmd });
            self.go_mod = Some(go_mod.to_path_buf());
            return Ok(());
        }
        let mf = parse_mod_at(go_mod)?;
        self.add_main(go_mod, &mf)?;
        self.go_mod = Some(go_mod.to_path_buf());
        let go = mf.go.clone().unwrap_or_else(|| "1.16".into());
        let vendor_dir = dir.join("vendor");
        let vendor = match mode {
            ModMode::Vendor => true,
            ModMode::Mod => false,
            ModMode::Auto => vendor_dir.is_dir() && go_version_at_least(&go, 1, 14),
        };
        if vendor {
            return self.load_vendor(&vendor_dir);
        }
        let replaces: Vec<(Replace, PathBuf)> = mf.replaces.iter().map(|r| (r.clone(), dir.clone())).collect();
        let reqs = mf.requires.iter().map(|r| (r.path.clone(), r.version.clone())).collect();
        self.select(reqs, &replaces, go_version_at_least(&go, 1, 17));
        Ok(())
    }

    fn add_main(&mut self, go_mod: &Path, mf: &ModFile) -> Result<(), ModuleError> {
        let path = mf.module.clone().ok_or_else(|| ModuleError {
            path: go_mod.to_path_buf(),
            line: None,
            msg: "no module declaration in go.mod. To specify the module path:\n\tgo mod edit -module=example.com/mod"
                .into(),
        })?;
        let dir = go_mod.parent().unwrap_or(Path::new("/")).to_path_buf();
        let id = self.push(Module { path, version: None, dir, go_version: mf.go.clone(), main: true });
        self.main.push(id);
        Ok(())
    }

    fn load_vendor(&mut self, vendor_dir: &Path) -> Result<(), ModuleError> {
        let list = vendor_dir.join("modules.txt");
        let text = std::fs::read_to_string(&list).unwrap_or_default();
        let vendored = modfile::parse_vendor_modules(&text).map_err(|e| mod_error(&list, e))?;
        for vm in vendored {
            let dir = vendor_dir.join(&vm.path);
            let version = Some(vm.version).filter(|v| !v.is_empty());
            self.push(Module { path: vm.path, version, dir, go_version: None, main: false });
        }
        self.vendor = Some(vendor_dir.to_path_buf());
        Ok(())
    }

    fn push(&mut self, m: Module) -> ModuleId {
        self.modules.push(m);
        ModuleId(self.modules.len() as u32 - 1)
    }

    /// Selects one version per required module and adds it to the build
    /// list. With a pruned graph (go 1.17+) the main module lists every
    /// module it needs; otherwise requirements are followed through the
    /// dependencies' go.mod files, keeping the highest version (MVS).
    fn select(&mut self, roots: Vec<(String, String)>, replaces: &[(Replace, PathBuf)], pruned: bool) {
        let mut selected: HashMap<String, String> = HashMap::new();
        let mut queue = roots;
        while let Some((path, version)) = queue.pop() {
            if self.main.iter().any(|m| self.modules[m.0 as usize].path == path) {
                continue;
            }
            match selected.get(&path) {
                Some(v) if compare_semver(v, &version).is_ge() => continue,
                _ => {}
            }
            selected.insert(path.clone(), version.clone());
            if !pruned {
                let dir = self.module_dir(&path, &version, replaces);
                if let Some(mf) = self.dependency_go_mod(&path, &version, &dir) {
                    queue.extend(mf.requires.into_iter().map(|r| (r.path, r.version)));
                }
            }
        }
        let mut list: Vec<(String, String)> = selected.into_iter().collect();
        list.sort();
        for (path, version) in list {
            let dir = self.module_dir(&path, &version, replaces);
            let go_version =
                self.dependency_go_mod(&path, &version, &dir).and_then(|mf| mf.go).or_else(|| Some("1.16".into()));
            self.push(Module { path, version: Some(version), dir, go_version, main: false });
        }
    }

    /// Where a required module's files are, after `replace`.
    fn module_dir(&self, path: &str, version: &str, replaces: &[(Replace, PathBuf)]) -> PathBuf {
        let exact = replaces.iter().find(|(r, _)| r.old_path == path && r.old_version.as_deref() == Some(version));
        let any = || replaces.iter().find(|(r, _)| r.old_path == path && r.old_version.is_none());
        match exact.or_else(any) {
            Some((r, base)) => match &r.new_version {
                None => clean(&base.join(&r.new_path)),
                Some(v) => self.mod_cache.join(format!("{}@{}", escape_path(&r.new_path), escape_path(v))),
            },
            None => self.mod_cache.join(format!("{}@{}", escape_path(path), escape_path(version))),
        }
    }

    /// A dependency's go.mod: the module's own file, or the cache's
    /// `cache/download/…/@v/VERSION.mod` copy.
    fn dependency_go_mod(&self, path: &str, version: &str, dir: &Path) -> Option<ModFile> {
        let cached = self
            .mod_cache
            .join("cache/download")
            .join(escape_path(path))
            .join("@v")
            .join(format!("{}.mod", escape_path(version)));
        let text = std::fs::read_to_string(dir.join("go.mod")).or_else(|_| std::fs::read_to_string(cached)).ok()?;
        modfile::parse_mod(&text).ok()
    }

    /// The module named `path`, if it is in the build list.
    pub fn module_by_path(&self, path: &str) -> Option<ModuleId> {
        self.modules.iter().position(|m| m.path == path).map(|i| ModuleId(i as u32))
    }

    pub fn module(&self, id: ModuleId) -> &Module {
        &self.modules[id.0 as usize]
    }

    pub fn in_module_mode(&self) -> bool {
        !self.main.is_empty() || self.goroot_main.is_some()
    }

    /// Resolves an import `path` made by a package of `from`.
    /// A path the go command refuses outright (relative, absolute,
    /// malformed) is an error before any directory is looked at.
    pub fn resolve(&self, path: &str, from: Owner) -> Result<Location, String> {
        crate::importpath::check_import(path)?;
        let std_dir = self.goroot_src.join(path);
        let is_std_path = is_standard_import_path(path);
        let not_in_std = || format!("package {path} is not in std ({})", std_dir.display());
        if is_std_path && has_go_files(&std_dir) {
            let owner = if path == "cmd" || path.starts_with("cmd/") { Owner::Cmd } else { Owner::Std };
            return Ok(Location { import_path: path.into(), dir: std_dir, owner });
        }
        match from {
            Owner::Std | Owner::Cmd if !is_std_path => {
                let (prefix, vendor) = match from {
                    Owner::Std => ("vendor/", self.goroot_src.join("vendor")),
                    _ => ("cmd/vendor/", self.goroot_src.join("cmd/vendor")),
                };
                let dir = vendor.join(path);
                if has_go_files(&dir) {
                    return Ok(Location { import_path: format!("{prefix}{path}"), dir, owner: from });
                }
                Err(not_in_std())
            }
            Owner::Std | Owner::Cmd => Err(not_in_std()),
            _ if !self.in_module_mode() && is_std_path => Err(not_in_std()),
            _ if !self.in_module_mode() => Err(format!(
                "cannot find package \"{path}\" (no go.mod file found in the current directory or any parent)"
            )),
            _ => self.resolve_in_modules(path).map_err(|e| if is_std_path { not_in_std() } else { e }),
        }
    }

    fn resolve_in_modules(&self, path: &str) -> Result<Location, String> {
        if let Some(vendor) = &self.vendor {
            for &id in &self.main {
                if let Some(dir) = self.dir_in_module(path, id) {
                    return Ok(Location { import_path: path.into(), dir, owner: Owner::Module(id) });
                }
            }
            let dir = vendor.join(path);
            if has_go_files(&dir) {
                let owner = self.vendored_module_of(path).map_or(Owner::None, Owner::Module);
                return Ok(Location { import_path: path.into(), dir, owner });
            }
            return Err(format!("cannot find module providing package {path}: import lookup disabled by -mod=vendor"));
        }
        let found: Vec<(ModuleId, PathBuf)> = (0..self.modules.len() as u32)
            .map(ModuleId)
            .filter_map(|id| self.dir_in_module(path, id).map(|d| (id, d)))
            .collect();
        match found.as_slice() {
            [(id, dir)] => Ok(Location { import_path: path.into(), dir: dir.clone(), owner: Owner::Module(*id) }),
            [] => Err(format!("no required module provides package {path}; to add it:\n\tgo get {path}")),
            many => {
                let mut msg = format!("ambiguous import: found package {path} in multiple modules:");
                for (id, dir) in many {
                    let m = self.module(*id);
                    let v = m.version.as_deref().map(|v| format!(" {v}")).unwrap_or_default();
                    msg.push_str(&format!("\n\t{}{v} ({})", m.path, dir.display()));
                }
                Err(msg)
            }
        }
    }

    fn vendored_module_of(&self, path: &str) -> Option<ModuleId> {
        (0..self.modules.len() as u32)
            .map(ModuleId)
            .filter(|&id| !self.module(id).main && path_in_module(path, &self.module(id).path).is_some())
            .max_by_key(|&id| self.module(id).path.len())
    }

    /// The directory of `path` inside module `id`, when the module holds
    /// Go files there and no nested module claims it.
    fn dir_in_module(&self, path: &str, id: ModuleId) -> Option<PathBuf> {
        let m = self.module(id);
        let rest = path_in_module(path, &m.path)?;
        let dir = if rest.is_empty() { m.dir.clone() } else { m.dir.join(rest) };
        if !has_go_files(&dir) {
            return None;
        }
        let mut sub = m.dir.clone();
        for elem in rest.split('/').filter(|e| !e.is_empty()) {
            sub.push(elem);
            if sub.join("go.mod").is_file() {
                return None;
            }
        }
        Some(dir)
    }

    /// The import path and owner of a directory: under GOROOT/src, a main
    /// module, or a module of the build list.
    pub fn locate_dir(&self, dir: &Path) -> Result<Location, String> {
        let cmd = self.goroot_src.join("cmd");
        if let Ok(rel) = dir.strip_prefix(&cmd) {
            let import_path = join_import("cmd", rel);
            return Ok(Location { import_path, dir: dir.into(), owner: Owner::Cmd });
        }
        if let Ok(rel) = dir.strip_prefix(&self.goroot_src)
            && !rel.as_os_str().is_empty()
        {
            let import_path = join_import("", rel);
            return Ok(Location { import_path, dir: dir.into(), owner: Owner::Std });
        }
        // The deepest module root containing dir wins (nested modules).
        let best = (0..self.modules.len() as u32)
            .map(ModuleId)
            .filter(|&id| dir.starts_with(&self.module(id).dir))
            .max_by_key(|&id| self.module(id).dir.as_os_str().len());
        match best {
            Some(id) => {
                let m = self.module(id);
                let rel = dir.strip_prefix(&m.dir).unwrap_or(Path::new(""));
                Ok(Location { import_path: join_import(&m.path, rel), dir: dir.into(), owner: Owner::Module(id) })
            }
            None => Err("outside main module or its selected dependencies".into()),
        }
    }

    /// The directories `pattern` (with `...`) may match, with their
    /// import-path roots: GOROOT/src for std-like prefixes, else the
    /// modules whose path could contain a match.
    pub fn pattern_roots(&self, prefix: &str) -> Vec<(PathBuf, String, Owner)> {
        let mut roots = Vec::new();
        let first = prefix.split('/').next().unwrap_or("");
        if !first.contains('.') {
            roots.push((self.goroot_src.clone(), String::new(), Owner::Std));
        }
        for (i, m) in self.modules.iter().enumerate() {
            if self.vendor.is_some() && !m.main {
                continue;
            }
            let overlaps = path_in_module(prefix, &m.path).is_some()
                || m.path.starts_with(prefix.trim_end_matches('/'))
                || prefix.is_empty();
            if overlaps {
                roots.push((m.dir.clone(), m.path.clone(), Owner::Module(ModuleId(i as u32))));
            }
        }
        roots
    }

    /// The go version that governs packages of `owner`.
    pub fn go_version(&self, owner: Owner) -> Option<String> {
        match owner {
            Owner::Module(id) => self.module(id).go_version.clone(),
            _ => None,
        }
    }

    /// When run inside GOROOT/src or GOROOT/src/cmd, the `std` or `cmd` module.
    pub fn goroot_main(&self) -> Option<Owner> {
        self.goroot_main
    }
}

fn join_import(base: &str, rel: &Path) -> String {
    let rel = rel.to_string_lossy().replace('\\', "/");
    match (base.is_empty(), rel.is_empty()) {
        (_, true) => base.to_string(),
        (true, false) => rel,
        (false, false) => format!("{base}/{rel}"),
    }
}

/// The part of `path` below module `module_path` ("" for the module root).
pub fn path_in_module<'p>(path: &'p str, module_path: &str) -> Option<&'p str> {
    let rest = path.strip_prefix(module_path)?;
    if rest.is_empty() {
        return Some("");
    }
    rest.strip_prefix('/')
}

/// Whether an import path looks like the standard library's: no dot in
/// its first element (`search.IsStandardImportPath`).
pub fn is_standard_import_path(path: &str) -> bool {
    !path.split('/').next().unwrap_or("").contains('.')
}

/// Whether `dir` holds any `.go` file (constraints aside).
pub fn has_go_files(dir: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else { return false };
    entries
        .flatten()
        .any(|e| e.file_name().to_str().is_some_and(|n| n.ends_with(".go")) && e.file_type().is_ok_and(|t| !t.is_dir()))
}

/// The module cache's case encoding: each uppercase letter becomes `!`
/// and its lowercase form (`github.com/BurntSushi` → `github.com/!burnt!sushi`).
pub fn escape_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        if c.is_ascii_uppercase() {
            out.push('!');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The inverse of [`escape_path`]; `None` for malformed input.
pub fn unescape_path(escaped: &str) -> Option<String> {
    let mut out = String::with_capacity(escaped.len());
    let mut bang = false;
    for c in escaped.chars() {
        if bang {
            if !c.is_ascii_lowercase() {
                return None;
            }
            out.push(c.to_ascii_uppercase());
            bang = false;
        } else if c == '!' {
            bang = true;
        } else if c.is_ascii_uppercase() {
            return None;
        } else {
            out.push(c);
        }
    }
    (!bang).then_some(out)
}

/// Semantic version order (`v1.2.3-pre+build`), build metadata ignored,
/// a prerelease before its release.
pub fn compare_semver(a: &str, b: &str) -> std::cmp::Ordering {
    fn split(v: &str) -> (Vec<u64>, Option<&str>) {
        let v = v.trim_start_matches('v');
        let v = v.split('+').next().unwrap_or("");
        let (core, pre) = match v.split_once('-') {
            Some((c, p)) => (c, Some(p)),
            None => (v, None),
        };
        (core.split('.').map(|n| n.parse().unwrap_or(0)).collect(), pre)
    }
    let ((ca, pa), (cb, pb)) = (split(a), split(b));
    ca.cmp(&cb).then_with(|| match (pa, pb) {
        (None, None) => std::cmp::Ordering::Equal,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (Some(_), None) => std::cmp::Ordering::Less,
        (Some(x), Some(y)) => compare_prerelease(x, y),
    })
}

fn compare_prerelease(a: &str, b: &str) -> std::cmp::Ordering {
    let mut ia = a.split('.');
    let mut ib = b.split('.');
    loop {
        match (ia.next(), ib.next()) {
            (None, None) => return std::cmp::Ordering::Equal,
            (None, Some(_)) => return std::cmp::Ordering::Less,
            (Some(_), None) => return std::cmp::Ordering::Greater,
            (Some(x), Some(y)) => {
                let ord = match (x.parse::<u64>(), y.parse::<u64>()) {
                    (Ok(n), Ok(m)) => n.cmp(&m),
                    (Ok(_), Err(_)) => std::cmp::Ordering::Less,
                    (Err(_), Ok(_)) => std::cmp::Ordering::Greater,
                    (Err(_), Err(_)) => x.cmp(y),
                };
                if ord.is_ne() {
                    return ord;
                }
            }
        }
    }
}

fn find_up(dir: &Path, name: &str) -> Option<PathBuf> {
    dir.ancestors().map(|d| d.join(name)).find(|p| p.is_file())
}

fn read(path: &Path) -> Result<String, ModuleError> {
    std::fs::read_to_string(path).map_err(|e| ModuleError { path: path.into(), line: None, msg: e.to_string() })
}

fn parse_mod_at(go_mod: &Path) -> Result<ModFile, ModuleError> {
    modfile::parse_mod(&read(go_mod)?).map_err(|e| mod_error(go_mod, e))
}

fn mod_error(path: &Path, e: modfile::ModFileError) -> ModuleError {
    ModuleError { path: path.into(), line: Some(e.line), msg: e.msg }
}

/// Lexically cleans `a/./b/../c` to `a/c`, as filepath.Clean.
pub fn clean(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cmp::Ordering::*;

    #[test]
    fn case_encoding_round_trips() {
        assert_eq!(escape_path("github.com/BurntSushi/toml"), "github.com/!burnt!sushi/toml");
        assert_eq!(escape_path("v1.0.0-RC1"), "v1.0.0-!r!c1");
        assert_eq!(unescape_path("github.com/!burnt!sushi/toml").as_deref(), Some("github.com/BurntSushi/toml"));
        assert_eq!(unescape_path("bad!"), None);
        assert_eq!(unescape_path("Bad"), None);
        assert_eq!(unescape_path("x!1"), None);
    }

    #[test]
    fn semver_order() {
        assert_eq!(compare_semver("v1.2.3", "v1.10.0"), Less);
        assert_eq!(compare_semver("v1.2.3", "v1.2.3-pre"), Greater);
        assert_eq!(compare_semver("v1.2.3-alpha.2", "v1.2.3-alpha.10"), Less);
        assert_eq!(compare_semver("v1.2.3-alpha", "v1.2.3-alpha.1"), Less);
        assert_eq!(compare_semver("v2.0.0+incompatible", "v2.0.0"), Equal);
    }

    #[test]
    fn import_paths() {
        assert!(is_standard_import_path("net/http") && is_standard_import_path("m/x"));
        assert!(!is_standard_import_path("example.com/m"));
        assert_eq!(path_in_module("example.com/m/x/y", "example.com/m"), Some("x/y"));
        assert_eq!(path_in_module("example.com/m", "example.com/m"), Some(""));
        assert_eq!(path_in_module("example.com/mx", "example.com/m"), None);
        assert_eq!(clean(Path::new("/a/b/../c/./d")), PathBuf::from("/a/c/d"));
    }
}
