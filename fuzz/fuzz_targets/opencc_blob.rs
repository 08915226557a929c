//! Loading OpenCC dictionaries from untrusted bytes (`loadOpenccData` in wasm):
//! `Dictionaries::from_bytes`, then every configuration of a blob that loads, on a fixed text
//! and on the blob's own text. Seeds are small well-formed blobs cut down from
//! data/opencc/opencc.bin by fuzz/seed.py.
//!
//! Invariants: a corrupt blob is `invalid_data`, never a panic or a hang; a blob that loads
//! converts every configuration deterministically, the same by binary search in its sorted lines
//! as by its tries, and ASCII without dictionary keys survives.
#![no_main]
use filing_check::text::opencc::{Config, Dictionaries, Lookup};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match Dictionaries::from_bytes(data) {
        Err(e) => {
            assert_eq!(e.code(), "invalid_data", "from_bytes: {}", e.message());
            filing_check_fuzz::check_error("loadOpenccData", &e);
        }
        Ok(dicts) => {
            let _ = dicts.dictionary_names();
            let tail = String::from_utf8_lossy(&data[data.len().saturating_sub(64)..]).into_owned();
            for config in Config::ALL {
                dicts.prepare(config);
                for text in ["行政复议决定书，汉字與漢字。", tail.as_str(), ""] {
                    let out = dicts.convert(text, config);
                    assert_eq!(dicts.convert(text, config), out, "{}: not deterministic", config.name());
                    assert_eq!(dicts.convert_with(text, config, Lookup::Sorted), out, "{}: sorted lines and trie differ", config.name());
                }
            }
            for (name, _) in dicts.dictionary_names() {
                let _ = dicts.keys(name).count();
            }
        }
    }
});
