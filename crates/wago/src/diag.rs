//! Printing diagnostics the way the go command and gc do:
//! `path:line:col: message`, sorted by position, paths shown relative to the
//! working directory, at most ten per package unless `-e`.

use std::path::{Path, PathBuf};
use wago_syntax::LineIndex;

/// One diagnostic, located by file and byte offset.
pub struct Diagnostic {
    pub path: PathBuf,
    pub line: u32,
    pub col: u32,
    pub msg: String,
}

impl Diagnostic {
    pub fn at_offset(path: &Path, src: &str, offset: u32, msg: impl Into<String>) -> Self {
        let (line, col) = LineIndex::new(src).line_col(offset.min(src.len() as u32));
        Diagnostic { path: path.to_path_buf(), line, col, msg: msg.into() }
    }
}

/// The errors of one package (or other unit), printed together.
#[derive(Default)]
pub struct Report {
    pub diags: Vec<Diagnostic>,
}

impl Report {
    /// Sorts and prints the diagnostics to stderr, ten at most unless
    /// `all`; returns how many there were.
    pub fn print(mut self, all: bool) -> usize {
        self.diags.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
        let n = self.diags.len();
        let cwd = std::env::current_dir().unwrap_or_default();
        for (i, d) in self.diags.iter().enumerate() {
            if i == 10 && !all {
                eprintln!("{}:{}:{}: too many errors", short_path(&d.path, &cwd), d.line, d.col);
                break;
            }
            eprintln!("{}:{}:{}: {}", short_path(&d.path, &cwd), d.line, d.col, d.msg);
        }
        n
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
    fn positions_are_line_and_byte_column() {
        let d = Diagnostic::at_offset(Path::new("a.go"), "package a\nvar x = \n", 18, "m");
        assert_eq!((d.line, d.col), (2, 9));
    }
}
