//! Loading the package graph: each package is loaded once, on its own
//! rayon task, as soon as some importer (or a pattern) asks for it; its
//! files are read once, filtered by the build context and parsed in
//! parallel. Waiting packages are taken newest request first, and a
//! request for a package still waiting moves it to the front: loading
//! runs depth-first, imports soon after their importers, so that a caller
//! streaming arrivals ([`crate::Loader::load_streaming`]) gets bottom
//! packages early. When everything is in, a depth-first walk from the
//! roots (in command-line order, imports sorted) numbers the packages
//! bottom-up, finds import cycles and places each import error at the
//! import spec that the go command would blame.

use crate::context::FileMatch;
use crate::importpath;
use crate::modules::{Location, Owner};
use crate::pattern::{self, Root};
use crate::{
    Arrival, ErrorKind, FileId, Import, LoadError, Loader, OverlayKind, Package, PackageId, Program, SourceFile,
};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use wago_syntax::{Interner, ParsedFile, ast, parse_file_with};

const COMMAND_LINE: &str = "command-line-arguments";

/// What a load task works on.
enum Job {
    Dir(Location),
    Files(Location, Vec<PathBuf>),
}

/// One package as its task left it; file indices and positions are local.
struct Loaded {
    location: Location,
    name: String,
    files: Vec<Arc<SourceFile>>,
    kinds: Vec<FileKind>,
    imports: Vec<RawImport>,
    ignored: Vec<String>,
    asm_trampolines: Vec<(String, String)>,
    errors: Vec<LoadError>,
    /// An error about the package as a whole, shown at the importer's
    /// import spec (missing, no files, mixed names).
    import_error: Option<LoadError>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum FileKind {
    Go,
    Test,
    XTest,
    /// Read but left out (bad constraint line): kept for positions.
    Unused,
}

struct RawImport {
    path: String,
    file: usize,
    offset: u32,
    test: bool,
    target: usize,
}

struct Shared<'l> {
    loader: &'l Loader,
    interner: Arc<Interner>,
    index: Mutex<HashMap<String, usize>>,
    slots: Mutex<Vec<Option<Loaded>>>,
    queue: Mutex<JobQueue>,
    on_arrival: Option<&'l (dyn Fn(Arrival) + Sync)>,
    /// Import resolutions already made: resolving looks at directories on
    /// disk, and std's common imports are asked for hundreds of times.
    resolved: Mutex<HashMap<(String, Owner), Result<Location, String>>>,
    /// Whether the main modules' packages bring their test files (the
    /// `all` pattern), whatever [`crate::Config::tests`] says.
    main_tests: bool,
}

/// Jobs requested but not started. Each request spawns one rayon task,
/// which runs whichever job is most urgent when it starts, so tasks and
/// jobs pair off one to one whatever the order.
#[derive(Default)]
struct JobQueue {
    /// By slot; taken when started.
    jobs: HashMap<usize, Job>,
    /// Slots, most urgent last; a slot may appear again after being moved
    /// forward (the older entry is then skipped).
    urgency: Vec<usize>,
}

impl JobQueue {
    fn next(&mut self) -> Option<(usize, Job)> {
        while let Some(slot) = self.urgency.pop() {
            if let Some(job) = self.jobs.remove(&slot) {
                return Some((slot, job));
            }
        }
        None
    }
}

pub(crate) fn load(
    loader: &Loader,
    patterns: &[String],
    interner: Arc<Interner>,
    on_arrival: Option<&(dyn Fn(Arrival) + Sync)>,
) -> Program {
    let expansion = pattern::expand(patterns, &loader.config.dir, &loader.modules);
    let shared = Shared {
        loader,
        interner,
        index: Mutex::new(HashMap::new()),
        slots: Mutex::new(Vec::new()),
        queue: Mutex::new(JobQueue::default()),
        on_arrival,
        resolved: Mutex::new(HashMap::new()),
        main_tests: expansion.all,
    };
    let mut errors: Vec<LoadError> =
        expansion.errors.into_iter().map(|(p, m)| LoadError::new(ErrorKind::Pattern(p), m)).collect();
    let mut roots: Vec<(usize, bool)> = Vec::new();
    rayon::scope(|s| {
        for root in expansion.roots {
            let (slot, wildcard) = match root {
                Root::Dir { location, wildcard } => (shared.request(s, Job::Dir(location)), wildcard),
                Root::ImportPath(path) => (shared.import(s, &path, shared.main_owner()), false),
                Root::Files(paths) => {
                    let dir = paths[0].parent().map(Path::to_path_buf).unwrap_or_default();
                    let owner = loader.modules.locate_dir(&dir).map_or(Owner::None, |l| l.owner);
                    let location = Location { import_path: COMMAND_LINE.into(), dir, owner };
                    (shared.request(s, Job::Files(location, paths)), false)
                }
            };
            roots.push((slot, wildcard));
        }
    });
    let slots: Vec<Loaded> =
        shared.slots.into_inner().unwrap_or_else(|e| e.into_inner()).into_iter().map(|s| s.expect("loaded")).collect();
    // Directories a wildcard matched without Go files (test files count)
    // for this build are not packages (the go command's `imports.ErrNoGo`).
    roots.retain(|&(slot, wildcard)| {
        let s = &slots[slot];
        let no_go = s.import_error.as_ref().is_some_and(|e| e.kind == ErrorKind::NoGoFiles);
        // Vendored commands are not matched either.
        let vendored_main = s.name == "main" && s.location.import_path.contains("vendor/");
        !(wildcard && (no_go || vendored_main))
    });
    let mut root_slots: Vec<usize> = Vec::new();
    for (slot, _) in roots {
        if !root_slots.contains(&slot) {
            root_slots.push(slot);
        }
    }
    let mut program = assemble(slots, &root_slots, loader);
    program.errors.append(&mut errors);
    program.warnings = expansion.warnings;
    program.interner = shared.interner;
    program
}

impl<'l> Shared<'l> {
    fn main_owner(&self) -> Owner {
        let m = &self.loader.modules;
        m.goroot_main().or_else(|| m.main.first().map(|&id| Owner::Module(id))).unwrap_or(Owner::None)
    }

    /// The slot of import `path` made from a package of `from`.
    fn import<'s>(&'s self, s: &rayon::Scope<'s>, path: &str, from: Owner) -> usize {
        match self.resolve(path, from) {
            Ok(location) => self.request(s, Job::Dir(location)),
            Err(msg) => {
                let refused = importpath::check_import(path).is_err();
                self.failed(path, if refused { ErrorKind::InvalidImportPath } else { ErrorKind::NotFound }, msg)
            }
        }
    }

    /// [`crate::modules::ModuleGraph::resolve`], once per path and owner.
    fn resolve(&self, path: &str, from: Owner) -> Result<Location, String> {
        let key = (path.to_string(), from);
        if let Some(r) = self.resolved.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return r.clone();
        }
        let r = self.loader.modules.resolve(path, from);
        self.resolved.lock().unwrap_or_else(|e| e.into_inner()).insert(key, r.clone());
        r
    }

    /// A slot for an import path no directory provides.
    fn failed(&self, path: &str, kind: ErrorKind, msg: String) -> usize {
        let mut index = self.index.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&i) = index.get(path) {
            return i;
        }
        let location = Location { import_path: path.into(), dir: PathBuf::new(), owner: Owner::None };
        let mut loaded = Loaded::empty(location);
        loaded.import_error = Some(LoadError::new(kind, msg));
        let mut slots = self.slots.lock().unwrap_or_else(|e| e.into_inner());
        slots.push(Some(loaded));
        index.insert(path.into(), slots.len() - 1);
        slots.len() - 1
    }

    /// The slot of a package; its load is queued on first request, and
    /// moved to the front of the queue by later ones.
    fn request<'s>(&'s self, s: &rayon::Scope<'s>, job: Job) -> usize {
        let key = match &job {
            Job::Dir(l) | Job::Files(l, _) => l.import_path.clone(),
        };
        let mut index = self.index.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&i) = index.get(&key) {
            drop(index);
            let mut queue = self.queue.lock().unwrap_or_else(|e| e.into_inner());
            if queue.jobs.contains_key(&i) {
                queue.urgency.push(i);
            }
            return i;
        }
        let i = {
            let mut slots = self.slots.lock().unwrap_or_else(|e| e.into_inner());
            slots.push(None);
            slots.len() - 1
        };
        index.insert(key, i);
        drop(index);
        {
            let mut queue = self.queue.lock().unwrap_or_else(|e| e.into_inner());
            queue.jobs.insert(i, job);
            queue.urgency.push(i);
        }
        s.spawn(move |s| {
            let next = self.queue.lock().unwrap_or_else(|e| e.into_inner()).next();
            let Some((slot, job)) = next else { return };
            let loaded = self.load_package(s, job);
            if let Some(on_arrival) = self.on_arrival {
                on_arrival(self.arrival(slot, &loaded));
            }
            self.slots.lock().unwrap_or_else(|e| e.into_inner())[slot] = Some(loaded);
        });
        i
    }

    /// What a streaming caller is told of a package once it is loaded.
    fn arrival(&self, slot: usize, loaded: &Loaded) -> Arrival {
        let go_files = || loaded.files.iter().zip(&loaded.kinds).filter(|(_, k)| **k == FileKind::Go);
        Arrival {
            slot,
            import_path: loaded.location.import_path.clone(),
            files: go_files().map(|(f, _)| f.clone()).collect(),
            imports: loaded.imports.iter().filter(|i| !i.test).map(|i| (i.path.clone(), i.target)).collect(),
            go_version: go_version_of(loaded.location.owner, self.loader),
            clean: loaded.import_error.is_none()
                && loaded.errors.is_empty()
                && go_files().all(|(f, _)| f.errors.is_empty()),
        }
    }

    fn load_package<'s>(&'s self, s: &rayon::Scope<'s>, job: Job) -> Loaded {
        let (location, named) = match job {
            Job::Dir(l) => (l, None),
            Job::Files(l, files) => (l, Some(files)),
        };
        let tests = self.tests_of(location.owner);
        let overlay = self.overlay_kind(&location);
        let mut loaded = Loaded::empty(location);
        if overlay == Some(OverlayKind::External) {
            loaded.name = loaded.location.import_path.rsplit('/').next().unwrap_or_default().to_string();
            return loaded;
        }
        if named.is_none() && overlay != Some(OverlayKind::Replace) {
            loaded.asm_trampolines = self.asm_trampolines(&loaded.location.dir);
        }
        let candidates = match named {
            Some(files) => files.into_iter().map(|p| (p, FileMatch::Selected)).collect(),
            None if overlay == Some(OverlayKind::Replace) => Vec::new(),
            None => match self.list_dir(&loaded.location.dir, tests) {
                Ok(c) => c,
                Err(e) => {
                    let msg = format!("open {}: {e}", loaded.location.dir.display());
                    loaded.import_error = Some(LoadError::new(ErrorKind::Io, msg));
                    return loaded;
                }
            },
        };
        let candidates = self.with_overlay_files(&loaded.location, candidates, tests);
        let use_all = loaded.location.import_path == COMMAND_LINE;
        let read: Vec<(PathBuf, FileMatch, Result<ReadFile, String>)> = candidates
            .into_par_iter()
            .map(|(path, m)| {
                let r = if m == FileMatch::Selected { self.read_file(&path, use_all) } else { Err(String::new()) };
                (path, m, r)
            })
            .collect();
        let mut unread_tests = Vec::new();
        for (path, m, r) in read {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            match (m, r) {
                (FileMatch::Excluded, _) => loaded.ignored.push(name),
                (FileMatch::Test, _) => unread_tests.push(path),
                (_, Err(e)) => loaded.errors.push(LoadError::new(ErrorKind::Io, e)),
                (_, Ok(file)) => loaded.add_file(name, path, file, &self.interner, tests),
            }
        }
        let mut has_tests = false;
        if !loaded.kinds.contains(&FileKind::Go) {
            // A directory with only test files is still a package, named by
            // them: find one that fits the build (read once, kept unused).
            for path in unread_tests {
                let Ok(file) = self.read_file(&path, false) else { continue };
                if file.parsed.is_none() {
                    continue;
                }
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                loaded.add_file(name, path, file, &self.interner, true);
                if let Some(k) = loaded.kinds.last_mut() {
                    *k = FileKind::Unused;
                }
                has_tests = true;
                break;
            }
        }
        loaded.check_has_files(has_tests);
        self.request_imports(s, &mut loaded);
        loaded
    }

    /// The trampolines of the directory's assembly files that fit the
    /// build (by name and `//go:build` line), in file name order.
    fn asm_trampolines(&self, dir: &Path) -> Vec<(String, String)> {
        let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
        let mut names: Vec<String> = entries
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".s") && !n.starts_with(['_', '.']))
            .filter(|n| self.loader.context.good_os_arch_file(n))
            .collect();
        names.sort();
        let mut out = Vec::new();
        for name in names {
            let Ok(text) = std::fs::read_to_string(dir.join(&name)) else { continue };
            if self.loader.context.should_build(&text) == Ok(true) {
                out.extend(crate::asm::trampolines(&text));
            }
        }
        out
    }

    /// The directory's Go files in name order, each with its name verdict.
    /// Whether packages of `owner` bring their `_test.go` files.
    fn tests_of(&self, owner: Owner) -> bool {
        let main = |id| self.loader.modules.module(id).main;
        self.loader.config.tests || (self.main_tests && matches!(owner, Owner::Module(id) if main(id)))
    }

    fn list_dir(&self, dir: &Path, tests: bool) -> std::io::Result<Vec<(PathBuf, FileMatch)>> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let m = self.loader.context.match_file_name(&name, tests);
            // Directories (and links to them) are never source files.
            if m == FileMatch::NotSource {
                continue;
            }
            let is_dir = match entry.file_type() {
                Ok(t) if !t.is_symlink() => t.is_dir(),
                _ => entry.path().is_dir(),
            };
            if is_dir {
                continue;
            }
            out.push((entry.path(), m));
        }
        out.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(out)
    }

    /// The overlay of a standard-library package, if the build has one.
    fn overlay_kind(&self, location: &Location) -> Option<OverlayKind> {
        let overlay = &self.loader.config.overlay;
        if overlay.is_empty() || location.owner != Owner::Std {
            return None;
        }
        overlay.kind(&location.import_path)
    }

    /// The directory's candidate files with the package's overlay files in
    /// place: one of the same name replaces upstream's, in name order.
    fn with_overlay_files(
        &self,
        location: &Location,
        mut candidates: Vec<(PathBuf, FileMatch)>,
        tests: bool,
    ) -> Vec<(PathBuf, FileMatch)> {
        if self.overlay_kind(location).is_none() {
            return candidates;
        }
        for path in self.loader.config.overlay.files(&location.import_path) {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            candidates.retain(|(p, _)| p.file_name().is_none_or(|n| n.to_string_lossy() != name));
            let m = self.loader.context.match_file_name(&name, tests);
            if m != FileMatch::NotSource {
                candidates.push((path, m));
            }
        }
        let name_of = |p: &PathBuf| p.file_name().map(|n| n.to_os_string());
        candidates.sort_by_key(|(p, _)| name_of(p));
        candidates
    }

    /// Reads a file once, checks its header constraints, and parses it
    /// when it is selected.
    fn read_file(&self, path: &Path, use_all: bool) -> Result<ReadFile, String> {
        let text = match self.loader.config.overlay.text(path) {
            Some(text) => text.to_string(),
            None => {
                let bytes = std::fs::read(path).map_err(|e| format!("read {}: {e}", path.display()))?;
                match String::from_utf8(bytes) {
                    Ok(t) => t,
                    Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
                }
            }
        };
        match self.loader.context.should_build(&text) {
            Ok(false) if !use_all => Ok(ReadFile { text, parsed: None, constraint_error: None }),
            Err(e) if !use_all => Ok(ReadFile { text, parsed: None, constraint_error: Some(e) }),
            _ => {
                let parsed = parse_file_with(&text, &self.interner, self.loader.config.parse);
                Ok(ReadFile { text, parsed: Some(parsed), constraint_error: None })
            }
        }
    }

    /// Resolves every import of the package and starts loading the targets.
    fn request_imports<'s>(&'s self, s: &rayon::Scope<'s>, loaded: &mut Loaded) {
        let owner = loaded.location.owner;
        let mut firsts: HashMap<String, usize> = HashMap::new();
        let mut imports: Vec<RawImport> = Vec::new();
        let mut bad_files = Vec::new();
        for (fi, (f, kind)) in loaded.files.iter().zip(&loaded.kinds).enumerate() {
            if *kind == FileKind::Unused {
                continue;
            }
            let test = *kind != FileKind::Go;
            let mut file_imports = Vec::new();
            for (&spec, imp) in f.ast.imports.iter().zip(f.ast.imports()) {
                // The spec's position (its name, if any), as the go command reports.
                let offset = f.ast.spec_pos(spec);
                if !importpath::is_valid_import(&imp.path) && f.errors.is_empty() {
                    // go/build drops the file's imports and fails the package.
                    let msg = format!("invalid import path: {}", imp.path);
                    let mut err = LoadError::new(ErrorKind::InvalidImportPath, msg);
                    err.pos = Some((FileId(fi as u32), offset));
                    bad_files.push(err);
                    file_imports.clear();
                    break;
                }
                if imp.path.is_empty() || imp.path == "C" {
                    continue;
                }
                file_imports.push((imp.path, offset));
            }
            for (path, offset) in file_imports {
                // A non-test import wins over a test one of the same path.
                match firsts.get(&path) {
                    Some(&i) if !imports[i].test || test => continue,
                    Some(&i) => imports[i] = RawImport { path, file: fi, offset, test, target: 0 },
                    None => {
                        firsts.insert(path.clone(), imports.len());
                        imports.push(RawImport { path, file: fi, offset, test, target: 0 });
                    }
                }
            }
        }
        loaded.errors.extend(bad_files);
        imports.sort_by(|a, b| a.path.cmp(&b.path));
        for imp in &mut imports {
            imp.target = self.import(s, &imp.path, owner);
        }
        loaded.imports = imports;
    }
}

struct ReadFile {
    text: String,
    parsed: Option<ParsedFile>,
    constraint_error: Option<crate::context::ConstraintError>,
}

impl Loaded {
    fn empty(location: Location) -> Loaded {
        Loaded {
            location,
            name: String::new(),
            files: vec![],
            kinds: vec![],
            imports: vec![],
            ignored: vec![],
            asm_trampolines: vec![],
            errors: vec![],
            import_error: None,
        }
    }

    /// Files a selected, read file to the package (go/build's rules for
    /// `documentation`, cgo, tests and package names).
    fn add_file(&mut self, name: String, path: PathBuf, file: ReadFile, interner: &Interner, tests: bool) {
        let local = FileId(self.files.len() as u32);
        let Some(parsed) = file.parsed else {
            let kind = match file.constraint_error {
                Some(e) => {
                    let mut err = LoadError::new(ErrorKind::BadConstraint, format!("{name}: {}", e.msg));
                    err.pos = Some((local, e.offset));
                    self.errors.push(err);
                    FileKind::Unused
                }
                None => {
                    self.ignored.push(name);
                    return;
                }
            };
            self.push_file(path, file.text, ast::File::default(), vec![], kind);
            return;
        };
        let pkg = parsed.ast.package_name().map(|s| interner.resolve(s).to_string()).unwrap_or_default();
        let imports_c = parsed.ast.imports().any(|i| i.path == "C");
        if pkg == "documentation" || imports_c {
            self.ignored.push(name);
            return;
        }
        let is_test = name.ends_with("_test.go") && tests;
        let mut pkg_for_check = pkg.clone();
        let mut kind = if is_test { FileKind::Test } else { FileKind::Go };
        if is_test && pkg.ends_with("_test") && pkg != self.name {
            kind = FileKind::XTest;
            pkg_for_check.truncate(pkg.len() - "_test".len());
        }
        if !pkg_for_check.is_empty() {
            if self.name.is_empty() {
                self.name = pkg_for_check;
            } else if pkg_for_check != self.name && self.import_error.is_none() {
                let first = self.first_named_file();
                let msg = format!(
                    "found packages {} ({first}) and {pkg_for_check} ({name}) in {}",
                    self.name,
                    self.location.dir.display()
                );
                self.import_error = Some(LoadError::new(ErrorKind::MultiplePackages, msg));
            }
        }
        self.push_file(path, file.text, parsed.ast, parsed.errors, kind);
    }

    fn first_named_file(&self) -> String {
        self.files
            .iter()
            .zip(&self.kinds)
            .find(|(_, k)| **k != FileKind::Unused)
            .and_then(|(f, _)| f.path.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    fn push_file(
        &mut self,
        path: PathBuf,
        text: String,
        ast: ast::File,
        errors: Vec<wago_syntax::SyntaxError>,
        kind: FileKind,
    ) {
        self.files.push(Arc::new(SourceFile::new(path, text, ast, errors)));
        self.kinds.push(kind);
    }

    /// The go command's NoGoError, in its three wordings.
    /// A directory with only test files is a package to `go list` (which the
    /// loader follows); `go build` complains about it later.
    fn check_has_files(&mut self, has_unread_tests: bool) {
        let count = |k: FileKind| self.kinds.iter().filter(|&&x| x == k).count();
        let (go, test) = (count(FileKind::Go), count(FileKind::Test) + count(FileKind::XTest));
        let has_tests = test > 0 || has_unread_tests;
        if go > 0 || has_tests || self.import_error.is_some() || !self.errors.is_empty() {
            return;
        }
        let dir = self.location.dir.display();
        let msg = if !self.ignored.is_empty() {
            format!("build constraints exclude all Go files in {dir}")
        } else {
            format!("no Go files in {dir}")
        };
        self.import_error = Some(LoadError::new(ErrorKind::NoGoFiles, msg));
    }
}

/// An import edge: the importing slot, its file, the spec's offset.
type Edge = (usize, usize, u32);

/// An error found on an import edge, charged to the importer.
struct EdgeError {
    from: usize,
    file: usize,
    offset: u32,
    kind: ErrorKind,
    msg: String,
}

/// The walk that orders packages, finds cycles and places errors. It keeps
/// its own stack, so an import chain of any length cannot overflow.
struct Walk<'a> {
    slots: &'a [Loaded],
    loader: &'a Loader,
    state: Vec<u8>,
    /// The packages being visited, outermost first.
    stack: Vec<usize>,
    /// For each package on `stack`, the index of its next import.
    cursors: Vec<usize>,
    order: Vec<usize>,
    /// The first import edge that reached each package: (importer, file, offset).
    first_edge: Vec<Option<Edge>>,
    /// For a package found on the stack again: the cycle and the closing edge.
    cycle: Vec<Option<(Vec<usize>, Edge)>>,
    edge_errors: Vec<EdgeError>,
}

const UNSEEN: u8 = 0;
const ACTIVE: u8 = 1;
const DONE: u8 = 2;

impl Walk<'_> {
    /// Depth-first from `root` through non-test imports, numbering each
    /// package after its imports.
    fn visit(&mut self, root: usize) {
        let slots = self.slots;
        self.enter(root);
        while let (Some(&p), Some(cursor)) = (self.stack.last(), self.cursors.last_mut()) {
            let Some(imp) = slots[p].imports.get(*cursor) else {
                self.stack.pop();
                self.cursors.pop();
                self.state[p] = DONE;
                self.order.push(p);
                continue;
            };
            *cursor += 1;
            if !imp.test && self.edge(p, imp) {
                self.enter(imp.target);
            }
        }
    }

    fn enter(&mut self, p: usize) {
        self.state[p] = ACTIVE;
        self.stack.push(p);
        self.cursors.push(0);
    }

    /// Records a non-test edge; whether its target is still to be visited.
    fn edge(&mut self, from: usize, imp: &RawImport) -> bool {
        let to = imp.target;
        let here = (from, imp.file, imp.offset);
        self.first_edge[to].get_or_insert(here);
        if self.state[to] == ACTIVE && self.cycle[to].is_none() {
            let start = self.stack.iter().position(|&q| q == to).unwrap_or(0);
            let mut path = self.stack[start..].to_vec();
            path.push(to);
            self.cycle[to] = Some((path, here));
        }
        self.check_edge(from, imp);
        self.state[to] == UNSEEN
    }

    /// The go command's per-import checks, in its order; the first that
    /// fails is charged to the importer at the import spec.
    fn check_edge(&mut self, from: usize, imp: &RawImport) {
        let (importer, target) = (&self.slots[from], &self.slots[imp.target]);
        let refusal = self
            .internal_refusal(importer, target)
            .or_else(|| vendor_refusal(importer, target, &imp.path))
            .or_else(|| {
                let program = target.name == "main" && target.import_error.is_none() && !imp.test;
                let msg = format!("import \"{}\" is a program, not an importable package", imp.path);
                program.then_some((ErrorKind::ProgramImported, msg))
            })
            .or_else(|| local_refusal(importer, &imp.path));
        if let Some((kind, msg)) = refusal {
            self.edge_errors.push(EdgeError { from, file: imp.file, offset: imp.offset, kind, msg });
        }
    }

    /// `use of internal package X not allowed`: the importer must lie in
    /// the tree rooted at the parent of the last `internal` element — by
    /// import path for module packages, by directory otherwise.
    fn internal_refusal(&self, importer: &Loaded, target: &Loaded) -> Option<(ErrorKind, String)> {
        if target.import_error.is_some() || !target.errors.is_empty() {
            return None;
        }
        let path = target.location.import_path.as_str();
        let parent = importpath::internal_parent(path)?;
        let from = importer.location.import_path.as_str();
        let fips = "crypto/internal/fips140";
        let allowed = if importpath::has_path_prefix(from, fips) {
            importpath::has_path_prefix(path, "crypto/internal")
        } else if importpath::has_path_prefix(from, "crypto") && importpath::has_path_prefix(path, fips) {
            true
        } else if let Owner::Module(_) = target.location.owner {
            let from = match from {
                COMMAND_LINE => self.main_module_path(&importer.location.dir),
                p => p.to_string(),
            };
            importpath::has_path_prefix(&from, parent)
        } else {
            dir_within(&importer.location.dir, &target.location.dir, path.len() - parent.len())
        };
        let msg = format!("use of internal package {path} not allowed");
        (!allowed).then_some((ErrorKind::ImportNotAllowed, msg))
    }

    /// The import path of a main-module directory, else `.`.
    fn main_module_path(&self, dir: &Path) -> String {
        let modules = &self.loader.modules;
        match modules.locate_dir(dir) {
            Ok(l) if matches!(l.owner, Owner::Module(id) if modules.module(id).main) => l.import_path,
            _ => ".".into(),
        }
    }

    fn visit_tests(&mut self) {
        let mut i = 0;
        while i < self.order.len() {
            let p = self.order[i];
            let slots = self.slots;
            for imp in slots[p].imports.iter().filter(|i| i.test) {
                self.first_edge[imp.target].get_or_insert((p, imp.file, imp.offset));
                self.check_edge(p, imp);
                if self.state[imp.target] == UNSEEN {
                    self.visit(imp.target);
                }
            }
            i += 1;
        }
    }
}

/// Whether `dir` lies in the directory that `target_dir` becomes with its
/// last `cut` bytes (the import path below the rule's parent) removed.
fn dir_within(dir: &Path, target_dir: &Path, cut: usize) -> bool {
    let target = target_dir.to_string_lossy();
    match target.len().checked_sub(cut) {
        Some(keep) if target.is_char_boundary(keep) => dir.starts_with(Path::new(&target[..keep])),
        _ => true,
    }
}

/// `use of vendored package not allowed` outside the vendor directory's
/// parent tree, and `x/vendor/y must be imported as y` inside it.
fn vendor_refusal(importer: &Loaded, target: &Loaded, written: &str) -> Option<(ErrorKind, String)> {
    let path = target.location.import_path.as_str();
    if let Some((parent, _)) = importpath::vendor_split(path)
        && !target.location.dir.as_os_str().is_empty()
        && !dir_within(&importer.location.dir, &target.location.dir, path.len() - parent.len())
    {
        return Some((ErrorKind::ImportNotAllowed, "use of vendored package not allowed".into()));
    }
    let (_, vendored) = importpath::vendor_split(written)?;
    Some((ErrorKind::ImportNotAllowed, format!("{written} must be imported as {vendored}")))
}

/// A relative import is only for packages named by files on the command line.
fn local_refusal(importer: &Loaded, written: &str) -> Option<(ErrorKind, String)> {
    if !importpath::is_local_import(written) || importer.location.import_path == COMMAND_LINE {
        return None;
    }
    let msg = match written {
        "." => ".: cannot import current directory".to_string(),
        p => format!("local import \"{p}\" in non-local package"),
    };
    Some((ErrorKind::ImportNotAllowed, msg))
}

fn assemble(mut slots: Vec<Loaded>, roots: &[usize], loader: &Loader) -> Program {
    let n = slots.len();
    let mut walk = Walk {
        slots: &slots,
        loader,
        state: vec![UNSEEN; n],
        stack: vec![],
        cursors: vec![],
        order: vec![],
        first_edge: vec![None; n],
        cycle: vec![None; n],
        edge_errors: vec![],
    };
    for &r in roots {
        if walk.state[r] == UNSEEN {
            walk.visit(r);
        }
    }
    walk.visit_tests();
    let Walk { order, first_edge, cycle, edge_errors, .. } = walk;
    let mut edge_errors_of: Vec<Vec<EdgeError>> = (0..n).map(|_| Vec::new()).collect();
    for e in edge_errors {
        edge_errors_of[e.from].push(e);
    }

    let mut new_id = vec![u32::MAX; n];
    let mut file_base = vec![0u32; n];
    let mut total = 0u32;
    for (i, &slot) in order.iter().enumerate() {
        new_id[slot] = i as u32;
        file_base[slot] = total;
        total += slots[slot].files.len() as u32;
    }
    let global = |slot: usize, file: usize, offset: u32| (FileId(file_base[slot] + file as u32), offset);
    let mut packages: Vec<Package> = Vec::with_capacity(order.len());
    let mut files: Vec<Arc<SourceFile>> = Vec::with_capacity(total as usize);
    for &slot in &order {
        let loaded = std::mem::replace(
            &mut slots[slot],
            Loaded::empty(Location { import_path: String::new(), dir: PathBuf::new(), owner: Owner::None }),
        );
        let mut pkg = package_of(&loaded, slot, loader, &global, &new_id);
        if let Some(mut err) = loaded.import_error {
            err.pos = first_edge[slot].map(|(from, file, offset)| global(from, file, offset));
            pkg.errors.insert(0, err);
        }
        if let Some((path, (from, file, offset))) = &cycle[slot] {
            let stack: Vec<String> = path.iter().map(|&s| import_path_of(&new_id, &packages, s, slot, &pkg)).collect();
            let mut err = LoadError::new(ErrorKind::ImportCycle(stack), "import cycle not allowed");
            err.pos = Some(global(*from, *file, *offset));
            pkg.errors.push(err);
        }
        for e in std::mem::take(&mut edge_errors_of[slot]) {
            let mut err = LoadError::new(e.kind, e.msg);
            err.pos = Some(global(slot, e.file, e.offset));
            pkg.errors.push(err);
        }
        files.extend(loaded.files);
        packages.push(pkg);
    }
    Program {
        packages,
        roots: roots.iter().filter(|&&r| new_id[r] != u32::MAX).map(|&r| PackageId(new_id[r])).collect(),
        errors: vec![],
        warnings: vec![],
        interner: Arc::new(Interner::new()),
        files,
        modules: loader.modules.modules.clone(),
    }
}

/// The import path of a slot while packages are being built in order.
fn import_path_of(new_id: &[u32], built: &[Package], slot: usize, current: usize, pkg: &Package) -> String {
    if slot == current {
        return pkg.import_path.clone();
    }
    built.get(new_id[slot] as usize).map(|p| p.import_path.clone()).unwrap_or_default()
}

fn package_of(
    loaded: &Loaded,
    slot: usize,
    loader: &Loader,
    global: &dyn Fn(usize, usize, u32) -> (FileId, u32),
    new_id: &[u32],
) -> Package {
    let of_kind = |k: FileKind| -> Vec<FileId> {
        loaded.kinds.iter().enumerate().filter(|(_, x)| **x == k).map(|(i, _)| global(slot, i, 0).0).collect()
    };
    let import = |i: &RawImport| Import {
        path: i.path.clone(),
        package: PackageId(new_id[i.target]),
        pos: global(slot, i.file, i.offset),
    };
    let owner = loaded.location.owner;
    let goroot = matches!(owner, Owner::Std | Owner::Cmd);
    let module = match owner {
        Owner::Module(id) => Some(id),
        _ => None,
    };
    let go_version = go_version_of(owner, loader);
    let mut errors = loaded.errors.clone();
    for e in &mut errors {
        e.pos = e.pos.map(|(f, off)| global(slot, f.0 as usize, off));
    }
    Package {
        import_path: loaded.location.import_path.clone(),
        dir: loaded.location.dir.clone(),
        name: loaded.name.clone(),
        files: of_kind(FileKind::Go),
        test_files: of_kind(FileKind::Test),
        xtest_files: of_kind(FileKind::XTest),
        imports: loaded.imports.iter().filter(|i| !i.test).map(import).collect(),
        test_imports: loaded.imports.iter().filter(|i| i.test).map(import).collect(),
        ignored_files: loaded.ignored.clone(),
        asm_trampolines: loaded.asm_trampolines.clone(),
        module,
        goroot,
        go_version,
        errors,
    }
}

/// The go version that gates a package's language: GOROOT's for std and
/// cmd, else its module's `go` line.
fn go_version_of(owner: Owner, loader: &Loader) -> Option<String> {
    match owner {
        Owner::Std | Owner::Cmd => Some(format!("1.{}", loader.goroot.minor)),
        o => loader.modules.go_version(o),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(path: &str) -> Job {
        Job::Dir(Location { import_path: path.into(), dir: PathBuf::new(), owner: Owner::None })
    }

    fn path(job: &Job) -> &str {
        match job {
            Job::Dir(l) | Job::Files(l, _) => &l.import_path,
        }
    }

    /// The newest request first; a request for a waiting job moves it to
    /// the front; each job is handed out once.
    #[test]
    fn job_queue_runs_the_most_recently_requested_first() {
        let mut queue = JobQueue::default();
        for (slot, name) in ["a", "b", "c", "d"].into_iter().enumerate() {
            queue.jobs.insert(slot, job(name));
            queue.urgency.push(slot);
        }
        let mut order = Vec::new();
        let (_, first) = queue.next().unwrap();
        order.push(path(&first).to_string());
        // "d" (running) imports "a" and "b": both move to the front.
        for slot in [0, 1] {
            queue.urgency.push(slot);
        }
        while let Some((_, j)) = queue.next() {
            order.push(path(&j).to_string());
        }
        assert_eq!(order, ["d", "b", "a", "c"]);
        assert!(queue.jobs.is_empty() && queue.urgency.is_empty());
    }
}
