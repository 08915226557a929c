//! The character tables of `script_table.rs`, decoded once, on first use.
//!
//! Why coded: as `u32` arrays the three tables were 50 KB of every wasm module that checks names
//! or scripts (16.5 KB under brotli, and three times that as text in the JS engines); as varints
//! of their differences they are 15 KB (9.6 KB under brotli). Decoding takes a few microseconds.

use super::script_table::{ENCODED, PAIRS_LEN, SIMPLIFIED_ONLY_LEN, TRADITIONAL_ONLY_LEN};
use std::sync::OnceLock;

/// The decoded tables, each sorted.
#[derive(Debug, Default)]
pub(crate) struct CharTables {
    /// Simplified forms with a distinct traditional form.
    pub simplified_only: Vec<u32>,
    /// Traditional forms with a distinct simplified form.
    pub traditional_only: Vec<u32>,
    /// (traditional, simplified) pairs that map one to one in both directions, by traditional.
    pub pairs: Vec<(u32, u32)>,
}

/// The tables, decoded on the first call.
pub(crate) fn tables() -> &'static CharTables {
    static TABLES: OnceLock<CharTables> = OnceLock::new();
    // The bytes are generated and checked by tests/generated_files.rs and the unit test below, so
    // a failed decode cannot happen; were it to, the tables would be empty (no character counts
    // as one script's, no name is folded), which is wrong only in being less helpful, never a trap.
    TABLES.get_or_init(|| decode(ENCODED).unwrap_or_default())
}

/// `count` characters coded as differences from the previous one (the first from 0).
fn sorted_chars(bytes: &[u8], at: &mut usize, count: usize) -> Option<Vec<u32>> {
    let mut chars = Vec::with_capacity(count);
    let mut previous = 0u32;
    for _ in 0..count {
        previous = previous.checked_add(crate::varint::read(bytes, at)?)?;
        chars.push(previous);
    }
    Some(chars)
}

/// Decodes the three tables (the format is in `script_table.rs`); `None` on bytes that do not
/// hold exactly them.
fn decode(bytes: &[u8]) -> Option<CharTables> {
    let mut at = 0;
    let simplified_only = sorted_chars(bytes, &mut at, SIMPLIFIED_ONLY_LEN)?;
    let traditional_only = sorted_chars(bytes, &mut at, TRADITIONAL_ONLY_LEN)?;
    let mut pairs = Vec::with_capacity(PAIRS_LEN);
    let mut traditional = 0u32;
    for _ in 0..PAIRS_LEN {
        traditional = traditional.checked_add(crate::varint::read(bytes, &mut at)?)?;
        let zigzag = crate::varint::read(bytes, &mut at)?;
        let difference = if zigzag & 1 == 0 { i64::from(zigzag >> 1) } else { -i64::from(zigzag >> 1) - 1 };
        let simplified = u32::try_from(i64::from(traditional) + difference).ok()?;
        pairs.push((traditional, simplified));
    }
    (at == bytes.len()).then_some(CharTables { simplified_only, traditional_only, pairs })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_decode_whole_sorted_and_as_characters() {
        let t = decode(ENCODED).expect("script_table.rs decodes");
        assert_eq!((t.simplified_only.len(), t.traditional_only.len(), t.pairs.len()), (SIMPLIFIED_ONLY_LEN, TRADITIONAL_ONLY_LEN, PAIRS_LEN));
        for list in [&t.simplified_only, &t.traditional_only] {
            assert!(list.windows(2).all(|w| w[0] < w[1]));
            assert!(list.iter().all(|&c| char::from_u32(c).is_some()));
        }
        assert!(t.pairs.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(t.pairs.iter().all(|&(a, b)| a != b && char::from_u32(a).is_some() && char::from_u32(b).is_some()));
        // Known entries: 张 is simplified-only, 張 traditional-only, and 張 folds to 张.
        assert!(t.simplified_only.binary_search(&('张' as u32)).is_ok());
        assert!(t.traditional_only.binary_search(&('張' as u32)).is_ok());
        assert!(t.pairs.binary_search(&('張' as u32, '张' as u32)).is_ok());
        assert_eq!(tables().pairs.len(), PAIRS_LEN);
    }

    #[test]
    fn broken_bytes_decode_to_nothing_rather_than_trap() {
        assert!(decode(&ENCODED[..ENCODED.len() - 1]).is_none());
        let mut longer = ENCODED.to_vec();
        longer.push(0);
        assert!(decode(&longer).is_none());
        assert!(decode(&[0xFF; 8]).is_none());
        assert!(decode(&[]).is_none());
    }
}
