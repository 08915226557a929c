//! Op `id`: one identifier checked, with what it encodes or why it is invalid.

use crate::date::CivilDate;
use crate::error::{Error, ErrorKind};
use crate::i18n::Lang;
use crate::ids::{case_number, credit_code, resident};
use crate::law::CitationView;
use crate::rules::{identity, Rule};
use serde::ser::{Serialize, SerializeStruct, Serializer};

/// The kinds of identifier `validate_id` understands.
pub const ID_KINDS: &[&str] = &["resident", "credit-code", "case-number"];

/// The result of checking one identifier.
///
/// As JSON: `kind`, `valid`, `normalized`, `changed` (with `folded` and `foldedMessage` when
/// folding changed something: each kind of change, and the sentence naming them), then the detail's own fields (`reason` and
/// `message` when invalid; `resident`, `creditCode` with an optional `warning` and
/// `warningMessage`, or `caseNumber` when valid), then `citations`.
#[derive(Debug, Clone)]
pub struct IdResult {
    pub kind: &'static str,
    /// False exactly when the detail is [`IdDetail::Invalid`].
    pub valid: bool,
    /// The identifier as checked (folded; upper-case X).
    pub normalized: String,
    /// True when `normalized` differs from the input (full-width digits, spaces, hyphens…).
    pub changed: bool,
    /// What folding removed or replaced to get `normalized` (resident IDs and credit codes; empty
    /// for case numbers, whose `caseNumber.printed` says how they were printed).
    pub folded: Vec<crate::ids::Fold>,
    /// The sentence that names those changes, rendered; `None` when nothing was folded.
    pub folded_message: Option<String>,
    pub detail: IdDetail,
    pub citations: Vec<CitationView>,
}

/// What an identifier encodes, or why it is invalid.
#[derive(Debug, Clone)]
pub enum IdDetail {
    /// Why it is invalid: a stable code such as `check_character`, and the reason rendered in the
    /// requested language.
    Invalid { reason: &'static str, message: Option<String> },
    Resident(resident::ResidentIdView),
    /// `warning` is a doubt that does not make the code invalid: `organization_code_check` when
    /// a credit code passes its own check but its embedded GB 11714 organisation code does not
    /// (rule ID-005).
    CreditCode { code: credit_code::CreditCodeView, warning: Option<IdWarning> },
    CaseNumber(case_number::CaseNumber),
}

/// A doubt about a valid identifier: its id and its rendered message.
#[derive(Debug, Clone)]
pub struct IdWarning {
    pub id: &'static str,
    pub message: Option<String>,
}

impl IdResult {
    fn new(kind: &'static str, value: &str, normalized: String, rule: &Rule, detail: IdDetail, lang: Lang) -> IdResult {
        IdResult {
            kind,
            valid: !matches!(detail, IdDetail::Invalid { .. }),
            changed: normalized != value,
            normalized,
            folded: Vec::new(),
            folded_message: None,
            detail,
            citations: rule.citations.iter().map(|c| c.to_view(lang)).collect(),
        }
    }

    fn with_folds(mut self, folded: crate::ids::Folded, rule: &Rule, field: &str, lang: Lang) -> IdResult {
        self.folded_message = identity::folded_message(rule, field, &folded, lang);
        self.folded = folded.changes;
        self
    }

    /// Why it is invalid (a stable code), when it is.
    pub fn reason(&self) -> Option<&'static str> {
        match &self.detail {
            IdDetail::Invalid { reason, .. } => Some(reason),
            _ => None,
        }
    }

    /// The reason, rendered.
    pub fn message(&self) -> Option<&str> {
        match &self.detail {
            IdDetail::Invalid { message, .. } => message.as_deref(),
            _ => None,
        }
    }

    /// What a resident ID encodes, when valid.
    pub fn resident(&self) -> Option<&resident::ResidentIdView> {
        match &self.detail {
            IdDetail::Resident(v) => Some(v),
            _ => None,
        }
    }

    /// What a credit code encodes, when valid.
    pub fn credit_code(&self) -> Option<&credit_code::CreditCodeView> {
        match &self.detail {
            IdDetail::CreditCode { code, .. } => Some(code),
            _ => None,
        }
    }

    /// The doubt about a valid credit code, if any.
    pub fn warning(&self) -> Option<&IdWarning> {
        match &self.detail {
            IdDetail::CreditCode { warning, .. } => warning.as_ref(),
            _ => None,
        }
    }

    /// What a case number (案号) encodes, when valid.
    pub fn case_number(&self) -> Option<&case_number::CaseNumber> {
        match &self.detail {
            IdDetail::CaseNumber(n) => Some(n),
            _ => None,
        }
    }
}

impl Serialize for IdResult {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("IdResult", 8)?;
        s.serialize_field("kind", self.kind)?;
        s.serialize_field("valid", &self.valid)?;
        s.serialize_field("normalized", &self.normalized)?;
        s.serialize_field("changed", &self.changed)?;
        if !self.folded.is_empty() {
            s.serialize_field("folded", &self.folded)?;
        }
        if let Some(m) = &self.folded_message {
            s.serialize_field("foldedMessage", m)?;
        }
        match &self.detail {
            IdDetail::Invalid { reason, message } => {
                s.serialize_field("reason", reason)?;
                if let Some(m) = message {
                    s.serialize_field("message", m)?;
                }
            }
            IdDetail::Resident(v) => s.serialize_field("resident", v)?,
            IdDetail::CreditCode { code, warning } => {
                s.serialize_field("creditCode", code)?;
                if let Some(w) = warning {
                    s.serialize_field("warning", w.id)?;
                    if let Some(m) = &w.message {
                        s.serialize_field("warningMessage", m)?;
                    }
                }
            }
            IdDetail::CaseNumber(n) => s.serialize_field("caseNumber", n)?,
        }
        s.serialize_field("citations", &self.citations)?;
        s.end()
    }
}

/// Checks an identifier of `kind` (`resident`, `credit-code` or `case-number`) on `today`,
/// rendering in `lang`.
///
/// # Errors
/// `invalid_argument` for an unknown kind.
///
/// # Example
/// ```
/// use filing_check::{api, i18n::Lang};
/// let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
/// let r = api::validate_id("resident", "11010519491231002X", today, Lang::En).unwrap();
/// assert!(r.valid);
/// // A real credit code whose check character is 0 (31 − MOD(Σ, 31) = 31 is written 0).
/// let r = api::validate_id("credit-code", "911522010783762860", today, Lang::En).unwrap();
/// assert!(r.valid);
/// ```
pub fn validate_id(kind: &str, value: &str, today: CivilDate, lang: Lang) -> Result<IdResult, Error> {
    match kind {
        "resident" => Ok(validate_resident(value, today, lang)),
        "credit-code" => Ok(validate_credit_code(value, lang)),
        "case-number" => Ok(validate_case_number(value, today, lang)),
        other => Err(Error::new(
            ErrorKind::InvalidArgument,
            format!("kind: expected one of {ID_KINDS:?}, got {:?}", crate::date::truncate(other)),
        )),
    }
}

fn validate_resident(value: &str, today: CivilDate, lang: Lang) -> IdResult {
    let rule = &identity::RESIDENT_ID_VALID;
    let folded = crate::ids::fold_identifier_report(value);
    let detail = match resident::parse(value, today) {
        Ok(id) => IdDetail::Resident((&id).into()),
        Err(problem) => {
            let mut args = identity::resident_problem_args(problem, "idNumber", &folded.value, today);
            identity::add_fold_args(&mut args, &folded);
            let id = identity::problem_message_id(problem.code(), &folded);
            IdDetail::Invalid { reason: problem.code(), message: rule.message(id).map(|t| crate::rules::render_field(t, lang, &args)) }
        }
    };
    IdResult::new("resident", value, folded.value.clone(), rule, detail, lang).with_folds(folded, rule, "idNumber", lang)
}

fn validate_credit_code(value: &str, lang: Lang) -> IdResult {
    let rule = &identity::CREDIT_CODE_VALID;
    let folded = crate::ids::fold_identifier_report(value);
    let detail = match credit_code::parse(value) {
        Ok(code) => {
            let warning = (!code.organization_code_valid).then(|| {
                let args = identity::organization_code_args(&code, "creditCode");
                let id = "organization_code_check";
                IdWarning { id, message: identity::ORGANIZATION_CODE_CHECK.message(id).map(|t| crate::rules::render_field(t, lang, &args)) }
            });
            IdDetail::CreditCode { code: (&code).into(), warning }
        }
        Err(problem) => {
            let mut args = identity::credit_code_problem_args(problem, "creditCode", &folded.value);
            identity::add_fold_args(&mut args, &folded);
            let id = identity::problem_message_id(problem.code(), &folded);
            IdDetail::Invalid { reason: problem.code(), message: rule.message(id).map(|t| crate::rules::render_field(t, lang, &args)) }
        }
    };
    IdResult::new("credit-code", value, folded.value.clone(), rule, detail, lang).with_folds(folded, rule, "creditCode", lang)
}

fn validate_case_number(value: &str, today: CivilDate, lang: Lang) -> IdResult {
    let rule = &crate::rules::document::CASE_NUMBER_VALID;
    let normalized = case_number::normalize(value);
    let detail = match case_number::parse(value, today) {
        Ok(n) => IdDetail::CaseNumber(n),
        Err(problem) => {
            let mut args = crate::args![("field", "caseNumber"), ("value", &normalized)];
            for (k, v) in problem.args(today) {
                args.insert(k.to_string(), v);
            }
            IdDetail::Invalid { reason: problem.code(), message: rule.message(problem.code()).map(|t| crate::rules::render_field(t, lang, &args)) }
        }
    };
    IdResult::new("case-number", value, normalized, rule, detail, lang)
}
