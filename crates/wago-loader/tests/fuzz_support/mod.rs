//! What the loader fuzzer (`loader_fuzz.rs`) and the replay of its saved
//! inputs (`fuzz_regressions.rs`) share: the random generator and byte
//! mutations, the checks run on one input (go.mod-like texts, file headers,
//! whole module trees), and the module tree itself — a list of files,
//! directories and symlinks plus a loader configuration, written to disk
//! for a load and saved as a length-prefixed record file when it fails.
//! A check returns `Err` for a panic, a hang or a broken invariant; plain
//! load errors are the expected outcome of most inputs.

#![allow(dead_code)] // Each test binary uses a different part.

use std::os::unix::ffi::OsStrExt;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;
use wago_loader::modfile::{self, ModFileError};
use wago_loader::{BuildContext, Config, ErrorKind, Loader, ModMode, Program};

/// How long one tree may take to load before it counts as a hang. Loading
/// all of std takes a second or two; this leaves room for a busy machine.
pub const HANG_LIMIT: Duration = Duration::from_secs(120);

/// xorshift64*: tiny, deterministic, good enough to pick mutations.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

/// One to four byte-level mutations of `input`: bit flips, deletions,
/// duplicated slices, inserted `fragments`, splices from `donors`,
/// truncation, and line-ending or encoding damage.
pub fn mutate(rng: &mut Rng, input: &[u8], fragments: &[&[u8]], donors: &[&[u8]]) -> Vec<u8> {
    let mut b = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(b.len() + 1);
        match rng.below(9) {
            0 if !b.is_empty() => {
                let i = at.min(b.len() - 1);
                b[i] = if rng.chance(2) { b[i] ^ (1 << rng.below(8)) } else { rng.next() as u8 };
            }
            1 => {
                let n = rng.below(64).min(b.len() - at);
                b.drain(at..at + n);
            }
            2 => {
                let from = rng.below(b.len() + 1);
                let n = rng.below(256).min(b.len() - from);
                let slice = b[from..from + n].to_vec();
                b.splice(at..at, slice);
            }
            3..=5 => {
                let frag = rng.pick(fragments);
                b.splice(at..at, frag.iter().copied());
            }
            6 if !donors.is_empty() => {
                let donor = rng.pick(donors);
                let from = rng.below(donor.len() + 1);
                let n = rng.below(512).min(donor.len() - from);
                b.splice(at..at, donor[from..from + n].iter().copied());
            }
            7 => b.truncate(at),
            _ => {
                let splitter: &[u8] = rng.pick(&[b"\r\n", b"\x00", b"\xef\xbb\xbf", b"\xff\xfe", b"\n)\n", b"\n("]);
                b.splice(at..at, splitter.iter().copied());
            }
        }
    }
    b
}

/// Runs `check` under `catch_unwind`, turning a panic into an `Err`.
pub fn no_panic(check: impl FnOnce() -> Result<(), String>) -> Result<(), String> {
    match catch_unwind(AssertUnwindSafe(check)) {
        Ok(r) => r,
        Err(payload) => {
            let msg = payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()));
            Err(format!("panic: {}", msg.unwrap_or_default()))
        }
    }
}

/// The text as go.mod, go.work and vendor/modules.txt: each parser returns
/// a value or an error on one of the text's lines.
pub fn check_mod_text(bytes: &[u8]) -> Result<(), String> {
    let text = String::from_utf8_lossy(bytes);
    let lines = text.lines().count().max(1) as u32;
    let on_a_line = |what: &str, e: Option<ModFileError>| match e {
        Some(e) if !(1..=lines).contains(&e.line) => Err(format!("{what} error at line {} of {lines}: {e}", e.line)),
        _ => Ok(()),
    };
    on_a_line("go.mod", modfile::parse_mod(&text).err())?;
    on_a_line("go.work", modfile::parse_work(&text).err())?;
    on_a_line("modules.txt", modfile::parse_vendor_modules(&text).err())
}

/// The build contexts headers are checked against.
pub fn header_contexts() -> Vec<BuildContext> {
    vec![
        BuildContext::new("wasip1", "wasm", 27, vec![], ""),
        BuildContext::new("linux", "amd64", 22, vec!["purego".into()], "jsonv2,noregabiargs"),
    ]
}

/// The first line as a file name, the rest as its source: name matching
/// and the header scan give a verdict, or an error inside the source.
pub fn check_header(bytes: &[u8], contexts: &[BuildContext]) -> Result<(), String> {
    let text = String::from_utf8_lossy(bytes);
    let (name, src) = text.split_once('\n').unwrap_or((&text, ""));
    for cx in contexts {
        let _ = (cx.match_file_name(name, false), cx.match_file_name(name, true), cx.match_tag(name));
        if let Err(e) = cx.should_build(src)
            && e.offset as usize >= src.len()
        {
            return Err(format!("constraint error at offset {} of {} bytes: {}", e.offset, src.len(), e.msg));
        }
    }
    Ok(())
}

/// One thing in a module tree; paths are relative to the tree's root and
/// may be any bytes but `/`-separated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    File(Vec<u8>, Vec<u8>),
    Dir(Vec<u8>),
    /// A symlink and its target, as written.
    Link(Vec<u8>, Vec<u8>),
}

/// A module tree and how to load it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tree {
    pub entries: Vec<Entry>,
    /// The working directory, relative to the root.
    pub cwd: String,
    pub patterns: Vec<String>,
    pub goos: String,
    pub goarch: String,
    pub tags: Vec<String>,
    pub tests: bool,
    /// `auto`, `mod` or `vendor`.
    pub mode: String,
    pub gowork: String,
    pub experiments: String,
}

impl Tree {
    /// The tree as records `TAG LEN\nBYTES\n`, readable and binary-safe.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = b"wago-loader-fuzz-tree 0\n\n".to_vec();
        let mut rec = |tag: &str, bytes: &[u8]| {
            out.extend_from_slice(format!("{tag} {}\n", bytes.len()).as_bytes());
            out.extend_from_slice(bytes);
            out.push(b'\n');
        };
        for e in &self.entries {
            match e {
                Entry::File(p, data) => {
                    rec("file", p);
                    rec("data", data);
                }
                Entry::Dir(p) => rec("dir", p),
                Entry::Link(p, target) => {
                    rec("link", p);
                    rec("target", target);
                }
            }
        }
        rec("cwd", self.cwd.as_bytes());
        for p in &self.patterns {
            rec("pattern", p.as_bytes());
        }
        for t in &self.tags {
            rec("tag", t.as_bytes());
        }
        for (tag, value) in [
            ("goos", &self.goos),
            ("goarch", &self.goarch),
            ("mode", &self.mode),
            ("gowork", &self.gowork),
            ("experiments", &self.experiments),
        ] {
            rec(tag, value.as_bytes());
        }
        rec("tests", if self.tests { b"true" } else { b"false" });
        out
    }

    /// Reads what [`Tree::to_bytes`] wrote.
    pub fn from_bytes(mut b: &[u8]) -> Result<Tree, String> {
        let mut records: Vec<(String, Vec<u8>)> = Vec::new();
        while !b.is_empty() {
            let nl = b.iter().position(|&c| c == b'\n').ok_or("record header without newline")?;
            let header = String::from_utf8_lossy(&b[..nl]).into_owned();
            let (tag, len) = header.rsplit_once(' ').ok_or_else(|| format!("bad record header {header:?}"))?;
            let len: usize = len.parse().map_err(|_| format!("bad length in {header:?}"))?;
            let rest = &b[nl + 1..];
            if rest.len() < len + 1 || rest[len] != b'\n' {
                return Err(format!("record {tag:?} is cut short"));
            }
            records.push((tag.to_string(), rest[..len].to_vec()));
            b = &rest[len + 1..];
        }
        let mut tree = Tree::default();
        let mut records = records.into_iter().skip(1).peekable();
        let text = |v: Vec<u8>| String::from_utf8_lossy(&v).into_owned();
        while let Some((tag, value)) = records.next() {
            match tag.as_str() {
                "file" => {
                    let data = records.next().filter(|r| r.0 == "data").ok_or("file without data")?.1;
                    tree.entries.push(Entry::File(value, data));
                }
                "link" => {
                    let target = records.next().filter(|r| r.0 == "target").ok_or("link without target")?.1;
                    tree.entries.push(Entry::Link(value, target));
                }
                "dir" => tree.entries.push(Entry::Dir(value)),
                "cwd" => tree.cwd = text(value),
                "pattern" => tree.patterns.push(text(value)),
                "tag" => tree.tags.push(text(value)),
                "goos" => tree.goos = text(value),
                "goarch" => tree.goarch = text(value),
                "mode" => tree.mode = text(value),
                "gowork" => tree.gowork = text(value),
                "experiments" => tree.experiments = text(value),
                "tests" => tree.tests = value == b"true",
                _ => return Err(format!("unknown record {tag:?}")),
            }
        }
        Ok(tree)
    }

    /// Writes the tree under `root` (emptied first). Entries whose path
    /// would leave `root` are skipped; file system refusals (a file where a
    /// directory is wanted, say) are part of the input and ignored.
    pub fn materialize(&self, root: &Path) -> std::io::Result<()> {
        if root.symlink_metadata().is_ok() {
            std::fs::remove_dir_all(root)?;
        }
        std::fs::create_dir_all(root)?;
        let inside = |p: &[u8]| -> Option<PathBuf> {
            let rel = Path::new(std::ffi::OsStr::from_bytes(p));
            rel.components().all(|c| matches!(c, Component::Normal(_))).then(|| root.join(rel))
        };
        for e in &self.entries {
            let (Entry::File(p, _) | Entry::Dir(p) | Entry::Link(p, _)) = e;
            let Some(path) = inside(p) else { continue };
            if let Some(parent) = path.parent() {
                let _ = std::fs::create_dir_all(parent);
            }
            let _ = match e {
                Entry::File(_, data) => std::fs::write(&path, data),
                Entry::Dir(_) => std::fs::create_dir_all(&path),
                Entry::Link(_, target) => std::os::unix::fs::symlink(std::ffi::OsStr::from_bytes(target), &path),
            };
        }
        Ok(())
    }

    /// The loader configuration for the tree written at `root`.
    pub fn config(&self, root: &Path, goroot: &Path) -> Config {
        Config {
            goroot: Some(goroot.to_path_buf()),
            goos: self.goos.clone(),
            goarch: self.goarch.clone(),
            tags: self.tags.clone(),
            dir: root.join(&self.cwd),
            tests: self.tests,
            mod_cache: root.join("modcache"),
            mod_mode: match self.mode.as_str() {
                "mod" => ModMode::Mod,
                "vendor" => ModMode::Vendor,
                _ => ModMode::Auto,
            },
            gowork: self.gowork.clone(),
            experiments: self.experiments.clone(),
            overlay: Default::default(),
            parse: Default::default(),
        }
    }
}

/// How far a tree's load got: how many packages, and how many of them
/// without errors (0 and 0 when `Loader::new` refused the setup).
#[derive(Clone, Copy, Debug, Default)]
pub struct Reach {
    pub packages: usize,
    pub clean: usize,
}

/// Writes the tree under `scratch`, loads its patterns on another thread
/// and checks the program; a panic, a broken invariant or a load taking
/// longer than [`HANG_LIMIT`] is an `Err`. A hung load's thread is left
/// behind (it cannot be stopped), and so is its scratch directory.
pub fn check_tree(tree: &Tree, scratch: &Path, goroot: &Path) -> Result<Reach, String> {
    tree.materialize(scratch).map_err(|e| format!("cannot write the tree to {}: {e}", scratch.display()))?;
    let config = tree.config(scratch, goroot);
    let patterns = tree.patterns.clone();
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        let mut reach = Reach::default();
        let result = no_panic(|| match Loader::new(config) {
            Ok(loader) => {
                let program = loader.load(&patterns);
                reach.packages = program.packages.len();
                reach.clean = program.packages.iter().filter(|p| p.errors.is_empty()).count();
                check_program(&program)
            }
            Err(e) => check_error_text(&e.msg),
        })
        .map(|()| reach);
        let _ = send.send(result);
    });
    let result =
        receive.recv_timeout(HANG_LIMIT).unwrap_or_else(|e| Err(format!("no result after {HANG_LIMIT:?}: {e}")));
    if result.is_ok() {
        let _ = std::fs::remove_dir_all(scratch);
    }
    result
}

fn check_error_text(msg: &str) -> Result<(), String> {
    if msg.is_empty() {
        return Err("an error without a message".into());
    }
    Ok(())
}

/// What every loaded program must satisfy, whatever went wrong: ids in
/// range, positions inside their files, messages present.
pub fn check_program(program: &Program) -> Result<(), String> {
    let (n_packages, n_files) = (program.packages.len(), program.files.len());
    let file_ok = |f: wago_loader::FileId| (f.0 as usize) < n_files;
    let pos_ok = |(f, offset): (wago_loader::FileId, u32)| {
        file_ok(f) && offset as usize <= program.file(f).text.len() && {
            let _ = program.position((f, offset));
            true
        }
    };
    for &r in &program.roots {
        if r.0 as usize >= n_packages {
            return Err(format!("root {r:?} of {n_packages} packages"));
        }
    }
    for e in &program.errors {
        check_error_text(&e.msg)?;
        if e.pos.is_some_and(|p| !pos_ok(p)) {
            return Err(format!("error {:?} at a position outside the files", e.msg));
        }
    }
    for (i, p) in program.packages.iter().enumerate() {
        let files = p.files.iter().chain(&p.test_files).chain(&p.xtest_files);
        if let Some(f) = files.copied().find(|&f| !file_ok(f)) {
            return Err(format!("package {} has file {f:?} of {n_files}", p.import_path));
        }
        for imp in p.imports.iter().chain(&p.test_imports) {
            if imp.package.0 as usize >= n_packages || !pos_ok(imp.pos) {
                return Err(format!("package {} import {:?} out of range", p.import_path, imp.path));
            }
            // Packages come after what they import, cycles aside.
            let in_cycle =
                |p: &wago_loader::Package| p.errors.iter().any(|e| matches!(e.kind, ErrorKind::ImportCycle(_)));
            let test_only = p.test_imports.iter().any(|t| t.path == imp.path);
            if imp.package.0 as usize >= i && !test_only && !in_cycle(p) && !in_cycle(program.package(imp.package)) {
                return Err(format!("package {} comes before its import {:?}", p.import_path, imp.path));
            }
        }
        for e in &p.errors {
            check_error_text(&e.msg)?;
            if e.pos.is_some_and(|pos| !pos_ok(pos)) {
                return Err(format!("package {} error {:?} outside the files", p.import_path, e.msg));
            }
        }
    }
    Ok(())
}

/// `$GOROOT`, else what `go env GOROOT` says.
pub fn goroot() -> PathBuf {
    if let Some(g) = std::env::var_os("GOROOT").filter(|g| !g.is_empty()) {
        return PathBuf::from(g);
    }
    let out = std::process::Command::new("go").args(["env", "GOROOT"]).output().unwrap_or_else(|e| {
        panic!("cannot run `go env GOROOT` ({e}): the Go SDK is needed; run `make test`, which installs it")
    });
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}

/// FNV-1a, to name a saved input after its content.
pub fn content_hash(b: &[u8]) -> u64 {
    b.iter().fold(0xcbf2_9ce4_8422_2325, |h, &x| (h ^ x as u64).wrapping_mul(0x0100_0000_01b3))
}
