//! Local rule packs (地方规则包): the generic loader.
//!
//! A pack is data (see `data/packs/README.md`): a folder with one JSON file per area. In a check's
//! configuration (`CheckOptions.packs`) a string names a built-in pack, and an object is a portal's
//! own pack, `{"name": "my-city", "appearance": {...}, "timeline": {...}}`. Each area asks this
//! module for its own section and interprets it; this module knows nothing of what sections hold.
//!
//! The areas' readers: [`crate::filings::appearance_pack`] (appearance), `crate::filings::packs`
//! (required documents), [`crate::timeline`] (timeline).
//!
//! Built-in packs are compiled in (`include_str!`), so the wasm build needs no file access.

use crate::error::{Error, ErrorKind};
use serde_json::Value;

/// One built-in pack file: (pack name, area, JSON text).
struct BuiltIn {
    pack: &'static str,
    area: &'static str,
    json: &'static str,
}

/// Every built-in pack file. Add a line here when a pack gains a file for another area.
static BUILT_INS: &[BuiltIn] = &[
    BuiltIn { pack: "guangzhou", area: "appearance", json: include_str!("../../data/packs/guangzhou/appearance.json") },
    BuiltIn { pack: "qiannan", area: "appearance", json: include_str!("../../data/packs/qiannan/appearance.json") },
];

/// Parses a built-in data file (compiled in) as a JSON value, for the caller to read into its type
/// from the value: the module then holds one JSON text parser (the one requests go through)
/// instead of one per type read from text, ~30 KB of wasm. These files are guarded by unit tests.
///
/// # Errors
/// The reader's, for a malformed file.
pub(crate) fn built_in_text(text: &str) -> Result<Value, crate::json_reader::SyntaxError> {
    crate::json_reader::parse(text)
}

/// The names of the built-in packs.
pub fn built_in_names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = BUILT_INS.iter().map(|b| b.pack).collect();
    crate::sort::sort_by(&mut names, Ord::cmp);
    names.dedup();
    names
}

/// One pack's section for an area, ready for that area to interpret.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// The pack's name (`"guangzhou"`, or the `name` of an inline pack).
    pub pack: String,
    /// Where the pack came from in the configuration, for error messages: `config.packs[0]`.
    pub origin: String,
    /// The section's JSON.
    pub value: Value,
}

/// The sections for `area` of every configured pack, in configuration order. Packs without a
/// section for the area are skipped.
///
/// # Errors
/// `invalid_data` when a string names no built-in pack, an inline pack has no string `name`, or a
/// built-in file is not JSON (a bug caught by the tests).
pub fn sections(packs: &[Value], area: &str) -> Result<Vec<Section>, Error> {
    let mut out = Vec::new();
    for (i, pack) in packs.iter().enumerate() {
        let origin = format!("config.packs[{i}]");
        match pack {
            Value::String(name) => {
                if !BUILT_INS.iter().any(|b| b.pack == name) {
                    return Err(Error::new(
                        ErrorKind::InvalidData,
                        format!("{origin}: no built-in pack is named {:?} (built-in: {:?})", crate::date::truncate(name), built_in_names()),
                    ));
                }
                if let Some(file) = BUILT_INS.iter().find(|b| b.pack == name && b.area == area) {
                    let value: Value = crate::json_reader::parse(file.json).map_err(|e| {
                        Error::new(ErrorKind::InvalidData, format!("built-in pack {name}/{area}.json: {e}"))
                    })?;
                    out.push(Section { pack: name.clone(), origin: format!("{origin} ({name}/{area}.json)"), value });
                }
            }
            Value::Object(map) => {
                let name = match map.get("name") {
                    Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
                    _ => return Err(Error::new(ErrorKind::InvalidData, format!("{origin}.name: an inline pack needs a name"))),
                };
                if let Some(value) = map.get(area) {
                    out.push(Section { pack: name, origin: format!("{origin}.{area}"), value: value.clone() });
                }
            }
            _ => {
                return Err(Error::new(ErrorKind::InvalidData, format!("{origin}: a pack is a built-in pack's name or a pack object")))
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_file_is_json() {
        for b in BUILT_INS {
            assert!(serde_json::from_str::<Value>(b.json).is_ok(), "{}/{}", b.pack, b.area);
        }
    }

    #[test]
    fn unknown_name_is_invalid_data() {
        let e = sections(&[Value::String("atlantis".into())], "appearance").unwrap_err();
        assert_eq!(e.code(), "invalid_data");
    }

    #[test]
    fn inline_pack_without_the_area_is_skipped() {
        let packs = vec![serde_json::json!({"name": "x", "timeline": {}})];
        assert!(sections(&packs, "appearance").unwrap_or_default().is_empty());
    }
}
