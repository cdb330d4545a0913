//! Import path validity and visibility, in the go command's words: which
//! strings may be import paths at all (go/build's character check, the
//! go command's refusals of relative, absolute, `@version`, `mod/` and
//! meta-package paths, and the module system's `CheckImportPath` rules),
//! and which imports the `internal` and `vendor` rules forbid.

/// Why an import path cannot be looked up; the message as the go command
/// prints it. Checked in the go command's order: `mod/` and `@` (which it
/// rejects before looking anywhere), local and absolute paths, meta
/// packages, then the module path syntax.
pub fn check_import(path: &str) -> Result<(), String> {
    if path.starts_with("mod/") {
        return Err(format!("disallowed import path \"{path}\""));
    }
    if path.contains('@') {
        return Err("can only use path@version syntax with 'go get' and 'go install' in module-aware mode".into());
    }
    if is_local_import(path) {
        return Err(format!("\"{path}\" is relative, but relative import paths are not supported in module mode"));
    }
    if path.starts_with('/') {
        return Err(format!("\"{path}\" is not a package path; see 'go help packages'"));
    }
    if matches!(path, "std" | "cmd" | "tool" | "work" | "all") {
        return Err(format!("\"{path}\" is not an importable package; see 'go help packages'"));
    }
    check_path_syntax(path).map_err(|why| format!("malformed import path \"{path}\": {why}"))
}

/// go/build's test of an import string (`isValidImport`): a failure makes
/// the importing file unreadable rather than the import unresolvable.
pub fn is_valid_import(path: &str) -> bool {
    const ILLEGAL: &str = "!\"#$%&'()*,:;<=>?[\\]^{|}`\u{FFFD}";
    !path.is_empty() && path.chars().all(|c| is_graphic(c) && !c.is_whitespace() && !ILLEGAL.contains(c))
}

/// Go's `unicode.IsGraphic` for the characters that matter here: no
/// control or format characters, no unassigned/private-use guesswork.
fn is_graphic(c: char) -> bool {
    !c.is_control()
        && !matches!(c, '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}')
}

/// `go/build.IsLocalImport`.
pub fn is_local_import(path: &str) -> bool {
    path == "." || path == ".." || path.starts_with("./") || path.starts_with("../")
}

/// The syntax rules of golang.org/x/mod's `CheckImportPath`: the reason a
/// path is malformed.
fn check_path_syntax(path: &str) -> Result<(), String> {
    if path.is_empty() {
        return Err("empty string".into());
    }
    if path.starts_with('-') {
        return Err("leading dash".into());
    }
    if path.contains("//") {
        return Err("double slash".into());
    }
    if path.ends_with('/') {
        return Err("trailing slash".into());
    }
    path.split('/').try_for_each(check_element)
}

const WINDOWS_RESERVED: [&str; 22] = [
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2",
    "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

fn check_element(elem: &str) -> Result<(), String> {
    if elem.is_empty() {
        return Err("empty path element".into());
    }
    if elem.bytes().all(|b| b == b'.') {
        return Err(format!("invalid path element \"{elem}\""));
    }
    if elem.ends_with('.') {
        return Err("trailing dot in path element".into());
    }
    if let Some(c) = elem.chars().find(|&c| !(c.is_ascii_alphanumeric() || "-._~+".contains(c))) {
        return Err(format!("invalid char {}", go_quote_rune(c)));
    }
    // Windows reserves some names, whatever the extension.
    let short = elem.split('.').next().unwrap_or(elem);
    if WINDOWS_RESERVED.iter().any(|b| b.eq_ignore_ascii_case(short)) {
        return Err(format!("\"{short}\" disallowed as path element component on Windows"));
    }
    // Names that look like Windows short names (`PROGRA~1`).
    if let Some(tilde) = short.rfind('~')
        && tilde + 1 < short.len()
        && short[tilde + 1..].bytes().all(|b| b.is_ascii_digit())
    {
        return Err("trailing tilde and digits in path element".into());
    }
    Ok(())
}

/// Go's `%q` of a rune, for the characters `check_element` can refuse.
fn go_quote_rune(c: char) -> String {
    match c {
        '\'' => "'\\''".into(),
        '\\' => "'\\\\'".into(),
        c if c.is_control() => format!("'\\x{:02x}'", c as u32),
        c => format!("'{c}'"),
    }
}

/// Where the last `internal` element of an import path starts, if any
/// (`findInternal`): the importer must be inside the tree rooted at the
/// part before it.
pub fn internal_parent(path: &str) -> Option<&str> {
    if let Some(parent) = path.strip_suffix("/internal") {
        return Some(parent);
    }
    if let Some(i) = path.rfind("/internal/") {
        return Some(&path[..i]);
    }
    (path == "internal" || path.starts_with("internal/")).then_some("")
}

/// Where the last non-final `vendor` element of an import path starts
/// (`FindVendor`): the part before it, and the path it vendors.
pub fn vendor_split(path: &str) -> Option<(&str, &str)> {
    if let Some(i) = path.rfind("/vendor/") {
        return Some((&path[..i], &path[i + "/vendor/".len()..]));
    }
    path.strip_prefix("vendor/").map(|rest| ("", rest))
}

/// `str.HasPathPrefix`: `path` is `prefix` or lies below it.
pub fn has_path_prefix(path: &str, prefix: &str) -> bool {
    path == prefix
        || (!prefix.is_empty()
            && path.starts_with(prefix)
            && (prefix.ends_with('/') || path.as_bytes().get(prefix.len()) == Some(&b'/')))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn why(p: &str) -> String {
        check_import(p).err().unwrap_or_default()
    }

    #[test]
    fn malformed_paths_like_go() {
        assert_eq!(why("a//b"), "malformed import path \"a//b\": double slash");
        assert_eq!(why("x/./y"), "malformed import path \"x/./y\": invalid path element \".\"");
        assert_eq!(why("x/.."), "malformed import path \"x/..\": invalid path element \"..\"");
        assert_eq!(why("a/b/"), "malformed import path \"a/b/\": trailing slash");
        assert_eq!(why("-x"), "malformed import path \"-x\": leading dash");
        assert_eq!(why("x/y."), "malformed import path \"x/y.\": trailing dot in path element");
        assert_eq!(why("ÿ/x"), "malformed import path \"ÿ/x\": invalid char 'ÿ'");
        assert_eq!(
            why("x/CON.txt"),
            "malformed import path \"x/CON.txt\": \"CON\" disallowed as path element component on Windows"
        );
        assert_eq!(why("x/y~1"), "malformed import path \"x/y~1\": trailing tilde and digits in path element");
        assert_eq!(why("../a"), "\"../a\" is relative, but relative import paths are not supported in module mode");
        assert_eq!(why("/abs"), "\"/abs\" is not a package path; see 'go help packages'");
        assert_eq!(why("std"), "\"std\" is not an importable package; see 'go help packages'");
        assert_eq!(why("mod/x"), "disallowed import path \"mod/x\"");
        for ok in ["x/.y", "x/y~", "x/a+b", "example.com/A", "x/~y", "golang.org/x/net"] {
            assert_eq!(check_import(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn go_build_import_strings() {
        assert!(is_valid_import("x/ÿ") && !is_valid_import("a b") && !is_valid_import("a\\b"));
        assert!(!is_valid_import("") && !is_valid_import("a\u{7f}"));
    }

    #[test]
    fn internal_and_vendor_elements() {
        assert_eq!(internal_parent("a/internal/b"), Some("a"));
        assert_eq!(internal_parent("a/internal/b/internal"), Some("a/internal/b"));
        assert_eq!(internal_parent("internal/abi"), Some(""));
        assert_eq!(internal_parent("a/internals"), None);
        assert_eq!(vendor_split("vendor/golang.org/x/y"), Some(("", "golang.org/x/y")));
        assert_eq!(vendor_split("a/vendor/b"), Some(("a", "b")));
        assert_eq!(vendor_split("a/vendor"), None);
        assert!(has_path_prefix("a/b", "a") && !has_path_prefix("ab", "a") && !has_path_prefix("x", ""));
    }
}
