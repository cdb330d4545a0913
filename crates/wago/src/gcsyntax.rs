//! Syntax errors as gc reports them. wago's parser words its errors as
//! go/parser does (its differential test holds it to that); gc's own
//! parser (cmd/compile/internal/syntax) words and places some differently,
//! and gc prints at most one syntax error per line and none about an
//! unexpected end of file after an earlier error. This module turns the
//! parser's list for one file into gc's.

use wago_syntax::SyntaxError;

/// The file's syntax errors in gc's words, at gc's offsets.
pub fn gc_syntax_errors(src: &str, errors: &[SyntaxError]) -> Vec<SyntaxError> {
    let mut out: Vec<SyntaxError> = Vec::new();
    let mut last_syntax_line: Option<usize> = None;
    for e in errors {
        let is_eof = e.msg.starts_with("syntax error: unexpected EOF");
        if is_eof && !out.is_empty() {
            continue;
        }
        let mut g = reword(src, e);
        if is_eof {
            g.offset = src.len() as u32;
        }
        if g.msg.starts_with("syntax error") {
            let line = line_of(src, g.offset);
            if last_syntax_line == Some(line) {
                continue;
            }
            last_syntax_line = Some(line);
        }
        out.push(g);
    }
    out
}

fn line_of(src: &str, offset: u32) -> usize {
    src.as_bytes()[..(offset as usize).min(src.len())].iter().filter(|&&b| b == b'\n').count()
}

/// One error in gc's words.
fn reword(src: &str, e: &SyntaxError) -> SyntaxError {
    let at = |offset: usize, msg: String| SyntaxError { offset: offset as u32, msg };
    let offset = (e.offset as usize).min(src.len());
    let msg = e.msg.as_str();
    if let Some(rest) = msg.strip_prefix("illegal character ") {
        return at(offset, format!("invalid character {rest}"));
    }
    match msg {
        "unknown escape sequence" => return at(offset, "unknown escape".into()),
        "string literal not terminated" => {
            // gc stops at the end of the line, where the newline is.
            let end = src[offset..].find('\n').map_or(src.len(), |i| offset + i);
            return at(end, "newline in string".into());
        }
        "illegal rune literal" => {
            return if src[offset..].starts_with("''") {
                at(offset + 1, "empty rune literal or unescaped '".into())
            } else {
                at(offset, "more than one character in rune literal".into())
            };
        }
        _ => {}
    }
    for keyword in ["defer", "go"] {
        if msg == format!("syntax error: expression in {keyword} must be function call") {
            // go/parser points after the expression, gc at its start.
            return at(statement_operand_start(src, offset, keyword), msg["syntax error: ".len()..].to_string());
        }
    }
    for (list, close) in [("argument list", ')'), ("composite literal", '}')] {
        if msg == format!("syntax error: missing ',' before newline in {list}") {
            return at(
                offset,
                format!("syntax error: unexpected newline in {list}; possibly missing comma or {close}"),
            );
        }
        if msg == format!("syntax error: missing ',' in {list}") {
            let tok = token_at(src, offset);
            return at(offset, format!("syntax error: unexpected {tok} in {list}; possibly missing comma or {close}"));
        }
    }
    if let Some(found) =
        msg.strip_prefix("syntax error: unexpected keyword ").and_then(|r| r.strip_suffix(", expected package"))
    {
        return at(offset, format!("expected 'package', found '{found}'"));
    }
    if msg.starts_with("syntax error: unexpected ") && msg.ends_with(", expected if statement or block") {
        return at(offset, "syntax error: else must be followed by if or statement block".into());
    }
    if msg
        == "syntax error: expected boolean expression, found assignment (missing parentheses around composite literal?)"
        && let Some((op, text)) = assignment_as_condition(src, offset)
    {
        let what = if text.contains(":=") { "" } else { "assignment " };
        return at(op, format!("syntax error: cannot use {what}{text} as value"));
    }
    if msg.starts_with("syntax error: unexpected ") && msg.ends_with(", expected declaration") {
        return at(offset, "syntax error: non-declaration statement outside function body".into());
    }
    let msg = match msg.strip_suffix(", expected operand") {
        Some(head) => format!("{head}, expected expression"),
        None => msg.replace(", expected IDENT", ", expected name"),
    };
    at(offset, msg)
}

/// An assignment written as an `if` condition (`if x = 1 {`), from its
/// start: where its operator is, and its text, as gc quotes it.
fn assignment_as_condition(src: &str, start: usize) -> Option<(usize, String)> {
    let line_end = src[start..].find(['{', '\n']).map_or(src.len(), |i| start + i);
    let text = src[start..line_end].trim_end();
    let op = text.find(":=").or_else(|| text.find('='))?;
    Some((start + op, text.to_string()))
}

/// Where the operand of the `defer`/`go` statement before `end` starts.
fn statement_operand_start(src: &str, end: usize, keyword: &str) -> usize {
    let head = &src[..end];
    let Some(k) = head.rfind(keyword) else { return end };
    let after = k + keyword.len();
    after + (head[after..].len() - head[after..].trim_start().len())
}

/// The token at `offset` as gc names it in "unexpected X": `literal 2`,
/// `name x`, `keyword func`, or the operator itself.
fn token_at(src: &str, offset: usize) -> String {
    let rest = &src[offset..];
    if rest.trim_start().is_empty() {
        return "EOF".into();
    }
    let word: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '.').collect();
    let first = rest.chars().next().unwrap_or(' ');
    if first.is_ascii_digit() || first == '"' || first == '\'' || first == '`' {
        let lit = if first.is_ascii_digit() { word } else { quoted(rest, first) };
        return format!("literal {lit}");
    }
    if !word.is_empty() {
        let kind = if is_keyword(&word) { "keyword" } else { "name" };
        return format!("{kind} {word}");
    }
    first.to_string()
}

fn quoted(rest: &str, quote: char) -> String {
    let body = &rest[quote.len_utf8()..];
    let mut end = 0;
    let mut escaped = false;
    for (i, c) in body.char_indices() {
        if c == quote && !escaped {
            end = i + c.len_utf8();
            break;
        }
        escaped = c == '\\' && !escaped && quote != '`';
    }
    rest[..quote.len_utf8() + end].to_string()
}

fn is_keyword(w: &str) -> bool {
    matches!(
        w,
        "break"
            | "case"
            | "chan"
            | "const"
            | "continue"
            | "default"
            | "defer"
            | "else"
            | "fallthrough"
            | "for"
            | "func"
            | "go"
            | "goto"
            | "if"
            | "import"
            | "interface"
            | "map"
            | "package"
            | "range"
            | "return"
            | "select"
            | "struct"
            | "switch"
            | "type"
            | "var"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(offset: u32, msg: &str) -> SyntaxError {
        SyntaxError { offset, msg: msg.into() }
    }

    #[test]
    fn rewords_and_places_like_gc() {
        let src = "package p\nfunc f() { f(1 2) }\n";
        let at = src.find('2').unwrap() as u32;
        let got = gc_syntax_errors(src, &[err(at, "syntax error: missing ',' in argument list")]);
        assert_eq!(got[0].msg, "syntax error: unexpected literal 2 in argument list; possibly missing comma or )");
        let got = gc_syntax_errors(src, &[err(0, "x"), err(5, "syntax error: unexpected EOF, expected }")]);
        assert_eq!(got.len(), 1, "no EOF error after another");
        let src = "package p\nvar s = \"abc\n";
        let got = gc_syntax_errors(src, &[err(18, "string literal not terminated")]);
        assert_eq!((got[0].offset, got[0].msg.as_str()), (22, "newline in string"));
    }
}
