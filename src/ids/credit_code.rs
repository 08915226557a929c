//! 统一社会信用代码 — the unified social credit code of GB 32100-2015.
//!
//! Eighteen characters from a 31-character alphabet (the digits and the capital letters without
//! I, O, Z, S and V):
//!
//! | position | part | here |
//! |---|---|---|
//! | 1 | 登记管理部门代码, registration authority: 1-9, A, N, Y | [`Department`] |
//! | 2 | 机构类别代码, institution category, per authority | [`CreditCode::category`] |
//! | 3-8 | 登记管理机关行政区划码, region of the registering office (GB/T 2260) | [`CreditCode::region`] |
//! | 9-17 | 主体标识码, the GB 11714 organisation code (8 body characters + 1 check) | [`CreditCode::organization_code`] |
//! | 18 | check character: C18 = 31 − MOD(Σ Ci·Wi, 31), Wi = 3^(i−1) mod 31; 31 is written 0 | |
//!
//! Source: LEGAL.md §8.2 (secondary pages reproducing the standard; the weights and the two
//! stated edge cases fix the formula).
//!
//! ## The inner organisation-code check
//!
//! Positions 9-17 are a GB 11714 organisation code with its own MOD 11 check character
//! (C9 = 11 − MOD(Σ Ci·Wi, 11), Wi = 3 7 9 10 5 8 4 2; 10 is written X and 11 is written 0). A
//! code whose outer check passes but whose inner check fails is *not* a typing error: a single
//! wrong character always breaks the outer check (31 is prime and no weight is 0 mod 31), so such a
//! code was issued that way (early pilot regions assigned identifiers that do not follow GB 11714).
//! It is therefore accepted (`valid`), and the failed inner check is reported separately
//! ([`CreditCode::organization_code_valid`] is false; rule ID-005 warns), so a portal can ask
//! the filer to confirm the code against the business licence instead of blocking the filing.
//!
//! Several popular validators compute `CS[31 - sum % 31]` and so reject every real code whose
//! check character is 0 (`31 - 0 = 31` is out of range). Here 31 → 0, as the standard says.

use serde::Serialize;

/// The 31 characters of the code, in value order (value = index).
const ALPHABET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
/// Weights of positions 1..=17: 3^(i−1) mod 31.
const WEIGHTS: [u32; 17] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/// Weights of the eight body characters of a GB 11714 organisation code.
const ORG_WEIGHTS: [u32; 8] = [3, 7, 9, 10, 5, 8, 4, 2];

/// Province-level codes of GB/T 2260, plus 10 for national registration offices (100000).
const REGION_PREFIXES: [u8; 35] = [
    10, 11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61,
    62, 63, 64, 65, 71, 81, 82,
];

/// 登记管理部门: the registration authority, position 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Department {
    /// 1 机构编制 (establishment offices: agencies, public institutions).
    Establishment,
    /// 2 外交.
    ForeignAffairs,
    /// 3 司法行政.
    JusticeAdministration,
    /// 4 文化.
    Culture,
    /// 5 民政.
    CivilAffairs,
    /// 6 旅游.
    Tourism,
    /// 7 宗教.
    Religion,
    /// 8 工会.
    TradeUnion,
    /// 9 工商 (market regulation).
    Business,
    /// A 中央军委改革和编制办公室.
    MilitaryEstablishment,
    /// N 农业.
    Agriculture,
    /// Y 其他.
    Other,
}

impl Department {
    fn from_char(c: u8) -> Option<Department> {
        Some(match c {
            b'1' => Department::Establishment,
            b'2' => Department::ForeignAffairs,
            b'3' => Department::JusticeAdministration,
            b'4' => Department::Culture,
            b'5' => Department::CivilAffairs,
            b'6' => Department::Tourism,
            b'7' => Department::Religion,
            b'8' => Department::TradeUnion,
            b'9' => Department::Business,
            b'A' => Department::MilitaryEstablishment,
            b'N' => Department::Agriculture,
            b'Y' => Department::Other,
            _ => return None,
        })
    }

    /// The institution-category codes (position 2) this authority assigns, with their zh-Hans names.
    fn categories(self) -> &'static [(u8, &'static str)] {
        match self {
            Department::Establishment => &[(b'1', "机关"), (b'2', "事业单位"), (b'3', "中央编办直接管理机构编制的群众团体"), (b'9', "其他")],
            Department::ForeignAffairs => &[(b'1', "外国常住新闻机构"), (b'9', "其他")],
            Department::JusticeAdministration => &[
                (b'1', "律师执业机构"), (b'2', "公证处"), (b'3', "基层法律服务所"), (b'4', "司法鉴定机构"), (b'5', "仲裁委员会"), (b'9', "其他"),
            ],
            Department::Culture => &[(b'1', "外国在华文化中心"), (b'9', "其他")],
            Department::CivilAffairs => &[(b'1', "社会团体"), (b'2', "民办非企业单位"), (b'3', "基金会"), (b'9', "其他")],
            Department::Tourism => &[(b'1', "外国旅游部门常驻代表机构"), (b'2', "港澳台地区旅游部门常驻内地（大陆）代表机构"), (b'9', "其他")],
            Department::Religion => &[(b'1', "宗教活动场所"), (b'2', "宗教院校"), (b'9', "其他")],
            Department::TradeUnion => &[(b'1', "基层工会"), (b'9', "其他")],
            Department::Business => &[(b'1', "企业"), (b'2', "个体工商户"), (b'3', "农民专业合作社")],
            Department::MilitaryEstablishment => &[(b'1', "军队事业单位"), (b'9', "其他")],
            Department::Agriculture => &[(b'1', "组级集体经济组织"), (b'2', "村级集体经济组织"), (b'3', "乡镇级集体经济组织"), (b'9', "其他")],
            Department::Other => &[(b'1', "其他")],
        }
    }

    /// The zh-Hans name of the authority, e.g. `机构编制`.
    pub fn name_zh_hans(self) -> &'static str {
        match self {
            Department::Establishment => "机构编制",
            Department::ForeignAffairs => "外交",
            Department::JusticeAdministration => "司法行政",
            Department::Culture => "文化",
            Department::CivilAffairs => "民政",
            Department::Tourism => "旅游",
            Department::Religion => "宗教",
            Department::TradeUnion => "工会",
            Department::Business => "工商",
            Department::MilitaryEstablishment => "中央军委改革和编制办公室",
            Department::Agriculture => "农业",
            Department::Other => "其他",
        }
    }
}

/// Why a code is not a valid unified social credit code. Codes are stable public API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Problem {
    /// Nothing was entered.
    Empty,
    /// Not 18 characters.
    Length,
    /// A character outside the 31-character alphabet (I, O, Z, S, V, punctuation…).
    Character,
    /// Position 1 is not a registration-authority code.
    Department,
    /// Position 2 is not a category that authority assigns.
    Category,
    /// Positions 3-8 are not six digits starting with a province code.
    Region,
    /// The check character does not match the other seventeen.
    CheckCharacter,
}

impl Problem {
    /// The stable code, e.g. `check_character`.
    pub fn code(self) -> &'static str {
        match self {
            Problem::Empty => "empty",
            Problem::Length => "length",
            Problem::Character => "character",
            Problem::Department => "department",
            Problem::Category => "category",
            Problem::Region => "region",
            Problem::CheckCharacter => "check_character",
        }
    }
}

/// A valid unified social credit code, decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreditCode {
    /// The code as checked: folded and upper-cased.
    pub normalized: String,
    pub department: Department,
    /// The institution-category character (position 2).
    pub category: char,
    /// The zh-Hans name of the category, e.g. `机关`.
    pub category_name: &'static str,
    /// The six-digit region code of the registering office.
    pub region: String,
    /// The nine-character GB 11714 organisation code (positions 9-17).
    pub organization_code: String,
    /// Whether the organisation code's own check character is right (see the module docs).
    pub organization_code_valid: bool,
}

impl CreditCode {
    /// True for 机构编制 / 机关 (`11…`): the code an administrative organ (行政机关) holds.
    pub fn is_administrative_organ(&self) -> bool {
        self.department == Department::Establishment && self.category == '1'
    }
}

fn value(c: u8) -> Option<u32> {
    ALPHABET.iter().position(|&a| a == c).map(|i| i as u32)
}

/// The check character the first seventeen characters call for, if they are in the alphabet.
///
/// # Example
/// ```
/// use filing_check::ids::credit_code::expected_check_character;
/// assert_eq!(expected_check_character("91440300192203821"), Some('6'));
/// assert_eq!(expected_check_character("91152201078376286"), Some('0'));
/// ```
pub fn expected_check_character(first17: &str) -> Option<char> {
    let b = first17.as_bytes();
    if b.len() != 17 {
        return None;
    }
    let mut sum = 0u32;
    for (c, w) in b.iter().zip(WEIGHTS) {
        sum += value(*c)? * w;
    }
    // 31 − MOD(Σ, 31); the value 31 is written 0.
    let c18 = (31 - sum % 31) % 31;
    ALPHABET.get(c18 as usize).map(|&c| c as char)
}

/// The GB 11714 check character of an eight-character organisation-code body.
///
/// Digits count their value and letters A=10 … Z=35 (LEGAL.md §8.2: an assumption, which
/// reproduces the embedded check characters of every real code in the corpus).
pub fn organization_check_character(body: &str) -> Option<char> {
    let b = body.as_bytes();
    if b.len() != 8 {
        return None;
    }
    let mut sum = 0u32;
    for (c, w) in b.iter().zip(ORG_WEIGHTS) {
        let v = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'A'..=b'Z' => u32::from(c - b'A') + 10,
            _ => return None,
        };
        sum += v * w;
    }
    Some(match 11 - sum % 11 {
        10 => 'X',
        11 => '0',
        d => char::from_digit(d, 10).unwrap_or('0'),
    })
}

/// Checks a unified social credit code.
///
/// # Errors
/// The [`Problem`] that makes it invalid, the first in this order: empty, length, characters,
/// registration authority, category, region, check character. A failing inner organisation-code
/// check is not an error (see the module docs).
///
/// # Example
/// ```
/// use filing_check::ids::credit_code::{parse, Problem};
/// let code = parse("914403001922038216").unwrap();
/// assert_eq!(code.region, "440300");
/// // Check character 0: 31 − MOD(Σ, 31) = 31 is written 0.
/// assert!(parse("911522010783762860").is_ok());
/// assert_eq!(parse("914403001922038215"), Err(Problem::CheckCharacter));
/// ```
pub fn parse(value: &str) -> Result<CreditCode, Problem> {
    let folded = super::fold_identifier(value);
    let b = folded.as_bytes();
    if b.is_empty() {
        return Err(Problem::Empty);
    }
    if folded.chars().count() != 18 {
        return Err(Problem::Length);
    }
    if !b.iter().all(|c| ALPHABET.contains(c)) {
        return Err(Problem::Character);
    }
    let department = Department::from_char(b[0]).ok_or(Problem::Department)?;
    let (category, category_name) =
        department.categories().iter().find(|(c, _)| *c == b[1]).copied().ok_or(Problem::Category)?;
    let region = &folded[2..8];
    let prefix_ok = region.bytes().all(|c| c.is_ascii_digit())
        && region[..2].parse::<u8>().is_ok_and(|p| REGION_PREFIXES.contains(&p));
    if !prefix_ok {
        return Err(Problem::Region);
    }
    if expected_check_character(&folded[..17]) != Some(b[17] as char) {
        return Err(Problem::CheckCharacter);
    }
    let organization_code = folded[8..17].to_string();
    let organization_code_valid = organization_check_character(&folded[8..16]) == Some(b[16] as char);
    Ok(CreditCode {
        region: region.to_string(),
        normalized: folded.clone(),
        department,
        category: category as char,
        category_name,
        organization_code,
        organization_code_valid,
    })
}

/// The JSON form of a decoded code.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct CreditCodeView {
    pub normalized: String,
    pub department: Department,
    /// zh-Hans name of the registration authority.
    pub department_name: &'static str,
    pub category: String,
    /// zh-Hans name of the institution category.
    pub category_name: &'static str,
    pub region: String,
    /// Written with the usual hyphen before its check character, e.g. `19220382-1`.
    pub organization_code: String,
    pub organization_code_valid: bool,
}

impl From<&CreditCode> for CreditCodeView {
    fn from(c: &CreditCode) -> Self {
        let (body, check) = c.organization_code.split_at(8.min(c.organization_code.len()));
        CreditCodeView {
            normalized: c.normalized.clone(),
            department: c.department,
            department_name: c.department.name_zh_hans(),
            category: c.category.to_string(),
            category_name: c.category_name,
            region: c.region.clone(),
            organization_code: format!("{body}-{check}"),
            organization_code_valid: c.organization_code_valid,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Real codes whose check character is 0, from python-stdnum's `tests/test_cn_uscc.doctest`
    /// ("found online and should all be valid numbers"), commit 1ccbd3c4.
    #[test]
    fn real_codes_with_check_character_zero_pass() {
        for code in ["911522010783762860", "91340600MA2PBP2120", "92340604MA2PENA300", "92340603MA2UK1TD00", "9162010558590643X0", "91620105L015101280"] {
            let parsed = parse(code).unwrap_or_else(|p| panic!("{code}: {p:?}"));
            assert!(parsed.organization_code_valid, "{code}");
        }
    }

    #[test]
    fn weights_are_powers_of_three_mod_31() {
        let mut w = 1u32;
        for expected in WEIGHTS {
            assert_eq!(w, expected);
            w = w * 3 % 31;
        }
    }

    #[test]
    fn every_single_character_change_breaks_the_outer_check() {
        let good = "914403001922038216";
        for i in 0..17 {
            for &c in ALPHABET {
                let mut b = good.as_bytes().to_vec();
                if b[i] == c {
                    continue;
                }
                b[i] = c;
                let s = String::from_utf8(b).unwrap_or_default();
                assert_ne!(expected_check_character(&s[..17]), Some('6'), "{s}");
            }
        }
    }
}
