//! Matching a person's or agency's name as typed in a form against the same name in a document.
//!
//! A first, script-blind version: it folds width, spaces, zero-width characters and the
//! separators of minority names, but not yet simplified/traditional variants.

/// Folds a name for comparison: full-width ASCII → ASCII, every space and zero-width character
/// removed, and the separators used in minority and foreign names (· • ． ‧ ・ ･ .) unified to `·`.
pub fn fold_name(name: &str) -> String {
    name.chars()
        .filter_map(|c| match c {
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => None,
            c if c.is_whitespace() => None,
            '·' | '•' | '．' | '‧' | '・' | '･' | '.' | '\u{2027}' | '\u{00B7}' | '\u{30FB}' => Some('·'),
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0),
            c => Some(c),
        })
        .collect()
}

/// True when two names are the same name once folded. Never matches an empty name.
pub fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (fold_name(a), fold_name(b));
    !a.is_empty() && a == b
}
