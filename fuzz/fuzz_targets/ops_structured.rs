//! The other JSON operations (`id`, `document`, `deadline`, `due`, `windows`, `timeline`,
//! `rules`, `convert`, `clean`, `script`, `sameName`) on structure-aware inputs: each input is
//! `{"op": …, "request": {…}}`, seeded from every non-`check` case of tests/cases/ and mutated
//! as a JSON tree (see check_structured).
#![no_main]
use libfuzzer_sys::{fuzz_mutator, fuzz_target};
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(envelope) = filing_check::api::parse_json(text) else { return };
    let op = envelope.get("op").and_then(Value::as_str).unwrap_or("document");
    let request = envelope.get("request").cloned().unwrap_or(Value::Null);
    let _ = filing_check_fuzz::call_checked(op, &request);
});

fuzz_mutator!(|data: &mut [u8], size: usize, max_size: usize, seed: u32| {
    filing_check_fuzz::mutate_json_bytes(data, size, max_size, seed)
});
