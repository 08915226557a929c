//! Clean-up of text pasted into a form: a separate step, never mixed into conversion.
//!
//! [`clean`] makes these changes, and reports each one with its place in the *input*:
//!
//! - `pinyinAnnotation`: removes the pinyin that broken converters leave after characters,
//!   `學(xué)習(xí)` → `學習`. Only a parenthesised single pinyin syllable right after a Chinese
//!   character, with a tone mark or tone number, is removed: `（一）`, `(2024)`,
//!   `（以下简称“被告”）`, `(court)` and `(café)` stay.
//! - `fullWidth`: full-width ASCII letters and digits become ASCII (`ＡＢ１２` → `AB12`), as NFKC
//!   would; Chinese punctuation (，。：；（）「」) stays.
//! - `zeroWidth`: removes zero-width spaces, word joiners, byte-order marks and soft hyphens, and
//!   zero-width (non-)joiners except between two characters of an emoji or other non-Chinese
//!   script, where they carry meaning.
//! - `space`: ideographic space (U+3000), no-break space and the other odd spaces become U+0020.
//!
//! It changes nothing else, and it does not convert between scripts. It also *reports*, without
//! changing the text, signs that the text was decoded with the wrong encoding (乱码):
//!
//! - `replacementCharacter`: U+FFFD, where a decoder gave up; what was there cannot be known.
//! - `questionMarks`: `?` between Chinese characters (`行政?讼`), typical of text that went
//!   through a legacy code page; the lost characters cannot be known either.
//! - `utf8ReadAsLatin1`: UTF-8 read as Latin-1/Windows-1252 (`è¡Œæ”¿` for `行政`); the issue
//!   carries the decoded text as `suggestion`, which the caller may offer, but it is not applied:
//!   a Latin run that happens to decode is possible, if unlikely, and the user should confirm.
//!
//! Offsets are UTF-16 code units (JavaScript string indices) into the input, half-open.

use serde::Serialize;

/// What a change did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum ChangeKind {
    PinyinAnnotation,
    FullWidth,
    ZeroWidth,
    Space,
}

/// One change: `before` at `start_utf16..end_utf16` of the input became `after`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Change {
    pub kind: ChangeKind,
    pub start_utf16: usize,
    pub end_utf16: usize,
    pub before: String,
    pub after: String,
}

/// A problem found but not changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum IssueKind {
    ReplacementCharacter,
    QuestionMarks,
    Utf8ReadAsLatin1,
}

/// One problem, at `start_utf16..end_utf16` of the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Issue {
    pub kind: IssueKind,
    pub start_utf16: usize,
    pub end_utf16: usize,
    pub text: String,
    /// What the text probably was, when that can be known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
}

/// The cleaned text, each change made, and each problem found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Cleaned {
    pub text: String,
    pub changes: Vec<Change>,
    pub issues: Vec<Issue>,
}

/// Chinese ideographs (CJK unified, extensions, compatibility) and 〇.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3007 | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F | 0x30000..=0x323AF)
}

fn is_odd_space(c: char) -> bool {
    matches!(c, '\u{00A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}')
}

fn is_always_invisible(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}

fn fold_full_width(c: char) -> Option<char> {
    match c {
        '\u{FF10}'..='\u{FF19}' | '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}' => char::from_u32(c as u32 - 0xFEE0),
        _ => None,
    }
}

/// Cleans pasted text; see the module docs for exactly what changes.
///
/// # Example
/// ```
/// use filing_check::text::clean::clean;
/// let c = clean("學(xué)習(xí)　ＡＢ（一）");
/// assert_eq!(c.text, "學習 AB（一）");
/// assert_eq!(c.changes.len(), 4);
/// ```
pub fn clean(input: &str) -> Cleaned {
    let chars: Vec<char> = input.chars().collect();
    let mut utf16 = Vec::with_capacity(chars.len() + 1);
    let mut at = 0;
    for c in &chars {
        utf16.push(at);
        at += c.len_utf16();
    }
    utf16.push(at);
    let pos = |i: usize| utf16.get(i).copied().unwrap_or(at);
    let mut out = String::with_capacity(input.len());
    let mut changes: Vec<Change> = Vec::new();
    let push_change = |changes: &mut Vec<Change>, kind, i: usize, j: usize, before: String, after: String| {
        if let Some(last) = changes.last_mut() {
            if last.kind == kind && last.end_utf16 == pos(i) && kind != ChangeKind::PinyinAnnotation {
                last.end_utf16 = pos(j);
                last.before.push_str(&before);
                last.after.push_str(&after);
                return;
            }
        }
        changes.push(Change { kind, start_utf16: pos(i), end_utf16: pos(j), before, after });
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if matches!(c, '(' | '（') && i > 0 && is_cjk(chars[i - 1]) {
            if let Some(len) = pinyin_annotation_len(&chars[i..]) {
                let before: String = chars[i..i + len].iter().collect();
                push_change(&mut changes, ChangeKind::PinyinAnnotation, i, i + len, before, String::new());
                i += len;
                continue;
            }
        }
        if let Some(a) = fold_full_width(c) {
            push_change(&mut changes, ChangeKind::FullWidth, i, i + 1, c.to_string(), a.to_string());
            out.push(a);
        } else if is_odd_space(c) {
            push_change(&mut changes, ChangeKind::Space, i, i + 1, c.to_string(), " ".to_string());
            out.push(' ');
        } else if is_always_invisible(c) || (matches!(c, '\u{200C}' | '\u{200D}') && !joins_non_chinese(&chars, i)) {
            push_change(&mut changes, ChangeKind::ZeroWidth, i, i + 1, c.to_string(), String::new());
        } else {
            out.push(c);
        }
        i += 1;
    }
    Cleaned { text: out, changes, issues: find_issues(&chars, &utf16) }
}

/// A zero-width (non-)joiner between two characters that are neither ASCII nor Chinese (emoji
/// sequences, Indic and Arabic scripts) is meaningful and kept.
fn joins_non_chinese(chars: &[char], i: usize) -> bool {
    let other = |c: Option<&char>| c.is_some_and(|c| !c.is_ascii() && !is_cjk(*c) && !c.is_whitespace());
    i > 0 && other(chars.get(i - 1)) && other(chars.get(i + 1))
}

/// The length in chars of `(pinyin)` at the start of `chars`, when it is one.
fn pinyin_annotation_len(chars: &[char]) -> Option<usize> {
    let close = chars.iter().take(10).position(|c| matches!(c, ')' | '）'))?;
    let inner = chars.get(1..close)?;
    if is_pinyin_syllable(inner) {
        Some(close + 1)
    } else {
        None
    }
}

const INITIALS: &[&str] = &[
    "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", "",
];
const FINALS: &[&str] = &[
    "a", "o", "e", "ê", "i", "u", "ü", "ai", "ei", "ui", "ao", "ou", "iu", "ie", "üe", "ue", "er", "an", "en", "in", "un", "ün",
    "ang", "eng", "ing", "ong", "ia", "iao", "ian", "iang", "iong", "ua", "uo", "uai", "uan", "üan", "uang", "n", "ng", "m",
];

/// One pinyin syllable with a tone mark or a tone number (1-5), e.g. `xué`, `xue2`, `lǜ`.
fn is_pinyin_syllable(chars: &[char]) -> bool {
    if chars.is_empty() || chars.len() > 7 {
        return false;
    }
    let mut toned = false;
    let mut base = String::new();
    for (k, &c) in chars.iter().enumerate() {
        let plain = match c {
            'ā' | 'á' | 'ǎ' | 'à' => Some('a'),
            'ē' | 'é' | 'ě' | 'è' => Some('e'),
            'ī' | 'í' | 'ǐ' | 'ì' => Some('i'),
            'ō' | 'ó' | 'ǒ' | 'ò' => Some('o'),
            'ū' | 'ú' | 'ǔ' | 'ù' => Some('u'),
            'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' => Some('ü'),
            'ḿ' | 'ń' | 'ň' | 'ǹ' => Some(if matches!(c, 'ḿ') { 'm' } else { 'n' }),
            _ => None,
        };
        if let Some(p) = plain {
            toned = true;
            base.push(p);
        } else if c.is_ascii_digit() && k == chars.len() - 1 && k > 0 {
            if !('1'..='5').contains(&c) {
                return false;
            }
            toned = true;
        } else if c.is_ascii_lowercase() || c == 'ü' || c == 'ê' || (k == 0 && c.is_ascii_uppercase()) {
            base.push(if c == 'v' { 'ü' } else { c.to_ascii_lowercase() });
        } else {
            return false;
        }
    }
    toned && INITIALS.iter().any(|i| base.strip_prefix(i).is_some_and(|f| FINALS.contains(&f)))
}

fn find_issues(chars: &[char], utf16: &[usize]) -> Vec<Issue> {
    let pos = |i: usize| utf16.get(i).copied().unwrap_or(0);
    let mut issues = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let run_end = |pred: &dyn Fn(char) -> bool| {
            let mut j = i;
            while j < chars.len() && pred(chars[j]) {
                j += 1;
            }
            j
        };
        if c == '\u{FFFD}' {
            let j = run_end(&|c| c == '\u{FFFD}');
            issues.push(Issue { kind: IssueKind::ReplacementCharacter, start_utf16: pos(i), end_utf16: pos(j), text: chars[i..j].iter().collect(), suggestion: None });
            i = j;
            continue;
        }
        if c == '?' {
            let j = run_end(&|c| c == '?');
            let before_cjk = i > 0 && is_cjk(chars[i - 1]);
            let after_cjk = chars.get(j).is_some_and(|c| is_cjk(*c));
            if before_cjk && after_cjk || (j - i >= 2 && (before_cjk || after_cjk)) {
                issues.push(Issue { kind: IssueKind::QuestionMarks, start_utf16: pos(i), end_utf16: pos(j), text: chars[i..j].iter().collect(), suggestion: None });
            }
            i = j;
            continue;
        }
        if latin1_byte(c).is_some_and(|b| b >= 0xC2) {
            let j = run_end(&|c| latin1_byte(c).is_some());
            let bytes: Vec<u8> = chars[i..j].iter().filter_map(|c| latin1_byte(*c)).collect();
            if let Ok(decoded) = std::str::from_utf8(&bytes) {
                if decoded.chars().any(is_cjk) {
                    issues.push(Issue {
                        kind: IssueKind::Utf8ReadAsLatin1,
                        start_utf16: pos(i),
                        end_utf16: pos(j),
                        text: chars[i..j].iter().collect(),
                        suggestion: Some(decoded.to_string()),
                    });
                }
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    issues
}

/// The byte a character stands for when UTF-8 was read as Windows-1252 (Latin-1 for 0xA0-0xFF).
fn latin1_byte(c: char) -> Option<u8> {
    const CP1252: [(char, u8); 27] = [
        ('€', 0x80), ('‚', 0x82), ('ƒ', 0x83), ('„', 0x84), ('…', 0x85), ('†', 0x86), ('‡', 0x87), ('ˆ', 0x88),
        ('‰', 0x89), ('Š', 0x8A), ('‹', 0x8B), ('Œ', 0x8C), ('Ž', 0x8E), ('‘', 0x91), ('’', 0x92), ('“', 0x93),
        ('”', 0x94), ('•', 0x95), ('–', 0x96), ('—', 0x97), ('˜', 0x98), ('™', 0x99), ('š', 0x9A), ('›', 0x9B),
        ('œ', 0x9C), ('ž', 0x9E), ('Ÿ', 0x9F),
    ];
    match c as u32 {
        0x80..=0xFF => Some(c as u32 as u8),
        _ => CP1252.iter().find(|(k, _)| *k == c).map(|(_, b)| *b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pinyin_annotations_are_removed_and_reported() {
        let c = clean("學(xué)習(xí)法律（fǎ lǜ）");
        assert_eq!(c.text, "學習法律（fǎ lǜ）", "two syllables in one pair of brackets are not one annotation");
        assert_eq!(c.changes.len(), 2);
        assert_eq!((c.changes[0].start_utf16, c.changes[0].end_utf16, c.changes[0].before.as_str()), (1, 6, "(xué)"));
        assert_eq!(clean("学（xue2）习").text, "学习");
        assert_eq!(clean("绿(lǜ)色").text, "绿色");
    }

    #[test]
    fn legitimate_parentheses_stay() {
        for text in ["（一）", "(2024)", "（以下简称“被告”）", "法院(court)", "咖啡(café)", "x(xué)", "第(三)项", "原告(Li)"] {
            let c = clean(text);
            assert_eq!(c.text, text);
            assert!(c.changes.is_empty(), "{text}: {:?}", c.changes);
        }
    }

    #[test]
    fn width_spaces_and_zero_width_fold_but_chinese_punctuation_stays() {
        let c = clean("ＡＢ１２，。：；（）「」\u{3000}x\u{00A0}y\u{200B}z\u{FEFF}");
        assert_eq!(c.text, "AB12，。：；（）「」 x yz");
        let kinds: Vec<_> = c.changes.iter().map(|c| c.kind).collect();
        assert_eq!(kinds, [ChangeKind::FullWidth, ChangeKind::Space, ChangeKind::Space, ChangeKind::ZeroWidth, ChangeKind::ZeroWidth]);
        assert_eq!((c.changes[0].start_utf16, c.changes[0].end_utf16, c.changes[0].after.as_str()), (0, 4, "AB12"));
    }

    #[test]
    fn emoji_joiners_are_kept_and_stray_ones_removed() {
        let family = "👨\u{200D}👩";
        assert_eq!(clean(family).text, family);
        assert_eq!(clean("张\u{200D}三").text, "张三");
    }

    #[test]
    fn offsets_count_utf16_units() {
        let c = clean("𠀀\u{3000}");
        assert_eq!((c.changes[0].start_utf16, c.changes[0].end_utf16), (2, 3));
    }

    #[test]
    fn misdecoding_is_reported_not_changed() {
        let garbled = "è¡Œæ”¿è¯‰è®¼";
        let c = clean(garbled);
        assert_eq!(c.text, garbled);
        assert_eq!(c.issues.len(), 1);
        assert_eq!(c.issues[0].kind, IssueKind::Utf8ReadAsLatin1);
        assert_eq!(c.issues[0].suggestion.as_deref(), Some("行政诉讼"));
        let c = clean("行政?讼，原告\u{FFFD}\u{FFFD}，Why?");
        let kinds: Vec<_> = c.issues.iter().map(|i| i.kind).collect();
        assert_eq!(kinds, [IssueKind::QuestionMarks, IssueKind::ReplacementCharacter]);
        assert_eq!(c.text, "行政?讼，原告\u{FFFD}\u{FFFD}，Why?");
        assert!(clean("Café résumé").issues.is_empty());
    }
}
