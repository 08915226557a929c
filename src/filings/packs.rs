//! The `filing` section of local rule packs: extra required documents and local periods.
//!
//! A pack is data (`data/packs/<name>/filing.json`, or an inline object in the check
//! configuration: `{"name": "my-city", "filing": {...}}`). Every entry names its source. The
//! built-in packs are compiled in, so the browser build needs no file access.
//!
//! Extra documents become FIL-017 findings (行诉解释 第五十四条第一款第（四）项: 人民法院认为需要
//! 提交的其他材料). Local periods are parsed and validated here and returned by
//! [`local_periods`]; computing them is the period engine's work.

use crate::error::{Error, ErrorKind};
use serde::Serialize;
use serde_json::Value;

/// Built-in packs that have a filing section: (name, JSON text).
const BUILT_IN: &[(&str, &str)] = &[("example", include_str!("../../data/packs/example/filing.json"))];

/// A pack's filing section.
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FilingPack {
    pub name: Option<String>,
    /// True for packs that only illustrate the format.
    pub example: Option<bool>,
    pub description: Option<String>,
    #[serde(default)]
    pub required_documents: Vec<PackDocument>,
    #[serde(default)]
    pub periods: Vec<PackPeriod>,
}
crate::form::read::form!(FilingPack, deny_unknown_fields, { name: Option<String> = "name", example: Option<bool> = "example", description: Option<String> = "description", required_documents: Vec<PackDocument> = "requiredDocuments" or Default::default(), periods: Vec<PackPeriod> = "periods" or Default::default() });

/// Text in the two hand-written languages.
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PackText {
    #[serde(rename = "zh-Hans")]
    pub zh_hans: String,
    pub en: Option<String>,
}
crate::form::read::form!(PackText, deny_unknown_fields, { zh_hans: String = "zh-Hans", en: Option<String> = "en" });

/// A document a pack requires for some filing kinds.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PackDocument {
    /// Key in the filing's `extraDocuments`.
    pub id: String,
    /// Filing kinds it applies to.
    pub kinds: Vec<String>,
    pub title: PackText,
    /// The local document that requires it (title, number, date).
    pub source: String,
}
crate::form::read::form!(PackDocument, deny_unknown_fields, { id: String = "id", kinds: Vec<String> = "kinds", title: PackText = "title", source: String = "source" });

/// A local period: `days` from the date in field `from` of the filing.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PackPeriod {
    pub id: String,
    pub kinds: Vec<String>,
    /// The filing's date field the period runs from, e.g. `copyReceivedOn`.
    pub from: String,
    pub days: u32,
    /// `calendar` or `working`.
    pub day_type: String,
    pub title: PackText,
    pub source: String,
}
crate::form::read::form!(PackPeriod, deny_unknown_fields, { id: String = "id", kinds: Vec<String> = "kinds", from: String = "from", days: u32 = "days", day_type: String = "dayType", title: PackText = "title", source: String = "source" });

/// A required document with the pack it came from.
#[derive(Debug, Clone)]
pub struct RequiredDocument {
    pub pack: String,
    pub id: String,
    pub title_zh_hans: String,
    pub title_en: Option<String>,
    pub source: String,
}

/// The filing section of each configured pack, in configuration order.
///
/// # Errors
/// `invalid_data` for a malformed pack (unknown keys, wrong types, a bad `dayType`).
pub fn filing_sections(packs: &[Value]) -> Result<Vec<(String, FilingPack)>, Error> {
    let bad = |m: String| Error::new(ErrorKind::InvalidData, m);
    let mut out = Vec::new();
    for (i, pack) in packs.iter().enumerate() {
        let (name, section) = match pack {
            Value::String(name) => match BUILT_IN.iter().find(|(n, _)| n == name) {
                Some((_, text)) => {
                    let section = crate::packs::built_in_text(text).map_err(|e| e.to_string()).and_then(|v| <FilingPack as crate::form::read::Read>::read(&v))
                        .map_err(|e| bad(format!("data/packs/{name}/filing.json: {e}")))?;
                    (name.clone(), section)
                }
                // A built-in pack without a filing section touches other areas only.
                None => continue,
            },
            Value::Object(o) => {
                let name = o.get("name").and_then(Value::as_str).unwrap_or("inline").to_string();
                let Some(section) = o.get("filing") else { continue };
                let section = <FilingPack as crate::form::read::Read>::read(section)
                    .map_err(|e| bad(format!("config.packs[{i}].filing: {e}")))?;
                (name, section)
            }
            _ => return Err(bad(format!("config.packs[{i}]: expected a pack name or object"))),
        };
        for p in &section.periods {
            if p.day_type != "calendar" && p.day_type != "working" {
                return Err(bad(format!("pack {name}: period {}: dayType must be calendar or working", p.id)));
            }
        }
        out.push((name, section));
    }
    Ok(out)
}

/// The documents the configured packs require for filings of `kind`.
///
/// # Errors
/// As [`filing_sections`].
pub fn required_documents(packs: &[Value], kind: &str) -> Result<Vec<RequiredDocument>, Error> {
    let mut out = Vec::new();
    for (pack, section) in filing_sections(packs)? {
        for d in section.required_documents.iter().filter(|d| d.kinds.iter().any(|k| k == kind)) {
            out.push(RequiredDocument {
                pack: pack.clone(),
                id: d.id.clone(),
                title_zh_hans: d.title.zh_hans.clone(),
                title_en: d.title.en.clone(),
                source: d.source.clone(),
            });
        }
    }
    Ok(out)
}

/// The local periods the configured packs set for filings of `kind`, for the period engine.
///
/// # Errors
/// As [`filing_sections`].
pub fn local_periods(packs: &[Value], kind: &str) -> Result<Vec<(String, PackPeriod)>, Error> {
    let mut out = Vec::new();
    for (pack, section) in filing_sections(packs)? {
        for p in section.periods.into_iter().filter(|p| p.kinds.iter().any(|k| k == kind)) {
            out.push((pack.clone(), p));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_packs_parse_and_say_where_they_come_from() {
        for (name, _) in BUILT_IN {
            let sections = filing_sections(&[Value::String((*name).to_string())]).unwrap();
            assert_eq!(sections.len(), 1, "{name}");
            let (_, pack) = &sections[0];
            for d in &pack.required_documents {
                assert!(!d.source.trim().is_empty(), "{name}/{}", d.id);
            }
            for p in &pack.periods {
                assert!(!p.source.trim().is_empty(), "{name}/{}", p.id);
            }
        }
        let periods = local_periods(&[Value::String("example".into())], "defence").unwrap();
        assert_eq!(periods.len(), 1);
        assert_eq!(periods[0].1.from, "copyReceivedOn");
    }

    #[test]
    fn malformed_inline_pack_is_invalid_data() {
        let pack = serde_json::json!({"name": "x", "filing": {"requiredDocuments": [{"id": 1}]}});
        assert_eq!(filing_sections(&[pack]).unwrap_err().code(), "invalid_data");
        let pack = serde_json::json!({"name": "x", "filing": {"periods": [{"id": "p", "kinds": [], "from": "a", "days": 1, "dayType": "weeks", "title": {"zh-Hans": "t"}, "source": "s"}]}});
        assert_eq!(filing_sections(&[pack]).unwrap_err().code(), "invalid_data");
    }
}
