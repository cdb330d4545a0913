//! Go tokens, as the scanner produces them and the AST records operators.

/// A lexical token. The names and the operator spellings follow `go/token`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[repr(u8)]
pub enum Token {
    Illegal,
    Eof,
    Comment,
    // literals
    Ident,
    Int,
    Float,
    Imag,
    Char,
    String,
    // operators
    Add,          // +
    Sub,          // -
    Mul,          // *
    Quo,          // /
    Rem,          // %
    And,          // &
    Or,           // |
    Xor,          // ^
    Shl,          // <<
    Shr,          // >>
    AndNot,       // &^
    AddAssign,    // +=
    SubAssign,    // -=
    MulAssign,    // *=
    QuoAssign,    // /=
    RemAssign,    // %=
    AndAssign,    // &=
    OrAssign,     // |=
    XorAssign,    // ^=
    ShlAssign,    // <<=
    ShrAssign,    // >>=
    AndNotAssign, // &^=
    LAnd,         // &&
    LOr,          // ||
    Arrow,        // <-
    Inc,          // ++
    Dec,          // --
    Eql,          // ==
    Lss,          // <
    Gtr,          // >
    Assign,       // =
    Not,          // !
    Neq,          // !=
    Leq,          // <=
    Geq,          // >=
    Define,       // :=
    Ellipsis,     // ...
    LParen,       // (
    LBrack,       // [
    LBrace,       // {
    Comma,        // ,
    Period,       // .
    RParen,       // )
    RBrack,       // ]
    RBrace,       // }
    Semicolon,    // ;
    Colon,        // :
    Tilde,        // ~
    // keywords
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,
}

/// The lowest binary operator precedence, as in `go/token`.
pub const LOWEST_PREC: u8 = 0;

impl Token {
    /// The token's spelling as `go/token` prints it (`Token.String()`).
    pub fn as_str(self) -> &'static str {
        use Token::*;
        match self {
            Illegal => "ILLEGAL",
            Eof => "EOF",
            Comment => "COMMENT",
            Ident => "IDENT",
            Int => "INT",
            Float => "FLOAT",
            Imag => "IMAG",
            Char => "CHAR",
            String => "STRING",
            Add => "+",
            Sub => "-",
            Mul => "*",
            Quo => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            AddAssign => "+=",
            SubAssign => "-=",
            MulAssign => "*=",
            QuoAssign => "/=",
            RemAssign => "%=",
            AndAssign => "&=",
            OrAssign => "|=",
            XorAssign => "^=",
            ShlAssign => "<<=",
            ShrAssign => ">>=",
            AndNotAssign => "&^=",
            LAnd => "&&",
            LOr => "||",
            Arrow => "<-",
            Inc => "++",
            Dec => "--",
            Eql => "==",
            Lss => "<",
            Gtr => ">",
            Assign => "=",
            Not => "!",
            Neq => "!=",
            Leq => "<=",
            Geq => ">=",
            Define => ":=",
            Ellipsis => "...",
            LParen => "(",
            LBrack => "[",
            LBrace => "{",
            Comma => ",",
            Period => ".",
            RParen => ")",
            RBrack => "]",
            RBrace => "}",
            Semicolon => ";",
            Colon => ":",
            Tilde => "~",
            Break => "break",
            Case => "case",
            Chan => "chan",
            Const => "const",
            Continue => "continue",
            Default => "default",
            Defer => "defer",
            Else => "else",
            Fallthrough => "fallthrough",
            For => "for",
            Func => "func",
            Go => "go",
            Goto => "goto",
            If => "if",
            Import => "import",
            Interface => "interface",
            Map => "map",
            Package => "package",
            Range => "range",
            Return => "return",
            Select => "select",
            Struct => "struct",
            Switch => "switch",
            Type => "type",
            Var => "var",
        }
    }

    /// Binary operator precedence (5 highest); 0 for everything else.
    pub fn precedence(self) -> u8 {
        use Token::*;
        match self {
            LOr => 1,
            LAnd => 2,
            Eql | Neq | Lss | Leq | Gtr | Geq => 3,
            Add | Sub | Or | Xor => 4,
            Mul | Quo | Rem | Shl | Shr | And | AndNot => 5,
            _ => LOWEST_PREC,
        }
    }

    pub fn is_literal(self) -> bool {
        matches!(self, Token::Ident | Token::Int | Token::Float | Token::Imag | Token::Char | Token::String)
    }

    pub fn is_keyword(self) -> bool {
        (self as u8) >= (Token::Break as u8)
    }

    /// The keyword spelled `s`, if any: one probe of a perfect hash table
    /// (this runs for every identifier the scanner sees).
    #[inline]
    pub fn keyword(s: &[u8]) -> Option<Token> {
        if !(2..=11).contains(&s.len()) {
            return None;
        }
        let (text, tok) = KEYWORD_TABLE[keyword_slot(s)];
        (text.len() == s.len() && text.iter().zip(s).all(|(a, b)| a == b)).then_some(tok)
    }

    /// The keyword of `len` bytes whose bytes, zero-padded to sixteen, are
    /// the words `a` and `b` (as the scanner holds an identifier): one
    /// probe and two word comparisons. The words come as two values, not
    /// an array: an array the scanner just stored word by word would be
    /// reloaded as one wide value, which waits for the stores to retire.
    #[inline(always)]
    pub fn keyword_of_words(a: u64, b: u64, len: usize) -> Option<Token> {
        if !(2..=11).contains(&len) {
            return None;
        }
        let entry = &KEYWORD_WORDS[slot_of(a as usize & 0xff, (a >> 8) as usize & 0xff, len)];
        (entry.a == a && entry.b == b && entry.len as usize == len).then_some(entry.tok)
    }
}

/// A keyword as [`Token::keyword_of_words`] compares it.
#[derive(Clone, Copy)]
struct KeywordWords {
    a: u64,
    b: u64,
    len: u8,
    tok: Token,
}

static KEYWORD_WORDS: [KeywordWords; 64] = {
    let mut table = [KeywordWords { a: 0, b: 0, len: 0, tok: Token::Illegal }; 64];
    let mut i = 0;
    while i < KEYWORDS.len() {
        let (text, tok) = KEYWORDS[i];
        let mut words = [0u64; 2];
        let mut k = 0;
        while k < text.len() {
            words[k / 8] |= (text[k] as u64) << (8 * (k % 8));
            k += 1;
        }
        table[keyword_slot(text)] = KeywordWords { a: words[0], b: words[1], len: text.len() as u8, tok };
        i += 1;
    }
    table
};

const KEYWORDS: [(&[u8], Token); 25] = {
    use Token::*;
    [
        (b"break", Break),
        (b"case", Case),
        (b"chan", Chan),
        (b"const", Const),
        (b"continue", Continue),
        (b"default", Default),
        (b"defer", Defer),
        (b"else", Else),
        (b"fallthrough", Fallthrough),
        (b"for", For),
        (b"func", Func),
        (b"go", Go),
        (b"goto", Goto),
        (b"if", If),
        (b"import", Import),
        (b"interface", Interface),
        (b"map", Map),
        (b"package", Package),
        (b"range", Range),
        (b"return", Return),
        (b"select", Select),
        (b"struct", Struct),
        (b"switch", Switch),
        (b"type", Type),
        (b"var", Var),
    ]
};

/// The slot of a word of at least two bytes in [`KEYWORD_TABLE`]. The
/// multipliers were searched for so that no two keywords share a slot
/// (checked when the table is built).
const fn keyword_slot(s: &[u8]) -> usize {
    slot_of(s[0] as usize, s[1] as usize, s.len())
}

const fn slot_of(first: usize, second: usize, len: usize) -> usize {
    (first * 4 + second * 48 + len) % 64
}

static KEYWORD_TABLE: [(&[u8], Token); 64] = {
    let mut table: [(&[u8], Token); 64] = [(b"", Token::Illegal); 64];
    let mut i = 0;
    while i < KEYWORDS.len() {
        let slot = keyword_slot(KEYWORDS[i].0);
        assert!(table[slot].0.is_empty(), "two keywords share a slot");
        table[slot] = KEYWORDS[i];
        i += 1;
    }
    table
};

impl std::fmt::Display for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_and_only_keywords_are_found() {
        for (text, tok) in KEYWORDS {
            assert_eq!(Token::keyword(text), Some(tok));
            assert_eq!(tok.as_str().as_bytes(), text);
        }
        let words = |text: &[u8]| {
            let mut padded = [0u8; 16];
            padded[..text.len()].copy_from_slice(text);
            [0, 8].map(|k| u64::from_le_bytes(padded[k..k + 8].try_into().unwrap()))
        };
        for (text, tok) in KEYWORDS {
            let [a, b] = words(text);
            assert_eq!(Token::keyword_of_words(a, b, text.len()), Some(tok));
        }
        for word in ["", "b", "br", "breaks", "Break", "fallthroughs", "typ", "go\0", "x", "interfacex", "mapa"] {
            assert_eq!(Token::keyword(word.as_bytes()), None, "{word:?}");
            let [a, b] = words(word.as_bytes());
            assert_eq!(Token::keyword_of_words(a, b, word.len()), None, "{word:?}");
        }
    }
}
