//! Loading the package graph: each package is loaded once, on its own
//! rayon task, as soon as some importer (or a pattern) asks for it; its
//! files are read once, filtered by the build context and parsed in
//! parallel. When everything is in, a depth-first walk from the roots (in
//! command-line order, imports sorted) numbers the packages bottom-up,
//! finds import cycles and places each import error at the import spec
//! that the go command would blame.

use crate::context::FileMatch;
use crate::modules::{Location, Owner};
use crate::pattern::{self, Root};
use crate::{ErrorKind, FileId, Import, LoadError, Loader, Package, PackageId, Program, SourceFile};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use wago_syntax::{Interner, LineIndex, ParsedFile, ast, parse_file};

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
    files: Vec<SourceFile>,
    kinds: Vec<FileKind>,
    imports: Vec<RawImport>,
    ignored: Vec<String>,
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
}

pub(crate) fn load(loader: &Loader, patterns: &[String]) -> Program {
    let shared = Shared {
        loader,
        interner: Arc::new(Interner::new()),
        index: Mutex::new(HashMap::new()),
        slots: Mutex::new(Vec::new()),
    };
    let expansion = pattern::expand(patterns, &loader.config.dir, &loader.modules);
    let mut errors: Vec<LoadError> =
        expansion.errors.into_iter().map(|m| LoadError::new(ErrorKind::Pattern, m)).collect();
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
        match self.loader.modules.resolve(path, from) {
            Ok(location) => self.request(s, Job::Dir(location)),
            Err(msg) => self.failed(path, msg),
        }
    }

    /// A slot for an import path no directory provides.
    fn failed(&self, path: &str, msg: String) -> usize {
        let mut index = self.index.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&i) = index.get(path) {
            return i;
        }
        let location = Location { import_path: path.into(), dir: PathBuf::new(), owner: Owner::None };
        let mut loaded = Loaded::empty(location);
        loaded.import_error = Some(LoadError::new(ErrorKind::NotFound, msg));
        let mut slots = self.slots.lock().unwrap_or_else(|e| e.into_inner());
        slots.push(Some(loaded));
        index.insert(path.into(), slots.len() - 1);
        slots.len() - 1
    }

    /// The slot of a package; its load starts on first request.
    fn request<'s>(&'s self, s: &rayon::Scope<'s>, job: Job) -> usize {
        let key = match &job {
            Job::Dir(l) | Job::Files(l, _) => l.import_path.clone(),
        };
        let mut index = self.index.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&i) = index.get(&key) {
            return i;
        }
        let i = {
            let mut slots = self.slots.lock().unwrap_or_else(|e| e.into_inner());
            slots.push(None);
            slots.len() - 1
        };
        index.insert(key, i);
        drop(index);
        s.spawn(move |s| {
            let loaded = self.load_package(s, job);
            self.slots.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(loaded);
        });
        i
    }

    fn load_package<'s>(&'s self, s: &rayon::Scope<'s>, job: Job) -> Loaded {
        let (location, named) = match job {
            Job::Dir(l) => (l, None),
            Job::Files(l, files) => (l, Some(files)),
        };
        let mut loaded = Loaded::empty(location);
        let candidates = match named {
            Some(files) => files.into_iter().map(|p| (p, FileMatch::Selected)).collect(),
            None => match self.list_dir(&loaded.location.dir) {
                Ok(c) => c,
                Err(e) => {
                    let msg = format!("open {}: {e}", loaded.location.dir.display());
                    loaded.import_error = Some(LoadError::new(ErrorKind::Io, msg));
                    return loaded;
                }
            },
        };
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
                (_, Ok(file)) => loaded.add_file(name, path, file, &self.interner, self.loader.config.tests),
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

    /// The directory's Go files in name order, each with its name verdict.
    fn list_dir(&self, dir: &Path) -> std::io::Result<Vec<(PathBuf, FileMatch)>> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let m = self.loader.context.match_file_name(&name, self.loader.config.tests);
            // Directories (and links to them) are never source files.
            if m == FileMatch::NotSource || entry.path().is_dir() {
                continue;
            }
            out.push((entry.path(), m));
        }
        out.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(out)
    }

    /// Reads a file once, checks its header constraints, and parses it
    /// when it is selected.
    fn read_file(&self, path: &Path, use_all: bool) -> Result<ReadFile, String> {
        let bytes = std::fs::read(path).map_err(|e| format!("read {}: {e}", path.display()))?;
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        };
        match self.loader.context.should_build(&text) {
            Ok(false) if !use_all => Ok(ReadFile { text, parsed: None, constraint_error: None }),
            Err(e) if !use_all => Ok(ReadFile { text, parsed: None, constraint_error: Some(e) }),
            _ => {
                let parsed = parse_file(&text, &self.interner);
                Ok(ReadFile { text, parsed: Some(parsed), constraint_error: None })
            }
        }
    }

    /// Resolves every import of the package and starts loading the targets.
    fn request_imports<'s>(&'s self, s: &rayon::Scope<'s>, loaded: &mut Loaded) {
        let owner = loaded.location.owner;
        let mut firsts: HashMap<String, usize> = HashMap::new();
        let mut imports: Vec<RawImport> = Vec::new();
        for (fi, (f, kind)) in loaded.files.iter().zip(&loaded.kinds).enumerate() {
            if *kind == FileKind::Unused {
                continue;
            }
            let test = *kind != FileKind::Go;
            for (&spec, imp) in f.ast.imports.iter().zip(f.ast.imports()) {
                if imp.path.is_empty() || imp.path == "C" {
                    continue;
                }
                // The spec's position (its name, if any), as the go command reports.
                let offset = f.ast.spec_pos(spec);
                // A non-test import wins over a test one of the same path.
                match firsts.get(&imp.path) {
                    Some(&i) if !imports[i].test || test => continue,
                    Some(&i) => imports[i] = RawImport { path: imp.path, file: fi, offset, test, target: 0 },
                    None => {
                        firsts.insert(imp.path.clone(), imports.len());
                        imports.push(RawImport { path: imp.path, file: fi, offset, test, target: 0 });
                    }
                }
            }
        }
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
            errors: vec![],
            import_error: None,
        }
    }

    /// Files a selected, read file to the package (go/build's rules for
    /// `documentation`, cgo, tests and package names).
    fn add_file(&mut self, name: String, path: PathBuf, file: ReadFile, interner: &Interner, tests: bool) {
        let line_index = LineIndex::new(&file.text);
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
            self.push_file(path, file.text, ast::File::default(), vec![], line_index, kind);
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
        self.push_file(path, file.text, parsed.ast, parsed.errors, line_index, kind);
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
        line_index: LineIndex,
        kind: FileKind,
    ) {
        self.files.push(SourceFile { path, text, ast, errors, line_index });
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

/// The walk that orders packages, finds cycles and places errors.
struct Walk<'a> {
    slots: &'a [Loaded],
    state: Vec<u8>,
    stack: Vec<usize>,
    order: Vec<usize>,
    /// The first import edge that reached each package: (importer, file, offset).
    first_edge: Vec<Option<Edge>>,
    /// For a package found on the stack again: the cycle and the closing edge.
    cycle: Vec<Option<(Vec<usize>, Edge)>>,
    /// Errors found on edges, charged to the importer: (importer, file, offset, msg).
    edge_errors: Vec<(usize, usize, u32, String)>,
}

const UNSEEN: u8 = 0;
const ACTIVE: u8 = 1;
const DONE: u8 = 2;

impl Walk<'_> {
    fn visit(&mut self, p: usize) {
        self.state[p] = ACTIVE;
        self.stack.push(p);
        let slots = self.slots;
        for imp in slots[p].imports.iter().filter(|i| !i.test) {
            self.edge(p, imp);
        }
        self.stack.pop();
        self.state[p] = DONE;
        self.order.push(p);
    }

    fn edge(&mut self, from: usize, imp: &RawImport) {
        let to = imp.target;
        let here = (from, imp.file, imp.offset);
        self.first_edge[to].get_or_insert(here);
        match self.state[to] {
            ACTIVE if self.cycle[to].is_none() => {
                let start = self.stack.iter().position(|&q| q == to).unwrap_or(0);
                let mut path = self.stack[start..].to_vec();
                path.push(to);
                self.cycle[to] = Some((path, here));
            }
            UNSEEN => self.visit(to),
            _ => {}
        }
        let target = &self.slots[to];
        if target.name == "main" && target.import_error.is_none() && !imp.test {
            let msg = format!("import \"{}\" is a program, not an importable package", imp.path);
            self.edge_errors.push((from, imp.file, imp.offset, msg));
        }
    }

    fn visit_tests(&mut self) {
        let mut i = 0;
        while i < self.order.len() {
            let p = self.order[i];
            let slots = self.slots;
            for imp in slots[p].imports.iter().filter(|i| i.test) {
                self.first_edge[imp.target].get_or_insert((p, imp.file, imp.offset));
                if self.state[imp.target] == UNSEEN {
                    self.visit(imp.target);
                }
            }
            i += 1;
        }
    }
}

fn assemble(mut slots: Vec<Loaded>, roots: &[usize], loader: &Loader) -> Program {
    let n = slots.len();
    let mut walk = Walk {
        slots: &slots,
        state: vec![UNSEEN; n],
        stack: vec![],
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
    let mut files: Vec<SourceFile> = Vec::with_capacity(total as usize);
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
            let stack: Vec<String> = path.iter().map(|&s| import_path_of(&order, &packages, s, slot, &pkg)).collect();
            let mut err = LoadError::new(ErrorKind::ImportCycle(stack), "import cycle not allowed");
            err.pos = Some(global(*from, *file, *offset));
            pkg.errors.push(err);
        }
        for (_, file, offset, msg) in edge_errors.iter().filter(|e| e.0 == slot) {
            let mut err = LoadError::new(ErrorKind::ProgramImported, msg.clone());
            err.pos = Some(global(slot, *file, *offset));
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
fn import_path_of(order: &[usize], built: &[Package], slot: usize, current: usize, pkg: &Package) -> String {
    if slot == current {
        return pkg.import_path.clone();
    }
    match order.iter().position(|&s| s == slot) {
        Some(i) if i < built.len() => built[i].import_path.clone(),
        _ => String::new(),
    }
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
    let go_version = match owner {
        Owner::Std | Owner::Cmd => Some(format!("1.{}", loader.goroot.minor)),
        o => loader.modules.go_version(o),
    };
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
        module,
        goroot,
        go_version,
        errors,
    }
}
