//! wago's overlay of the standard library (the repository's `overlay/`
//! folder, built into the binary): for each import path, Go files that
//! replace or extend upstream's where upstream cannot work on wago yet,
//! and `runtime`, which is wago's own (compiled from `runtime/` by
//! [`crate::compile`]) rather than GOROOT's. Everything else of the
//! standard library is compiled from GOROOT as it is.

use std::path::PathBuf;
use wago_loader::{Overlay, OverlayKind};

/// One overlaid package: import path, how it stands to upstream's, files.
struct OverlayPackage {
    path: &'static str,
    kind: OverlayKind,
    files: &'static [(&'static str, &'static str)],
}

const PACKAGES: &[OverlayPackage] = &[
    OverlayPackage { path: "runtime", kind: OverlayKind::External, files: &[] },
    OverlayPackage {
        path: "internal/sync",
        kind: OverlayKind::Extend,
        files: &[("hashtriemap.go", include_str!("../../../overlay/internal/sync/hashtriemap.go"))],
    },
];

/// The overlay `wago build` and `wago run` load with.
pub fn overlay() -> Overlay {
    let mut overlay = Overlay::default();
    for p in PACKAGES {
        let dir = PathBuf::from("$WAGO/overlay").join(p.path);
        let files = p.files.iter().map(|&(name, text)| (name.to_string(), text)).collect();
        overlay.add(p.path, p.kind, dir, files);
    }
    overlay
}

/// Whether the build provides `import_path` itself (wago's runtime).
pub fn is_external(import_path: &str) -> bool {
    PACKAGES.iter().any(|p| p.path == import_path && p.kind == OverlayKind::External)
}
