//! Overlays: source files a build puts in place of, or next to, what
//! GOROOT provides for some standard-library import paths. A compiler
//! whose runtime is not gc's needs them where upstream code is tied to gc
//! (assembly, linknamed runtime hooks, a package too big to support yet).
//! The loader only applies them: overlay files go through the same name
//! and build-constraint selection as files on disk, so one overlay can
//! hold variants for several targets. What the files say is the caller's.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Overlays by standard-library import path (empty: the loader reads GOROOT
/// as it is, as `wago check` does).
#[derive(Clone, Debug, Default)]
pub struct Overlay {
    packages: HashMap<String, OverlayPackage>,
}

/// How an overlay stands to upstream's package.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OverlayKind {
    /// Upstream's files, with the overlay's files added; an overlay file
    /// replaces upstream's file of the same name.
    Extend,
    /// Only the overlay's files: upstream's directory is not read.
    Replace,
    /// Provided by the build outside the loader (a compiler's own
    /// runtime): loaded with no files and no imports.
    External,
}

#[derive(Clone, Debug)]
struct OverlayPackage {
    kind: OverlayKind,
    /// Where the files are said to be, for positions (a real directory or
    /// a name like `$WAGO/overlay/os`).
    dir: PathBuf,
    files: Vec<(String, &'static str)>,
}

impl Overlay {
    /// Adds (or redefines) the overlay of `import_path`: `files` are
    /// (file name, source) pairs shown as living in `dir`.
    pub fn add(&mut self, import_path: &str, kind: OverlayKind, dir: PathBuf, files: Vec<(String, &'static str)>) {
        self.packages.insert(import_path.to_string(), OverlayPackage { kind, dir, files });
    }

    pub fn is_empty(&self) -> bool {
        self.packages.is_empty()
    }

    /// The kind of overlay `import_path` has, if any.
    pub fn kind(&self, import_path: &str) -> Option<OverlayKind> {
        self.packages.get(import_path).map(|p| p.kind)
    }

    /// The overlay files of `import_path`, each with the path it is shown at.
    pub(crate) fn files(&self, import_path: &str) -> Vec<PathBuf> {
        let Some(p) = self.packages.get(import_path) else { return vec![] };
        p.files.iter().map(|(name, _)| p.dir.join(name)).collect()
    }

    /// The text of an overlay file by the path [`Overlay::files`] gave.
    pub(crate) fn text(&self, path: &Path) -> Option<&'static str> {
        let (dir, name) = (path.parent()?, path.file_name()?.to_str()?);
        self.packages.values().find(|p| p.dir == dir)?.files.iter().find(|(n, _)| n == name).map(|&(_, t)| t)
    }
}
