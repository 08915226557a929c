//! Clean-up of pasted text: `text::clean::clean`, op `clean` and `is_cjk`.
//!
//! Invariants: clean never loses or alters text it does not report: replaying the reported
//! changes (each `before` at its UTF-16 range of the input, replaced by `after`) on the input
//! gives exactly the cleaned text; changes are in order and do not overlap; every issue's range
//! lies in the input and holds the issue's text; the result is deterministic; op `clean`
//! returns the same text, changes and issues.
#![no_main]
use filing_check::text::clean::clean;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let c = clean(&input);
    assert_eq!(clean(&input), c, "clean is not deterministic");
    let units: Vec<u16> = input.encode_utf16().collect();
    let slice = |a: usize, b: usize| String::from_utf16(&units[a..b]).expect("offsets on char boundaries");

    let mut rebuilt = String::with_capacity(input.len());
    let mut at = 0usize;
    for ch in &c.changes {
        assert!(ch.start_utf16 >= at, "changes overlap or are out of order: {:?}", c.changes);
        assert!(ch.start_utf16 <= ch.end_utf16 && ch.end_utf16 <= units.len(), "change out of range: {ch:?}");
        assert_ne!(ch.before, ch.after, "a change that changes nothing: {ch:?}");
        rebuilt.push_str(&slice(at, ch.start_utf16));
        assert_eq!(slice(ch.start_utf16, ch.end_utf16), ch.before, "change.before is not the input at its range");
        rebuilt.push_str(&ch.after);
        at = ch.end_utf16;
    }
    rebuilt.push_str(&slice(at, units.len()));
    assert_eq!(rebuilt, c.text, "the cleaned text is not the input with the reported changes");

    for issue in &c.issues {
        assert!(issue.start_utf16 <= issue.end_utf16 && issue.end_utf16 <= units.len(), "issue out of range: {issue:?}");
        assert_eq!(slice(issue.start_utf16, issue.end_utf16), issue.text, "issue.text is not the input at its range");
    }

    let r = filing_check_fuzz::call_checked("clean", &serde_json::json!({"text": &*input})).expect("clean op");
    assert_eq!(r.get("text").and_then(|t| t.as_str()), Some(c.text.as_str()));
    assert_eq!(r.get("changes"), Some(&serde_json::to_value(&c.changes).expect("changes serialise")));
    assert_eq!(r.get("issues"), Some(&serde_json::to_value(&c.issues).expect("issues serialise")));
    for ch in input.chars() {
        let _ = filing_check::text::clean::is_cjk(ch);
    }
});
