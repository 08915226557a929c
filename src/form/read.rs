//! Reading a form's JSON into its type: one reader for every filing and document type, in place of
//! serde's `Deserialize` derived per type.
//!
//! serde's derive, read from a `serde_json::Value`, instanced its visitors, the `Option` and `Vec`
//! readers and the map and sequence walkers once per type, ~100 KB of the wasm module for a job
//! that is the same for every type: walk an object, match each key to a field, read the field.
//! Here a type is a list of field names and a struct expression (written by [`form!`]), and the
//! walk and the field readers are code shared by all of them.
//!
//! The answers are the derive's, to the byte, because they are public: the same values, and for a
//! field of the wrong JSON type the same error message (`invalid type: integer `5`, expected a
//! string`, `unknown field `idNo`, expected one of …`), as serde and serde_json word them. A unit
//! test (src/filings/form_reading_tests.rs) reads generated forms with both and compares.
//!
//! What the derive accepts, this accepts too: an object (keys in the map's order, which is sorted;
//! the first bad key is the one reported), and, as serde does for any struct, an array of the
//! fields in declaration order.

use crate::calendar::OnRestDay;
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

/// A field's value, or its value when missing. One instance per field type, shared by every
/// struct that has a field of that type (not inlined, so that a field costs a call).
#[inline(never)]
pub(crate) fn field<T: Read>(value: Option<&Value>, name: &'static str) -> Result<T, Message> {
    match value {
        Some(v) => T::read(v),
        None => T::missing(name),
    }
}

/// [`field`], keeping only the error: what [`Plan::first_error`] runs.
pub(crate) fn check<T: Read>(value: Option<&Value>, name: &'static str) -> Result<(), Message> {
    field::<T>(value, name).map(drop)
}

/// [`check`] for a field with a default (`#[serde(default)]`): missing is no error.
pub(crate) fn check_defaulted<T: Read>(value: Option<&Value>, name: &'static str) -> Result<(), Message> {
    value.map_or(Ok(()), |v| check::<T>(Some(v), name))
}

/// What reading a struct from a value takes: each field's value (`None`: missing), and the order
/// in which serde's derive would read them, which decides which error is reported first.
pub(crate) struct Plan<'a> {
    values: Vec<Option<&'a Value>>,
    fields: &'static [&'static str],
    /// Field indices in serde's order: the object's keys in the map's order then the missing
    /// fields in declaration order, or an array's elements.
    order: Vec<usize>,
    /// The error serde reports once the fields in `order` are read: an unknown key of a
    /// `deny_unknown_fields` struct, or an array of the wrong length.
    then: Option<Message>,
}

impl<'a> Plan<'a> {
    /// Field `i`'s value.
    pub(crate) fn value(&self, i: usize) -> Option<&'a Value> {
        self.values.get(i).copied().flatten()
    }

    /// Whether the struct can be built at all: serde reports no error after the fields. (The
    /// error, empty here, is replaced by [`Plan::first_error`]'s.)
    pub(crate) fn complete(&self) -> Result<(), Message> {
        match &self.then {
            None => Ok(()),
            Some(_) => Err(Message::new()),
        }
    }

    /// The error serde's derive reports: the first field in its order that fails `checks` (one
    /// per field), else the error after the fields. Only called once reading has failed.
    pub(crate) fn first_error(&self, checks: &[fn(Option<&Value>, &'static str) -> Result<(), Message>]) -> Message {
        for &i in &self.order {
            if let (Some(check), Some(name)) = (checks.get(i), self.fields.get(i)) {
                if let Err(e) = check(self.value(i), name) {
                    return e;
                }
            }
        }
        self.then.clone().unwrap_or_default()
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

impl Read for i32 {
    fn read(value: &Value) -> Result<Self, Message> {
        match value {
            Value::Number(n) if !n.is_f64() => {
                n.as_i64().and_then(|i| i32::try_from(i).ok()).ok_or_else(|| format!("invalid value: integer `{n}`, expected i32"))
            }
            v => Err(invalid_type(v, "i32")),
        }
    }
}

impl Read for f64 {
    fn read(value: &Value) -> Result<Self, Message> {
        match value {
            Value::Number(n) => n.as_f64().ok_or_else(|| invalid_type(value, "f64")),
            v => Err(invalid_type(v, "f64")),
        }
    }
}

/// Any JSON, as it is (a pack's `source`, its `$comment`).
impl Read for Value {
    fn read(value: &Value) -> Result<Self, Message> {
        Ok(value.clone())
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

impl<T: Read> Read for crate::sorted_map::SortedMap<T> {
    fn read(value: &Value) -> Result<Self, Message> {
        match value {
            Value::Object(map) => map.iter().map(|(k, v)| T::read(v).map(|v| (k.clone(), v))).collect(),
            v => Err(invalid_type(v, "a map")),
        }
    }
}

/// Plans the reading of a struct named `name` with the fields `fields` (JSON names, declaration
/// order): from an object by key, or from an array by position, as serde's derive does. This is
/// the same code for every type; [`form!`] reads the fields.
///
/// # Errors
/// serde's message for a value that is neither an object nor an array.
/// `defaulted` says which fields have a default, which an array may leave out.
pub(crate) fn plan<'a>(
    value: &'a Value,
    name: &str,
    fields: &'static [&'static str],
    defaulted: &[bool],
    deny_unknown: bool,
) -> Result<Plan<'a>, Message> {
    let mut plan = Plan { values: vec![None; fields.len()], fields, order: Vec::new(), then: None };
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                match fields.iter().position(|f| f == key) {
                    Some(i) => {
                        plan.values[i] = Some(v);
                        plan.order.push(i);
                    }
                    None if deny_unknown => {
                        plan.then = Some(unknown("field", key, fields));
                        return Ok(plan);
                    }
                    None => {}
                }
            }
            let missing: Vec<usize> = (0..fields.len()).filter(|&i| plan.values[i].is_none()).collect();
            plan.order.extend(missing);
        }
        Value::Array(items) => {
            let n = fields.len();
            for (i, v) in items.iter().take(n).enumerate() {
                plan.values[i] = Some(v);
                plan.order.push(i);
            }
            if items.len() < n {
                // The first left-out field without a default; "elements" even for one: serde's wording.
                if let Some(i) = (items.len()..n).find(|&i| !defaulted.get(i).copied().unwrap_or(false)) {
                    plan.then = Some(format!("invalid length {i}, expected struct {name} with {n} elements"));
                }
            } else if items.len() > n {
                plan.then = Some(format!("invalid length {}, expected fewer elements in array", items.len()));
            }
        }
        v => return Err(invalid_type(v, &format!("struct {name}"))),
    }
    Ok(plan)
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

/// Makes a struct [`Read`] through [`plan`]: `form!(Hearing, deny_unknown_fields, {date:
/// Option<String> = "date", case_number: Option<String> = "caseNumber"})` lists every field with
/// its type and JSON name, in declaration order. `open` instead of `deny_unknown_fields` ignores
/// keys it does not know, as serde does without that attribute. `= "name" or EXPR` gives a field
/// a default (`#[serde(default)]`, `#[serde(default = "f")]`).
///
/// The struct is built in declaration order; only when that fails are the fields checked again
/// in serde's order, to report the error serde would.
macro_rules! form {
    ($ty:ident, $mode:ident, { $($field:ident: $fty:ty = $name:literal $(or $default:expr)?),* $(,)? }) => {
        #[cfg(test)]
        impl $ty {
            /// The JSON names of the fields, for the tests that compare this reader with serde's.
            // Not every type's test needs it (the post table's types are read from built-in data only).
            #[allow(dead_code)]
            pub(crate) const FORM_FIELDS: &'static [&'static str] = &[$($name),*];
        }
        impl $crate::form::read::Read for $ty {
            fn read(value: &serde_json::Value) -> Result<Self, String> {
                use $crate::form::read as read;
                let plan = read::plan(
                    value,
                    stringify!($ty),
                    &[$($name),*],
                    &[$(read::form!(@has $($default)?)),*],
                    read::form!(@deny $mode),
                )?;
                let mut next = 0usize;
                let mut take = || {
                    next += 1;
                    plan.value(next - 1)
                };
                let built = plan.complete().and_then(|()| {
                    Ok($ty { $($field: { let v = take(); read::form!(@read v, $fty, $name $(, $default)?) },)* })
                });
                built.map_err(|_| plan.first_error(&[$(read::form!(@check $fty $(, $default)?)),*]))
            }
        }
    };
    (@deny deny_unknown_fields) => { true };
    (@deny open) => { false };
    (@has) => { false };
    (@has $default:expr) => { true };
    (@read $v:ident, $fty:ty, $name:literal) => { read::field::<$fty>($v, $name)? };
    (@read $v:ident, $fty:ty, $name:literal, $default:expr) => {
        match $v {
            None => $default,
            v => read::field::<$fty>(v, $name)?,
        }
    };
    (@check $fty:ty) => { read::check::<$fty> };
    (@check $fty:ty, $default:expr) => { read::check_defaulted::<$fty> };
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

form_enum!(OnRestDay, { Keep: "keep", Previous: "previous", Next: "next" });
