//! Filing kinds and the `check` entry point.
//!
//! A filing is a JSON object with a `kind` (`appearance`, `defence`, `complaint`, …). Each kind is a
//! module that deserialises the object into its typed form (the same types generate the published
//! JSON Schemas), runs its rules and records findings with JSON Pointer paths into the input.
//!
//! A malformed call (not an object, unknown kind, a field of the wrong JSON type) is an
//! [`Error`]; a form with missing or wrong content is a [`Report`] with findings.

pub mod appeal;
pub mod common;
pub mod complaint;
pub mod defence;
pub mod packs;
pub mod performance;
pub mod reconsideration;
#[cfg(feature = "schema")]
pub mod schema;
// Here rather than in src/form/: it names every form type, of the filings and of the documents.
#[cfg(test)]
pub(crate) mod form_reading_tests;

use crate::error::{Error, ErrorKind};
use crate::report::Report;
use crate::rules::{CheckOptions, Findings};
use serde_json::Value;

pub mod absence;
pub mod appearance;
pub mod appearance_pack;
pub mod posts;

/// One filing kind: its name in `kind`, a one-line description, and its check.
pub struct Kind {
    /// The value of the filing's `kind` field. Public API: never renamed.
    pub name: &'static str,
    /// zh-Hans name of the document, e.g. `答辩材料`.
    pub title_zh_hans: &'static str,
    pub title_en: &'static str,
    /// Checks a filing of this kind. Errors only for a malformed call.
    pub check: fn(&Value, &mut Findings) -> Result<(), Error>,
}

/// Every filing kind, in name order.
pub static KINDS: &[Kind] = &[
    Kind { name: "absence", title_zh_hans: "负责人不能出庭的情况说明", title_en: "Explanation of the head's absence", check: absence::check },
    #[cfg(feature = "documents")]
    Kind { name: "appeal", title_zh_hans: "上诉状", title_en: "Appeal", check: appeal::check },
    Kind { name: "appearance", title_zh_hans: "出庭应诉人员信息", title_en: "Who appears for the defendant agency", check: appearance::check },
    #[cfg(feature = "documents")]
    Kind { name: "complaint", title_zh_hans: "起诉状", title_en: "Complaint", check: complaint::check },
    #[cfg(feature = "documents")]
    Kind {
        name: "defence",
        title_zh_hans: "答辩材料（答辩状、证据、规范性文件、法定代表人身份证明、授权委托书）",
        title_en: "Defence bundle (statement, evidence, normative documents, representative's certificate, powers of attorney)",
        check: defence::check,
    },
    Kind { name: "performance", title_zh_hans: "履行情况反馈", title_en: "Performance report", check: performance::check },
    #[cfg(feature = "documents")]
    Kind {
        name: "reconsideration",
        title_zh_hans: "行政复议申请书",
        title_en: "Application for administrative reconsideration",
        check: reconsideration::check,
    },
];

/// The name of every filing kind, in name order, whether or not this build checks it: the forms
/// module (built without feature `documents`) checks only the kinds whose documents' text it
/// does not read, and answers the others as elsewhere rather than unknown.
pub const KIND_NAMES: &[&str] = &["absence", "appeal", "appearance", "complaint", "defence", "performance", "reconsideration"];

/// The kinds a build without feature `documents` checks (the forms module): the agency's own forms,
/// whose checks read no document's text. Their field labels are the forms module's label table
/// (`i18n::labels::table::FORMS_FIELDS`).
pub const FORMS_KINDS: &[&str] = &["absence", "appearance", "performance"];

/// Finds a filing kind by name.
pub fn kind(name: &str) -> Option<&'static Kind> {
    KINDS.iter().find(|k| k.name == name)
}

/// The error for a kind this build does not check (the forms module and a document kind).
fn elsewhere(name: &str) -> Error {
    Error::new(
        ErrorKind::NotInitialized,
        format!("filing.kind: {name:?} is checked by the main module, not the forms module; the npm package checks it after `await init()`"),
    )
}

/// Checks one filing under `options`.
///
/// # Errors
/// `invalid_json` when the filing is not an object, `unknown_kind` when its `kind` is missing or
/// unknown, `unknown_rule` when the options override a rule that does not exist, and whatever the
/// kind's own deserialisation reports.
pub fn check(filing: &Value, options: &CheckOptions) -> Result<Report, Error> {
    options.validate()?;
    let object = filing
        .as_object()
        .ok_or_else(|| Error::new(ErrorKind::InvalidJson, "filing: expected a JSON object"))?;
    let name = match object.get("kind") {
        Some(Value::String(s)) => s.as_str(),
        _ => return Err(Error::new(ErrorKind::UnknownKind, "filing.kind: required, one of the filing kinds")),
    };
    let kind = kind(name).ok_or_else(|| {
        if KIND_NAMES.contains(&name) {
            return elsewhere(name);
        }
        Error::new(ErrorKind::UnknownKind, format!("filing.kind: {:?} is not one of {KIND_NAMES:?}", crate::date::truncate(name)))
    })?;
    let mut findings = Findings::for_root(options, kind.name);
    (kind.check)(filing, &mut findings)?;
    Ok(Report::new(kind.name, options.mode, options.lang, findings.into_vec()))
}

#[cfg(all(test, feature = "documents"))]
mod kind_names_tests {
    #[test]
    fn kind_names_are_the_checked_kinds_of_a_full_build() {
        let checked: Vec<&str> = super::KINDS.iter().map(|k| k.name).collect();
        assert_eq!(super::KIND_NAMES, checked.as_slice());
    }
}
