//! Every named statutory window has at least one case in the corpus (`tests/cases/deadline/`).

use serde_json::{json, Value};
use std::collections::BTreeSet;

#[test]
fn every_window_has_a_corpus_case() {
    let list = filing_check::api::call("windows", &json!({})).expect("windows");
    let ids: BTreeSet<String> = list["windows"]
        .as_array()
        .expect("windows array")
        .iter()
        .map(|w| w["id"].as_str().expect("id").to_string())
        .collect();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases/deadline");
    let mut covered = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).expect("tests/cases/deadline") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "json") {
            let doc: Value = serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("json");
            for case in doc["cases"].as_array().expect("cases") {
                if let Some(w) = case["request"]["window"].as_str() {
                    covered.insert(w.to_string());
                }
            }
        }
    }
    let missing: Vec<&String> = ids.difference(&covered).collect();
    println!("{} windows, {} with cases", ids.len(), ids.intersection(&covered).count());
    assert!(missing.is_empty(), "windows without a case: {missing:?}");
}
