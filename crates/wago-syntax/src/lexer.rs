//! The scanner: turns Go source bytes into tokens, inserting semicolons the
//! way the spec (and `go/scanner`) does, and reporting lexical errors with
//! byte offsets. It knows nothing of the grammar.

use crate::token::Token;

const EOF: i32 = -1;
const BOM: i32 = 0xFEFF;

/// The kind and start of a token, as [`Lexer::next_token`] returns it: eight
/// bytes, so that it comes back in a register. The parser copies a token
/// right after scanning it, and a copy through memory of a struct whose
/// fields were just stored one by one stalls the processor (a wide load
/// cannot be forwarded from narrower pending stores): this is the hottest
/// hand-over of the parser.
#[derive(Clone, Copy, Debug)]
pub struct TokenHead {
    pub tok: Token,
    /// For `Semicolon`: inserted at a newline or EOF rather than written.
    pub newline: bool,
    pub pos: u32,
}

/// One scanned token. `pos..end` is the token's text (for a semicolon that
/// was inserted at a newline or EOF, `newline` is set and the text is the
/// newline or empty).
#[derive(Clone, Copy, Debug)]
pub struct Scanned {
    pub tok: Token,
    pub pos: u32,
    /// Offset just past the token's text.
    pub end: u32,
    /// Line (1-based) of `pos`, ignoring `//line` directives.
    pub line: u32,
    /// For `Semicolon`: inserted at a newline or EOF rather than written.
    pub newline: bool,
}

pub struct Lexer<'a> {
    src: &'a [u8],
    ch: i32,
    offset: usize,
    rd_offset: usize,
    line_offset: usize,
    line: u32,
    insert_semi: bool,
    /// Line (1-based) of the last token's start.
    pub token_line: u32,
    /// Offset just past the last token's text. A `usize` like `offset`,
    /// not a `u32` beside `token_line`: the parser copies both, and two
    /// adjacent `u32`s would be fused into one load, which stalls (see
    /// [`TokenHead`]).
    pub token_end: usize,
    /// The bytes of the identifier at `ident_pos`, zero-padded to sixteen
    /// (see [`crate::intern::Names::intern_words`]): the scanner has them
    /// in registers, and the parser interns the identifier next.
    pub ident_words: (u64, u64),
    /// The offset of the last identifier of at most sixteen bytes that the
    /// fast path scanned, or `u32::MAX`.
    pub ident_pos: u32,
    /// Pending semicolon inside a `/* … */` comment that contained a newline.
    nl_pos: Option<(u32, u32)>,
    pub errors: Vec<(u32, String)>,
    /// Valid `//line` directives as go/token records them: the offset just
    /// after the directive and the line number it gives that offset's line;
    /// offsets strictly increase. go/parser's one-error-per-line rule
    /// compares these adjusted lines.
    pub line_directives: Vec<(u32, u32)>,
}

fn is_decimal(ch: i32) -> bool {
    (b'0' as i32..=b'9' as i32).contains(&ch)
}
fn is_hex(ch: i32) -> bool {
    is_decimal(ch) || (b'a' as i32..=b'f' as i32).contains(&lower(ch))
}
fn lower(ch: i32) -> i32 {
    (b'a' as i32 - b'A' as i32) | ch
}
fn is_letter(ch: i32) -> bool {
    let l = lower(ch);
    (b'a' as i32..=b'z' as i32).contains(&l)
        || ch == b'_' as i32
        || (ch >= 0x80 && char::from_u32(ch as u32).is_some_and(crate::unicode::is_letter))
}
fn is_digit(ch: i32) -> bool {
    is_decimal(ch) || (ch >= 0x80 && char::from_u32(ch as u32).is_some_and(crate::unicode::is_digit))
}
fn digit_val(ch: i32) -> u32 {
    match ch {
        0x30..=0x39 => (ch - 0x30) as u32,
        0x61..=0x66 => (ch - 0x61 + 10) as u32,
        0x41..=0x46 => (ch - 0x41 + 10) as u32,
        _ => 16,
    }
}

/// Formats a rune as Go's `%#U` does: `U+0041 'A'`.
pub(crate) fn fmt_sharp_u(ch: i32) -> String {
    match char::from_u32(ch as u32) {
        Some(c) if crate::unicode::is_print(c) => format!("U+{:04X} '{}'", ch, c),
        _ => format!("U+{:04X}", ch),
    }
}

/// Formats a rune as Go's `%q` does for runes.
pub(crate) fn fmt_quote_rune(ch: i32) -> String {
    match char::from_u32(ch as u32) {
        Some('\'') => "'\\''".into(),
        Some('\\') => "'\\\\'".into(),
        Some(c) if crate::unicode::is_print(c) => format!("'{c}'"),
        Some('\x07') => "'\\a'".into(),
        Some('\x08') => "'\\b'".into(),
        Some('\x0c') => "'\\f'".into(),
        Some('\n') => "'\\n'".into(),
        Some('\r') => "'\\r'".into(),
        Some('\t') => "'\\t'".into(),
        Some('\x0b') => "'\\v'".into(),
        Some(c) if (c as u32) < 0x80 => format!("'\\x{:02x}'", c as u32),
        Some(c) if (c as u32) < 0x10000 => format!("'\\u{:04x}'", c as u32),
        Some(c) => format!("'\\U{:08x}'", c as u32),
        None => "'\\ufffd'".into(),
    }
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a str) -> Self {
        let mut l = Lexer {
            src: src.as_bytes(),
            ch: b' ' as i32,
            offset: 0,
            rd_offset: 0,
            line_offset: 0,
            line: 1,
            insert_semi: false,
            token_line: 1,
            token_end: 0,
            ident_words: (0, 0),
            ident_pos: u32::MAX,
            nl_pos: None,
            errors: Vec::new(),
            line_directives: Vec::new(),
        };
        l.next();
        if l.ch == BOM {
            l.next(); // ignore a BOM at the start of the file
        }
        l
    }

    fn error(&mut self, offs: usize, msg: impl Into<String>) {
        self.errors.push((offs as u32, msg.into()));
    }

    /// Reads the next Unicode character into `self.ch`.
    #[inline]
    fn next(&mut self) {
        // Fast path: an ASCII character other than NUL.
        let i = self.rd_offset;
        if let Some(&b) = self.src.get(i)
            && b != 0
            && b < 0x80
        {
            self.offset = i;
            if self.ch == b'\n' as i32 {
                self.line_offset = i;
                self.line += 1;
            }
            self.rd_offset = i + 1;
            self.ch = b as i32;
            return;
        }
        self.next_slow();
    }

    /// `next` for NUL, non-ASCII characters and the end of the file.
    #[inline(never)]
    fn next_slow(&mut self) {
        if self.rd_offset < self.src.len() {
            self.offset = self.rd_offset;
            if self.ch == b'\n' as i32 {
                self.line_offset = self.offset;
                self.line += 1;
            }
            let b = self.src[self.rd_offset];
            let (r, w) = if b == 0 {
                self.error(self.offset, "illegal character NUL");
                (0, 1)
            } else if b < 0x80 {
                (b as i32, 1)
            } else {
                self.decode_non_ascii()
            };
            self.rd_offset += w;
            self.ch = r;
        } else {
            self.offset = self.src.len();
            if self.ch == b'\n' as i32 {
                self.line_offset = self.offset;
                self.line += 1;
            }
            self.ch = EOF;
        }
    }

    fn decode_non_ascii(&mut self) -> (i32, usize) {
        let rest = &self.src[self.rd_offset..];
        let len = match rest[0] {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => 0,
        };
        let decoded = (len > 0 && rest.len() >= len)
            .then(|| std::str::from_utf8(&rest[..len]).ok())
            .flatten()
            .and_then(|s| s.chars().next());
        match decoded {
            Some(c) => {
                if c as i32 == BOM && self.offset > 0 {
                    self.error(self.offset, "illegal byte order mark");
                }
                (c as i32, len)
            }
            None => {
                if self.offset == 0
                    && rest.len() >= 2
                    && (rest[0] == 0xFF && rest[1] == 0xFE || rest[0] == 0xFE && rest[1] == 0xFF)
                {
                    self.error(self.offset, "illegal UTF-8 encoding (got UTF-16)");
                    return (0xFFFD, rest.len());
                }
                self.error(self.offset, "illegal UTF-8 encoding");
                (0xFFFD, 1)
            }
        }
    }

    fn peek(&self) -> u8 {
        self.src.get(self.rd_offset).copied().unwrap_or(0)
    }

    /// Scans the next token, comments included.
    pub fn scan(&mut self) -> Scanned {
        let TokenHead { tok, newline, pos } = self.next_token();
        Scanned { tok, pos, end: self.token_end as u32, line: self.token_line, newline }
    }

    /// Scans the next token, comments included; its end and line are left
    /// in `token_end` and `token_line`.
    #[inline]
    pub fn next_token(&mut self) -> TokenHead {
        if self.nl_pos.is_none()
            && let Some(head) = self.scan_common()
        {
            return head;
        }
        self.scan_general()
    }

    /// Skips whitespace and scans the most frequent tokens (ASCII
    /// identifiers and keywords, operators, decimal integers, strings
    /// without escapes) on a local cursor, writing the
    /// scanner's state back once per token rather than once per character.
    /// For anything else it returns `None` with the whitespace skipped and
    /// the state in step, for [`Self::scan_general`]. One function on
    /// purpose: moving the per-class arms into a helper that returns an
    /// `Option` measured 6% slower.
    #[inline(always)]
    fn scan_common(&mut self) -> Option<TokenHead> {
        let src = self.src;
        let start = self.offset;
        let mut i = start;
        let mut line = self.line;
        let mut line_offset = self.line_offset;
        let newline_is_space = !self.insert_semi;
        let first = loop {
            let Some(&b) = src.get(i) else { break None };
            // Most tokens follow no blank at all, or one space: test those
            // first, with no jump table.
            if b > b' ' {
                break Some(b);
            }
            // A bit test, not a comparison chain (which becomes a jump table).
            const BLANKS: u64 = 1 << b' ' | 1 << b'\t' | 1 << b'\r';
            if BLANKS >> b & 1 != 0 {
                i += 1;
            } else if b == b'\n' && newline_is_space {
                i += 1;
                line += 1;
                line_offset = i;
            } else {
                break Some(b);
            }
        };
        let pos = i as u32;
        let (tok, end, insert_semi) = match first.map_or(Class::Other, |b| BYTE_CLASS[b as usize]) {
            Class::Letter => {
                let ident = scan_ascii_ident(src, i);
                let j = ident.end;
                if src.get(j).is_some_and(|&b| b >= 0x80) {
                    // Perhaps a non-ASCII letter: the general path decodes it.
                    self.resync(i, start, line, line_offset);
                    return None;
                }
                let tok = match ident.words {
                    Some([a, b]) => {
                        self.ident_words = (a, b);
                        self.ident_pos = pos;
                        Token::keyword_of_words(a, b, j - i).unwrap_or(Token::Ident)
                    }
                    None => Token::keyword(&src[i..j]).unwrap_or(Token::Ident),
                };
                let semi =
                    matches!(tok, Token::Ident | Token::Break | Token::Continue | Token::Fallthrough | Token::Return);
                (tok, j, semi)
            }
            Class::Single(tok) => (tok, i + 1, matches!(tok, Token::RParen | Token::RBrack | Token::RBrace)),
            Class::Digit => {
                let mut j = i + 1;
                while src.get(j).is_some_and(u8::is_ascii_digit) {
                    j += 1;
                }
                let suffix = src.get(j).is_some_and(|&b| b.is_ascii_alphabetic() || b == b'_' || b == b'.');
                if suffix || src[i] == b'0' && j > i + 1 {
                    // A prefix, fraction, exponent, separator or octal
                    // digits: the general path checks them.
                    self.resync(i, start, line, line_offset);
                    return None;
                }
                (Token::Int, j, true)
            }
            Class::Quote => {
                let mut j = i + 1;
                while let Some(&b) = src.get(j)
                    && PLAIN_IN_STRING[b as usize]
                {
                    j += 1;
                }
                if src.get(j) != Some(&b'"') {
                    // An escape, a non-ASCII character, or no end on this
                    // line: the general path checks them.
                    self.resync(i, start, line, line_offset);
                    return None;
                }
                (Token::String, j + 1, true)
            }
            Class::Operator => {
                let at = |k: usize| src.get(k).copied().unwrap_or(0);
                let Some((tok, len)) = operator(at(i), at(i + 1), at(i + 2)) else {
                    self.resync(i, start, line, line_offset);
                    return None;
                };
                (tok, i + len, matches!(tok, Token::Inc | Token::Dec))
            }
            Class::Newline => {
                // Not blank space after a token that ends a statement: a
                // semicolon, inserted here (a fifth of all tokens).
                self.line = line + 1;
                self.line_offset = i + 1;
                self.seek(i + 1);
                self.insert_semi = false;
                return Some(self.inserted_semi(pos, pos + 1, line));
            }
            Class::Other => {
                self.resync(i, start, line, line_offset);
                return None;
            }
        };
        self.line = line;
        self.line_offset = line_offset;
        self.seek(end);
        self.insert_semi = insert_semi;
        self.token_line = line;
        self.token_end = end;
        Some(TokenHead { tok, newline: false, pos })
    }

    /// Puts the scanner on the character at `i`, which follows an ASCII
    /// byte, as `next` would; a newline before it is the caller's to count.
    #[inline(always)]
    fn seek(&mut self, i: usize) {
        self.ch = b' ' as i32;
        self.rd_offset = i;
        self.next();
    }

    /// Writes back the whitespace `scan_common` skipped, from `start` to `i`.
    #[inline(always)]
    fn resync(&mut self, i: usize, start: usize, line: u32, line_offset: usize) {
        if i != start {
            self.line = line;
            self.line_offset = line_offset;
            self.seek(i);
        }
    }

    /// Scans any token, from the current character.
    #[inline(never)]
    fn scan_general(&mut self) -> TokenHead {
        if let Some((pos, line)) = self.nl_pos.take() {
            return self.inserted_semi(pos, pos + 1, line);
        }
        self.skip_whitespace();
        let pos = self.offset as u32;
        let line = self.line;
        let mut insert_semi = false;
        let ch = self.ch;
        let tok = if is_letter(ch) {
            let start = self.offset;
            self.scan_identifier();
            let word = &self.src[start..self.offset];
            let tok = if word.len() > 1 { Token::keyword(word).unwrap_or(Token::Ident) } else { Token::Ident };
            insert_semi =
                matches!(tok, Token::Ident | Token::Break | Token::Continue | Token::Fallthrough | Token::Return);
            tok
        } else if is_decimal(ch) || ch == b'.' as i32 && is_decimal(self.peek() as i32) {
            insert_semi = true;
            self.scan_number()
        } else {
            self.next(); // always make progress
            match ch {
                EOF => {
                    if self.insert_semi {
                        self.insert_semi = false;
                        return self.inserted_semi(pos, pos, line);
                    }
                    Token::Eof
                }
                0x0A => {
                    self.insert_semi = false;
                    return self.inserted_semi(pos, pos + 1, line);
                }
                _ => self.scan_operator(ch, pos, &mut insert_semi),
            }
        };
        self.insert_semi = insert_semi;
        self.token_line = line;
        self.token_end = self.offset;
        TokenHead { tok, newline: false, pos }
    }

    fn inserted_semi(&mut self, pos: u32, end: u32, line: u32) -> TokenHead {
        self.token_line = line;
        self.token_end = end as usize;
        TokenHead { tok: Token::Semicolon, newline: true, pos }
    }

    /// Scans an operator, string, rune or comment whose first character `ch`
    /// has been consumed.
    fn scan_operator(&mut self, ch: i32, pos: u32, insert_semi: &mut bool) -> Token {
        use Token::*;
        let c = if (0..0x80).contains(&ch) { ch as u8 } else { 0x80 };
        match c {
            b'"' => {
                *insert_semi = true;
                self.scan_string();
                String
            }
            b'\'' => {
                *insert_semi = true;
                self.scan_rune();
                Char
            }
            b'`' => {
                *insert_semi = true;
                self.scan_raw_string();
                String
            }
            b':' => self.switch2(Colon, Define),
            b'.' => {
                if self.ch == b'.' as i32 && self.peek() == b'.' {
                    self.next();
                    self.next();
                    Ellipsis
                } else {
                    Period
                }
            }
            b',' => Comma,
            b';' => Semicolon,
            b'(' => LParen,
            b')' => {
                *insert_semi = true;
                RParen
            }
            b'[' => LBrack,
            b']' => {
                *insert_semi = true;
                RBrack
            }
            b'{' => LBrace,
            b'}' => {
                *insert_semi = true;
                RBrace
            }
            b'+' => {
                let t = self.switch3(Add, AddAssign, b'+', Inc);
                *insert_semi = t == Inc;
                t
            }
            b'-' => {
                let t = self.switch3(Sub, SubAssign, b'-', Dec);
                *insert_semi = t == Dec;
                t
            }
            b'*' => self.switch2(Mul, MulAssign),
            b'/' => {
                if self.ch == b'/' as i32 || self.ch == b'*' as i32 {
                    let nl_offset = self.scan_comment();
                    if self.insert_semi && nl_offset.is_some() {
                        // A /*…*/ comment containing a newline: return the
                        // comment, then a semicolon at that newline.
                        self.nl_pos = nl_offset;
                        self.insert_semi = false;
                    } else {
                        *insert_semi = self.insert_semi;
                    }
                    Comment
                } else {
                    self.switch2(Quo, QuoAssign)
                }
            }
            b'%' => self.switch2(Rem, RemAssign),
            b'^' => self.switch2(Xor, XorAssign),
            b'<' => {
                if self.ch == b'-' as i32 {
                    self.next();
                    Arrow
                } else {
                    self.switch4(Lss, Leq, b'<', Shl, ShlAssign)
                }
            }
            b'>' => self.switch4(Gtr, Geq, b'>', Shr, ShrAssign),
            b'=' => self.switch2(Assign, Eql),
            b'!' => self.switch2(Not, Neq),
            b'&' => {
                if self.ch == b'^' as i32 {
                    self.next();
                    self.switch2(AndNot, AndNotAssign)
                } else {
                    self.switch3(And, AndAssign, b'&', LAnd)
                }
            }
            b'|' => self.switch3(Or, OrAssign, b'|', LOr),
            b'~' => Tilde,
            _ => {
                if ch != BOM {
                    if ch == 0x201C || ch == 0x201D {
                        let q = fmt_quote_rune(ch);
                        self.error(pos as usize, format!("curly quotation mark {q} (use neutral '\"')"));
                    } else {
                        self.error(pos as usize, format!("illegal character {}", fmt_sharp_u(ch)));
                    }
                }
                *insert_semi = self.insert_semi;
                Illegal
            }
        }
    }

    /// Skips blanks, and newlines unless one would end the line with a
    /// semicolon. Specialised from `skip_ascii_while`: it runs before
    /// every token.
    fn skip_whitespace(&mut self) {
        let newline_is_space = !self.insert_semi;
        let mut i = self.offset;
        while let Some(&b) = self.src.get(i) {
            match b {
                b' ' | b'\t' | b'\r' => i += 1,
                b'\n' if newline_is_space => {
                    i += 1;
                    self.line += 1;
                    self.line_offset = i;
                }
                _ => break,
            }
        }
        if i != self.offset {
            // The newlines skipped are counted; don't let `next` count the last one again.
            self.ch = b' ' as i32;
            self.rd_offset = i;
            self.next();
        }
    }

    /// Moves past the ASCII bytes (NUL excluded) for which `plain` holds,
    /// as calls of `next` would, but a byte at a time without decoding:
    /// the fast path of whitespace, strings and comments.
    fn skip_ascii_while(&mut self, plain: impl Fn(u8) -> bool) {
        let mut i = self.offset;
        while let Some(&b) = self.src.get(i) {
            if b == 0 || b >= 0x80 || !plain(b) {
                break;
            }
            i += 1;
            if b == b'\n' {
                self.line += 1;
                self.line_offset = i;
            }
        }
        if i != self.offset {
            // The newlines skipped are counted; don't let `next` count the last one again.
            self.ch = b' ' as i32;
            self.rd_offset = i;
            self.next();
        }
    }

    fn switch2(&mut self, t0: Token, t1: Token) -> Token {
        if self.ch == b'=' as i32 {
            self.next();
            return t1;
        }
        t0
    }
    fn switch3(&mut self, t0: Token, t1: Token, ch2: u8, t2: Token) -> Token {
        if self.ch == b'=' as i32 {
            self.next();
            return t1;
        }
        if self.ch == ch2 as i32 {
            self.next();
            return t2;
        }
        t0
    }
    fn switch4(&mut self, t0: Token, t1: Token, ch2: u8, t2: Token, t3: Token) -> Token {
        if self.ch == b'=' as i32 {
            self.next();
            return t1;
        }
        if self.ch == ch2 as i32 {
            self.next();
            if self.ch == b'=' as i32 {
                self.next();
                return t3;
            }
            return t2;
        }
        t0
    }

    fn scan_identifier(&mut self) {
        // Fast path over ASCII letters and digits.
        let mut i = self.rd_offset;
        while i < self.src.len() {
            let b = self.src[i];
            if IDENT_BYTE[b as usize] {
                i += 1;
                continue;
            }
            if b >= 0x80 {
                break;
            }
            // ASCII non-identifier byte: finish here, on it (what `next`
            // would do; the byte before is no newline, and NUL is an error
            // `next` reports).
            if b != 0 {
                self.offset = i;
                self.rd_offset = i + 1;
                self.ch = b as i32;
                return;
            }
            self.rd_offset = i;
            self.offset = i - 1;
            self.ch = self.src[i - 1] as i32;
            self.next();
            return;
        }
        if i > self.rd_offset {
            self.rd_offset = i;
            self.offset = i - 1;
            self.ch = self.src[i - 1] as i32;
        }
        self.next();
        while is_letter(self.ch) || is_digit(self.ch) {
            self.next();
        }
    }

    /// Scans a comment whose '/' has been consumed. Returns the offset and
    /// line of the first newline inside a `/*…*/` comment.
    fn scan_comment(&mut self) -> Option<(u32, u32)> {
        let offs = self.offset - 1;
        let mut valid = false;
        let mut nl: Option<(u32, u32)> = None;
        if self.ch == b'/' as i32 {
            self.next();
            // Fast skip to the end of the line.
            let rest = &self.src[self.offset..];
            let n = plain_line_len(rest);
            if n > 0 {
                self.rd_offset = self.offset + n;
                self.offset = self.rd_offset - 1;
                self.ch = self.src[self.offset] as i32;
                self.next();
            }
            while self.ch != b'\n' as i32 && self.ch >= 0 {
                self.next();
            }
            valid = true;
        } else {
            self.next();
            let mut terminated = false;
            while self.ch >= 0 {
                let first_nl_seen = nl.is_some();
                self.skip_ascii_while(|b| b != b'*' && (b != b'\n' || first_nl_seen));
                let ch = self.ch;
                if ch < 0 {
                    break;
                }
                if ch == b'\n' as i32 && nl.is_none() {
                    nl = Some((self.offset as u32, self.line));
                }
                self.next();
                if ch == b'*' as i32 && self.ch == b'/' as i32 {
                    self.next();
                    valid = true;
                    terminated = true;
                    break;
                }
            }
            if !terminated {
                self.error(offs, "comment not terminated");
            }
        }
        let is_line_start = offs == self.line_offset || self.src[offs + 1] == b'*';
        if valid && is_line_start && self.src[offs + 2..].starts_with(b"line ") {
            self.check_line_directive(offs);
        }
        nl
    }

    /// Validates a `//line` or `/*line` directive's numbers, reporting the
    /// errors `go/scanner` reports. Positions are not remapped here: the
    /// parser's positions are physical; mapping is the diagnostics' job.
    fn check_line_directive(&mut self, offs: usize) {
        let mut text = &self.src[offs..self.offset];
        if text[1] == b'/' && text.ends_with(b"\r") {
            text = &text[..text.len() - 1];
        }
        if text[1] == b'*' {
            text = &text[..text.len() - 2];
        }
        let mut text = &text[7..];
        let offs = offs + 7;
        let Some((mut i, n)) = trailing_digits(text) else {
            return;
        };
        let Some(n) = n else {
            self.bad_line_number(offs + i, "line", &text[i..]);
            return;
        };
        const MAX: u64 = 1 << 30;
        let line = match trailing_digits(&text[..i - 1]) {
            Some((i2, Some(line))) => {
                // filename:line:col
                if n == 0 || n > MAX {
                    self.bad_line_number(offs + i, "column", &text[i..]);
                    return;
                }
                text = &text[..i - 1];
                i = i2;
                line
            }
            _ => n,
        };
        if line == 0 || line > MAX {
            self.bad_line_number(offs + i, "line", &text[i..]);
            return;
        }
        // The directive applies from the next line (`//`) or right after it (`/* */`).
        let line_comment = self.src[offs - 6] == b'/';
        let next = self.offset + usize::from(line_comment && self.ch == b'\n' as i32);
        let is_new = self.line_directives.last().is_none_or(|&(last, _)| (last as usize) < next);
        if is_new && next < self.src.len() {
            self.line_directives.push((next as u32, line as u32));
        }
    }

    fn bad_line_number(&mut self, offs: usize, what: &str, digits: &[u8]) {
        self.error(offs, format!("invalid {what} number: {}", String::from_utf8_lossy(digits)));
    }

    fn digits(&mut self, base: u32, invalid: &mut Option<usize>) -> u32 {
        let mut digsep = 0;
        if base <= 10 {
            let max = b'0' as i32 + base as i32;
            while is_decimal(self.ch) || self.ch == b'_' as i32 {
                let mut ds = 1;
                if self.ch == b'_' as i32 {
                    ds = 2;
                } else if self.ch >= max && invalid.is_none() {
                    *invalid = Some(self.offset);
                }
                digsep |= ds;
                self.next();
            }
        } else {
            while is_hex(self.ch) || self.ch == b'_' as i32 {
                digsep |= if self.ch == b'_' as i32 { 2 } else { 1 };
                self.next();
            }
        }
        digsep
    }

    fn scan_number(&mut self) -> Token {
        let offs = self.offset;
        let mut tok = Token::Illegal;
        let mut base = 10;
        let mut prefix = 0u8;
        let mut digsep = 0;
        let mut invalid = None;
        if self.ch != b'.' as i32 {
            tok = Token::Int;
            if self.ch == b'0' as i32 {
                self.next();
                match lower(self.ch) as u8 {
                    b'x' => {
                        self.next();
                        (base, prefix) = (16, b'x');
                    }
                    b'o' => {
                        self.next();
                        (base, prefix) = (8, b'o');
                    }
                    b'b' => {
                        self.next();
                        (base, prefix) = (2, b'b');
                    }
                    _ => {
                        (base, prefix) = (8, b'0');
                        digsep = 1;
                    }
                }
            }
            digsep |= self.digits(base, &mut invalid);
        }
        if self.ch == b'.' as i32 {
            tok = Token::Float;
            if prefix == b'o' || prefix == b'b' {
                self.error(self.offset, format!("invalid radix point in {}", litname(prefix)));
            }
            self.next();
            digsep |= self.digits(base, &mut invalid);
        }
        if digsep & 1 == 0 {
            self.error(self.offset, format!("{} has no digits", litname(prefix)));
        }
        let e = lower(self.ch);
        if e == b'e' as i32 || e == b'p' as i32 {
            if e == b'e' as i32 && prefix != 0 && prefix != b'0' {
                let q = fmt_quote_rune(self.ch);
                self.error(self.offset, format!("{q} exponent requires decimal mantissa"));
            } else if e == b'p' as i32 && prefix != b'x' {
                let q = fmt_quote_rune(self.ch);
                self.error(self.offset, format!("{q} exponent requires hexadecimal mantissa"));
            }
            self.next();
            tok = Token::Float;
            if self.ch == b'+' as i32 || self.ch == b'-' as i32 {
                self.next();
            }
            let ds = self.digits(10, &mut None);
            digsep |= ds;
            if ds & 1 == 0 {
                self.error(self.offset, "exponent has no digits");
            }
        } else if prefix == b'x' && tok == Token::Float {
            self.error(self.offset, "hexadecimal mantissa requires a 'p' exponent");
        }
        if self.ch == b'i' as i32 {
            tok = Token::Imag;
            self.next();
        }
        let lit = &self.src[offs..self.offset];
        if tok == Token::Int
            && let Some(inv) = invalid
        {
            let q = fmt_quote_rune(lit[inv - offs] as i32);
            self.error(inv, format!("invalid digit {q} in {}", litname(prefix)));
        }
        if digsep & 2 != 0
            && let Some(i) = invalid_sep(lit)
        {
            self.error(offs + i, "'_' must separate successive digits");
        }
        tok
    }

    fn scan_escape(&mut self, quote: u8) -> bool {
        let offs = self.offset;
        let (mut n, base, max): (u32, u32, u32) = match self.ch {
            0x61 | 0x62 | 0x66 | 0x6E | 0x72 | 0x74 | 0x76 | 0x5C => {
                self.next();
                return true;
            }
            c if c == quote as i32 => {
                self.next();
                return true;
            }
            0x30..=0x37 => (3, 8, 255),
            0x78 => {
                self.next();
                (2, 16, 255)
            }
            0x75 => {
                self.next();
                (4, 16, 0x10FFFF)
            }
            0x55 => {
                self.next();
                (8, 16, 0x10FFFF)
            }
            _ => {
                let msg = if self.ch < 0 { "escape sequence not terminated" } else { "unknown escape sequence" };
                self.error(offs, msg);
                return false;
            }
        };
        let mut x: u32 = 0;
        while n > 0 {
            let d = digit_val(self.ch);
            if d >= base {
                let msg = if self.ch < 0 {
                    "escape sequence not terminated".to_string()
                } else {
                    format!("illegal character {} in escape sequence", fmt_sharp_u(self.ch))
                };
                self.error(self.offset, msg);
                return false;
            }
            x = x.wrapping_mul(base).wrapping_add(d);
            self.next();
            n -= 1;
        }
        if x > max || (0xD800..0xE000).contains(&x) {
            self.error(offs, "escape sequence is invalid Unicode code point");
            return false;
        }
        true
    }

    fn scan_rune(&mut self) {
        let offs = self.offset - 1;
        let mut valid = true;
        let mut n = 0;
        loop {
            let ch = self.ch;
            if ch == b'\n' as i32 || ch < 0 {
                if valid {
                    self.error(offs, "rune literal not terminated");
                    valid = false;
                }
                break;
            }
            self.next();
            if ch == b'\'' as i32 {
                break;
            }
            n += 1;
            if ch == b'\\' as i32 && !self.scan_escape(b'\'') {
                valid = false;
            }
        }
        if valid && n != 1 {
            self.error(offs, "illegal rune literal");
        }
    }

    fn scan_string(&mut self) {
        let offs = self.offset - 1;
        loop {
            self.skip_ascii_while(|b| b != b'"' && b != b'\\' && b != b'\n');
            let ch = self.ch;
            if ch == b'\n' as i32 || ch < 0 {
                self.error(offs, "string literal not terminated");
                break;
            }
            self.next();
            if ch == b'"' as i32 {
                break;
            }
            if ch == b'\\' as i32 {
                self.scan_escape(b'"');
            }
        }
    }

    fn scan_raw_string(&mut self) {
        let offs = self.offset - 1;
        loop {
            self.skip_ascii_while(|b| b != b'`');
            let ch = self.ch;
            if ch < 0 {
                self.error(offs, "raw string literal not terminated");
                break;
            }
            self.next();
            if ch == b'`' as i32 {
                break;
            }
        }
    }
}

/// What a token's first byte tells [`Lexer::scan_common`].
#[derive(Clone, Copy)]
enum Class {
    /// An ASCII letter or `_`: an identifier or keyword starts.
    Letter,
    /// A token of this one byte, whatever follows.
    Single(Token),
    /// A double quote: an interpreted string starts.
    Quote,
    /// A decimal digit: a number starts.
    Digit,
    /// A newline that the blank space before a token did not take: it
    /// follows a token after which a semicolon is inserted.
    Newline,
    /// An operator, perhaps of more bytes, or a comment or number: see [`operator`].
    Operator,
    /// Anything else: whitespace not skipped, digits, operators that may
    /// have a second byte, literals, comments, non-ASCII, the end.
    Other,
}

static BYTE_CLASS: [Class; 256] = {
    let mut table = [Class::Other; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = match c {
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => Class::Letter,
            b'0'..=b'9' => Class::Digit,
            b'\n' => Class::Newline,
            b'"' => Class::Quote,
            b',' => Class::Single(Token::Comma),
            b';' => Class::Single(Token::Semicolon),
            b'(' => Class::Single(Token::LParen),
            b')' => Class::Single(Token::RParen),
            b'[' => Class::Single(Token::LBrack),
            b']' => Class::Single(Token::RBrack),
            b'{' => Class::Single(Token::LBrace),
            b'}' => Class::Single(Token::RBrace),
            b'~' => Class::Single(Token::Tilde),
            b'.' | b':' | b'=' | b'!' | b'*' | b'%' | b'^' | b'/' | b'+' | b'-' | b'|' | b'&' | b'<' | b'>' => {
                Class::Operator
            }
            _ => Class::Other,
        };
        b += 1;
    }
    table
};

/// The operator starting with the ASCII byte `b`, followed by `next` and
/// `after` (NUL past the end), and its length; `None` for what only
/// [`Lexer::scan_general`] scans: comments, and a `.` that starts a number
/// or may start `...`.
#[inline(always)]
fn operator(b: u8, next: u8, after: u8) -> Option<(Token, usize)> {
    use Token::*;
    let or_assign = |plain: Token, assign: Token| if next == b'=' { (assign, 2) } else { (plain, 1) };
    Some(match b {
        b'.' if next == b'.' || next.is_ascii_digit() => return None,
        b'.' => (Period, 1),
        b':' => or_assign(Colon, Define),
        b'=' => or_assign(Assign, Eql),
        b'!' => or_assign(Not, Neq),
        b'*' => or_assign(Mul, MulAssign),
        b'%' => or_assign(Rem, RemAssign),
        b'^' => or_assign(Xor, XorAssign),
        b'/' if next == b'/' || next == b'*' => return None,
        b'/' => or_assign(Quo, QuoAssign),
        b'+' if next == b'+' => (Inc, 2),
        b'+' => or_assign(Add, AddAssign),
        b'-' if next == b'-' => (Dec, 2),
        b'-' => or_assign(Sub, SubAssign),
        b'|' if next == b'|' => (LOr, 2),
        b'|' => or_assign(Or, OrAssign),
        b'&' => match next {
            b'&' => (LAnd, 2),
            b'^' if after == b'=' => (AndNotAssign, 3),
            b'^' => (AndNot, 2),
            _ => or_assign(And, AndAssign),
        },
        b'<' => match next {
            b'-' => (Arrow, 2),
            b'<' if after == b'=' => (ShlAssign, 3),
            b'<' => (Shl, 2),
            _ => or_assign(Lss, Leq),
        },
        b'>' => match next {
            b'>' if after == b'=' => (ShrAssign, 3),
            b'>' => (Shr, 2),
            _ => or_assign(Gtr, Geq),
        },
        _ => return None,
    })
}

/// The bytes of an interpreted string that need no check: ASCII but NUL,
/// newline, `"` and `\`.
static PLAIN_IN_STRING: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 1;
    while b < 128 {
        table[b] = b as u8 != b'\n' && b as u8 != b'"' && b as u8 != b'\\';
        b += 1;
    }
    table
};

/// The ASCII bytes that continue an identifier: one load instead of three
/// range tests in the scanner's hottest loop.
static IDENT_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric() || b as u8 == b'_';
        b += 1;
    }
    table
};

const LOW_BITS: u64 = 0x7f7f_7f7f_7f7f_7f7f;
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `w` that is an ASCII letter, digit or `_`.
/// Each test adds a per-byte constant to the low seven bits, which cannot
/// carry into the next byte: `x + (0x80 - lo)` reaches the high bit iff
/// `x >= lo`, and `x + (0x7f - hi)` iff `x > hi`.
#[inline(always)]
fn ident_bytes(w: u64) -> u64 {
    const fn splat(b: u8) -> u64 {
        0x0101_0101_0101_0101 * b as u64
    }
    let in_range = |x: u64, lo: u8, hi: u8| (x + splat(0x80 - lo)) & !(x + splat(0x7f - hi));
    let x = w & LOW_BITS;
    let letter = in_range(x | splat(0x20), b'a', b'z');
    let digit = in_range(x, b'0', b'9');
    let underscore = in_range(x, b'_', b'_');
    (letter | digit | underscore) & !w & HIGH_BITS
}

/// An identifier [`scan_ascii_ident`] found.
struct AsciiIdent {
    /// The index of the first byte after it.
    end: usize,
    /// Its bytes zero-padded to sixteen, when it has at most sixteen and
    /// sixteen bytes could be read from its start.
    words: Option<[u64; 2]>,
}

/// The bytes of the low `n` bytes of a word (`n < 8`).
#[inline(always)]
fn low_bytes(w: u64, n: u32) -> u64 {
    w & ((1u64 << (8 * n)) - 1)
}

/// Scans the ASCII identifier starting with the letter at `i`, a word at
/// a time, keeping the words of a short one for the keyword check and the
/// interner.
#[inline(always)]
fn scan_ascii_ident(src: &[u8], i: usize) -> AsciiIdent {
    let load = |k: usize| src.get(k..k + 8).map(|c| u64::from_le_bytes(c.try_into().unwrap_or_default()));
    if let Some(w) = load(i) {
        let stop = !ident_bytes(w) & HIGH_BITS;
        if stop != 0 {
            let n = stop.trailing_zeros() / 8;
            return AsciiIdent { end: i + n as usize, words: Some([low_bytes(w, n), 0]) };
        }
        if let Some(w2) = load(i + 8) {
            let stop = !ident_bytes(w2) & HIGH_BITS;
            if stop != 0 {
                let n = stop.trailing_zeros() / 8;
                return AsciiIdent { end: i + 8 + n as usize, words: Some([w, low_bytes(w2, n)]) };
            }
            return AsciiIdent { end: ascii_ident_end(src, i + 16), words: None };
        }
    }
    AsciiIdent { end: ascii_ident_end(src, i), words: None }
}

/// The index of the first byte at or after `j` that is not an ASCII
/// letter, digit or `_`. Eight bytes at a time: most identifiers then end
/// in the first word, without the mispredicted loop exit of a byte loop.
#[inline(always)]
fn ascii_ident_end(src: &[u8], mut j: usize) -> usize {
    while let Some(chunk) = src.get(j..j + 8) {
        let w = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let stop = !ident_bytes(w) & HIGH_BITS;
        if stop != 0 {
            return j + (stop.trailing_zeros() / 8) as usize;
        }
        j += 8;
    }
    while let Some(&b) = src.get(j)
        && IDENT_BYTE[b as usize]
    {
        j += 1;
    }
    j
}

/// The length of the run of ASCII bytes other than NUL and newline at the
/// start of `s`: how far a `//` comment goes before `next` must look at a
/// byte. Eight bytes at a time, since comments are a third of Go source.
fn plain_line_len(s: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut n = 0;
    while let Some(chunk) = s.get(n..n + 8) {
        let w = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let nl = w ^ (ONES * b'\n' as u64);
        // The lowest byte flagged in each term is exact (a borrow only
        // flags bytes above a real zero), so the lowest of all is the stop.
        let stop = ((w.wrapping_sub(ONES) & !w) | (nl.wrapping_sub(ONES) & !nl) | w) & HIGH;
        if stop != 0 {
            return n + (stop.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + s[n..].iter().position(|&b| b == b'\n' || b == 0 || b >= 0x80).unwrap_or(s.len() - n)
}

fn litname(prefix: u8) -> &'static str {
    match prefix {
        b'x' => "hexadecimal literal",
        b'o' | b'0' => "octal literal",
        b'b' => "binary literal",
        _ => "decimal literal",
    }
}

/// The index of the first misplaced `_` in a number literal, if any.
fn invalid_sep(x: &[u8]) -> Option<usize> {
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = x[1] | 0x20;
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || x1 == b'x' && d.is_ascii_hexdigit() {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    (d == b'_').then(|| x.len() - 1)
}

/// Splits `text` at its last ':'; returns the index after it and the
/// number that follows, if it parses.
fn trailing_digits(text: &[u8]) -> Option<(usize, Option<u64>)> {
    let i = text.iter().rposition(|&b| b == b':')?;
    let digits = &text[i + 1..];
    let n = (!digits.is_empty() && digits.iter().all(u8::is_ascii_digit))
        .then(|| std::str::from_utf8(digits).ok()?.parse::<u64>().ok())
        .flatten();
    Some((i + 1, n))
}

/// Removes `\r` from a raw string or comment the way `go/scanner` does.
pub fn strip_cr(b: &str, comment: bool) -> String {
    let bytes = b.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len());
    for (j, &ch) in bytes.iter().enumerate() {
        let keep = ch != b'\r'
            || comment && out.len() > 2 && out[out.len() - 1] == b'*' && j + 1 < bytes.len() && bytes[j + 1] == b'/';
        if keep {
            out.push(ch);
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ident_words_agree_with_the_byte_table() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = *b"aZ_09xyq";
                bytes[at] = b;
                let w = u64::from_le_bytes(bytes);
                let expected = (0..8).map(|k| u64::from(IDENT_BYTE[bytes[k] as usize]) << (8 * k + 7)).sum::<u64>();
                assert_eq!(ident_bytes(w), expected, "{b:#x} at {at}");
            }
        }
        let src =
            b"abc_def9 x abcdefghijklmnop+abcdefghijklmnopq-abcdefgh.abcdefghi(\xc3\xa9abcdefghijklmnopqrstuvwxyz";
        for j in 0..src.len() {
            let naive = j + src[j..].iter().position(|&b| !IDENT_BYTE[b as usize]).unwrap_or(src.len() - j);
            assert_eq!(ascii_ident_end(src, j), naive);
            if IDENT_BYTE[src[j] as usize] {
                let ident = scan_ascii_ident(src, j);
                assert_eq!(ident.end, naive);
                if let Some(words) = ident.words {
                    let mut padded = [0u8; 16];
                    padded[..naive - j].copy_from_slice(&src[j..naive]);
                    let a = u64::from_le_bytes(padded[..8].try_into().unwrap());
                    let b = u64::from_le_bytes(padded[8..].try_into().unwrap());
                    assert_eq!(words, [a, b], "{j}");
                }
            }
        }
    }

    #[test]
    fn plain_line_len_stops_where_a_byte_at_a_time_scan_does() {
        let text: Vec<u8> = b"// abc\x01\x7f\n\x00x\xc3\xa9yz \tq\x80\x0b\x09\x0a\x0a\x01\x00\xff end of a longer line"
            .iter()
            .copied()
            .cycle()
            .take(200)
            .collect();
        for start in 0..text.len() {
            for end in start..text.len().min(start + 40) {
                let s = &text[start..end];
                let naive = s.iter().position(|&b| b == b'\n' || b == 0 || b >= 0x80).unwrap_or(s.len());
                assert_eq!(plain_line_len(s), naive, "{s:?}");
            }
        }
    }
}
