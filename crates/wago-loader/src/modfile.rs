//! Reading `go.mod`, `go.work` and `vendor/modules.txt`: the directives
//! the loader needs (module, go, require, replace, use), the ones it
//! accepts and ignores (exclude, retract, toolchain, godebug, tool, ignore),
//! and errors that carry the line they are about. Never panics on bad input.

use std::fmt;

/// An error in a go.mod-like file, at a 1-based line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModFileError {
    pub line: u32,
    pub msg: String,
}

impl fmt::Display for ModFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.line, self.msg)
    }
}

/// A `require` line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Require {
    pub path: String,
    pub version: String,
}

/// A `replace` line: `old [version] => new [version]`. A replacement
/// without a version is a directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replace {
    pub old_path: String,
    pub old_version: Option<String>,
    pub new_path: String,
    pub new_version: Option<String>,
}

/// The parts of a `go.mod` file the loader uses.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ModFile {
    pub module: Option<String>,
    /// The `go` line's version, e.g. `1.23` or `1.21.0`.
    pub go: Option<String>,
    pub requires: Vec<Require>,
    pub replaces: Vec<Replace>,
}

/// The parts of a `go.work` file the loader uses.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WorkFile {
    pub go: Option<String>,
    /// The `use` directories, as written.
    pub uses: Vec<String>,
    pub replaces: Vec<Replace>,
}

/// One module of `vendor/modules.txt`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VendorModule {
    pub path: String,
    pub version: String,
    /// The packages vendored from it.
    pub packages: Vec<String>,
}

/// One directive: its verb, its arguments, and its line.
struct Line {
    verb: String,
    args: Vec<String>,
    line: u32,
}

/// Splits a go.mod-like file into directives, expanding `verb ( … )`
/// blocks into one directive per entry.
fn directives(text: &str) -> Result<Vec<Line>, ModFileError> {
    let mut out = Vec::new();
    let mut block: Option<String> = None;
    for (i, raw) in text.lines().enumerate() {
        let line = i as u32 + 1;
        let tokens = tokenize(raw).map_err(|msg| ModFileError { line, msg })?;
        if tokens.is_empty() {
            continue;
        }
        if let Some(verb) = &block {
            if tokens.len() == 1 && tokens[0] == ")" {
                block = None;
                continue;
            }
            out.push(Line { verb: verb.clone(), args: tokens, line });
            continue;
        }
        let (verb, args) = (tokens[0].clone(), tokens[1..].to_vec());
        if args.len() == 1 && args[0] == "(" {
            block = Some(verb);
            continue;
        }
        if verb == "(" || verb == ")" {
            return Err(ModFileError { line, msg: format!("unexpected {verb:?}") });
        }
        out.push(Line { verb, args, line });
    }
    if block.is_some() {
        let line = text.lines().count() as u32;
        return Err(ModFileError { line, msg: "unterminated block: missing )".into() });
    }
    Ok(out)
}

/// The tokens of one line: words, `(`, `)`, `=>`, and quoted strings
/// (unquoted); a `//` comment ends the line.
fn tokenize(line: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut rest = line.trim_start();
    while !rest.is_empty() {
        if rest.starts_with("//") {
            break;
        }
        let (tok, len) = if let Some(r) = rest.strip_prefix('"') {
            unquote_interpreted(r)?
        } else if let Some(r) = rest.strip_prefix('`') {
            let end = r.find('`').ok_or("unterminated raw string")?;
            (r[..end].to_string(), end + 2)
        } else if rest.starts_with(['(', ')']) {
            (rest[..1].to_string(), 1)
        } else if rest.starts_with("=>") {
            ("=>".to_string(), 2)
        } else {
            let end = rest
                .find(|c: char| c.is_whitespace() || c == '(' || c == ')' || c == '"' || c == '`')
                .unwrap_or(rest.len());
            let end = match rest[..end].find("=>").or_else(|| rest[..end].find("//")) {
                Some(0) | None => end,
                Some(i) => i,
            };
            (rest[..end].to_string(), end)
        };
        out.push(tok);
        rest = rest[len..].trim_start();
    }
    Ok(out)
}

/// Decodes a `"…"` string whose opening quote is already consumed;
/// returns the text and the length consumed including both quotes.
fn unquote_interpreted(s: &str) -> Result<(String, usize), String> {
    let mut out = String::new();
    let mut chars = s.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Ok((out, i + 2)),
            '\\' => match chars.next() {
                Some((_, 'n')) => out.push('\n'),
                Some((_, 't')) => out.push('\t'),
                Some((_, e @ ('\\' | '"' | '\''))) => out.push(e),
                _ => return Err("invalid escape in quoted string".into()),
            },
            c => out.push(c),
        }
    }
    Err("unterminated quoted string".into())
}

fn expect_args(l: &Line, n: usize, usage: &str) -> Result<(), ModFileError> {
    if l.args.len() != n {
        return Err(ModFileError { line: l.line, msg: format!("usage: {usage}") });
    }
    Ok(())
}

fn parse_replace(l: &Line) -> Result<Replace, ModFileError> {
    let usage = || {
        ModFileError {
        line: l.line,
        msg: "usage: replace module/path [v1.2.3] => other/module v1.4\n\t or replace module/path [v1.2.3] => ../local/directory"
            .into(),
    }
    };
    let arrow = l.args.iter().position(|a| a == "=>").ok_or_else(usage)?;
    let (old, new) = (&l.args[..arrow], &l.args[arrow + 1..]);
    if old.is_empty() || old.len() > 2 || new.is_empty() || new.len() > 2 {
        return Err(usage());
    }
    Ok(Replace {
        old_path: old[0].clone(),
        old_version: old.get(1).cloned(),
        new_path: new[0].clone(),
        new_version: new.get(1).cloned(),
    })
}

fn check_go_version(l: &Line) -> Result<String, ModFileError> {
    expect_args(l, 1, "go 1.23")?;
    let v = &l.args[0];
    let valid = v.split('.').next().is_some_and(|m| !m.is_empty() && m.bytes().all(|b| b.is_ascii_digit()))
        && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.');
    if !valid {
        return Err(ModFileError { line: l.line, msg: format!("invalid go version '{v}': must match format 1.23.0") });
    }
    Ok(v.clone())
}

/// Parses a `go.mod` file.
pub fn parse_mod(text: &str) -> Result<ModFile, ModFileError> {
    let mut m = ModFile::default();
    for l in directives(text)? {
        match l.verb.as_str() {
            "module" => {
                expect_args(&l, 1, "module module/path")?;
                if m.module.is_some() {
                    return Err(ModFileError { line: l.line, msg: "repeated module statement".into() });
                }
                m.module = Some(l.args[0].clone());
            }
            "go" => m.go = Some(check_go_version(&l)?),
            "require" => {
                expect_args(&l, 2, "require module/path v1.2.3")?;
                m.requires.push(Require { path: l.args[0].clone(), version: l.args[1].clone() });
            }
            "replace" => m.replaces.push(parse_replace(&l)?),
            // Accepted and not needed to find packages.
            "exclude" | "retract" | "toolchain" | "godebug" | "tool" | "ignore" => {}
            verb => return Err(ModFileError { line: l.line, msg: format!("unknown directive: {verb}") }),
        }
    }
    Ok(m)
}

/// Parses a `go.work` file.
pub fn parse_work(text: &str) -> Result<WorkFile, ModFileError> {
    let mut w = WorkFile::default();
    for l in directives(text)? {
        match l.verb.as_str() {
            "go" => w.go = Some(check_go_version(&l)?),
            "use" => {
                expect_args(&l, 1, "use local/dir")?;
                w.uses.push(l.args[0].clone());
            }
            "replace" => w.replaces.push(parse_replace(&l)?),
            "toolchain" | "godebug" => {}
            verb => return Err(ModFileError { line: l.line, msg: format!("unknown directive: {verb}") }),
        }
    }
    Ok(w)
}

/// Parses `vendor/modules.txt`: `# path version [=> replacement]` starts
/// a module, `## …` lines annotate it, other lines name its packages.
pub fn parse_vendor_modules(text: &str) -> Result<Vec<VendorModule>, ModFileError> {
    let mut out: Vec<VendorModule> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i as u32 + 1;
        let line = line.trim_end();
        if line.is_empty() || line.starts_with("## ") {
            continue;
        }
        if let Some(rest) = line.strip_prefix("# ") {
            let f: Vec<&str> = rest.split_whitespace().collect();
            // `# path version`, `# path => dir`, `# path version => new version`.
            if f.is_empty() {
                return Err(ModFileError { line: line_no, msg: "malformed module line".into() });
            }
            let version = if f.get(1).is_some_and(|v| *v != "=>") { f[1] } else { "" };
            out.push(VendorModule { path: f[0].into(), version: version.into(), packages: vec![] });
            continue;
        }
        match out.last_mut() {
            Some(m) if !line.starts_with('#') => m.packages.push(line.to_string()),
            _ => return Err(ModFileError { line: line_no, msg: format!("unexpected line {line:?}") }),
        }
    }
    Ok(out)
}

/// Compares two Go versions (`1.21`, `1.21.3`, `1.22rc1`) numerically by
/// their dotted numeric parts.
pub fn go_version_at_least(v: &str, major: u32, minor: u32) -> bool {
    let mut parts = v.split('.').map(|p| p.chars().take_while(char::is_ascii_digit).collect::<String>());
    let ma: u32 = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
    let mi: u32 = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
    (ma, mi) >= (major, minor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_mod_directives() {
        let m = parse_mod(
            "// comment\nmodule example.com/m // trailing\n\ngo 1.23.0\ntoolchain go1.27.3\ngodebug default=go1.21\n\
             require (\n\tgolang.org/x/text v0.3.0 // indirect\n\t\"example.com/q\" v1.0.0\n)\n\
             require example.com/r v0.1.0\nexclude example.com/r v0.0.9\nretract [v1.0.0, v1.0.5]\n\
             replace example.com/q => ../q\nreplace (\n\texample.com/r v0.1.0 => example.com/r2 v0.2.0\n)\n",
        )
        .unwrap();
        assert_eq!(m.module.as_deref(), Some("example.com/m"));
        assert_eq!(m.go.as_deref(), Some("1.23.0"));
        let reqs: Vec<_> = m.requires.iter().map(|r| (r.path.as_str(), r.version.as_str())).collect();
        assert_eq!(reqs, [("golang.org/x/text", "v0.3.0"), ("example.com/q", "v1.0.0"), ("example.com/r", "v0.1.0")]);
        assert_eq!(
            m.replaces,
            [
                Replace {
                    old_path: "example.com/q".into(),
                    old_version: None,
                    new_path: "../q".into(),
                    new_version: None
                },
                Replace {
                    old_path: "example.com/r".into(),
                    old_version: Some("v0.1.0".into()),
                    new_path: "example.com/r2".into(),
                    new_version: Some("v0.2.0".into())
                },
            ]
        );
    }

    #[test]
    fn go_mod_errors_have_lines() {
        assert_eq!(
            parse_mod("module a\nfrobnicate x\n").unwrap_err(),
            ModFileError { line: 2, msg: "unknown directive: frobnicate".into() }
        );
        assert_eq!(parse_mod("module a\nrequire (\n x v1\n").unwrap_err().line, 3);
        assert_eq!(parse_mod("module a\ngo 1.x!\n").unwrap_err().line, 2);
        assert_eq!(parse_mod("module a\nreplace x =>\n").unwrap_err().line, 2);
        assert_eq!(parse_mod("module \"a\n").unwrap_err().line, 1);
        assert_eq!(parse_mod("module a\nmodule b\n").unwrap_err().msg, "repeated module statement");
    }

    #[test]
    fn go_work_and_vendor() {
        let w = parse_work("go 1.23\nuse (\n\t./a\n\t./b\n)\nreplace x => ./x\n").unwrap();
        assert_eq!(w.uses, ["./a", "./b"]);
        assert_eq!(w.replaces.len(), 1);
        let v = parse_vendor_modules(
            "# example.com/q v1.0.0\n## explicit; go 1.20\nexample.com/q\nexample.com/q/sub\n# example.com/r v0.1.0 => ../r\n## explicit\nexample.com/r\n",
        )
        .unwrap();
        assert_eq!(v.len(), 2);
        assert_eq!(v[0].packages, ["example.com/q", "example.com/q/sub"]);
        assert_eq!(v[1].version, "v0.1.0");
        assert!(parse_vendor_modules("stray\n").is_err());
    }

    #[test]
    fn versions_compare() {
        assert!(go_version_at_least("1.14", 1, 14));
        assert!(go_version_at_least("1.21.3", 1, 17));
        assert!(!go_version_at_least("1.13", 1, 14));
        assert!(go_version_at_least("1.22rc1", 1, 22));
    }
}
