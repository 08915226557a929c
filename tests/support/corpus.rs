//! Loads the shared case corpus and matches results against expectations.
//!
//! The Node and browser runners (`tests/js/corpus-core.mjs`) implement the same matching rules;
//! `tests/cases/README.md` is the specification both follow.

use serde_json::Value;
use std::path::{Path, PathBuf};

/// One case of the corpus.
pub struct Case {
    pub file: PathBuf,
    pub name: String,
    pub op: String,
    pub request: Value,
    /// Read by the catalogue meta-test only; the corpus runner, which also includes this file,
    /// replays the request without it.
    #[allow(dead_code)]
    pub rules: Vec<String>,
    pub expect: Value,
}

/// Every case under `tests/cases`, in file then declaration order; filtered by FILING_CHECK_CASES.
pub fn load() -> Vec<Case> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    let filter = std::env::var("FILING_CHECK_CASES").ok();
    let mut cases = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let doc: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for c in doc["cases"].as_array().unwrap_or_else(|| panic!("{}: no \"cases\" array", file.display())) {
            let name = c["name"].as_str().unwrap_or_else(|| panic!("{}: a case has no name", file.display()));
            if let Some(f) = &filter {
                if !name.contains(f.as_str()) {
                    continue;
                }
            }
            cases.push(Case {
                file: file.clone(),
                name: name.to_string(),
                op: c["op"].as_str().unwrap_or_else(|| panic!("{name}: no op")).to_string(),
                request: c["request"].clone(),
                rules: c["rules"]
                    .as_array()
                    .map(|a| a.iter().filter_map(|r| r.as_str().map(String::from)).collect())
                    .unwrap_or_default(),
                expect: c["expect"].clone(),
            });
        }
    }
    cases
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "json") {
            out.push(p);
        }
    }
}

/// `actual` contains `expected` (see tests/cases/README.md). Returns the first mismatch's path.
pub fn subset(expected: &Value, actual: &Value, path: &str) -> Result<(), String> {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, ev) in e {
                let p = format!("{path}/{k}");
                match a.get(k) {
                    Some(av) => subset(ev, av, &p)?,
                    None => return Err(format!("{p}: missing (expected {ev})")),
                }
            }
            Ok(())
        }
        (Value::Array(e), Value::Array(a)) => {
            if e.len() != a.len() {
                return Err(format!("{path}: expected {} elements, got {}: {actual}", e.len(), a.len()));
            }
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                subset(ev, av, &format!("{path}/{i}"))?;
            }
            Ok(())
        }
        _ if expected == actual => Ok(()),
        _ => Err(format!("{path}: expected {expected}, got {actual}")),
    }
}

/// Checks one outcome against a case's `expect`. `Err(code)` is a call error's code.
pub fn check(expect: &Value, outcome: &Result<Value, (String, String)>) -> Result<(), String> {
    match (expect.get("error"), outcome) {
        (Some(code), Err((got, msg))) => {
            if code == got {
                Ok(())
            } else {
                Err(format!("expected error {code}, got error {got}: {msg}"))
            }
        }
        (Some(code), Ok(v)) => Err(format!("expected error {code}, got a result: {v}")),
        (None, Err((got, msg))) => Err(format!("unexpected error {got}: {msg}")),
        (None, Ok(actual)) => {
            if let Some(s) = expect.get("subset") {
                subset(s, actual, "")?;
            }
            if let Some(expected) = expect.get("findings") {
                let found = actual.get("findings").and_then(Value::as_array).cloned().unwrap_or_default();
                let projected: Vec<Value> = found
                    .iter()
                    .map(|f| serde_json::json!({"ruleId": f["ruleId"], "path": f["path"], "messageId": f["messageId"], "args": f["args"]}))
                    .collect();
                let expected = expected.as_array().cloned().unwrap_or_default();
                let brief = |v: &[Value]| -> String {
                    v.iter().map(|f| format!("{} {} {}", f["ruleId"], f["path"], f["messageId"])).collect::<Vec<_>>().join("; ")
                };
                if projected.len() != expected.len() {
                    return Err(format!("findings: expected [{}], got [{}]", brief(&expected), brief(&projected)));
                }
                for (i, (e, a)) in expected.iter().zip(&projected).enumerate() {
                    for key in ["ruleId", "path", "messageId"] {
                        if e.get(key).is_some_and(|ev| ev != &a[key]) {
                            return Err(format!("findings/{i}: expected [{}], got [{}]", brief(&expected), brief(&projected)));
                        }
                    }
                    if let Some(args) = e.get("args") {
                        subset(args, &a["args"], &format!("findings/{i}/args"))?;
                    }
                }
            }
            Ok(())
        }
    }
}
