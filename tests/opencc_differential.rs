//! The differential oracle: our converter against the reference C++ OpenCC 1.4.2 (PyPI `opencc`,
//! through `scripts/opencc_oracle.py`), every configuration, random and real texts, byte-identical.
//!
//! Random texts mix dictionary keys (whole phrases and single characters, so phrase matches meet
//! at segment boundaries), punctuation, ASCII, emoji, CJK compatibility ideographs, supplementary
//! ideographs and characters next to the surrogate range, drawn by a seeded xorshift PRNG (set
//! `FILING_CHECK_SEED` to vary it). Real texts are paragraphs of the statutes in
//! `shared/reference/laws/*.md`, read at test time. U+0000 is left out on purpose: OpenCC 1.4.2
//! truncates a segment there (see `text::opencc`).
//!
//! Skips loudly when `$PYTHON` cannot import `opencc`.

#[path = "support/opencc_data.rs"]
#[allow(dead_code)]
mod opencc_data;

use filing_check::text::opencc::{Config, Dictionaries, Lookup};
use serde_json::{json, Value};
use std::io::Write;
use std::process::{Command, Stdio};

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn random_texts(dicts: &Dictionaries, seed: u64, count: usize) -> Vec<String> {
    let mut phrases: Vec<String> = Vec::new();
    let mut chars: Vec<char> = Vec::new();
    for (name, _) in dicts.dictionary_names() {
        for key in dicts.keys(name) {
            if key.chars().count() > 1 {
                phrases.push(key.to_string());
            }
            chars.extend(key.chars());
        }
    }
    chars.sort_unstable();
    chars.dedup();
    let punctuation: Vec<char> = "，。、；：？！「」『』（）《》〈〉—…·“”‘’【】〔〕,.;:?!()[]{}<>\"'-/ \t\n\r　".chars().collect();
    let ascii: Vec<char> = ('!'..='~').chain(['a', 'e', 'x', '1', '0']).collect();
    let odd: Vec<char> = [
        '\u{1F600}', '\u{1F1E8}', '\u{1F1F3}', '\u{200D}', '\u{FE0F}', '\u{2764}', // emoji and joiners
        '\u{D7FF}', '\u{E000}', '\u{F8FF}', '\u{FFFD}', '\u{FFFF}', '\u{FEFF}', '\u{10FFFF}', // around surrogates
        '\u{20000}', '\u{2A6D6}', '\u{2F800}', '\u{2FA1D}', '\u{30000}', // supplementary ideographs
        '\u{3000}', '\u{00A0}', '\u{200B}', '\u{FF21}', '\u{FF10}', '\u{2F00}', '\u{3007}', '\u{303F}', '\u{7F}', '\u{1}',
    ]
    .into_iter()
    .chain((0xF900..=0xFAD9).filter_map(char::from_u32)) // CJK compatibility ideographs
    .collect();
    let mut rng = XorShift(seed.max(1));
    let mut texts = Vec::with_capacity(count);
    for _ in 0..count {
        let long = rng.below(4) == 0;
        let len = 1 + rng.below(if long { 300 } else { 40 });
        let mut s = String::new();
        for _ in 0..len {
            match rng.below(20) {
                0..=7 => s.push_str(rng.pick(&phrases).as_str()),
                8..=14 => s.push(*rng.pick(&chars)),
                15 | 16 => s.push(*rng.pick(&punctuation)),
                17 => s.push(*rng.pick(&ascii)),
                _ => s.push(*rng.pick(&odd)),
            }
        }
        texts.push(s);
    }
    texts
}

fn law_paragraphs(limit: usize) -> Vec<String> {
    let dir = opencc_data::shared().join("reference/laws");
    let mut files: Vec<_> = std::fs::read_dir(&dir).map(|r| r.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let Ok(text) = std::fs::read_to_string(&f) else { continue };
        // Whole files too: long inputs exercise long runs of segments.
        out.push(text.chars().take(20_000).collect());
        out.extend(text.split("\n\n").filter(|p| p.chars().count() > 20).take(limit).map(String::from));
    }
    out
}

#[test]
fn differential_against_reference_cpp_opencc() {
    let dicts = Dictionaries::embedded().expect("embedded dictionaries");
    let seed = std::env::var("FILING_CHECK_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x05EE_D0CC_u64);
    let mut texts = random_texts(dicts, seed, 400);
    let random_count = texts.len();
    let laws = law_paragraphs(25);
    let law_count = laws.len();
    texts.extend(laws);
    let items: Vec<Value> = texts
        .iter()
        .flat_map(|t| Config::ALL.iter().map(move |c| json!({"config": c.name(), "text": t})))
        .collect();
    let request = serde_json::to_vec(&json!({ "items": items })).expect("request");
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/opencc_oracle.py");
    let child = Command::new(opencc_data::python())
        .arg(&script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => return opencc_data::skip("differential", &format!("cannot run {} ({e})", opencc_data::python())),
    };
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&request);
    });
    let output = child.wait_with_output().expect("oracle output");
    let _ = writer.join();
    if output.status.code() == Some(3) {
        return opencc_data::skip("differential", String::from_utf8_lossy(&output.stderr).trim());
    }
    assert!(output.status.success(), "oracle failed: {}", String::from_utf8_lossy(&output.stderr));
    let response: Value = serde_json::from_slice(&output.stdout).expect("oracle JSON");
    assert_eq!(response["version"], "1.4.2", "the oracle must be OpenCC 1.4.2");
    let outputs = response["outputs"].as_array().expect("outputs");
    assert_eq!(outputs.len(), texts.len() * 16);
    let mut mismatches = Vec::new();
    let mut bytes = 0usize;
    for (i, text) in texts.iter().enumerate() {
        for (j, config) in Config::ALL.iter().enumerate() {
            let want = outputs[i * 16 + j].as_str().unwrap_or("");
            bytes += text.len();
            // Each way of finding matches must agree with C++ OpenCC (the sorted lines without a
            // trie, and the trie; the default picks one of them by size).
            for lookup in [Lookup::Sorted, Lookup::Trie] {
                let got = dicts.convert_with(text, *config, lookup);
                if got != want {
                    let at = got.chars().zip(want.chars()).take_while(|(a, b)| a == b).count();
                    mismatches.push(format!(
                        "text #{i} [{}, {lookup:?}] first difference at char {at}\n  input:  {}\n  ours:   {}\n  opencc: {}",
                        config.name(),
                        text.chars().take(120).collect::<String>(),
                        got.chars().skip(at.saturating_sub(5)).take(30).collect::<String>(),
                        want.chars().skip(at.saturating_sub(5)).take(30).collect::<String>(),
                    ));
                }
            }
        }
    }
    println!(
        "differential (seed {seed}): {random_count} random + {law_count} statute texts × 16 configurations × 2 lookups = {} conversions ({} KB of input), {} mismatches",
        texts.len() * 16 * 2,
        bytes / 1024,
        mismatches.len()
    );
    assert!(mismatches.is_empty(), "{} mismatches:\n{}", mismatches.len(), mismatches.iter().take(20).cloned().collect::<Vec<_>>().join("\n"));
}
