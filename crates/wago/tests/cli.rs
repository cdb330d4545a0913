//! The `wago` binary end to end: exit codes and diagnostic format. These
//! tests need the go command on PATH (run them under scripts/with-go.sh):
//! wago reads the standard library from its GOROOT.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn require_go() {
    let ok = Command::new("go").arg("version").output().is_ok_and(|o| o.status.success());
    assert!(ok, "these tests need the go command on PATH; run them under scripts/with-go.sh");
}

fn wago_in(dir: &Path, args: &[&str]) -> Output {
    require_go();
    Command::new(env!("CARGO_BIN_EXE_wago"))
        .args(args)
        .current_dir(dir)
        .env_remove("GOOS")
        .env_remove("GOARCH")
        .env("GOWORK", "off")
        .output()
        .expect("run wago")
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// A module tree of the loader's test cases.
fn case(name: &str) -> PathBuf {
    root().join("crates/wago-loader/tests/cases").join(name).join("mod")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn temp_module(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wago-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, text) in files {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    dir
}

#[test]
fn check_syntax_of_a_valid_module_is_silent() {
    let out = wago_in(&root().join("examples/hello"), &["check", "-syntax", "./..."]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stderr.is_empty() && out.stdout.is_empty());
    let out = wago_in(&root(), &["check", "-syntax", "-C", "examples/hello", "."]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn check_syntax_reports_position_and_fails() {
    let dir = temp_module("syntax", &[("bad.go", "package x\n\nfunc f() {\n\tx := \n}\n")]);
    let out = wago_in(&dir, &["check", "-syntax", "bad.go"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).starts_with("./bad.go:5:1: syntax error: "), "{}", stderr(&out));
}

#[test]
fn at_most_ten_errors_per_package_unless_e() {
    let names: Vec<String> = (10..22).map(|i| format!("a{i}.go")).collect();
    let mut files = vec![("go.mod", "module m\n\ngo 1.23\n")];
    files.extend(names.iter().map(|n| (n.as_str(), "package m\n\nfunc f() {\n\tx := \n}\n")));
    let dir = temp_module("many", &files);
    let out = wago_in(&dir, &["check", "-syntax", "."]);
    let text = stderr(&out);
    assert_eq!(text.lines().count(), 11, "{text}");
    assert!(text.lines().last().unwrap().ends_with(": too many errors"), "{text}");
    let out = wago_in(&dir, &["check", "-syntax", "-e", "."]);
    assert_eq!(stderr(&out).lines().count(), 12, "{}", stderr(&out));
}

#[test]
fn load_errors_are_positioned_at_the_import() {
    let cases = [
        (
            "import_cycle",
            "./a",
            "c/c.go:3:8: import cycle not allowed: example.com/m/b imports example.com/m/c imports example.com/m/b",
        ),
        ("missing_package", ".", "./a.go:4:2: package foo/bar is not in std ("),
        (
            "missing_package",
            ".",
            "./a.go:5:2: no required module provides package example.com/other/q; to add it:\n\tgo get example.com/other/q",
        ),
        ("mixed_names", ".", "./a.go:3:8: found packages x (x.go) and y (y.go) in "),
        (
            "main_imported",
            "./lib",
            "lib/lib.go:3:8: import \"example.com/m/prog\" is a program, not an importable package",
        ),
        ("no_go_files", ".", "./a.go:4:2: build constraints exclude all Go files in "),
    ];
    for (name, pattern, want) in cases {
        let out = wago_in(&case(name), &["check", "-syntax", pattern]);
        assert_eq!(out.status.code(), Some(1), "{name}: {}", stderr(&out));
        assert!(stderr(&out).contains(want), "{name}: want {want:?} in\n{}", stderr(&out));
    }
}

#[test]
fn root_errors_have_no_position() {
    let out = wago_in(&case("no_go_files"), &["check", "-syntax", "./empty"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).starts_with("no Go files in "), "{}", stderr(&out));
    let out = wago_in(&case("no_go_files"), &["check", "-syntax", "./nonexistent"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("directory not found"), "{}", stderr(&out));
}

#[test]
fn tags_select_files() {
    let dir = temp_module(
        "tags",
        &[
            ("go.mod", "module m\n\ngo 1.23\n"),
            ("a.go", "package m\n"),
            ("b.go", "//go:build foo\n\npackage m\n\nvar = \n"),
        ],
    );
    assert!(wago_in(&dir, &["check", "-syntax", "."]).status.success());
    let out = wago_in(&dir, &["check", "-syntax", "-tags", "foo", "."]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).starts_with("./b.go:5:5: syntax error"), "{}", stderr(&out));
}

/// What gc says about the packages of `dir`: `go build`'s stderr for
/// wasip1/wasm without its `# package` headers, and whether it failed.
fn gc_says(dir: &Path, flags: &[&str]) -> (String, bool) {
    let out = Command::new("go")
        .arg("build")
        .args(flags)
        .arg("./...")
        .current_dir(dir)
        .env("GOOS", "wasip1")
        .env("GOARCH", "wasm")
        .env("GOWORK", "off")
        .env("GOFLAGS", "")
        .output()
        .expect("run go build");
    let text: String = stderr(&out).lines().filter(|l| !l.starts_with("# ")).map(|l| format!("{l}\n")).collect();
    (text, !out.status.success())
}

/// `wago check [extra] ./...` in `dir` prints what gc prints and fails when gc does.
fn assert_check_matches_gc(dir: &Path, extra: &[&str], gc_flags: &[&str]) {
    let (want, gc_failed) = gc_says(dir, gc_flags);
    let mut args = vec!["check"];
    args.extend(extra);
    args.push("./...");
    let out = wago_in(dir, &args);
    assert_eq!(stderr(&out), want, "wago check {extra:?} in {}", dir.display());
    assert_eq!(out.status.code(), Some(if gc_failed { 1 } else { 0 }));
}

#[test]
fn check_reports_type_errors_like_gc() {
    let dir = temp_module(
        "types",
        &[
            ("go.mod", "module m\n\ngo 1.27\n"),
            (
                "a.go",
                "package m\n\nimport \"fmt\"\n\nfunc f() int {\n\tvar x int = \"s\"\n\tfmt.Println(y)\n}\n\nfunc g(s []string) string { return s }\n",
            ),
        ],
    );
    assert_check_matches_gc(&dir, &[], &[]);
}

#[test]
fn check_stops_after_ten_type_errors_unless_e() {
    let body: String = (0..12).map(|i| format!("\tvar v{i} int = \"{i}\"\n\t_ = v{i}\n")).collect();
    let src = format!("package m\n\nfunc f() {{\n{body}}}\n");
    let dir = temp_module("many-types", &[("go.mod", "module m\n\ngo 1.27\n"), ("a.go", &src)]);
    assert_check_matches_gc(&dir, &[], &[]);
    assert_check_matches_gc(&dir, &["-e"], &["-gcflags=-e"]);
}

#[test]
fn syntax_errors_stop_a_package_and_broken_imports_stop_importers() {
    let dir = temp_module(
        "layers",
        &[
            ("go.mod", "module m\n\ngo 1.27\n"),
            ("dep/a.go", "package dep\n\nfunc F() int { return \"x\" }\n"),
            ("dep/b.go", "package dep\n\nvar V = undefinedName\n"),
            ("a.go", "package m\n\nimport \"m/dep\"\n\nvar _ string = dep.F()\n"),
        ],
    );
    assert_check_matches_gc(&dir, &[], &[]);
    // The parser's wording is tested elsewhere: here only that syntax
    // errors are all a package gets.
    let dir = temp_module(
        "syntax-stops",
        &[
            ("go.mod", "module m\n\ngo 1.27\n"),
            ("a.go", "package m\n\nfunc f() {\n\tx := 1 +\n}\n"),
            ("b.go", "package m\n\nvar W int = \"typed later\"\n"),
        ],
    );
    let out = wago_in(&dir, &["check", "."]);
    assert_eq!(out.status.code(), Some(1));
    let text = stderr(&out);
    assert!(text.starts_with("./a.go:5:1: syntax error: ") && text.lines().count() == 1, "{text}");
}

#[test]
fn packages_using_each_other_check_clean() {
    // Unexported interface methods satisfied across packages, methods
    // declared on an alias, generic methods and promoted fields in
    // composite literals (go1.27).
    let dir = temp_module(
        "clean",
        &[
            ("go.mod", "module m\n\ngo 1.27\n"),
            (
                "ast/ast.go",
                "package ast\n\ntype Node interface{ node() }\n\ntype Ident struct{ Name string }\n\n\
                 func (*Ident) node() {}\n\ntype token = Token\n\ntype Token int\n\n\
                 func (t token) String() string { return \"tok\" }\n\n\
                 type Base struct{ Pos int }\n\ntype Lit struct {\n\tBase\n\tValue string\n}\n\n\
                 type List[E any] []E\n\nfunc (l List[E]) Map[F any](f func(E) F) List[F] {\n\
                 \tvar r List[F]\n\tfor _, x := range l {\n\t\tr = append(r, f(x))\n\t}\n\treturn r\n}\n",
            ),
            (
                "main.go",
                "package main\n\nimport \"m/ast\"\n\nfunc main() {\n\tvar n ast.Node = &ast.Ident{Name: \"x\"}\n\
                 \t_ = n\n\tvar t ast.Token\n\tprintln(t.String())\n\
                 \tl := ast.Lit{Pos: 1, Value: \"v\"}\n\t_ = l\n\
                 \tprintln(len(ast.List[int]{1, 2}.Map(func(i int) string { return \"\" })))\n}\n",
            ),
        ],
    );
    assert_check_matches_gc(&dir, &[], &[]);
}

#[test]
fn check_std_is_clean() {
    let out = wago_in(&root(), &["check", "std"]);
    assert!(out.status.success() && out.stderr.is_empty(), "{}", stderr(&out));
}

#[test]
fn env_and_version_report_the_go_sdk() {
    let go_root = Command::new("go").args(["env", "GOROOT"]).output().unwrap();
    let go_root = String::from_utf8_lossy(&go_root.stdout).trim().to_string();
    let out = wago_in(&root().join("examples/hello"), &["env", "GOROOT", "GOOS", "GOARCH", "GOMOD"]);
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let want = format!("{go_root}\nwasip1\nwasm\n{}\n", root().join("examples/hello/go.mod").display());
    assert_eq!(text, want);
    let out = wago_in(&root(), &["version"]);
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(text.starts_with("wago version ") && text.contains("go1."), "{text}");
}
