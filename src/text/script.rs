//! Which Chinese script a text is written in: simplified (简体), traditional (繁體), a mix, or
//! neither.
//!
//! Uses the small character table embedded in the core (see `script_table.rs`): a character
//! counts as simplified when OpenCC's STCharacters gives it a traditional form different from
//! itself only, and as traditional when TSCharacters gives it a simplified form different from
//! itself only. Characters shared by both scripts (人, 民, 法) count for neither, so a text made
//! only of them is `neither`, as is a text without Chinese.

use super::char_tables::tables;
use serde::Serialize;

/// The script of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Script {
    /// Has simplified-only characters and no traditional-only ones.
    Simplified,
    /// Has traditional-only characters and no simplified-only ones.
    Traditional,
    /// Has both.
    Mixed,
    /// Has neither (no Chinese, or only characters common to both scripts).
    Neither,
}

impl Script {
    /// The name used at every boundary: `simplified`, `traditional`, `mixed`, `neither`.
    pub fn name(self) -> &'static str {
        match self {
            Script::Simplified => "simplified",
            Script::Traditional => "traditional",
            Script::Mixed => "mixed",
            Script::Neither => "neither",
        }
    }
}

/// The script of a text, with the counts it was decided on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct ScriptReport {
    pub script: Script,
    /// Characters found only in simplified text.
    pub simplified_chars: usize,
    /// Characters found only in traditional text.
    pub traditional_chars: usize,
}

/// True when `c` is a simplified form distinct from its traditional form(s).
pub fn is_simplified_only(c: char) -> bool {
    let t = tables();
    t.simplified_only.binary_search(&(c as u32)).is_ok() && t.traditional_only.binary_search(&(c as u32)).is_err()
}

/// True when `c` is a traditional form distinct from its simplified form(s).
pub fn is_traditional_only(c: char) -> bool {
    let t = tables();
    t.traditional_only.binary_search(&(c as u32)).is_ok() && t.simplified_only.binary_search(&(c as u32)).is_err()
}

/// Detects the script of `text`.
///
/// # Example
/// ```
/// use filing_check::text::script::{detect, Script};
/// assert_eq!(detect("行政诉讼").script, Script::Simplified);
/// assert_eq!(detect("行政訴訟").script, Script::Traditional);
/// assert_eq!(detect("行政訴讼").script, Script::Mixed);
/// assert_eq!(detect("人民法院").script, Script::Neither);
/// ```
pub fn detect(text: &str) -> ScriptReport {
    let (mut s, mut t) = (0, 0);
    for c in text.chars() {
        if (c as u32) < 0x2E80 {
            continue;
        }
        if is_simplified_only(c) {
            s += 1;
        } else if is_traditional_only(c) {
            t += 1;
        }
    }
    let script = match (s > 0, t > 0) {
        (true, false) => Script::Simplified,
        (false, true) => Script::Traditional,
        (true, true) => Script::Mixed,
        (false, false) => Script::Neither,
    };
    ScriptReport { script, simplified_chars: s, traditional_chars: t }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_are_told_apart() {
        assert_eq!(detect("中华人民共和国行政诉讼法").script, Script::Simplified);
        assert_eq!(detect("中華人民共和國行政訴訟法").script, Script::Traditional);
        assert_eq!(detect("中華人民共和国").script, Script::Mixed);
        assert_eq!(detect("ABC 123").script, Script::Neither);
        assert_eq!(detect("").script, Script::Neither);
    }
}
