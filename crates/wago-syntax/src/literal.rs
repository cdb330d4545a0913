//! Decoding of Go string and rune literals (`strconv.Unquote`).

/// Decodes a quoted (`"…"`) or raw (`` `…` ``) string literal into its
/// bytes; `None` if the literal is malformed.
pub fn unquote(lit: &str) -> Option<Vec<u8>> {
    let b = lit.as_bytes();
    if b.len() < 2 {
        return None;
    }
    // Check the quotes before slicing: they are ASCII, so slicing inside
    // them then cuts at character boundaries.
    let q = b[0];
    if !matches!(q, b'"' | b'`') || b[b.len() - 1] != q {
        return None;
    }
    let body = &lit[1..lit.len() - 1];
    match q {
        b'`' => (!body.contains('`')).then(|| body.replace('\r', "").into_bytes()),
        b'"' => decode_escaped(body, b'"'),
        _ => None,
    }
}

/// Decodes a rune literal (`'x'`, `'\n'`, `'\u00e9'`) to its code point.
pub fn unquote_char(lit: &str) -> Option<u32> {
    let body = lit.strip_prefix('\'')?.strip_suffix('\'')?;
    let mut chars = body.chars();
    let first = chars.next()?;
    if first != '\\' {
        return (chars.next().is_none() && first != '\'').then_some(first as u32);
    }
    let (value, rest) = decode_escape(&body[1..], b'\'')?;
    rest.is_empty().then_some(value.code())
}

enum Escaped {
    Byte(u8),
    Rune(u32),
}

impl Escaped {
    fn code(&self) -> u32 {
        match *self {
            Escaped::Byte(b) => b as u32,
            Escaped::Rune(r) => r,
        }
    }
}

fn decode_escaped(mut s: &str, quote: u8) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    while let Some(i) = s.find(['\\', quote as char, '\n']) {
        out.extend_from_slice(&s.as_bytes()[..i]);
        if s.as_bytes()[i] != b'\\' {
            return None;
        }
        let (e, rest) = decode_escape(&s[i + 1..], quote)?;
        match e {
            Escaped::Byte(b) => out.push(b),
            Escaped::Rune(r) => {
                let c = char::from_u32(r)?;
                out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
            }
        }
        s = rest;
    }
    out.extend_from_slice(s.as_bytes());
    Some(out)
}

/// Decodes one escape after its backslash; returns it and the rest.
fn decode_escape(s: &str, quote: u8) -> Option<(Escaped, &str)> {
    let b = s.as_bytes();
    let c = *b.first()?;
    let simple = match c {
        b'a' => Some(7),
        b'b' => Some(8),
        b'f' => Some(12),
        b'n' => Some(b'\n'),
        b'r' => Some(b'\r'),
        b't' => Some(b'\t'),
        b'v' => Some(11),
        b'\\' => Some(b'\\'),
        _ if c == quote => Some(c),
        _ => None,
    };
    if let Some(v) = simple {
        return Some((Escaped::Byte(v), &s[1..]));
    }
    let (digits, radix, start) = match c {
        b'0'..=b'7' => (3, 8, 0),
        b'x' => (2, 16, 1),
        b'u' => (4, 16, 1),
        b'U' => (8, 16, 1),
        _ => return None,
    };
    let text = s.get(start..start + digits)?;
    // from_str_radix alone would also take a leading '+'.
    if !text.bytes().all(|d| char::from(d).is_digit(radix)) {
        return None;
    }
    let v = u32::from_str_radix(text, radix).ok()?;
    let rest = &s[start + digits..];
    match c {
        b'0'..=b'7' => (v <= 255).then_some((Escaped::Byte(v as u8), rest)),
        b'x' => Some((Escaped::Byte(v as u8), rest)),
        _ => char::from_u32(v).map(|_| (Escaped::Rune(v), rest)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings() {
        assert_eq!(unquote(r#""fmt""#).unwrap(), b"fmt");
        assert_eq!(unquote(r#""a\tb\x41\101\u00e9""#).unwrap(), "a\tbAAé".as_bytes());
        assert_eq!(unquote("`raw\\n`").unwrap(), b"raw\\n");
        assert!(unquote(r#""bad\q""#).is_none());
        assert!(unquote(r#""unterminated"#).is_none());
    }

    #[test]
    fn runes() {
        assert_eq!(unquote_char("'a'"), Some(97));
        assert_eq!(unquote_char(r"'\n'"), Some(10));
        assert_eq!(unquote_char(r"'\U0001F600'"), Some(0x1F600));
        assert_eq!(unquote_char("'ab'"), None);
    }
}
