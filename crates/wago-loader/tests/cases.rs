//! The loader against the go command: each folder of `tests/cases` holds a
//! tiny module tree (`mod/`, maybe a fake module cache `modcache/`), the
//! command line (`cmd`), and what `go list -e -deps` printed for it
//! (`expected`, written by `scripts/gen-loader-cases.sh`). Each case is a
//! named test. Where go reports an error without a position (it shows an
//! import stack instead), the loader's position is not compared. A
//! pattern that fails is a pseudo-package line, listed first; the go
//! command's warnings follow the packages.

use std::path::{Component, Path, PathBuf};
use wago_loader::{Config, ErrorKind, ModMode, Program};

fn run_case(cmd_file: &Path) -> datatest_stable::Result<()> {
    let case = cmd_file.parent().unwrap().canonicalize()?;
    let cmd = std::fs::read_to_string(cmd_file)?;
    let dir = case.join("mod");
    let mut config = Config::from_env(dir.clone());
    (config.goos, config.goarch) = ("wasip1".into(), "wasm".into());
    config.mod_cache = case.join("modcache");
    config.mod_mode = if config.mod_cache.is_dir() { ModMode::Mod } else { ModMode::Auto };
    config.gowork = String::new();
    config.experiments = String::new();
    let mut patterns = Vec::new();
    for word in cmd.split_whitespace() {
        if let Some(v) = word.strip_prefix("GOOS=") {
            config.goos = v.into();
        } else if let Some(v) = word.strip_prefix("GOARCH=") {
            config.goarch = v.into();
        } else if let Some(v) = word.strip_prefix("-tags=") {
            config.tags = v.split(',').map(str::to_string).collect();
        } else {
            patterns.push(word.to_string());
        }
    }
    let loader = wago_loader::Loader::new(config).map_err(|e| e.msg)?;
    let program = loader.load(&patterns);
    let goroot = loader.goroot().dir.display().to_string();
    let expected = std::fs::read_to_string(case.join("expected"))?;
    let actual = render(&program, &dir, &case, &goroot, &expected);
    if actual != expected {
        return Err(format!("{}:\n--- expected\n{expected}--- actual\n{actual}", case.display()).into());
    }
    Ok(())
}

/// The program in the expected file's format, non-GOROOT packages only.
fn render(program: &Program, cwd: &Path, case: &Path, goroot: &str, expected: &str) -> String {
    let subst = |s: &str| s.replace(&case.display().to_string(), "$CASE").replace(goroot, "$GOROOT");
    let mut out = String::new();
    for e in &program.errors {
        if let ErrorKind::Pattern(pattern) = &e.kind {
            let line = format!("{pattern} name= dir= files= imports= error=|{}", go_quote(&e.msg));
            out.push_str(&subst(&line));
            out.push('\n');
        }
    }
    for id in program.topo_order() {
        let pkg = program.package(id);
        if pkg.goroot {
            continue;
        }
        let names: Vec<String> = pkg
            .files
            .iter()
            .map(|&f| program.file(f).path.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        // Sorted by the path as written, as go list sorts them.
        let imports: Vec<&str> = pkg.imports.iter().map(|i| program.package(i.package).import_path.as_str()).collect();
        let mut line = format!(
            "{} name={} dir={} files={} imports={}",
            pkg.import_path,
            pkg.name,
            pkg.dir.display(),
            names.join(","),
            imports.join(",")
        );
        if let Some(err) = pkg.errors.first() {
            let prefix = format!("{} ", pkg.import_path);
            let go_has_pos = !expected.lines().any(|l| l.starts_with(&prefix) && l.contains(" error=|"));
            let (pos, msg) = match err.pos {
                Some(p) if go_has_pos => {
                    let (path, l, c) = program.position(p);
                    (format!("{}:{l}:{c}", relative(path, cwd).display()), err.msg.clone())
                }
                // go/build's import-string error carries its position in the text.
                Some(p) if err.msg.starts_with("invalid import path: ") => {
                    let (path, l, c) = program.position(p);
                    (String::new(), format!("{}:{l}:{c}: {}", path.display(), err.msg))
                }
                _ => (String::new(), err.msg.clone()),
            };
            line.push_str(&format!(" error={pos}|{}", go_quote(&msg)));
        }
        out.push_str(&subst(&line));
        out.push('\n');
    }
    for w in &program.warnings {
        out.push_str(&format!("warning: {w}\n"));
    }
    out
}

/// `path` relative to `base`, with `..` steps, as the go command shows it.
fn relative(path: &Path, base: &Path) -> PathBuf {
    let (p, b): (Vec<Component>, Vec<Component>) = (path.components().collect(), base.components().collect());
    let common = p.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut out = PathBuf::new();
    for _ in common..b.len() {
        out.push("..");
    }
    for c in &p[common..] {
        out.push(c);
    }
    out
}

/// Go's `%q` for the messages at hand.
fn go_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

datatest_stable::harness! {
    { test = run_case, root = "tests/cases", pattern = r"^[^/]+/cmd$" },
}
