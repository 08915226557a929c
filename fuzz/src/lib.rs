//! Shared helpers of the fuzz targets: the invariants every JSON operation must keep, small
//! decoders from fuzz bytes to dates, and a structure-aware JSON mutator.

use filing_check::api;
use filing_check::date::CivilDate;
use serde_json::Value;

/// Every error code the facade may return (`src/error.rs`).
pub const ERROR_CODES: &[&str] = &[
    "invalid_json",
    "invalid_date",
    "invalid_period",
    "invalid_argument",
    "unknown_kind",
    "unknown_rule",
    "unknown_config",
    "unknown_window",
    "input_too_large",
    "invalid_data",
    "dictionaries_not_loaded",
];

/// The operations of `api::call`.
pub const OPS: &[&str] = &[
    "id", "check", "document", "deadline", "due", "windows", "timeline", "supervise", "rates", "rules", "convert", "clean", "script", "sameName",
];

/// An error message longer than this means user input was echoed without truncation.
pub const MAX_ERROR_MESSAGE: usize = 512; // src/error.rs MAX_MESSAGE_BYTES

/// Runs `api::call(op, request)` twice and checks what must hold of any call:
/// - the two runs agree exactly (no hidden state, no clock, no randomness);
/// - an error has one of the stable codes and a non-empty, bounded message;
/// - a result serialises to JSON text and parses back (what `callJson` in wasm does);
/// - a report (`check`, `document`) has well-formed findings.
pub fn call_checked(op: &str, request: &Value) -> Result<Value, filing_check::Error> {
    let first = api::call(op, request);
    let second = api::call(op, request);
    match (&first, &second) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "op {op:?}: two runs of the same request differ"),
        (Err(a), Err(b)) => assert_eq!(
            (a.code(), a.message()),
            (b.code(), b.message()),
            "op {op:?}: two runs fail differently"
        ),
        _ => panic!("op {op:?}: one run failed and the other did not"),
    }
    match &first {
        Ok(v) => {
            let text = serde_json::to_string(v).expect("a result serialises");
            let _: Value = serde_json::from_str(&text).expect("a serialised result parses");
            if matches!(op, "check" | "document") {
                check_report(op, v);
            }
        }
        Err(e) => check_error(op, e),
    }
    first
}

/// What every call error must look like.
pub fn check_error(op: &str, e: &filing_check::Error) {
    assert!(ERROR_CODES.contains(&e.code()), "op {op:?}: unknown error code {:?}", e.code());
    assert!(!e.message().is_empty(), "op {op:?}: empty error message");
    assert!(
        e.message().len() <= MAX_ERROR_MESSAGE,
        "op {op:?}: error message of {} bytes echoes input: {:.200}",
        e.message().len(),
        e.message()
    );
}

/// A report's findings: a rule id, a severity that is not `off`, a JSON Pointer path, a message.
pub fn check_report(op: &str, v: &Value) {
    let findings = v.get("findings").and_then(Value::as_array).unwrap_or_else(|| panic!("op {op:?}: report without findings"));
    for f in findings {
        let rule = f.get("ruleId").and_then(Value::as_str).unwrap_or("");
        assert!(!rule.is_empty(), "op {op:?}: finding without ruleId: {f}");
        let sev = f.get("severity").and_then(Value::as_str).unwrap_or("");
        assert!(matches!(sev, "info" | "warning" | "error"), "op {op:?}: finding {rule} with severity {sev:?}");
        let path = f.get("path").and_then(Value::as_str).unwrap_or_else(|| panic!("op {op:?}: finding {rule} without path"));
        assert!(path.is_empty() || path.starts_with('/'), "op {op:?}: finding {rule} path {path:?} is not a JSON Pointer");
        assert!(f.get("message").and_then(Value::as_str).is_some(), "op {op:?}: finding {rule} without message");
        let message_id = f.get("messageId").and_then(Value::as_str).unwrap_or("");
        assert!(!message_id.is_empty(), "op {op:?}: finding {rule} without messageId");
        let args = f.get("args").and_then(Value::as_object);
        check_template(rule, message_id, |name| args.is_some_and(|a| a.contains_key(name)));
    }
}

/// The catalogue by rule id, built once.
fn catalogue() -> &'static std::collections::HashMap<&'static str, &'static filing_check::rules::Rule> {
    static CATALOGUE: std::sync::OnceLock<std::collections::HashMap<&'static str, &'static filing_check::rules::Rule>> =
        std::sync::OnceLock::new();
    CATALOGUE.get_or_init(|| filing_check::rules::catalogue().into_iter().map(|r| (r.id, r)).collect())
}

/// A finding of a catalogue rule names one of the rule's messages, and its args fill every
/// `{placeholder}` of that message in both hand-written languages (else the user sees `{today}`).
pub fn check_template(rule_id: &str, message_id: &str, has_arg: impl Fn(&str) -> bool) {
    let Some(rule) = catalogue().get(rule_id) else { return };
    let template = rule
        .message(message_id)
        .unwrap_or_else(|| panic!("finding {rule_id}/{message_id}: the rule has no such message"));
    for pattern in [template.zh_hans, template.en] {
        let mut rest = pattern;
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else { break };
            let name = &after[..close];
            if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                assert!(has_arg(name), "finding {rule_id}/{message_id}: no arg for {{{name}}}");
                rest = &after[close + 1..];
            } else {
                rest = after;
            }
        }
    }
}

/// A civil date in 1900-2199 (the range `parse_civil_date` accepts) from 4 bytes.
pub fn today_from(b: &[u8]) -> CivilDate {
    let get = |i: usize| b.get(i).copied().unwrap_or(0);
    let year = 1900 + i32::from(u16::from_le_bytes([get(0), get(1)]) % 300);
    let month = u32::from(get(2) % 12) + 1;
    let day = u32::from(get(3) % 31) + 1;
    CivilDate::from_ymd_opt(year, month, day)
        .or_else(|| CivilDate::from_ymd_opt(year, month, 28))
        .unwrap_or_default()
}

/// A tiny deterministic RNG (xorshift64*), seeded by libFuzzer's seed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u32) -> Rng {
        Rng(u64::from(seed).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Strings that matter to this crate: boundary dates, periods at their limits, valid and broken
/// identifiers, enum values of the forms, script-sensitive characters.
pub const INTERESTING_STRINGS: &[&str] = &[
    "", " ", "2024-02-29", "2023-02-29", "1900-01-01", "2199-12-31", "1899-12-31", "2200-01-01", "2026-11-22",
    "2004-01-01", "2026-12-31", "2027-01-01", "2025-10-01", "9999-12-31", "0000-00-00", "2024-13-01", "2024-1-1",
    "1d", "15d", "6m", "1y", "5wd", "36600d", "1200m", "100y", "2000wd", "36601d", "1201m", "101y", "2001wd", "0d",
    "999999d", "11010519491231002X", "11010519491231002x", "110105194912310021", "810000199001010018",
    "914403001922038216", "911522010783762860", "（2024）粤71行初123号", "（2020）最高法行申1号", "(2024)粤71行初123号",
    "（2019）粤字第1号", "zh-Hans", "zh-Hant", "en", "final", "draft", "off", "info", "warning", "error",
    "complaint", "defence", "appeal", "reconsideration", "appearance", "absence", "performance", "plaintiff",
    "defendant", "third_party", "head", "deputy", "staff", "agent", "张三", "張三", "\u{0}", "\u{FEFF}", "\u{200B}",
    "\u{200D}", "\u{FFFD}", "𠀀", "\u{3000}", "Ｘ", "１２３", "壹万元整", "零元伍角", "12345.67", "12,345.67",
    "二〇二四年二月二十九日", "s2t", "t2s", "s2twp", "hk2sp", "t2jp", "jp2t", "tw2sp", "學(xué)", "è¡Œæ”¿", "行政?讼",
    "guangzhou", "appeal-15d", "reconsideration-60d",
];

/// Object keys the requests use.
pub const INTERESTING_KEYS: &[&str] = &[
    "today", "lang", "config", "filing", "document", "packs", "rules", "mode", "calendar", "postmark", "from",
    "period", "kind", "value", "text", "clean", "a", "b", "type", "window", "trigger", "caseNumber", "signedOn",
    "parties", "amount", "role", "name", "idNumber", "creditCode", "appearing", "agency", "events",
];

const INTERESTING_NUMBERS: &[f64] = &[0.0, -1.0, 1.0, 0.5, 2.0, 9.007_199_254_740_993e15, 1e308, -1e308, 4_294_967_296.0, 65536.0];

fn count_nodes(v: &Value) -> usize {
    1 + match v {
        Value::Array(a) => a.iter().map(count_nodes).sum(),
        Value::Object(o) => o.values().map(count_nodes).sum(),
        _ => 0,
    }
}

fn nth_mut<'a>(v: &'a mut Value, k: &mut usize) -> Option<&'a mut Value> {
    if *k == 0 {
        return Some(v);
    }
    *k -= 1;
    match v {
        Value::Array(a) => {
            for x in a.iter_mut() {
                if let Some(r) = nth_mut(x, k) {
                    return Some(r);
                }
            }
            None
        }
        Value::Object(o) => {
            for x in o.values_mut() {
                if let Some(r) = nth_mut(x, k) {
                    return Some(r);
                }
            }
            None
        }
        _ => None,
    }
}

fn nth(v: &Value, k: &mut usize) -> Option<Value> {
    if *k == 0 {
        return Some(v.clone());
    }
    *k -= 1;
    match v {
        Value::Array(a) => a.iter().find_map(|x| nth(x, k)),
        Value::Object(o) => o.values().find_map(|x| nth(x, k)),
        _ => None,
    }
}

fn keys_of(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Array(a) => a.iter().for_each(|x| keys_of(x, out)),
        Value::Object(o) => {
            for (k, x) in o {
                out.push(k.clone());
                keys_of(x, out);
            }
        }
        _ => {}
    }
}

fn char_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Mutates a string: libFuzzer's byte mutations, an inserted fragment, a cut, a repetition.
fn mutate_string(s: &mut String, rng: &mut Rng) {
    match rng.below(5) {
        0 => {
            let mut bytes = s.clone().into_bytes();
            let len = bytes.len();
            bytes.resize(len * 2 + 16, 0);
            let n = libfuzzer_sys::fuzzer_mutate(&mut bytes, len, len * 2 + 16);
            bytes.truncate(n);
            *s = String::from_utf8_lossy(&bytes).into_owned();
        }
        1 => {
            let at = char_boundary(s, rng.below(s.len() + 1));
            let piece = INTERESTING_STRINGS[rng.below(INTERESTING_STRINGS.len())];
            s.insert_str(at, piece);
        }
        2 => {
            let at = char_boundary(s, rng.below(s.len() + 1));
            if rng.below(2) == 0 {
                s.truncate(at);
            } else {
                s.drain(..at);
            }
        }
        3 => {
            let copy = s.clone();
            for _ in 0..=rng.below(8) {
                s.push_str(&copy);
            }
        }
        _ => *s = INTERESTING_STRINGS[rng.below(INTERESTING_STRINGS.len())].to_string(),
    }
}

fn interesting_scalar(rng: &mut Rng) -> Value {
    match rng.below(7) {
        0 => Value::Null,
        1 => Value::Bool(rng.below(2) == 0),
        2 => Value::Array(Vec::new()),
        3 => Value::Object(Default::default()),
        4 => serde_json::Number::from_f64(INTERESTING_NUMBERS[rng.below(INTERESTING_NUMBERS.len())]).map_or(Value::Null, Value::Number),
        5 => Value::from(rng.next() as i64 % 100_000),
        _ => Value::String(INTERESTING_STRINGS[rng.below(INTERESTING_STRINGS.len())].to_string()),
    }
}

/// One structure-aware mutation of a JSON document: a node is picked and replaced by another
/// part of the same document or an interesting value, mutated in place (strings byte-wise or by
/// fragments, numbers, booleans), or, for objects and arrays, shrunk or grown.
pub fn mutate_json(doc: &mut Value, rng: &mut Rng) {
    let n = count_nodes(doc);
    let donor = nth(doc, &mut rng.below(n)).unwrap_or(Value::Null);
    let mut keys = Vec::new();
    keys_of(doc, &mut keys);
    // Rarely pick the root: replacing it throws away the structure.
    let mut k = if n > 1 { 1 + rng.below(n - 1) } else { 0 };
    let Some(node) = nth_mut(doc, &mut k) else { return };
    match rng.below(10) {
        0 | 1 => *node = donor,
        2 => *node = interesting_scalar(rng),
        _ => match node {
            Value::String(s) => mutate_string(s, rng),
            Value::Number(_) => *node = interesting_scalar(rng),
            Value::Bool(b) => *b = !*b,
            Value::Null => *node = donor,
            Value::Array(a) => match rng.below(4) {
                0 if !a.is_empty() => {
                    let i = rng.below(a.len());
                    a.remove(i);
                }
                1 if !a.is_empty() => {
                    let i = rng.below(a.len());
                    let copy = a[i].clone();
                    for _ in 0..=rng.below(4) {
                        a.insert(i, copy.clone());
                    }
                }
                2 => a.push(donor),
                _ => a.clear(),
            },
            Value::Object(o) => match rng.below(3) {
                0 if !o.is_empty() => {
                    let key = o.keys().nth(rng.below(o.len())).cloned().unwrap_or_default();
                    o.remove(&key);
                }
                1 if !keys.is_empty() => {
                    let key = keys[rng.below(keys.len())].clone();
                    o.insert(key, donor);
                }
                _ => {
                    let key = INTERESTING_KEYS[rng.below(INTERESTING_KEYS.len())];
                    o.insert(key.to_string(), donor);
                }
            },
        },
    }
}

/// The custom mutator of the structured targets: JSON in, 1-4 structure-aware mutations, JSON
/// out; input that is not JSON gets libFuzzer's own mutations.
pub fn mutate_json_bytes(data: &mut [u8], size: usize, max_size: usize, seed: u32) -> usize {
    let parsed = std::str::from_utf8(&data[..size]).ok().and_then(|t| serde_json::from_str::<Value>(t).ok());
    let Some(mut doc) = parsed else {
        return libfuzzer_sys::fuzzer_mutate(data, size, max_size);
    };
    let mut rng = Rng::new(seed);
    for _ in 0..=rng.below(4) {
        mutate_json(&mut doc, &mut rng);
    }
    let out = serde_json::to_vec(&doc).unwrap_or_default();
    if out.is_empty() || out.len() > max_size {
        return libfuzzer_sys::fuzzer_mutate(data, size, max_size);
    }
    data[..out.len()].copy_from_slice(&out);
    out.len()
}
