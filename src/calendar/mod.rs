//! China's official calendar: rest days (法定休假日 and weekends) and 调休 working days.
//!
//! Every year the General Office of the State Council (国务院办公厅) publishes a notice,
//! 《关于XXXX年部分节假日安排的通知》, that moves rest days next to the statutory holidays and
//! makes some Saturdays and Sundays working days (调休上班). A period whose last day is a rest day
//! ends on the first working day after it (行诉解释 第四十八条第三款), so deadlines depend on this
//! data, not on the weekday alone.
//!
//! The data is an explicit value, [`Calendar`], with a bundled default (jiff-style): the years
//! 2004-2026 generated from PyPI `chinesecalendar==1.11.0` by `scripts/gen_calendar.py` (with one
//! documented correction: 2005-12-31 was a working Saturday under the 2006 notice). Portals add a
//! newer year at runtime ([`Calendar::from_json`]) in holiday-cn's JSON format or in this project's
//! own format. A year with no data is never treated as "weekends only": [`Calendar::day`] says the
//! year is not covered, and every result that depends on it is marked provisional.
//!
//! Rule for a day `D` (LEGAL.md §7.4): `D` is a rest day when a notice makes it one (`isOffDay:
//! true`), or when it is a Saturday or Sunday that no notice made a working day.

mod generated;
mod shift;

pub use shift::OnRestDay;

use crate::date::CivilDate;
use crate::error::{Error, ErrorKind};
use chrono::{Datelike, Weekday};
use serde::Serialize;
use serde_json::Value;

/// One named day of a year: a holiday (rest) or a weekend day made a working day (调休上班).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Day {
    /// Day of the year, 0-based.
    ordinal: u16,
    /// Index into the holiday names (bundled names first, then the year's own names).
    holiday: u8,
    rest: bool,
    /// The year of the notice that set this day (December 元旦 days belong to the next year's).
    notice: u16,
}

impl Day {
    pub(crate) const fn new(ordinal: u16, holiday: u8, rest: bool, notice: u16) -> Day {
        Day { ordinal, holiday, rest, notice }
    }
}

/// A generated year: 366 rest-day bits and the named days.
pub(crate) struct BundledYear {
    year: i32,
    rest: [u64; 6],
    days: &'static [Day],
}

/// A State Council holiday notice as the bundled data records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Notice {
    year: i32,
    title: &'static str,
    /// 国办发明电〔20xx〕xx号, when a source available to the project states it; never invented.
    number: Option<&'static str>,
    urls: &'static [&'static str],
    extensions: &'static [NoticeExtension],
}

/// A later notice changing a year's arrangement (2020: the Spring Festival extension).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NoticeExtension {
    title: &'static str,
    number: Option<&'static str>,
    url: &'static str,
}

/// The notice behind a year's data, as it crosses a boundary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NoticeView {
    /// The year the notice arranges.
    pub year: i32,
    /// Title, e.g. 国务院办公厅关于2025年部分节假日安排的通知 (absent for runtime data without one).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Document number; `None` when no available source states it (it is never guessed).
    pub number: Option<String>,
    /// Where the notice was published.
    pub urls: Vec<String>,
    /// `bundled` (chinesecalendar 1.11.0) or `runtime` (added by the caller).
    pub source: &'static str,
    /// Later notices that changed the arrangement.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub extensions: Vec<NoticeView>,
}

/// A year added at runtime, or a bundled year changed by a runtime notice (December spill-over).
#[derive(Debug, Clone, PartialEq, Eq)]
struct AddedYear {
    year: i32,
    /// False for a year known only from a few days of the next year's notice: still not covered.
    covered: bool,
    rest: [u64; 6],
    days: Vec<Day>,
    /// Holiday names this data brings that the bundled table does not know.
    names: Vec<String>,
    notice: Option<NoticeView>,
}

/// The name of a holiday, from the bundled table or from runtime data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HolidayName<'a> {
    /// One of chinesecalendar's holidays (index into its table).
    Known(u8),
    /// A name that runtime data gave (zh-Hans as written there).
    Custom(&'a str),
}

impl<'a> HolidayName<'a> {
    /// The name in zh-Hans, e.g. `国庆节`.
    pub fn zh_hans(&self) -> &'a str {
        match self {
            HolidayName::Known(i) => generated::HOLIDAY_NAMES.get(usize::from(*i)).map(|n| n.0).unwrap_or(""),
            HolidayName::Custom(s) => s,
        }
    }
    /// The (zh-Hans, en) names of a bundled holiday; `None` for a runtime name.
    pub fn bundled_names(&self) -> Option<(&'static str, &'static str)> {
        match self {
            HolidayName::Known(i) => generated::HOLIDAY_NAMES.get(usize::from(*i)).copied(),
            HolidayName::Custom(_) => None,
        }
    }
    /// The name in English; runtime names without a known English form stay as given.
    pub fn en(&self) -> &'a str {
        match self {
            HolidayName::Known(i) => generated::HOLIDAY_NAMES.get(usize::from(*i)).map(|n| n.1).unwrap_or(""),
            HolidayName::Custom(s) => s,
        }
    }
}

/// What kind of day a date is on the official calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayKind<'a> {
    /// A Monday-Friday working day.
    Workday,
    /// A Saturday or Sunday that is a rest day (no notice made it a working day).
    Weekend,
    /// A rest day set by a notice (statutory holiday or a day moved next to it).
    Holiday { name: HolidayName<'a>, notice: u16 },
    /// A day a notice made a working day (调休上班), usually a Saturday or Sunday.
    AdjustedWorkday { name: HolidayName<'a>, notice: u16 },
}

/// One date on the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayInfo<'a> {
    pub date: CivilDate,
    /// True for a rest day. For a year without data this is the weekday guess; see `covered`.
    pub rest: bool,
    /// False when a notice the date depends on is not loaded (its year's, or for 29-31 December
    /// the next year's): `rest` is then only a guess, and any result depending on it must be
    /// marked provisional.
    pub covered: bool,
    pub kind: DayKind<'a>,
}

/// The official calendar: the bundled years plus any years the caller added.
///
/// # Example
/// ```
/// use filing_check::calendar::Calendar;
/// let cal = Calendar::default();
/// let d = chrono::NaiveDate::from_ymd_opt(2025, 10, 11).unwrap(); // a Saturday, 调休上班
/// assert!(!cal.day(d).rest);
/// assert!(cal.covers(2026) && !cal.covers(2027));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Calendar {
    /// Sorted by year; a year here replaces the bundled one.
    added: Vec<AddedYear>,
}

/// A borrowed view of one year, bundled or added.
struct YearRef<'a> {
    covered: bool,
    rest: &'a [u64; 6],
    days: &'a [Day],
    names: &'a [String],
}

/// The most named days one runtime year may list (holiday-cn years have at most ~41).
const MAX_DAYS_PER_YEAR: usize = 400;
/// The most years one runtime calendar may add.
const MAX_ADDED_YEARS: usize = 200;

fn ordinal0(d: CivilDate) -> u16 {
    // ordinal0 is 0..=365, always fits.
    d.ordinal0() as u16
}

fn is_weekend(d: CivilDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

fn weekend_bits(year: i32) -> [u64; 6] {
    let mut bits = [0u64; 6];
    let mut d = CivilDate::from_ymd_opt(year, 1, 1);
    while let Some(day) = d {
        if day.year() != year {
            break;
        }
        if is_weekend(day) {
            set_bit(&mut bits, ordinal0(day), true);
        }
        d = day.succ_opt();
    }
    bits
}

fn set_bit(bits: &mut [u64; 6], ordinal: u16, on: bool) {
    let (word, bit) = (usize::from(ordinal / 64), ordinal % 64);
    if let Some(w) = bits.get_mut(word) {
        if on {
            *w |= 1 << bit;
        } else {
            *w &= !(1 << bit);
        }
    }
}

fn get_bit(bits: &[u64; 6], ordinal: u16) -> bool {
    bits.get(usize::from(ordinal / 64)).is_some_and(|w| w >> (ordinal % 64) & 1 == 1)
}

impl Calendar {
    /// The bundled calendar (2004-2026). Same as `Calendar::default()`; costs nothing.
    pub fn bundled() -> Calendar {
        Calendar::default()
    }

    /// The first and last year of the bundled data.
    pub fn bundled_years() -> (i32, i32) {
        (generated::FIRST_YEAR, generated::LAST_YEAR)
    }

    fn year(&self, year: i32) -> Option<YearRef<'_>> {
        if !self.added.is_empty() {
            if let Ok(i) = self.added.binary_search_by_key(&year, |a| a.year) {
                let a = &self.added[i];
                return Some(YearRef { covered: a.covered, rest: &a.rest, days: &a.days, names: &a.names });
            }
        }
        let index = usize::try_from(year - generated::FIRST_YEAR).ok()?;
        let b = generated::YEARS.get(index)?;
        debug_assert_eq!(b.year, year);
        Some(YearRef { covered: true, rest: &b.rest, days: b.days, names: &[] })
    }

    /// True when the notice for `year` is loaded (bundled or added).
    pub fn covers(&self, year: i32) -> bool {
        self.year(year).is_some_and(|y| y.covered)
    }

    /// The year of the notice `date` depends on when that notice is not loaded: the date's own
    /// year, or for 29-31 December the next year (its 元旦 arrangement has moved these days before:
    /// 2007-12-29, 2011-12-31, 2018-12-29 were worked, 2007-12-31 and 2018-12-31 were rest days).
    pub fn missing_notice_year(&self, date: CivilDate) -> Option<i32> {
        let year = date.year();
        if !self.covers(year) {
            Some(year)
        } else if date.month() == 12 && date.day() >= 29 && !self.covers(year + 1) {
            Some(year + 1)
        } else {
            None
        }
    }

    /// Whether `date` is a rest day: `Some(true)` rest, `Some(false)` working day, `None` when a
    /// notice it depends on is not loaded (see [`Calendar::missing_notice_year`]; never guessed
    /// here). The hot path: one bit test.
    pub fn is_rest_day(&self, date: CivilDate) -> Option<bool> {
        let y = self.year(date.year())?;
        let ord = ordinal0(date);
        if date.month() == 12 && date.day() >= 29 && !self.covers(date.year() + 1) {
            // The next year's notice may still move this day.
            return None;
        }
        if y.covered {
            Some(get_bit(y.rest, ord))
        } else {
            y.days.iter().find(|d| d.ordinal == ord).map(|d| d.rest)
        }
    }

    /// Everything the calendar knows about `date`, with the holiday name behind a rest day.
    pub fn day(&self, date: CivilDate) -> DayInfo<'_> {
        let weekend = is_weekend(date);
        let ord = ordinal0(date);
        let Some(y) = self.year(date.year()) else {
            let kind = if weekend { DayKind::Weekend } else { DayKind::Workday };
            return DayInfo { date, rest: weekend, covered: false, kind };
        };
        let named = y.days.binary_search_by_key(&ord, |d| d.ordinal).ok().and_then(|i| y.days.get(i));
        let name_of = |d: &Day| -> HolidayName<'_> {
            let known = generated::HOLIDAY_NAMES.len();
            let i = usize::from(d.holiday);
            if i < known {
                HolidayName::Known(d.holiday)
            } else {
                HolidayName::Custom(y.names.get(i - known).map(String::as_str).unwrap_or(""))
            }
        };
        let (rest, kind) = match named {
            Some(d) if d.rest => (true, DayKind::Holiday { name: name_of(d), notice: d.notice }),
            Some(d) => (false, DayKind::AdjustedWorkday { name: name_of(d), notice: d.notice }),
            None if weekend => (true, DayKind::Weekend),
            None => (false, DayKind::Workday),
        };
        // A covered year's bit set is the authority; the named days only explain it.
        let rest = if y.covered { get_bit(y.rest, ord) } else { rest };
        let next_notice_missing = date.month() == 12 && date.day() >= 29 && !self.covers(date.year() + 1);
        DayInfo { date, rest, covered: (y.covered || named.is_some()) && !next_notice_missing, kind }
    }

    /// The notice behind `year`'s data, if the year is covered.
    pub fn notice(&self, year: i32) -> Option<NoticeView> {
        if let Ok(i) = self.added.binary_search_by_key(&year, |a| a.year) {
            if let Some(n) = &self.added[i].notice {
                return Some(n.clone());
            }
        }
        let n = generated::NOTICES.iter().find(|n| n.year == year)?;
        Some(bundled_notice_view(n))
    }

    /// Every covered year, ascending.
    pub fn covered_years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = (generated::FIRST_YEAR..=generated::LAST_YEAR).collect();
        for a in &self.added {
            if a.covered && !years.contains(&a.year) {
                years.push(a.year);
            }
        }
        years.sort_unstable();
        years
    }

    /// The bundled calendar plus the years in `value`.
    ///
    /// `value` is one of:
    /// - a holiday-cn year, `{"year": 2027, "papers": [...], "days": [{"name", "date", "isOffDay"}]}`
    ///   (<https://github.com/NateScarlet/holiday-cn>, `schema.json`);
    /// - an array of such years;
    /// - this project's format, `{"format": "filing-check-calendar", "version": 1, "years": [...]}`,
    ///   whose years are holiday-cn years with optional `"title"` and `"number"` (the notice's
    ///   document number) fields.
    ///
    /// A year replaces the bundled one. As in holiday-cn, a year's `days` may include late
    /// December days of the previous year (its 元旦 arrangement).
    ///
    /// # Errors
    /// `invalid_data` when the value is not one of these shapes, a date is malformed or outside
    /// its year, a day is listed twice with different values, or a year lists no days at all (an
    /// empty placeholder such as holiday-cn's `2027.json` before the notice is published: loading
    /// it must not make the year look covered).
    ///
    /// # Example
    /// ```
    /// use filing_check::calendar::Calendar;
    /// let year = serde_json::json!({"year": 2027, "papers": [], "days": [
    ///     {"name": "元旦", "date": "2027-01-01", "isOffDay": true}]});
    /// let cal = Calendar::from_json(&year).unwrap();
    /// assert!(cal.covers(2027));
    /// ```
    pub fn from_json(value: &Value) -> Result<Calendar, Error> {
        let mut cal = Calendar::default();
        cal.add_json(value)?;
        Ok(cal)
    }

    /// Adds the years in `value` (see [`Calendar::from_json`] for the shapes).
    ///
    /// # Errors
    /// `invalid_data`, as for [`Calendar::from_json`]; on error `self` is unchanged.
    pub fn add_json(&mut self, value: &Value) -> Result<(), Error> {
        let years: Vec<&Value> = match value {
            Value::Array(items) => items.iter().collect(),
            Value::Object(o) if o.contains_key("years") => {
                match o.get("format").and_then(Value::as_str) {
                    Some("filing-check-calendar") => {}
                    _ => return Err(bad("calendar.format: expected \"filing-check-calendar\"")),
                }
                match o.get("version").and_then(Value::as_u64) {
                    Some(1) => {}
                    _ => return Err(bad("calendar.version: expected 1")),
                }
                match o.get("years") {
                    Some(Value::Array(items)) => items.iter().collect(),
                    _ => return Err(bad("calendar.years: expected an array of years")),
                }
            }
            Value::Object(_) => vec![value],
            _ => return Err(bad("calendar: expected a holiday-cn year, an array of years, or {\"format\": \"filing-check-calendar\", …}")),
        };
        if years.len() + self.added.len() > MAX_ADDED_YEARS {
            return Err(bad(&format!("calendar: at most {MAX_ADDED_YEARS} years may be added")));
        }
        let mut next = self.clone();
        for (i, y) in years.iter().enumerate() {
            next.add_year(y, i)?;
        }
        *self = next;
        Ok(())
    }

    fn add_year(&mut self, value: &Value, index: usize) -> Result<(), Error> {
        let at = |field: &str| format!("calendar.years[{index}].{field}");
        let o = value.as_object().ok_or_else(|| bad(&format!("calendar.years[{index}]: expected an object")))?;
        let year = o
            .get("year")
            .and_then(Value::as_i64)
            .filter(|y| (1900..=2199).contains(y))
            .ok_or_else(|| bad(&format!("{}: expected a year 1900-2199", at("year"))))? as i32;
        let strings = |field: &str| -> Result<Vec<String>, Error> {
            match o.get(field) {
                None => Ok(Vec::new()),
                Some(Value::Array(a)) => a
                    .iter()
                    .map(|v| v.as_str().map(String::from).ok_or_else(|| bad(&format!("{}: expected strings", at(field)))))
                    .collect(),
                Some(_) => Err(bad(&format!("{}: expected an array of strings", at(field)))),
            }
        };
        let papers = strings("papers")?;
        let opt_str = |field: &str| -> Result<Option<String>, Error> {
            match o.get(field) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::String(s)) => Ok(Some(s.clone())),
                Some(_) => Err(bad(&format!("{}: expected a string", at(field)))),
            }
        };
        let title = opt_str("title")?;
        let number = opt_str("number")?;
        let days = match o.get("days") {
            Some(Value::Array(d)) => d,
            _ => return Err(bad(&format!("{}: required, an array of {{name, date, isOffDay}}", at("days")))),
        };
        if days.is_empty() {
            return Err(bad(&format!(
                "calendar.years[{index}]: year {year} lists no days (an unpublished placeholder?); a year without its notice cannot be loaded"
            )));
        }
        if days.len() > MAX_DAYS_PER_YEAR {
            return Err(bad(&format!("{}: at most {MAX_DAYS_PER_YEAR} days per year", at("days"))));
        }
        // (date, rest, name) in date order; checked before anything changes.
        let mut parsed: Vec<(CivilDate, bool, String)> = Vec::with_capacity(days.len());
        for (j, d) in days.iter().enumerate() {
            let field = format!("{}[{j}]", at("days"));
            let date_text = d.get("date").and_then(Value::as_str).ok_or_else(|| bad(&format!("{field}.date: required")))?;
            let date = crate::date::parse_civil_date(date_text, &format!("{field}.date"))
                .map_err(|e| bad(e.message()))?;
            if date.year() != year && date.year() != year - 1 {
                return Err(bad(&format!("{field}.date: {date_text} is not in {year} (or the end of {})", year - 1)));
            }
            let rest = d.get("isOffDay").and_then(Value::as_bool).ok_or_else(|| bad(&format!("{field}.isOffDay: required, a boolean")))?;
            let name = d.get("name").and_then(Value::as_str).ok_or_else(|| bad(&format!("{field}.name: required, a string")))?;
            if name.chars().count() > 64 {
                return Err(bad(&format!("{field}.name: at most 64 characters")));
            }
            parsed.push((date, rest, name.to_string()));
        }
        parsed.sort_by_key(|p| p.0);
        for w in parsed.windows(2) {
            if w[0].0 == w[1].0 && w[0].1 != w[1].1 {
                return Err(bad(&format!("{}: {} is listed as both a rest day and a working day", at("days"), w[0].0)));
            }
        }
        parsed.dedup_by_key(|p| p.0);
        let notice = NoticeView { year, title, number, urls: papers, source: "runtime", extensions: Vec::new() };
        let notice_year = year as u16;

        // The year itself: weekends, then this notice's days, keeping days of year+1's notice.
        let mut table = AddedYear {
            year,
            covered: true,
            rest: weekend_bits(year),
            days: Vec::new(),
            names: Vec::new(),
            notice: Some(notice),
        };
        if let Some(old) = self.owned_or_bundled(year) {
            for d in old.days.iter().filter(|d| d.notice > notice_year) {
                let name = old.name(d).to_string();
                table.set(d.ordinal, d.rest, &name, d.notice);
            }
        }
        for (date, rest, name) in parsed.iter().filter(|p| p.0.year() == year) {
            table.set(ordinal0(*date), *rest, name, notice_year);
        }
        self.put(table);

        // Late-December days of the previous year (holiday-cn keys a file by the notice's year).
        let spill: Vec<&(CivilDate, bool, String)> = parsed.iter().filter(|p| p.0.year() == year - 1).collect();
        if !spill.is_empty() {
            let mut prev = self.owned_or_bundled(year - 1).unwrap_or_else(|| AddedYear {
                year: year - 1,
                covered: false,
                rest: weekend_bits(year - 1),
                days: Vec::new(),
                names: Vec::new(),
                notice: None,
            });
            for (date, rest, name) in spill {
                prev.set(ordinal0(*date), *rest, name, notice_year);
            }
            self.put(prev);
        }
        Ok(())
    }

    /// An owned copy of a year's table (added or bundled), to modify.
    fn owned_or_bundled(&self, year: i32) -> Option<AddedYear> {
        if let Ok(i) = self.added.binary_search_by_key(&year, |a| a.year) {
            return Some(self.added[i].clone());
        }
        let b = generated::YEARS.get(usize::try_from(year - generated::FIRST_YEAR).ok()?)?;
        let notice = generated::NOTICES.iter().find(|n| n.year == year).map(bundled_notice_view);
        Some(AddedYear { year, covered: true, rest: b.rest, days: b.days.to_vec(), names: Vec::new(), notice })
    }

    fn put(&mut self, table: AddedYear) {
        match self.added.binary_search_by_key(&table.year, |a| a.year) {
            Ok(i) => self.added[i] = table,
            Err(i) => self.added.insert(i, table),
        }
    }
}

impl AddedYear {
    fn name(&self, d: &Day) -> &str {
        let known = generated::HOLIDAY_NAMES.len();
        let i = usize::from(d.holiday);
        if i < known {
            generated::HOLIDAY_NAMES[i].0
        } else {
            self.names.get(i - known).map(String::as_str).unwrap_or("")
        }
    }

    /// Sets one named day (and its rest bit), mapping holiday-cn names to the bundled ones.
    fn set(&mut self, ordinal: u16, rest: bool, name: &str, notice: u16) {
        let holiday = match known_holiday(name) {
            Some(i) => i,
            None => {
                let known = generated::HOLIDAY_NAMES.len();
                let pos = match self.names.iter().position(|n| n == name) {
                    Some(p) => p,
                    None => {
                        self.names.push(name.to_string());
                        self.names.len() - 1
                    }
                };
                // At most 400 distinct names per year (MAX_DAYS_PER_YEAR) could overflow u8:
                // clamp to the last custom slot rather than wrap.
                u8::try_from(known + pos).unwrap_or(u8::MAX)
            }
        };
        let day = Day::new(ordinal, holiday, rest, notice);
        match self.days.binary_search_by_key(&ordinal, |d| d.ordinal) {
            Ok(i) => self.days[i] = day,
            Err(i) => self.days.insert(i, day),
        }
        set_bit(&mut self.rest, ordinal, rest);
    }
}

/// Maps the names holiday-cn uses to chinesecalendar's holidays.
fn known_holiday(name: &str) -> Option<u8> {
    let index = match name {
        "元旦" => 0,
        "春节" => 1,
        "清明" | "清明节" => 2,
        "劳动节" | "“五一”" | "“五一”国际劳动节" | "五一" => 3,
        "端午" | "端午节" => 4,
        "国庆节" | "“十一”" | "十一" => 5,
        "中秋" | "中秋节" => 6,
        "抗日战争暨世界反法西斯战争胜利70周年纪念日" | "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日" => 7,
        _ => return None,
    };
    Some(index)
}

fn bundled_notice_view(n: &Notice) -> NoticeView {
    NoticeView {
        year: n.year,
        title: Some(n.title.to_string()),
        number: n.number.map(String::from),
        urls: n.urls.iter().map(|u| u.to_string()).collect(),
        source: "bundled",
        extensions: n
            .extensions
            .iter()
            .map(|e| NoticeView {
                year: n.year,
                title: Some(e.title.to_string()),
                number: e.number.map(String::from),
                urls: vec![e.url.to_string()],
                source: "bundled",
                extensions: Vec::new(),
            })
            .collect(),
    }
}

fn bad(message: &str) -> Error {
    Error::new(ErrorKind::InvalidData, message.to_string())
}

/// The zh-Hans names of the bundled holidays (for the zh-Hant generator).
pub fn holiday_names_zh_hans() -> impl Iterator<Item = &'static str> {
    generated::HOLIDAY_NAMES.iter().map(|n| n.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> CivilDate {
        CivilDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn bit_sets_match_the_generated_checksum_and_have_no_bits_past_the_year_end() {
        let mut total = 0;
        for y in generated::YEARS.iter() {
            total += y.rest.iter().map(|w| w.count_ones()).sum::<u32>();
            let days = if CivilDate::from_ymd_opt(y.year, 2, 29).is_some() { 366 } else { 365 };
            for ord in days..384u16 {
                assert!(!get_bit(&y.rest, ord), "{}: bit {ord}", y.year);
            }
            // Named days are sorted (binary search relies on it) and agree with the bits.
            assert!(y.days.windows(2).all(|w| w[0].ordinal < w[1].ordinal), "{}", y.year);
            for d in y.days {
                assert_eq!(get_bit(&y.rest, d.ordinal), d.rest, "{} day {}", y.year, d.ordinal);
            }
        }
        assert_eq!(total, generated::REST_DAY_COUNT);
    }

    #[test]
    fn working_saturday_of_2005_12_31_follows_the_2006_notice() {
        let cal = Calendar::default();
        let info = cal.day(d(2005, 12, 31));
        assert!(!info.rest, "2005-12-31 was a working Saturday (2006 notice)");
        assert!(matches!(info.kind, DayKind::AdjustedWorkday { notice: 2006, .. }));
    }

    #[test]
    fn spring_festival_2020_extension_runs_to_february_2() {
        let cal = Calendar::default();
        // The extension (LEGAL.md §7.5 quirk 3) made 01-31…02-02 rest days; 02-03 work resumed.
        assert_eq!(cal.is_rest_day(d(2020, 1, 31)), Some(true));
        assert_eq!(cal.is_rest_day(d(2020, 2, 1)), Some(true), "the 02-01 working Saturday was cancelled");
        assert_eq!(cal.is_rest_day(d(2020, 2, 2)), Some(true));
        assert_eq!(cal.is_rest_day(d(2020, 2, 3)), Some(false));
        assert_eq!(cal.notice(2020).unwrap().extensions[0].number.as_deref(), Some("国办发明电〔2020〕1号"));
    }

    #[test]
    fn uncovered_year_is_never_guessed() {
        let cal = Calendar::default();
        assert_eq!(cal.is_rest_day(d(2027, 1, 4)), None);
        assert!(!cal.day(d(2027, 1, 2)).covered);
        assert_eq!(cal.is_rest_day(d(2003, 6, 2)), None);
        // 29-31 December wait for the next year's notice.
        assert_eq!(cal.is_rest_day(d(2026, 12, 31)), None);
        assert_eq!(cal.missing_notice_year(d(2026, 12, 29)), Some(2027));
        assert_eq!(cal.missing_notice_year(d(2026, 12, 28)), None);
        assert_eq!(cal.is_rest_day(d(2025, 12, 31)), Some(false));
    }

    #[test]
    fn empty_placeholder_year_is_refused() {
        let v = serde_json::json!({"year": 2027, "papers": [], "days": []});
        assert_eq!(Calendar::from_json(&v).unwrap_err().code(), "invalid_data");
    }

    #[test]
    fn runtime_year_with_december_spill_over() {
        // A made-up 2027 notice moving 2026-12-31 (Thursday) to a rest day.
        let v = serde_json::json!({"year": 2027, "papers": ["x"], "days": [
            {"name": "元旦", "date": "2026-12-31", "isOffDay": true},
            {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
            {"name": "元旦", "date": "2027-01-02", "isOffDay": false}]});
        let cal = Calendar::from_json(&v).unwrap();
        assert!(cal.covers(2027));
        assert_eq!(cal.is_rest_day(d(2026, 12, 31)), Some(true));
        assert_eq!(cal.is_rest_day(d(2027, 1, 2)), Some(false));
        assert_eq!(cal.is_rest_day(d(2027, 1, 3)), Some(true));
        // The rest of 2026 is untouched.
        assert_eq!(cal.is_rest_day(d(2026, 10, 10)), Some(false));
        assert_eq!(cal.notice(2026).unwrap().source, "bundled");
    }
}
