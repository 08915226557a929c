//! Chinese numerals as documents write them: dates (二〇二四年十月八日) and amounts in capitals
//! (人民币壹万贰仟叁佰肆拾伍元陆角柒分).

use crate::date::CivilDate;

/// The value of a digit written as a Chinese numeral, an ASCII digit or a full-width digit.
/// 〇, 零, ○ and a Latin O or o are all written for zero in years.
fn date_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' | '○' | 'Ｏ' | 'O' | 'o' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        '0'..='9' => c as u32 - '0' as u32,
        '０'..='９' => c as u32 - '０' as u32,
        _ => return None,
    })
}

/// A year written digit by digit: 二〇二四, 二零二四, 2024.
pub fn year_value(text: &str) -> Option<i32> {
    let digits: Option<Vec<u32>> = text.chars().map(date_digit).collect();
    let digits = digits?;
    if digits.len() != 4 {
        return None;
    }
    Some(digits.iter().fold(0, |acc, d| acc * 10 + *d as i32))
}

/// A month or day: 十, 十一, 二十, 二十一, 三十一, 八, 元 (for 元月), or Arabic digits.
pub fn small_value(text: &str) -> Option<u32> {
    if text == "元" {
        return Some(1);
    }
    if !text.is_empty() && text.chars().all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)) {
        return text.chars().try_fold(0u32, |acc, c| acc.checked_mul(10)?.checked_add(date_digit(c)?)).filter(|v| *v < 100);
    }
    let chars: Vec<char> = text.chars().collect();
    match chars.as_slice() {
        ['十'] => Some(10),
        [d] if *d != '〇' && *d != '零' => date_digit(*d),
        ['十', u] => Some(10 + date_digit(*u).filter(|v| *v > 0)?),
        [t, '十'] => Some(date_digit(*t).filter(|v| *v > 1)? * 10),
        [t, '十', u] => Some(date_digit(*t).filter(|v| *v > 1)? * 10 + date_digit(*u).filter(|v| *v > 0)?),
        _ => None,
    }
}

/// A written date as parsed: the day if it exists, or `None` for 二〇二三年二月三十日.
pub fn civil_date(year: &str, month: &str, day: &str) -> Option<CivilDate> {
    CivilDate::from_ymd_opt(year_value(year)?, small_value(month)?, small_value(day)?)
}

/// Parses an amount in Chinese capitals to fen (分, 0.01 yuan).
///
/// Accepts 人民币 in front, 元 or 圆, 角 and 分 after, and 整 or 正 at the end; units must fall
/// in order within each group of four (仟 佰 拾), and 亿 before 万.
///
/// # Example
/// ```
/// use filing_check::document::numerals::capital_amount_fen;
/// assert_eq!(capital_amount_fen("壹拾万元整"), Some(10_000_000));
/// assert_eq!(capital_amount_fen("人民币壹万贰仟叁佰肆拾伍元陆角柒分"), Some(1_234_567));
/// assert_eq!(capital_amount_fen("壹拾拾元"), None);
/// ```
pub fn capital_amount_fen(text: &str) -> Option<u64> {
    let text = text.strip_prefix("人民币").unwrap_or(text);
    let text = text.trim_end_matches(['整', '正']);
    let (yuan_part, rest) = match text.find(['元', '圆']) {
        Some(i) => (&text[..i], &text[i + '元'.len_utf8()..]),
        None => return None,
    };
    let yuan = if yuan_part.is_empty() { 0 } else { capital_integer(yuan_part)? };
    let mut fen = yuan.checked_mul(100)?;
    let mut chars = rest.chars().peekable();
    let mut last_unit = 0u8; // 2 = 角 seen, 1 = 分 seen
    while let Some(c) = chars.next() {
        if c == '零' {
            continue;
        }
        let d = capital_digit(c)?;
        match chars.next() {
            Some('角') if last_unit == 0 => {
                fen += u64::from(d) * 10;
                last_unit = 2;
            }
            Some('分') if last_unit != 1 => {
                fen += u64::from(d);
                last_unit = 1;
            }
            _ => return None,
        }
    }
    Some(fen)
}

fn capital_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' => 0,
        '壹' => 1,
        '贰' | '貳' => 2,
        '叁' | '參' => 3,
        '肆' => 4,
        '伍' => 5,
        '陆' | '陸' => 6,
        '柒' => 7,
        '捌' => 8,
        '玖' => 9,
        _ => return None,
    })
}

fn small_unit(c: char) -> Option<u64> {
    match c {
        '拾' => Some(10),
        '佰' => Some(100),
        '仟' => Some(1000),
        _ => None,
    }
}

/// Integer part: groups of up to four digits with 仟佰拾, separated by 亿 and 万.
fn capital_integer(text: &str) -> Option<u64> {
    let mut total: u64 = 0;
    let mut group: u64 = 0;
    let mut digit: Option<u64> = None;
    let mut last_small: u64 = 10_000; // units within a group must decrease
    let mut last_big: u64 = u64::MAX; // 亿 then 万
    let mut any = false;
    let mut zero = false;
    for c in text.chars() {
        if c == '零' {
            if digit.is_some() {
                return None;
            }
            zero = true;
            continue;
        }
        if let Some(d) = capital_digit(c) {
            if digit.is_some() {
                return None; // two digits without a unit between them
            }
            digit = Some(u64::from(d));
            any = true;
        } else if let Some(unit) = small_unit(c) {
            if unit >= last_small {
                return None;
            }
            // 拾 alone at the start of a group reads as 壹拾 (拾万 = 100000).
            let d = match digit.take() {
                Some(d) => d,
                None if unit == 10 && group == 0 => 1,
                None => return None,
            };
            group += d * unit;
            last_small = unit;
            any = true;
        } else if c == '万' || c == '亿' {
            let big: u64 = if c == '万' { 10_000 } else { 100_000_000 };
            if big >= last_big {
                return None;
            }
            group += digit.take().unwrap_or(0);
            if group == 0 {
                return None;
            }
            total = total.checked_add(group.checked_mul(big)?)?;
            group = 0;
            last_small = 10_000;
            last_big = big;
        } else {
            return None;
        }
    }
    if !any {
        // 零元伍角: a lone 零 is zero yuan.
        return zero.then_some(0);
    }
    total.checked_add(group + digit.unwrap_or(0))
}

/// Writes fen as yuan with two decimals: 1234567 → `12345.67`.
pub fn format_fen(fen: u64) -> String {
    format!("{}.{:02}", fen / 100, fen % 100)
}

pub use crate::form::figure_fen;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_three_writings() {
        let want = CivilDate::from_ymd_opt(2024, 10, 8);
        assert_eq!(civil_date("二〇二四", "十", "八"), want);
        assert_eq!(civil_date("二零二四", "十", "八"), want);
        assert_eq!(civil_date("2024", "10", "8"), want);
        assert_eq!(civil_date("二〇二四", "十二", "三十一"), CivilDate::from_ymd_opt(2024, 12, 31));
        assert_eq!(civil_date("二〇二四", "元", "二十"), CivilDate::from_ymd_opt(2024, 1, 20));
        assert_eq!(civil_date("二〇二三", "二", "二十九"), None);
        assert_eq!(small_value("一十"), None);
        assert_eq!(small_value("十〇"), None);
        assert_eq!(small_value("99999999999999999999"), None); // no overflow on long digit runs
    }

    /// Amounts as written on bank and court forms (壹拾万元整 = 100000; 陆角柒分 = 0.67).
    #[test]
    fn capital_amounts() {
        assert_eq!(capital_amount_fen("壹拾万元整"), Some(10_000_000));
        assert_eq!(capital_amount_fen("拾万元整"), Some(10_000_000));
        assert_eq!(capital_amount_fen("人民币壹万贰仟叁佰肆拾伍元陆角柒分"), Some(1_234_567));
        assert_eq!(capital_amount_fen("壹仟零伍元整"), Some(100_500));
        assert_eq!(capital_amount_fen("壹亿贰仟万元整"), Some(12_000_000_000));
        assert_eq!(capital_amount_fen("伍角"), None); // no 元: not an amount we read
        assert_eq!(capital_amount_fen("零元伍角"), Some(50));
        assert_eq!(capital_amount_fen("壹拾拾元"), None);
        assert_eq!(capital_amount_fen("壹贰元"), None);
        assert_eq!(capital_amount_fen("壹佰壹仟元"), None);
        assert_eq!(capital_amount_fen("壹万壹万元"), None);
        assert_eq!(capital_amount_fen("壹元陆分陆角"), None);
    }

    #[test]
    fn figures() {
        assert_eq!(figure_fen("12,345.67"), Some(1_234_567));
        assert_eq!(figure_fen("100000"), Some(10_000_000));
        assert_eq!(figure_fen("1.5"), Some(150));
        assert_eq!(figure_fen("1.555"), None);
        assert_eq!(format_fen(1_234_567), "12345.67");
    }
}
