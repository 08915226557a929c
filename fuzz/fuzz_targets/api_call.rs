//! Every operation of the JSON facade, as the wasm layer's `callJson` runs it: the input is
//! `op` NEWLINE `JSON text`; the text goes through `api::parse_json` (size and depth limits),
//! then `api::call`. Invariants: see `call_checked` (determinism, stable error codes, results
//! that serialise, well-formed reports).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (op, json) = text.split_once('\n').unwrap_or(("check", &text));
    match filing_check::api::parse_json(json) {
        Ok(request) => {
            let _ = filing_check_fuzz::call_checked(op, &request);
        }
        Err(e) => filing_check_fuzz::check_error("parse_json", &e),
    }
});
