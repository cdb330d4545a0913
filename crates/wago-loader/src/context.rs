//! The build context: the target (`GOOS`/`GOARCH`), the tags it satisfies,
//! and the rules that pick a directory's files for it — file-name suffixes,
//! `//go:build` and legacy `// +build` header lines — exactly as go/build's
//! `goodOSArchFile`, `shouldBuild` and `matchTag` do.

use wago_syntax::constraint;

/// Operating systems go/build knows (`internal/syslist.KnownOS`).
pub const KNOWN_OS: &[&str] = &[
    "aix",
    "android",
    "darwin",
    "dragonfly",
    "freebsd",
    "hurd",
    "illumos",
    "ios",
    "js",
    "linux",
    "nacl",
    "netbsd",
    "openbsd",
    "plan9",
    "solaris",
    "wasip1",
    "windows",
    "zos",
];

/// The systems for which the `unix` tag holds (`internal/syslist.UnixOS`).
pub const UNIX_OS: &[&str] = &[
    "aix",
    "android",
    "darwin",
    "dragonfly",
    "freebsd",
    "hurd",
    "illumos",
    "ios",
    "linux",
    "netbsd",
    "openbsd",
    "solaris",
];

/// Architectures go/build knows (`internal/syslist.KnownArch`).
pub const KNOWN_ARCH: &[&str] = &[
    "386",
    "amd64",
    "amd64p32",
    "arm",
    "armbe",
    "arm64",
    "arm64be",
    "loong64",
    "mips",
    "mipsle",
    "mips64",
    "mips64le",
    "mips64p32",
    "mips64p32le",
    "ppc",
    "ppc64",
    "ppc64le",
    "riscv",
    "riscv64",
    "s390",
    "s390x",
    "sparc",
    "sparc64",
    "wasm",
];

/// What a build is for: the target and every tag that holds for it.
#[derive(Clone, Debug)]
pub struct BuildContext {
    pub goos: String,
    pub goarch: String,
    /// `-tags` given by the user.
    pub build_tags: Vec<String>,
    /// Tags set by the toolchain: architecture feature levels
    /// (`amd64.v1`, `wasm.satconv`) and the enabled `goexperiment.*` flags.
    pub tool_tags: Vec<String>,
    /// `go1.1` … `go1.N` for the Go release found.
    pub release_tags: Vec<String>,
}

/// Why a file was left out, or that it was kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileMatch {
    /// Kept for this build.
    Selected,
    /// Not a Go file, or a name starting with `_` or `.`: not even reported.
    NotSource,
    /// A Go file excluded by its name or its build constraints (go/build's
    /// `IgnoredGoFiles`).
    Excluded,
    /// A `_test.go` file fitting the target, when tests are not wanted.
    Test,
}

/// A malformed build constraint in a file's header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConstraintError {
    /// Byte offset of the offending line.
    pub offset: u32,
    pub msg: String,
}

impl BuildContext {
    /// The context go/build would use for `goos`/`goarch` with the cgo tag
    /// off, the `gc` compiler, and no `goexperiment.*` flag beyond those the
    /// target cannot turn off (what `GOEXPERIMENT=none` gives). `experiments`
    /// is a `GOEXPERIMENT`-style list (`a,b,noc`) applied on top.
    pub fn new(goos: &str, goarch: &str, go_minor: u32, build_tags: Vec<String>, experiments: &str) -> Self {
        let release_tags = (1..=go_minor).map(|i| format!("go1.{i}")).collect();
        let mut tool_tags = Vec::new();
        let mut exps: Vec<String> = Vec::new();
        if matches!(goarch, "amd64" | "arm64" | "loong64" | "ppc64le" | "ppc64" | "riscv64" | "s390x") {
            exps.extend(["regabiwrappers".to_string(), "regabiargs".to_string()]);
        }
        for e in experiments.split(',').filter(|e| !e.is_empty() && *e != "none") {
            match e.strip_prefix("no") {
                Some(off) => exps.retain(|x| x != off),
                None if !exps.iter().any(|x| x == e) => exps.push(e.to_string()),
                None => {}
            }
        }
        tool_tags.extend(exps.iter().map(|e| format!("goexperiment.{e}")));
        tool_tags.extend(arch_feature_tags(goarch));
        BuildContext { goos: goos.into(), goarch: goarch.into(), build_tags, tool_tags, release_tags }
    }

    /// Whether `tag` holds (go/build's `matchTag`).
    pub fn match_tag(&self, tag: &str) -> bool {
        if tag == self.goos || tag == self.goarch || tag == "gc" {
            return true;
        }
        let alias = match self.goos.as_str() {
            "android" => "linux",
            "illumos" => "solaris",
            "ios" => "darwin",
            _ => "",
        };
        if tag == alias || (tag == "unix" && UNIX_OS.contains(&self.goos.as_str())) {
            return true;
        }
        let tag = if tag == "boringcrypto" { "goexperiment.boringcrypto" } else { tag };
        // `cgo` is never set: wago has no cgo.
        [&self.build_tags, &self.tool_tags, &self.release_tags].iter().any(|list| list.iter().any(|t| t == tag))
    }

    /// Whether the `_GOOS`, `_GOARCH` or `_GOOS_GOARCH` suffix of a file
    /// name (before `_test`) fits the target (go/build's `goodOSArchFile`).
    pub fn good_os_arch_file(&self, name: &str) -> bool {
        let name = name.split('.').next().unwrap_or(name);
        // Only the part from the first `_` counts: `linux.go` is untagged.
        let Some(i) = name.find('_') else { return true };
        let mut parts: Vec<&str> = name[i..].split('_').collect();
        if parts.last() == Some(&"test") {
            parts.pop();
        }
        let n = parts.len();
        if n >= 2 && KNOWN_OS.contains(&parts[n - 2]) && KNOWN_ARCH.contains(&parts[n - 1]) {
            return self.match_tag(parts[n - 1]) && self.match_tag(parts[n - 2]);
        }
        if n >= 1 && (KNOWN_OS.contains(&parts[n - 1]) || KNOWN_ARCH.contains(&parts[n - 1])) {
            return self.match_tag(parts[n - 1]);
        }
        true
    }

    /// Whether a file name can be part of a package at all, and whether its
    /// name fits the target; `tests` admits `_test.go` files.
    pub fn match_file_name(&self, name: &str, tests: bool) -> FileMatch {
        if name.starts_with(['_', '.']) || !name.ends_with(".go") {
            return FileMatch::NotSource;
        }
        if !self.good_os_arch_file(name) {
            return FileMatch::Excluded;
        }
        if !tests && name.ends_with("_test.go") {
            return FileMatch::Test;
        }
        FileMatch::Selected
    }

    /// Whether a file's header constraints hold (go/build's `shouldBuild`):
    /// the `//go:build` line when there is one, else every `// +build` line
    /// of the leading comment block.
    pub fn should_build(&self, src: &str) -> Result<bool, ConstraintError> {
        let header = parse_file_header(src)?;
        if let Some((offset, line)) = header.go_build {
            let expr = constraint::parse(line)
                .map_err(|e| ConstraintError { offset, msg: format!("parsing //go:build line: {e}") })?;
            return Ok(expr.eval(&mut |t| self.match_tag(t)));
        }
        let mut ok = true;
        for line in src[..header.end].lines() {
            let line = line.trim_matches(is_space);
            if !line.starts_with("//") || !line.contains("+build") || !constraint::is_plus_build(line) {
                continue;
            }
            // Malformed legacy lines are ignored, as go/build does.
            if let Ok(expr) = constraint::parse(line)
                && !expr.eval(&mut |t| self.match_tag(t))
            {
                ok = false;
            }
        }
        Ok(ok)
    }
}

/// The tool tags for an architecture's default feature level (as
/// `internal/buildcfg.gogoarchTags` with the default GOAMD64, GOARM, …).
fn arch_feature_tags(goarch: &str) -> Vec<String> {
    let list: &[&str] = match goarch {
        "386" => &["386.sse2"],
        "amd64" => &["amd64.v1"],
        "arm" => &["arm.5", "arm.6", "arm.7"],
        "arm64" => &["arm64.v8.0"],
        "mips" => &["mips.hardfloat"],
        "mipsle" => &["mipsle.hardfloat"],
        "mips64" => &["mips64.hardfloat"],
        "mips64le" => &["mips64le.hardfloat"],
        "ppc64" => &["ppc64.power8"],
        "ppc64le" => &["ppc64le.power8"],
        "riscv64" => &["riscv64.rva20u64"],
        "wasm" => &["wasm.satconv", "wasm.signext"],
        _ => &[],
    };
    list.iter().map(|s| s.to_string()).collect()
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{a0}')
}

/// The part of a file where build constraints may appear.
struct FileHeader<'s> {
    /// Offset just past the last blank line of the leading comment block.
    end: usize,
    /// The `//go:build` line and its offset.
    go_build: Option<(u32, &'s str)>,
}

/// go/build's `parseFileHeader`: the leading run of `//` comments and blank
/// lines (which must end with a blank line) and its `//go:build` line.
fn parse_file_header(src: &str) -> Result<FileHeader<'_>, ConstraintError> {
    let mut end = 0;
    let mut ended = false;
    let mut in_slash_star = false;
    let mut go_build = None;
    let mut pos = 0;
    'lines: while pos < src.len() {
        let line_start = pos;
        let raw = match src[pos..].find('\n') {
            Some(i) => {
                pos += i + 1;
                &src[line_start..line_start + i]
            }
            None => {
                pos = src.len();
                &src[line_start..]
            }
        };
        let mut line = raw.trim_matches(is_space);
        if line.is_empty() && !ended {
            end = pos;
            continue;
        }
        if !line.starts_with("//") {
            ended = true;
        }
        if !in_slash_star && is_go_build_comment(line) {
            if go_build.is_some() {
                return Err(ConstraintError { offset: line_start as u32, msg: "multiple //go:build comments".into() });
            }
            let offset = line_start + (raw.len() - raw.trim_start_matches(is_space).len());
            go_build = Some((offset as u32, line));
        }
        while !line.is_empty() {
            if in_slash_star {
                match line.find("*/") {
                    Some(i) => {
                        in_slash_star = false;
                        line = line[i + 2..].trim_matches(is_space);
                        continue;
                    }
                    None => continue 'lines,
                }
            }
            if line.starts_with("//") {
                continue 'lines;
            }
            if let Some(rest) = line.strip_prefix("/*") {
                in_slash_star = true;
                line = rest.trim_matches(is_space);
                continue;
            }
            break 'lines;
        }
    }
    Ok(FileHeader { end, go_build })
}

/// go/build's `isGoBuildComment`: `//go:build` followed by space or nothing.
fn is_go_build_comment(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("//go:build") else { return false };
    rest.is_empty() || rest.trim_matches(is_space).len() < rest.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wasip1() -> BuildContext {
        BuildContext::new("wasip1", "wasm", 27, vec![], "")
    }

    fn linux() -> BuildContext {
        BuildContext::new("linux", "amd64", 27, vec!["purego".into()], "")
    }

    #[test]
    fn file_name_suffixes_follow_go_build() {
        let (w, l) = (wasip1(), linux());
        for (name, on_wasip1, on_linux) in [
            ("a.go", true, true),
            ("linux.go", true, true),
            ("a_linux.go", false, true),
            ("a_wasip1.go", true, false),
            ("a_wasm.go", true, false),
            ("a_wasip1_wasm.go", true, false),
            ("a_linux_amd64.go", false, true),
            ("a_linux_arm64.go", false, false),
            ("a_unix.go", true, true),
            ("a_js_wasm.go", false, false),
            ("a_linux_test.go", false, true),
            ("a_foo_amd64.go", false, true),
            ("x_wasm.s.go", true, false),
        ] {
            assert_eq!(w.good_os_arch_file(name), on_wasip1, "{name} on wasip1");
            assert_eq!(l.good_os_arch_file(name), on_linux, "{name} on linux");
        }
        assert_eq!(w.match_file_name("_a.go", false), FileMatch::NotSource);
        assert_eq!(w.match_file_name(".a.go", false), FileMatch::NotSource);
        assert_eq!(w.match_file_name("a.s", false), FileMatch::NotSource);
        assert_eq!(w.match_file_name("a_test.go", false), FileMatch::Test);
        assert_eq!(w.match_file_name("a_linux_test.go", false), FileMatch::Excluded);
        assert_eq!(w.match_file_name("a_test.go", true), FileMatch::Selected);
    }

    #[test]
    fn tags_follow_go_build() {
        let (w, l) = (wasip1(), linux());
        assert!(w.match_tag("wasip1") && w.match_tag("wasm") && w.match_tag("gc") && w.match_tag("go1.22"));
        assert!(!w.match_tag("unix") && !w.match_tag("cgo") && !w.match_tag("gccgo") && !w.match_tag("go1.28"));
        assert!(w.match_tag("wasm.signext") && !w.match_tag("goexperiment.jsonv2"));
        assert!(l.match_tag("unix") && l.match_tag("purego") && l.match_tag("amd64.v1"));
        assert!(l.match_tag("goexperiment.regabiargs") && !l.match_tag("goexperiment.greenteagc"));
        let android = BuildContext::new("android", "arm64", 27, vec![], "");
        assert!(android.match_tag("linux") && android.match_tag("unix"));
        let exp = BuildContext::new("wasip1", "wasm", 27, vec![], "jsonv2,greenteagc,nogreenteagc");
        assert!(exp.match_tag("goexperiment.jsonv2") && !exp.match_tag("goexperiment.greenteagc"));
    }

    #[test]
    fn headers_follow_go_build() {
        let w = wasip1();
        assert_eq!(w.should_build("//go:build wasip1\n\npackage a\n"), Ok(true));
        assert_eq!(w.should_build("//go:build !wasm\n\npackage a\n"), Ok(false));
        assert_eq!(w.should_build("//go:build ignore\n\npackage a\n"), Ok(false));
        // A +build line only counts when no //go:build line is present …
        assert_eq!(w.should_build("// +build linux\n\npackage a\n"), Ok(false));
        assert_eq!(w.should_build("//go:build wasm\n// +build linux\n\npackage a\n"), Ok(true));
        // … and only before the blank line that ends the header block.
        assert_eq!(w.should_build("// +build linux\npackage a\n"), Ok(true));
        assert_eq!(w.should_build("// Copyright\n\n// +build linux\n\npackage a\n"), Ok(false));
        // A //go:build line after the package clause is not a constraint.
        assert_eq!(w.should_build("package a\n\n//go:build linux\n"), Ok(true));
        // A //go:build line after a /* */ comment still counts (go list agrees).
        assert_eq!(w.should_build("/* x */\n//go:build linux\n\npackage a\n"), Ok(false));
        assert_eq!(w.should_build("/*\n//go:build linux\n*/\n\npackage a\n"), Ok(true));
        assert!(w.should_build("//go:build a\n//go:build b\n\npackage a\n").is_err());
        let e = w.should_build("\n//go:build (a\n\npackage a\n").unwrap_err();
        assert_eq!(e.offset, 1);
        assert!(e.msg.starts_with("parsing //go:build line: "), "{}", e.msg);
    }
}
