//! Build constraint expressions: `//go:build` lines and legacy `// +build`
//! lines, as `go/build/constraint` defines them.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Constraint {
    Tag(String),
    Not(Box<Constraint>),
    And(Box<Constraint>, Box<Constraint>),
    Or(Box<Constraint>, Box<Constraint>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConstraintError(pub String);

impl fmt::Display for ConstraintError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Constraint {
    /// Evaluates the expression, asking `ok` whether each tag is satisfied.
    pub fn eval(&self, ok: &mut dyn FnMut(&str) -> bool) -> bool {
        match self {
            Constraint::Tag(t) => ok(t),
            Constraint::Not(x) => !x.eval(ok),
            // Both sides are evaluated, as go/build does, so that every tag is seen.
            Constraint::And(x, y) => {
                let a = x.eval(ok);
                let b = y.eval(ok);
                a && b
            }
            Constraint::Or(x, y) => {
                let a = x.eval(ok);
                let b = y.eval(ok);
                a || b
            }
        }
    }

    /// The minimum Go version the expression implies (`go1.21`), or "" if
    /// none, as `constraint.GoVersion`.
    pub fn go_version(&self) -> String {
        match self.min_version(1) {
            v if v < 0 => String::new(),
            0 => "go1".into(),
            v => format!("go1.{v}"),
        }
    }

    fn min_version(&self, sign: i32) -> i64 {
        let and = |x: i64, y: i64| x.max(y);
        let or = |x: i64, y: i64| x.min(y);
        match self {
            Constraint::And(x, y) => {
                let op = if sign < 0 { or } else { and };
                op(x.min_version(sign), y.min_version(sign))
            }
            Constraint::Or(x, y) => {
                let op = if sign < 0 { and } else { or };
                op(x.min_version(sign), y.min_version(sign))
            }
            Constraint::Not(x) => x.min_version(-sign),
            Constraint::Tag(t) => {
                if sign < 0 {
                    return -1;
                }
                if t == "go1" {
                    return 0;
                }
                match t.split_once("go1.") {
                    Some((_, v)) => atoi(v).unwrap_or(-1),
                    None => -1,
                }
            }
        }
    }
}

/// Go's strconv.Atoi for the digits of a version: optional sign, decimal digits.
fn atoi(s: &str) -> Option<i64> {
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Whether `line` is a `//go:build` line (`//go:build` followed by space or end).
pub fn is_go_build(line: &str) -> bool {
    let line = line.trim_end_matches(['\r', ' ', '\t']);
    line.strip_prefix("//go:build").is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t']))
}

/// Whether `line` is a legacy `// +build` line.
pub fn is_plus_build(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("//") else {
        return false;
    };
    let rest = rest.trim_start_matches([' ', '\t']);
    rest.strip_prefix("+build").is_some_and(|r| r.is_empty() || r.starts_with([' ', '\t']))
}

/// Parses a `//go:build` or `// +build` line.
pub fn parse(line: &str) -> Result<Constraint, ConstraintError> {
    if is_go_build(line) {
        let text = line.trim_end_matches(['\r', ' ', '\t']);
        return parse_expr(text["//go:build".len()..].trim_start());
    }
    if is_plus_build(line) {
        return parse_plus_build(line);
    }
    Err(ConstraintError("not a build constraint".into()))
}

fn parse_plus_build(line: &str) -> Result<Constraint, ConstraintError> {
    let rest = line[2..].trim_start_matches([' ', '\t']);
    let rest = &rest["+build".len()..];
    let mut x: Option<Constraint> = None;
    let mut size = 0;
    let mut too_complex = || {
        size += 1;
        (size > MAX_OLD_SIZE).then(|| ConstraintError("expression too complex for // +build lines".into()))
    };
    for clause in rest.split_ascii_whitespace() {
        let mut y: Option<Constraint> = None;
        for lit in clause.split(',') {
            let (neg, tag) = match lit.strip_prefix('!') {
                Some(t) => (true, t),
                None => (false, lit),
            };
            if tag.is_empty() || tag.starts_with('!') || !tag.chars().all(is_tag_char) {
                return Err(ConstraintError("invalid syntax".into()));
            }
            let mut z = Constraint::Tag(tag.into());
            if neg {
                z = Constraint::Not(Box::new(z));
            }
            y = Some(match y {
                None => z,
                Some(y) => {
                    if let Some(e) = too_complex() {
                        return Err(e);
                    }
                    Constraint::And(Box::new(y), Box::new(z))
                }
            });
        }
        let y = y.ok_or_else(|| ConstraintError("empty clause".into()))?;
        x = Some(match x {
            None => y,
            Some(x) => {
                if let Some(e) = too_complex() {
                    return Err(e);
                }
                Constraint::Or(Box::new(x), Box::new(y))
            }
        });
    }
    // An empty +build line is satisfied by nothing, as in go/build.
    Ok(x.unwrap_or_else(|| Constraint::Tag("ignore".into())))
}

fn is_tag_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '.'
}

/// go/build/constraint's limit on the operands of a `//go:build` line; it
/// also bounds the parser's recursion.
const MAX_SIZE: usize = 1000;
/// Its limit on the operators of a legacy `// +build` line.
const MAX_OLD_SIZE: usize = 100;

struct ExprParser<'s> {
    s: &'s str,
    i: usize,
    tok: &'s str,
    size: usize,
}

fn parse_expr(text: &str) -> Result<Constraint, ConstraintError> {
    let mut p = ExprParser { s: text, i: 0, tok: "", size: 0 };
    p.lex();
    let x = p.or()?;
    if !p.tok.is_empty() {
        return Err(ConstraintError(format!("unexpected token {}", p.tok)));
    }
    Ok(x)
}

impl<'s> ExprParser<'s> {
    fn lex(&mut self) {
        let rest = &self.s[self.i..];
        let trimmed = rest.trim_start_matches([' ', '\t']);
        self.i += rest.len() - trimmed.len();
        let rest = trimmed;
        let n = if rest.is_empty() {
            0
        } else if rest.starts_with("&&") || rest.starts_with("||") {
            2
        } else if rest.starts_with(['(', ')', '!']) {
            1
        } else {
            let n = rest.find(|c: char| !is_tag_char(c)).unwrap_or(rest.len());
            if n == 0 { rest.chars().next().map_or(1, char::len_utf8) } else { n }
        };
        self.tok = &rest[..n];
        self.i += n;
    }

    fn or(&mut self) -> Result<Constraint, ConstraintError> {
        let mut x = self.and()?;
        while self.tok == "||" {
            self.lex();
            x = Constraint::Or(Box::new(x), Box::new(self.and()?));
        }
        Ok(x)
    }

    fn and(&mut self) -> Result<Constraint, ConstraintError> {
        let mut x = self.not()?;
        while self.tok == "&&" {
            self.lex();
            x = Constraint::And(Box::new(x), Box::new(self.not()?));
        }
        Ok(x)
    }

    fn not(&mut self) -> Result<Constraint, ConstraintError> {
        self.size += 1;
        if self.size > MAX_SIZE {
            return Err(ConstraintError("build expression too large".into()));
        }
        if self.tok == "!" {
            self.lex();
            if self.tok == "!" {
                return Err(ConstraintError("double negation not allowed".into()));
            }
            return Ok(Constraint::Not(Box::new(self.atom()?)));
        }
        self.atom()
    }

    fn atom(&mut self) -> Result<Constraint, ConstraintError> {
        if self.tok == "(" {
            self.lex();
            let x = self.or()?;
            if self.tok != ")" {
                return Err(ConstraintError("missing close paren".into()));
            }
            self.lex();
            return Ok(x);
        }
        if self.tok.is_empty() {
            return Err(ConstraintError("unexpected end of expression".into()));
        }
        if !self.tok.chars().all(is_tag_char) {
            return Err(ConstraintError(format!("unexpected token {}", self.tok)));
        }
        let tag = Constraint::Tag(self.tok.into());
        self.lex();
        Ok(tag)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eval(line: &str, tags: &[&str]) -> bool {
        parse(line).unwrap().eval(&mut |t| tags.contains(&t))
    }

    #[test]
    fn go_build_expressions() {
        assert!(eval("//go:build linux && amd64", &["linux", "amd64"]));
        assert!(!eval("//go:build linux && !amd64", &["linux", "amd64"]));
        assert!(eval("//go:build (wasip1 || js) && wasm", &["wasip1", "wasm"]));
        assert!(parse("//go:build linux &&").is_err());
        assert!(parse("//go:build !!linux").is_err());
    }

    #[test]
    fn plus_build_lines() {
        assert!(eval("// +build linux,amd64 darwin", &["darwin"]));
        assert!(!eval("// +build linux,!cgo", &["linux", "cgo"]));
    }

    #[test]
    fn go_version_of_expressions() {
        assert_eq!(parse("//go:build go1.21").unwrap().go_version(), "go1.21");
        assert_eq!(parse("//go:build go1.18 && go1.21").unwrap().go_version(), "go1.21");
        assert_eq!(parse("//go:build go1.18 || go1.21").unwrap().go_version(), "go1.18");
        assert_eq!(parse("//go:build linux").unwrap().go_version(), "");
        assert_eq!(parse("//go:build !go1.21").unwrap().go_version(), "");
    }
}
