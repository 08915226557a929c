//! Reading a form's JSON into its type: one reader for every filing and document type, in place of
//! serde's `Deserialize` derived per type.
//!
//! serde's derive, read from a `serde_json::Value`, instanced its visitors, the `Option` and `Vec`
//! readers and the map and sequence walkers once per type, ~100 KB of the wasm module for a job
//! that is the same for every type: walk an object, match each key to a field, read the field.
//! Here a type is a list of field names and one small function that stores a field (written by
//! [`form!`]), and the walk is non-generic code shared by all of them.
//!
//! The answers are the derive's, to the byte, because they are public: the same values, and for a
//! field of the wrong JSON type the same error message (`invalid type: integer `5`, expected a
//! string`, `unknown field `idNo`, expected one of …`), as serde and serde_json word them. A unit
//! test reads generated forms with both and compares.
//!
//! What the derive accepts, this accepts too: an object (keys in the map's order, which is sorted;
//! the first bad key is the one reported), and, as serde does for any struct, an array of the
//! fields in declaration order.

use serde_json::Value;

/// An error message, worded as serde's through serde_json's `Value` deserializer.
pub(crate) type Message = String;

/// A value a form field holds, read from JSON.
pub(crate) trait Read: Sized {
    /// Reads the value.
    ///
    /// # Errors
    /// serde's message for JSON of the wrong type or value.
    fn read(value: &Value) -> Result<Self, Message>;

    /// The value of a field missing from an object: only an `Option` has one (`None`).
    ///
    /// # Errors
    /// `missing field` naming the field.
    fn missing(field: &'static str) -> Result<Self, Message> {
        Err(format!("missing field `{field}`"))
    }
}

/// A field's value, or its value when missing.
pub(crate) fn field<T: Read>(value: Option<&Value>, name: &'static str) -> Result<T, Message> {
    match value {
        Some(v) => T::read(v),
        None => T::missing(name),
    }
}

/// How serde_json names a JSON value it did not expect (`JsonUnexpected`).
fn unexpected(value: &Value) -> String {
    match value {
        Value::Null => "null".to_string(),
        Value::Bool(b) => format!("boolean `{b}`"),
        // serde_json writes a float here as its serialiser does (`Number`'s Display).
        Value::Number(n) if n.is_f64() => format!("floating point `{n}`"),
        Value::Number(n) => format!("integer `{n}`"),
        Value::String(s) => format!("string {s:?}"),
        Value::Array(_) => "sequence".to_string(),
        Value::Object(_) => "map".to_string(),
    }
}

fn invalid_type(value: &Value, expected: &str) -> Message {
    format!("invalid type: {}, expected {expected}", unexpected(value))
}

/// serde's `OneOf`: "`a`", "`a` or `b`", "one of `a`, `b`, `c`".
fn one_of(names: &[&str]) -> String {
    match names {
        [one] => format!("`{one}`"),
        [a, b] => format!("`{a}` or `{b}`"),
        _ => {
            let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            format!("one of {}", quoted.join(", "))
        }
    }
}

fn unknown(what: &str, key: &str, names: &[&str]) -> Message {
    if names.is_empty() {
        format!("unknown {what} `{key}`, there are no {what}s")
    } else {
        format!("unknown {what} `{key}`, expected {}", one_of(names))
    }
}

impl<T: Read> Read for Option<T> {
    fn read(value: &Value) -> Result<Self, Message> {
        match value {
            Value::Null => Ok(None),
            v => T::read(v).map(Some),
        }
    }
    fn missing(_: &'static str) -> Result<Self, Message> {
        Ok(None)
    }
}

impl Read for String {
    fn read(value: &Value) -> Result<Self, Message> {
        match value {
            Value::String(s) => Ok(s.clone()),
            v => Err(invalid_type(v, "a string")),
        }
    }
}

impl Read for bool {
    fn read(value: &Value) -> Result<Self, Message> {
        match value {
            Value::Bool(b) => Ok(*b),
            v => Err(invalid_type(v, "a boolean")),
        }
    }
}

impl Read for u32 {
    fn read(value: &Value) -> Result<Self, Message> {
        match value {
            Value::Number(n) if !n.is_f64() => match n.as_u64() {
                Some(u) => u32::try_from(u).map_err(|_| format!("invalid value: integer `{n}`, expected u32")),
                None => Err(format!("invalid value: integer `{n}`, expected u32")),
            },
            v => Err(invalid_type(v, "u32")),
        }
    }
}

impl<T: Read> Read for Vec<T> {
    fn read(value: &Value) -> Result<Self, Message> {
        match value {
            Value::Array(items) => items.iter().map(T::read).collect(),
            v => Err(invalid_type(v, "a sequence")),
        }
    }
}

impl<T: Read> Read for std::collections::BTreeMap<String, T> {
    fn read(value: &Value) -> Result<Self, Message> {
        match value {
            Value::Object(map) => map.iter().map(|(k, v)| T::read(v).map(|v| (k.clone(), v))).collect(),
            v => Err(invalid_type(v, "a map")),
        }
    }
}

/// Reads a struct named `name` with the fields `fields` (JSON names, declaration order): from an
/// object by key, or from an array by position, as serde's derive does. `set` reads field number
/// `i` from its value, or from its absence when `None`, and is called in serde's order: the
/// object's keys in the map's order, then the missing fields in declaration order. This is the
/// same code for every type; [`form!`] writes `set`.
pub(crate) fn walk_struct(
    value: &Value,
    name: &str,
    fields: &'static [&'static str],
    deny_unknown: bool,
    set: &mut dyn FnMut(usize, Option<&Value>) -> Result<(), Message>,
) -> Result<(), Message> {
    match value {
        Value::Object(map) => {
            let mut seen = vec![false; fields.len()];
            for (key, v) in map {
                match fields.iter().position(|f| f == key) {
                    Some(i) => {
                        set(i, Some(v))?;
                        seen[i] = true;
                    }
                    None if deny_unknown => return Err(unknown("field", key, fields)),
                    None => {}
                }
            }
            for (i, was_seen) in seen.iter().enumerate() {
                if !was_seen {
                    set(i, None)?;
                }
            }
            Ok(())
        }
        Value::Array(items) => {
            let n = fields.len();
            for i in 0..n {
                match items.get(i) {
                    Some(v) => set(i, Some(v))?,
                    // "elements" even for one: serde's wording.
                    None => return Err(format!("invalid length {i}, expected struct {name} with {n} elements")),
                }
            }
            if items.len() > n {
                return Err(format!("invalid length {}, expected fewer elements in array", items.len()));
            }
            Ok(())
        }
        v => Err(invalid_type(v, &format!("struct {name}"))),
    }
}

/// Reads a unit variant of an enum whose variants' JSON names are `names`: a string, or an object
/// with one key whose value is null (serde's external tagging). Returns the variant's index.
pub(crate) fn read_unit_variant(value: &Value, names: &[&str]) -> Result<usize, Message> {
    let find = |key: &str| names.iter().position(|n| *n == key).ok_or_else(|| unknown("variant", key, names));
    match value {
        Value::String(s) => find(s),
        Value::Object(map) => {
            let mut entries = map.iter();
            match (entries.next(), entries.next()) {
                (Some((key, v)), None) => {
                    let i = find(key)?;
                    match v {
                        Value::Null => Ok(i),
                        other => Err(invalid_type(other, "unit")),
                    }
                }
                _ => Err("invalid value: map, expected map with a single key".to_string()),
            }
        }
        v => Err(invalid_type(v, "string or map")),
    }
}

/// Makes a struct [`Read`] through [`walk_struct`]: `form!(Hearing, deny_unknown_fields, {date:
/// Option<String> = "date", case_number: Option<String> = "caseNumber"})` lists every field with
/// its type and JSON name, in declaration order. `open` instead of `deny_unknown_fields` ignores
/// keys it does not know, as serde does without that attribute.
macro_rules! form {
    ($ty:ident, $mode:ident, { $($field:ident: $fty:ty = $name:literal),* $(,)? }) => {
        #[cfg(test)]
        impl $ty {
            /// The JSON names of the fields, for the tests that compare this reader with serde's.
            pub(crate) const FORM_FIELDS: &'static [&'static str] = &[$($name),*];
        }
        impl $crate::form::read::Read for $ty {
            fn read(value: &serde_json::Value) -> Result<Self, String> {
                #[derive(Default)]
                struct Slots {
                    $($field: Option<$fty>,)*
                }
                let mut slots = Slots::default();
                $crate::form::read::walk_struct(
                    value,
                    stringify!($ty),
                    &[$($name),*],
                    $crate::form::read::form!(@deny $mode),
                    &mut |index, value| {
                        let mut next = 0usize;
                        $(
                            if index == next {
                                slots.$field = Some($crate::form::read::field(value, $name)?);
                            }
                            next += 1;
                        )*
                        let _ = next;
                        Ok(())
                    },
                )?;
                // walk_struct has set every field when it returns Ok.
                Ok($ty { $($field: slots.$field.ok_or_else(String::new)?,)* })
            }
        }
    };
    (@deny deny_unknown_fields) => { true };
    (@deny open) => { false };
}

/// Makes a unit-only enum [`Read`]: `form_enum!(PartyType, {Person: "person", Organization:
/// "organization"})`, every variant with its JSON name.
macro_rules! form_enum {
    ($ty:ident, { $($variant:ident: $name:literal),* $(,)? }) => {
        impl $crate::form::read::Read for $ty {
            fn read(value: &serde_json::Value) -> Result<Self, String> {
                const VARIANTS: &[$ty] = &[$($ty::$variant),*];
                let i = $crate::form::read::read_unit_variant(value, &[$($name),*])?;
                // The index is one of VARIANTS' by construction.
                VARIANTS.get(i).copied().ok_or_else(String::new)
            }
        }
    };
}

pub(crate) use {form, form_enum};

#[cfg(test)]
mod tests {
    //! Every form type against serde's derive (kept for the tests only), on generated JSON: the
    //! same value, or the same error message, for each input.
    use super::Read;
    use crate::document::{DocumentInput, DocumentParty, DocumentType, Role};
    use crate::filings::absence::{AbsentHead, Explanation, Proof, Reason, Substitute};
    use crate::filings::appeal::{Appeal, DecisionType};
    use crate::filings::appearance::{Agency, CourtNotice, Document, Hearing, LocalFacts, Person};
    use crate::filings::common::{Agent, Attachment, Party, PartyType, PowerOfAttorney};
    use crate::filings::complaint::{Complaint, ComplaintMaterials, ContestedAct};
    use crate::filings::defence::{Defence, EvidenceItem, NormativeDocument};
    use crate::filings::performance::{Performance, PerformanceStatus, PerformedDocument};
    use crate::filings::reconsideration::Reconsideration;
    use serde_json::{json, Map, Value};

    /// A small deterministic generator (xorshift), so that a failure is reproducible.
    struct Gen(u64);
    impl Gen {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
        fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
            items[self.below(items.len())]
        }
    }

    const WORDS: &[&str] = &[
        "", "张三", "2026-11-22", "a\"b\\c\n\u{7}", "person", "organization", "judgment", "ruling", "mediation",
        "performed", "partlyPerformed", "inProgress", "notPerformed", "complaint", "defence", "appeal",
        "reconsideration", "plaintiff", "defendant", "thirdParty", "Person", "nope", "（2026）粤71行初123号",
    ];

    fn scalar(g: &mut Gen) -> Value {
        match g.below(12) {
            0 => Value::Null,
            1 => Value::Bool(g.below(2) == 0),
            2 => json!(g.below(1000)),
            3 => json!(-(g.below(1000) as i64) - 1),
            4 => json!(u64::from(u32::MAX) + 1 + g.below(10) as u64),
            5 => json!(u64::MAX),
            6 => json!(i64::MIN),
            7 => [json!(1.5), json!(1.0), json!(-0.0), json!(1e300), json!(2.5e-8), json!(123456789.125)][g.below(6)].clone(),
            _ => Value::String(g.pick(WORDS).to_string()),
        }
    }

    fn value(g: &mut Gen, keys: &[&str], depth: u32) -> Value {
        if depth == 0 {
            return scalar(g);
        }
        match g.below(10) {
            0..=4 => scalar(g),
            5 | 6 => Value::Array((0..g.below(4)).map(|_| value(g, keys, depth - 1)).collect()),
            _ => object(g, keys, depth - 1),
        }
    }

    fn object(g: &mut Gen, keys: &[&str], depth: u32) -> Value {
        let mut map = Map::new();
        for _ in 0..g.below(6) {
            map.insert(g.pick(keys).to_string(), value(g, keys, depth));
        }
        Value::Object(map)
    }

    /// Inputs for a type with the fields `own`: objects of its own fields (most valid or nearly),
    /// objects and arrays of anything, single-key objects (serde's tagged enums), scalars.
    fn inputs(own: &[&str], keys: &[&str], seed: u64) -> Vec<Value> {
        let mut g = Gen(seed);
        let mut out = vec![Value::Null, json!({}), json!([]), json!([null]), json!({"": null})];
        for i in 0..4000 {
            let v = match i % 6 {
                0 | 1 => {
                    let mut map = Map::new();
                    for f in own {
                        if g.below(3) > 0 {
                            map.insert(f.to_string(), value(&mut g, keys, 3));
                        }
                    }
                    Value::Object(map)
                }
                2 => object(&mut g, keys, 3),
                3 => Value::Array((0..g.below(own.len() + 3)).map(|_| value(&mut g, keys, 2)).collect()),
                4 => json!({ g.pick(WORDS): value(&mut g, keys, 1) }),
                _ => value(&mut g, keys, 3),
            };
            out.push(v);
        }
        out
    }

    fn same<T: Read + serde::de::DeserializeOwned + std::fmt::Debug>(own: &[&str], keys: &[&str], seed: u64) -> usize {
        let mut ok = 0;
        for v in inputs(own, keys, seed) {
            let ours = T::read(&v).map(|t| format!("{t:?}"));
            let serdes = T::deserialize(&v).map(|t| format!("{t:?}")).map_err(|e| e.to_string());
            assert_eq!(ours, serdes, "{}: input {v}", std::any::type_name::<T>());
            ok += usize::from(ours.is_ok());
        }
        ok
    }

    #[test]
    fn every_form_type_reads_as_serdes_derive_did() {
        let tables: &[&[&str]] = &[
            Party::FORM_FIELDS, Attachment::FORM_FIELDS, PowerOfAttorney::FORM_FIELDS, Agent::FORM_FIELDS,
            Appeal::FORM_FIELDS, Complaint::FORM_FIELDS, ContestedAct::FORM_FIELDS, ComplaintMaterials::FORM_FIELDS,
            Defence::FORM_FIELDS, EvidenceItem::FORM_FIELDS, NormativeDocument::FORM_FIELDS,
            Reconsideration::FORM_FIELDS, Performance::FORM_FIELDS, Hearing::FORM_FIELDS, Agency::FORM_FIELDS,
            CourtNotice::FORM_FIELDS, Document::FORM_FIELDS, Person::FORM_FIELDS, LocalFacts::FORM_FIELDS,
            Reason::FORM_FIELDS, Proof::FORM_FIELDS, AbsentHead::FORM_FIELDS, Substitute::FORM_FIELDS,
            Explanation::FORM_FIELDS, DocumentInput::FORM_FIELDS, DocumentParty::FORM_FIELDS,
        ];
        let mut keys: Vec<&str> = tables.iter().flat_map(|t| t.iter().copied()).collect();
        keys.extend(["kind", "idNo", "person", "judgment"]);
        let keys = &keys[..];
        let mut accepted = Vec::new();
        macro_rules! each {
            ($($t:ty),*) => { $( accepted.push((stringify!($t), same::<$t>(<$t>::FORM_FIELDS, keys, 0x51ed_2701 ^ stringify!($t).len() as u64))); )* };
        }
        each!(Party, Attachment, PowerOfAttorney, Agent, Appeal, Complaint, ContestedAct, ComplaintMaterials, Defence,
            EvidenceItem, NormativeDocument, Reconsideration, Performance, Hearing, Agency, CourtNotice, Document,
            Person, LocalFacts, Reason, Proof, AbsentHead, Substitute, Explanation, DocumentInput, DocumentParty);
        for (name, n) in &accepted {
            assert!(*n > 0, "{name}: no generated input was a valid form, so the comparison tested only errors");
        }
        let enums: &[&str] = WORDS;
        for (i, _) in enums.iter().enumerate() {
            let mut g = Gen(0x7e57 + i as u64);
            for _ in 0..300 {
                let v = match g.below(3) {
                    0 => Value::String(g.pick(WORDS).to_string()),
                    1 => json!({ g.pick(WORDS): value(&mut g, keys, 1) }),
                    _ => value(&mut g, keys, 2),
                };
                same_enum::<PartyType>(&v);
                same_enum::<DecisionType>(&v);
                same_enum::<PerformedDocument>(&v);
                same_enum::<PerformanceStatus>(&v);
                same_enum::<DocumentType>(&v);
                same_enum::<Role>(&v);
            }
        }
    }

    fn same_enum<T: Read + serde::de::DeserializeOwned + std::fmt::Debug>(v: &Value) {
        let ours = T::read(v).map(|t| format!("{t:?}"));
        let serdes = T::deserialize(v).map(|t| format!("{t:?}")).map_err(|e| e.to_string());
        assert_eq!(ours, serdes, "{}: input {v}", std::any::type_name::<T>());
    }
}
