//! Long import chains must not overflow the stack: a module of 20,000
//! packages, each importing the next and the last importing the first,
//! loads through `./p0` (the ordering walk) and `./...` (the directory
//! walk), in dependency order, with the one import cycle found.

use std::path::{Path, PathBuf};
use std::time::Instant;
use wago_loader::{Config, ErrorKind, Loader, ModMode};

const PACKAGES: usize = 20_000;

/// A module tree in a fresh temporary directory, removed on drop.
struct TempModule(PathBuf);

impl Drop for TempModule {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn write_chain(root: &Path) {
    std::fs::create_dir_all(root).unwrap();
    std::fs::write(root.join("go.mod"), "module example.com/chain\n\ngo 1.22\n").unwrap();
    for i in 0..PACKAGES {
        let dir = root.join(format!("p{i}"));
        std::fs::create_dir(&dir).unwrap();
        let next = (i + 1) % PACKAGES;
        let src = format!("package p{i}\n\nimport _ \"example.com/chain/p{next}\"\n");
        std::fs::write(dir.join("p.go"), src).unwrap();
    }
}

fn load(root: &Path, pattern: &str) -> wago_loader::Program {
    let mut config = Config::from_env(root.to_path_buf());
    (config.goos, config.goarch) = ("wasip1".into(), "wasm".into());
    (config.mod_mode, config.gowork) = (ModMode::Mod, "off".into());
    let loader = Loader::new(config).expect("loader");
    loader.load(&[pattern.to_string()])
}

#[test]
fn twenty_thousand_package_chain() {
    let module = TempModule(std::env::temp_dir().join(format!("wago-loader-chain-{}", std::process::id())));
    write_chain(&module.0);
    for pattern in ["./p0", "./..."] {
        let start = Instant::now();
        let program = load(&module.0, pattern);
        eprintln!("{pattern}: {} packages in {:?}", program.packages.len(), start.elapsed());
        assert!(program.errors.is_empty(), "{:?}", program.errors);
        assert_eq!(program.packages.len(), PACKAGES);
        let cycles: Vec<_> = program
            .packages
            .iter()
            .flat_map(|p| &p.errors)
            .filter_map(|e| match &e.kind {
                ErrorKind::ImportCycle(path) => Some(path.len()),
                _ => None,
            })
            .collect();
        assert_eq!(cycles, [PACKAGES + 1], "one cycle through every package");
        // Bottom-up: from p0 (the first root either way) the walk goes
        // p1, p2, …, so the deepest package comes first and p0 last.
        let first = &program.packages[0].import_path;
        let last = &program.packages[PACKAGES - 1].import_path;
        assert_eq!((first.as_str(), last.as_str()), ("example.com/chain/p19999", "example.com/chain/p0"));
    }
}
