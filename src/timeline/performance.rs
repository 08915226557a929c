//! A performance period as a judgment states it (履行期限): "判决生效之日起三十日内",
//! "自收到本判决书之日起十五日内", or the machine form `30d` / `3m` (counted from the day the
//! judgment takes effect).
//!
//! The period is counted like any statutory period (start day not counted, a last day on a rest
//! day moves to the next working day: [`crate::period::compute`]). A judgment takes effect when
//! the appeal period ends with no appeal; when the request does not give `effectiveDate`, the
//! timeline presumes the day after the appeal period (window `appeal-judgment`) and says so.

use crate::error::{Error, ErrorKind};
use crate::period::Period;

/// The day a performance period counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Base {
    /// 判决生效之日.
    Effective,
    /// 收到 / 送达判决书之日 (the event's date).
    Served,
}

/// Parses the judgment's wording.
///
/// # Errors
/// `invalid_argument` naming `field` when the text is neither form.
pub(crate) fn parse(text: &str, field: &str) -> Result<(Base, Period), Error> {
    let invalid = || {
        Error::new(
            ErrorKind::InvalidArgument,
            format!(
                "{field}: expected the judgment's wording (\"判决生效之日起三十日内\", \"收到本判决书之日起十五日内\") or <N>d / <N>m, got {:?}",
                crate::date::truncate(text)
            ),
        )
    };
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if t.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
        return Ok((Base::Effective, Period::parse(&t)?));
    }
    let base = if t.contains("生效") {
        Base::Effective
    } else if t.contains("收到") || t.contains("送达") {
        Base::Served
    } else {
        return Err(invalid());
    };
    // The count follows the start point: "…之日起三十日内", "…后十五日内".
    let after = t.rfind('起').or_else(|| t.rfind('后')).map(|i| &t[i + '起'.len_utf8()..]).ok_or_else(invalid)?;
    let digits: String = after.chars().take_while(|c| c.is_ascii_digit() || "零〇一二两三四五六七八九十百".contains(*c)).collect();
    let unit = &after[digits.len()..];
    let count = number(&digits).filter(|n| *n > 0).ok_or_else(invalid)?;
    let period = if unit.starts_with('日') || unit.starts_with('天') {
        Period::days(count)
    } else if unit.starts_with("个月") || unit.starts_with('月') {
        Period::months(count)
    } else if unit.starts_with('年') {
        Period::years(count)
    } else {
        return Err(invalid());
    };
    Ok((base, period))
}

/// 三十 → 30, 十五 → 15, 一百二十 → 120, 两 → 2, "30" → 30.
fn number(text: &str) -> Option<u32> {
    if text.is_empty() {
        return None;
    }
    if text.bytes().all(|b| b.is_ascii_digit()) {
        return text.parse().ok().filter(|n| *n <= 36_600);
    }
    let digit = |c: char| "零一二三四五六七八九".find(c).map(|i| (i / '一'.len_utf8()) as u32).or((c == '两').then_some(2)).or((c == '〇').then_some(0));
    let (mut total, mut current) = (0u32, None::<u32>);
    for c in text.chars() {
        match c {
            '百' => {
                total += current.unwrap_or(1) * 100;
                current = None;
            }
            '十' => {
                total += current.unwrap_or(1) * 10;
                current = None;
            }
            c => current = Some(digit(c)?),
        }
    }
    Some(total + current.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wording_table() {
        let cases = [
            ("判决生效之日起三十日内", Base::Effective, Period::days(30)),
            ("本判决生效之日起十五日内", Base::Effective, Period::days(15)),
            ("自收到本判决书之日起十日内", Base::Served, Period::days(10)),
            ("判决书送达之日起两个月内", Base::Served, Period::months(2)),
            ("判决生效后一百二十日内", Base::Effective, Period::days(120)),
            ("判决生效之日起 60 日内", Base::Effective, Period::days(60)),
            ("30d", Base::Effective, Period::days(30)),
        ];
        for (text, base, period) in cases {
            assert_eq!(parse(text, "p").ok(), Some((base, period)), "{text}");
        }
        for bad in ["三十日内", "判决生效之日起尽快", "", "判决生效之日起零日内"] {
            assert_eq!(parse(bad, "p").map_err(|e| e.code().to_string()), Err("invalid_argument".into()), "{bad}");
        }
    }
}
