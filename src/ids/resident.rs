//! 公民身份号码 — the resident identity number of GB 11643-1999 (居民身份证法 第三条).
//!
//! Eighteen characters: a six-digit address code (GB/T 2260), an eight-digit birth date, a
//! three-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character
//! (0-9 or X; a lowercase x is accepted).
//!
//! Numbers of the same structure that are accepted too:
//! - 港澳台居民居住证 numbers: address code 810000 (Hong Kong), 820000 (Macau) or 830000 (Taiwan);
//! - the 2023 foreign permanent-resident ID numbers: a leading 9, a two-digit province code, a
//!   three-digit nationality code, then birth date, sequence and check character as above.
//!
//! The 15-digit numbers of GB 11643-1989 (no century, no check digit) are recognised and
//! rejected with their own reason: every holder has had an 18-digit number since the 2013 switch.
//!
//! What this does not check: whether the address code still exists. Codes of abolished counties
//! stay valid in IDs issued before, so only the province (first two digits) is checked.

use crate::date::{format_civil_date, CivilDate};
use serde::Serialize;

/// ISO 7064 MOD 11-2 weights, 2^(18-i) mod 11 for positions 1..=17.
const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/// The check character for each value of the weighted sum mod 11.
const CHECK_CHARS: &[u8; 11] = b"10X98765432";

/// Province-level codes of GB/T 2260 (plus 83, used by Taiwan residents' residence permits).
const PROVINCES: [u8; 35] = [
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62,
    63, 64, 65, 71, 81, 82, 83,
];

/// Which kind of holder the number belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Holder {
    /// A citizen's 居民身份证.
    Citizen,
    /// A 港澳台居民居住证 (address code 810000, 820000 or 830000).
    HmtResidencePermit,
    /// A 2023-format 外国人永久居留身份证 (leading 9).
    ForeignPermanentResident,
}

/// Sex as encoded by the parity of the sequence code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Sex {
    Male,
    Female,
}

/// Why a number is not a valid resident identity number. Codes are stable public API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Problem {
    /// Nothing was entered.
    Empty,
    /// A 15-digit number of the 1989 standard.
    Legacy15Digit,
    /// Not 18 characters.
    Length,
    /// A character other than a digit (or X in last place).
    Character,
    /// The first two digits are not a province code.
    Region,
    /// The eight birth-date digits are not a day of the calendar.
    BirthDateInvalid,
    /// The birth date is after the day of the check.
    BirthDateInFuture,
    /// The check character does not match the other seventeen.
    CheckCharacter,
}

impl Problem {
    /// The stable code, e.g. `check_character`.
    pub fn code(self) -> &'static str {
        match self {
            Problem::Empty => "empty",
            Problem::Legacy15Digit => "legacy_15_digit",
            Problem::Length => "length",
            Problem::Character => "character",
            Problem::Region => "region",
            Problem::BirthDateInvalid => "birth_date_invalid",
            Problem::BirthDateInFuture => "birth_date_in_future",
            Problem::CheckCharacter => "check_character",
        }
    }
}

/// A valid resident identity number, decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResidentId {
    /// The number as checked: folded, with an upper-case X.
    pub normalized: String,
    pub holder: Holder,
    /// The six-digit address code (citizens and residence permits) or province code (foreigners).
    pub region: String,
    /// Three-digit nationality code of a foreign permanent resident.
    pub nationality: Option<String>,
    pub birth_date: CivilDate,
    pub sex: Sex,
}

/// Checks a resident identity number on the day `today`.
///
/// # Errors
/// The [`Problem`] that makes it invalid. The first failing check in the order: empty, length
/// (with the 15-digit legacy form recognised), characters, region, birth date, check character.
///
/// # Example
/// ```
/// use filing_check::ids::resident::{parse, Problem, Sex};
/// let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
/// let id = parse("11010519491231002x", today).unwrap();
/// assert_eq!(id.sex, Sex::Female);
/// assert_eq!(parse("110105194912310021", today), Err(Problem::CheckCharacter));
/// ```
pub fn parse(value: &str, today: CivilDate) -> Result<ResidentId, Problem> {
    let folded = super::fold_identifier(value);
    let b = folded.as_bytes();
    if b.is_empty() {
        return Err(Problem::Empty);
    }
    if b.len() == 15 && b.iter().all(u8::is_ascii_digit) {
        return Err(Problem::Legacy15Digit);
    }
    if folded.chars().count() != 18 {
        return Err(Problem::Length);
    }
    if !b[..17].iter().all(u8::is_ascii_digit) || !(b[17].is_ascii_digit() || b[17] == b'X') {
        return Err(Problem::Character);
    }
    let two = |i: usize| (b[i] - b'0') * 10 + (b[i + 1] - b'0');
    let (holder, region, nationality) = if b[0] == b'9' {
        // 2023 foreign permanent residents: 9, province (2), nationality (3).
        if !PROVINCES[..31].contains(&two(1)) {
            return Err(Problem::Region);
        }
        (Holder::ForeignPermanentResident, folded[1..3].to_string(), Some(folded[3..6].to_string()))
    } else {
        let province = two(0);
        if !PROVINCES.contains(&province) {
            return Err(Problem::Region);
        }
        let holder = match &folded[0..6] {
            "810000" | "820000" | "830000" => Holder::HmtResidencePermit,
            _ if province >= 81 => return Err(Problem::Region),
            _ => Holder::Citizen,
        };
        (holder, folded[0..6].to_string(), None)
    };
    let year: i32 = folded[6..10].parse().map_err(|_| Problem::BirthDateInvalid)?;
    let month: u32 = folded[10..12].parse().map_err(|_| Problem::BirthDateInvalid)?;
    let day: u32 = folded[12..14].parse().map_err(|_| Problem::BirthDateInvalid)?;
    let birth_date = match CivilDate::from_ymd_opt(year, month, day) {
        Some(d) if year >= 1850 => d,
        _ => return Err(Problem::BirthDateInvalid),
    };
    if birth_date > today {
        return Err(Problem::BirthDateInFuture);
    }
    let sum: u32 = b[..17].iter().zip(WEIGHTS).map(|(c, w)| u32::from(c - b'0') * w).sum();
    if CHECK_CHARS[(sum % 11) as usize] != b[17] {
        return Err(Problem::CheckCharacter);
    }
    let sex = if (b[16] - b'0') % 2 == 1 { Sex::Male } else { Sex::Female };
    Ok(ResidentId { normalized: folded, holder, region, nationality, birth_date, sex })
}

/// The check character the first seventeen digits call for, if they are seventeen digits.
pub fn expected_check_character(first17: &str) -> Option<char> {
    let b = first17.as_bytes();
    if b.len() != 17 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let sum: u32 = b.iter().zip(WEIGHTS).map(|(c, w)| u32::from(c - b'0') * w).sum();
    Some(CHECK_CHARS[(sum % 11) as usize] as char)
}

/// The JSON form of a decoded number.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct ResidentIdView {
    pub normalized: String,
    pub holder: Holder,
    pub region: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nationality: Option<String>,
    pub birth_date: String,
    pub sex: Sex,
}

impl From<&ResidentId> for ResidentIdView {
    fn from(id: &ResidentId) -> Self {
        ResidentIdView {
            normalized: id.normalized.clone(),
            holder: id.holder,
            region: id.region.clone(),
            nationality: id.nationality.clone(),
            birth_date: format_civil_date(id.birth_date),
            sex: id.sex,
        }
    }
}
