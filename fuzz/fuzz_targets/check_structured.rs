//! The `check` operation on structure-aware inputs: the seeds are the `check` requests of
//! tests/cases/ and a custom mutator edits them as JSON trees (swapping subtrees, replacing
//! values with boundary dates, periods, identifiers and enum values, adding and removing keys
//! and array items), so almost every input is a well-formed request that reaches the rules.
#![no_main]
use libfuzzer_sys::{fuzz_mutator, fuzz_target};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(request) = filing_check::api::parse_json(text) else { return };
    let _ = filing_check_fuzz::call_checked("check", &request);
});

fuzz_mutator!(|data: &mut [u8], size: usize, max_size: usize, seed: u32| {
    filing_check_fuzz::mutate_json_bytes(data, size, max_size, seed)
});
