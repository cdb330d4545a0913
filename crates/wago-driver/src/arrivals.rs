//! Type-checking packages as the loader hands them out
//! ([`wago_loader::Loader::load_streaming`]), while it is still reading and
//! parsing the others: a package is checked as soon as it and everything
//! it imports have arrived and its imports checked without errors.
//!
//! The graph is not known yet, so this is a speculation that can only do
//! too much, never too little: a package is checked when its own files
//! loaded cleanly, but errors found later by the whole-graph walk (import
//! cycles, refused imports, missing packages) are not known here. The
//! caller decides from the final [`wago_loader::Program`] which outcomes
//! count, and every package that program lets it check has one (its
//! conditions imply the ones used here). Checking order differs from the
//! final bottom-up order, but no package's diagnostics depend on which
//! other packages were checked before it, only on its imports.
//!
//! Files get their own numbering here, in arrival order: a checker
//! [`FileId`] is an index into [`ArrivalChecker`]'s file table, not a
//! [`wago_loader::FileId`].

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;
use wago_loader::{Arrival, SourceFile};
use wago_syntax::Interner;
use wago_types::{Checker, FileId, FileInput, PackageInput, PkgId, Sizes};

/// A type error, with the file it is in.
pub struct PlacedError {
    pub file: Arc<SourceFile>,
    pub pos: u32,
    pub msg: String,
}

/// A checked package: the checker's package and its type errors in the
/// order found.
pub struct Outcome {
    pub pkg: PkgId,
    pub errors: Vec<PlacedError>,
}

enum Slot {
    /// Not arrived (or never will: a missing package).
    Absent,
    /// Arrived with load or syntax errors: not checked.
    Unclean,
    /// Arrived clean, waiting for its imports.
    Waiting(Waiting),
    Checked(Outcome),
}

struct Waiting {
    import_path: String,
    files: Vec<FileId>,
    imports: Vec<(String, usize)>,
    go_version: String,
}

/// Whether a waiting package can be checked.
enum Readiness {
    Ready,
    Later,
    /// An import failed: it will never be checked.
    Never,
}

/// Writes a position in a file the way gc does inside a message.
pub type FilePosFormat<'a> = Box<dyn Fn(&SourceFile, u32) -> String + 'a>;

pub struct ArrivalChecker<'a> {
    pub checker: Checker<'a>,
    /// Indexed by this module's file numbering; shared with the checker's
    /// position formatter.
    files: Rc<RefCell<Vec<Arc<SourceFile>>>>,
    /// By the loader's slot numbers.
    slots: Vec<Slot>,
    /// Slots that are [`Slot::Waiting`].
    waiting: Vec<usize>,
    by_path: HashMap<String, usize>,
}

impl<'a> ArrivalChecker<'a> {
    /// `pos_format` writes a position inside a message, as
    /// [`Checker::pos_format`] does, given the file.
    pub fn new(names: &'a Interner, sizes: Sizes, pos_format: FilePosFormat<'a>) -> Self {
        let files: Rc<RefCell<Vec<Arc<SourceFile>>>> = Rc::default();
        let mut checker = Checker::new(names, sizes);
        let table = files.clone();
        checker.pos_format = Some(Box::new(move |file, pos| pos_format(&table.borrow()[file.0 as usize], pos)));
        ArrivalChecker { checker, files, slots: Vec::new(), waiting: Vec::new(), by_path: HashMap::new() }
    }

    /// Takes in one package, then checks every package that has become
    /// checkable.
    pub fn arrive(&mut self, a: Arrival) {
        let needed = a.imports.iter().map(|&(_, t)| t).chain([a.slot]).max().unwrap_or(0) + 1;
        if self.slots.len() < needed {
            self.slots.resize_with(needed, || Slot::Absent);
        }
        self.by_path.insert(a.import_path.clone(), a.slot);
        if !a.clean {
            self.slots[a.slot] = Slot::Unclean;
            return;
        }
        let mut table = self.files.borrow_mut();
        let files = a
            .files
            .into_iter()
            .map(|f| {
                table.push(f);
                FileId(table.len() as u32 - 1)
            })
            .collect();
        drop(table);
        let go_version = a.go_version.map(|v| format!("go{v}")).unwrap_or_default();
        self.slots[a.slot] =
            Slot::Waiting(Waiting { import_path: a.import_path, files, imports: a.imports, go_version });
        self.waiting.push(a.slot);
        self.check_ready();
    }

    /// The outcome for the package of `import_path`, if it was checked.
    pub fn outcome(&self, import_path: &str) -> Option<&Outcome> {
        match &self.slots[*self.by_path.get(import_path)?] {
            Slot::Checked(o) => Some(o),
            _ => None,
        }
    }

    /// Checks waiting packages until none is ready.
    fn check_ready(&mut self) {
        loop {
            let mut progress = false;
            let mut i = 0;
            while i < self.waiting.len() {
                let slot = self.waiting[i];
                match self.readiness(slot) {
                    Readiness::Later => i += 1,
                    Readiness::Never => {
                        self.waiting.swap_remove(i);
                    }
                    Readiness::Ready => {
                        self.waiting.swap_remove(i);
                        self.check(slot);
                        progress = true;
                    }
                }
            }
            if !progress {
                return;
            }
        }
    }

    fn readiness(&self, slot: usize) -> Readiness {
        let Slot::Waiting(w) = &self.slots[slot] else { return Readiness::Never };
        let mut ready = Readiness::Ready;
        for &(_, target) in &w.imports {
            match &self.slots[target] {
                Slot::Checked(o) if o.errors.is_empty() => {}
                Slot::Checked(_) | Slot::Unclean => return Readiness::Never,
                Slot::Absent | Slot::Waiting(_) => ready = Readiness::Later,
            }
        }
        ready
    }

    fn check(&mut self, slot: usize) {
        let Slot::Waiting(w) = std::mem::replace(&mut self.slots[slot], Slot::Absent) else { return };
        let table = self.files.clone();
        let table = table.borrow();
        let inputs: Vec<FileInput> = w
            .files
            .iter()
            .map(|&id| FileInput { ast: &table[id.0 as usize].ast, src: &table[id.0 as usize].text, id })
            .collect();
        let imports: HashMap<&str, PkgId> = w
            .imports
            .iter()
            .filter_map(|(path, target)| match &self.slots[*target] {
                Slot::Checked(o) => Some((path.as_str(), o.pkg)),
                _ => None,
            })
            .collect();
        let lookup = |path: &str| imports.get(path).copied();
        let pkg = self.checker.check_package(PackageInput {
            path: &w.import_path,
            files: &inputs,
            imports: &lookup,
            go_version: &w.go_version,
        });
        let errors = self
            .checker
            .info(pkg)
            .diagnostics
            .iter()
            .map(|d| PlacedError { file: table[d.file.0 as usize].clone(), pos: d.pos, msg: d.msg.clone() })
            .collect();
        // Only diagnostics are wanted: the expression tables can go, and
        // the next packages reuse their memory.
        self.checker.discard_file_info(pkg);
        self.slots[slot] = Slot::Checked(Outcome { pkg, errors });
    }
}
