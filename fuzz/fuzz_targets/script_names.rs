//! Script detection and name matching: `text::script::detect`, `text::names::fold_name`,
//! `same_name`, `fold_script`, and ops `script` and `sameName`.
//!
//! Input: two texts separated by a 0xFF byte. Invariants: detection counts are additive over
//! concatenation and decide the script; `same_name` is symmetric, reflexive for any name that
//! folds to something, and equals comparing the folded names; folding is idempotent (a name
//! folded once does not fold further); the ops return the same as the functions.
#![no_main]
use filing_check::text::names::{fold_name, fold_script, same_name};
use filing_check::text::script::{detect, Script};
use libfuzzer_sys::fuzz_target;
use serde_json::json;

fuzz_target!(|data: &[u8]| {
    let (a, b) = match data.iter().position(|x| *x == 0xFF) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[][..]),
    };
    let (a, b) = (String::from_utf8_lossy(a), String::from_utf8_lossy(b));

    let (da, db) = (detect(&a), detect(&b));
    let ab = format!("{a}{b}");
    let dab = detect(&ab);
    assert_eq!(dab.simplified_chars, da.simplified_chars + db.simplified_chars);
    assert_eq!(dab.traditional_chars, da.traditional_chars + db.traditional_chars);
    let expected = match (dab.simplified_chars > 0, dab.traditional_chars > 0) {
        (true, false) => Script::Simplified,
        (false, true) => Script::Traditional,
        (true, true) => Script::Mixed,
        (false, false) => Script::Neither,
    };
    assert_eq!(dab.script, expected);
    assert!(dab.simplified_chars + dab.traditional_chars <= ab.chars().count());

    let (fa, fb) = (fold_name(&a), fold_name(&b));
    assert_eq!(fold_name(&fa), fa, "fold_name is not idempotent on {a:?}");
    assert_eq!(same_name(&a, &b), same_name(&b, &a), "same_name is not symmetric");
    assert_eq!(same_name(&a, &b), !fa.is_empty() && fa == fb);
    assert_eq!(same_name(&a, &a), !fa.is_empty());
    for c in a.chars() {
        let _ = fold_script(c);
    }

    let r = filing_check_fuzz::call_checked("sameName", &json!({"a": &*a, "b": &*b})).expect("sameName op");
    assert_eq!(r, json!({"same": same_name(&a, &b), "a": fa, "b": fb}));
    let r = filing_check_fuzz::call_checked("script", &json!({"text": &*ab})).expect("script op");
    assert_eq!(r.get("script").and_then(|s| s.as_str()), Some(dab.script.name()));
});
