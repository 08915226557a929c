//! The `check` operation on arbitrary bytes: the input is the request's JSON text (seeded with
//! every `check` request of tests/cases/), parsed under the facade's limits.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match filing_check::api::parse_json(text) {
        Ok(request) => {
            let _ = filing_check_fuzz::call_checked("check", &request);
        }
        Err(e) => filing_check_fuzz::check_error("parse_json", &e),
    }
});
