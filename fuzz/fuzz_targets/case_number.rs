//! Case number (案号) parsing: `ids::case_number::parse`, `normalize`, `Problem::args`, and
//! `api::validate_id("case-number", …)`.
//!
//! Input: 4 bytes for `today`, then the text. Invariants: `normalize` is idempotent; parsing
//! the normalised text gives the same result as the input; a parsed number's year lies in
//! 1949..=today's year and its normalised form re-parses to the same number; `validate_id`
//! agrees with the parser and renders a message for every problem.
#![no_main]
use chrono::Datelike;
use filing_check::i18n::Lang;
use filing_check::ids::case_number;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 4 {
        return;
    }
    let today = filing_check_fuzz::today_from(&data[..4]);
    let text = String::from_utf8_lossy(&data[4..]);
    let normalized = case_number::normalize(&text);
    assert_eq!(case_number::normalize(&normalized), normalized, "normalize is not idempotent");
    let parsed = case_number::parse(&text, today);
    assert_eq!(case_number::parse(&normalized, today), parsed, "normalised text parses differently");
    match &parsed {
        Ok(n) => {
            assert!((1949..=today.year()).contains(&n.year), "year {} out of range", n.year);
            assert_eq!(n.normalized, normalized);
            assert_eq!(case_number::parse(&n.normalized, today).as_ref(), Ok(n));
            let _ = n.is_administrative_first_instance();
            let _ = serde_json::to_string(n).expect("a case number serialises");
        }
        Err(p) => {
            let _ = p.args(today);
            assert!(!p.code().is_empty());
        }
    }
    for lang in [Lang::ZhHans, Lang::ZhHant, Lang::En] {
        let r = filing_check::api::validate_id("case-number", &text, today, lang).expect("case-number is a kind");
        assert_eq!(r.valid, parsed.is_ok());
        assert_eq!(r.normalized, normalized);
        if let Err(p) = &parsed {
            assert_eq!(r.reason(), Some(p.code()));
            assert!(r.message().is_some_and(|m| !m.is_empty()), "no message for {}", p.code());
        }
    }
    let _ = case_number::type_code(&text);
});
