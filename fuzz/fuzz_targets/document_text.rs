//! Document text checks: `document::check_text` for every document type (sections, 案号, dates
//! in Chinese numerals, party names, amounts in capitals) with what a form may expect, and the
//! numeral parsers in `document::numerals`.
//!
//! Input: byte 0 the document type and flags, 4 bytes `today`, then the text; after a 0x01 byte
//! come the party names the form gives (separated by 0x02). Invariants: deterministic findings,
//! paths are JSON Pointers, every finding renders a real message of its rule with all of the
//! message's placeholders filled; an amount figure survives `format_fen` and back.
#![no_main]
use filing_check::document::{self, numerals, DocumentType, ExpectedParty, Expectations, Role};
use filing_check::i18n::Lang;
use filing_check::rules::{CheckOptions, Findings};
use libfuzzer_sys::fuzz_target;

const TYPES: [DocumentType; 4] = [DocumentType::Complaint, DocumentType::Defence, DocumentType::Appeal, DocumentType::Reconsideration];
const ROLES: [Role; 7] =
    [Role::Plaintiff, Role::Defendant, Role::Appellant, Role::Appellee, Role::Applicant, Role::Respondent, Role::ThirdParty];
const CASE_NUMBERS: [&str; 4] = ["（2024）粤71行初123号", "（2023）京01行终5号", "（2020）最高法行申1号", "（2019）粤字第1号"];

fn run(doc: DocumentType, text: &str, expect: &Expectations, options: &CheckOptions) -> Vec<filing_check::report::Finding> {
    let mut findings = Findings::new(options);
    document::check_text(doc, text, "/text", expect, &mut findings);
    findings.into_vec()
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 5 {
        return;
    }
    let flags = data[0];
    let today = filing_check_fuzz::today_from(&data[1..5]);
    let body = &data[5..];
    let (text, names) = match body.iter().position(|b| *b == 1) {
        Some(i) => (&body[..i], &body[i + 1..]),
        None => (body, &[][..]),
    };
    let text = String::from_utf8_lossy(text);
    let names: Vec<String> = names.split(|b| *b == 2).map(|n| String::from_utf8_lossy(n).into_owned()).collect();
    let doc = TYPES[usize::from(flags & 3)];
    let parties = if names.iter().all(String::is_empty) {
        Vec::new()
    } else {
        names
            .iter()
            .enumerate()
            .map(|(i, name)| ExpectedParty { path: format!("/parties/{i}/name"), role: ROLES[(i + usize::from(flags >> 5)) % ROLES.len()], name })
            .collect()
    };
    let expect = Expectations {
        case_number: (flags & 4 != 0).then(|| CASE_NUMBERS[usize::from(flags >> 6)]),
        signed_on: (flags & 8 != 0).then_some(today),
        parties,
        amount_fen: (flags & 16 != 0).then_some(u64::from(flags) * 12_345),
    };
    let mut options = CheckOptions::new(today);
    for lang in [Lang::ZhHans, Lang::ZhHant, Lang::En] {
        options.lang = lang;
        let first = run(doc, &text, &expect, &options);
        let again = run(doc, &text, &expect, &options);
        assert_eq!(first, again, "check_text is not deterministic");
        for f in &first {
            assert!(f.path.starts_with('/'), "{}: path {:?}", f.rule_id, f.path);
            assert_ne!(f.message, f.message_id, "{}: message {} is not in the catalogue", f.rule_id, f.message_id);
            filing_check_fuzz::check_template(f.rule_id, f.message_id, |name| f.args.contains_key(name));
        }
    }

    // The numeral parsers on the raw text and on pieces of it.
    let _ = numerals::year_value(&text);
    let _ = numerals::small_value(&text);
    if let Some(fen) = numerals::capital_amount_fen(&text) {
        let _ = numerals::format_fen(fen);
    }
    if let Some(fen) = numerals::figure_fen(&text) {
        assert_eq!(numerals::figure_fen(&numerals::format_fen(fen)), Some(fen), "figure {text:?} does not survive format_fen");
    }
    let chars: Vec<char> = text.chars().collect();
    let third = chars.len() / 3;
    let (a, rest) = chars.split_at(third);
    let (b, c) = rest.split_at(third.min(rest.len()));
    let (a, b, c): (String, String, String) = (a.iter().collect(), b.iter().collect(), c.iter().collect());
    let _ = numerals::civil_date(&a, &b, &c);
});
