//! Replays the shared case corpus (`tests/cases/`) against the native build.
//!
//! Reports every failing case together, then fails. Writes every case's full result to
//! `target/parity/native.json` for the parity suite, which compares it byte for byte with the
//! results of the wasm build in Node and in Chromium.

#[path = "support/corpus.rs"]
mod corpus;

use serde_json::Value;

fn run(case: &corpus::Case) -> Result<Value, (String, String)> {
    filing_check::api::call(&case.op, &case.request).map_err(|e| (e.code().to_string(), e.message().to_string()))
}

/// `call_text` (what the main wasm module answers) must give the bytes serde_json writes of
/// `call`'s `Value`, and the same errors.
fn same_text(case: &corpus::Case, outcome: &Result<Value, (String, String)>) -> Result<(), String> {
    let text = filing_check::api::call_text(&case.op, &case.request).map_err(|e| (e.code().to_string(), e.message().to_string()));
    let want = outcome.as_ref().map(|v| serde_json::to_string(v).unwrap_or_default()).map_err(Clone::clone);
    if text == want {
        Ok(())
    } else {
        Err(format!("call_text differs from call:\n  call_text {text:?}\n  call      {want:?}"))
    }
}

#[test]
fn corpus_native() {
    let cases = corpus::load();
    assert!(!cases.is_empty(), "the corpus is empty");
    let mut failures = Vec::new();
    let mut names = std::collections::BTreeSet::new();
    let mut parity = serde_json::Map::new();
    for case in &cases {
        if !names.insert(case.name.clone()) {
            failures.push(format!("{}: duplicate case name ({})", case.name, case.file.display()));
        }
        let outcome = run(case);
        if let Err(why) = same_text(case, &outcome) {
            failures.push(format!("{} ({}): {why}", case.name, case.file.display()));
        }
        parity.insert(
            case.name.clone(),
            match &outcome {
                Ok(v) => serde_json::json!({"result": v}),
                Err((code, message)) => serde_json::json!({"error": {"code": code, "message": message}}),
            },
        );
        if let Err(why) = corpus::check(&case.expect, &outcome) {
            failures.push(format!("{} ({}): {why}", case.name, case.file.display()));
        }
    }
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/parity");
    let _ = std::fs::create_dir_all(&out);
    let _ = std::fs::write(out.join("native.json"), serde_json::to_string(&Value::Object(parity)).unwrap_or_default());
    println!("corpus: {} cases, {} failed", cases.len(), failures.len());
    assert!(failures.is_empty(), "{} of {} corpus cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}
