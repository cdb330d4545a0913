//! A deterministic mutation fuzzer for the loader: no go.mod, go.work,
//! vendor/modules.txt, file header or module tree may make it panic or hang.
//!
//! Three tests, each driven by a fixed-seed xorshift generator:
//! - go.mod-like texts: GOROOT's `src/go.mod`, `src/cmd/go.mod`, both
//!   `vendor/modules.txt` and a few hand-written files, mutated (bytes, go.mod
//!   tokens, unbalanced blocks, quotes, invalid UTF-8) and fed to the three
//!   parsers;
//! - file headers: the first kilobyte of std files with build constraints,
//!   mutated, through file-name matching and the header scan;
//! - module trees: small random trees in a scratch directory (random go.mod
//!   lines, a go.work, vendor/, a fake module cache, `replace` directives to
//!   `../` and missing directories, import cycles, self-imports, empty and
//!   non-UTF-8 `.go` files, directories named like files, symlink loops),
//!   loaded with random patterns (`./...`, `...`, `std`, `../../..`,
//!   `a/.../b`, "", …) by `Loader::new` + `load` on a watched thread.
//!
//! A failing input is saved in `tests/fuzz_regressions/` (`.mod`, `.header`
//! or `.tree`; `fuzz_regressions.rs` replays each as its own test) and the
//! test fails. The default budget takes 10 to 15 s in a release build;
//! `WAGO_FUZZ_SECS=N` keeps each test going (with fresh seeds) for N seconds.

mod fuzz_support;

use fuzz_support::{Entry, Rng, Tree};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Mutants per round of the go.mod-like texts.
const MOD_MUTANTS: usize = 200_000;
/// Mutants per round of the file headers.
const HEADER_MUTANTS: usize = 1_000_000;
/// Trees per round.
const TREES: usize = 300;

fn regressions_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions")
}

/// Saves a failing input as `HASH.ext` and describes the failure.
fn save(ext: &str, input: &[u8], failure: String) -> String {
    let path = regressions_dir().join(format!("{:016x}.{ext}", fuzz_support::content_hash(input)));
    std::fs::write(&path, input).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    format!("{}: {failure}", path.display())
}

/// The time budget from `WAGO_FUZZ_SECS`, or `None` for one round.
fn budget() -> Option<Duration> {
    let secs = std::env::var("WAGO_FUZZ_SECS").ok()?;
    Some(Duration::from_secs(secs.parse().expect("WAGO_FUZZ_SECS is a number of seconds")))
}

/// Runs `round(seed)` once, or with seeds 0, 1, 2, … until the budget is
/// spent; fails with every failure the rounds reported.
fn fuzz(name: &str, mut round: impl FnMut(u64) -> (usize, Vec<String>)) {
    let start = Instant::now();
    let (mut cases, mut failures) = (0, Vec::new());
    let mut seed = 0;
    loop {
        let (n, f) = round(seed);
        cases += n;
        failures.extend(f);
        seed += 1;
        if budget().is_none_or(|b| start.elapsed() >= b) || failures.len() >= 20 {
            break;
        }
    }
    eprintln!("{name}: {cases} inputs in {:.1} s, {} rounds", start.elapsed().as_secs_f64(), seed);
    assert!(failures.is_empty(), "{} failing inputs, saved:\n{}", failures.len(), failures.join("\n"));
}

const HAND_WRITTEN_MOD: &str = "// comment\nmodule \"example.com/m\" // trailing\n\ngo 1.23.0\ntoolchain go1.27.3\n\
    godebug (\n\tdefault=go1.21\n)\nrequire (\n\tgolang.org/x/text v0.3.0 // indirect\n\t`example.com/q` v1.0.0\n)\n\
    exclude example.com/r v0.0.9\nretract [v1.0.0, v1.0.5]\nreplace example.com/q => ../q\n\
    replace (\n\texample.com/r v0.1.0 => example.com/r2 v0.2.0\n)\ntool example.com/q/cmd\nignore ./x\n";
const HAND_WRITTEN_WORK: &str =
    "go 1.23\ntoolchain go1.24.0\nuse (\n\t./a\n\t\"./b c\"\n)\nuse ../x\nreplace example.com/q v1.0.0 => ./q\n";
const HAND_WRITTEN_VENDOR: &str = "# example.com/q v1.0.0\n## explicit; go 1.20\nexample.com/q\nexample.com/q/sub\n\
    # example.com/r v0.1.0 => ../r\n## explicit\nexample.com/r\n# example.com/s => ./s\n";

#[rustfmt::skip]
const MOD_FRAGMENTS: &[&[u8]] = &[
    b"(", b")", b"\n)", b"(\n", b"=>", b" => ", b"\"", b"`", b"\\", b"\\x", b"\"\\", b"//", b"/*", b"\n", b"\r",
    b" ", b"\t", b"module ", b"go ", b"require ", b"replace ", b"use ", b"exclude ", b"retract ", b"toolchain ",
    b"godebug ", b"tool ", b"ignore ", b"v1.2.3", b"v0.0.0-20200101000000-abcdef123456", b"+incompatible", b"-pre",
    b"1.21", b"1.x", b"../", b"./", b"/", b"# ", b"## ", b"#", b"example.com/", b"!", b"\x00", b"\xff", b"\xc3\xa9",
    b"\xef\xbb\xbf", b"[", b"]", b",",
];

fn goroot_mod_texts(goroot: &Path) -> Vec<Vec<u8>> {
    let mut texts: Vec<Vec<u8>> =
        ["src/go.mod", "src/cmd/go.mod", "src/vendor/modules.txt", "src/cmd/vendor/modules.txt", "src/go.work"]
            .iter()
            .filter_map(|p| std::fs::read(goroot.join(p)).ok())
            .collect();
    assert!(texts.len() >= 4, "GOROOT {} lacks its go.mod or modules.txt files", goroot.display());
    texts.extend([HAND_WRITTEN_MOD, HAND_WRITTEN_WORK, HAND_WRITTEN_VENDOR].map(|t| t.as_bytes().to_vec()));
    texts
}

#[test]
fn mutated_mod_files_parse_without_panics() {
    let texts = goroot_mod_texts(&fuzz_support::goroot());
    let donors: Vec<&[u8]> = texts.iter().map(Vec::as_slice).collect();
    for text in &texts {
        fuzz_support::check_mod_text(text).unwrap();
    }
    fuzz("modfile", |seed| {
        let mut rng = Rng::new(seed);
        let mut failures = Vec::new();
        for _ in 0..MOD_MUTANTS {
            let original = donors[rng.below(donors.len())];
            let input = fuzz_support::mutate(&mut rng, original, MOD_FRAGMENTS, &donors);
            let failure = fuzz_support::no_panic(|| fuzz_support::check_mod_text(&input));
            failures.extend(failure.err().map(|f| save("mod", &input, f)));
        }
        (MOD_MUTANTS, failures)
    });
}

#[rustfmt::skip]
const HEADER_FRAGMENTS: &[&[u8]] = &[
    b"//go:build ", b"// +build ", b"//go:build", b"//go:buildx", b"/*", b"*/", b"//", b"\n", b"\n\n", b"\r\n", b" ",
    b"\t", b"\x0b", b"\x0c", b"\xc2\x85", b"\xc2\xa0", b"package p\n", b"(", b")", b"!", b"&&", b"||", b",",
    b"linux", b"wasip1", b"go1.21", b"ignore", b"_test", b"_linux", b"_wasm", b".go", b"_", b".", b"\x00", b"\xff",
];

/// The name and first kilobyte of every 25th std file that has a build
/// constraint, as `NAME\nTEXT`.
fn header_sample(goroot: &Path) -> Vec<Vec<u8>> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())).flatten() {
            let (path, Ok(kind)) = (entry.path(), entry.file_type()) else { continue };
            if kind.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|x| x == "go") {
                out.push(path);
            }
        }
    }
    let mut paths = Vec::new();
    walk(&goroot.join("src"), &mut paths);
    paths.sort();
    let mut sample = Vec::new();
    for p in &paths {
        let Ok(text) = std::fs::read(p) else { continue };
        let head = &text[..text.len().min(1024)];
        if head.windows(10).any(|w| w == b"//go:build" || w == b"// +build ") {
            let mut item = p.file_name().unwrap().as_encoded_bytes().to_vec();
            item.push(b'\n');
            item.extend_from_slice(head);
            sample.push(item);
        }
    }
    sample.into_iter().step_by(25).collect()
}

#[test]
fn mutated_file_headers_scan_without_panics() {
    let sample = header_sample(&fuzz_support::goroot());
    assert!(sample.len() > 20, "only {} std files with build constraints", sample.len());
    let donors: Vec<&[u8]> = sample.iter().map(Vec::as_slice).collect();
    let contexts = fuzz_support::header_contexts();
    fuzz("header", |seed| {
        let mut rng = Rng::new(seed);
        let mut failures = Vec::new();
        for _ in 0..HEADER_MUTANTS {
            let original = donors[rng.below(donors.len())];
            let input = fuzz_support::mutate(&mut rng, original, HEADER_FRAGMENTS, &donors);
            let failure = fuzz_support::no_panic(|| fuzz_support::check_header(&input, &contexts));
            failures.extend(failure.err().map(|f| save("header", &input, f)));
        }
        (HEADER_MUTANTS, failures)
    });
}

/// Builds random module trees: a workspace directory `w` with a main
/// module `w/m` (maybe a nested module `w/m/nested`), a second module
/// `w/other`, maybe a go.work, vendor/ and a module cache `modcache`.
struct TreeGen<'r> {
    rng: &'r mut Rng,
    /// Texts whose mutants become go.mod, go.work or modules.txt.
    mod_texts: &'r [&'r [u8]],
    tree: Tree,
    /// The main module's path, as its go.mod says.
    main_path: String,
}

/// Module paths a go.mod may declare.
const MODULE_PATHS: &[&str] = &[
    "example.com/m",
    "example.com/m",
    "example.com/m",
    "example.com/m",
    "m",
    "example.com/M",
    "fmt",
    "example.com/m/nested",
    "std",
    "x/",
    "",
    "a b",
];
/// Paths a `require` or `replace` may name.
const DEP_PATHS: &[&str] =
    &["example.com/dep", "example.com/other", "example.com/Upper", "example.com/missing", "example.com/m", "m"];
const VERSIONS: &[&str] =
    &["v1.0.0", "v1.0.0", "v0.1.0", "v2.0.0+incompatible", "v1.0.0-pre", "latest", "v1", "v1.0.0", "v0.1.0", ""];
const REPLACEMENTS: &[&str] = &[
    "../other",
    "../../w/other",
    "./missing",
    "../nope",
    "/nonexistent/dir",
    "example.com/dep v1.0.0",
    ".",
    "..",
    "../m",
    "./nested",
    "../other/go.mod",
    "example.com/Upper v0.1.0",
];
const GO_VERSIONS: &[&str] =
    &["1.22", "1.13", "1.16", "1.17", "1.27", "1.22.0", "99", "1.21rc1", "1.22", "1.16", "1.x", "1.22", "1.16", ""];
/// Package directories inside a module (relative to its root).
const PACKAGE_DIRS: &[&str] = &[
    "",
    "a",
    "a/b",
    "internal/x",
    "vendor/example.com/dep",
    "testdata/t",
    "_skip",
    ".hidden",
    "...",
    "x.go",
    "cmd/tool",
    "a b",
    "\u{e9}",
];
/// Go file names, some excluded by suffix, some not Go files at all.
const FILE_NAMES: &[&str] = &[
    "a.go",
    "b.go",
    "a_test.go",
    "x_linux.go",
    "x_wasip1_wasm.go",
    "_x.go",
    ".y.go",
    "doc.go",
    "z_js.go",
    "c.txt",
    ".go",
    "_test.go",
    "d_test_linux.go",
];
const PACKAGE_NAMES: &[&str] = &["p", "p", "main", "q", "p_test", "documentation", "", "_", "init", "\u{e9}"];
const HEADERS: &[&str] = &[
    "",
    "",
    "//go:build ignore\n\n",
    "//go:build wasip1\n\n",
    "//go:build linux && !cgo\n\n",
    "// +build linux\n\n",
    "//go:build (\n\n",
    "//go:build a\n//go:build b\n\n",
    "/*\n//go:build linux\n*/\n",
    "// +build !wasm,\n\n",
];

impl TreeGen<'_> {
    fn text(&mut self, items: &[&str]) -> String {
        self.rng.pick(items).to_string()
    }

    /// Maybe damages a generated text with byte mutations.
    fn damage(&mut self, text: Vec<u8>, one_in: usize) -> Vec<u8> {
        if !self.rng.chance(one_in) {
            return text;
        }
        fuzz_support::mutate(self.rng, &text, MOD_FRAGMENTS, self.mod_texts)
    }

    fn file(&mut self, path: String, data: Vec<u8>) {
        self.tree.entries.push(Entry::File(path.into_bytes(), data));
    }

    fn go_mod(&mut self, module_path: &str) -> Vec<u8> {
        let mut s = String::new();
        if !self.rng.chance(20) {
            s.push_str(&format!("module {module_path}\n"));
        }
        if !self.rng.chance(4) {
            s.push_str(&format!("go {}\n", self.text(GO_VERSIONS)));
        }
        for _ in 0..self.rng.below(4) {
            let (dep, version) = (self.text(DEP_PATHS), self.text(VERSIONS));
            match self.rng.below(6) {
                0 | 1 => s.push_str(&format!("require {dep} {version}\n")),
                2 => s.push_str(&format!("require (\n\t{dep} {version}\n)\n")),
                3 | 4 => {
                    let old = if self.rng.chance(3) { format!("{dep} {version}") } else { dep };
                    s.push_str(&format!("replace {old} => {}\n", self.text(REPLACEMENTS)));
                }
                _ if self.rng.chance(3) => s.push_str(self.rng.pick(&["require (\n", ")\n", "junk\n"])),
                _ => s.push_str(self.rng.pick(&["exclude x v1\n", "toolchain go1\n", "retract v0.0.1\n"])),
            }
        }
        self.damage(s.into_bytes(), 15)
    }

    fn go_file(&mut self, own_paths: &[String]) -> Vec<u8> {
        if self.rng.chance(15) {
            return Vec::new();
        }
        let mut s = self.text(HEADERS);
        s.push_str(&format!("package {}\n\n", self.text(PACKAGE_NAMES)));
        for _ in 0..self.rng.below(4) {
            let path = if self.rng.chance(2) && !own_paths.is_empty() {
                own_paths[self.rng.below(own_paths.len())].clone()
            } else {
                self.text(&[
                    "example.com/dep",
                    "example.com/dep/sub",
                    "example.com/other",
                    "example.com/other/p",
                    "example.com/Upper",
                    "example.com/missing",
                    "unsafe",
                    "math/bits",
                    "C",
                    "",
                    "../a",
                    "./a",
                    "a b",
                    "\\x00",
                    "vendor/example.com/dep",
                    "internal/x",
                    "m/a",
                    "std",
                    "example.com/m/nested",
                    "example.com/m/internal/x",
                ])
            };
            let name = self.text(&["", "", "_ ", ". ", "x "]);
            s.push_str(&format!("import {name}\"{path}\"\n"));
        }
        s.push_str("\nfunc F() {}\n");
        let mut bytes = s.into_bytes();
        if self.rng.chance(10) {
            // Invalid UTF-8 in a comment or in the package clause.
            let at = self.rng.below(bytes.len() + 1);
            let invalid: &[u8] = self.rng.pick(&[&b"// \xff\xfe\n"[..], b"\xc0\x80", b"\xed\xa0\x80"]);
            bytes.splice(at..at, invalid.iter().copied());
        }
        self.damage(bytes, 20)
    }

    /// A module rooted at `dir` (relative to the tree root) with path `path`.
    fn module(&mut self, dir: &str, path: &str) {
        let go_mod = self.go_mod(path);
        self.file(format!("{dir}/go.mod"), go_mod);
        let own: Vec<String> =
            PACKAGE_DIRS.iter().map(|d| if d.is_empty() { path.to_string() } else { format!("{path}/{d}") }).collect();
        for _ in 0..1 + self.rng.below(4) {
            let pkg = self.text(PACKAGE_DIRS);
            let pkg_dir = if pkg.is_empty() { dir.to_string() } else { format!("{dir}/{pkg}") };
            for _ in 0..1 + self.rng.below(3) {
                let name = self.text(FILE_NAMES);
                let data = self.go_file(&own);
                self.file(format!("{pkg_dir}/{name}"), data);
            }
        }
    }

    fn symlinks(&mut self) {
        for _ in 0..self.rng.below(3) {
            let (link, target) = self.rng.pick(&[
                ("w/m/loop", "."),
                ("w/m/a/up", "../.."),
                ("w/m/self.go", "self.go"),
                ("w/m/dir.go", "a"),
                ("w/m/dangling.go", "nowhere"),
                ("w/m/ring1", "ring2"),
                ("w/m/ring2", "ring1"),
                ("w/go.work", "go.work"),
                ("w/m/vendor", "../other"),
                ("w/other/go.mod", "../m/go.mod"),
                ("modcache/example.com/dep@v1.0.0/sub", ".."),
            ]);
            self.tree.entries.push(Entry::Link(link.into(), target.into()));
        }
    }

    fn workspace(&mut self) {
        let mut s = format!("go {}\n", self.text(GO_VERSIONS));
        for _ in 0..1 + self.rng.below(3) {
            let dir = if self.rng.chance(6) {
                self.text(&["./missing", ".", "../..", "./m/nested", "m/a"])
            } else {
                self.text(&["./m", "./other", "\"./m\""])
            };
            s.push_str(&format!("use {dir}\n"));
        }
        if self.rng.chance(3) {
            s.push_str(&format!("replace example.com/dep => {}\n", self.text(REPLACEMENTS)));
        }
        let data = self.damage(s.into_bytes(), 8);
        self.file("w/go.work".into(), data);
    }

    fn vendor(&mut self) {
        let text = b"# example.com/dep v1.0.0\n## explicit; go 1.20\nexample.com/dep\nexample.com/dep/sub\n\
            # example.com/other => ../other\nexample.com/other\n"
            .to_vec();
        let data = self.damage(text, 4);
        self.file("w/m/vendor/modules.txt".into(), data);
        for dir in ["example.com/dep", "example.com/dep/sub", "example.com/other"] {
            if self.rng.chance(2) {
                let data = self.go_file(&[]);
                self.file(format!("w/m/vendor/{dir}/v.go"), data);
            }
        }
    }

    fn mod_cache(&mut self) {
        for (dir, path, version) in [
            ("example.com/dep@v1.0.0", "example.com/dep", "v1.0.0"),
            ("example.com/!upper@v0.1.0", "example.com/Upper", "v0.1.0"),
        ] {
            if self.rng.chance(3) {
                continue;
            }
            let go_mod = self.go_mod(path);
            self.file(format!("modcache/{dir}/go.mod"), go_mod.clone());
            let escaped = dir.split('@').next().unwrap_or(dir);
            self.file(format!("modcache/cache/download/{escaped}/@v/{version}.mod"), go_mod);
            for pkg in ["", "/sub"] {
                let data = self.go_file(&[format!("{path}/sub"), "example.com/m/a".into()]);
                self.file(format!("modcache/{dir}{pkg}/x.go"), data);
            }
        }
    }

    fn patterns(&mut self) -> Vec<String> {
        let main = self.main_path.clone();
        let mut out = Vec::new();
        for i in 0..self.rng.below(4) {
            // `std` and `...` load all of std: rare, they take a second or two.
            let p = if i == 0 && !self.rng.chance(4) {
                self.text(&["./...", ".", "MAIN/..."]).replace("MAIN", &main)
            } else if self.rng.chance(150) {
                self.text(&["std", "...", "cmd"])
            } else {
                self.text(&[
                    ".",
                    "./...",
                    "./...",
                    "..",
                    "../...",
                    "",
                    "../../..",
                    "a/.../b",
                    "./a",
                    "./a/...",
                    "MAIN",
                    "MAIN/...",
                    "MAIN/a",
                    "example.com/...",
                    "example.com/dep/...",
                    "example.com/dep",
                    "./x.go",
                    "./a/a.go",
                    "a.go",
                    "b/b.go",
                    "/",
                    "./.../...",
                    "....",
                    "./nonexistent",
                    "unsafe",
                    "math/bits...",
                    "\u{0}",
                    "-x",
                    "example.com/missing",
                    "./vendor/...",
                    "cmd/nothing...",
                    "./loop/...",
                    "./testdata",
                ])
                .replace("MAIN", &main)
            };
            out.push(p);
        }
        out
    }

    fn generate(mut self) -> Tree {
        self.main_path = self.text(MODULE_PATHS);
        let main_path = self.main_path.clone();
        self.module("w/m", &main_path);
        if self.rng.chance(2) {
            self.module("w/other", "example.com/other");
        }
        if self.rng.chance(4) {
            self.module("w/m/nested", &format!("{main_path}/nested"));
        }
        if self.rng.chance(3) {
            self.workspace();
        }
        if self.rng.chance(4) {
            self.vendor();
        }
        if self.rng.chance(2) {
            self.mod_cache();
        }
        if self.rng.chance(8) {
            let name = self.text(&["w/m/empty", "w/m/a/b.go", "w/m/go.mod/x"]);
            self.tree.entries.push(Entry::Dir(name.into_bytes()));
        }
        if self.rng.chance(10) {
            self.tree.entries.push(Entry::File(b"w/m/bad\xff\xfe.go".to_vec(), b"package p\n".to_vec()));
        }
        self.symlinks();
        self.tree.cwd = if self.rng.chance(4) {
            self.text(&["w/m/a", "w", "w/other", "w/m/nested", "w/nowhere", "modcache", ""])
        } else {
            "w/m".into()
        };
        self.tree.patterns = self.patterns();
        let (goos, goarch) =
            self.rng.pick(&[("wasip1", "wasm"), ("wasip1", "wasm"), ("linux", "amd64"), ("", ""), ("x", "y")]);
        (self.tree.goos, self.tree.goarch) = (goos.into(), goarch.into());
        if self.rng.chance(4) {
            self.tree.tags = vec![self.text(&["purego", "", "linux", "ignore"])];
        }
        self.tree.tests = self.rng.chance(3);
        self.tree.mode = self.text(&["auto", "auto", "mod", "vendor"]);
        // Most setups must work for the loads behind them to be reached.
        self.tree.gowork = if self.rng.chance(8) {
            self.text(&["go.work", "missing.work", "../go.work", "/"])
        } else {
            self.text(&["", "", "off"])
        };
        self.tree.experiments = self.text(&["", "", "jsonv2", "nonsense,no", ","]);
        self.tree
    }
}

#[test]
fn random_module_trees_load_without_panics() {
    let goroot = fuzz_support::goroot();
    let texts = goroot_mod_texts(&goroot);
    let donors: Vec<&[u8]> = texts.iter().map(Vec::as_slice).collect();
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("loader_fuzz_{}", std::process::id()));
    let (mut loaded, mut packages, mut clean) = (0, 0, 0);
    fuzz("trees", |seed| {
        let mut rng = Rng::new(seed);
        let mut failures = Vec::new();
        for i in 0..TREES {
            let generator =
                TreeGen { rng: &mut rng, mod_texts: &donors, tree: Tree::default(), main_path: String::new() };
            let tree = generator.generate();
            let bytes = tree.to_bytes();
            assert_eq!(Tree::from_bytes(&bytes).as_ref(), Ok(&tree), "trees do not survive a round trip");
            let dir = scratch.join(format!("{seed}-{i}"));
            match fuzz_support::check_tree(&tree, &dir, &goroot) {
                Ok(reach) => {
                    loaded += usize::from(reach.packages > 0);
                    (packages, clean) = (packages + reach.packages, clean + reach.clean);
                }
                Err(f) => failures.push(save("tree", &bytes, f)),
            }
        }
        (TREES, failures)
    });
    // The trees must get past the setup into loading, or the test says little.
    eprintln!("trees: {loaded} loaded packages, {packages} packages in all, {clean} without errors");
    assert!(loaded * 3 > TREES, "only {loaded} of {TREES} trees loaded any package");
    let _ = std::fs::remove_dir_all(&scratch);
}
