//! Identity numbers: parsers that return the reason, not a bare bool.
//!
//! - [`resident`]: 公民身份号码 (GB 11643-1999), including 港澳台居民居住证 numbers and the 2023
//!   foreign permanent-resident numbers that share its structure.
//! - [`credit_code`]: 统一社会信用代码 (GB 32100-2015) with its GB 11714 organisation code.
//!
//! Input is folded before checking (full-width characters, spaces and zero-width characters that
//! pasting leaves, the hyphens people type between the groups of a number, and a check character
//! typed as `Ⅹ` or `×`), and the folded form is returned as `normalized` with `changed: true`,
//! together with what folding removed or replaced ([`fold_identifier_report`]), so the caller
//! decides whether to write it back: nothing the user typed is silently changed.

pub mod credit_code;
pub mod case_number;
pub mod resident;

use serde::Serialize;

/// A kind of change that folding makes to an identifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum FoldKind {
    /// Hyphens and dashes between groups (`110105-19491231-002X`, `91-110000-600037341-L`): removed.
    Separator,
    /// Spaces of every kind: removed.
    Space,
    /// Zero-width characters: removed.
    Invisible,
    /// Full-width digits and letters (`１`, `Ｘ`): replaced by ASCII.
    FullWidth,
    /// Lower-case letters (`x`): upper-cased.
    Lowercase,
    /// Characters that look like X (Roman numeral `Ⅹ` U+2169, multiplication sign `×`, Greek `Χ`,
    /// Cyrillic `Х`): replaced by the letter X.
    XLookalike,
}

/// One kind of change, with the characters as typed (each once, in order) and how many there were.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Fold {
    pub kind: FoldKind,
    pub chars: String,
    pub count: usize,
}

/// An identifier folded for checking, and what was changed to get there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folded {
    pub value: String,
    /// One entry per kind of change, in the order of [`FoldKind`]. Empty when nothing changed.
    pub changes: Vec<Fold>,
}

impl Folded {
    /// How many separators (hyphens, dashes) were removed.
    pub fn separators_removed(&self) -> usize {
        self.changes.iter().filter(|f| f.kind == FoldKind::Separator).map(|f| f.count).sum()
    }
}

fn classify(c: char) -> (Option<char>, Option<FoldKind>) {
    match c {
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => (None, Some(FoldKind::Invisible)),
        c if c.is_whitespace() => (None, Some(FoldKind::Space)),
        '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '－' | '﹣' => (None, Some(FoldKind::Separator)),
        'Ⅹ' | 'ⅹ' | '×' | 'Χ' | 'χ' | 'Х' | 'х' => (Some('X'), Some(FoldKind::XLookalike)),
        '\u{FF01}'..='\u{FF5E}' => {
            let ascii = char::from_u32(c as u32 - 0xFEE0).unwrap_or(c).to_ascii_uppercase();
            (Some(ascii), Some(FoldKind::FullWidth))
        }
        c if c.is_ascii_lowercase() => (Some(c.to_ascii_uppercase()), Some(FoldKind::Lowercase)),
        c => (Some(c), None),
    }
}

/// Folds an identifier as people type and paste it, and reports each kind of change.
///
/// # Example
/// ```
/// use filing_check::ids::{fold_identifier_report, FoldKind};
/// let f = fold_identifier_report("110105-19491231-002Ⅹ");
/// assert_eq!(f.value, "11010519491231002X");
/// assert_eq!(f.changes.iter().map(|c| (c.kind, c.chars.as_str(), c.count)).collect::<Vec<_>>(),
///            [(FoldKind::Separator, "-", 2), (FoldKind::XLookalike, "Ⅹ", 1)]);
/// ```
pub fn fold_identifier_report(value: &str) -> Folded {
    const ORDER: [FoldKind; 6] =
        [FoldKind::Separator, FoldKind::Space, FoldKind::Invisible, FoldKind::FullWidth, FoldKind::Lowercase, FoldKind::XLookalike];
    let mut out = String::with_capacity(value.len());
    let mut changes: Vec<Fold> = ORDER.iter().map(|&kind| Fold { kind, chars: String::new(), count: 0 }).collect();
    for c in value.chars() {
        let (kept, kind) = classify(c);
        if let Some(k) = kept {
            out.push(k);
        }
        if let Some(fold) = kind.and_then(|kind| changes.iter_mut().find(|f| f.kind == kind)) {
            fold.count += 1;
            if !fold.chars.contains(c) {
                fold.chars.push(c);
            }
        }
    }
    changes.retain(|f| f.count > 0);
    Folded { value: out, changes }
}

/// Folds what people type and paste around an identifier (see [`fold_identifier_report`]).
pub(crate) fn fold_identifier(value: &str) -> String {
    fold_identifier_report(value).value
}
