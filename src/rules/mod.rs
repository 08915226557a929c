//! The rule catalogue: every check is data with a permanent id.
//!
//! A [`Rule`] has a permanent id (area prefix and number, never reused or renumbered), a default
//! severity, message templates with named `{placeholders}` (zh-Hans and en written by hand, zh-Hant
//! derived by OpenCC s2t into a generated table), citations, and valid and invalid cases in the
//! shared corpus (`tests/cases/`). The meta-test `tests/catalogue.rs` fails when any rule lacks
//! one of these.

pub mod appearance;
pub mod document;
pub mod filing;
pub mod deadline;
pub mod identity;
pub mod supervision;

use crate::date::CivilDate;
use crate::error::{Error, ErrorKind};
pub use crate::i18n::{render, render_with, zh_hant, MessageTemplate};
use crate::i18n::Lang;
use crate::law::Citation;
use crate::report::{Args, Finding, Mode, Severity};
use serde::Serialize;

/// A check, as data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Permanent id, e.g. `ID-001`.
    pub id: &'static str,
    /// `identity`, `appearance`, `deadline`, `filing`, `document` or `supervision`.
    pub area: &'static str,
    /// One line saying what the rule checks (zh-Hans).
    pub title_zh_hans: &'static str,
    /// The same in English.
    pub title_en: &'static str,
    pub default_severity: Severity,
    pub messages: &'static [MessageTemplate],
    pub citations: &'static [Citation],
    /// Set when the rule is retired: it keeps its id and never fires.
    pub deprecated: Option<&'static str>,
}

impl Rule {
    /// The template with this message id.
    pub fn message(&self, id: &str) -> Option<&'static MessageTemplate> {
        self.messages.iter().find(|m| m.id == id)
    }
}

/// Every rule, in id order.
pub fn catalogue() -> Vec<&'static Rule> {
    let mut all: Vec<&'static Rule> = Vec::new();
    all.extend_from_slice(identity::RULES);
    all.extend_from_slice(appearance::RULES);
    all.extend_from_slice(filing::RULES);
    all.extend_from_slice(document::RULES);
    all.extend_from_slice(deadline::RULES);
    all.extend_from_slice(supervision::RULES);
    crate::sort::sort_by_key(&mut all, |r| r.id);
    all
}

/// The id of every rule, sorted: what a severity override is checked against. A list of its own,
/// not [`catalogue`], so that a module which checks some areas only (the forms module has no
/// document or desk rules) does not link the other areas' rules, their templates and citations
/// just to know that an override names a real rule. A unit test keeps it equal to the catalogue.
pub static RULE_IDS: &[&str] = &[
    "APP-001", "APP-002", "APP-003", "APP-004", "APP-005", "APP-006", "APP-007", "APP-008", "APP-009", "APP-010", "APP-011", "APP-012",
    "APP-013", "APP-014", "APP-015", "APP-016", "APP-017", "APP-018", "APP-019", "APP-020", "APP-021", "APP-022", "APP-023", "APP-024",
    "APP-101", "APP-102", "APP-103", "APP-104", "APP-105", "DL-001", "DL-002", "DL-003", "DL-004", "DL-005", "DL-006", "DL-007",
    "DOC-001", "DOC-002", "DOC-003", "DOC-004", "DOC-005", "DOC-006", "FIL-001", "FIL-002", "FIL-003", "FIL-004", "FIL-005", "FIL-006",
    "FIL-007", "FIL-008", "FIL-009", "FIL-010", "FIL-011", "FIL-012", "FIL-013", "FIL-014", "FIL-015", "FIL-016", "FIL-017", "FIL-018",
    "ID-001", "ID-002", "ID-003", "ID-004", "ID-005", "SUP-001", "SUP-002", "SUP-003", "SUP-004", "SUP-005",
];

/// Finds a rule by id.
pub fn find(id: &str) -> Option<&'static Rule> {
    catalogue().into_iter().find(|r| r.id == id)
}

/// How a check runs: the date it is checked on, the language, the phase, per-rule severity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckOptions {
    /// The day the check is made. Always an argument: nothing reads a clock.
    pub today: CivilDate,
    pub lang: Lang,
    pub mode: Mode,
    /// Per-rule severity overrides (`off`, `info`, `warning`, `error`).
    pub severity: crate::sorted_map::SortedMap<Severity>,
    /// Local rule packs to apply: a string names a built-in pack (`"guangzhou"`, `"qiannan"`),
    /// an object is a portal's own pack, `{"name": ..., "<area>": {...}}`. Each area (appearance,
    /// timeline, filing) reads its own section and reports a malformed one as `invalid_data`.
    pub packs: Vec<serde_json::Value>,
    /// The portal's own field labels (option `labels`): path pattern or exact path → label, in
    /// the call's language; see [`crate::i18n::labels`].
    pub labels: crate::i18n::labels::Overrides,
}

impl CheckOptions {
    /// Options for `today` with defaults: zh-Hans, final mode, default severities, no packs.
    pub fn new(today: CivilDate) -> CheckOptions {
        CheckOptions { today, lang: Lang::ZhHans, mode: Mode::Final, severity: crate::sorted_map::SortedMap::new(), packs: Vec::new(), labels: crate::sorted_map::SortedMap::new() }
    }

    /// Checks that every overridden rule exists.
    ///
    /// # Errors
    /// `unknown_rule` naming the first unknown id.
    pub fn validate(&self) -> Result<(), Error> {
        for id in self.severity.keys() {
            if RULE_IDS.binary_search(&id.as_str()).is_err() {
                return Err(Error::new(ErrorKind::UnknownRule, format!("rules: no rule has the id {id:?}")));
            }
        }
        Ok(())
    }

    /// The severity a finding of `rule` gets under these options.
    pub fn severity_of(&self, rule: &Rule) -> Severity {
        let configured = self.severity.get(rule.id).copied().unwrap_or(rule.default_severity);
        // A draft shows what is missing so far without blocking submission.
        if self.mode == Mode::Draft && configured == Severity::Error {
            Severity::Warning
        } else {
            configured
        }
    }
}

/// Collects findings during one check.
pub struct Findings<'a> {
    options: &'a CheckOptions,
    /// The schema the paths point into (a filing kind, `document`), for the field labels.
    root: &'static str,
    /// Labels the check gives map keys (see [`Findings::label_key`]).
    keys: crate::i18n::labels::Overrides,
    found: Vec<Finding>,
    /// The day whose law governs (the hearing day), once known: see [`Findings::set_governing_date`].
    governing_date: Option<CivilDate>,
}

impl<'a> Findings<'a> {
    pub fn new(options: &'a CheckOptions) -> Findings<'a> {
        Findings { options, root: "", keys: crate::sorted_map::SortedMap::new(), found: Vec::new(), governing_date: None }
    }

    /// Findings whose paths point into an input of schema `root` (a filing kind, `document`):
    /// their messages name fields by that schema's labels.
    pub fn for_root(options: &'a CheckOptions, root: &'static str) -> Findings<'a> {
        Findings { options, root, keys: crate::sorted_map::SortedMap::new(), found: Vec::new(), governing_date: None }
    }

    /// Sets the day whose law governs the findings that follow (the hearing day). From then on a
    /// finding cites the text in force that day (an earlier revision with the same numbering
    /// where the cited one was not yet in force), and a rule none of whose cited texts was in
    /// force that day does not apply: its findings are dropped.
    pub fn set_governing_date(&mut self, day: Option<CivilDate>) {
        self.governing_date = day;
    }

    /// Whether `law` governs under the governing date (always, when none is set).
    pub fn in_force(&self, law: &crate::law::LawRevision) -> bool {
        self.governing_date.map_or(true, |d| law.in_force_on(d))
    }

    pub fn options(&self) -> &CheckOptions {
        self.options
    }

    /// Names the map key at `path` (a pointer whose last token is a key no schema lists, such as
    /// a pack document's id under `/extraDocuments`) by `label`, in the call's language.
    pub fn label_key(&mut self, path: &str, label: String) {
        self.keys.insert(path.to_string(), label);
    }

    /// Records that `rule` fired with message `message_id` at `path` (a JSON Pointer).
    ///
    /// The message names the field by its label, not its path: `{field}` is the label of `path`
    /// and any `{…Field}` argument holding a path is the label of that path
    /// ([`crate::i18n::labels::field_label`], with the call's overrides); `{value}` and
    /// `{declared}` of a coded field are shown by their label, and `{allowed}` lists labels. The
    /// finding's `args` keep the raw values, for code.
    ///
    /// An unknown message id is a bug in this crate; it is rendered as the id rather than panicking,
    /// and the catalogue meta-test catches it.
    pub fn add(&mut self, rule: &'static Rule, message_id: &'static str, path: impl Into<String>, args: Args) {
        if rule.deprecated.is_some() {
            return;
        }
        let severity = self.options.severity_of(rule);
        if severity == Severity::Off {
            return;
        }
        let citations: Vec<Citation> = match self.governing_date {
            None => rule.citations.to_vec(),
            Some(day) => {
                let applied: Vec<Citation> = rule.citations.iter().filter_map(|c| c.governing_on(day)).collect();
                if applied.is_empty() && !rule.citations.is_empty() {
                    return;
                }
                applied
            }
        };
        let lang = self.options.lang;
        let path: String = path.into();
        let message = match rule.message(message_id) {
            Some(t) => render(t, lang, &display_args_with(crate::i18n::labels::ALL, self.root, &path, &args, lang, &self.options.labels, &self.keys)),
            None => message_id.to_string(),
        };
        self.found.push(Finding {
            rule_id: rule.id,
            severity,
            path,
            message_id,
            args,
            message,
            citations: citations.iter().map(|c| c.to_view(lang)).collect(),
        });
    }

    pub fn into_vec(self) -> Vec<Finding> {
        self.found
    }
}

/// The arguments of a finding as its message shows them: `field` (and every `…Field` holding a
/// path) by its label, coded values (`value`, `declared`, `encoded`, `allowed`) by theirs.
pub fn display_args(root: &str, path: &str, args: &Args, lang: Lang, overrides: &crate::i18n::labels::Overrides) -> Args {
    display_args_with(crate::i18n::labels::ALL, root, path, args, lang, overrides, &crate::sorted_map::SortedMap::new())
}

fn display_args_with(
    labels: crate::i18n::labels::Labels,
    root: &str,
    path: &str,
    args: &Args,
    lang: Lang,
    overrides: &crate::i18n::labels::Overrides,
    keys: &crate::i18n::labels::Overrides,
) -> Args {
    use crate::i18n::labels::{enum_label_in, enum_list_in, field_label_in};
    let mut shown = args.clone();
    // The field begins the message: in English, with a capital.
    let mut field = field_label_in(labels, root, path, lang, overrides, keys);
    if lang == Lang::En {
        field = (labels.capitalise)(&field);
    }
    shown.insert("field".to_string(), field);
    // The zh-Hant template is the zh-Hans one converted, so its `{role}` takes `roleHant` when
    // the check gives one (Chinese text of the crate's own, not user input, which is never converted).
    if lang == Lang::ZhHant {
        for (name, value) in args {
            if let Some(base) = name.strip_suffix("Hant") {
                shown.insert(base.to_string(), value.clone());
            }
        }
    }
    for (name, value) in shown.iter_mut() {
        if name.ends_with("Field") && value.starts_with('/') {
            *value = field_label_in(labels, root, value, lang, overrides, keys);
        } else if name == "value" || name == "declared" || name == "encoded" {
            if let Some(label) = enum_label_in(labels, root, path, value, lang) {
                *value = label.to_string();
            }
        } else if name == "allowed" {
            *value = enum_list_in(labels, root, path, value, lang);
        }
    }
    shown
}

/// Renders a message of op `id`: its `field` argument (`idNumber`) is a field name
/// ([`crate::i18n::labels::ID_OP_FIELDS`]), shown by the label the filings give it.
///
/// It reads only the id fields' labels ([`crate::i18n::labels::IDS`], which give the same
/// labels for them as every schema's): so the identifiers module does not link the whole table.
pub fn render_field(template: &MessageTemplate, lang: Lang, args: &Args) -> String {
    let path = match args.get("field") {
        Some(f) if f.starts_with('/') || f.is_empty() => f.clone(),
        Some(f) => format!("/{f}"),
        None => String::new(),
    };
    let none = crate::sorted_map::SortedMap::new();
    render(template, lang, &display_args_with(crate::i18n::labels::IDS, "", &path, args, lang, &none, &none))
}

/// A rule as `filing-check rules` and the generated catalogue document list it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct RuleView {
    pub id: &'static str,
    /// The area of the catalogue, which the id's prefix names.
    #[cfg_attr(feature = "schema", schemars(extend("enum" = ["identity", "appearance", "deadline", "filing", "document", "supervision"])))]
    pub area: &'static str,
    pub title: String,
    pub default_severity: Severity,
    pub messages: Vec<MessageView>,
    pub citations: Vec<crate::law::CitationView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deprecated: Option<&'static str>,
}

/// One message template in the three languages.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct MessageView {
    pub id: &'static str,
    pub zh_hans: &'static str,
    pub zh_hant: &'static str,
    pub en: &'static str,
}

impl RuleView {
    pub fn of(rule: &'static Rule, lang: Lang) -> RuleView {
        RuleView {
            id: rule.id,
            area: rule.area,
            title: match lang {
                Lang::ZhHans => rule.title_zh_hans.to_string(),
                Lang::ZhHant => zh_hant::rule_title(rule.title_zh_hans).unwrap_or(rule.title_zh_hans).to_string(),
                Lang::En => rule.title_en.to_string(),
            },
            default_severity: rule.default_severity,
            messages: rule
                .messages
                .iter()
                .map(|m| MessageView {
                    id: m.id,
                    zh_hans: m.zh_hans,
                    zh_hant: m.zh_hant.unwrap_or(""),
                    en: m.en,
                })
                .collect(),
            citations: rule.citations.iter().map(|c| c.to_view(lang)).collect(),
            deprecated: rule.deprecated,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_ids_are_the_catalogues_ids_sorted() {
        let from_catalogue: Vec<&str> = catalogue().iter().map(|r| r.id).collect();
        assert_eq!(RULE_IDS, from_catalogue.as_slice());
    }

    #[test]
    fn a_findings_field_is_its_label_whatever_field_its_args_give() {
        let options = CheckOptions::new(CivilDate::from_ymd_opt(2026, 1, 1).unwrap_or_default());
        let mut findings = Findings::for_root(&options, "appearance");
        let rule = &filing::PLAINTIFF_IDENTIFIED;
        for field in ["/agency/creditCode", "agency/creditCode"] {
            findings.add(rule, rule.messages[0].id, "/agency/creditCode", crate::args![("field", field)]);
        }
        let found = findings.into_vec();
        assert!(found[0].message.starts_with("被诉行政机关·统一社会信用代码："), "{}", found[0].message);
        assert_eq!(found[0].message, found[1].message);
        assert_eq!(found[0].path, "/agency/creditCode");
    }

    #[test]
    fn a_portal_names_fields_in_its_own_words() {
        let mut options = CheckOptions::new(CivilDate::from_ymd_opt(2026, 1, 1).unwrap_or_default());
        options.labels.insert("/appearing/*/idNumber".into(), "身份证号".into());
        let mut findings = Findings::for_root(&options, "appearance");
        findings.add(&identity::RESIDENT_ID_VALID, "empty", "/appearing/1/idNumber", crate::args![("field", "/appearing/1/idNumber")]);
        let found = findings.into_vec();
        assert_eq!(found[0].message, "出庭人（第2人）身份证号：未填写公民身份号码");
    }

    #[test]
    fn zh_hant_takes_the_hant_form_of_the_crates_own_words() {
        let args = crate::args![("role", "被上诉人"), ("roleHant", "被上訴人"), ("name", "张三")];
        let none = crate::i18n::labels::Overrides::new();
        let hant = display_args("document", "/parties/0/name", &args, Lang::ZhHant, &none);
        assert_eq!((hant["role"].as_str(), hant["name"].as_str()), ("被上訴人", "张三"));
        let hans = display_args("document", "/parties/0/name", &args, Lang::ZhHans, &none);
        assert_eq!(hans["role"], "被上诉人");
        assert_eq!(hans["field"], "当事人（第1人）姓名或名称");
    }

    #[test]
    fn coded_values_and_their_lists_are_shown_by_label() {
        let options = CheckOptions::new(CivilDate::from_ymd_opt(2026, 1, 1).unwrap_or_default());
        let args = crate::args![("value", "deputy"), ("allowed", "principal, deputy")];
        let shown = display_args("appearance", "/appearing/0/role", &args, Lang::ZhHans, &options.labels);
        assert_eq!(shown["value"], "副职负责人");
        assert_eq!(shown["allowed"], "正职负责人、副职负责人");
        assert_eq!(shown["field"], "出庭人（第1人）出庭身份");
    }
}
