//! Printing diagnostics the way the go command and gc do:
//! `path:line:col: message`, sorted by position, paths shown relative to the
//! working directory, at most ten per package unless `-e`.

use std::path::{Path, PathBuf};

/// Where a diagnostic points: a file position, a file line (go.mod), or nothing.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Location {
    Pos { path: PathBuf, line: u32, col: u32 },
    Line { path: PathBuf, line: u32 },
    None,
}

/// One diagnostic.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub location: Location,
    pub msg: String,
}

impl Diagnostic {
    pub fn at(path: &Path, line: u32, col: u32, msg: impl Into<String>) -> Self {
        Diagnostic { location: Location::Pos { path: path.to_path_buf(), line, col }, msg: msg.into() }
    }

    pub fn render(&self, cwd: &Path) -> String {
        match &self.location {
            Location::Pos { path, line, col } => format!("{}:{line}:{col}: {}", short_path(path, cwd), self.msg),
            Location::Line { path, line } => format!("{}:{line}: {}", short_path(path, cwd), self.msg),
            Location::None => self.msg.clone(),
        }
    }
}

/// The diagnostics of one package (or other unit).
#[derive(Default)]
pub struct Report {
    pub diags: Vec<Diagnostic>,
}

impl Report {
    /// The diagnostics sorted by position; from ten on, unless `all`, the
    /// first ten and a `too many errors` line at the tenth's position, as
    /// gc stops when it reports its tenth error.
    pub fn limited(mut self, all: bool) -> Vec<Diagnostic> {
        self.diags.sort_by(|a, b| a.location.cmp(&b.location));
        if !all && self.diags.len() >= 10 {
            self.diags.truncate(10);
            let mut tenth = self.diags[9].clone();
            tenth.msg = "too many errors".into();
            self.diags.push(tenth);
        }
        self.diags
    }
}

/// Prints diagnostics to stderr: positioned ones sorted by position, then
/// the others in the order given.
pub fn print(mut diags: Vec<Diagnostic>) {
    let cwd = std::env::current_dir().unwrap_or_default();
    diags.sort_by(|a, b| match (&a.location, &b.location) {
        (Location::None, Location::None) => std::cmp::Ordering::Equal,
        (Location::None, _) => std::cmp::Ordering::Greater,
        (_, Location::None) => std::cmp::Ordering::Less,
        (x, y) => x.cmp(y),
    });
    for d in &diags {
        eprintln!("{}", d.render(&cwd));
    }
}

/// Prints diagnostics to stderr in the order given.
pub fn print_in_order(diags: Vec<Diagnostic>) {
    let cwd = std::env::current_dir().unwrap_or_default();
    for d in &diags {
        eprintln!("{}", d.render(&cwd));
    }
}

/// A path as the go command shows it: relative to `cwd` when inside it
/// (`./x.go` for a file directly in it), else as given.
pub fn short_path(path: &Path, cwd: &Path) -> String {
    match path.strip_prefix(cwd) {
        Ok(rel) if rel.parent().is_none_or(|p| p.as_os_str().is_empty()) => format!("./{}", rel.display()),
        Ok(rel) => rel.display().to_string(),
        Err(_) => path.display().to_string(),
    }
}

/// A path as gc writes it inside a message: like [`short_path`], except
/// that files of the Go installation are shown as `$GOROOT/...` (the go
/// command builds the standard library with that path trimmed).
pub fn gc_path(path: &Path, cwd: &Path, goroot: &Path) -> String {
    match path.strip_prefix(goroot) {
        Ok(rest) => format!("$GOROOT/{}", rest.display()),
        Err(_) => short_path(path, cwd),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_shown_relative_like_go() {
        let cwd = Path::new("/home/u/mod");
        assert_eq!(short_path(Path::new("/home/u/mod/main.go"), cwd), "./main.go");
        assert_eq!(short_path(Path::new("/home/u/mod/pkg/a.go"), cwd), "pkg/a.go");
        assert_eq!(short_path(Path::new("/usr/lib/go/src/fmt/print.go"), cwd), "/usr/lib/go/src/fmt/print.go");
    }

    #[test]
    fn reports_stop_after_ten() {
        let mut r = Report::default();
        for line in (1..=12).rev() {
            r.diags.push(Diagnostic::at(Path::new("/m/a.go"), line, 1, format!("e{line}")));
        }
        let d = r.limited(false);
        assert_eq!(d.len(), 11);
        assert_eq!(d[0].msg, "e1");
        assert_eq!(d[10].msg, "too many errors");
        assert_eq!(d[10].render(Path::new("/m")), "./a.go:10:1: too many errors");
        let mut r = Report::default();
        r.diags.push(Diagnostic { location: Location::Line { path: "/m/go.mod".into(), line: 3 }, msg: "x".into() });
        assert_eq!(r.limited(true)[0].render(Path::new("/m")), "./go.mod:3: x");
    }
}
