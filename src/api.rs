//! The JSON facade: one function per operation, JSON in and JSON out.
//!
//! The CLI, the wasm layer and the corpus runners all go through these functions, so the three
//! faces of the library cannot drift: they differ only in how JSON crosses their boundary.

use crate::date::{format_civil_date, parse_civil_date, CivilDate};
use crate::error::{Error, ErrorKind};
use crate::i18n::Lang;
use crate::ids::resident;
use crate::law::CitationView;
use crate::rules::{self, identity, render, CheckOptions};
use serde::Serialize;
use serde_json::Value;

/// The largest JSON input any operation accepts (bytes).
pub const MAX_INPUT_BYTES: usize = 4 * 1024 * 1024;
/// The deepest nesting any operation accepts.
pub const MAX_DEPTH: usize = 32;

/// The kinds of identifier `validate_id` understands.
pub const ID_KINDS: &[&str] = &["resident", "credit-code", "case-number"];

/// The result of checking one identifier.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IdResult {
    pub kind: &'static str,
    pub valid: bool,
    /// The identifier as checked (folded; upper-case X).
    pub normalized: String,
    /// True when `normalized` differs from the input (full-width digits, spaces…).
    pub changed: bool,
    /// Why it is invalid: a stable code such as `check_character`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<&'static str>,
    /// The reason, rendered in the requested language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// What the identifier encodes, when valid.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resident: Option<resident::ResidentIdView>,
    /// What a credit code encodes, when valid.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credit_code: Option<crate::ids::credit_code::CreditCodeView>,
    /// A doubt that does not make the identifier invalid: `organization_code_check` when a credit
    /// code passes its own check but its embedded GB 11714 organisation code does not (rule ID-005).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warning: Option<&'static str>,
    /// The warning, rendered in the requested language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warning_message: Option<String>,
    /// What a case number (案号) encodes, when valid.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub case_number: Option<crate::ids::case_number::CaseNumber>,
    pub citations: Vec<CitationView>,
}

/// Checks an identifier of `kind` (`resident` or `credit-code`) on `today`, rendering in `lang`.
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
    let normalized = crate::ids::fold_identifier(value);
    let changed = normalized != value;
    let citations = rule.citations.iter().map(|c| c.to_view(lang)).collect();
    match resident::parse(value, today) {
        Ok(id) => IdResult {
            kind: "resident",
            valid: true,
            normalized,
            changed,
            reason: None,
            message: None,
            resident: Some((&id).into()),
            credit_code: None,
            warning: None,
            warning_message: None,
            case_number: None,
            citations,
        },
        Err(problem) => {
            let args = resident_problem_args(problem, "idNumber", &normalized, today);
            let message = rule.message(problem.code()).map(|t| render(t, lang, &args));
            IdResult {
                kind: "resident",
                valid: false,
                normalized,
                changed,
                reason: Some(problem.code()),
                message,
                resident: None,
                credit_code: None,
                warning: None,
                warning_message: None,
                case_number: None,
                citations,
            }
        }
    }
}

fn validate_credit_code(value: &str, lang: Lang) -> IdResult {
    use crate::ids::credit_code;
    let rule = &identity::CREDIT_CODE_VALID;
    let normalized = crate::ids::fold_identifier(value);
    let changed = normalized != value;
    let citations = rule.citations.iter().map(|c| c.to_view(lang)).collect();
    let mut result = IdResult {
        kind: "credit-code",
        valid: false,
        normalized: normalized.clone(),
        changed,
        reason: None,
        message: None,
        resident: None,
        credit_code: None,
        warning: None,
        warning_message: None,
        case_number: None,
        citations,
    };
    match credit_code::parse(value) {
        Ok(code) => {
            result.valid = true;
            if !code.organization_code_valid {
                let inner = &identity::ORGANIZATION_CODE_CHECK;
                let args = identity::organization_code_args(&code, "creditCode");
                result.warning = Some("organization_code_check");
                result.warning_message = inner.message("organization_code_check").map(|t| render(t, lang, &args));
            }
            result.credit_code = Some((&code).into());
        }
        Err(problem) => {
            let args = identity::credit_code_problem_args(problem, "creditCode", &normalized);
            result.reason = Some(problem.code());
            result.message = rule.message(problem.code()).map(|t| render(t, lang, &args));
        }
    }
    result
}

fn validate_case_number(value: &str, today: CivilDate, lang: Lang) -> IdResult {
    use crate::ids::case_number;
    let rule = &crate::rules::document::CASE_NUMBER_VALID;
    let normalized = case_number::normalize(value);
    let changed = normalized != value;
    let citations = rule.citations.iter().map(|c| c.to_view(lang)).collect();
    let (reason, message, parsed) = match case_number::parse(value, today) {
        Ok(n) => (None, None, Some(n)),
        Err(problem) => {
            let mut args = crate::args![("field", "caseNumber"), ("value", &normalized)];
            for (k, v) in problem.args(today) {
                args.insert(k.to_string(), v);
            }
            let message = rule.message(problem.code()).map(|t| render(t, lang, &args));
            (Some(problem.code()), message, None)
        }
    };
    IdResult {
        kind: "case-number",
        valid: parsed.is_some(),
        normalized,
        changed,
        reason,
        message,
        resident: None,
        credit_code: None,
        warning: None,
        warning_message: None,
        case_number: parsed,
        citations,
    }
}

/// The message arguments for a resident-ID problem found in `field`.
pub(crate) fn resident_problem_args(
    problem: resident::Problem,
    field: &str,
    normalized: &str,
    today: CivilDate,
) -> crate::report::Args {
    use resident::Problem as P;
    let mut args = crate::args![("field", field), ("value", normalized)];
    let get = |r: std::ops::Range<usize>| normalized.get(r).unwrap_or("").to_string();
    match problem {
        P::Length => {
            args.insert("length".into(), normalized.chars().count().to_string());
        }
        P::Region => {
            let start = if normalized.starts_with('9') { 1 } else { 0 };
            args.insert("prefix".into(), get(start..start + 2));
        }
        P::BirthDateInvalid | P::BirthDateInFuture => {
            args.insert("birth".into(), get(6..14));
            args.insert("today".into(), format_civil_date(today));
        }
        P::CheckCharacter => {
            let expected = resident::expected_check_character(&get(0..17)).map(String::from).unwrap_or_default();
            args.insert("expected".into(), expected);
            args.insert("actual".into(), get(17..18));
        }
        P::Empty | P::Legacy15Digit | P::Character => {}
    }
    args
}

/// The due day of a period on the bundled official calendar, without steps: the hot path for a
/// portal that computes many dates (a timeline, a list of cases). `deadline` gives the same dates
/// with the reason for each.
///
/// # Errors
/// `invalid_date` or `invalid_period`.
///
/// # Example
/// ```
/// // 15 days from 2025-09-16 end on 2025-10-01 (国庆), moved to the first working day, 2025-10-09.
/// let d = filing_check::api::due_date("2025-09-16", "15d").unwrap();
/// assert_eq!(d.due.to_string(), "2025-10-09");
/// assert!(d.extended && !d.provisional);
/// ```
pub fn due_date(from: &str, period: &str) -> Result<crate::period::Due, Error> {
    let from = parse_civil_date(from, "from")?;
    let period = crate::period::Period::parse(period)?;
    // The bundled calendar is static data: making the value allocates nothing.
    crate::period::due(from, period, &crate::calendar::Calendar::bundled())
}

/// The JSON form of [`crate::period::Due`].
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DueView {
    pub raw_end: String,
    pub due: String,
    pub extended: bool,
    pub provisional: bool,
}

impl DueView {
    pub fn of(d: &crate::period::Due) -> DueView {
        DueView { raw_end: format_civil_date(d.raw_end), due: format_civil_date(d.due), extended: d.extended, provisional: d.provisional }
    }
}

/// Every rule in the catalogue, rendered in `lang`.
pub fn rules(lang: Lang) -> Vec<rules::RuleView> {
    rules::catalogue().into_iter().map(|r| rules::RuleView::of(r, lang)).collect()
}

/// Rejects JSON that is deeper than [`MAX_DEPTH`].
///
/// # Errors
/// `input_too_large` naming the limit.
pub fn check_depth(value: &Value) -> Result<(), Error> {
    fn depth(v: &Value, d: usize) -> bool {
        if d > MAX_DEPTH {
            return false;
        }
        match v {
            Value::Array(a) => a.iter().all(|x| depth(x, d + 1)),
            Value::Object(o) => o.values().all(|x| depth(x, d + 1)),
            _ => true,
        }
    }
    if depth(value, 0) {
        Ok(())
    } else {
        Err(Error::new(ErrorKind::InputTooLarge, format!("input: nesting deeper than {MAX_DEPTH} levels")))
    }
}

/// Parses JSON text under the size and depth limits.
///
/// # Errors
/// `input_too_large` or `invalid_json`.
pub fn parse_json(text: &str) -> Result<Value, Error> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(Error::new(
            ErrorKind::InputTooLarge,
            format!("input: {} bytes is more than the {} allowed", text.len(), MAX_INPUT_BYTES),
        ));
    }
    // serde_json stops at its own recursion limit (128): that is input deeper than MAX_DEPTH too,
    // and reported as such rather than as invalid JSON.
    let value: Value = serde_json::from_str(text).map_err(|e| {
        if e.to_string().starts_with("recursion limit exceeded") {
            Error::new(ErrorKind::InputTooLarge, format!("input: nesting deeper than {MAX_DEPTH} levels"))
        } else {
            Error::new(ErrorKind::InvalidJson, format!("input: not valid JSON ({e})"))
        }
    })?;
    check_depth(&value)?;
    Ok(value)
}

/// Reads `today` (required) and `lang` (optional) from a JSON request object.
///
/// # Errors
/// `invalid_date` or `invalid_argument`.
pub fn common_options(request: &Value) -> Result<CheckOptions, Error> {
    let today = match request.get("today") {
        Some(Value::String(s)) => parse_civil_date(s, "today")?,
        Some(_) => return Err(Error::new(ErrorKind::InvalidDate, "today: expected a YYYY-MM-DD string")),
        None => return Err(Error::new(ErrorKind::InvalidDate, "today: required (YYYY-MM-DD); nothing reads a clock")),
    };
    let mut options = CheckOptions::new(today);
    match request.get("lang") {
        None | Some(Value::Null) => {}
        Some(Value::String(s)) => options.lang = Lang::parse(s)?,
        Some(_) => return Err(Error::new(ErrorKind::InvalidArgument, "lang: expected a string")),
    }
    Ok(options)
}

/// Applies a configuration object: `{"mode": "draft", "rules": {"ID-001": "warning"}, "packs": ["guangzhou"]}`.
///
/// # Errors
/// `invalid_argument` for a malformed configuration; unknown rule ids are reported by the check.
pub fn apply_config(options: &mut CheckOptions, config: &Value) -> Result<(), Error> {
    let bad = |m: &str| Error::new(ErrorKind::InvalidArgument, m.to_string());
    let config = config.as_object().ok_or_else(|| bad("config: expected an object"))?;
    for (key, value) in config {
        match key.as_str() {
            "mode" => match value.as_str() {
                Some("final") => options.mode = crate::report::Mode::Final,
                Some("draft") => options.mode = crate::report::Mode::Draft,
                _ => return Err(bad("config.mode: expected \"final\" or \"draft\"")),
            },
            "rules" => {
                let map = value.as_object().ok_or_else(|| bad("config.rules: expected an object of rule id → severity"))?;
                for (id, sev) in map {
                    let sev = sev.as_str().and_then(crate::report::Severity::parse).ok_or_else(|| {
                        bad(&format!("config.rules.{id}: expected off, info, warning or error"))
                    })?;
                    options.severity.insert(id.clone(), sev);
                }
            }
            "packs" => {
                let list = value.as_array().ok_or_else(|| bad("config.packs: expected an array of pack names"))?;
                for p in list {
                    if !(p.is_string() || p.is_object()) {
                        return Err(bad("config.packs: each pack is a built-in pack's name or a pack object"));
                    }
                    options.packs.push(p.clone());
                }
            }
            other => return Err(bad(&format!("config: unknown key {:?}", crate::date::truncate(other)))),
        }
    }
    Ok(())
}

/// Checks the text of a document (op `document`): `{"type": "complaint", "text": "…",
/// "caseNumber"?, "signedOn"?, "parties"?: [{"role": "plaintiff", "name": "…"}], "amount"?}`.
/// Findings' paths point into that object.
///
/// # Errors
/// `invalid_json` for a field of the wrong JSON type, `invalid_argument` without `type`,
/// `unknown_rule` for a severity override of a rule that does not exist.
pub fn check_document(document: &Value, options: &CheckOptions) -> Result<crate::report::Report, Error> {
    options.validate()?;
    let mut findings = rules::Findings::new(options);
    crate::document::check_input(document, &mut findings)?;
    Ok(crate::report::Report::new("document", options.mode, options.lang, findings.into_vec()))
}

/// The operations of the JSON facade, by name (used by the corpus runners and the CLI).
///
/// `request` is an object; every operation takes `today` and `lang` where it needs them.
///
/// # Errors
/// Any call error of the operation, or `invalid_argument` for an unknown operation.
pub fn call(op: &str, request: &Value) -> Result<Value, Error> {
    check_request(op, request)?;
    dispatch(op, request)
}

/// What every operation checks of its request first: an object, not nested too deeply.
fn check_request(op: &str, request: &Value) -> Result<(), Error> {
    if !request.is_object() {
        // As the npm wrapper says for call(): otherwise `[]` or `true` would read as a request
        // with every field missing, and `rules` would even answer it.
        return Err(Error::new(
            ErrorKind::InvalidArgument,
            format!("{}: the request must be an object", crate::date::truncate(op)),
        ));
    }
    check_depth(request)?;
    Ok(())
}

/// `convert` alone, checked as [`call`] checks it: the converter-only wasm module runs this, so a
/// page's conversions fail exactly as the main module's `call("convert", …)` would.
///
/// # Errors
/// As [`call`] with op `convert`.
pub fn call_convert(request: &Value) -> Result<Value, Error> {
    check_request("convert", request)?;
    crate::text::ops::convert(request)
}

/// `id` alone, checked as [`call`] checks it: the identifiers-only wasm module runs this, so that
/// it links none of the other operations; its answers and errors are those of `call("id", …)`,
/// as the same `Value` (keys sorted), so their JSON text is byte-identical too.
///
/// # Errors
/// As [`call`] with op `id`.
pub fn call_id(request: &Value) -> Result<Value, Error> {
    check_request("id", request)?;
    op_id(request)
}

fn op_id(request: &Value) -> Result<Value, Error> {
    use erased::Ser;
    let options = common_options(request)?;
    let kind = str_field(request, "kind")?;
    let value = str_field(request, "value")?;
    Ok(validate_id(kind, value, options.today, options.lang)?.to_json())
}

fn dispatch(op: &str, request: &Value) -> Result<Value, Error> {
    let to_value = |v: &dyn erased::Ser| v.to_json();
    match op {
        "id" => op_id(request),
        "check" => {
            let (options, filing) = checked_input(request, "filing")?;
            Ok(to_value(&crate::filings::check(filing, &options)?))
        }
        "document" => {
            let (options, document) = checked_input(request, "document")?;
            Ok(to_value(&check_document(document, &options)?))
        }
        "deadline" => Ok(to_value(&crate::period::op_deadline(request)?)),
        "due" => {
            let d = due_date(str_field(request, "from")?, str_field(request, "period")?)?;
            Ok(to_value(&DueView::of(&d)))
        }
        "windows" => Ok(to_value(&crate::windows::op_windows(request)?)),
        "timeline" => Ok(to_value(&crate::timeline::op_timeline(request)?)),
        "rules" => {
            let lang = match request.get("lang").and_then(Value::as_str) {
                Some(s) => Lang::parse(s)?,
                None => Lang::ZhHans,
            };
            Ok(to_value(&rules(lang)))
        }
        "convert" => crate::text::ops::convert(request),
        "clean" => crate::text::ops::clean_op(request),
        "script" => crate::text::ops::script_op(request),
        "sameName" => crate::text::ops::same_name_op(request),
        other => Err(Error::new(
            ErrorKind::InvalidArgument,
            format!("op: unknown operation {:?}", crate::date::truncate(other)),
        )),
    }
}

/// The options (`today`, `lang`, `config`) and the required input object `name` of a checking
/// request (`check`, `document`).
fn checked_input<'a>(request: &'a Value, name: &str) -> Result<(CheckOptions, &'a Value), Error> {
    let mut options = common_options(request)?;
    if let Some(config) = request.get("config") {
        apply_config(&mut options, config)?;
    }
    let input = request.get(name).ok_or_else(|| Error::new(ErrorKind::InvalidArgument, format!("{name}: required")))?;
    Ok((options, input))
}

/// A required string field of a request object.
pub(crate) fn str_field<'a>(request: &'a Value, name: &str) -> Result<&'a str, Error> {
    match request.get(name) {
        Some(Value::String(s)) => Ok(s),
        Some(_) => Err(Error::new(ErrorKind::InvalidArgument, format!("{name}: expected a string"))),
        None => Err(Error::new(ErrorKind::InvalidArgument, format!("{name}: required"))),
    }
}

mod erased {
    //! Serialising any result type to a `serde_json::Value` without a generic `call`.
    pub trait Ser {
        fn to_json(&self) -> serde_json::Value;
    }
    impl<T: serde::Serialize> Ser for T {
        fn to_json(&self) -> serde_json::Value {
            // Our result types contain only strings, numbers, bools, maps with string keys and
            // sequences, which always serialise; Null is unreachable but never a panic.
            serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_past_serde_jsons_own_limit_is_input_too_large_naming_the_limit() {
        for n in [MAX_DEPTH + 2, 127, 128, 129, 300, 100_000] {
            let mut texts = vec![format!("{}{}", "[".repeat(n), "]".repeat(n)), format!("{}1{}", "{\"a\":".repeat(n), "}".repeat(n))];
            if n > 128 {
                texts.push("[".repeat(n)); // never closed: serde_json gives up on the depth first
            }
            for text in texts {
                let e = parse_json(&text).unwrap_err();
                assert_eq!(e.code(), "input_too_large", "depth {n}: {}", e.message());
                assert!(e.message().contains("32 levels"), "{}", e.message());
            }
        }
        assert!(parse_json(&format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1))).is_ok());
        assert_eq!(parse_json("[[[1]").unwrap_err().code(), "invalid_json");
    }

    #[test]
    fn a_request_that_is_not_an_object_is_refused_by_every_op() {
        for op in ["id", "rules", "check", "nope"] {
            for request in [serde_json::json!([]), serde_json::json!(true), serde_json::json!("x"), Value::Null] {
                let e = call(op, &request).unwrap_err();
                assert_eq!((e.code(), e.message()), ("invalid_argument", format!("{op}: the request must be an object").as_str()));
            }
        }
    }

    #[test]
    fn same_name_over_the_text_limit_names_the_limit() {
        let big = "名".repeat(crate::text::opencc::MAX_TEXT_BYTES / 3 + 1);
        let e = call("sameName", &serde_json::json!({"a": big, "b": "张三"})).unwrap_err();
        assert_eq!(e.code(), "input_too_large");
        assert!(e.message().contains(&crate::text::opencc::MAX_TEXT_BYTES.to_string()), "{}", e.message());
    }
}
