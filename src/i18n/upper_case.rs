//! Upper case for the first letter of an English message whose label a portal wrote itself.
//!
//! Why not `char::to_uppercase`: it links std's Unicode case table, 14.5 KB of the main wasm
//! module (6 KB under brotli) for one call. [`upper_case_table`](super::upper_case_table) holds
//! the same mapping, every character whose upper case differs from it and what it becomes (one
//! character, or several: `ß` → `SS`), coded as varints of differences and decoded once, on first
//! use. It is generated from std's own `to_uppercase` by `tests/generated_files.rs`, and the unit
//! test below checks every code point against std.

use super::upper_case_table::{ENCODED, LEN};
use std::sync::OnceLock;

/// (character, its upper case), sorted by character.
type Table = Vec<(char, Vec<char>)>;

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    // The bytes are generated and checked (tests/generated_files.rs, the test below), so a failed
    // decode cannot happen; were it to, no letter would change case, which is wrong only in being
    // less tidy, never a trap.
    TABLE.get_or_init(|| decode(ENCODED).unwrap_or_default())
}

/// Each entry: the character's difference from the previous one (the first from 0), how many
/// characters its upper case has, then each as the zigzag of its difference from the character.
fn decode(bytes: &[u8]) -> Option<Table> {
    let mut at = 0;
    let mut previous = 0u32;
    let mut out = Vec::with_capacity(LEN);
    for _ in 0..LEN {
        previous = previous.checked_add(crate::varint::read(bytes, &mut at)?)?;
        let count = crate::varint::read(bytes, &mut at)?;
        let mut upper = Vec::with_capacity(count as usize);
        for _ in 0..count {
            let zigzag = i64::from(crate::varint::read(bytes, &mut at)?);
            let difference = (zigzag >> 1) ^ -(zigzag & 1);
            upper.push(char::from_u32(u32::try_from(i64::from(previous) + difference).ok()?)?);
        }
        out.push((char::from_u32(previous)?, upper));
    }
    (at == bytes.len()).then_some(out)
}

/// Appends the upper case of `c` to `out`, as `c.to_uppercase()` gives it.
fn push_upper(c: char, out: &mut String) {
    if c.is_ascii() {
        return out.push(c.to_ascii_uppercase());
    }
    match table().binary_search_by_key(&c, |(from, _)| *from) {
        Ok(i) => out.extend(table().get(i).map(|(_, upper)| upper.iter()).into_iter().flatten()),
        Err(_) => out.push(c),
    }
}

/// `text` with its first character in upper case, as `to_uppercase` would write it.
pub(crate) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    let mut out = String::with_capacity(text.len() + 2);
    if let Some(first) = chars.next() {
        push_upper(first, &mut out);
    }
    out.push_str(chars.as_str());
    out
}

/// `text` in upper case, as `str::to_uppercase` writes it (no character of it has a final-sigma
/// or other context rule in upper case: std's `to_uppercase` maps each character alone too).
/// Only the desk ops use it; the unit test checks it in every build.
#[cfg(any(feature = "desk", test))]
pub(crate) fn uppercased(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_upper(c, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_point_has_the_upper_case_std_gives_it() {
        assert_eq!(super::super::upper_case_table::UNICODE_VERSION, char::UNICODE_VERSION, "regenerate: FILING_CHECK_UPDATE=1 cargo test --test generated_files");
        let mut changed = 0;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut ours = String::new();
            push_upper(c, &mut ours);
            let std: String = c.to_uppercase().collect();
            assert_eq!(ours, std, "U+{:04X}", c as u32);
            changed += usize::from(std != c.to_string());
        }
        assert_eq!(changed, LEN);
        assert!(LEN > 1_000, "the table should hold every cased script's letters");
    }

    #[test]
    fn the_first_letter_only() {
        assert_eq!(capitalised("élément"), "Élément");
        assert_eq!(capitalised("ßtraße"), "SStraße");
        assert_eq!(capitalised("ǎnhuī"), "Ǎnhuī");
        assert_eq!(capitalised("案号"), "案号");
        for text in ["csv", "jsonl", "straße", "ǰ ΐ ﬀ", "Ǆǅǆ", "案号 ab"] {
            assert_eq!(uppercased(text), text.to_uppercase(), "{text}");
        }
        assert_eq!(capitalised(""), "");
        assert_eq!(decode(&[]), None, "too few bytes decode to nothing");
        let mut longer = ENCODED.to_vec();
        longer.push(0);
        assert_eq!(decode(&longer), None, "too many bytes decode to nothing");
    }
}
