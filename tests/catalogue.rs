//! The catalogue meta-test: every rule is complete data, documented and covered by the corpus.
//!
//! Fails when a rule lacks a unique well-formed id, a title, messages in zh-Hans and en with the
//! same placeholders, citations, or an invalid and a valid case in `tests/cases/` (see
//! `tests/cases/README.md`). Also regenerates `docs/rules.md` and fails on any difference
//! (`FILING_CHECK_UPDATE=1` rewrites it).
//!
//! zh-Hant: every zh-Hans string must have its generated zh-Hant form (`src/i18n/zh_hant.rs`).
//! `tests/generated_files.rs` regenerates that table from the catalogue with the project's OpenCC.

#[path = "support/corpus.rs"]
#[allow(dead_code)] // the matching half is for the corpus runner
mod corpus;

use filing_check::i18n::Lang;
use filing_check::rules::{self, zh_hant, Rule};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

fn placeholders(template: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) if after[..close].chars().all(|c| c.is_ascii_alphanumeric() || c == '_') && close > 0 => {
                out.insert(after[..close].to_string());
                rest = &after[close + 1..];
            }
            _ => rest = after,
        }
    }
    out
}

fn well_formed_id(id: &str) -> bool {
    let Some((prefix, number)) = id.split_once('-') else { return false };
    (2..=4).contains(&prefix.len())
        && prefix.bytes().all(|b| b.is_ascii_uppercase())
        && number.len() == 3
        && number.bytes().all(|b| b.is_ascii_digit())
        && number != "000"
}

/// What the corpus says about one rule: invalid and valid case names.
#[derive(Default)]
struct Coverage {
    invalid: Vec<String>,
    valid: Vec<String>,
}

fn is_invalid_for(case: &corpus::Case, rule: &str) -> bool {
    let in_findings = case
        .expect
        .get("findings")
        .and_then(Value::as_array)
        .is_some_and(|f| f.iter().any(|x| x.get("ruleId").and_then(Value::as_str) == Some(rule)));
    // An `id` call reports one rule's verdict as `valid`: `false` is a finding of that rule.
    let id_invalid = case.op == "id" && case.expect.pointer("/subset/valid") == Some(&Value::Bool(false));
    in_findings || id_invalid
}

fn coverage(cases: &[corpus::Case]) -> BTreeMap<String, Coverage> {
    let mut map: BTreeMap<String, Coverage> = BTreeMap::new();
    for case in cases {
        if case.expect.get("error").is_some() {
            continue;
        }
        for rule in &case.rules {
            let entry = map.entry(rule.clone()).or_default();
            if is_invalid_for(case, rule) {
                entry.invalid.push(case.name.clone());
            } else {
                entry.valid.push(case.name.clone());
            }
        }
    }
    map
}

fn check_rule(rule: &Rule, problems: &mut Vec<String>) {
    let id = rule.id;
    if !well_formed_id(id) {
        problems.push(format!("{id}: not a well-formed id (PREFIX-NNN)"));
    }
    if rule.title_zh_hans.trim().is_empty() || rule.title_en.trim().is_empty() {
        problems.push(format!("{id}: title missing in zh-Hans or en"));
    }
    if rule.messages.is_empty() {
        problems.push(format!("{id}: no message"));
    }
    if rule.citations.is_empty() {
        problems.push(format!("{id}: no citation"));
    }
    let mut ids = BTreeSet::new();
    for m in rule.messages {
        if !ids.insert(m.id) {
            problems.push(format!("{id}/{}: duplicate message id", m.id));
        }
        if m.zh_hans.trim().is_empty() || m.en.trim().is_empty() {
            problems.push(format!("{id}/{}: message missing in zh-Hans or en", m.id));
        }
        // An English template may use the English form of an argument (`packEn` for `pack`): the
        // finding carries both, so the two templates still speak of the same values.
        let en_base = |p: &String| p.strip_suffix("En").map(str::to_string).unwrap_or_else(|| p.clone());
        let (zh, en) = (placeholders(m.zh_hans), placeholders(m.en).iter().map(en_base).collect::<BTreeSet<_>>());
        if zh != en {
            problems.push(format!("{id}/{}: placeholders differ: zh-Hans {zh:?}, en {en:?}", m.id));
        }
        if !m.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_') {
            problems.push(format!("{id}/{}: message id is not snake_case", m.id));
        }
    }
}

#[test]
fn every_rule_is_complete_and_covered() {
    let catalogue = rules::catalogue();
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    for rule in &catalogue {
        if !seen.insert(rule.id) {
            problems.push(format!("{}: duplicate rule id", rule.id));
        }
        check_rule(rule, &mut problems);
    }

    if std::env::var("FILING_CHECK_CASES").is_ok() {
        println!("catalogue: corpus coverage skipped because FILING_CHECK_CASES filters the corpus");
    } else {
        let cases = corpus::load();
        let cover = coverage(&cases);
        for rule in catalogue.iter().filter(|r| r.deprecated.is_none()) {
            let c = cover.get(rule.id);
            if c.map_or(true, |c| c.invalid.is_empty()) {
                problems.push(format!("{}: no invalid case in tests/cases (a case listing it and expecting its finding)", rule.id));
            }
            if c.map_or(true, |c| c.valid.is_empty()) {
                problems.push(format!("{}: no valid case in tests/cases (a case listing it and expecting none of it)", rule.id));
            }
        }
        // Every finding a case expects names a rule and one of its messages.
        for case in &cases {
            for rule in &case.rules {
                if rules::find(rule).is_none() {
                    problems.push(format!("case {}: lists unknown rule {rule}", case.name));
                }
            }
            for f in case.expect.get("findings").and_then(Value::as_array).into_iter().flatten() {
                let rule_id = f.get("ruleId").and_then(Value::as_str).unwrap_or("");
                match rules::find(rule_id) {
                    None => problems.push(format!("case {}: expects a finding of unknown rule {rule_id:?}", case.name)),
                    Some(rule) => {
                        if let Some(m) = f.get("messageId").and_then(Value::as_str) {
                            if rule.message(m).is_none() {
                                problems.push(format!("case {}: {rule_id} has no message {m:?}", case.name));
                            }
                        }
                        if !case.rules.iter().any(|r| r == rule_id) {
                            // Reported, not enforced: such a case still counts for the rules it lists.
                            println!("note: case {} expects {rule_id} but does not list it in \"rules\"", case.name);
                        }
                    }
                }
            }
        }
        println!("catalogue: {} rules, {} cases", catalogue.len(), cases.len());
    }
    assert!(problems.is_empty(), "{} catalogue problems:\n{}", problems.len(), problems.join("\n"));
}

/// Every zh-Hans string of the catalogue has a generated zh-Hant form: a title in the run-time
/// table, a message template in its own `zh_hant` (taken from the template table when built).
#[test]
fn every_message_has_zh_hant() {
    let mut missing = Vec::new();
    for rule in rules::catalogue() {
        if zh_hant::rule_title(rule.title_zh_hans).is_none() {
            missing.push(format!("{}: {}", rule.id, rule.title_zh_hans));
        }
        for m in rule.messages {
            if m.zh_hant.is_none() {
                missing.push(format!("{} {}: {}", rule.id, m.id, m.zh_hans));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} zh-Hans strings have no zh-Hant form (run FILING_CHECK_UPDATE=1 cargo test --test generated_files):\n{}",
        missing.len(),
        missing.join("\n")
    );
}

/// Renders `docs/rules.md` from the catalogue.
fn rules_document() -> String {
    let mut out = String::new();
    out.push_str("<!-- DO NOT EDIT, generated by `FILING_CHECK_UPDATE=1 cargo test --test catalogue` from the rule catalogue in src/rules/ (filing-check ");
    out.push_str(env!("CARGO_PKG_VERSION"));
    out.push_str(") -->\n\n# Rule catalogue\n\n");
    out.push_str("Every check filing-check makes, with its permanent id, default severity, messages and the articles it rests on. ");
    out.push_str("Severities can be changed per rule in the check configuration (`{\"rules\": {\"FIL-006\": \"off\"}}`); ");
    out.push_str("in draft mode (`{\"mode\": \"draft\"}`) errors are shown as warnings. ");
    out.push_str("Messages name the field by its label, the title the filing type's schema gives it (`出庭人（第2人）公民身份号码`), and coded values by theirs; the portal may override labels (`{\"labels\": {\"/appearing/*/idNumber\": \"身份证号\"}}`). Findings keep `path` (a JSON Pointer) for code. zh-Hant messages are derived from zh-Hans by OpenCC.\n\n");
    out.push_str("| id | area | severity | rule |\n|---|---|---|---|\n");
    let catalogue = rules::catalogue();
    for rule in &catalogue {
        out.push_str(&format!(
            "| [{id}](#{anchor}) | {area} | {sev} | {title} |\n",
            id = rule.id,
            anchor = rule.id.to_ascii_lowercase(),
            area = rule.area,
            sev = format!("{:?}", rule.default_severity).to_lowercase(),
            title = rule.title_zh_hans
        ));
    }
    for rule in &catalogue {
        let zh = rules::RuleView::of(rule, Lang::ZhHans);
        let en = rules::RuleView::of(rule, Lang::En);
        out.push_str(&format!("\n## {}\n\n{}  \n{}\n\n", rule.id, rule.title_zh_hans, rule.title_en));
        out.push_str(&format!("- area: `{}`; default severity: `{}`\n", rule.area, format!("{:?}", rule.default_severity).to_lowercase()));
        if let Some(why) = rule.deprecated {
            out.push_str(&format!("- **deprecated**: {why}\n"));
        }
        let cites: Vec<String> = zh.citations.iter().zip(&en.citations).map(|(z, e)| format!("{} ({})", z.text, e.text)).collect();
        out.push_str(&format!("- citations: {}\n\n", cites.join("; ")));
        out.push_str("| message id | zh-Hans | en |\n|---|---|---|\n");
        for m in rule.messages {
            let cell = |s: &str| s.replace('|', "\\|");
            out.push_str(&format!("| `{}` | {} | {} |\n", m.id, cell(m.zh_hans), cell(m.en)));
        }
    }
    out
}

#[test]
fn rules_document_is_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md");
    let want = rules_document();
    if std::env::var("FILING_CHECK_UPDATE").is_ok() {
        std::fs::create_dir_all(path.parent().unwrap_or(std::path::Path::new("."))).unwrap();
        std::fs::write(&path, &want).unwrap();
        println!("rewrote {}", path.display());
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(have == want, "docs/rules.md is out of date: run `FILING_CHECK_UPDATE=1 cargo test --test catalogue`");
}

/// ASCII words a zh template may contain: format names, standards, letters of identifiers.
fn allowed_ascii_word(word: &str) -> bool {
    const ALLOWED: &[&str] = &["YYYY-MM-DD", "GB", "X", "I", "O", "Z", "S", "V", "A", "N", "Y", "ID"];
    // An identifier's characters, quoted back: a letter of a code (`B`), a region code (`44AB00`),
    // a normalised number (`11010519491231002X`).
    let identifier = (word.len() == 1 && word.bytes().all(|b| b.is_ascii_uppercase()))
        || (word.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()) && word.bytes().any(|b| b.is_ascii_digit()));
    ALLOWED.contains(&word) || identifier || word.bytes().all(|b| b.is_ascii_digit() || b == b'-' || b == b'.')
}

/// The ASCII words of a text outside `{placeholders}`.
fn ascii_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut in_placeholder = false;
    for c in text.chars() {
        match c {
            '{' => in_placeholder = true,
            '}' => in_placeholder = false,
            _ if in_placeholder => {}
            c if c.is_ascii_alphanumeric() || c == '-' || c == '/' || c == '_' => {
                current.push(c);
                continue;
            }
            _ => {}
        }
        if !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// What a clerk must not read in a zh message: a JSON Pointer (`appearing/0/idNumber`), a
/// camelCase field name, or a coded value in English (`deputy`). `inputs` are the user's own
/// values (quoted back to them), which may be anything.
fn code_in_zh(message: &str, inputs: &[&str]) -> Option<String> {
    let codes: BTreeSet<&str> = filing_check::i18n::labels::table::ENUMS.iter().map(|e| e.value).collect();
    let mut text = message.to_string();
    for input in inputs.iter().filter(|i| !i.is_empty()) {
        text = text.replace(input, " ");
    }
    for word in ascii_words(&text) {
        let pointer = word.contains('/') && word.chars().any(|c| c.is_ascii_alphabetic());
        let camel = word.chars().next().is_some_and(|c| c.is_ascii_lowercase()) && word.chars().any(|c| c.is_ascii_uppercase());
        if pointer || camel || codes.contains(word.as_str()) {
            return Some(word);
        }
    }
    // Outside “quotes” (where a message shows what was typed, e.g. the lower-case letters it
    // upper-cased), no ASCII word but a format name or an identifier's characters.
    let mut unquoted = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '“' => depth += 1,
            '”' => depth = depth.saturating_sub(1),
            c if depth == 0 => unquoted.push(c),
            _ => {}
        }
    }
    ascii_words(&unquoted).into_iter().find(|w| !allowed_ascii_word(w))
}

/// What no English message shows either: a JSON Pointer or a camelCase field name.
fn code_in_en(message: &str, inputs: &[&str]) -> Option<String> {
    let mut text = message.to_string();
    for input in inputs.iter().filter(|i| !i.is_empty()) {
        text = text.replace(input, " ");
    }
    ascii_words(&text).into_iter().find(|word| {
        let pointer = word.contains('/') && word.chars().any(|c| c.is_ascii_alphabetic()) && !word.starts_with("http");
        let camel = word.chars().next().is_some_and(|c| c.is_ascii_lowercase()) && word.chars().any(|c| c.is_ascii_uppercase());
        pointer || camel
    })
}

/// Every zh template names fields and values in words: no ASCII word but a format name or a
/// letter of an identifier outside its placeholders.
#[test]
fn zh_templates_contain_no_code() {
    let mut problems = Vec::new();
    for rule in rules::catalogue() {
        for m in rule.messages {
            for word in ascii_words(m.zh_hans) {
                if !allowed_ascii_word(&word) {
                    problems.push(format!("{}/{}: {word:?} in {:?}", rule.id, m.id, m.zh_hans));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} zh templates name code:\n{}", problems.len(), problems.join("\n"));
}

/// Every rendered message of a result: a finding's or an entry's `message`, an id result's
/// `foldedMessage` and `warningMessage`, with the object that carries it (for its `args`).
fn collect_findings<'a>(value: &'a Value, out: &mut Vec<(&'a str, &'a Value)>) {
    match value {
        Value::Object(map) => {
            for key in ["message", "foldedMessage", "warningMessage"] {
                if let Some(Value::String(m)) = map.get(key) {
                    out.push((m.as_str(), value));
                }
            }
            for v in map.values() {
                collect_findings(v, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_findings(v, out)),
        _ => {}
    }
}

/// The string values of a request (the user's own input), longest first.
fn request_strings(request: &Value) -> Vec<&str> {
    fn walk<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
        match v {
            Value::String(s) if s.chars().count() >= 2 => out.push(s),
            Value::Object(m) => m.values().for_each(|x| walk(x, out)),
            Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    if let Some(obj) = request.as_object() {
        for (k, v) in obj {
            // Not `lang`, `today` and the like: only the input itself.
            if !matches!(k.as_str(), "lang" | "op" | "kind" | "config") {
                walk(v, &mut out);
            }
        }
    }
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out
}

/// Every message of every rule, as the corpus renders it (each case replayed in zh-Hans,
/// zh-Hant and en), names its field by label: no JSON Pointer, no camelCase field name in any
/// language, and in zh no English coded value or other ASCII word but a format name or a letter
/// of an identifier (the user's own input, quoted back, excepted).
#[test]
fn rendered_zh_messages_name_fields_by_label() {
    let cases = corpus::load();
    let mut problems = BTreeSet::new();
    let mut checked = 0;
    for case in &cases {
        if case.expect.get("error").is_some() || !case.request.is_object() {
            continue;
        }
        for lang in ["zh-Hans", "zh-Hant", "en"] {
            let mut request = case.request.clone();
            request["lang"] = Value::String(lang.into());
            let Ok(result) = filing_check::api::call(&case.op, &request) else { continue };
            let mut found = Vec::new();
            collect_findings(&result, &mut found);
            for (message, f) in found {
                let args = f.get("args").and_then(Value::as_object);
                let mut inputs: Vec<&str> = ["value", "declared", "name", "inText", "typeWords", "court", "typeCode", "sub", "source", "pack", "title", "packName"]
                    .iter()
                    .filter_map(|k| args.and_then(|a| a.get(*k)).and_then(Value::as_str))
                    .collect();
                // What the request itself gave (an id's value, a timeline's event names) may be quoted back.
                inputs.extend(request_strings(&case.request));
                checked += 1;
                let code = if lang == "en" { code_in_en(message, &inputs) } else { code_in_zh(message, &inputs) };
                if let Some(word) = code {
                    let rule = f.get("ruleId").and_then(Value::as_str).unwrap_or("-");
                    let id = f.get("messageId").and_then(Value::as_str).unwrap_or("-");
                    problems.insert(format!("{rule} {id} ({lang}, case {}): {word:?} in {message:?}", case.name));
                }
            }
        }
    }
    println!("zh messages checked: {checked}");
    assert!(checked > 0);
    assert!(problems.is_empty(), "{} zh messages name code:\n{}", problems.len(), problems.into_iter().collect::<Vec<_>>().join("\n"));
}
