//! JSON text with every object's keys sorted, written straight from a `Serialize` type: the
//! bytes `serde_json::to_string(&serde_json::to_value(x))` gives (which is how [`super::call`]
//! answers: a `serde_json::Value` object is a `BTreeMap`), without building the `Value`.
//!
//! It exists for the wasm modules ([`super::call_id_json`], [`super::call_text`]): the `Value`
//! serialiser, its `BTreeMap` and the text writer behind it were about 10 KB of the identifiers
//! module. It writes what the result types hold (strings, booleans, integers, floats, options,
//! sequences, structs, maps with string keys, unit variants, and a `serde_json::Value`) and
//! refuses the rest (enum variants with data, byte strings) with an error rather than writing
//! something else; the corpus runner compares it with serde_json on every answer of the corpus.

use serde::ser::{self, Impossible, Serialize};
use std::borrow::Cow;
use std::fmt;

/// Writes `value` as JSON text, object keys sorted.
///
/// # Errors
/// [`Unsupported`] for an enum variant with data, a byte string or a map key that is not a
/// string, a unit variant or an integer.
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
struct Object(Vec<(Cow<'static, str>, String)>);

/// A map being written: an object, and the key of the value to come.
struct Map {
    members: Object,
    key: Option<String>,
}

/// The serialiser of a map key: the key as text, unquoted, as `serde_json::to_value` takes it
/// (a string, a unit variant's name, an integer's digits).
struct KeyWriter;

/// The eight integer methods of a serialiser that writes an integer as its decimal text: a JSON
/// number, and an object key, which serde_json writes the same way. Widened first, so that every
/// integer type shares one `to_string` for the signed and one for the unsigned.
macro_rules! integers_as_decimal_text {
    () => {
        fn serialize_i8(self, v: i8) -> Result<String, Unsupported> {
            Ok(i64::from(v).to_string())
        }
        fn serialize_i16(self, v: i16) -> Result<String, Unsupported> {
            Ok(i64::from(v).to_string())
        }
        fn serialize_i32(self, v: i32) -> Result<String, Unsupported> {
            Ok(i64::from(v).to_string())
        }
        fn serialize_i64(self, v: i64) -> Result<String, Unsupported> {
            Ok(v.to_string())
        }
        fn serialize_u8(self, v: u8) -> Result<String, Unsupported> {
            Ok(u64::from(v).to_string())
        }
        fn serialize_u16(self, v: u16) -> Result<String, Unsupported> {
            Ok(u64::from(v).to_string())
        }
        fn serialize_u32(self, v: u32) -> Result<String, Unsupported> {
            Ok(u64::from(v).to_string())
        }
        fn serialize_u64(self, v: u64) -> Result<String, Unsupported> {
            Ok(v.to_string())
        }
    };
}

impl ser::Serializer for Writer {
    type Ok = String;
    type Error = Unsupported;
    type SerializeSeq = Array;
    type SerializeTuple = Array;
    type SerializeTupleStruct = Impossible<String, Unsupported>;
    type SerializeTupleVariant = Impossible<String, Unsupported>;
    type SerializeMap = Map;
    type SerializeStruct = Object;
    type SerializeStructVariant = Impossible<String, Unsupported>;

    fn serialize_bool(self, v: bool) -> Result<String, Unsupported> {
        Ok(if v { "true" } else { "false" }.to_string())
    }
    integers_as_decimal_text!();
    fn serialize_f32(self, v: f32) -> Result<String, Unsupported> {
        // `to_value` widens an f32 to f64 and writes that, which is not an f32's shortest text.
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<String, Unsupported> {
        Ok(float(v))
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
    fn serialize_map(self, len: Option<usize>) -> Result<Map, Unsupported> {
        Ok(Map { members: Object(Vec::with_capacity(len.unwrap_or(0))), key: None })
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
    fn insert(&mut self, key: Cow<'static, str>, text: String) {
        match self.0.iter().position(|(k, _)| *k >= key) {
            Some(i) if self.0[i].0 == key => self.0[i].1 = text,
            Some(i) => self.0.insert(i, (key, text)),
            None => self.0.push((key, text)),
        }
    }

    /// The object's text, `{"key":value,…}`.
    fn end(self) -> String {
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
        out
    }
}

impl ser::SerializeStruct for Object {
    type Ok = String;
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Unsupported> {
        let text = value.serialize(Writer)?;
        self.insert(Cow::Borrowed(key), text);
        Ok(())
    }
    fn end(self) -> Result<String, Unsupported> {
        Ok(Object::end(self))
    }
}

impl ser::SerializeMap for Map {
    type Ok = String;
    type Error = Unsupported;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Unsupported> {
        self.key = Some(key.serialize(KeyWriter)?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        let text = value.serialize(Writer)?;
        self.insert_pending(text)
    }
    fn end(self) -> Result<String, Unsupported> {
        Ok(self.members.end())
    }
}

impl Map {
    /// Adds the value to the key given before it (not generic, as [`Object::insert`]).
    #[inline(never)]
    fn insert_pending(&mut self, text: String) -> Result<(), Unsupported> {
        match self.key.take() {
            Some(key) => {
                self.members.insert(Cow::Owned(key), text);
                Ok(())
            }
            None => unsupported("a map value without a key"),
        }
    }
}

/// A finite float as serde_json writes it (its shortest round-trip text, `1.0` for one); NaN and
/// the infinities as `null`, which is what `to_value` makes of them.
#[inline(never)]
fn float(v: f64) -> String {
    if v.is_finite() {
        serde_json::to_string(&v).unwrap_or_else(|_| "null".to_string())
    } else {
        "null".to_string()
    }
}

fn key_unsupported<T>() -> Result<T, Unsupported> {
    unsupported("a map key that is not a string or an integer")
}

impl ser::Serializer for KeyWriter {
    type Ok = String;
    type Error = Unsupported;
    type SerializeSeq = Impossible<String, Unsupported>;
    type SerializeTuple = Impossible<String, Unsupported>;
    type SerializeTupleStruct = Impossible<String, Unsupported>;
    type SerializeTupleVariant = Impossible<String, Unsupported>;
    type SerializeMap = Impossible<String, Unsupported>;
    type SerializeStruct = Impossible<String, Unsupported>;
    type SerializeStructVariant = Impossible<String, Unsupported>;

    fn serialize_str(self, v: &str) -> Result<String, Unsupported> {
        Ok(v.to_string())
    }
    fn serialize_char(self, v: char) -> Result<String, Unsupported> {
        Ok(v.to_string())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<String, Unsupported> {
        Ok(variant.to_string())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<String, Unsupported> {
        value.serialize(self)
    }
    integers_as_decimal_text!();
    fn serialize_bool(self, _: bool) -> Result<String, Unsupported> {
        key_unsupported()
    }
    fn serialize_f32(self, _: f32) -> Result<String, Unsupported> {
        key_unsupported()
    }
    fn serialize_f64(self, _: f64) -> Result<String, Unsupported> {
        key_unsupported()
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<String, Unsupported> {
        key_unsupported()
    }
    fn serialize_none(self) -> Result<String, Unsupported> {
        key_unsupported()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<String, Unsupported> {
        key_unsupported()
    }
    fn serialize_unit(self) -> Result<String, Unsupported> {
        key_unsupported()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<String, Unsupported> {
        key_unsupported()
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<String, Unsupported> {
        key_unsupported()
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Unsupported> {
        key_unsupported()
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Unsupported> {
        key_unsupported()
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Unsupported> {
        key_unsupported()
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Unsupported> {
        key_unsupported()
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Unsupported> {
        key_unsupported()
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, Unsupported> {
        key_unsupported()
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Unsupported> {
        key_unsupported()
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
    fn writes_floats_maps_and_values_as_serde_json_does_through_a_value() {
        fn through_a_value<T: Serialize + ?Sized>(v: &T) -> String {
            serde_json::to_string(&serde_json::to_value(v).unwrap()).unwrap()
        }
        let floats = [0.0, -0.0, 1.0, 1.5, 0.1 + 0.2, 1e21, 1e-7, -123456.789, f64::MAX, f64::MIN_POSITIVE, f64::NAN, f64::INFINITY];
        assert_eq!(to_string(&floats[..]).unwrap(), through_a_value(&floats[..]));
        assert_eq!(to_string(&[1.1f32, f32::NAN]).unwrap(), through_a_value(&[1.1f32, f32::NAN]));
        let map = std::collections::BTreeMap::from([("b", 1), ("a", 2), ("\u{7}", 3)]);
        assert_eq!(to_string(&map).unwrap(), through_a_value(&map));
        let keyed_by_number = std::collections::BTreeMap::from([(10u32, "x"), (9, "y")]);
        assert_eq!(to_string(&keyed_by_number).unwrap(), through_a_value(&keyed_by_number));
        let value = serde_json::json!({"z": [1, -2, 2.5, null, true, {"y": "\n", "b": {}}], "a": "中", "m": u64::MAX});
        assert_eq!(to_string(&value).unwrap(), through_a_value(&value));
        // A request's event as sent keys its iCalendar UIDs (op `timeline`): the same text as
        // serde_json writes of the `Value` itself.
        let event = serde_json::json!({"kind": "served", "date": "2025-01-02", "x": [1e-7, -0.0, 3e300], "事件": {"\u{1f}": null}});
        assert_eq!(to_string(&event).unwrap(), serde_json::to_string(&event).unwrap());
    }

    /// `#[serde(flatten)]` writes a struct as a map; a flattened `None` adds nothing.
    #[test]
    fn writes_flattened_members_in_key_order() {
        #[derive(serde::Serialize)]
        struct Outer {
            zulu: u8,
            #[serde(flatten)]
            inner: Option<Inner>,
        }
        for inner in [Some(Inner { kind: Kind::First, text: "t".into() }), None] {
            let outer = Outer { zulu: 1, inner };
            assert_eq!(to_string(&outer).unwrap(), serde_json::to_string(&serde_json::to_value(&outer).unwrap()).unwrap());
        }
    }

    #[test]
    fn refuses_what_it_does_not_write() {
        #[derive(serde::Serialize)]
        enum WithData {
            Tuple(u8),
        }
        assert!(to_string(&WithData::Tuple(1)).is_err());
        assert!(to_string(&std::collections::BTreeMap::from([(true, 1)])).is_err());
    }
}
