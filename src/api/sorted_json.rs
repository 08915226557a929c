//! JSON text with every object's keys sorted, written straight from a `Serialize` type: the
//! bytes `serde_json::to_string(&serde_json::to_value(x))` gives (which is how [`super::call`]
//! answers: a `serde_json::Value` object is a `BTreeMap`), without building the `Value`.
//!
//! It exists for the identifiers-only wasm module ([`super::call_id_json`]): the `Value`
//! serialiser, its `BTreeMap` and the text writer behind it were about 10 KB of that module.
//! It writes what the result types of op `id` hold (strings, booleans, integers, options,
//! sequences, structs, unit variants) and refuses the rest (floats, maps, other enum variants)
//! with an error rather than writing something else; a test compares it with serde_json on
//! every corpus answer of op `id`.

use serde::ser::{self, Impossible, Serialize};
use std::fmt;

/// Writes `value` as JSON text, object keys sorted.
///
/// # Errors
/// [`Unsupported`] for a float, a map or an enum variant with data.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Unsupported> {
    value.serialize(Writer)
}

/// A value this writer does not write (it never occurs in the results it is used for).
#[derive(Debug)]
pub struct Unsupported(String);

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<M: fmt::Display>(message: M) -> Self {
        Unsupported(message.to_string())
    }
}

fn unsupported<T>(what: &str) -> Result<T, Unsupported> {
    Err(Unsupported(format!("sorted_json: {what} is not written")))
}

/// A JSON string with serde_json's escapes: `"`, `\` and the control characters, `\b \t \n \f
/// \r` by name and the others as `\u00XX`; everything else as it is.
fn quote(text: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    let mut start = 0;
    for (i, byte) in text.bytes().enumerate() {
        let escape = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&text[start..i]);
        if escape.is_empty() {
            out.push_str("\\u00");
            out.push(HEX[usize::from(byte >> 4)] as char);
            out.push(HEX[usize::from(byte & 0xf)] as char);
        } else {
            out.push_str(escape);
        }
        start = i + 1;
    }
    out.push_str(&text[start..]);
    out.push('"');
}

/// The serialiser: each value becomes its JSON text.
struct Writer;

/// An array being written.
struct Array(String);

/// An object being written: its members as (key, JSON text), kept in key order.
struct Object(Vec<(&'static str, String)>);

impl ser::Serializer for Writer {
    type Ok = String;
    type Error = Unsupported;
    type SerializeSeq = Array;
    type SerializeTuple = Array;
    type SerializeTupleStruct = Impossible<String, Unsupported>;
    type SerializeTupleVariant = Impossible<String, Unsupported>;
    type SerializeMap = Impossible<String, Unsupported>;
    type SerializeStruct = Object;
    type SerializeStructVariant = Impossible<String, Unsupported>;

    fn serialize_bool(self, v: bool) -> Result<String, Unsupported> {
        Ok(if v { "true" } else { "false" }.to_string())
    }
    fn serialize_i8(self, v: i8) -> Result<String, Unsupported> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Result<String, Unsupported> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Result<String, Unsupported> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Result<String, Unsupported> {
        Ok(v.to_string())
    }
    fn serialize_u8(self, v: u8) -> Result<String, Unsupported> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Result<String, Unsupported> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Result<String, Unsupported> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result<String, Unsupported> {
        Ok(v.to_string())
    }
    fn serialize_f32(self, _: f32) -> Result<String, Unsupported> {
        unsupported("a float")
    }
    fn serialize_f64(self, _: f64) -> Result<String, Unsupported> {
        unsupported("a float")
    }
    fn serialize_char(self, v: char) -> Result<String, Unsupported> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<String, Unsupported> {
        let mut out = String::with_capacity(v.len() + 2);
        quote(v, &mut out);
        Ok(out)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<String, Unsupported> {
        unsupported("a byte string")
    }
    fn serialize_none(self) -> Result<String, Unsupported> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<String, Unsupported> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<String, Unsupported> {
        Ok("null".to_string())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<String, Unsupported> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<String, Unsupported> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result<String, Unsupported> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<String, Unsupported> {
        unsupported("an enum variant with data")
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Array, Unsupported> {
        Ok(Array(String::from("[")))
    }
    fn serialize_tuple(self, len: usize) -> Result<Array, Unsupported> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeTupleStruct, Unsupported> {
        unsupported("a tuple struct")
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Unsupported> {
        unsupported("an enum variant with data")
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Unsupported> {
        unsupported("a map")
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Object, Unsupported> {
        Ok(Object(Vec::with_capacity(len)))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Unsupported> {
        unsupported("an enum variant with data")
    }
}

impl ser::SerializeSeq for Array {
    type Ok = String;
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        let text = value.serialize(Writer)?;
        self.push(&text);
        Ok(())
    }
    fn end(mut self) -> Result<String, Unsupported> {
        self.0.push(']');
        Ok(self.0)
    }
}

impl Array {
    /// Adds an element (not generic, as [`Object::insert`]).
    #[inline(never)]
    fn push(&mut self, text: &str) {
        if self.0.len() > 1 {
            self.0.push(',');
        }
        self.0.push_str(text);
    }
}

impl ser::SerializeTuple for Array {
    type Ok = String;
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<String, Unsupported> {
        ser::SerializeSeq::end(self)
    }
}

impl Object {
    /// Adds a member as a BTreeMap keeps them: sorted by bytes, a repeated key replacing the
    /// earlier one. Not generic and not inlined: `serialize_field` has a copy per field type.
    #[inline(never)]
    fn insert(&mut self, key: &'static str, text: String) {
        match self.0.iter().position(|(k, _)| *k >= key) {
            Some(i) if self.0[i].0 == key => self.0[i].1 = text,
            Some(i) => self.0.insert(i, (key, text)),
            None => self.0.push((key, text)),
        }
    }
}

impl ser::SerializeStruct for Object {
    type Ok = String;
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Unsupported> {
        let text = value.serialize(Writer)?;
        self.insert(key, text);
        Ok(())
    }
    fn end(self) -> Result<String, Unsupported> {
        let mut out = String::from("{");
        for (i, (key, text)) in self.0.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            quote(key, &mut out);
            out.push(':');
            out.push_str(text);
        }
        out.push('}');
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Sample {
        zeta: &'static str,
        alpha: Option<u32>,
        #[serde(skip_serializing_if = "Option::is_none")]
        skipped: Option<u32>,
        middle_word: Vec<Inner>,
        negative: i32,
        big: u64,
        yes: bool,
    }

    #[derive(serde::Serialize)]
    enum Kind {
        #[serde(rename = "first-kind")]
        First,
    }

    #[derive(serde::Serialize)]
    struct Inner {
        kind: Kind,
        text: String,
    }

    #[test]
    fn writes_what_serde_json_writes_through_a_value() {
        let every_escape: String = (0u8..0x80).map(char::from).chain("中文 ✓ \u{2028}".chars()).collect();
        let sample = Sample {
            zeta: "z\"\\",
            alpha: None,
            skipped: None,
            middle_word: vec![Inner { kind: Kind::First, text: every_escape }, Inner { kind: Kind::First, text: String::new() }],
            negative: -2026,
            big: u64::MAX,
            yes: true,
        };
        let want = serde_json::to_string(&serde_json::to_value(&sample).unwrap()).unwrap();
        assert_eq!(to_string(&sample).unwrap(), want);
        let empty: Vec<Inner> = Vec::new();
        assert_eq!(to_string(&empty).unwrap(), "[]");
    }

    #[test]
    fn refuses_what_it_does_not_write() {
        assert!(to_string(&1.5f64).is_err());
        assert!(to_string(&std::collections::BTreeMap::from([("a", 1)])).is_err());
    }
}
