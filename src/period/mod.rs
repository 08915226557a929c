//! Statutory periods (期间): day, month, year and working-day arithmetic on the official calendar,
//! with the steps that explain a result.
//!
//! The rules (LEGAL.md §0.1):
//! - P1: the day the period starts is not counted (行诉解释 第四十八条第二款; 民诉法 第八十五条第二款).
//! - P2: a last day that is a rest day (节假日 / 法定休假日) moves to the first working day after it
//!   (行诉解释 第四十八条第三款; 民诉法 第八十五条第三款). A 调休 working Saturday is a working day.
//! - P3: 在途时间 is excluded: a document posted (交邮) before expiry is in time
//!   (行诉解释 第四十八条第四款; 民诉法 第八十五条第四款). See [`Computation::postmark_in_time`].
//! - P4: month and year periods end on the corresponding day of the final month, or on its last
//!   day when it has none ([`MonthEndMode::CorrespondingDayElseMonthEnd`], 民法典 第二百零二条).
//!   The procedural texts do not spell this out: applying the civil-law rule to litigation
//!   periods is an interpretive choice, and results say so.
//! - P5: working-day periods (工作日) count only working days, where a statute says so: the
//!   [`WorkingDayRule`] names it (行政复议法(2023) 第八十八条第二款: 三日、五日、七日、十日;
//!   行政复议法(2017) 第四十条第二款: 五日、七日; 行政强制法 第六十九条: 十日以内).
//!
//! A year whose holiday notice is not loaded still has its statutory holidays (certain rest days,
//! [`crate::calendar`]); only its 调休 is pending. A computation is `provisional` only when a
//! day that decided it could still be moved by such a 调休, with a warning naming the year and
//! the day, and [`Computation::latest_due`] says how far the due day could move at most.
//!
//! What this does not do: delays (行诉法 第四十八条, 民诉法 第八十六条) and suspensions are decided
//! by the court; they are warnings, not arithmetic.

use crate::calendar::{Calendar, DayKind, HolidayName};
use crate::date::{format_civil_date, CivilDate};
use crate::error::{Error, ErrorKind};
use crate::i18n::Lang;
use crate::law::{self, Citation, CitationView};
use crate::i18n::{Args, MessageTemplate};
use chrono::{Datelike, Months, Weekday};
use serde::Serialize;

/// The unit of a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// Calendar days (日).
    Days,
    /// Months (月).
    Months,
    /// Years (年).
    Years,
    /// Working days (工作日): days that are not rest days on the official calendar.
    WorkingDays,
}

/// A period such as 15 days (`15d`), 6 months (`6m`), 1 year (`1y`) or 5 working days (`5wd`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    pub count: u32,
    pub unit: Unit,
}

impl Period {
    /// `count` days.
    pub const fn days(count: u32) -> Period {
        Period { count, unit: Unit::Days }
    }
    /// `count` months.
    pub const fn months(count: u32) -> Period {
        Period { count, unit: Unit::Months }
    }
    /// `count` years.
    pub const fn years(count: u32) -> Period {
        Period { count, unit: Unit::Years }
    }
    /// `count` working days.
    pub const fn working_days(count: u32) -> Period {
        Period { count, unit: Unit::WorkingDays }
    }

    /// Parses `<N>d`, `<N>m`, `<N>y` or `<N>wd` (N from 1; at most 36600 days, 1200 months,
    /// 100 years or 2000 working days).
    ///
    /// # Errors
    /// `invalid_period` for anything else.
    ///
    /// # Example
    /// ```
    /// use filing_check::period::Period;
    /// assert_eq!(Period::parse("5wd").unwrap(), Period::working_days(5));
    /// assert!(Period::parse("15 days").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<Period, Error> {
        let invalid = || {
            Error::new(
                ErrorKind::InvalidPeriod,
                format!("period: expected <N>d, <N>m, <N>y or <N>wd (e.g. 15d, 6m, 1y, 5wd), got {:?}", crate::date::truncate(text)),
            )
        };
        let digits = text.bytes().take_while(u8::is_ascii_digit).count();
        let (number, suffix) = text.split_at(digits);
        if number.is_empty() || number.len() > 6 || number.starts_with('0') {
            return Err(invalid());
        }
        let count: u32 = number.parse().map_err(|_| invalid())?;
        let (unit, max) = match suffix {
            "d" => (Unit::Days, 36_600),
            "m" => (Unit::Months, 1_200),
            "y" => (Unit::Years, 100),
            "wd" => (Unit::WorkingDays, 2_000),
            _ => return Err(invalid()),
        };
        if count > max {
            return Err(Error::new(ErrorKind::InvalidPeriod, format!("period: {text} is longer than the {max} allowed")));
        }
        Ok(Period { count, unit })
    }
}

impl Period {
    /// The period in words, for a message: `15日`, `6个月`, `1年`, `5个工作日` (zh-Hant `6個月`,
    /// `5個工作日`); in English `15 days`, `6 months`, `1 year`, `5 working days`.
    /// (`Display` gives the code, `15d`, which only code reads.)
    pub fn words(&self, lang: Lang) -> String {
        let n = self.count;
        match (lang, self.unit) {
            (Lang::En, unit) => {
                let noun = match unit {
                    Unit::Days => "day",
                    Unit::Months => "month",
                    Unit::Years => "year",
                    Unit::WorkingDays => "working day",
                };
                format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
            }
            (_, Unit::Days) => format!("{n}日"),
            (_, Unit::Years) => format!("{n}年"),
            (Lang::ZhHans, Unit::Months) => format!("{n}个月"),
            (_, Unit::Months) => format!("{n}個月"),
            (Lang::ZhHans, Unit::WorkingDays) => format!("{n}个工作日"),
            (_, Unit::WorkingDays) => format!("{n}個工作日"),
        }
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let suffix = match self.unit {
            Unit::Days => "d",
            Unit::Months => "m",
            Unit::Years => "y",
            Unit::WorkingDays => "wd",
        };
        write!(f, "{}{}", self.count, suffix)
    }
}

/// Which statute makes a period count working days (工作日, 不含法定节假日), and so which article a
/// result cites. The arithmetic is the same for all: count the days that are not rest days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WorkingDayRule {
    /// 行政复议法(2023) 第八十八条第二款: “三日”“五日”“七日”“十日” are working days, 不含法定休假日.
    /// The default for a working-day period that names no statute (op `deadline` with `5wd`).
    AdminReconsideration2023,
    /// 行政复议法(2017) 第四十条第二款: “五日”“七日” are working days, 不含节假日.
    AdminReconsideration2017,
    /// 行政强制法 第六十九条: “本法中十日以内期限的规定是指工作日，不含法定节假日”.
    AdminCoercion,
}

impl WorkingDayRule {
    /// Stable id of the mode.
    pub fn id(self) -> &'static str {
        match self {
            WorkingDayRule::AdminReconsideration2023 => "arl-2023-art-88",
            WorkingDayRule::AdminReconsideration2017 => "arl-2017-art-40",
            WorkingDayRule::AdminCoercion => "admin-coercion-art-69",
        }
    }
    /// The article that makes the period count working days.
    pub fn citation(self) -> Citation {
        match self {
            WorkingDayRule::AdminReconsideration2023 => Citation::article(law::ADMIN_RECONSIDERATION_LAW_2023, 88).paragraph(2),
            WorkingDayRule::AdminReconsideration2017 => Citation::article(law::ADMIN_RECONSIDERATION_LAW_2017, 40).paragraph(2),
            WorkingDayRule::AdminCoercion => Citation::article(law::ADMIN_COERCION_LAW_2011, 69),
        }
    }
}

/// How a month or year period ends when the final month has no corresponding day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthEndMode {
    /// 民法典 第二百零二条: the corresponding day of the final month, else its last day
    /// (2024-01-31 + 1 month = 2024-02-29). Applied to litigation periods by interpretation.
    CorrespondingDayElseMonthEnd,
}

impl MonthEndMode {
    /// Stable id of the mode.
    pub fn id(self) -> &'static str {
        "corresponding-day-else-month-end"
    }
}

/// The name of a holiday as a step carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HolidayLabel {
    Known { zh_hans: &'static str, en: &'static str },
    Custom(String),
}

impl HolidayLabel {
    fn of(name: HolidayName<'_>) -> HolidayLabel {
        match name.bundled_names() {
            Some((zh_hans, en)) => HolidayLabel::Known { zh_hans, en },
            None => HolidayLabel::Custom(name.zh_hans().to_string()),
        }
    }
    fn render(&self, lang: Lang) -> String {
        match (self, lang) {
            (HolidayLabel::Known { en, .. }, Lang::En) => (*en).to_string(),
            (HolidayLabel::Known { zh_hans, .. }, Lang::ZhHans) => (*zh_hans).to_string(),
            (HolidayLabel::Known { zh_hans, .. }, Lang::ZhHant) => {
                crate::i18n::zh_hant::holiday_name(zh_hans).unwrap_or(zh_hans).to_string()
            }
            (HolidayLabel::Custom(s), _) => s.clone(),
        }
    }
    /// The zh-Hans name (the value put in `args`).
    pub fn zh_hans(&self) -> &str {
        match self {
            HolidayLabel::Known { zh_hans, .. } => zh_hans,
            HolidayLabel::Custom(s) => s,
        }
    }
}

/// One step of a computation. Rendered with [`Step::render`]; tests assert [`Step::id`] and
/// [`Step::args`], never wording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// P1: the start day is not counted.
    StartExcluded { from: CivilDate, first: CivilDate },
    /// The last day before any rest-day adjustment.
    RawEnd { period: Period, end: CivilDate },
    /// P4: the final month has no corresponding day; its last day is used.
    MonthEnd { wanted_day: u32, end: CivilDate },
    /// A rest day that a notice set (holiday or a day moved next to it).
    RestHoliday { date: CivilDate, holiday: HolidayLabel, notice: u16 },
    /// A Saturday or Sunday that is a rest day.
    RestWeekend { date: CivilDate },
    /// A holiday that 《全国年节及纪念日放假办法》 第二条 dates, in a year whose notice is not loaded:
    /// a certain rest day.
    RestStatutory { date: CivilDate, holiday: HolidayLabel, citation: Citation },
    /// A Saturday or Sunday counted as a rest day while `year`'s notice, which could make it a
    /// working day, is not loaded.
    RestUnknownYear { date: CivilDate, year: i32 },
    /// A weekend day that a notice made a working day: not a rest day, so no extension.
    AdjustedWorkday { date: CivilDate, holiday: HolidayLabel, notice: u16 },
    /// P2: the period ends on the first working day after the rest days.
    Extended { end: CivilDate, due: CivilDate },
    /// P5: the working-day count.
    WorkingDays { count: u32, first: CivilDate, due: CivilDate, rest_days: u32 },
    /// Warning: `year`'s notice is not loaded and could still change `date`, a day the result
    /// depends on. `swap` is `Some(estimate)` when only the 调休 is pending (the statutory holidays
    /// are known; `estimate` is the day's rest status as counted), `None` when the year has no
    /// data at all.
    Provisional { year: i32, date: CivilDate, swap: Option<bool> },
    /// P3: posted before expiry.
    PostmarkInTime { postmark: CivilDate, due: CivilDate },
    /// Posted after expiry.
    PostmarkLate { postmark: CivilDate, due: CivilDate },
    /// An act due at least `period` before an event (开庭三日前): counted back from the event.
    BeforeEvent { period: Period, event: CivilDate, latest: CivilDate },
    /// Warning: the trigger predates the oldest encoded text; the oldest encoded rule was used.
    /// No longer emitted by [`crate::windows::compute`] (issue 17: such a window is not computed and
    /// says `older_text_not_encoded`); kept so the message id stays known to callers.
    OlderText { trigger: CivilDate, in_force_from: CivilDate },
}

macro_rules! t {
    ($id:expr, $zh:expr, $en:expr) => {
        MessageTemplate::new($id, $zh, $en)
    };
}

/// Every step message (zh-Hans first, then en; zh-Hant: the generated table, [`crate::i18n::zh_hant`]).
pub static STEP_MESSAGES: &[MessageTemplate] = &[
    t!("start_excluded", "期间开始的当日（{from}）不计入期间，自次日{first}起算",
        "The day the period starts ({from}) is not counted; counting begins on {first}"),
    t!("raw_end_days", "{count}日期间的最后一日为{end}", "The last day of the {count}-day period is {end}"),
    t!("raw_end_months", "{count}个月期间，到期月的对应日{end}为期间的最后一日",
        "For a {count}-month period the last day is the corresponding day of the final month, {end}"),
    t!("raw_end_years", "{count}年期间，到期年同月的对应日{end}为期间的最后一日",
        "For a {count}-year period the last day is the corresponding day of the final year, {end}"),
    t!("month_end", "到期月没有对应日（{day}日），以该月最后一日{end}为期间的最后一日（民法典第二百零二条，适用于诉讼期间属解释性选择）",
        "The final month has no day {day}; its last day, {end}, is the last day of the period (Civil Code art. 202, applied to litigation periods by interpretation)"),
    t!("rest_holiday", "{date}（{weekday}）为{holiday}假日，是休息日",
        "{date} ({weekday}) is a rest day of the {holiday} holiday"),
    t!("rest_weekend", "{date}为{weekday}，是休息日", "{date} is a {weekday}, a rest day"),
    t!("rest_unknown_year", "{date}为{weekday}，暂按休息日计；{year}年的调休安排尚未公布，该日可能被调为工作日",
        "{date} is a {weekday}, counted as a rest day for now; the {year} holiday notice (调休) is not yet published and could make it a working day"),
    t!("rest_statutory", "{date}（{weekday}）为{holiday}，是{basis}规定的全体公民放假日，确定为休息日，不待当年放假安排",
        "{date} ({weekday}) is {holiday}, a holiday for all citizens under {basis}: a certain rest day, whatever the year's notice says"),
    t!("adjusted_workday", "{date}虽为{weekday}，但依{notice}年放假安排为{holiday}调休上班日，不是休息日",
        "{date} is a {weekday} but a working day under the {notice} holiday arrangement ({holiday}), not a rest day"),
    t!("extended", "期间届满的最后一日{end}是休息日，以其后的第一个工作日{due}为期间届满的日期",
        "The last day, {end}, is a rest day; the period ends on the first working day after it, {due}"),
    t!("working_days", "自{first}起计算{count}个工作日（不含休息日{restDays}天），第{count}个工作日为{due}",
        "Counting {count} working days from {first} ({restDays} rest days not counted), the last is {due}"),
    t!("provisional", "{year}年的调休安排尚未公布：法定节假日已依《全国年节及纪念日放假办法》确定，但{date}（{weekday}）可能被调为{swap}，结果为暂定",
        "The {year} holiday notice (调休) is not yet published: the statutory holidays are certain under the Measures on National Holidays, but {date} ({weekday}) might become a {swap}, so the result is provisional"),
    t!("provisional_no_data", "{year}年的放假安排尚未载入，{date}是否为休息日无法确定，结果为暂定",
        "The {year} holiday notice is not loaded: whether {date} is a rest day is unknown, so the result is provisional"),
    t!("postmark_in_time", "诉讼文书于{postmark}交邮，在期间届满（{due}）前，不算过期；在途时间不计入期间",
        "Posted on {postmark}, before the period ended ({due}): in time; time in the post is not counted"),
    t!("before_event_days", "应在{event}的{count}日前完成，即不晚于{latest}（自该日倒数，休息日不顺延，属解释性计算）",
        "Due at least {count} days before {event}, i.e. by {latest} (counted back from that day; rest days do not move it; an interpretive reading)"),
    t!("before_event_working_days", "应在{event}的{count}个工作日前完成，即不晚于{latest}（倒数工作日）",
        "Due at least {count} working days before {event}, i.e. by {latest} (working days counted back)"),
    t!("older_text", "触发日{trigger}早于{inForceFrom}施行的规定，当时有效的文本未编码，按{inForceFrom}起施行的规定计算，请核对",
        "The trigger date {trigger} is before the text in force from {inForceFrom}; the older text is not encoded, so the later rule was used: check it"),
    t!("postmark_late", "诉讼文书于{postmark}交邮，已在期间届满（{due}）之后",
        "Posted on {postmark}, after the period ended ({due})"),
];

/// Formats a date for a message: `2025年10月5日` in Chinese, `2025-10-05` in English.
pub fn localized_date(d: CivilDate, lang: Lang) -> String {
    match lang {
        Lang::En => format_civil_date(d),
        Lang::ZhHans | Lang::ZhHant => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
    }
}

fn weekday_name(d: CivilDate, lang: Lang) -> &'static str {
    let i = d.weekday().num_days_from_monday() as usize;
    // The weekday names are written the same in both scripts.
    const ZH: [&str; 7] = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"];
    const EN: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    match lang {
        Lang::ZhHans | Lang::ZhHant => ZH[i],
        Lang::En => EN[i],
    }
}

impl Step {
    /// The message id, e.g. `rest_holiday`.
    pub fn id(&self) -> &'static str {
        match self {
            Step::StartExcluded { .. } => "start_excluded",
            Step::RawEnd { period, .. } => match period.unit {
                Unit::Days | Unit::WorkingDays => "raw_end_days",
                Unit::Months => "raw_end_months",
                Unit::Years => "raw_end_years",
            },
            Step::MonthEnd { .. } => "month_end",
            Step::RestHoliday { .. } => "rest_holiday",
            Step::RestWeekend { .. } => "rest_weekend",
            Step::RestUnknownYear { .. } => "rest_unknown_year",
            Step::RestStatutory { .. } => "rest_statutory",
            Step::AdjustedWorkday { .. } => "adjusted_workday",
            Step::Extended { .. } => "extended",
            Step::WorkingDays { .. } => "working_days",
            Step::Provisional { swap: Some(_), .. } => "provisional",
            Step::Provisional { swap: None, .. } => "provisional_no_data",
            Step::PostmarkInTime { .. } => "postmark_in_time",
            Step::PostmarkLate { .. } => "postmark_late",
            Step::BeforeEvent { period, .. } => match period.unit {
                Unit::WorkingDays => "before_event_working_days",
                _ => "before_event_days",
            },
            Step::OlderText { .. } => "older_text",
        }
    }

    /// The arguments, language-neutral: dates `YYYY-MM-DD`, weekdays `1`-`7` (Monday = 1),
    /// holiday names and citations in zh-Hans, a possible swap as `workday` or `restDay`.
    pub fn args(&self) -> Args {
        self.args_as(
            &|x| format_civil_date(*x),
            &|x| x.weekday().number_from_monday().to_string(),
            &|h| h.zh_hans().to_string(),
            &|c| c.render(Lang::ZhHans),
            &|to_rest| if to_rest { "restDay" } else { "workday" }.to_string(),
        )
    }

    /// The arguments with dates, weekdays and holiday names written by the given functions.
    fn args_as(
        &self,
        d: &dyn Fn(&CivilDate) -> String,
        wd: &dyn Fn(&CivilDate) -> String,
        name: &dyn Fn(&HolidayLabel) -> String,
        cite: &dyn Fn(&Citation) -> String,
        swap: &dyn Fn(bool) -> String,
    ) -> Args {
        match self {
            Step::StartExcluded { from, first } => crate::args![("from", d(from)), ("first", d(first))],
            Step::RawEnd { period, end } => crate::args![("count", period.count), ("end", d(end))],
            Step::MonthEnd { wanted_day, end } => crate::args![("day", wanted_day), ("end", d(end))],
            Step::RestHoliday { date, holiday, notice } | Step::AdjustedWorkday { date, holiday, notice } => crate::args![
                ("date", d(date)), ("weekday", wd(date)), ("holiday", name(holiday)), ("notice", notice)
            ],
            Step::RestWeekend { date } => crate::args![("date", d(date)), ("weekday", wd(date))],
            Step::RestUnknownYear { date, year } => crate::args![("date", d(date)), ("weekday", wd(date)), ("year", year)],
            Step::RestStatutory { date, holiday, citation } => crate::args![
                ("date", d(date)), ("weekday", wd(date)), ("holiday", name(holiday)), ("basis", cite(citation))
            ],
            Step::Extended { end, due } => crate::args![("end", d(end)), ("due", d(due))],
            Step::WorkingDays { count, first, due, rest_days } => {
                crate::args![("count", count), ("first", d(first)), ("due", d(due)), ("restDays", rest_days)]
            }
            Step::Provisional { year, date, swap: None } => crate::args![("year", year), ("date", d(date))],
            // A day counted as rest might become a working day, and the other way round.
            Step::Provisional { year, date, swap: Some(rest) } => {
                crate::args![("year", year), ("date", d(date)), ("weekday", wd(date)), ("swap", swap(!*rest))]
            }
            Step::PostmarkInTime { postmark, due } | Step::PostmarkLate { postmark, due } => {
                crate::args![("postmark", d(postmark)), ("due", d(due))]
            }
            Step::BeforeEvent { period, event, latest } => {
                crate::args![("count", period.count), ("event", d(event)), ("latest", d(latest))]
            }
            Step::OlderText { trigger, in_force_from } => {
                crate::args![("trigger", d(trigger)), ("inForceFrom", d(in_force_from))]
            }
        }
    }

    /// The step rendered in `lang`: dates and weekdays localised, holiday names translated.
    pub fn render(&self, lang: Lang) -> String {
        let args = self.args_as(
            &|x| localized_date(*x, lang),
            &|x| weekday_name(*x, lang).to_string(),
            &|h| h.render(lang),
            &|c| c.render(lang),
            &|to_rest| {
                match (lang, to_rest) {
                    (Lang::En, true) => "rest day",
                    (Lang::En, false) => "working day",
                    (_, true) => "休息日",
                    (_, false) => "工作日",
                }
                .to_string()
            },
        );
        match STEP_MESSAGES.iter().find(|m| m.id == self.id()) {
            Some(t) => crate::i18n::render(t, lang, &args),
            None => self.id().to_string(),
        }
    }

    /// The JSON form: `{id, args, message}`.
    pub fn to_view(&self, lang: Lang) -> StepView {
        StepView { id: self.id(), args: self.args(), message: self.render(lang) }
    }
}

/// A step as it crosses a boundary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct StepView {
    pub id: &'static str,
    pub args: Args,
    pub message: String,
}

/// The result of computing a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Computation {
    pub from: CivilDate,
    pub period: Period,
    /// The last day before any rest-day extension.
    pub raw_end: CivilDate,
    /// The day the period ends (期间届满的日期).
    pub due: CivilDate,
    /// True when the raw end was a rest day and the period was extended (P2).
    pub extended: bool,
    /// True when the month/year end used the last day of the month (P4).
    pub month_end_adjusted: bool,
    /// True when a notice not yet loaded could still change the due day (its 调休, see the
    /// warnings).
    pub provisional: bool,
    /// The latest the due day could be if every pending day went against the filer (a pending
    /// weekday became a rest day): the first day from the raw end that is certainly a working day
    /// (for working days: counting only certain working days). Equals `due` when not provisional;
    /// `None` when it is unbounded (a year with no data at all).
    pub latest_due: Option<CivilDate>,
    /// The statute that makes a working-day period count working days (`None` for other units).
    pub working_day_rule: Option<WorkingDayRule>,
    pub steps: Vec<Step>,
    pub warnings: Vec<Step>,
}

/// The longest run of consecutive rest days the arithmetic walks (the longest real one is 10).
const MAX_REST_RUN: u32 = 64;

/// Computes `period` from `from` (the day of the triggering event) on `calendar`.
///
/// A working-day period cites [`WorkingDayRule::AdminReconsideration2023`]; use
/// [`compute_working_days`] to name another statute.
///
/// # Errors
/// `invalid_date` when the result would fall after 9999 (a period that long is not real).
///
/// # Example
/// ```
/// use filing_check::{calendar::Calendar, period::{compute, Period}};
/// let from = chrono::NaiveDate::from_ymd_opt(2025, 9, 16).unwrap();
/// let c = compute(from, Period::days(15), &Calendar::default()).unwrap();
/// // 15 days end on 10-01, inside the 国庆/中秋 holiday (10-01…10-08): moved to 10-09.
/// assert_eq!(c.due.to_string(), "2025-10-09");
/// assert!(c.extended);
/// ```
pub fn compute(from: CivilDate, period: Period, calendar: &Calendar) -> Result<Computation, Error> {
    compute_working_days(from, period, WorkingDayRule::AdminReconsideration2023, calendar)
}

/// [`compute`], with `rule` naming the statute when `period` counts working days (ignored otherwise).
///
/// # Errors
/// As [`compute`].
///
/// # Example
/// ```
/// use filing_check::{calendar::Calendar, period::{compute_working_days, Period, WorkingDayRule}};
/// let from = chrono::NaiveDate::from_ymd_opt(2026, 9, 29).unwrap();
/// // 行政强制法 第五十六条、第六十九条: 5 working days; 10-01…10-08 are rest days (2026 notice).
/// let c = compute_working_days(from, Period::working_days(5), WorkingDayRule::AdminCoercion, &Calendar::default()).unwrap();
/// assert_eq!(c.due.to_string(), "2026-10-12");
/// ```
pub fn compute_working_days(from: CivilDate, period: Period, rule: WorkingDayRule, calendar: &Calendar) -> Result<Computation, Error> {
    let overflow = || Error::new(ErrorKind::InvalidDate, format!("from: {from} plus {period} is not a calendar date"));
    let first = from.succ_opt().ok_or_else(overflow)?;
    let mut steps = Vec::with_capacity(6);
    let mut warnings = Vec::new();
    steps.push(Step::StartExcluded { from, first });
    let mut month_end_adjusted = false;
    let mut provisional = false;
    if period.unit == Unit::WorkingDays {
        let mut day = from;
        let mut counted = 0;
        let mut rest_days = 0;
        while counted < period.count {
            day = day.succ_opt().ok_or_else(overflow)?;
            let info = calendar.day(day);
            if !info.certain {
                provisional = true;
                note_provisional(&info, &mut warnings);
            }
            if info.rest {
                rest_days += 1;
                match info.kind {
                    DayKind::Holiday { name, notice } => {
                        steps.push(Step::RestHoliday { date: day, holiday: HolidayLabel::of(name), notice });
                    }
                    DayKind::Statutory { name, citation } => {
                        steps.push(Step::RestStatutory { date: day, holiday: HolidayLabel::of(name), citation });
                    }
                    _ => {}
                }
            } else {
                counted += 1;
                if let DayKind::AdjustedWorkday { name, notice } = info.kind {
                    steps.push(Step::AdjustedWorkday { date: day, holiday: HolidayLabel::of(name), notice });
                }
            }
        }
        steps.push(Step::WorkingDays { count: period.count, first, due: day, rest_days });
        let latest_due = if provisional { latest_working_day(from, period.count, calendar) } else { Some(day) };
        return Ok(Computation {
            from,
            period,
            raw_end: day,
            due: day,
            extended: false,
            month_end_adjusted,
            provisional,
            latest_due,
            working_day_rule: Some(rule),
            steps,
            warnings,
        });
    }
    let raw_end = match period.unit {
        Unit::Days => from.checked_add_days(chrono::Days::new(u64::from(period.count))).ok_or_else(overflow)?,
        Unit::Months | Unit::Years => {
            // A year count beyond u32::MAX / 12 months is no date either (the types are public,
            // so the count can exceed what `Period::parse` accepts): an error, not an overflow.
            let months = if period.unit == Unit::Years { period.count.checked_mul(12).ok_or_else(overflow)? } else { period.count };
            // chrono clamps to the month's last day, which is exactly P4's rule.
            let end = from.checked_add_months(Months::new(months)).ok_or_else(overflow)?;
            if end.day() != from.day() {
                month_end_adjusted = true;
            }
            end
        }
        Unit::WorkingDays => from,
    };
    steps.push(Step::RawEnd { period, end: raw_end });
    if month_end_adjusted {
        steps.push(Step::MonthEnd { wanted_day: from.day(), end: raw_end });
    }
    let mut due = raw_end;
    let mut run = 0;
    loop {
        let info = calendar.day(due);
        if !info.certain {
            provisional = true;
            note_provisional(&info, &mut warnings);
        }
        if !info.rest {
            if let DayKind::AdjustedWorkday { name, notice } = info.kind {
                if matches!(due.weekday(), Weekday::Sat | Weekday::Sun) {
                    steps.push(Step::AdjustedWorkday { date: due, holiday: HolidayLabel::of(name), notice });
                }
            }
            break;
        }
        steps.push(match info.kind {
            DayKind::Holiday { name, notice } => Step::RestHoliday { date: due, holiday: HolidayLabel::of(name), notice },
            DayKind::Statutory { name, citation } => Step::RestStatutory { date: due, holiday: HolidayLabel::of(name), citation },
            _ => match info.pending {
                Some(year) => Step::RestUnknownYear { date: due, year },
                None => Step::RestWeekend { date: due },
            },
        });
        run += 1;
        if run > MAX_REST_RUN {
            return Err(Error::new(ErrorKind::InvalidData, format!("calendar: more than {MAX_REST_RUN} rest days in a row after {raw_end}")));
        }
        due = due.succ_opt().ok_or_else(overflow)?;
    }
    let extended = due != raw_end;
    if extended {
        steps.push(Step::Extended { end: raw_end, due });
    }
    let latest_due = if provisional { latest_working_day_from(raw_end, calendar) } else { Some(due) };
    Ok(Computation { from, period, raw_end, due, extended, month_end_adjusted, provisional, latest_due, working_day_rule: None, steps, warnings })
}

/// The first day from `raw_end` that is certainly a working day: the latest a calendar-day period
/// ending on `raw_end` could be due if every pending day became a rest day. `None` when no such
/// day comes within [`MAX_PENDING_RUN`] days (a year with no data at all).
fn latest_working_day_from(raw_end: CivilDate, calendar: &Calendar) -> Option<CivilDate> {
    let mut day = raw_end;
    for _ in 0..MAX_PENDING_RUN {
        if calendar.is_rest_day(day) == Some(false) {
            return Some(day);
        }
        day = day.succ_opt()?;
    }
    None
}

/// The `count`-th certain working day after `from` (pending days counted as rest days).
fn latest_working_day(from: CivilDate, count: u32, calendar: &Calendar) -> Option<CivilDate> {
    let mut day = from;
    let mut counted = 0;
    let mut pending_run = 0;
    while counted < count {
        day = day.succ_opt()?;
        match calendar.is_rest_day(day) {
            Some(false) => {
                counted += 1;
                pending_run = 0;
            }
            Some(true) => {}
            None => {
                pending_run += 1;
                if pending_run > MAX_PENDING_RUN {
                    return None;
                }
            }
        }
    }
    Some(day)
}

/// The longest run of pending days the bounds walk (a 调休 zone spans at most about 25 days).
const MAX_PENDING_RUN: u32 = 120;

/// The latest day for an act due at least `period` before `event` (e.g. a summons 开庭三日前).
///
/// Calendar days are counted back from the event without any rest-day adjustment (the duty is
/// the court's or the agency's: acting earlier is always possible); working days count back over
/// working days only. Month and year periods count back by calendar months.
///
/// # Errors
/// `invalid_date` when the result falls before year 1.
pub fn compute_before(event: CivilDate, period: Period, calendar: &Calendar) -> Result<Computation, Error> {
    let underflow = || Error::new(ErrorKind::InvalidDate, format!("{event} minus {period} is not a calendar date"));
    let mut warnings = Vec::new();
    let mut provisional = false;
    let latest = match period.unit {
        Unit::Days => event.checked_sub_days(chrono::Days::new(u64::from(period.count))).ok_or_else(underflow)?,
        Unit::Months => event.checked_sub_months(Months::new(period.count)).ok_or_else(underflow)?,
        Unit::Years => period
            .count
            .checked_mul(12)
            .and_then(|months| event.checked_sub_months(Months::new(months)))
            .ok_or_else(underflow)?,
        Unit::WorkingDays => {
            let mut day = event;
            let mut counted = 0;
            while counted < period.count {
                day = day.pred_opt().ok_or_else(underflow)?;
                let info = calendar.day(day);
                if !info.certain {
                    provisional = true;
                    note_provisional(&info, &mut warnings);
                }
                if !info.rest {
                    counted += 1;
                }
            }
            day
        }
    };
    Ok(Computation {
        from: event,
        period,
        raw_end: latest,
        due: latest,
        extended: false,
        month_end_adjusted: false,
        provisional,
        // Counting back, a pending day can only move the latest day earlier: no later bound.
        latest_due: Some(latest),
        working_day_rule: (period.unit == Unit::WorkingDays).then_some(WorkingDayRule::AdminReconsideration2023),
        steps: vec![Step::BeforeEvent { period, event, latest }],
        warnings,
    })
}

impl Computation {
    /// P3: whether a document posted (交邮) on `postmark` is in time. Posting on the last day
    /// itself is in time (the day runs to 24:00, 民法典 第二百零三条第二款).
    pub fn postmark_in_time(&self, postmark: CivilDate) -> bool {
        postmark <= self.due
    }

    /// The step explaining a postmark.
    pub fn postmark_step(&self, postmark: CivilDate) -> Step {
        if self.postmark_in_time(postmark) {
            Step::PostmarkInTime { postmark, due: self.due }
        } else {
            Step::PostmarkLate { postmark, due: self.due }
        }
    }

    /// The articles behind the arithmetic, in the texts in force on `from` (民诉法 第八十二条 of the
    /// 2017 text before 2022-01-01, 第八十五条 after).
    pub fn basis(&self, with_postmark: bool) -> Vec<Citation> {
        let cpl = if self.from < date(2022, 1, 1) {
            (law::CIVIL_PROCEDURE_LAW_2017, 82)
        } else if self.from < date(2024, 1, 1) {
            (law::CIVIL_PROCEDURE_LAW_2021, 85)
        } else {
            (law::CIVIL_PROCEDURE_LAW_2023, 85)
        };
        let mut out = vec![
            Citation::article(law::ALPL_INTERPRETATION_2018, 48).paragraph(2),
            Citation::article(cpl.0, cpl.1).paragraph(2),
        ];
        match self.period.unit {
            Unit::WorkingDays => {
                out.push(self.working_day_rule.unwrap_or(WorkingDayRule::AdminReconsideration2023).citation());
            }
            Unit::Months | Unit::Years => {
                out.push(Citation::article(law::CIVIL_CODE, 202));
            }
            Unit::Days => {}
        }
        if self.extended {
            out.push(Citation::article(law::ALPL_INTERPRETATION_2018, 48).paragraph(3));
            out.push(Citation::article(cpl.0, cpl.1).paragraph(3));
        }
        for s in &self.steps {
            if let Step::RestStatutory { citation, .. } = s {
                if !out.contains(citation) {
                    out.push(*citation);
                }
            }
        }
        if with_postmark {
            out.push(Citation::article(law::ALPL_INTERPRETATION_2018, 48).paragraph(4));
            out.push(Citation::article(cpl.0, cpl.1).paragraph(4));
        }
        out
    }
}

/// The due day of a period without its explanation: the hot path (no allocation; one bit test
/// per day looked at in a covered year). [`compute`] gives the same dates with steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Due {
    pub raw_end: CivilDate,
    pub due: CivilDate,
    pub extended: bool,
    pub provisional: bool,
    /// As [`Computation::latest_due`].
    pub latest_due: Option<CivilDate>,
}

/// Computes only the due day of `period` from `from` (see [`Due`]).
///
/// # Errors
/// `invalid_date` when the result would leave the calendar.
pub fn due(from: CivilDate, period: Period, calendar: &Calendar) -> Result<Due, Error> {
    let overflow = || Error::new(ErrorKind::InvalidDate, format!("from: {from} plus {period} is not a calendar date"));
    // A pending day: the estimate (statutory holidays and the weekday), and the result is provisional.
    let rest = |d: CivilDate, provisional: &mut bool| match calendar.is_rest_day(d) {
        Some(r) => r,
        None => {
            *provisional = true;
            calendar.day(d).rest
        }
    };
    let mut provisional = false;
    if period.unit == Unit::WorkingDays {
        let mut day = from;
        let mut counted = 0;
        while counted < period.count {
            day = day.succ_opt().ok_or_else(overflow)?;
            if !rest(day, &mut provisional) {
                counted += 1;
            }
        }
        let latest_due = if provisional { latest_working_day(from, period.count, calendar) } else { Some(day) };
        return Ok(Due { raw_end: day, due: day, extended: false, provisional, latest_due });
    }
    let raw_end = match period.unit {
        Unit::Days => from.checked_add_days(chrono::Days::new(u64::from(period.count))),
        Unit::Months => from.checked_add_months(Months::new(period.count)),
        _ => period.count.checked_mul(12).and_then(|months| from.checked_add_months(Months::new(months))),
    }
    .ok_or_else(overflow)?;
    let mut day = raw_end;
    let mut run = 0;
    while rest(day, &mut provisional) {
        run += 1;
        if run > MAX_REST_RUN {
            return Err(Error::new(ErrorKind::InvalidData, format!("calendar: more than {MAX_REST_RUN} rest days in a row after {raw_end}")));
        }
        day = day.succ_opt().ok_or_else(overflow)?;
    }
    let latest_due = if provisional { latest_working_day_from(raw_end, calendar) } else { Some(day) };
    Ok(Due { raw_end, due: day, extended: day != raw_end, provisional, latest_due })
}

/// Records (once per year) that a pending day's year has no notice.
fn note_provisional(info: &crate::calendar::DayInfo<'_>, warnings: &mut Vec<Step>) {
    let missing = info.pending.unwrap_or(info.date.year());
    if !warnings.iter().any(|w| matches!(w, Step::Provisional { year, .. } if *year == missing)) {
        let (first, last) = Calendar::statutory_years();
        let swap = (first..=last).contains(&missing).then_some(info.rest);
        warnings.push(Step::Provisional { year: missing, date: info.date, swap });
    }
}

fn date(y: i32, m: u32, d: u32) -> CivilDate {
    CivilDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// The end-of-month mode as reported with month and year periods.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct MonthEndModeView {
    pub id: &'static str,
    /// Always true: no procedural text settles month ends for litigation periods (LEGAL.md gap 6).
    pub interpretive: bool,
    pub citation: CitationView,
}

/// The working-day mode as reported with working-day periods.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct WorkingDayModeView {
    /// [`WorkingDayRule::id`], e.g. `admin-coercion-art-69`.
    pub id: &'static str,
    pub citation: CitationView,
}

/// The JSON result of a deadline computation (op `deadline`, and `windows` with a window).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct DeadlineView {
    pub from: String,
    pub period: String,
    pub raw_end: String,
    pub due: String,
    pub extended: bool,
    pub provisional: bool,
    /// When provisional: the latest the due day could be if the pending 调休 went against the
    /// filer ([`Computation::latest_due`]); absent when not provisional or unbounded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latest_due: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month_end_mode: Option<MonthEndModeView>,
    /// For working-day periods: the statute that makes them working days.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub working_day_mode: Option<WorkingDayModeView>,
    pub month_end_adjusted: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub postmark: Option<PostmarkView>,
    pub steps: Vec<StepView>,
    pub warnings: Vec<StepView>,
    pub basis: Vec<CitationView>,
    /// The holiday notices whose data the result used (years of the raw end and the due date).
    pub notices: Vec<crate::calendar::NoticeView>,
}

/// A postmark check's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct PostmarkView {
    pub date: String,
    pub in_time: bool,
}

impl DeadlineView {
    /// Renders `c` in `lang`, with a postmark check when one is given.
    pub fn of(c: &Computation, postmark: Option<CivilDate>, calendar: &Calendar, lang: Lang) -> DeadlineView {
        let mut steps: Vec<StepView> = c.steps.iter().map(|s| s.to_view(lang)).collect();
        if let Some(p) = postmark {
            steps.push(c.postmark_step(p).to_view(lang));
        }
        let mut notices = Vec::new();
        let mut years = vec![c.raw_end.year(), c.due.year()];
        if c.period.unit == Unit::WorkingDays {
            years = (c.from.year()..=c.due.year()).collect();
        }
        years.dedup();
        for y in years {
            if let Some(n) = calendar.notice(y) {
                notices.push(n);
            }
        }
        DeadlineView {
            from: format_civil_date(c.from),
            period: c.period.to_string(),
            raw_end: format_civil_date(c.raw_end),
            due: format_civil_date(c.due),
            extended: c.extended,
            provisional: c.provisional,
            latest_due: if c.provisional { c.latest_due.map(format_civil_date) } else { None },
            working_day_mode: c.working_day_rule.filter(|_| c.period.unit == Unit::WorkingDays).map(|r| WorkingDayModeView {
                id: r.id(),
                citation: r.citation().to_view(lang),
            }),
            month_end_mode: matches!(c.period.unit, Unit::Months | Unit::Years).then(|| MonthEndModeView {
                id: MonthEndMode::CorrespondingDayElseMonthEnd.id(),
                interpretive: true,
                citation: Citation::article(law::CIVIL_CODE, 202).to_view(lang),
            }),
            month_end_adjusted: c.month_end_adjusted,
            postmark: postmark.map(|p| PostmarkView { date: format_civil_date(p), in_time: c.postmark_in_time(p) }),
            steps,
            warnings: c.warnings.iter().map(|s| s.to_view(lang)).collect(),
            basis: c.basis(postmark.is_some()).iter().map(|x| x.to_view(lang)).collect(),
            notices,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> CivilDate {
        CivilDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn parses_periods_and_refuses_others() {
        assert_eq!(Period::parse("15d").unwrap(), Period::days(15));
        assert_eq!(Period::parse("6m").unwrap(), Period::months(6));
        assert_eq!(Period::parse("1y").unwrap(), Period::years(1));
        assert_eq!(Period::parse("10wd").unwrap(), Period::working_days(10));
        for bad in ["", "d", "0d", "015d", "15", "15D", "-1d", "1.5m", "15 d", "101y", "9999999d", "１５d"] {
            assert_eq!(Period::parse(bad).unwrap_err().code(), "invalid_period", "{bad:?}");
        }
    }

    #[test]
    fn fast_due_agrees_with_the_explained_computation() {
        let cal = Calendar::default();
        let periods = [Period::days(1), Period::days(15), Period::months(1), Period::months(6), Period::years(1),
            Period::working_days(5), Period::working_days(10)];
        let mut from = d(2004, 1, 1);
        let mut n = 0;
        while from < d(2028, 6, 1) {
            for p in periods {
                let slow = compute(from, p, &cal).unwrap();
                let fast = due(from, p, &cal).unwrap();
                assert_eq!((fast.due, fast.raw_end, fast.extended, fast.provisional, fast.latest_due),
                    (slow.due, slow.raw_end, slow.extended, slow.provisional, slow.latest_due), "{from} + {p}");
                n += 1;
            }
            from = from.checked_add_days(chrono::Days::new(3)).unwrap();
        }
        assert!(n > 15_000);
    }

    /// Found by fuzzing (fuzz target `period`): a year count above u32::MAX / 12, possible
    /// with the public constructors, overflowed `count * 12` (a panic with overflow checks, a
    /// wrapped and wrong month count without).
    #[test]
    fn huge_year_counts_are_errors_not_overflows() {
        let cal = Calendar::default();
        let from = d(2024, 1, 31);
        for count in [u32::MAX / 12 + 1, u32::MAX] {
            let p = Period::years(count);
            assert_eq!(compute(from, p, &cal).unwrap_err().code(), "invalid_date");
            assert_eq!(due(from, p, &cal).unwrap_err().code(), "invalid_date");
            assert_eq!(compute_before(from, p, &cal).unwrap_err().code(), "invalid_date");
        }
        // The fuzzer's input: 9999-12-31 (day 3652059 from CE) plus u32::MAX years.
        let from = CivilDate::from_num_days_from_ce_opt(3_652_059).unwrap();
        assert!(due(from, Period::years(u32::MAX), &cal).is_err());
        // Large but representable counts still compute.
        assert_eq!(due(d(2000, 2, 29), Period::years(100_001), &cal).unwrap().raw_end, d(102_001, 2, 28));
    }

    #[test]
    fn month_end_table() {
        // (from, period, raw end) — Catala-style table of the corresponding-day-else-month-end mode.
        let cal = Calendar::default();
        let table = [
            (d(2024, 1, 31), Period::months(1), d(2024, 2, 29), true),
            (d(2023, 1, 31), Period::months(1), d(2023, 2, 28), true),
            (d(2024, 2, 29), Period::years(1), d(2025, 2, 28), true),
            (d(2024, 8, 31), Period::months(6), d(2025, 2, 28), true),
            (d(2025, 3, 15), Period::months(6), d(2025, 9, 15), false),
        ];
        for (from, period, end, adjusted) in table {
            let c = compute(from, period, &cal).unwrap();
            assert_eq!((c.raw_end, c.month_end_adjusted), (end, adjusted), "{from} + {period}");
        }
    }
}
