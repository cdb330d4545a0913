//! Exact constant values and their arithmetic, as `go/constant` defines
//! them: booleans, byte strings, arbitrary-precision integers, exact
//! rationals for untyped floats, and complex numbers of two rationals.
//!
//! Rationals stand in for `go/constant`'s big.Rat-then-big.Float scheme:
//! every Go constant expression the spec allows is exact here; only a
//! pathological exponent (more than [`MAX_EXP`] decimal digits) is refused
//! as an overflow, where go/constant would switch to 512-bit floats.

use dashu::base::{Approximation, BitTest, Sign, UnsignedAbs};
use dashu::integer::{IBig, UBig};
use dashu::rational::RBig;
use std::cmp::Ordering;
use wago_syntax::token::Token;

/// Literal exponents beyond this magnitude are rejected as out of range.
pub const MAX_EXP: i64 = 10_000;

/// A constant value. Numbers are kept in the smallest kind that holds
/// them exactly (an integral rational is an `Int` only when it was
/// produced as one: the kinds follow go/constant's rules, not values).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Value {
    /// The value of an erroneous constant expression.
    Unknown,
    Bool(bool),
    String(Box<[u8]>),
    Int(IBig),
    Float(RBig),
    Complex(Box<(RBig, RBig)>),
}

/// The kind of a number, ordered by generality.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum NumKind {
    Int,
    Float,
    Complex,
}

impl Value {
    pub fn int(i: i64) -> Value {
        Value::Int(IBig::from(i))
    }

    pub fn num_kind(&self) -> Option<NumKind> {
        match self {
            Value::Int(_) => Some(NumKind::Int),
            Value::Float(_) => Some(NumKind::Float),
            Value::Complex(_) => Some(NumKind::Complex),
            _ => None,
        }
    }

    pub fn is_unknown(&self) -> bool {
        matches!(self, Value::Unknown)
    }

    /// The value as a number of kind `k` (at least as general as its own).
    pub fn to_kind(&self, k: NumKind) -> Value {
        match (self, k) {
            (Value::Int(i), NumKind::Float) => Value::Float(RBig::from(i.clone())),
            (Value::Int(i), NumKind::Complex) => Value::Complex(Box::new((RBig::from(i.clone()), RBig::ZERO))),
            (Value::Float(r), NumKind::Complex) => Value::Complex(Box::new((r.clone(), RBig::ZERO))),
            _ => self.clone(),
        }
    }

    /// The value as an integer, if it is one exactly (`2.0` and `2+0i` are).
    pub fn to_int(&self) -> Option<IBig> {
        match self {
            Value::Int(i) => Some(i.clone()),
            Value::Float(r) => r.denominator().is_one().then(|| r.numerator().clone()),
            Value::Complex(c) if c.1 == RBig::ZERO => Value::Float(c.0.clone()).to_int(),
            _ => None,
        }
    }

    /// The value as a rational, if it is real.
    pub fn to_rat(&self) -> Option<RBig> {
        match self {
            Value::Int(i) => Some(RBig::from(i.clone())),
            Value::Float(r) => Some(r.clone()),
            Value::Complex(c) if c.1 == RBig::ZERO => Some(c.0.clone()),
            _ => None,
        }
    }

    pub fn to_complex(&self) -> Option<(RBig, RBig)> {
        match self {
            Value::Complex(c) => Some((c.0.clone(), c.1.clone())),
            v => v.to_rat().map(|r| (r, RBig::ZERO)),
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        self.to_int().and_then(|i| i64::try_from(&i).ok())
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn sign(&self) -> Ordering {
        match self {
            Value::Int(i) => i.cmp(&IBig::ZERO),
            Value::Float(r) => r.cmp(&RBig::ZERO),
            Value::Complex(c) => {
                if c.0 == RBig::ZERO && c.1 == RBig::ZERO {
                    Ordering::Equal
                } else {
                    Ordering::Greater
                }
            }
            _ => Ordering::Equal,
        }
    }
}

/// Makes `x` and `y` the same numeric kind (the more general one).
pub fn match_kinds(x: &Value, y: &Value) -> (Value, Value) {
    match (x.num_kind(), y.num_kind()) {
        (Some(a), Some(b)) => {
            let k = a.max(b);
            (x.to_kind(k), y.to_kind(k))
        }
        _ => (x.clone(), y.clone()),
    }
}

/// `x op y` for arithmetic and logical operators. `int_div` selects
/// truncated integer division for `/` on integer operands. Returns `None`
/// for a division by zero (the caller reports it) or an unsupported pair.
pub fn binary_op(x: &Value, op: Token, y: &Value, int_div: bool) -> Option<Value> {
    let (x, y) = match_kinds(x, y);
    Some(match (&x, &y) {
        (Value::Bool(a), Value::Bool(b)) => match op {
            Token::LAnd => Value::Bool(*a && *b),
            Token::LOr => Value::Bool(*a || *b),
            _ => return None,
        },
        (Value::String(a), Value::String(b)) if op == Token::Add => {
            let mut s = a.to_vec();
            s.extend_from_slice(b);
            Value::String(s.into())
        }
        (Value::Int(a), Value::Int(b)) => match op {
            Token::Add => Value::Int(a + b),
            Token::Sub => Value::Int(a - b),
            Token::Mul => Value::Int(a * b),
            Token::Quo if int_div => {
                if *b == IBig::ZERO {
                    return None;
                }
                Value::Int(a / b)
            }
            Token::Quo => {
                if *b == IBig::ZERO {
                    return None;
                }
                Value::Float(RBig::from_parts_signed(a.clone(), b.clone()))
            }
            Token::Rem => {
                if *b == IBig::ZERO {
                    return None;
                }
                Value::Int(a % b)
            }
            Token::And => Value::Int(a & b),
            Token::Or => Value::Int(a | b),
            Token::Xor => Value::Int(a ^ b),
            Token::AndNot => Value::Int(a & !b.clone()),
            _ => return None,
        },
        (Value::Float(a), Value::Float(b)) => match op {
            Token::Add => Value::Float(a + b),
            Token::Sub => Value::Float(a - b),
            Token::Mul => Value::Float(a * b),
            Token::Quo => {
                if *b == RBig::ZERO {
                    return None;
                }
                Value::Float(a / b)
            }
            _ => return None,
        },
        (Value::Complex(a), Value::Complex(b)) => {
            let (ar, ai) = (&a.0, &a.1);
            let (br, bi) = (&b.0, &b.1);
            let (re, im) = match op {
                Token::Add => (ar + br, ai + bi),
                Token::Sub => (ar - br, ai - bi),
                Token::Mul => (ar * br - ai * bi, ar * bi + ai * br),
                Token::Quo => {
                    let d = br * br + bi * bi;
                    if d == RBig::ZERO {
                        return None;
                    }
                    ((ar * br + ai * bi) / &d, (ai * br - ar * bi) / &d)
                }
                _ => return None,
            };
            Value::Complex(Box::new((re, im)))
        }
        _ => return None,
    })
}

/// `op x` for `+ - ^ !`. `unsigned_bits` is the size of a typed unsigned
/// operand (for `^x`, which flips only that many bits), 0 otherwise.
pub fn unary_op(op: Token, x: &Value, unsigned_bits: u32) -> Option<Value> {
    Some(match (op, x) {
        (Token::Add, v) if v.num_kind().is_some() => v.clone(),
        (Token::Sub, Value::Int(i)) => Value::Int(-i.clone()),
        (Token::Sub, Value::Float(r)) => Value::Float(-r.clone()),
        (Token::Sub, Value::Complex(c)) => Value::Complex(Box::new((-c.0.clone(), -c.1.clone()))),
        (Token::Xor, Value::Int(i)) => {
            let flipped = !i.clone();
            if unsigned_bits > 0 {
                let mask = (IBig::ONE << unsigned_bits as usize) - IBig::ONE;
                Value::Int(flipped & mask)
            } else {
                Value::Int(flipped)
            }
        }
        (Token::Not, Value::Bool(b)) => Value::Bool(!b),
        _ => return None,
    })
}

/// `x << s` or `x >> s` for an integer `x`.
pub fn shift(x: &IBig, op: Token, s: usize) -> IBig {
    if op == Token::Shl { x.clone() << s } else { x.clone() >> s }
}

/// `x op y` for comparison operators; `None` if the values don't compare.
pub fn compare(x: &Value, op: Token, y: &Value) -> Option<bool> {
    let (x, y) = match_kinds(x, y);
    let ord = match (&x, &y) {
        (Value::Bool(a), Value::Bool(b)) => {
            return match op {
                Token::Eql => Some(a == b),
                Token::Neq => Some(a != b),
                _ => None,
            };
        }
        (Value::Complex(a), Value::Complex(b)) => {
            return match op {
                Token::Eql => Some(a == b),
                Token::Neq => Some(a != b),
                _ => None,
            };
        }
        (Value::String(a), Value::String(b)) => a.cmp(b),
        (Value::Int(a), Value::Int(b)) => a.cmp(b),
        (Value::Float(a), Value::Float(b)) => a.cmp(b),
        _ => return None,
    };
    Some(match op {
        Token::Eql => ord == Ordering::Equal,
        Token::Neq => ord != Ordering::Equal,
        Token::Lss => ord == Ordering::Less,
        Token::Leq => ord != Ordering::Greater,
        Token::Gtr => ord == Ordering::Greater,
        Token::Geq => ord != Ordering::Less,
        _ => return None,
    })
}

/// Whether integer `i` fits `bits` bits, signed or not.
pub fn int_fits(i: &IBig, bits: u32, unsigned: bool) -> bool {
    // Nearly every constant fits an i64: decide those without big numbers.
    if let Ok(v) = i64::try_from(i)
        && (1..=64).contains(&bits)
    {
        return if unsigned {
            v >= 0 && (bits == 64 || (v as u64) >> bits == 0)
        } else {
            bits == 64 || (-(1i64 << (bits - 1)) <= v && v < (1i64 << (bits - 1)))
        };
    }
    if unsigned {
        *i >= IBig::ZERO && i.unsigned_abs().bit_len() <= bits as usize
    } else {
        let lim = IBig::ONE << (bits as usize - 1);
        *i >= -lim.clone() && *i < lim
    }
}

/// Rounds a rational to the nearest float64 (`f32` when `single`);
/// `None` when it overflows to an infinity.
pub fn round_float(r: &RBig, single: bool) -> Option<RBig> {
    let f = if single {
        let v = approx(r.to_f32());
        if v.is_infinite() {
            return None;
        }
        v as f64
    } else {
        approx(r.to_f64())
    };
    if f.is_infinite() {
        return None;
    }
    RBig::try_from(f).ok()
}

fn approx<T: Copy>(a: Approximation<T, Sign>) -> T {
    match a {
        Approximation::Exact(v) | Approximation::Inexact(v, _) => v,
    }
}

/// The value as an f64 (rounded), for printing.
pub fn rat_to_f64(r: &RBig) -> f64 {
    approx(r.to_f64())
}

/// Parses an integer literal (`0x1F`, `0o17`, `017`, `0b1`, `1_000`).
pub fn parse_int_lit(lit: &str) -> Option<IBig> {
    if let Some(v) = parse_small_int_lit(lit) {
        return Some(IBig::from(v));
    }
    let s: String = lit.chars().filter(|&c| c != '_').collect();
    let (digits, radix) = if let Some(r) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        (r.to_string(), 16)
    } else if let Some(r) = s.strip_prefix("0b").or_else(|| s.strip_prefix("0B")) {
        (r.to_string(), 2)
    } else if let Some(r) = s.strip_prefix("0o").or_else(|| s.strip_prefix("0O")) {
        (r.to_string(), 8)
    } else if s.len() > 1 && s.starts_with('0') {
        (s[1..].to_string(), 8)
    } else {
        (s, 10)
    };
    if digits.is_empty() {
        return None;
    }
    UBig::from_str_radix(&digits, radix).ok().map(IBig::from)
}

/// The fast path of [`parse_int_lit`]: a literal without `_` whose value
/// fits in 64 bits, read without allocating (nearly every literal).
/// `None` sends the literal to the general path.
fn parse_small_int_lit(lit: &str) -> Option<u64> {
    let b = lit.as_bytes();
    let (digits, radix) = match b {
        [b'0', b'x' | b'X', rest @ ..] => (rest, 16),
        [b'0', b'b' | b'B', rest @ ..] => (rest, 2),
        [b'0', b'o' | b'O', rest @ ..] => (rest, 8),
        [b'0', rest @ ..] if !rest.is_empty() => (rest, 8),
        _ => (b, 10),
    };
    if digits.is_empty() {
        return None;
    }
    let mut v: u64 = 0;
    for &c in digits {
        let d = (c as char).to_digit(radix)?;
        v = v.checked_mul(radix as u64)?.checked_add(d as u64)?;
    }
    Some(v)
}

/// Parses a decimal or hexadecimal floating-point literal exactly.
pub fn parse_float_lit(lit: &str) -> Option<RBig> {
    let s: String = lit.chars().filter(|&c| c != '_').collect();
    let (hex, body) = match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        Some(r) => (true, r.to_string()),
        None => (false, s),
    };
    let exp_chars: &[char] = if hex { &['p', 'P'] } else { &['e', 'E'] };
    let (mant, exp) = match body.find(exp_chars) {
        Some(i) => (&body[..i], body[i + 1..].parse::<i64>().ok()?),
        None => (&body[..], 0),
    };
    if exp.abs() > MAX_EXP * if hex { 4 } else { 1 } {
        return None;
    }
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{int_part}{frac_part}");
    let radix = if hex { 16 } else { 10 };
    let m = if digits.is_empty() { UBig::ZERO } else { UBig::from_str_radix(&digits, radix).ok()? };
    let m = RBig::from(IBig::from(m));
    // Each fraction digit scales by the radix: a hex digit is 4 bits.
    let (base, e) = if hex { (2u32, exp - 4 * frac_part.len() as i64) } else { (10, exp - frac_part.len() as i64) };
    let scale = RBig::from(IBig::from(base).pow(e.unsigned_abs() as usize));
    Some(if e >= 0 { m * scale } else { m / scale })
}

/// Formats a rational as go/constant's `String` prints a float: `%.6g`.
pub fn format_float(r: &RBig) -> String {
    let f = rat_to_f64(r);
    if f.is_infinite() {
        return if f > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    format_g6(f)
}

/// C's `%.6g` (shortest of %e/%f with 6 significant digits, zeros trimmed).
pub fn format_g6(f: f64) -> String {
    if f == 0.0 {
        return "0".into();
    }
    let exp = f.abs().log10().floor() as i32;
    let sci = format!("{:.5e}", f);
    let (m, e) = sci.split_once('e').unwrap_or((&sci, "0"));
    let e: i32 = e.parse().unwrap_or(exp);
    if !(-4..6).contains(&e) {
        let m = trim_zeros(m);
        let sign = if e < 0 { '-' } else { '+' };
        format!("{m}e{sign}{:02}", e.abs())
    } else {
        let prec = (5 - e).max(0) as usize;
        trim_zeros(&format!("{:.*}", prec, f)).to_string()
    }
}

fn trim_zeros(s: &str) -> &str {
    if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.') } else { s }
}

/// Go's `strconv.Quote` of a byte string.
pub fn quote(b: &[u8]) -> String {
    let mut out = String::from("\"");
    let mut rest = b;
    while !rest.is_empty() {
        let (c, n) = decode_rune(rest);
        match c {
            Some('"') => out.push_str("\\\""),
            Some('\\') => out.push_str("\\\\"),
            Some('\n') => out.push_str("\\n"),
            Some('\t') => out.push_str("\\t"),
            Some('\r') => out.push_str("\\r"),
            Some('\x07') => out.push_str("\\a"),
            Some('\x08') => out.push_str("\\b"),
            Some('\x0c') => out.push_str("\\f"),
            Some('\x0b') => out.push_str("\\v"),
            Some(c) if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            Some(c) if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            Some(c) => out.push(c),
            None => out.push_str(&format!("\\x{:02x}", rest[0])),
        }
        rest = &rest[n..];
    }
    out.push('"');
    out
}

/// Decodes one UTF-8 sequence: the char (or `None` if invalid) and its length.
pub fn decode_rune(b: &[u8]) -> (Option<char>, usize) {
    let n = match b[0] {
        0x00..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return (None, 1),
    };
    match b.get(..n).and_then(|s| std::str::from_utf8(s).ok()) {
        Some(s) => (s.chars().next(), n),
        None => (None, 1),
    }
}

impl std::fmt::Display for Value {
    /// As go/constant's `String`: strings quoted and shortened to 72 chars.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Unknown => f.write_str("unknown"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::String(s) => {
                let q = quote(s);
                if q.chars().count() > 72 {
                    let head: String = q.chars().take(68).collect();
                    write!(f, "{head}...\"")
                } else {
                    f.write_str(&q)
                }
            }
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(r) => {
                if r.denominator().is_one() && r.numerator().unsigned_abs().bit_len() < 64 {
                    write!(f, "{}", r.numerator())
                } else {
                    f.write_str(&format_float(r))
                }
            }
            Value::Complex(c) => {
                let re = Value::Float(c.0.clone()).to_string();
                let im = Value::Float(c.1.clone()).to_string();
                write!(f, "({re} + {im}i)")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_parse_exactly() {
        assert_eq!(parse_int_lit("0x_1F"), Some(IBig::from(31)));
        assert_eq!(parse_int_lit("017"), Some(IBig::from(15)));
        assert_eq!(parse_int_lit("0b101"), Some(IBig::from(5)));
        assert_eq!(parse_int_lit("0"), Some(IBig::from(0)));
        assert_eq!(parse_int_lit("00"), Some(IBig::from(0)));
        assert_eq!(parse_int_lit("0o17"), Some(IBig::from(15)));
        assert_eq!(parse_int_lit("18446744073709551615"), Some(IBig::from(u64::MAX)));
        assert_eq!(parse_int_lit("18446744073709551616"), Some(IBig::from(u64::MAX) + IBig::ONE));
        assert_eq!(parse_int_lit("0xFFFF_FFFF_FFFF_FFFF_F"), Some(IBig::from(u64::MAX) * 16 + 15));
        assert_eq!(parse_int_lit("0x"), None);
        for (v, bits, unsigned, fits) in [
            (255, 8, true, true),
            (256, 8, true, false),
            (-1, 8, true, false),
            (127, 8, false, true),
            (128, 8, false, false),
            (-128, 8, false, true),
            (-129, 8, false, false),
            (i64::MAX, 64, false, true),
            (i64::MIN, 64, false, true),
            (i64::MAX, 64, true, true),
            (i64::MIN, 64, true, false),
            (1 << 31, 32, false, false),
            (1 << 32, 32, true, false),
        ] {
            assert_eq!(int_fits(&IBig::from(v), bits, unsigned), fits, "{v} in {bits} bits, unsigned {unsigned}");
        }
        assert!(int_fits(&(IBig::from(u64::MAX)), 64, true));
        assert!(!int_fits(&(IBig::from(u64::MAX)), 64, false));
        assert!(!int_fits(&(IBig::from(u64::MAX) + IBig::ONE), 64, true));
        assert_eq!(parse_int_lit("09"), None);
        let tenth = parse_float_lit("0.1").unwrap();
        assert_eq!(tenth, RBig::from_parts(IBig::from(1), UBig::from(10u8)));
        assert_eq!(parse_float_lit("0x1p-2").unwrap(), RBig::from_parts(IBig::from(1), UBig::from(4u8)));
        assert_eq!(parse_float_lit("1e3").unwrap(), RBig::from(IBig::from(1000)));
        assert_eq!(parse_float_lit(".5").unwrap(), RBig::from_parts(IBig::from(1), UBig::from(2u8)));
    }

    #[test]
    fn arithmetic_is_exact() {
        let third = binary_op(&Value::int(1), Token::Quo, &Value::int(3), false).unwrap();
        let one = binary_op(&third, Token::Mul, &Value::int(3), false).unwrap();
        assert_eq!(one.to_int(), Some(IBig::from(1)));
        assert_eq!(binary_op(&Value::int(7), Token::Quo, &Value::int(2), true), Some(Value::int(3)));
        assert_eq!(binary_op(&Value::int(-7), Token::Rem, &Value::int(2), true), Some(Value::int(-1)));
        assert_eq!(unary_op(Token::Xor, &Value::int(0), 8), Some(Value::int(255)));
        assert!(int_fits(&IBig::from(255), 8, true));
        assert!(!int_fits(&IBig::from(128), 8, false));
        assert!(int_fits(&IBig::from(-128), 8, false));
    }

    #[test]
    fn formatting_matches_go_constant() {
        assert_eq!(format_g6(0.1), "0.1");
        assert_eq!(format_g6(1e100), "1e+100");
        assert_eq!(format_g6(123456789.0), "1.23457e+08");
        assert_eq!(quote(b"a\"\n\xff"), "\"a\\\"\\n\\xff\"");
    }
}
