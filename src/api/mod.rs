//! The JSON facade: one function per operation, JSON in and JSON out.
//!
//! The CLI, the wasm layer and the corpus runners all go through these functions, so the three
//! faces of the library cannot drift: they differ only in how JSON crosses their boundary.
//!
//! This is the one place where requests become types ([`request`]): each op reads its JSON once,
//! with the error codes and messages of the op's contract, calls typed functions of the domain
//! and serialises their typed results. Nothing below this module reads a request or calls back up
//! into it. A filing or a document is the exception that proves the rule: it is a form, read
//! leniently by the one form reader ([`crate::form`]) that this facade hands it to, so that a
//! mistyped field is a finding rather than a call error.

mod dates;
mod id;
mod id_json;
pub mod request;
#[cfg(feature = "schema")]
pub mod schema;
pub mod sorted_json;
#[cfg(feature = "desk")]
pub mod supervision;
mod text;

pub use dates::{deadline, due_date, DueView};
pub use id::{validate_id, IdDetail, IdResult, IdWarning, ID_KINDS};
pub use id_json::call_id_json;
pub use request::{apply_config, common_options};

use crate::error::{Error, ErrorKind};
use crate::i18n::Lang;
use crate::rules::{self, CheckOptions};
use request::{checked_input, str_field};
use serde_json::Value;

/// The largest JSON input any operation accepts (bytes).
pub const MAX_INPUT_BYTES: usize = 4 * 1024 * 1024;
/// The deepest nesting any operation accepts.
pub const MAX_DEPTH: usize = 32;

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
        Err(too_deep())
    }
}

/// Parses JSON text under the size and depth limits.
///
/// # Errors
/// `input_too_large` or `invalid_json`.
pub fn parse_json(text: &str) -> Result<Value, Error> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(too_large(text.len()));
    }
    let (value, deepest) = crate::json_reader::parse_with(text, &mut crate::json_reader::ValueBuilder).map_err(json_error)?;
    if deepest > MAX_DEPTH {
        return Err(too_deep());
    }
    Ok(value)
}

/// The error for JSON text of `bytes` bytes, over [`MAX_INPUT_BYTES`].
fn too_large(bytes: usize) -> Error {
    Error::new(ErrorKind::InputTooLarge, format!("input: {bytes} bytes is more than the {MAX_INPUT_BYTES} allowed"))
}

/// The error for JSON nested deeper than [`MAX_DEPTH`].
fn too_deep() -> Error {
    Error::new(ErrorKind::InputTooLarge, format!("input: nesting deeper than {MAX_DEPTH} levels"))
}

/// The error for text that is not JSON.
fn json_error(e: crate::json_reader::SyntaxError) -> Error {
    // The reader stops at serde_json's recursion limit (128): that is input deeper than MAX_DEPTH
    // too, and reported as such rather than as invalid JSON.
    if e.is_recursion_limit() {
        too_deep()
    } else {
        Error::new(ErrorKind::InvalidJson, format!("input: not valid JSON ({e})"))
    }
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
    let mut findings = rules::Findings::for_root(options, "document");
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

/// [`call`] answering JSON text: the bytes `serde_json::to_string` writes of `call`'s `Value`
/// (every object's keys sorted), written by [`sorted_json`] without building the `Value`. The
/// main wasm module's `callJson` runs this, so it links neither the `Value` serialiser nor the
/// `BTreeMap`s of its objects; the corpus runner compares the two on every case.
///
/// # Errors
/// As [`call`].
pub fn call_text(op: &str, request: &Value) -> Result<String, Error> {
    check_request(op, request)?;
    dispatch::<JsonText>(op, request).map(|text| text.0)
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
    Value::of(&text::convert(request)?)
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

fn op_id<A: Answer>(request: &Value) -> Result<A, Error> {
    let options = common_options(request)?;
    let kind = str_field(request, "kind")?;
    let value = str_field(request, "value")?;
    A::of(&validate_id(kind, value, options.today, options.lang)?)
}

fn dispatch<A: Answer>(op: &str, request: &Value) -> Result<A, Error> {
    match op {
        "id" => op_id(request),
        "check" => {
            let (options, filing) = checked_input(request, "filing")?;
            A::of(&crate::filings::check(filing, &options)?)
        }
        "document" => {
            let (options, document) = checked_input(request, "document")?;
            A::of(&check_document(document, &options)?)
        }
        "deadline" => A::of(&dates::deadline(request)?),
        "due" => {
            let d = due_date(str_field(request, "from")?, str_field(request, "period")?)?;
            A::of(&DueView::of(&d))
        }
        "windows" => A::of(&dates::windows(request)?),
        "timeline" => A::of(&dates::timeline(request)?),
        #[cfg(feature = "desk")]
        "supervise" => A::of_value(supervision::supervise(request)?),
        #[cfg(feature = "desk")]
        "bulletin" => A::of_value(supervision::bulletin(request)?),
        #[cfg(feature = "desk")]
        "rates" => A::of(&supervision::rates_op(request)?),
        // Built without the desk (the main wasm module): the ops exist, in another module.
        #[cfg(not(feature = "desk"))]
        op @ ("supervise" | "bulletin" | "rates") => Err(Error::new(ErrorKind::InvalidArgument, desk_elsewhere(op))),
        "rules" => {
            let lang = match request.get("lang").and_then(Value::as_str) {
                Some(s) => Lang::parse(s)?,
                None => Lang::ZhHans,
            };
            A::of(&rules(lang))
        }
        "convert" => A::of(&text::convert(request)?),
        "clean" => A::of(&text::clean_op(request)?),
        "script" => A::of(&text::script_op(request)?),
        "sameName" => A::of(&text::same_name_op(request)?),
        other => Err(unknown_op(other)),
    }
}

/// The ops of the forms module (`src/wasm/forms.rs`), checked as [`call_text`] checks them and
/// answered as its bytes: `id`, `due`, and `check` of the filing kinds this build checks (built
/// without feature `documents`, those whose documents' text it does not read: `appearance`,
/// `absence`, `performance`). Any other op of [`call`] is `not_initialized`, naming the main
/// module, which the npm package loads with `init()`; an op [`call`] does not know is refused as
/// [`call`] refuses it.
///
/// # Errors
/// As [`call`], or `not_initialized` for an op or a filing kind of the main module.
pub fn call_forms_text(op: &str, request: &Value) -> Result<String, Error> {
    check_request(op, request)?;
    // Its own arms rather than `dispatch`'s: calling `dispatch` would link every op into the module.
    let answer: JsonText = match op {
        "id" => op_id(request)?,
        "check" => {
            let (options, filing) = checked_input(request, "filing")?;
            JsonText::of(&crate::filings::check(filing, &options)?)?
        }
        "due" => {
            let d = due_date(str_field(request, "from")?, str_field(request, "period")?)?;
            JsonText::of(&DueView::of(&d))?
        }
        other if MAIN_OPS.contains(&other) => {
            return Err(Error::new(
                ErrorKind::NotInitialized,
                format!("op: {other:?} is answered by the main module, not the forms module; the npm package answers it after `await init()`"),
            ))
        }
        other => return Err(unknown_op(other)),
    };
    Ok(answer.0)
}

/// Every op [`call`] answers (the desk's included, which the main wasm module names elsewhere).
pub const MAIN_OPS: &[&str] = &[
    "id", "check", "document", "deadline", "due", "windows", "timeline", "supervise", "bulletin", "rates", "rules", "convert",
    "clean", "script", "sameName",
];

/// The error for an op no module answers.
fn unknown_op(op: &str) -> Error {
    Error::new(ErrorKind::InvalidArgument, format!("op: unknown operation {:?}", crate::date::truncate(op)))
}

/// The message for a desk op asked of a build without the `desk` feature (the main wasm module).
#[cfg(not(feature = "desk"))]
fn desk_elsewhere(op: &str) -> String {
    format!("op: {op:?} is in the desk module (filing_check_desk), not this one; the npm package runs it after `await initDesk()`")
}

/// The desk ops alone, checked as [`call`] checks them: the desk wasm module runs this, so that
/// it links none of the other operations; answers and errors are those of `call(op, …)`.
///
/// # Errors
/// As [`call`], or `invalid_argument` for an op that is not one of the three.
#[cfg(feature = "desk")]
pub fn call_desk(op: &str, request: &Value) -> Result<Value, Error> {
    check_request(op, request)?;
    desk_dispatch(op, request)
}

/// The desk ops of [`call_desk`] (as [`dispatch`] answers them).
#[cfg(feature = "desk")]
fn desk_dispatch<A: Answer>(op: &str, request: &Value) -> Result<A, Error> {
    match op {
        "supervise" => A::of_value(supervision::supervise(request)?),
        "bulletin" => A::of_value(supervision::bulletin(request)?),
        "rates" => A::of(&supervision::rates_op(request)?),
        other => Err(Error::new(
            ErrorKind::InvalidArgument,
            format!("op: the desk module runs only \"supervise\", \"rates\" and \"bulletin\", not {:?}", crate::date::truncate(other)),
        )),
    }
}

/// What an operation's typed result is answered as: a `serde_json::Value` for [`call`], JSON text
/// for [`call_text`]. [`dispatch`] is generic over it, so a build that asks only for text (the
/// main wasm module) links no `Value` serialiser, and one that asks only for a `Value` no text
/// writer.
trait Answer: Sized {
    /// The answer for `result`.
    ///
    /// # Errors
    /// `invalid_data` if `result` holds what JSON cannot (never, for this crate's result types:
    /// strings, numbers, booleans, maps with string keys, sequences and unit variants).
    fn of<T: serde::Serialize + ?Sized>(result: &T) -> Result<Self, Error>;

    /// The answer for a result already built as a `Value` (the desk's `supervise` and
    /// `bulletin`), which [`call`] answers as it is rather than a copy.
    ///
    /// # Errors
    /// As [`Answer::of`].
    #[cfg(feature = "desk")]
    fn of_value(result: Value) -> Result<Self, Error> {
        Self::of(&result)
    }
}

impl Answer for Value {
    fn of<T: serde::Serialize + ?Sized>(result: &T) -> Result<Value, Error> {
        serde_json::to_value(result).map_err(|e| unwritable(&e))
    }
    #[cfg(feature = "desk")]
    fn of_value(result: Value) -> Result<Value, Error> {
        Ok(result)
    }
}

/// An answer as JSON text, every object's keys sorted.
struct JsonText(String);

impl Answer for JsonText {
    fn of<T: serde::Serialize + ?Sized>(result: &T) -> Result<JsonText, Error> {
        sorted_json::to_string(result).map(JsonText).map_err(|e| unwritable(&e))
    }
}

/// The error for a result that cannot be written as JSON.
#[inline(never)]
fn unwritable(e: &dyn std::fmt::Display) -> Error {
    Error::new(ErrorKind::InvalidData, format!("result: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn main_ops_are_the_ops_call_answers() {
        let empty = serde_json::json!({});
        for op in super::MAIN_OPS {
            if let Err(e) = super::call(op, &empty) {
                assert!(!e.message().contains("unknown operation"), "{op}: {}", e.message());
            }
        }
        assert!(super::call("nope", &empty).is_err_and(|e| e.message().contains("unknown operation")));
    }

    #[test]
    fn the_forms_ops_answer_as_call_text_does_and_name_the_main_module_for_the_rest() {
        let requests = [
            ("id", serde_json::json!({"kind": "resident", "value": "11010519491231002X", "today": "2026-11-22"})),
            ("due", serde_json::json!({"from": "2025-09-16", "period": "15d"})),
            ("due", serde_json::json!({"from": "2025-02-30", "period": "15d"})),
            ("check", serde_json::json!({"today": "2026-11-22", "filing": {"kind": "absence"}})),
            ("check", serde_json::json!({"today": "2026-11-22", "lang": "en", "filing": {"kind": "performance", "caseNumber": "x"}})),
            ("check", serde_json::json!({"today": "2026-11-22", "filing": {"kind": "nope"}})),
            ("nope", serde_json::json!({})),
            ("id", serde_json::json!([])),
        ];
        for (op, request) in &requests {
            let forms = super::call_forms_text(op, request);
            let main = super::call_text(op, request);
            assert_eq!(forms.as_ref().map_err(|e| (e.code(), e.message().to_string())), main.as_ref().map_err(|e| (e.code(), e.message().to_string())), "{op} {request}");
        }
        for op in ["document", "deadline", "windows", "timeline", "rules", "clean", "supervise"] {
            let e = super::call_forms_text(op, &serde_json::json!({})).unwrap_err();
            assert_eq!(e.code(), "not_initialized", "{op}");
            assert!(e.message().contains("await init()"), "{op}: {}", e.message());
        }
    }

    /// Found by fuzzing (fuzz target `ops_structured`): serde's message for a string where an
    /// object belongs quoted the whole string, so a 4 MB text came back as a 4 MB error message.
    #[test]
    fn a_message_quoting_a_long_value_is_bounded() {
        let text = "行政起诉状\n原告：张三。\n".repeat(2_000);
        let request = serde_json::json!({"today": "2026-11-22", "document": text});
        let e = call("document", &request).unwrap_err();
        assert_eq!(e.code(), "invalid_json");
        assert!(e.message().len() <= crate::error::MAX_MESSAGE_BYTES, "{} bytes", e.message().len());
        assert!(e.message().starts_with("document: invalid type: string"), "{}", e.message());
        assert!(e.message().ends_with("expected struct DocumentInput"), "{}", e.message());
    }

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

    /// The corpus runner compares `call_text` with `call` on every case; `rules` has no corpus
    /// case (its answer is the whole catalogue), so it is compared here, in every language.
    #[test]
    fn call_text_writes_the_rules_catalogue_as_call_does() {
        for lang in ["zh-Hans", "zh-Hant", "en"] {
            let request = serde_json::json!({"lang": lang});
            let want = serde_json::to_string(&call("rules", &request).unwrap()).unwrap();
            assert_eq!(call_text("rules", &request).unwrap(), want, "{lang}");
        }
        let e = call_text("rules", &serde_json::json!({"lang": "fr"})).unwrap_err();
        let f = call("rules", &serde_json::json!({"lang": "fr"})).unwrap_err();
        assert_eq!((e.code(), e.message()), (f.code(), f.message()));
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

    /// The desk module runs `call_desk`: the same answers and errors as `call`, and no other op.
    #[cfg(feature = "desk")]
    #[test]
    fn call_desk_answers_as_call_and_refuses_the_other_ops() {
        let csv = include_str!("../../examples/supervision/small.csv");
        let mut answered = 0;
        for (op, request) in [
            ("supervise", serde_json::json!({"today": "2021-08-31", "csv": csv, "ics": true})),
            ("rates", serde_json::json!({"from": "2021-01-01", "to": "2021-08-31", "by": "agency", "csv": csv})),
            ("bulletin", serde_json::json!({"from": "2021-08-01", "to": "2021-08-31", "csv": csv})),
            ("rates", serde_json::json!({"from": "2021-13-01", "to": "2021-08-31", "records": []})),
            ("bulletin", serde_json::json!([])),
        ] {
            let (a, b) = (call(op, &request), call_desk(op, &request));
            match (a, b) {
                (Ok(a), Ok(b)) => {
                    assert_eq!(a, b, "{op}");
                    answered += 1;
                }
                (Err(a), Err(b)) => assert_eq!((a.code(), a.message()), (b.code(), b.message()), "{op}"),
                (a, b) => panic!("{op}: call {:?}, call_desk {:?}", a.is_ok(), b.is_ok()),
            }
        }
        assert_eq!(answered, 3, "the three good requests are answered");
        let e = call_desk("id", &serde_json::json!({"kind": "resident", "value": "x"})).unwrap_err();
        assert_eq!(e.code(), "invalid_argument");
        assert!(e.message().contains("desk module runs only"), "{}", e.message());
    }

    /// Built without the desk (as the main wasm module is), its ops are refused with a stable
    /// code and a message naming the module that has them; the other ops are unaffected.
    #[cfg(not(feature = "desk"))]
    #[test]
    fn without_the_desk_its_ops_name_the_desk_module() {
        for op in ["supervise", "rates", "bulletin"] {
            let e = call(op, &serde_json::json!({"today": "2021-08-31", "records": []})).unwrap_err();
            assert_eq!(e.code(), "invalid_argument", "{op}");
            assert!(e.message().contains("desk module") && e.message().contains("initDesk()"), "{}", e.message());
        }
        assert!(call("rules", &serde_json::json!({})).is_ok());
    }
}
