//! Op `id` from JSON text to JSON text, for the identifiers-only wasm module, without a
//! `serde_json::Value` on either side: the request is read by [`crate::json_reader`] into the four
//! members op `id` reads (every other member is parsed and dropped), and the answer is written by
//! [`super::sorted_json`]. The bytes, answers and errors alike, are those of
//! `serde_json::to_string(&call("id", &parse_json(text)?)?)`, which the main module gives (a
//! test below compares them on every corpus case of op `id` and on malformed requests).

use super::{validate_id, MAX_DEPTH, MAX_INPUT_BYTES};
use crate::date::parse_civil_date;
use crate::error::{Error, ErrorKind};
use crate::i18n::Lang;
use crate::json_reader::{parse_with, Build};
use serde_json::Number;

/// `callJson("id", text)` of the main module, as text.
///
/// # Errors
/// As [`super::call`] with op `id`, after [`super::parse_json`].
pub fn call_id_json(text: &str) -> Result<String, Error> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(super::too_large(text.len()));
    }
    let (request, deepest) = parse_with(text, &mut Members).map_err(super::json_error)?;
    if deepest > MAX_DEPTH {
        return Err(super::too_deep());
    }
    let Node::Request(request) = request else {
        return Err(Error::new(ErrorKind::InvalidArgument, "id: the request must be an object"));
    };
    let today = match &request.today {
        Member::Text(s) => parse_civil_date(s, "today")?,
        Member::Missing => return Err(Error::new(ErrorKind::InvalidDate, "today: required (YYYY-MM-DD); nothing reads a clock")),
        _ => return Err(Error::new(ErrorKind::InvalidDate, "today: expected a YYYY-MM-DD string")),
    };
    let lang = match &request.lang {
        Member::Missing | Member::Null => Lang::ZhHans,
        Member::Text(s) => Lang::parse(s)?,
        Member::Other => return Err(Error::new(ErrorKind::InvalidArgument, "lang: expected a string")),
    };
    let kind = request.kind.text("kind")?;
    let value = request.value.text("value")?;
    let result = validate_id(kind, value, today, lang)?;
    super::sorted_json::to_string(&result).map_err(|e| Error::new(ErrorKind::InvalidJson, e.to_string()))
}

/// A member of the request as op `id` reads it.
#[derive(Debug, Default)]
enum Member {
    #[default]
    Missing,
    Null,
    Text(String),
    /// A number, a boolean, an array or an object.
    Other,
}

impl Member {
    /// A required string member, with [`super::request::str_field`]'s errors.
    fn text(&self, name: &str) -> Result<&str, Error> {
        match self {
            Member::Text(s) => Ok(s),
            Member::Missing => Err(Error::new(ErrorKind::InvalidArgument, format!("{name}: required"))),
            _ => Err(Error::new(ErrorKind::InvalidArgument, format!("{name}: expected a string"))),
        }
    }
}

/// The members op `id` reads.
#[derive(Debug, Default)]
struct Request {
    kind: Member,
    value: Member,
    today: Member,
    lang: Member,
}

/// A value of the request as [`Members`] keeps it.
enum Node {
    /// The request object, at depth 0.
    Request(Request),
    Member(Member),
}

/// Keeps the four members of the request object (the last of a repeated key, as a `Value` object
/// does) and drops everything else as it is read.
struct Members;

impl Build for Members {
    type Out = Node;
    type Array = ();
    type Object = Option<Request>;
    fn null(&mut self, _: usize) -> Node {
        Node::Member(Member::Null)
    }
    fn bool(&mut self, _: bool, _: usize) -> Node {
        Node::Member(Member::Other)
    }
    fn number(&mut self, _: Number, _: usize) -> Node {
        Node::Member(Member::Other)
    }
    fn string(&mut self, value: String, depth: usize) -> Node {
        // Only a member's own string is read; deeper ones are dropped unkept.
        Node::Member(if depth == 1 { Member::Text(value) } else { Member::Other })
    }
    fn array(&mut self, _: usize) {}
    fn push(&mut self, _: &mut (), _: Node) {}
    fn end_array(&mut self, _: (), _: usize) -> Node {
        Node::Member(Member::Other)
    }
    fn object(&mut self, depth: usize) -> Option<Request> {
        (depth == 0).then(Request::default)
    }
    fn insert(&mut self, object: &mut Option<Request>, key: String, value: Node) {
        let (Some(request), Node::Member(member)) = (object, value) else { return };
        match key.as_str() {
            "kind" => request.kind = member,
            "value" => request.value = member,
            "today" => request.today = member,
            "lang" => request.lang = member,
            _ => {}
        }
    }
    fn end_object(&mut self, object: Option<Request>, _: usize) -> Node {
        object.map_or(Node::Member(Member::Other), Node::Request)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The main module's answer: `call("id", …)` on the parsed request, as text.
    fn through_value(text: &str) -> Result<String, (String, String)> {
        let out = super::super::parse_json(text)
            .and_then(|v| super::super::call("id", &v))
            .map(|v| serde_json::to_string(&v).unwrap());
        out.map_err(|e| (e.code().to_string(), e.message().to_string()))
    }

    fn direct(text: &str) -> Result<String, (String, String)> {
        call_id_json(text).map_err(|e| (e.code().to_string(), e.message().to_string()))
    }

    #[test]
    fn every_corpus_id_case_answers_as_call_does() {
        let mut requests = Vec::new();
        for (_, doc) in crate::json_reader::tests::corpus_files() {
            for case in doc["cases"].as_array().into_iter().flatten().filter(|c| c["op"] == "id") {
                requests.push(serde_json::to_string(&case["request"]).unwrap());
            }
        }
        assert!(requests.len() > 100, "{} id cases", requests.len());
        for text in &requests {
            assert_eq!(direct(text), through_value(text), "{text}");
        }
    }

    #[test]
    fn malformed_requests_fail_as_call_does() {
        let deep = |n: usize| format!("{{\"kind\":{}1{}}}", "[".repeat(n), "]".repeat(n));
        let mut texts: Vec<String> = [
            "", " ", "nope", "[]", "[1,", "{}", "true", "null", "1e400", "\"x\"", "{\"a\":1}x", "{\"a\" 1}", "{\"a\":}",
            "{1:2}", "{\"a\":1,}", "[1,]", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\q\"}", "{\"a\":\"\u{1}\"}", "{\"a\":-}",
            "{\"a\":1e400}", "{\"a\":01}", "{\"a\":tru}", "{\"kind\":\"resident\"}",
            "{\"kind\":\"x\",\"value\":\"1\",\"today\":\"2026-01-01\"}",
            "{\"kind\":\"resident\",\"value\":1,\"today\":\"2026-01-01\"}",
            "{\"kind\":\"resident\",\"value\":\"1\",\"today\":\"2026-13-01\",\"lang\":\"fr\"}",
            "{\"kind\":\"resident\",\"value\":\"1\",\"today\":\"2026-01-01\",\"lang\":\"fr\"}",
            "{\"kind\":\"resident\",\"value\":\"1\",\"today\":\"2026-01-01\",\"lang\":7}",
            "{\"kind\":\"resident\",\"value\":\"1\",\"today\":\"2026-01-01\",\"lang\":null}",
            "{\"kind\":\"resident\",\"value\":\"1\",\"today\":null}",
            "{\"kind\":\"resident\",\"value\":\"1\",\"today\":\"2026-01-01\",\"today\":5}",
            "{\"kind\":7,\"kind\":\"resident\",\"value\":null,\"today\":\"2026-01-01\"}",
            "{\"kind\":\"resident\",\"value\":\"11010519491231002X\",\"today\":\"2026-01-01\",\"other\":{\"a\":[1,2,{\"b\":null}]}}",
            "{\"kind\":\"credit-code\",\"value\":\"911522010783762860\",\"today\":\"2026-01-01\",\"lang\":\"zh-Hant\"}",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for n in [30, 31, 32, 33, 126, 127, 128, 200] {
            texts.push(deep(n));
            texts.push(format!("{}{}", "[".repeat(n), "]".repeat(n)));
        }
        texts.push("x".repeat(MAX_INPUT_BYTES + 1));
        for text in &texts {
            assert_eq!(direct(text), through_value(text), "{}", crate::date::truncate(text));
        }
    }
}
