//! Matching a person's or agency's name as typed in a form against the same name in a document.
//!
//! A name typed in a form and the same name in an uploaded document often differ only in form:
//! simplified against traditional characters (张三 / 張三), full-width letters, spaces (ordinary,
//! ideographic, no-break), zero-width characters pasted along, or the separator of a minority or
//! foreign name (· • ． ‧ ・). [`fold_name`] removes exactly these differences, and nothing more.
//!
//! ## Simplified and traditional
//! A traditional character is folded to its simplified form only when the two map one to one in
//! OpenCC's character tables in both directions (TSCharacters and STCharacters, see
//! `script_table.rs`): 張 → 张 because 張 has the single simplified form 张 and 张 the single
//! traditional form 張. Where either direction has more than one candidate the character is kept
//! as it is, because folding it could make two different names equal:
//!
//! | pair | folded? | why |
//! |---|---|---|
//! | 乾 / 干 | no | 干 is the simplified form of 乾, 幹 and 干; 乾 (qián) is also a surname of its own |
//! | 後 / 后 | no | 后 is both the simplified 後 and the surname 后 |
//! | 鍾 / 鐘 / 钟 | no | 钟 is the simplified form of both; 鍾 is a surname, 鐘 is not |
//! | 於 / 于 | no | 于 is a surname and also the simplified 於 (a different surname) |
//! | 廣 / 广 | no | 广 (ān) is a character of its own, so 广 maps to 廣 or 广; 廣州 does not match 广州 |
//! | 買 / 买 | no | TSCharacters also maps 買 to a second form (𧹒) |
//!
//! So 張三 matches 张三, but 後明 does not match 后明, nor 鍾 钟: a missed match sends a person to
//! check by eye; a false match would wrongly treat two people as one.
//!
//! The table is embedded in the core and small (≈2,800 pairs), so name matching works in a page
//! that never loads the conversion dictionaries.

use super::char_tables::tables;

/// The simplified form of `c` when the traditional/simplified pair is one to one; else `c`.
pub fn fold_script(c: char) -> char {
    let code = c as u32;
    let pairs = &tables().pairs;
    match pairs.binary_search_by_key(&code, |(t, _)| *t) {
        Ok(i) => pairs.get(i).and_then(|(_, s)| char::from_u32(*s)).unwrap_or(c),
        Err(_) => c,
    }
}

/// Folds a name for comparison: full-width ASCII → ASCII, every space and zero-width character
/// removed, the separators used in minority and foreign names (· • ． ‧ ・ ･ .) unified to `·`,
/// and traditional characters with a one-to-one simplified form folded to it (see the module docs).
///
/// # Example
/// ```
/// use filing_check::text::names::fold_name;
/// assert_eq!(fold_name("張　三"), "张三");
/// assert_eq!(fold_name("阿依古丽•买买提"), "阿依古丽·买买提");
/// ```
pub fn fold_name(name: &str) -> String {
    name.chars()
        .filter_map(|c| match c {
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => None,
            c if c.is_whitespace() => None,
            '\u{00B7}' | '•' | '．' | '\u{2027}' | '\u{30FB}' | '･' | '.' | '\u{2219}' | '\u{22C5}' => Some('·'),
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0),
            c => Some(fold_script(c)),
        })
        .collect()
}

/// True when two names are the same name once folded (see [`fold_name`]). Never matches an empty name.
///
/// # Example
/// ```
/// use filing_check::text::names::same_name;
/// assert!(same_name("张三", "張三"));
/// assert!(!same_name("钟明", "鍾明")); // 钟 is the simplified form of both 鍾 and 鐘
/// ```
pub fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (fold_name(a), fold_name(b));
    !a.is_empty() && a == b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simplified_and_traditional_forms_of_a_name_match() {
        // Pairs checked against OpenCC's tables by hand: each character maps one to one.
        for (a, b) in [("张三", "張三"), ("刘晓东", "劉曉東"), ("陈伟", "陳偉"), ("郑州市人民政府", "鄭州市人民政府")] {
            assert!(same_name(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn ambiguous_characters_are_not_folded() {
        for (a, b) in [("廣州", "广州"), ("乾隆", "干隆"), ("後明", "后明"), ("鍾明", "钟明"), ("鐘明", "钟明"), ("鍾明", "鐘明"), ("於明", "于明")] {
            assert!(!same_name(a, b), "{a} / {b} must not match");
        }
        assert_eq!(fold_script('乾'), '乾');
        assert_eq!(fold_script('後'), '後');
        assert_eq!(fold_script('鍾'), '鍾');
        assert_eq!(fold_script('於'), '於');
    }

    #[test]
    fn width_spaces_zero_width_and_separators_fold() {
        assert!(same_name("阿依古丽·买买提", "阿依古麗 • 买买提"));
        assert!(same_name("阿依古丽．买买提", "阿依古丽・买买提"));
        assert!(same_name("张\u{200B}三", "张 三"));
        assert!(same_name("ＡＢＣ公司", "ABC公司"));
        assert!(same_name("张\u{3000}三", "张\u{00A0}三"));
    }

    #[test]
    fn different_names_and_empty_names_do_not_match() {
        assert!(!same_name("张三", "张四"));
        assert!(!same_name("", ""));
        assert!(!same_name(" \u{200B}", ""));
    }
}
