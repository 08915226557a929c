//! The one reader of JSON text: requests, pack files and JSONL lines all come through here.
//!
//! Why not `serde_json::from_str`: its parser is generic over serde's visitor traits, and with the
//! `Value` visitor, its escape and number paths and the table of powers of ten it brought 12-20 KB
//! of wasm into every module (docs/benchmarks.md, "One JSON reader"). This reader builds the same
//! `serde_json::Value` directly, or, through [`Build`], whatever a caller keeps of the text (the
//! identifiers module keeps four members of the request and no `Value`).
//!
//! Its answers are serde_json's to the byte, because they are public: the same value for every
//! text serde_json accepts (numbers included: `u64`, then `i64`, then serde_json's own `f64`
//! arithmetic, not a correctly rounded parse), and for every text it refuses the same message,
//! `"{what} at line {line} column {column}"`, at the same place. The structure below follows
//! serde_json 1.0's `de.rs` and `read.rs` (`SliceRead`, without `float_roundtrip`) step for step,
//! so that each error is raised where serde_json raises it. The unit tests compare the two on
//! every corpus request, on hand-picked malformed texts, and on random and mutated texts.

use serde_json::{Map, Number, Value};
use std::fmt;

/// A text that is not JSON, with serde_json's description and position (1-based line; column in
/// bytes from the start of the line, as serde_json counts it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// serde_json's words for what went wrong (`"expected value"`, `"trailing comma"`, …).
    pub what: &'static str,
    /// The line, from 1.
    pub line: usize,
    /// The column, in bytes after the line's start.
    pub column: usize,
}

impl SyntaxError {
    /// True for serde_json's nesting limit (128 levels), which callers report as input too deep.
    pub fn is_recursion_limit(&self) -> bool {
        self.what == RECURSION_LIMIT
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.what)?;
        f.write_str(" at line ")?;
        fmt::Display::fmt(&self.line, f)?;
        f.write_str(" column ")?;
        fmt::Display::fmt(&self.column, f)
    }
}

// serde_json's `ErrorCode` texts, for the codes its parser raises.
const EOF_LIST: &str = "EOF while parsing a list";
const EOF_OBJECT: &str = "EOF while parsing an object";
const EOF_STRING: &str = "EOF while parsing a string";
const EOF_VALUE: &str = "EOF while parsing a value";
const EXPECTED_COLON: &str = "expected `:`";
const EXPECTED_LIST_COMMA_OR_END: &str = "expected `,` or `]`";
const EXPECTED_OBJECT_COMMA_OR_END: &str = "expected `,` or `}`";
const EXPECTED_IDENT: &str = "expected ident";
const EXPECTED_VALUE: &str = "expected value";
const INVALID_ESCAPE: &str = "invalid escape";
const INVALID_NUMBER: &str = "invalid number";
const NUMBER_OUT_OF_RANGE: &str = "number out of range";
const CONTROL_CHARACTER: &str = "control character (\\u0000-\\u001F) found while parsing a string";
const KEY_MUST_BE_A_STRING: &str = "key must be a string";
const LONE_LEADING_SURROGATE: &str = "lone leading surrogate in hex escape";
const TRAILING_COMMA: &str = "trailing comma";
const TRAILING_CHARACTERS: &str = "trailing characters";
const UNEXPECTED_END_OF_HEX_ESCAPE: &str = "unexpected end of hex escape";
const RECURSION_LIMIT: &str = "recursion limit exceeded";

/// What a caller makes of each JSON value, innermost first. `depth` is the number of arrays and
/// objects around the value (the whole text is at depth 0).
pub trait Build {
    /// A finished value.
    type Out;
    /// An array being filled.
    type Array;
    /// An object being filled.
    type Object;
    fn null(&mut self, depth: usize) -> Self::Out;
    fn bool(&mut self, value: bool, depth: usize) -> Self::Out;
    fn number(&mut self, value: Number, depth: usize) -> Self::Out;
    fn string(&mut self, value: String, depth: usize) -> Self::Out;
    fn array(&mut self, depth: usize) -> Self::Array;
    fn push(&mut self, array: &mut Self::Array, item: Self::Out);
    fn end_array(&mut self, array: Self::Array, depth: usize) -> Self::Out;
    fn object(&mut self, depth: usize) -> Self::Object;
    /// A member; a key seen before replaces the earlier member, as in a `Value` object.
    fn insert(&mut self, object: &mut Self::Object, key: String, value: Self::Out);
    fn end_object(&mut self, object: Self::Object, depth: usize) -> Self::Out;
}

/// Builds `serde_json::Value`s.
pub struct ValueBuilder;

impl Build for ValueBuilder {
    type Out = Value;
    type Array = Vec<Value>;
    type Object = Map<String, Value>;
    fn null(&mut self, _: usize) -> Value {
        Value::Null
    }
    fn bool(&mut self, value: bool, _: usize) -> Value {
        Value::Bool(value)
    }
    fn number(&mut self, value: Number, _: usize) -> Value {
        Value::Number(value)
    }
    fn string(&mut self, value: String, _: usize) -> Value {
        Value::String(value)
    }
    fn array(&mut self, _: usize) -> Vec<Value> {
        Vec::new()
    }
    fn push(&mut self, array: &mut Vec<Value>, item: Value) {
        array.push(item);
    }
    fn end_array(&mut self, array: Vec<Value>, _: usize) -> Value {
        Value::Array(array)
    }
    fn object(&mut self, _: usize) -> Map<String, Value> {
        Map::new()
    }
    fn insert(&mut self, object: &mut Map<String, Value>, key: String, value: Value) {
        object.insert(key, value);
    }
    fn end_object(&mut self, object: Map<String, Value>, _: usize) -> Value {
        Value::Object(object)
    }
}

/// Parses `text` as `serde_json::from_str::<Value>` does.
///
/// # Errors
/// serde_json's syntax error for the same text.
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    parse_with(text, &mut ValueBuilder).map(|(value, _)| value)
}

/// Parses `text` into what `builder` makes of it, with the deepest nesting seen (the depth of the
/// most deeply nested value; a scalar text is 0, `[1]` is 1).
///
/// # Errors
/// serde_json's syntax error for the same text.
pub fn parse_with<B: Build>(text: &str, builder: &mut B) -> Result<(B::Out, usize), SyntaxError> {
    let mut parser = Parser { text, bytes: text.as_bytes(), index: 0, remaining_depth: 128, deepest: 0 };
    let value = parser.value(builder, 0)?;
    // As serde_json's `Deserializer::end`: nothing but white space after the value.
    if parser.whitespace().is_some() {
        return Err(parser.peek_error(TRAILING_CHARACTERS));
    }
    Ok((value, parser.deepest))
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    /// The next byte to read.
    index: usize,
    /// serde_json's recursion guard: 128 levels of arrays and objects, the 128th refused.
    remaining_depth: u8,
    deepest: usize,
}

/// `$a * 10 + $b` would exceed `$c` (serde_json's `overflow!`).
macro_rules! overflow {
    ($a:ident * 10 + $b:ident, $c:expr) => {
        $a >= $c / 10 && ($a > $c / 10 || $b > $c % 10)
    };
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.index).copied()
    }

    fn peek_or_null(&self) -> u8 {
        self.peek().unwrap_or(0)
    }

    fn next(&mut self) -> Option<u8> {
        let byte = self.peek();
        if byte.is_some() {
            self.index += 1;
        }
        byte
    }

    fn eat(&mut self) {
        self.index += 1;
    }

    /// serde_json's `SliceRead::position_of_index`.
    fn error_at(&self, what: &'static str, i: usize) -> SyntaxError {
        let before = &self.bytes[..i];
        let start_of_line = before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
        let line = 1 + before[..start_of_line].iter().filter(|&&b| b == b'\n').count();
        SyntaxError { what, line, column: i - start_of_line }
    }

    /// An error caused by the byte last read (serde_json's `error`).
    fn error(&self, what: &'static str) -> SyntaxError {
        self.error_at(what, self.index)
    }

    /// An error caused by the byte peeked at (serde_json's `peek_error`).
    fn peek_error(&self, what: &'static str) -> SyntaxError {
        self.error_at(what, (self.index + 1).min(self.bytes.len()))
    }

    fn whitespace(&mut self) -> Option<u8> {
        loop {
            match self.peek() {
                Some(b' ' | b'\n' | b'\t' | b'\r') => self.eat(),
                other => return other,
            }
        }
    }

    fn value<B: Build>(&mut self, builder: &mut B, depth: usize) -> Result<B::Out, SyntaxError> {
        let Some(peek) = self.whitespace() else {
            return Err(self.peek_error(EOF_VALUE));
        };
        self.deepest = self.deepest.max(depth);
        match peek {
            b'n' => {
                self.eat();
                self.ident(b"ull")?;
                Ok(builder.null(depth))
            }
            b't' => {
                self.eat();
                self.ident(b"rue")?;
                Ok(builder.bool(true, depth))
            }
            b'f' => {
                self.eat();
                self.ident(b"alse")?;
                Ok(builder.bool(false, depth))
            }
            b'-' => {
                self.eat();
                let number = self.integer(false)?;
                Ok(builder.number(number, depth))
            }
            b'0'..=b'9' => {
                let number = self.integer(true)?;
                Ok(builder.number(number, depth))
            }
            b'"' => {
                self.eat();
                let text = self.string()?;
                Ok(builder.string(text, depth))
            }
            b'[' => {
                self.enter()?;
                self.eat();
                let items = self.items(builder, depth);
                self.remaining_depth += 1;
                let items = items?;
                self.end_array()?;
                Ok(builder.end_array(items, depth))
            }
            b'{' => {
                self.enter()?;
                self.eat();
                let members = self.members(builder, depth);
                self.remaining_depth += 1;
                let members = members?;
                self.end_object()?;
                Ok(builder.end_object(members, depth))
            }
            _ => Err(self.peek_error(EXPECTED_VALUE)),
        }
    }

    fn enter(&mut self) -> Result<(), SyntaxError> {
        self.remaining_depth -= 1;
        if self.remaining_depth == 0 {
            return Err(self.peek_error(RECURSION_LIMIT));
        }
        Ok(())
    }

    fn ident(&mut self, rest: &[u8]) -> Result<(), SyntaxError> {
        for &expected in rest {
            match self.next() {
                None => return Err(self.error(EOF_VALUE)),
                Some(byte) if byte != expected => return Err(self.error(EXPECTED_IDENT)),
                Some(_) => {}
            }
        }
        Ok(())
    }

    /// The elements of an array whose `[` was read (serde_json's `SeqAccess`).
    fn items<B: Build>(&mut self, builder: &mut B, depth: usize) -> Result<B::Array, SyntaxError> {
        let mut array = builder.array(depth);
        let mut first = true;
        while self.has_next(&mut first, b']', EOF_LIST, EXPECTED_LIST_COMMA_OR_END, false)? {
            let item = self.value(builder, depth + 1)?;
            builder.push(&mut array, item);
        }
        Ok(array)
    }

    /// The members of an object whose `{` was read (serde_json's `MapAccess`).
    fn members<B: Build>(&mut self, builder: &mut B, depth: usize) -> Result<B::Object, SyntaxError> {
        let mut object = builder.object(depth);
        let mut first = true;
        while self.has_next(&mut first, b'}', EOF_OBJECT, EXPECTED_OBJECT_COMMA_OR_END, true)? {
            self.eat();
            let key = self.string()?;
            match self.whitespace() {
                Some(b':') => self.eat(),
                Some(_) => return Err(self.peek_error(EXPECTED_COLON)),
                None => return Err(self.peek_error(EOF_OBJECT)),
            }
            let value = self.value(builder, depth + 1)?;
            builder.insert(&mut object, key, value);
        }
        Ok(object)
    }

    /// Whether another element of an array (or member of an object, `keyed`) follows, up to its
    /// first byte, or the `close` byte that ends it: serde_json's `has_next_element` and
    /// `has_next_key`, with their errors in their order.
    fn has_next(&mut self, first: &mut bool, close: u8, eof: &'static str, expected_comma: &'static str, keyed: bool) -> Result<bool, SyntaxError> {
        let Some(peek) = self.whitespace() else {
            return Err(self.peek_error(eof));
        };
        if peek == close {
            return Ok(false);
        }
        let next = if *first {
            *first = false;
            peek
        } else if peek == b',' {
            self.eat();
            match self.whitespace() {
                Some(b) if b == close => return Err(self.peek_error(TRAILING_COMMA)),
                Some(b) => b,
                None => return Err(self.peek_error(EOF_VALUE)),
            }
        } else {
            return Err(self.peek_error(expected_comma));
        };
        if keyed && next != b'"' {
            return Err(self.peek_error(KEY_MUST_BE_A_STRING));
        }
        Ok(true)
    }

    fn end_array(&mut self) -> Result<(), SyntaxError> {
        match self.whitespace() {
            Some(b']') => {
                self.eat();
                Ok(())
            }
            // `items` returns only at `]` or with an error, so this is serde_json's safety net.
            Some(b',') => {
                self.eat();
                match self.whitespace() {
                    Some(b']') => Err(self.peek_error(TRAILING_COMMA)),
                    _ => Err(self.peek_error(TRAILING_CHARACTERS)),
                }
            }
            Some(_) => Err(self.peek_error(TRAILING_CHARACTERS)),
            None => Err(self.peek_error(EOF_LIST)),
        }
    }

    fn end_object(&mut self) -> Result<(), SyntaxError> {
        match self.whitespace() {
            Some(b'}') => {
                self.eat();
                Ok(())
            }
            Some(b',') => Err(self.peek_error(TRAILING_COMMA)),
            Some(_) => Err(self.peek_error(TRAILING_CHARACTERS)),
            None => Err(self.peek_error(EOF_OBJECT)),
        }
    }

    /// A string whose opening quote was read (serde_json's `parse_str_bytes`, validating). The
    /// text is a `&str`, so the bytes between escapes are UTF-8 already.
    fn string(&mut self) -> Result<String, SyntaxError> {
        let mut out: Vec<u8> = Vec::new();
        let mut start = self.index;
        let mut escaped = false;
        loop {
            let rest = self.bytes.get(self.index..).unwrap_or_default();
            self.index += rest.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20).unwrap_or(rest.len());
            let Some(&b) = self.bytes.get(self.index) else {
                return Err(self.error(EOF_STRING));
            };
            match b {
                b'"' => {
                    let end = self.index;
                    self.index += 1;
                    // The string ends at an ASCII quote, so at a character boundary.
                    let rest = self.text.get(start..end).unwrap_or_default();
                    if !escaped {
                        return Ok(rest.to_owned());
                    }
                    out.extend_from_slice(rest.as_bytes());
                    // Escapes give whole characters (surrogates must pair), and the rest was
                    // copied from a `&str` at character boundaries.
                    return Ok(String::from_utf8(out).unwrap_or_default());
                }
                b'\\' => {
                    out.extend_from_slice(&self.bytes[start..self.index]);
                    self.index += 1;
                    escaped = true;
                    self.escape(&mut out)?;
                    start = self.index;
                }
                _ => {
                    self.index += 1;
                    return Err(self.error(CONTROL_CHARACTER));
                }
            }
        }
    }

    /// An escape whose backslash was read (serde_json's `parse_escape`).
    fn escape(&mut self, out: &mut Vec<u8>) -> Result<(), SyntaxError> {
        let Some(ch) = self.next() else {
            return Err(self.error(EOF_STRING));
        };
        let byte = match ch {
            b'"' => b'"',
            b'\\' => b'\\',
            b'/' => b'/',
            b'b' => 0x08,
            b'f' => 0x0c,
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'u' => return self.unicode_escape(out),
            _ => return Err(self.error(INVALID_ESCAPE)),
        };
        out.push(byte);
        Ok(())
    }

    /// Four hex digits (serde_json's `SliceRead::decode_hex_escape`).
    fn hex_escape(&mut self) -> Result<u16, SyntaxError> {
        let Some(digits) = self.bytes.get(self.index..self.index + 4) else {
            self.index = self.bytes.len();
            return Err(self.error(EOF_STRING));
        };
        self.index += 4;
        let mut n: u16 = 0;
        for &d in digits {
            let v = match d {
                b'0'..=b'9' => d - b'0',
                b'a'..=b'f' => d - b'a' + 10,
                b'A'..=b'F' => d - b'A' + 10,
                _ => return Err(self.error(INVALID_ESCAPE)),
            };
            n = (n << 4) | u16::from(v);
        }
        Ok(n)
    }

    /// A `\u` escape whose `u` was read (serde_json's `parse_unicode_escape`, validating).
    fn unicode_escape(&mut self, out: &mut Vec<u8>) -> Result<(), SyntaxError> {
        let n = self.hex_escape()?;
        if (0xDC00..=0xDFFF).contains(&n) {
            // serde_json's name for a trailing surrogate that leads.
            return Err(self.error(LONE_LEADING_SURROGATE));
        }
        let code = if (0xD800..=0xDBFF).contains(&n) {
            for expected in [b'\\', b'u'] {
                match self.peek() {
                    None => return Err(self.error(EOF_STRING)),
                    Some(b) => {
                        self.eat();
                        if b != expected {
                            return Err(self.error(UNEXPECTED_END_OF_HEX_ESCAPE));
                        }
                    }
                }
            }
            let n2 = self.hex_escape()?;
            if !(0xDC00..=0xDFFF).contains(&n2) {
                return Err(self.error(LONE_LEADING_SURROGATE));
            }
            ((u32::from(n - 0xD800) << 10) | u32::from(n2 - 0xDC00)) + 0x1_0000
        } else {
            u32::from(n)
        };
        let mut buf = [0u8; 4];
        out.extend_from_slice(char::from_u32(code).unwrap_or('\u{FFFD}').encode_utf8(&mut buf).as_bytes());
        Ok(())
    }

    /// A number after its sign (serde_json's `parse_integer` and what it calls).
    fn integer(&mut self, positive: bool) -> Result<Number, SyntaxError> {
        let Some(first) = self.next() else {
            return Err(self.error(EOF_VALUE));
        };
        match first {
            b'0' => {
                // There can be only one leading '0'.
                if self.peek_or_null().is_ascii_digit() {
                    return Err(self.peek_error(INVALID_NUMBER));
                }
                self.after_integer(positive, 0)
            }
            b'1'..=b'9' => {
                let mut significand = u64::from(first - b'0');
                loop {
                    let c = self.peek_or_null();
                    if !c.is_ascii_digit() {
                        return self.after_integer(positive, significand);
                    }
                    let digit = u64::from(c - b'0');
                    if overflow!(significand * 10 + digit, u64::MAX) {
                        return self.long_integer(positive, significand).map(float);
                    }
                    self.eat();
                    significand = significand * 10 + digit;
                }
            }
            _ => Err(self.error(INVALID_NUMBER)),
        }
    }

    /// serde_json's `parse_number`: the integer part is read.
    fn after_integer(&mut self, positive: bool, significand: u64) -> Result<Number, SyntaxError> {
        Ok(match self.peek_or_null() {
            b'.' => float(self.decimal(positive, significand, 0)?),
            b'e' | b'E' => float(self.exponent(positive, significand, 0)?),
            _ if positive => Number::from(significand),
            _ => {
                let negated = (significand as i64).wrapping_neg();
                // A float on underflow, or for `-0`.
                if negated >= 0 {
                    float(-(significand as f64))
                } else {
                    Number::from(negated)
                }
            }
        })
    }

    fn decimal(&mut self, positive: bool, mut significand: u64, exponent_before_point: i32) -> Result<f64, SyntaxError> {
        self.eat();
        let mut exponent_after_point = 0;
        loop {
            let c = self.peek_or_null();
            if !c.is_ascii_digit() {
                break;
            }
            let digit = u64::from(c - b'0');
            if overflow!(significand * 10 + digit, u64::MAX) {
                return self.decimal_overflow(positive, significand, exponent_before_point + exponent_after_point);
            }
            self.eat();
            significand = significand * 10 + digit;
            exponent_after_point -= 1;
        }
        // At least one digit after the decimal point.
        if exponent_after_point == 0 {
            return Err(match self.peek() {
                Some(_) => self.peek_error(INVALID_NUMBER),
                None => self.peek_error(EOF_VALUE),
            });
        }
        let exponent = exponent_before_point + exponent_after_point;
        match self.peek_or_null() {
            b'e' | b'E' => self.exponent(positive, significand, exponent),
            _ => self.from_parts(positive, significand, exponent),
        }
    }

    fn exponent(&mut self, positive: bool, significand: u64, starting_exp: i32) -> Result<f64, SyntaxError> {
        self.eat();
        let positive_exp = match self.peek_or_null() {
            b'+' => {
                self.eat();
                true
            }
            b'-' => {
                self.eat();
                false
            }
            _ => true,
        };
        let Some(first) = self.next() else {
            return Err(self.error(EOF_VALUE));
        };
        if !first.is_ascii_digit() {
            return Err(self.error(INVALID_NUMBER));
        }
        let mut exp = i32::from(first - b'0');
        loop {
            let c = self.peek_or_null();
            if !c.is_ascii_digit() {
                break;
            }
            self.eat();
            let digit = i32::from(c - b'0');
            if overflow!(exp * 10 + digit, i32::MAX) {
                return self.exponent_overflow(positive, significand == 0, positive_exp);
            }
            exp = exp * 10 + digit;
        }
        let final_exp = if positive_exp { starting_exp.saturating_add(exp) } else { starting_exp.saturating_sub(exp) };
        self.from_parts(positive, significand, final_exp)
    }

    /// serde_json's `f64_from_parts` without `float_roundtrip`: the significand times or divided
    /// by one power of ten (so not always the nearest `f64`, and serde_json's value for that).
    fn from_parts(&self, positive: bool, significand: u64, mut exponent: i32) -> Result<f64, SyntaxError> {
        let mut f = significand as f64;
        loop {
            let magnitude = exponent.unsigned_abs();
            if magnitude <= 308 {
                let pow = pow10(magnitude);
                if exponent >= 0 {
                    f *= pow;
                    if f.is_infinite() {
                        return Err(self.error(NUMBER_OUT_OF_RANGE));
                    }
                } else {
                    f /= pow;
                }
                break;
            }
            if f == 0.0 {
                break;
            }
            if exponent >= 0 {
                return Err(self.error(NUMBER_OUT_OF_RANGE));
            }
            f /= 1e308;
            exponent += 308;
        }
        Ok(if positive { f } else { -f })
    }

    /// serde_json's `parse_long_integer` without `float_roundtrip`: digits past `u64` only scale.
    fn long_integer(&mut self, positive: bool, significand: u64) -> Result<f64, SyntaxError> {
        let mut exponent = 0;
        loop {
            match self.peek_or_null() {
                b'0'..=b'9' => {
                    self.eat();
                    exponent += 1;
                }
                b'.' => return self.decimal(positive, significand, exponent),
                b'e' | b'E' => return self.exponent(positive, significand, exponent),
                _ => return self.from_parts(positive, significand, exponent),
            }
        }
    }

    fn decimal_overflow(&mut self, positive: bool, significand: u64, exponent: i32) -> Result<f64, SyntaxError> {
        // The next digit would overflow: the rest are ignored.
        while self.peek_or_null().is_ascii_digit() {
            self.eat();
        }
        match self.peek_or_null() {
            b'e' | b'E' => self.exponent(positive, significand, exponent),
            _ => self.from_parts(positive, significand, exponent),
        }
    }

    fn exponent_overflow(&mut self, positive: bool, zero_significand: bool, positive_exp: bool) -> Result<f64, SyntaxError> {
        // An error instead of infinity.
        if !zero_significand && positive_exp {
            return Err(self.error(NUMBER_OUT_OF_RANGE));
        }
        while self.peek_or_null().is_ascii_digit() {
            self.eat();
        }
        Ok(if positive { 0.0 } else { -0.0 })
    }
}

/// A parsed float as serde_json's `Value` holds it (it is always finite here).
fn float(f: f64) -> Number {
    Number::from_f64(f).unwrap_or_else(|| Number::from(0u64))
}

/// `10^k` rounded to the nearest `f64` (ties to even), for `k <= 308`: the literals `1e0` …
/// `1e308` of serde_json's table. Up to `1e22` the power is exact in an `f64`; above, it is
/// computed as a big integer and rounded, which needs no 2.5 KB table in the module and is
/// reached only by numbers with more than 22 digits of exponent.
fn pow10(k: u32) -> f64 {
    if k <= 22 {
        let mut f = 1.0;
        for _ in 0..k {
            f *= 10.0;
        }
        return f;
    }
    // 10^308 < 2^1024: 32 limbs of 32 bits, least significant first.
    let mut limbs = [0u32; 33];
    limbs[0] = 1;
    let mut len = 1;
    for _ in 0..k {
        let mut carry = 0u64;
        for limb in &mut limbs[..len] {
            let v = u64::from(*limb) * 10 + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry > 0 {
            limbs[len] = carry as u32;
            len += 1;
        }
    }
    let bits = (len as u32 - 1) * 32 + (32 - limbs[len - 1].leading_zeros());
    let bit = |i: u32| (limbs[(i / 32) as usize] >> (i % 32)) & 1 == 1;
    // The top 53 bits, then round to nearest, ties to even, by the next bit and the rest.
    let shift = bits - 53;
    let mut mantissa = 0u64;
    for i in (shift..bits).rev() {
        mantissa = (mantissa << 1) | u64::from(bit(i));
    }
    let half = bit(shift - 1);
    let sticky = (0..shift - 1).any(bit);
    if half && (sticky || mantissa & 1 == 1) {
        mantissa += 1;
    }
    // mantissa < 2^54 and shift <= 971: the product is exact in binary and within range.
    let mut f = mantissa as f64;
    for _ in 0..shift {
        f *= 2.0;
    }
    f
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Both readers on one text: the same value (compared as serde_json writes it, and float
    /// bits), or the same message.
    fn same(text: &str) {
        let ours = parse(text);
        let theirs = serde_json::from_str::<Value>(text);
        match (&ours, &theirs) {
            (Ok(a), Ok(b)) => {
                assert_eq!(a, b, "value of {text:?}");
                assert_eq!(serde_json::to_string(a).unwrap(), serde_json::to_string(b).unwrap(), "{text:?}");
                assert_eq!(float_bits(a), float_bits(b), "float bits of {text:?}");
            }
            (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string(), "error of {text:?}"),
            _ => panic!("{text:?}: ours {ours:?}, serde_json {theirs:?}"),
        }
    }

    fn float_bits(v: &Value) -> Vec<u64> {
        let mut out = Vec::new();
        fn walk(v: &Value, out: &mut Vec<u64>) {
            match v {
                Value::Number(n) if n.is_f64() => out.push(n.as_f64().unwrap().to_bits()),
                Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
                Value::Object(o) => o.values().for_each(|x| walk(x, out)),
                _ => {}
            }
        }
        walk(v, &mut out);
        out
    }

    #[test]
    fn powers_of_ten_are_the_nearest_floats() {
        for k in 0..=308u32 {
            let nearest: f64 = format!("1e{k}").parse().unwrap();
            assert_eq!(pow10(k).to_bits(), nearest.to_bits(), "1e{k}");
        }
    }

    #[test]
    fn hand_picked_texts_read_as_serde_json_reads_them() {
        let texts = [
            "", " ", "null", "nul", "nulx", "true", "tru", "trux", "false", "f", "x", "  x", "\n\n  x",
            "0", "-0", "-", "-x", "00", "01", "-01", "1.", "1.x", "1.5", "-1.5", "1e", "1e+", "1e-", "1ex", "1e5", "1E5",
            "1e-5", "1.5e3", "1e308", "1e309", "-1e309", "1.7976931348623157e308", "1.7976931348623159e308",
            "2.2250738585072014e-308", "5e-324", "1e-400", "1e-99999999999", "1e99999999999", "0e99999999999",
            "-0e99999999999", "123456789012345678901234567890", "-123456789012345678901234567890",
            "18446744073709551615", "18446744073709551616", "-9223372036854775808", "-9223372036854775809",
            "0.1234567890123456789012345678901234567890", "1234567890123456789012.5e-3", "9.999999999999999e22",
            "1e23", "8.98846567431158e307", "123e-310", "0.000000000000000000000000000001e-290",
            "\"", "\"abc", "\"abc\"", "\"a\\\"b\"", "\"\\", "\"\\x\"", "\"\\u\"", "\"\\u12\"", "\"\\u12", "\"\\u00e9\"",
            "\"\\uD83D\\uDE00\"", "\"\\uD83D\"", "\"\\uD83Dx\"", "\"\\uD83D\\n\"", "\"\\uD83D\\u0041\"", "\"\\uDE00\"",
            "\"\\uD83D", "\"\\uD83D\\", "\"\\uD83D\\u", "\"\\uZZZZ\"", "\"a\tb\"", "\"a\nb\"", "\"\u{1}\"",
            "\"中文\"", "\"中\\n文\"", "\"\\/\\b\\f\\r\\t\"",
            "[", "[1", "[1,", "[1,]", "[1 2]", "[1,2]", "[,1]", "[]", "[ ]", "[[[]]]", "[1]x", "[1] ", "[1]]",
            "{", "{\"a\"", "{\"a\":", "{\"a\":1", "{\"a\":1,", "{\"a\":1,}", "{\"a\" 1}", "{1:2}", "{,}", "{}", "{ }",
            "{\"a\":1 \"b\":2}", "{\"a\":1,\"a\":2}", "{\"a\":1,2:3}", "{\"a\":1}}", "{\"a\":[1,{\"b\":null}]}",
            "\n{\n  \"a\": [1,\n  2,,\n]}", "{\"k\":\"v\"}\n\nx", "[\"é\" x]", "[\"中文\", x]",
        ];
        for text in texts {
            same(text);
        }
        for depth in [126, 127, 128, 129, 200] {
            same(&format!("{}{}", "[".repeat(depth), "]".repeat(depth)));
            same(&format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth)));
            same(&"[".repeat(depth));
        }
    }

    /// Every file of the case corpus (`tests/cases/`), as text and parsed: for the tests that
    /// compare readers or modules on it.
    pub(crate) fn corpus_files() -> Vec<(String, Value)> {
        let mut files = Vec::new();
        let mut dirs = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "json") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    let doc = serde_json::from_str(&text).unwrap();
                    files.push((text, doc));
                }
            }
        }
        files
    }

    #[test]
    fn every_corpus_request_and_its_mutations_read_as_serde_json_reads_them() {
        let mut texts = Vec::new();
        for (file, doc) in corpus_files() {
            for case in doc["cases"].as_array().into_iter().flatten() {
                texts.push(serde_json::to_string(&case["request"]).unwrap());
                texts.push(serde_json::to_string_pretty(&case["request"]).unwrap());
            }
            texts.push(file);
        }
        assert!(texts.len() > 1000, "the corpus was not found: {} texts", texts.len());
        // Every prefix cut, byte flip and inserted byte of a random selection, deterministic.
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut random = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        const NOISE: &[u8] = b"{}[]:,\"\\ \n\t0123456789-+.eEuntrfalsx";
        let mut checked = 0;
        for text in &texts {
            same(text);
            let bytes = text.as_bytes();
            for _ in 0..40 {
                let mut mutated = bytes.to_vec();
                let at = (random() as usize) % (mutated.len() + 1);
                match random() % 4 {
                    0 => mutated.truncate(at),
                    1 if at < mutated.len() => mutated[at] = NOISE[(random() as usize) % NOISE.len()],
                    2 if at < mutated.len() => {
                        mutated.remove(at);
                    }
                    _ => mutated.insert(at, NOISE[(random() as usize) % NOISE.len()]),
                }
                if let Ok(s) = String::from_utf8(mutated) {
                    same(&s);
                    checked += 1;
                }
            }
        }
        assert!(checked > 50_000, "{checked}");
    }

    #[test]
    fn random_texts_read_as_serde_json_reads_them() {
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        let mut random = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        const PIECES: &[&str] = &[
            "{", "}", "[", "]", ":", ",", "\"", "\\", " ", "\n", "\t", "\r", "0", "1", "9", "-", "+", ".", "e", "E",
            "null", "true", "false", "\"a\"", "\"k\":", "\\u", "D83D", "DE00", "00e9", "中", "\u{1}", "12345678901234567890",
            "e400", "e-400", "x", "nu", "t", "fals",
        ];
        let mut seen = std::collections::BTreeSet::new();
        let mut accepted = 0;
        for _ in 0..200_000 {
            let n = 1 + (random() % 12) as usize;
            let text: String = (0..n).map(|_| PIECES[(random() as usize) % PIECES.len()]).collect();
            same(&text);
            match parse(&text) {
                Ok(_) => accepted += 1,
                Err(e) => {
                    seen.insert(e.what);
                }
            }
        }
        // The texts reach every error the parser raises but the nesting limit, and some are JSON.
        let every = [
            EOF_LIST, EOF_OBJECT, EOF_STRING, EOF_VALUE, EXPECTED_COLON, EXPECTED_LIST_COMMA_OR_END,
            EXPECTED_OBJECT_COMMA_OR_END, EXPECTED_IDENT, EXPECTED_VALUE, INVALID_ESCAPE, INVALID_NUMBER,
            NUMBER_OUT_OF_RANGE, CONTROL_CHARACTER, KEY_MUST_BE_A_STRING, LONE_LEADING_SURROGATE, TRAILING_COMMA,
            TRAILING_CHARACTERS, UNEXPECTED_END_OF_HEX_ESCAPE,
        ];
        let missing: Vec<_> = every.iter().filter(|w| !seen.contains(*w)).collect();
        assert!(missing.is_empty(), "never raised: {missing:?}");
        assert!(accepted > 1000, "{accepted} texts were JSON");
    }

    #[test]
    fn the_deepest_nesting_is_counted_as_check_depth_counts_it() {
        let deepest = |text: &str| parse_with(text, &mut ValueBuilder).unwrap().1;
        assert_eq!(deepest("1"), 0);
        assert_eq!(deepest("[]"), 0);
        assert_eq!(deepest("[1]"), 1);
        assert_eq!(deepest("{\"a\":[[]],\"b\":1}"), 2);
        assert_eq!(deepest("[[[{}]],1]"), 3);
    }
}
