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

use crate::date::CivilDate;
use crate::error::{Error, ErrorKind};
pub use crate::i18n::{render, render_with, zh_hant, MessageTemplate};
use crate::i18n::Lang;
use crate::law::Citation;
use crate::report::{Args, Finding, Mode, Severity};
use serde::Serialize;
use std::collections::BTreeMap;

/// A check, as data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Permanent id, e.g. `ID-001`.
    pub id: &'static str,
    /// `identity`, `appearance`, `deadline`, `filing` or `document`.
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
    all.sort_by_key(|r| r.id);
    all
}

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
    pub severity: BTreeMap<String, Severity>,
    /// Local rule packs to apply: a string names a built-in pack (`"guangzhou"`, `"qiannan"`),
    /// an object is a portal's own pack, `{"name": ..., "<area>": {...}}`. Each area (appearance,
    /// timeline, filing) reads its own section and reports a malformed one as `invalid_data`.
    pub packs: Vec<serde_json::Value>,
}

impl CheckOptions {
    /// Options for `today` with defaults: zh-Hans, final mode, default severities, no packs.
    pub fn new(today: CivilDate) -> CheckOptions {
        CheckOptions { today, lang: Lang::ZhHans, mode: Mode::Final, severity: BTreeMap::new(), packs: Vec::new() }
    }

    /// Checks that every overridden rule exists.
    ///
    /// # Errors
    /// `unknown_rule` naming the first unknown id.
    pub fn validate(&self) -> Result<(), Error> {
        for id in self.severity.keys() {
            if find(id).is_none() {
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
    found: Vec<Finding>,
    /// The day whose law governs (the hearing day), once known: see [`Findings::set_governing_date`].
    governing_date: Option<CivilDate>,
}

impl<'a> Findings<'a> {
    pub fn new(options: &'a CheckOptions) -> Findings<'a> {
        Findings { options, found: Vec::new(), governing_date: None }
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

    /// Records that `rule` fired with message `message_id` at `path` (a JSON Pointer).
    ///
    /// The message's `{field}` is derived here, from `path`, in one form: the pointer without its
    /// root slash (`agency/creditCode`), as staff read it. (`args` keeps the `field` its check
    /// gave, for the JSON output's compatibility.)
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
        let field = path.strip_prefix('/').unwrap_or(&path);
        let message = match rule.message(message_id) {
            Some(t) => render_with(t, lang, &|name| if name == "field" { Some(field) } else { args.get(name).map(String::as_str) }),
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

/// A rule as `filing-check rules` and the generated catalogue document list it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RuleView {
    pub id: &'static str,
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
                Lang::ZhHant => zh_hant::lookup(rule.title_zh_hans).unwrap_or(rule.title_zh_hans).to_string(),
                Lang::En => rule.title_en.to_string(),
            },
            default_severity: rule.default_severity,
            messages: rule
                .messages
                .iter()
                .map(|m| MessageView {
                    id: m.id,
                    zh_hans: m.zh_hans,
                    zh_hant: zh_hant::lookup(m.zh_hans).unwrap_or(""),
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
    fn a_findings_field_is_its_path_without_the_root_slash_in_every_form_of_the_args() {
        let options = CheckOptions::new(CivilDate::from_ymd_opt(2026, 1, 1).unwrap_or_default());
        let mut findings = Findings::new(&options);
        let rule = &filing::PLAINTIFF_IDENTIFIED;
        for field in ["/agency/creditCode", "agency/creditCode"] {
            findings.add(rule, rule.messages[0].id, "/agency/creditCode", crate::args![("field", field)]);
        }
        let found = findings.into_vec();
        assert!(found[0].message.starts_with("agency/creditCode"), "{}", found[0].message);
        assert_eq!(found[0].message, found[1].message);
    }
}
