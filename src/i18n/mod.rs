//! Message languages and Chinese numerals for rendering.
//!
//! Every message exists in zh-Hans (the source text, written first), zh-Hant and en. zh-Hant is
//! not written by hand: it is derived from zh-Hans by this project's own OpenCC conversion (s2t)
//! and stored in a generated table ([`zh_hant`]), so the two can never drift.

use serde::{Deserialize, Serialize};

pub mod labels;
pub(crate) mod upper_case;
mod upper_case_table;
pub mod zh_hant;

/// The language a report is rendered in. Chosen per call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Lang {
    /// Simplified Chinese (the default, and the language every template is written in first).
    #[default]
    #[serde(rename = "zh-Hans")]
    ZhHans,
    /// Traditional Chinese, derived from zh-Hans by OpenCC s2t.
    #[serde(rename = "zh-Hant")]
    ZhHant,
    /// English.
    #[serde(rename = "en")]
    En,
}

impl Lang {
    /// Parses `zh-Hans`, `zh-Hant` or `en` (also the common aliases zh-CN, zh-TW, zh-HK).
    ///
    /// # Errors
    /// `invalid_argument` for anything else.
    pub fn parse(text: &str) -> Result<Lang, crate::Error> {
        match text {
            "zh-Hans" | "zh-CN" | "zh" | "zh-hans" => Ok(Lang::ZhHans),
            "zh-Hant" | "zh-TW" | "zh-HK" | "zh-MO" | "zh-hant" => Ok(Lang::ZhHant),
            "en" | "en-US" | "en-GB" => Ok(Lang::En),
            other => Err(crate::error::Error::new(
                crate::error::ErrorKind::InvalidArgument,
                format!("lang: expected zh-Hans, zh-Hant or en, got {:?}", crate::date::truncate(other)),
            )),
        }
    }

    /// The BCP 47 tag this crate writes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhHans => "zh-Hans",
            Lang::ZhHant => "zh-Hant",
            Lang::En => "en",
        }
    }
}

/// Named placeholders of a message, in a stable (sorted) order.
pub type Args = crate::sorted_map::SortedMap<String>;

/// One message of a rule. `zh_hans` and `en` are written by hand; zh-Hant is derived.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MessageTemplate {
    /// Stable id within the rule, e.g. `check_digit`.
    pub id: &'static str,
    pub zh_hans: &'static str,
    /// The zh-Hant form, taken from the generated table when the template is built
    /// ([`MessageTemplate::new`]); `None` for a string the table does not have yet.
    pub zh_hant: Option<&'static str>,
    pub en: &'static str,
}

impl MessageTemplate {
    /// A template whose zh-Hant is `zh_hans`'s entry in the generated table ([`zh_hant`]).
    ///
    /// A `const fn`: the templates are statics, so the search runs at compile time and each
    /// template holds only its own zh-Hant string. A wasm module then links the zh-Hant of the
    /// templates it can render and no other (the identifiers module: the identity rules' only),
    /// where a run-time search would link the whole table.
    pub const fn new(id: &'static str, zh_hans: &'static str, en: &'static str) -> MessageTemplate {
        MessageTemplate { id, zh_hans, zh_hant: zh_hant::template(zh_hans), en }
    }
}

/// Renders a template in `lang`, substituting `{name}` placeholders from `args`.
///
/// Arguments are inserted exactly as given: user text is never converted between scripts.
/// (A finding's `{field}` is the finding's own path, supplied by `rules::Findings::add`.)
pub fn render(template: &MessageTemplate, lang: Lang, args: &Args) -> String {
    render_with(template, lang, &|name| args.get(name).map(String::as_str))
}

/// [`render`] with the placeholders answered by `arg`.
pub fn render_with<'a>(template: &MessageTemplate, lang: Lang, arg: &dyn Fn(&str) -> Option<&'a str>) -> String {
    let pattern = match lang {
        Lang::ZhHans => template.zh_hans,
        Lang::ZhHant => template.zh_hant.unwrap_or(template.zh_hans),
        Lang::En => template.en,
    };
    fill(pattern, arg)
}

fn fill<'a>(pattern: &str, arg: &dyn Fn(&str) -> Option<&'a str>) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            // `{days|day|days}`: the count and its noun, singular for 1 ("1 day", "2 days"). Only
            // the English templates need it; Chinese has no plural.
            Some(close) if plural(&after[..close]).is_some() => {
                if let Some((name, one, other)) = plural(&after[..close]) {
                    match arg(name) {
                        Some(v) => {
                            out.push_str(v);
                            out.push(' ');
                            out.push_str(if v == "1" { one } else { other });
                        }
                        None => {
                            out.push('{');
                            out.push_str(&after[..close]);
                            out.push('}');
                        }
                    }
                }
                rest = &after[close + 1..];
            }
            Some(close) if after[..close].chars().all(|c| c.is_ascii_alphanumeric() || c == '_') => {
                let name = &after[..close];
                match arg(name) {
                    Some(v) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Splits a plural placeholder `name|one|other` (all three ASCII words).
fn plural(inner: &str) -> Option<(&str, &str, &str)> {
    let mut parts = inner.split('|');
    let (name, one, other) = (parts.next()?, parts.next()?, parts.next()?);
    let word = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ' ');
    (parts.next().is_none() && word(name) && word(one) && word(other)).then_some((name, one, other))
}

/// Builds an [`Args`] map: `args![("field", "idNumber"), ("value", v)]`.
#[macro_export]
#[doc(hidden)]
macro_rules! args {
    ($(($k:expr, $v:expr)),* $(,)?) => {{
        #[allow(unused_mut)]
        let mut m = $crate::i18n::Args::new();
        $( m.insert(String::from($k), ::std::string::ToString::to_string(&$v)); )*
        m
    }};
}

/// Writes 1..=9999 in Chinese numerals the way statutes number articles: 十, 十五, 二十一, 一百零一.
pub fn chinese_number(n: u32) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    if n == 0 {
        return DIGITS[0].to_string();
    }
    if n < 10 {
        return DIGITS[n as usize].to_string();
    }
    if n < 20 {
        // 十, 十一 … 十九: statutes omit the leading 一.
        return format!("十{}", if n % 10 == 0 { "" } else { DIGITS[(n % 10) as usize] });
    }
    let units = [(1000, "千"), (100, "百"), (10, "十")];
    let mut out = String::new();
    let mut rest = n;
    let mut pending_zero = false;
    for (value, name) in units {
        let d = rest / value;
        rest %= value;
        if d > 0 {
            if pending_zero {
                out.push_str(DIGITS[0]);
                pending_zero = false;
            }
            out.push_str(DIGITS[d as usize]);
            out.push_str(name);
        } else if !out.is_empty() {
            pending_zero = true;
        }
    }
    if rest > 0 {
        if pending_zero {
            out.push_str(DIGITS[0]);
        }
        out.push_str(DIGITS[rest as usize]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_placeholders_count_in_english() {
        let t = MessageTemplate::new("t", "还有{days}日", "{days|day|days} ahead");
        let one = crate::args![("days", 1)];
        let two = crate::args![("days", 2)];
        assert_eq!(render(&t, Lang::En, &one), "1 day ahead");
        assert_eq!(render(&t, Lang::En, &two), "2 days ahead");
        assert_eq!(render(&t, Lang::En, &crate::args![("days", 0)]), "0 days ahead");
        assert_eq!(render(&t, Lang::ZhHans, &one), "还有1日");
        // Without the argument the placeholder stays as written.
        assert_eq!(render(&t, Lang::En, &Args::new()), "{days|day|days} ahead");
    }

    #[test]
    fn article_numbers_read_as_in_statutes() {
        let table = [
            (1, "一"), (10, "十"), (15, "十五"), (20, "二十"), (21, "二十一"), (67, "六十七"),
            (100, "一百"), (101, "一百零一"), (110, "一百一十"), (128, "一百二十八"), (1260, "一千二百六十"),
        ];
        for (n, want) in table {
            assert_eq!(chinese_number(n), want, "{n}");
        }
    }

    #[test]
    fn placeholders_are_filled_and_unknown_ones_kept() {
        let args = crate::args![("field", "idNumber"), ("name", "/张三")];
        let t = MessageTemplate::new("x", "字段 {field} 有误 {missing} {name} {", "");
        assert_eq!(render(&t, Lang::ZhHans, &args), "字段 idNumber 有误 {missing} /张三 {");
    }
}
