//! The IR's text form, read back: [`parse_module`] accepts exactly what
//! `print` writes (and comments, `; …` to the end of a line), so IR can be
//! written by hand for tests and `print(parse(print(m))) == print(m)`.
//!
//! Reading goes in three steps. The lexer turns the text into tokens with
//! line and column. A pre-scan declares every module item (`global`,
//! `data`, `import func`, `func`) in text order, so items may be referred
//! to before their definition and keep their printed order. Then each item
//! is parsed; a function body is first read into a raw form that names
//! values and blocks by their text numbers, and lowered once the whole body
//! is known, so uses may come before definitions (dominance is the
//! verifier's business). Text numbers are kept as ids where that is cheap
//! (holes are filled with unused values and blocks outside the layout), so
//! printing the result shows the same names; absurdly sparse numbers are
//! renumbered densely instead.

use crate::entity::Id;
use crate::ir::*;
use crate::print::{binop_name, mem_suffix, op_mnemonic, unop_name};
use std::collections::HashMap;
use std::fmt;

/// A syntax error with its 1-based line and (byte) column.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ParseError {
    pub line: u32,
    pub col: u32,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.col, self.message)
    }
}

impl std::error::Error for ParseError {}

/// Reads a module from its text form.
pub fn parse_module(text: &str) -> Result<Module, ParseError> {
    let toks = lex(text)?;
    let mut p = Parser { src: text, toks, pos: 0, module: Module::default(), items: HashMap::new() };
    p.declare_items()?;
    p.parse_items()?;
    Ok(p.module)
}

// ---------------------------------------------------------------- lexer

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tok {
    /// Letters, digits, `_ . $`, and signs inside numbers: keywords,
    /// mnemonics, `v3`, `b1`, numbers.
    Word,
    /// `@name` or `@"quoted name"`.
    Name,
    /// `"bytes"`.
    Str,
    Punct(u8),
    Arrow,
    Newline,
    Eof,
}

#[derive(Clone, Copy, Debug)]
struct Token {
    kind: Tok,
    /// Byte offsets; the parser rejects texts of 4 GiB and more.
    start: u32,
    end: u32,
    line: u32,
    col: u32,
}

fn lex(src: &str) -> Result<Vec<Token>, ParseError> {
    let bytes = src.as_bytes();
    if u32::try_from(bytes.len()).is_err() {
        return Err(ParseError { line: 1, col: 1, message: "text too large (4 GiB or more)".into() });
    }
    // About one token per five bytes in printed IR.
    let mut toks = Vec::with_capacity(bytes.len() / 5 + 1);
    let (mut i, mut line, mut line_start) = (0usize, 1u32, 0usize);
    while i < bytes.len() {
        let col = (i - line_start + 1) as u32;
        let err = |message: String| ParseError { line, col, message };
        let start = i;
        let kind = match bytes[i] {
            b'\n' => {
                i += 1;
                Tok::Newline
            }
            b' ' | b'\t' | b'\r' => {
                i += 1;
                continue;
            }
            b';' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'"' => {
                i = string_end(bytes, i).ok_or_else(|| err("unterminated string".into()))?;
                Tok::Str
            }
            b'@' if bytes.get(i + 1) == Some(&b'"') => {
                i = string_end(bytes, i + 1).ok_or_else(|| err("unterminated quoted name".into()))?;
                Tok::Name
            }
            b'@' => {
                i += 1;
                while i < bytes.len() && is_name_byte(bytes[i]) {
                    i += 1;
                }
                if i == start + 1 {
                    return Err(err("expected a name after '@'".into()));
                }
                Tok::Name
            }
            b'-' if bytes.get(i + 1) == Some(&b'>') => {
                i += 2;
                Tok::Arrow
            }
            b'<' if src[i..].starts_with("<unterminated>") => {
                i += "<unterminated>".len();
                Tok::Word
            }
            b'-' if bytes.get(i + 1).is_some_and(|b| b.is_ascii_alphanumeric()) => {
                i = word_end(bytes, i + 1);
                Tok::Word
            }
            b if is_name_byte(b) => {
                i = word_end(bytes, i);
                Tok::Word
            }
            b @ (b'(' | b')' | b'{' | b'}' | b'[' | b']' | b',' | b':' | b'=' | b'+') => {
                i += 1;
                Tok::Punct(b)
            }
            _ => {
                let c = src[i..].chars().next().unwrap_or('?');
                return Err(err(format!("unexpected character {c:?}")));
            }
        };
        toks.push(Token { kind, start: start as u32, end: i as u32, line, col });
        if kind == Tok::Newline {
            line += 1;
            line_start = i;
        }
    }
    let col = (bytes.len() - line_start + 1) as u32;
    let end = bytes.len() as u32;
    toks.push(Token { kind: Tok::Eof, start: end, end, line, col });
    Ok(toks)
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'$')
}

/// The end of a word starting at `i`; a decimal number may carry an
/// exponent sign (`1e-7`).
fn word_end(bytes: &[u8], mut i: usize) -> usize {
    let start = i;
    let decimal = bytes[i].is_ascii_digit() && !(bytes[i] == b'0' && matches!(bytes.get(i + 1), Some(b'x' | b'X')));
    while i < bytes.len() {
        let b = bytes[i];
        let exp_sign = decimal && matches!(b, b'+' | b'-') && i > start && matches!(bytes[i - 1], b'e' | b'E');
        if !(is_name_byte(b) || exp_sign) {
            break;
        }
        i += 1;
    }
    i
}

/// The index just past the closing quote of a string opening at `open`.
fn string_end(bytes: &[u8], open: usize) -> Option<usize> {
    let mut i = open + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => return Some(i + 1),
            b'\\' => i += 2,
            b'\n' => return None,
            _ => i += 1,
        }
    }
    None
}

// ---------------------------------------------------------------- parser

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Item {
    Func(FuncId),
    Global(GlobalId),
    Data(DataId),
}

struct Parser<'a> {
    src: &'a str,
    toks: Vec<Token>,
    pos: usize,
    module: Module,
    items: HashMap<String, Item>,
}

type PResult<T> = Result<T, ParseError>;

impl<'a> Parser<'a> {
    fn peek(&self) -> Token {
        self.toks[self.pos]
    }
    fn text(&self, t: Token) -> &'a str {
        &self.src[t.start as usize..t.end as usize]
    }
    fn bump(&mut self) -> Token {
        let t = self.toks[self.pos];
        if t.kind != Tok::Eof {
            self.pos += 1;
        }
        t
    }
    fn error_at(&self, t: Token, message: impl Into<String>) -> ParseError {
        ParseError { line: t.line, col: t.col, message: message.into() }
    }
    fn describe(&self, t: Token) -> String {
        match t.kind {
            Tok::Newline => "end of line".into(),
            Tok::Eof => "end of file".into(),
            _ => format!("'{}'", self.text(t)),
        }
    }
    /// An "expected X, found Y" error at the next token.
    fn expected(&self, what: &str) -> ParseError {
        let t = self.peek();
        self.error_at(t, format!("expected {what}, found {}", self.describe(t)))
    }
    fn at_punct(&self, c: u8) -> bool {
        self.peek().kind == Tok::Punct(c)
    }
    fn eat_punct(&mut self, c: u8) -> bool {
        let hit = self.at_punct(c);
        if hit {
            self.bump();
        }
        hit
    }
    fn expect_punct(&mut self, c: u8, context: &str) -> PResult<()> {
        if self.eat_punct(c) { Ok(()) } else { Err(self.expected(&format!("'{}' {context}", c as char))) }
    }
    fn at_word(&self, w: &str) -> bool {
        let t = self.peek();
        t.kind == Tok::Word && self.text(t) == w
    }
    fn expect_word(&mut self, w: &str) -> PResult<()> {
        if self.at_word(w) {
            self.bump();
            Ok(())
        } else {
            Err(self.expected(&format!("'{w}'")))
        }
    }
    fn expect_word_tok(&mut self, what: &str) -> PResult<Token> {
        if self.peek().kind == Tok::Word { Ok(self.bump()) } else { Err(self.expected(what)) }
    }
    fn expect_line_end(&mut self) -> PResult<()> {
        match self.peek().kind {
            Tok::Newline => {
                self.bump();
                Ok(())
            }
            Tok::Eof => Ok(()),
            _ => Err(self.expected("end of line")),
        }
    }
    fn skip_newlines(&mut self) {
        while self.peek().kind == Tok::Newline {
            self.bump();
        }
    }

    // ------------------------------------------------ items

    /// Declares every item in text order (so ids, and thus printing order,
    /// follow the text) before anything refers to them.
    fn declare_items(&mut self) -> PResult<()> {
        let mut depth = 0i32;
        let mut line_start = true;
        for i in 0..self.toks.len() {
            let t = self.toks[i];
            match t.kind {
                Tok::Punct(b'{') => depth += 1,
                Tok::Punct(b'}') => depth -= 1,
                Tok::Word if line_start && depth == 0 => self.declare_at(i)?,
                _ => {}
            }
            line_start = t.kind == Tok::Newline;
        }
        Ok(())
    }

    fn declare_at(&mut self, i: usize) -> PResult<()> {
        let at = |n: usize| self.toks[(i + n).min(self.toks.len() - 1)];
        let (name_tok, kind) = match self.text(at(0)) {
            "global" => (at(1), "global"),
            "data" => (at(1), "data"),
            "func" => (at(1), "func"),
            "import" if self.text(at(1)) == "func" => (at(2), "func"),
            _ => return Ok(()),
        };
        if name_tok.kind != Tok::Name {
            return Ok(()); // reported when the item is parsed
        }
        let name = self.decode_name(name_tok)?;
        let item = match kind {
            "global" => Item::Global(self.module.globals.push(Global { name: name.clone(), ty: Ty::I32, init: 0 })),
            "data" => Item::Data(self.module.data.push(Data { name: name.clone(), ..Data::default() })),
            _ => Item::Func(self.module.funcs.push(Func {
                name: name.clone(),
                sig: Signature::default(),
                kind: FuncKind::Import { module: String::new(), name: String::new() },
                export: None,
            })),
        };
        if self.items.insert(name.clone(), item).is_some() {
            return Err(self.error_at(name_tok, format!("{} is defined twice", self.text(name_tok))));
        }
        Ok(())
    }

    fn parse_items(&mut self) -> PResult<()> {
        loop {
            self.skip_newlines();
            let t = self.peek();
            if t.kind == Tok::Eof {
                return Ok(());
            }
            match (t.kind, self.text(t)) {
                (Tok::Word, "global") => self.parse_global()?,
                (Tok::Word, "data") => self.parse_data()?,
                (Tok::Word, "import") => self.parse_import()?,
                (Tok::Word, "func") => self.parse_func()?,
                (Tok::Word, "entry") => self.parse_entry()?,
                _ => return Err(self.expected("'global', 'data', 'import', 'func' or 'entry'")),
            }
            self.expect_line_end()?;
        }
    }

    /// The item an `@name` refers to.
    fn item_ref(&mut self) -> PResult<(Item, Token)> {
        let t = self.peek();
        if t.kind != Tok::Name {
            return Err(self.expected("a name '@…'"));
        }
        self.bump();
        let name = self.decode_name(t)?;
        match self.items.get(&name) {
            Some(&item) => Ok((item, t)),
            None => Err(self.error_at(t, format!("unknown name {}", self.text(t)))),
        }
    }
    fn func_ref(&mut self) -> PResult<FuncId> {
        match self.item_ref()? {
            (Item::Func(f), _) => Ok(f),
            (_, t) => Err(self.error_at(t, format!("{} is not a function", self.text(t)))),
        }
    }
    fn global_ref(&mut self) -> PResult<GlobalId> {
        match self.item_ref()? {
            (Item::Global(g), _) => Ok(g),
            (_, t) => Err(self.error_at(t, format!("{} is not a global", self.text(t)))),
        }
    }
    fn data_ref(&mut self) -> PResult<DataId> {
        match self.item_ref()? {
            (Item::Data(d), _) => Ok(d),
            (_, t) => Err(self.error_at(t, format!("{} is not a data object", self.text(t)))),
        }
    }

    fn parse_global(&mut self) -> PResult<()> {
        self.bump();
        let g = self.global_ref()?;
        self.expect_punct(b':', "after the global's name")?;
        let ty = self.parse_ty()?;
        self.expect_punct(b'=', "before the global's initial value")?;
        let init = self.parse_const(ty)?;
        self.module.globals[g].ty = ty;
        self.module.globals[g].init = init;
        Ok(())
    }

    fn parse_data(&mut self) -> PResult<()> {
        self.bump();
        let d = self.data_ref()?;
        self.expect_word("align")?;
        let align = self.parse_u32("an alignment")?;
        self.expect_word("size")?;
        let size = self.parse_u32("a size")?;
        self.expect_punct(b'=', "before the data's bytes")?;
        let init = self.parse_bytes()?;
        let mut relocs = Vec::new();
        while self.at_word("reloc") {
            self.bump();
            let offset = self.parse_u32("a relocation offset")?;
            let target = match self.item_ref()? {
                (Item::Data(d), _) => {
                    self.expect_punct(b'+', "between a data name and its addend")?;
                    RelocTarget::Data(d, self.parse_u32("an addend")?)
                }
                (Item::Func(f), _) => RelocTarget::Func(f),
                (Item::Global(_), t) => return Err(self.error_at(t, "a relocation cannot refer to a global")),
            };
            relocs.push(Reloc { offset, target });
        }
        let data = &mut self.module.data[d];
        (data.align, data.size, data.init, data.relocs) = (align, size, init, relocs);
        Ok(())
    }

    fn parse_import(&mut self) -> PResult<()> {
        self.bump();
        self.expect_word("func")?;
        let f = self.func_ref()?;
        let sig = self.parse_sig()?;
        self.expect_punct(b'=', "before the import's module and name")?;
        let module = self.parse_utf8_string()?;
        let name = self.parse_utf8_string()?;
        let func = &mut self.module.funcs[f];
        func.sig = sig;
        func.kind = FuncKind::Import { module, name };
        Ok(())
    }

    fn parse_entry(&mut self) -> PResult<()> {
        self.bump();
        let f = self.func_ref()?;
        self.module.entry = Some(f);
        Ok(())
    }

    fn parse_func(&mut self) -> PResult<()> {
        self.bump();
        let f = self.func_ref()?;
        let sig = self.parse_sig()?;
        let mut export = None;
        if self.at_word("export") {
            self.bump();
            export = Some(self.parse_utf8_string()?);
        }
        self.expect_punct(b'{', "to open the function body")?;
        self.expect_line_end()?;
        let raw = self.parse_raw_body()?;
        self.expect_punct(b'}', "to close the function body")?;
        let body = raw.lower(self)?;
        let func = &mut self.module.funcs[f];
        (func.sig, func.export, func.kind) = (sig, export, FuncKind::Body(body));
        Ok(())
    }

    // ------------------------------------------------ small pieces

    fn parse_ty(&mut self) -> PResult<Ty> {
        let t = self.peek();
        let ty = Ty::ALL.into_iter().find(|ty| t.kind == Tok::Word && ty.name() == self.text(t));
        let ty = ty.ok_or_else(|| self.expected("a type (i32, i64, f32, f64, ptr)"))?;
        self.bump();
        Ok(ty)
    }

    fn parse_ty_list(&mut self) -> PResult<Vec<Ty>> {
        self.expect_punct(b'(', "to open a type list")?;
        let mut tys = Vec::new();
        if !self.eat_punct(b')') {
            loop {
                tys.push(self.parse_ty()?);
                if self.eat_punct(b')') {
                    break;
                }
                self.expect_punct(b',', "or ')' after a type")?;
            }
        }
        Ok(tys)
    }

    fn parse_sig(&mut self) -> PResult<Signature> {
        let params = self.parse_ty_list()?;
        if self.peek().kind != Tok::Arrow {
            return Err(self.expected("'->' after the parameter types"));
        }
        self.bump();
        let results = self.parse_ty_list()?;
        Ok(Signature { params, results })
    }

    fn parse_u32(&mut self, what: &str) -> PResult<u32> {
        let t = self.peek();
        let n = (t.kind == Tok::Word).then(|| self.text(t).parse::<u32>().ok()).flatten();
        let n = n.ok_or_else(|| self.expected(what))?;
        self.bump();
        Ok(n)
    }

    /// A constant of type `ty`, as its bits (32-bit types zero-extended).
    fn parse_const(&mut self, ty: Ty) -> PResult<u64> {
        let t = self.expect_word_tok(&format!("a {} constant", ty.name()))?;
        let text = self.text(t);
        const_bits(text, ty).ok_or_else(|| self.error_at(t, format!("invalid {} constant '{text}'", ty.name())))
    }

    fn parse_bytes(&mut self) -> PResult<Vec<u8>> {
        let t = self.peek();
        if t.kind != Tok::Str {
            return Err(self.expected("a string"));
        }
        self.bump();
        let body = &self.src[t.start as usize + 1..t.end as usize - 1];
        unescape_bytes(body).map_err(|(off, msg)| ParseError {
            line: t.line,
            col: t.col + 1 + off as u32,
            message: msg,
        })
    }

    fn parse_utf8_string(&mut self) -> PResult<String> {
        let t = self.peek();
        let bytes = self.parse_bytes()?;
        String::from_utf8(bytes).map_err(|_| self.error_at(t, "string is not valid UTF-8"))
    }

    fn decode_name(&self, t: Token) -> PResult<String> {
        let text = &self.src[t.start as usize + 1..t.end as usize];
        if !text.starts_with('"') {
            return Ok(text.to_string());
        }
        unescape_name(&text[1..text.len() - 1]).map_err(|(off, msg)| ParseError {
            line: t.line,
            col: t.col + 2 + off as u32,
            message: msg,
        })
    }

    /// `v<n>` as its text number.
    fn parse_value_ref(&mut self) -> PResult<ValRef> {
        let t = self.peek();
        let num = (t.kind == Tok::Word).then(|| numbered(self.text(t), 'v')).flatten();
        let num = num.ok_or_else(|| self.expected("a value 'v…'"))?;
        self.bump();
        Ok(ValRef { num, tok: t })
    }

    fn at_value(&self) -> bool {
        let t = self.peek();
        t.kind == Tok::Word && numbered(self.text(t), 'v').is_some()
    }

    /// Zero or more comma-separated values.
    fn parse_values(&mut self) -> PResult<Vec<ValRef>> {
        let mut vals = Vec::new();
        if !self.at_value() {
            return Ok(vals);
        }
        loop {
            vals.push(self.parse_value_ref()?);
            if self.at_value() {
                return Err(self.expected("',' after operand"));
            }
            if !self.eat_punct(b',') {
                return Ok(vals);
            }
        }
    }

    fn parse_offset(&mut self) -> PResult<u32> {
        self.expect_punct(b'+', "before the memory offset")?;
        self.parse_u32("an offset")
    }
}

/// The number in `v12` / `b3`.
fn numbered(text: &str, prefix: char) -> Option<u32> {
    let digits = text.strip_prefix(prefix)?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// Integers in decimal (signed or not) or `0x` hex bits; floats in decimal
/// (`inf`, `nan` too) or as `0x` bits.
fn const_bits(text: &str, ty: Ty) -> Option<u64> {
    let hex = text.strip_prefix("0x").or_else(|| text.strip_prefix("0X"));
    match ty {
        Ty::I32 | Ty::Ptr => match hex {
            Some(h) => u32::from_str_radix(h, 16).ok().map(u64::from),
            None => {
                let n: i64 = text.parse().ok()?;
                (i64::from(i32::MIN)..=i64::from(u32::MAX)).contains(&n).then_some(u64::from(n as u32))
            }
        },
        Ty::I64 => match hex {
            Some(h) => u64::from_str_radix(h, 16).ok(),
            None if text.starts_with('-') => text.parse::<i64>().ok().map(|n| n as u64),
            None => text.parse::<u64>().ok(),
        },
        Ty::F32 => match hex {
            Some(h) => u32::from_str_radix(h, 16).ok().map(u64::from),
            None => text.parse::<f32>().ok().map(|x| u64::from(x.to_bits())),
        },
        Ty::F64 => match hex {
            Some(h) => u64::from_str_radix(h, 16).ok(),
            None => text.parse::<f64>().ok().map(f64::to_bits),
        },
    }
}

/// The inside of a byte string: `\hh` hex pairs as `print` writes them,
/// and `\n \t \r \\ \"` for hand-written text. Errors carry a byte offset.
fn unescape_bytes(body: &str) -> Result<Vec<u8>, (usize, String)> {
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let hex = |c: Option<&u8>| c.and_then(|c| (*c as char).to_digit(16));
        match (b.get(i + 1), hex(b.get(i + 1)), hex(b.get(i + 2))) {
            (_, Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (Some(b'n'), ..) => out.push(b'\n'),
            (Some(b't'), ..) => out.push(b'\t'),
            (Some(b'r'), ..) => out.push(b'\r'),
            (Some(b'\\'), ..) => out.push(b'\\'),
            (Some(b'"'), ..) => out.push(b'"'),
            _ => return Err((i, "invalid escape: expected '\\' and two hex digits".into())),
        }
        i += if hex(b.get(i + 1)).is_some() && hex(b.get(i + 2)).is_some() { 3 } else { 2 };
    }
    Ok(out)
}

/// The inside of a quoted `@"name"`, escaped as Rust's `{:?}` does.
fn unescape_name(body: &str) -> Result<String, (usize, String)> {
    let mut out = String::new();
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let bad = || (i, "invalid escape in quoted name".to_string());
        match chars.next().map(|(_, c)| c) {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('0') => out.push('\0'),
            Some(c @ ('\\' | '"' | '\'')) => out.push(c),
            Some('u') => {
                let rest = &body[i + 2..];
                let close = rest.find('}').filter(|_| rest.starts_with('{')).ok_or_else(bad)?;
                let code = u32::from_str_radix(&rest[1..close], 16).ok().and_then(char::from_u32).ok_or_else(bad)?;
                out.push(code);
                for _ in 0..close {
                    chars.next();
                }
            }
            _ => return Err(bad()),
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------- bodies

/// A use of a value by its text number.
#[derive(Clone, Copy)]
struct ValRef {
    num: u32,
    tok: Token,
}

struct RawDef {
    num: u32,
    ty: Ty,
    tok: Token,
}

struct RawTarget {
    block: u32,
    tok: Token,
    args: Vec<ValRef>,
}

enum RawTerm {
    Jump(RawTarget),
    Branch(ValRef, RawTarget, RawTarget),
    Switch(ValRef, Vec<RawTarget>, RawTarget),
    Return(Vec<ValRef>),
    Unreachable,
}

struct RawInst {
    results: Vec<RawDef>,
    op: Op,
    args: Vec<ValRef>,
}

struct RawBlock {
    num: u32,
    tok: Token,
    params: Vec<RawDef>,
    insts: Vec<RawInst>,
    term: Option<RawTerm>,
}

#[derive(Default)]
struct RawBody {
    blocks: Vec<RawBlock>,
}

impl Parser<'_> {
    fn parse_raw_body(&mut self) -> PResult<RawBody> {
        let mut raw = RawBody::default();
        loop {
            self.skip_newlines();
            if self.at_punct(b'}') || self.peek().kind == Tok::Eof {
                return Ok(raw);
            }
            raw.blocks.push(self.parse_block()?);
        }
    }

    fn parse_block(&mut self) -> PResult<RawBlock> {
        let tok = self.peek();
        let num = (tok.kind == Tok::Word).then(|| numbered(self.text(tok), 'b')).flatten();
        let num = num.ok_or_else(|| self.expected("a block label 'b…:'"))?;
        self.bump();
        let mut params = Vec::new();
        if self.eat_punct(b'(') {
            loop {
                params.push(self.parse_def()?);
                if self.eat_punct(b')') {
                    break;
                }
                self.expect_punct(b',', "or ')' after a block parameter")?;
            }
        }
        self.expect_punct(b':', "after the block label")?;
        self.expect_line_end()?;
        let mut block = RawBlock { num, tok, params, insts: Vec::new(), term: None };
        loop {
            self.skip_newlines();
            if let Some(term) = self.parse_term()? {
                block.term = term;
                self.expect_line_end()?;
                return Ok(block);
            }
            let t = self.peek();
            if t.kind == Tok::Word && numbered(self.text(t), 'b').is_some() {
                return Err(self.error_at(t, format!("block b{num} has no terminator before {}", self.text(t))));
            }
            if t.kind != Tok::Word {
                return Err(self.expected("an instruction or a terminator"));
            }
            block.insts.push(self.parse_inst()?);
            self.expect_line_end()?;
        }
    }

    /// `vN: ty` (also without the space).
    fn parse_def(&mut self) -> PResult<RawDef> {
        let v = self.parse_value_ref()?;
        self.expect_punct(b':', "between a value and its type")?;
        let ty = self.parse_ty()?;
        Ok(RawDef { num: v.num, ty, tok: v.tok })
    }

    /// A terminator, if the line holds one (`Some(None)` for
    /// `<unterminated>`).
    fn parse_term(&mut self) -> PResult<Option<Option<RawTerm>>> {
        let t = self.peek();
        if t.kind != Tok::Word {
            return Ok(None);
        }
        let term = match self.text(t) {
            "jump" => {
                self.bump();
                RawTerm::Jump(self.parse_target()?)
            }
            "br" => {
                self.bump();
                let cond = self.parse_value_ref()?;
                self.expect_punct(b',', "after the branch condition")?;
                let then = self.parse_target()?;
                self.expect_punct(b',', "between the branch targets")?;
                RawTerm::Branch(cond, then, self.parse_target()?)
            }
            "switch" => {
                self.bump();
                self.parse_switch()?
            }
            "return" => {
                self.bump();
                RawTerm::Return(self.parse_values()?)
            }
            "unreachable" => {
                self.bump();
                RawTerm::Unreachable
            }
            "<unterminated>" => {
                self.bump();
                return Ok(Some(None));
            }
            _ => return Ok(None),
        };
        Ok(Some(Some(term)))
    }

    fn parse_switch(&mut self) -> PResult<RawTerm> {
        let index = self.parse_value_ref()?;
        self.expect_punct(b',', "after the switch index")?;
        self.expect_punct(b'[', "to open the switch targets")?;
        let mut targets = Vec::new();
        if !self.eat_punct(b']') {
            loop {
                targets.push(self.parse_target()?);
                if self.eat_punct(b']') {
                    break;
                }
                self.expect_punct(b',', "or ']' after a switch target")?;
            }
        }
        self.expect_punct(b',', "before the default target")?;
        Ok(RawTerm::Switch(index, targets, self.parse_target()?))
    }

    fn parse_target(&mut self) -> PResult<RawTarget> {
        let tok = self.peek();
        let block = (tok.kind == Tok::Word).then(|| numbered(self.text(tok), 'b')).flatten();
        let block = block.ok_or_else(|| self.expected("a block 'b…'"))?;
        self.bump();
        let mut args = Vec::new();
        if self.eat_punct(b'(') {
            args = self.parse_values()?;
            self.expect_punct(b')', "after the block arguments")?;
        }
        Ok(RawTarget { block, tok, args })
    }

    fn parse_inst(&mut self) -> PResult<RawInst> {
        let mut results = Vec::new();
        if self.at_value() {
            loop {
                results.push(self.parse_def()?);
                if self.eat_punct(b'=') {
                    break;
                }
                self.expect_punct(b',', "or '=' after a result")?;
            }
        }
        let t = self.expect_word_tok("an operation")?;
        let word = self.text(t);
        let (op, args) = match word {
            "const" => {
                let ty = results.first().map_or(Ty::I64, |r| r.ty);
                (Op::Const(self.parse_const(ty)?), Vec::new())
            }
            "call" => self.parse_call()?,
            "call_indirect" => self.parse_call_indirect()?,
            "global_get" => (Op::GlobalGet(self.global_ref()?), Vec::new()),
            "global_set" => {
                let g = self.global_ref()?;
                self.expect_punct(b',', "after the global")?;
                (Op::GlobalSet(g), self.parse_values()?)
            }
            "func_addr" => (Op::FuncAddr(self.func_ref()?), Vec::new()),
            "data_addr" => {
                let d = self.data_ref()?;
                self.expect_punct(b'+', "between a data name and its offset")?;
                (Op::DataAddr(d, self.parse_u32("an offset")?), Vec::new())
            }
            _ => self.parse_plain_op(t, word)?,
        };
        Ok(RawInst { results, op, args })
    }

    fn parse_call(&mut self) -> PResult<(Op, Vec<ValRef>)> {
        let f = self.func_ref()?;
        self.expect_punct(b'(', "to open the call's arguments")?;
        let args = self.parse_values()?;
        self.expect_punct(b')', "after the call's arguments")?;
        Ok((Op::Call(f), args))
    }

    fn parse_call_indirect(&mut self) -> PResult<(Op, Vec<ValRef>)> {
        let sig = self.parse_sig()?;
        let mut args = vec![self.parse_value_ref()?];
        self.expect_punct(b'(', "to open the call's arguments")?;
        args.extend(self.parse_values()?);
        self.expect_punct(b')', "after the call's arguments")?;
        Ok((Op::CallIndirect(sig), args))
    }

    /// Loads, stores, and the operations printed as `mnemonic args`.
    fn parse_plain_op(&mut self, t: Token, word: &str) -> PResult<(Op, Vec<ValRef>)> {
        if let Some(kind) = mem_kind(word, "load") {
            let args = self.parse_values()?;
            let offset = self.parse_offset()?;
            return Ok((Op::Load { kind, offset }, args));
        }
        if let Some(kind) = mem_kind(word, "store") {
            let addr = self.parse_value_ref()?;
            let offset = self.parse_offset()?;
            self.expect_punct(b',', "after the store's offset")?;
            let mut args = vec![addr];
            args.extend(self.parse_values()?);
            return Ok((Op::Store { kind, offset }, args));
        }
        let op = plain_op(word).ok_or_else(|| self.error_at(t, format!("unknown operation '{word}'")))?;
        Ok((op, self.parse_values()?))
    }
}

/// `load`, `load.s8`, … → the access kind.
fn mem_kind(word: &str, base: &str) -> Option<MemKind> {
    let suffix = word.strip_prefix(base)?;
    MemKind::ALL.into_iter().find(|&k| mem_suffix(k) == suffix)
}

/// The operation a `mnemonic args` line names.
fn plain_op(word: &str) -> Option<Op> {
    if let Some(b) = BinOp::ALL.into_iter().find(|&b| binop_name(b) == word) {
        return Some(Op::Binary(b));
    }
    if let Some(u) = UnOp::ALL.into_iter().find(|&u| unop_name(u) == word) {
        return Some(Op::Unary(u));
    }
    let others =
        IntCC::ALL.map(Op::Icmp).into_iter().chain(FloatCC::ALL.map(Op::Fcmp)).chain(ConvOp::ALL.map(Op::Convert));
    let fixed = [Op::Eqz, Op::Select, Op::MemCopy, Op::MemFill, Op::MemorySize, Op::MemoryGrow];
    others.chain(fixed).find(|op| op_mnemonic(op) == word)
}

// ---------------------------------------------------------------- lowering

/// How text numbers become ids: the same number when the numbers are dense
/// enough, else the order of definition.
struct Numbering {
    map: HashMap<u32, usize>,
    len: usize,
}

impl Numbering {
    fn new(nums: &[u32]) -> Self {
        let max = nums.iter().max().map_or(0, |&m| m as usize + 1);
        let keep = max <= nums.len() * 16 + 4096;
        let map = nums.iter().enumerate().map(|(i, &n)| (n, if keep { n as usize } else { i })).collect();
        Numbering { map, len: if keep { max } else { nums.len() } }
    }
}

impl RawBody {
    fn lower(self, p: &Parser) -> PResult<Body> {
        let block_nums = self.unique_nums(p, self.blocks.iter().map(|b| (b.num, b.tok)), 'b')?;
        let value_defs =
            self.blocks.iter().flat_map(|b| b.params.iter().chain(b.insts.iter().flat_map(|i| &i.results)));
        let value_nums = self.unique_nums(p, value_defs.map(|d| (d.num, d.tok)), 'v')?;
        let (blocks, values) = (Numbering::new(&block_nums), Numbering::new(&value_nums));
        let mut body = Body::default();
        for _ in 0..blocks.len {
            body.blocks.push(BlockData { term: Some(Terminator::Unreachable), ..BlockData::default() });
        }
        for _ in 0..values.len {
            body.values.push(ValueData { ty: Ty::I32, def: ValueDef::Result(Inst::new(0), 0) });
        }
        let mut defined = vec![false; values.len];
        let lw = Lowerer { p, blocks: &blocks, values: &values };
        for raw in self.blocks {
            lw.lower_block(&mut body, raw, &mut defined)?;
        }
        fill_value_holes(&mut body, &defined);
        Ok(body)
    }

    /// The text numbers of the definitions, each once.
    fn unique_nums(&self, p: &Parser, defs: impl Iterator<Item = (u32, Token)>, prefix: char) -> PResult<Vec<u32>> {
        let mut seen = HashMap::new();
        let mut nums = Vec::new();
        for (num, tok) in defs {
            if let Some(first) = seen.insert(num, tok) {
                let what = if prefix == 'b' { "block" } else { "value" };
                return Err(p.error_at(
                    tok,
                    format!("{what} {prefix}{num} is defined twice (first at {}:{})", first.line, first.col),
                ));
            }
            nums.push(num);
        }
        Ok(nums)
    }
}

/// Gives each unused value id a definition of its own: an instruction in
/// no block, as passes leave behind when they delete one.
fn fill_value_holes(body: &mut Body, defined: &[bool]) {
    for (i, &d) in defined.iter().enumerate() {
        if !d {
            let v = Value::new(i);
            let inst = body.insts.push(InstData { op: Op::Const(0), args: Vec::new(), results: vec![v] });
            body.values[v].def = ValueDef::Result(inst, 0);
        }
    }
}

struct Lowerer<'p, 'a> {
    p: &'p Parser<'a>,
    blocks: &'p Numbering,
    values: &'p Numbering,
}

impl Lowerer<'_, '_> {
    fn block(&self, num: u32, tok: Token) -> PResult<Block> {
        self.blocks
            .map
            .get(&num)
            .map(|&i| Block::new(i))
            .ok_or_else(|| self.p.error_at(tok, format!("unknown block b{num}")))
    }
    fn value(&self, r: ValRef) -> PResult<Value> {
        self.values
            .map
            .get(&r.num)
            .map(|&i| Value::new(i))
            .ok_or_else(|| self.p.error_at(r.tok, format!("unknown value v{}", r.num)))
    }
    fn values(&self, refs: &[ValRef]) -> PResult<Vec<Value>> {
        refs.iter().map(|&r| self.value(r)).collect()
    }
    fn define(&self, body: &mut Body, def: &RawDef, how: ValueDef, defined: &mut [bool]) -> PResult<Value> {
        let v = self.value(ValRef { num: def.num, tok: def.tok })?;
        body.values[v] = ValueData { ty: def.ty, def: how };
        defined[v.index()] = true;
        Ok(v)
    }

    fn lower_block(&self, body: &mut Body, raw: RawBlock, defined: &mut [bool]) -> PResult<()> {
        let b = self.block(raw.num, raw.tok)?;
        body.layout.push(b);
        for (n, param) in raw.params.iter().enumerate() {
            let v = self.define(body, param, ValueDef::Param(b, n as u32), defined)?;
            body.blocks[b].params.push(v);
        }
        for inst in raw.insts {
            let args = self.values(&inst.args)?;
            let id = body.insts.push(InstData { op: inst.op, args, results: Vec::new() });
            for (n, r) in inst.results.iter().enumerate() {
                let v = self.define(body, r, ValueDef::Result(id, n as u32), defined)?;
                body.insts[id].results.push(v);
            }
            body.blocks[b].insts.push(id);
        }
        body.blocks[b].term = raw.term.map(|t| self.term(t)).transpose()?;
        Ok(())
    }

    fn target(&self, t: RawTarget) -> PResult<Target> {
        Ok(Target { block: self.block(t.block, t.tok)?, args: self.values(&t.args)? })
    }

    fn term(&self, t: RawTerm) -> PResult<Terminator> {
        Ok(match t {
            RawTerm::Jump(t) => Terminator::Jump(self.target(t)?),
            RawTerm::Branch(cond, then, else_) => {
                Terminator::Branch { cond: self.value(cond)?, then: self.target(then)?, else_: self.target(else_)? }
            }
            RawTerm::Switch(index, targets, default) => Terminator::Switch {
                index: self.value(index)?,
                targets: targets.into_iter().map(|t| self.target(t)).collect::<PResult<_>>()?,
                default: self.target(default)?,
            },
            RawTerm::Return(vals) => Terminator::Return(self.values(&vals)?),
            RawTerm::Unreachable => Terminator::Unreachable,
        })
    }
}
