//! JSON Schemas of what each operation of [`super::call`] answers (feature `schema`, never in the
//! wasm build). `tests/schemas.rs` writes them to `schemas/results.schema.json`, from which
//! `scripts/gen-types.mjs` makes the npm package's result types (`npm/types/results.d.ts`).
//!
//! Most results are Rust types deriving `JsonSchema` beside `Serialize`. Three kinds are not, and
//! are described here by mirror types that say what is actually serialised: `IdResult`, whose
//! `Serialize` is written by hand (its detail's fields sit on the result itself), and the results
//! of `convert`, `clean` and `sameName`, which the text ops build as `serde_json::json!` objects.
//! `tests/schemas.rs` validates every answer of the case corpus against these schemas, so a mirror
//! that drifts from the serialisation fails there.

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};
use serde_json::{json, Map, Value};

/// The kind of identifier an `id` result is about.
#[derive(JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(dead_code)]
enum IdKind {
    Resident,
    CreditCode,
    CaseNumber,
}

/// The result of op `id` (Rust [`super::IdResult`], serialised by hand): the common fields, then
/// the fields of its detail (`reason`, `message` when invalid; `resident`, `creditCode` with
/// `warning`, or `caseNumber` when valid), then `citations`.
#[derive(JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(rename = "IdResult")]
#[allow(dead_code)]
struct IdResultJson {
    kind: IdKind,
    /// False exactly when `reason` is set.
    valid: bool,
    /// The identifier as checked: full-width folded, spaces and hyphens removed, upper-case X.
    normalized: String,
    /// True when `normalized` differs from what was typed.
    changed: bool,
    /// What folding removed or replaced (resident IDs and credit codes), when anything.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    folded: Vec<crate::ids::Fold>,
    /// The sentence naming those changes, in the requested language.
    #[serde(skip_serializing_if = "Option::is_none")]
    folded_message: Option<String>,
    /// Why it is invalid, a stable code such as `check_character`.
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
    /// The reason, rendered.
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<String>,
    /// What a valid resident ID encodes.
    #[serde(skip_serializing_if = "Option::is_none")]
    resident: Option<crate::ids::resident::ResidentIdView>,
    /// What a valid credit code encodes.
    #[serde(skip_serializing_if = "Option::is_none")]
    credit_code: Option<crate::ids::credit_code::CreditCodeView>,
    /// A doubt about a valid credit code, e.g. `organization_code_check` (rule ID-005).
    #[serde(skip_serializing_if = "Option::is_none")]
    warning: Option<String>,
    /// The doubt, rendered.
    #[serde(skip_serializing_if = "Option::is_none")]
    warning_message: Option<String>,
    /// What a valid case number (案号) encodes.
    #[serde(skip_serializing_if = "Option::is_none")]
    case_number: Option<crate::ids::case_number::CaseNumber>,
    citations: Vec<crate::law::CitationView>,
}

/// What cleaning changed before a conversion (`convert` with `clean: true`).
#[derive(JsonSchema)]
#[allow(dead_code)]
struct ConvertCleaned {
    /// Offsets into the text as sent.
    changes: Vec<crate::text::clean::Change>,
    issues: Vec<crate::text::clean::Issue>,
}

/// The result of op `convert`.
#[derive(JsonSchema)]
#[allow(dead_code)]
struct ConvertResult {
    text: String,
    /// The OpenCC configuration applied, e.g. `s2t`.
    config: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    cleaned: Option<ConvertCleaned>,
}

/// The result of op `clean`: the cleaned text, each change, each problem left, and the cleaned
/// text's script.
#[derive(JsonSchema)]
#[allow(dead_code)]
struct CleanResult {
    text: String,
    changes: Vec<crate::text::clean::Change>,
    issues: Vec<crate::text::clean::Issue>,
    script: crate::text::script::Script,
}

/// The result of op `sameName`: whether two names are the same person's, and each folded.
#[derive(JsonSchema)]
#[allow(dead_code)]
struct SameNameResult {
    same: bool,
    a: String,
    b: String,
}

/// The result of op `supervise`: the desk's status, and with `"ics": true` the reminders as
/// iCalendar text (added by the facade, [`super::supervision`]).
#[derive(JsonSchema)]
#[allow(dead_code)]
struct SuperviseResult {
    #[serde(flatten)]
    status: crate::supervision::Supervision,
    /// The reminders (RFC 5545), when the request asked for them.
    #[serde(skip_serializing_if = "Option::is_none")]
    ics: Option<String>,
}

/// The format of a bulletin.
#[derive(JsonSchema)]
#[serde(rename_all = "lowercase")]
#[allow(dead_code)]
enum BulletinFormat {
    Html,
    Csv,
}

/// The result of op `bulletin`: the 通报 (a month) or 报告 (another period) as printable HTML, or
/// its rates as CSV.
#[derive(JsonSchema)]
#[allow(dead_code)]
struct BulletinResult {
    format: BulletinFormat,
    text: String,
}

/// Every operation of [`super::call`] and the schema of its answer, in the call's op order.
fn roots(generator: &mut schemars::SchemaGenerator) -> Vec<(&'static str, Schema)> {
    vec![
        ("id", generator.subschema_for::<IdResultJson>()),
        ("check", generator.subschema_for::<crate::report::Report>()),
        ("document", generator.subschema_for::<crate::report::Report>()),
        ("deadline", generator.subschema_for::<crate::period::DeadlineView>()),
        ("due", generator.subschema_for::<super::DueView>()),
        ("windows", generator.subschema_for::<crate::windows::WindowsResult>()),
        ("timeline", generator.subschema_for::<crate::timeline::Timeline>()),
        ("supervise", generator.subschema_for::<SuperviseResult>()),
        ("bulletin", generator.subschema_for::<BulletinResult>()),
        ("rates", generator.subschema_for::<crate::supervision::RatesResult>()),
        ("rules", generator.subschema_for::<Vec<crate::rules::RuleView>>()),
        ("convert", generator.subschema_for::<ConvertResult>()),
        ("clean", generator.subschema_for::<CleanResult>()),
        ("script", generator.subschema_for::<crate::text::script::ScriptReport>()),
        ("sameName", generator.subschema_for::<SameNameResult>()),
    ]
}

/// One schema of every operation's answer: `properties.<op>` is the answer of `op`, the types
/// shared between operations (a `Finding`, a `CitationView`) are defined once in `$defs`.
///
/// Generated for serialisation: a field is required unless it is skipped when empty, and a
/// field that is skipped when `None` is never `null` (so neither is it here).
pub fn results() -> Value {
    let mut generator = SchemaSettings::draft2020_12().for_serialize().into_generator();
    let mut properties = Map::new();
    for (op, schema) in roots(&mut generator) {
        properties.insert(op.to_string(), schema.to_value());
    }
    let required: Vec<Value> = properties.keys().map(|k| Value::String(k.clone())).collect();
    let mut defs = Value::Object(generator.take_definitions(true));
    drop_null_from_optional_properties(&mut defs);
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "results.schema.json",
        "title": "ResultsByOp",
        "description": "What each operation of `call(op, request)` answers, by op name.",
        "type": "object",
        "properties": properties,
        "required": required,
        "$defs": defs,
    })
}

/// Under the serialize contract the optional properties are exactly the skipped-when-empty ones;
/// schemars still lets an `Option` be `null`, which such a field never is.
fn drop_null_from_optional_properties(node: &mut Value) {
    match node {
        Value::Object(object) => {
            let required: Vec<String> = object
                .get("required")
                .and_then(Value::as_array)
                .map(|r| r.iter().filter_map(Value::as_str).map(str::to_string).collect())
                .unwrap_or_default();
            if let Some(Value::Object(props)) = object.get_mut("properties") {
                for (name, prop) in props.iter_mut() {
                    if !required.contains(name) {
                        drop_null(prop);
                    }
                }
            }
            for value in object.values_mut() {
                drop_null_from_optional_properties(value);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(drop_null_from_optional_properties),
        _ => {}
    }
}

/// `{"type": ["string", "null"]}` → `{"type": "string"}`; `{"anyOf": [X, {"type": "null"}]}` → X.
fn drop_null(prop: &mut Value) {
    let Some(object) = prop.as_object_mut() else { return };
    if let Some(Value::Array(types)) = object.get("type") {
        let rest: Vec<Value> = types.iter().filter(|t| t.as_str() != Some("null")).cloned().collect();
        if rest.len() < types.len() {
            object.insert("type".into(), if rest.len() == 1 { rest[0].clone() } else { Value::Array(rest) });
        }
    }
    if let Some(Value::Array(any)) = object.get("anyOf") {
        let rest: Vec<Value> = any.iter().filter(|s| s.get("type").and_then(Value::as_str) != Some("null")).cloned().collect();
        if rest.len() == 1 && any.len() == 2 {
            let only = rest[0].clone();
            object.remove("anyOf");
            if let Value::Object(inner) = only {
                for (k, v) in inner {
                    object.entry(k).or_insert(v);
                }
            }
        }
    }
}
