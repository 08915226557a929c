//! Case number (案号) parsing: `ids::case_number::parse`, `normalize`, `Problem::args`, and
//! `api::validate_id("case-number", …)`.
//!
//! Input: 4 bytes for `today`, then the text. Invariants: `normalize` is idempotent; when the
//! input parses, its normalised text parses to the same number, except that it can no longer
//! tell that the input was printed in traditional characters (`printed` loses
//! `TraditionalScript`: normalising folds them). An input that does not parse may have a
//! normalised text that does: `parse` refuses a space inside the court code (`黔01 02`), which
//! normalising removes. A parsed number's year lies in 1949..=today's year and its normalised
//! form re-parses to the same number (the same exception); `validate_id` agrees with the parser
//! and renders a message for every problem.
#![no_main]
use chrono::Datelike;
use filing_check::i18n::Lang;
use filing_check::ids::case_number::{self, CaseNumber, Printed, Problem};
use libfuzzer_sys::fuzz_target;

/// A parse as the normalised text gives it: normalising folds traditional characters, so the
/// record that the input had them is the one thing a re-parse cannot reproduce.
fn as_normalised(parsed: &Result<CaseNumber, Problem>) -> Result<CaseNumber, Problem> {
    parsed.clone().map(|mut n| {
        n.printed.retain(|p| *p != Printed::TraditionalScript);
        n
    })
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 4 {
        return;
    }
    let today = filing_check_fuzz::today_from(&data[..4]);
    let text = String::from_utf8_lossy(&data[4..]);
    let normalized = case_number::normalize(&text);
    assert_eq!(case_number::normalize(&normalized), normalized, "normalize is not idempotent");
    let parsed = case_number::parse(&text, today);
    if parsed.is_ok() {
        assert_eq!(case_number::parse(&normalized, today), as_normalised(&parsed), "normalised text parses differently");
    }
    match &parsed {
        Ok(n) => {
            assert!((1949..=today.year()).contains(&n.year), "year {} out of range", n.year);
            assert_eq!(n.normalized, normalized);
            assert_eq!(case_number::parse(&n.normalized, today), as_normalised(&parsed));
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
