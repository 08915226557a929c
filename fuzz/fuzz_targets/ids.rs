//! Resident ID (公民身份号码) and unified social credit code (统一社会信用代码) parsing:
//! `ids::resident::parse`, `ids::credit_code::parse`, their check-character functions and
//! `api::validate_id` for every kind and language.
//!
//! Input: 4 bytes for `today`, then the identifier text. Invariants: parsing the folded form
//! gives the same result as parsing the input; a valid number's check character is the expected
//! one and re-parses identically; a resident's birth date is not after today; `validate_id`
//! agrees with the parsers (valid flag, reason) and renders a message for every reason.
#![no_main]
use filing_check::api;
use filing_check::i18n::Lang;
use filing_check::ids::{credit_code, resident};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 4 {
        return;
    }
    let today = filing_check_fuzz::today_from(&data[..4]);
    let value = String::from_utf8_lossy(&data[4..]);

    let r = resident::parse(&value, today);
    let rv = api::validate_id("resident", &value, today, Lang::ZhHans).expect("resident is a kind");
    assert_eq!(resident::parse(&rv.normalized, today), r, "resident: folded input parses differently");
    assert_eq!(rv.valid, r.is_ok());
    match &r {
        Ok(id) => {
            assert_eq!(id.normalized, rv.normalized);
            assert_eq!(id.normalized.len(), 18);
            assert!(id.birth_date <= today);
            let n = &id.normalized;
            assert_eq!(resident::expected_check_character(&n[..17]), n[17..].chars().next());
            assert!(rv.resident().is_some());
        }
        Err(p) => {
            assert_eq!(rv.reason(), Some(p.code()));
            assert!(rv.message().is_some_and(|m| !m.is_empty()), "resident: no message for {}", p.code());
        }
    }

    let c = credit_code::parse(&value);
    let cv = api::validate_id("credit-code", &value, today, Lang::En).expect("credit-code is a kind");
    assert_eq!(credit_code::parse(&cv.normalized), c, "credit code: folded input parses differently");
    assert_eq!(cv.valid, c.is_ok());
    match &c {
        Ok(code) => {
            let n = &code.normalized;
            assert_eq!(n.len(), 18);
            assert_eq!(credit_code::expected_check_character(&n[..17]), n[17..].chars().next());
            assert_eq!(code.organization_code_valid, credit_code::organization_check_character(&n[8..16]) == n[16..17].chars().next());
            assert_eq!(cv.warning().is_some(), !code.organization_code_valid);
        }
        Err(p) => {
            assert_eq!(cv.reason(), Some(p.code()));
            assert!(cv.message().is_some_and(|m| !m.is_empty()), "credit code: no message for {}", p.code());
        }
    }

    // Every kind, every language, through the JSON facade as the wasm layer calls it.
    for lang in ["zh-Hans", "zh-Hant", "en"] {
        for kind in filing_check::api::ID_KINDS {
            let request = serde_json::json!({"kind": kind, "value": &*value, "today": filing_check::date::format_civil_date(today), "lang": lang});
            let _ = filing_check_fuzz::call_checked("id", &request);
        }
    }
    let _ = resident::expected_check_character(&value);
    let _ = credit_code::expected_check_character(&value);
    let _ = credit_code::organization_check_character(&value);
});
