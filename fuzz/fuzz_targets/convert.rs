//! OpenCC conversion with the embedded dictionaries (data/opencc/opencc.bin), every one of the
//! 16 configurations: `Dictionaries::convert`, `opencc::convert` (the installed/current
//! dictionaries, as wasm uses them), `text::ops::convert_plain` and op `convert` with and without
//! clean-up.
//!
//! Input: byte 0 picks the configuration, the rest is the text. Invariants: all paths give the
//! same string, and so do both ways of finding matches (binary search in the sorted lines, and
//! the trie); conversion is deterministic; no dictionary key contains a newline, so the text
//! converts line by line to the same result; pure ASCII text is unchanged (every key with ASCII
//! in it also has Chinese); U+0000 is passed through, never a reason to drop text.
#![no_main]
use filing_check::text::opencc::{self, Config, Dictionaries, Lookup};
use libfuzzer_sys::fuzz_target;
use serde_json::json;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let config = Config::ALL[usize::from(pick) % Config::ALL.len()];
    let text = String::from_utf8_lossy(rest);
    let dicts = Dictionaries::embedded().expect("the embedded blob loads");

    let out = dicts.convert(&text, config);
    assert_eq!(dicts.convert(&text, config), out, "{}: not deterministic", config.name());
    assert_eq!(dicts.convert_with(&text, config, Lookup::Sorted), out, "{}: sorted lines differ", config.name());
    assert_eq!(dicts.convert_with(&text, config, Lookup::Trie), out, "{}: trie differs", config.name());
    assert_eq!(opencc::convert(&text, config).expect("convert"), out, "{}: current() differs", config.name());
    let (plain, name) = filing_check::text::ops::convert_plain(&text, config.name()).expect("convert_plain");
    assert_eq!((plain.as_str(), name), (out.as_str(), config.name()));
    assert!(std::str::from_utf8(out.as_bytes()).is_ok());

    assert_eq!(out.matches('\n').count(), text.matches('\n').count(), "{}: lines added or lost", config.name());
    if text.contains('\n') {
        let by_line: Vec<String> = text.split('\n').map(|l| dicts.convert(l, config)).collect();
        assert_eq!(by_line.join("\n"), out, "{}: a match crossed a line", config.name());
    }
    if text.is_ascii() {
        assert_eq!(out, text, "{}: ASCII text changed", config.name());
    }
    assert_eq!(out.matches('\0').count(), text.matches('\0').count(), "{}: NUL dropped or added", config.name());

    // The facade, plain and with clean-up, as the wasm layer's call("convert", …) runs it.
    let r = filing_check_fuzz::call_checked("convert", &json!({"text": &*text, "config": config.name()})).expect("convert op");
    assert_eq!(r.get("text").and_then(|t| t.as_str()), Some(out.as_str()));
    let cleaned = filing_check::text::clean::clean(&text);
    let r = filing_check_fuzz::call_checked("convert", &json!({"text": &*text, "config": config.name(), "clean": true}))
        .expect("convert op with clean");
    assert_eq!(r.get("text").and_then(|t| t.as_str()), Some(dicts.convert(&cleaned.text, config).as_str()));
});
