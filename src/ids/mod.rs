//! Identity numbers: parsers that return the reason, not a bare bool.
//!
//! - [`resident`]: 公民身份号码 (GB 11643-1999), including 港澳台居民居住证 numbers and the 2023
//!   foreign permanent-resident numbers that share its structure.
//! - [`credit_code`]: 统一社会信用代码 (GB 32100-2015) with its GB 11714 organisation code.
//!
//! Input is folded before checking (full-width digits, spaces and zero-width characters that
//! pasting leaves), and the folded form is returned as `normalized` with `changed: true`, so the
//! caller decides whether to write it back: nothing the user typed is silently changed.

pub mod credit_code;
pub mod case_number;
pub mod resident;

/// Folds what pasting leaves around an identifier: full-width ASCII, spaces of every kind and
/// zero-width characters. Letters are upper-cased (x → X).
pub(crate) fn fold_identifier(value: &str) -> String {
    value
        .chars()
        .filter_map(|c| match c {
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => None,
            c if c.is_whitespace() => None,
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0),
            c => Some(c),
        })
        .map(|c| c.to_ascii_uppercase())
        .collect()
}
