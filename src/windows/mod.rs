//! Named statutory windows (法定期限): which period runs from which event, under which article.
//!
//! A [`Window`] is data: a permanent id (`defence-answer`, `appeal-judgment`, …), the LEGAL.md
//! digest row it implements (`C3`, `C10`, …), its trigger event, and versions keyed by the day
//! the governing text came into force (行政复议法 2017 vs 2023: the reply period was 10 calendar
//! days and is now 10 working days). The table is in `table.rs`.
//!
//! Some windows cannot be computed to a date, and say so: emergencies have no limit
//! (行政诉讼法 第四十七条第二款), evidence "before the hearing" depends on a date the court sets,
//! a suit over an unknown act is a composite of two other windows.
//!
//! ## Which text governs
//!
//! The text in force on the **trigger day** governs the whole window, even when the filing comes
//! after a later text took effect: a period that began to run (and may have ended) under one text
//! is neither reopened nor shortened by the next. So a reply period of the 行政复议法 that began on
//! 2023-12-28 is the 2017 text's 10 calendar days (第二十三条第一款), not the 2023 text's 10
//! working days (第四十八条、第八十八条第二款), although the 2023 text is in force from 2024-01-01
//! (第九十条), and an act known in 2023 has no 第二十条第三款 window. This is the SPC's own way
//! with its 证据规定 (第八十条: cases pending on its first day are not governed by it), applied
//! to the day a period starts; the corpus tests it (`tests/cases/deadline/windows-issue17.json`,
//! `…-trigger-2023-12-28-…`, `…-filed-after-2023-law-…`).
//!
//! Texts not in the reference set (the 1989 行政诉讼法, the 1999/2009 行政复议法) have a version
//! that cites the law as a whole and is `NotComputable("older_text_not_encoded")`; a trigger before
//! every encoded version is not computed either (`olderText` in the result). Where the reference
//! set has the old period, it is encoded: 证据规定 第一条 (10 days, from 2002-10-01) and 审限规定
//! 第三条 (3 months, 2 months on appeal, from 2000-09-28).
//!
//! The date check that filing kinds call is a rule, next to its metadata:
//! [`crate::rules::deadline::check_window`] records findings (rules `DL-001`…) when a filing is
//! late, may be late, or was posted in time.

mod table;

use crate::calendar::Calendar;
use crate::date::{format_civil_date, parse_civil_date, CivilDate};
use crate::error::{Error, ErrorKind};
use crate::i18n::Lang;
use crate::law::{Citation, CitationView};
use crate::period::{self, Computation, DeadlineView, Period};
use crate::i18n::MessageTemplate;
use serde::Serialize;

/// Who the window binds, which decides the exceptions that may apply when it is missed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum WindowClass {
    /// 起诉期限 and application periods: delays under 行政诉讼法 第四十八条 (or 行政复议法 第二十条第二款).
    Suit,
    /// A party's procedural period: 民事诉讼法 第八十六条 (顺延 within 10 days after the obstacle).
    Party,
    /// A duty of the court or of an agency: no exception for the filer.
    CourtOrAgency,
}

/// The limit a window sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// Within a period counted from the trigger.
    Within(Period),
    /// At least a period before the trigger event (the trigger is the event, e.g. the hearing).
    Before(Period),
    /// No time limit (e.g. emergencies, 行政诉讼法 第四十七条第二款).
    NoLimit,
    /// Not computable to a date; the `&str` is the reason id (see [`REASONS`]).
    NotComputable(&'static str),
    /// Not a period: triggers before this date are inadmissible (行诉解释 第一百六十二条).
    Cutoff(&'static str),
}

/// One version of a window, in force for triggers from `in_force_from`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Version {
    pub in_force_from: &'static str,
    pub in_force_until: Option<&'static str>,
    pub limit: Limit,
    pub citations: &'static [Citation],
    /// For a working-day limit: the statute that makes it working days (`None`: the 2023
    /// 行政复议法 第八十八条第二款, the rule of most working-day windows).
    pub working_days: Option<period::WorkingDayRule>,
}

/// A named statutory window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// Permanent id. Public API: never renamed or reused.
    pub id: &'static str,
    /// The LEGAL.md digest row (`F1`…`F9`, `C1`…`C13`, `§5 48`), or for a window the digest does not
    /// list (issue 17), the text and article: `ALPL 48(2)`, `INTERP 77(3)`, `EVID 25`.
    pub digest: &'static str,
    pub class: WindowClass,
    pub name_zh_hans: &'static str,
    pub name_en: &'static str,
    pub trigger_zh_hans: &'static str,
    pub trigger_en: &'static str,
    /// Oldest first.
    pub versions: &'static [Version],
}

/// Why a window is not computable to a date, by reason id.
pub static REASONS: &[MessageTemplate] = &[
    MessageTemplate::new(
        "composite",
        "起诉期限自知道行政行为内容之日起按直接起诉的期限计算，但不得超过最长起诉期限：请分别计算直接起诉的期限与最长起诉期限，以先届满者为准",
        "The time limit runs from the day the content became known, as for a direct suit, capped by the outer limit: compute the direct-suit limit and the outer limit separately; the one that ends first applies",
    ),
    MessageTemplate::new(
        "civil_limitation",
        "诉讼时效参照民事法律规范确定，不是固定期间",
        "Limitation follows the civil-law rules; it is not a fixed period",
    ),
    MessageTemplate::new(
        "before_hearing",
        "应在开庭审理前或者人民法院指定的交换证据清单之日提供，取决于法院确定的日期",
        "Due before the hearing or on the evidence-exchange day the court sets: it depends on a date the court fixes",
    ),
    MessageTemplate::new(
        "not_in_text",
        "当时有效的文本没有该期限",
        "The text in force at the time sets no such limit",
    ),
    MessageTemplate::new(
        "older_text_not_encoded",
        "当时有效的文本未编码，不计算期限",
        "The text in force on that day is not encoded: no deadline is computed",
    ),
    MessageTemplate::new(
        "no_limit",
        "不受期限限制",
        "No time limit applies",
    ),
    MessageTemplate::new(
        "cutoff",
        "对{cutoff}之前作出的行政行为请求确认无效的，人民法院不予立案",
        "A claim to confirm the nullity of an act made before {cutoff} is not registered",
    ),
];

/// Every window.
pub fn all() -> &'static [Window] {
    table::WINDOWS
}

/// Finds a window by its id.
///
/// # Errors
/// `unknown_window` naming the id.
pub fn find(id: &str) -> Result<&'static Window, Error> {
    table::WINDOWS.iter().find(|w| w.id == id).ok_or_else(|| {
        Error::new(
            ErrorKind::UnknownWindow,
            format!("window: no window has the id {:?} (op \"windows\" lists them)", crate::date::truncate(id)),
        )
    })
}

impl Window {
    /// The name in `lang` (zh-Hant through the generated table, else zh-Hans).
    pub fn name(&self, lang: Lang) -> &'static str {
        pick(self.name_zh_hans, self.name_en, lang)
    }
    /// The trigger in `lang`.
    pub fn trigger(&self, lang: Lang) -> &'static str {
        pick(self.trigger_zh_hans, self.trigger_en, lang)
    }

    /// The version governing a trigger on `trigger`, and whether the trigger predates every
    /// encoded version (then the oldest one is returned).
    pub fn version_for(&self, trigger: CivilDate) -> (&'static Version, bool) {
        let date = |s: &str| parse_civil_date(s, "in_force").unwrap_or_default();
        let found = self.versions.iter().rev().find(|v| date(v.in_force_from) <= trigger);
        match (found, self.versions.first()) {
            (Some(v), _) => (v, false),
            (None, Some(first)) => (first, true),
            // Every table entry has a version (tested); this arm only keeps the code panic-free.
            (None, None) => (&FALLBACK, true),
        }
    }
}

static FALLBACK: Version =
    Version { in_force_from: "1900-01-01", in_force_until: None, limit: Limit::NoLimit, citations: &[], working_days: None };

fn pick(zh: &'static str, en: &'static str, lang: Lang) -> &'static str {
    match lang {
        Lang::ZhHans => zh,
        Lang::ZhHant => crate::i18n::zh_hant::window_text(zh).unwrap_or(zh),
        Lang::En => en,
    }
}

/// A window version as it crosses a boundary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct VersionView {
    pub in_force_from: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_force_until: Option<&'static str>,
    /// `within`, `before`, `noLimit`, `notComputable` or `cutoff`.
    #[cfg_attr(feature = "schema", schemars(extend("enum" = ["within", "before", "noLimit", "notComputable", "cutoff"])))]
    pub limit: &'static str,
    /// `15d`, `6m`, `1y`, `5wd` for `within`/`before`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// Why it is not computable (`notComputable`, `noLimit`, `cutoff`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<ReasonView>,
    pub citations: Vec<CitationView>,
}

/// A reason id and its message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ReasonView {
    pub id: &'static str,
    pub message: String,
}

/// A reason id with its message in `lang`.
pub fn reason(id: &'static str, lang: Lang, cutoff: Option<&str>) -> ReasonView {
    let args = match cutoff {
        Some(c) => crate::args![("cutoff", c)],
        None => crate::i18n::Args::new(),
    };
    let message = REASONS.iter().find(|r| r.id == id).map(|t| crate::i18n::render(t, lang, &args)).unwrap_or_default();
    ReasonView { id, message }
}

impl VersionView {
    fn of(v: &Version, lang: Lang) -> VersionView {
        let (limit, period, why) = match v.limit {
            Limit::Within(p) => ("within", Some(p.to_string()), None),
            Limit::Before(p) => ("before", Some(p.to_string()), None),
            Limit::NoLimit => ("noLimit", None, Some(reason("no_limit", lang, None))),
            Limit::NotComputable(id) => ("notComputable", None, Some(reason(id, lang, None))),
            Limit::Cutoff(date) => ("cutoff", None, Some(reason("cutoff", lang, Some(date)))),
        };
        VersionView {
            in_force_from: v.in_force_from,
            in_force_until: v.in_force_until,
            limit,
            period,
            reason: why,
            citations: v.citations.iter().map(|c| c.to_view(lang)).collect(),
        }
    }
}

/// A window as `windows` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct WindowView {
    pub id: &'static str,
    pub digest: &'static str,
    pub class: WindowClass,
    pub name: &'static str,
    pub trigger: &'static str,
    pub versions: Vec<VersionView>,
}

impl WindowView {
    pub fn of(w: &Window, lang: Lang) -> WindowView {
        WindowView {
            id: w.id,
            digest: w.digest,
            class: w.class,
            name: w.name(lang),
            trigger: w.trigger(lang),
            versions: w.versions.iter().map(|v| VersionView::of(v, lang)).collect(),
        }
    }
}

/// A window computed from a trigger date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WindowComputation {
    pub window: &'static Window,
    pub version: &'static Version,
    /// The trigger predates every encoded version: nothing is computed (`older_text_not_encoded`).
    pub older_text: bool,
    /// `Some` when the window is computable to a date (`Within`, `Before`).
    pub computation: Option<Computation>,
}

/// Computes `window` for an event on `trigger`.
///
/// # Errors
/// `invalid_date` when the arithmetic leaves the calendar.
pub fn compute(window: &'static Window, trigger: CivilDate, calendar: &Calendar) -> Result<WindowComputation, Error> {
    let (version, older_text) = window.version_for(trigger);
    let rule = version.working_days.unwrap_or(period::WorkingDayRule::AdminReconsideration2023);
    // A trigger before every encoded version is governed by a text this crate does not have:
    // computing with a later text would give a wrong date with an air of authority (issue 17).
    let computation = match version.limit {
        _ if older_text => None,
        Limit::Within(p) => Some(period::compute_working_days(trigger, p, rule, calendar)?),
        Limit::Before(p) => {
            let mut c = period::compute_before(trigger, p, calendar)?;
            if p.unit == period::Unit::WorkingDays {
                c.working_day_rule = Some(rule);
            }
            Some(c)
        }
        Limit::NoLimit | Limit::NotComputable(_) | Limit::Cutoff(_) => None,
    };
    Ok(WindowComputation { window, version, older_text, computation })
}

/// The JSON result of `windows` with a window and a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct WindowResultView {
    /// The window id (also in `windowInfo`).
    pub window: &'static str,
    pub window_info: WindowView,
    /// The version applied.
    pub version: VersionView,
    pub computable: bool,
    /// Set when the trigger predates every encoded text (`older_text_not_encoded`, with that text's first day).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub older_text: Option<OlderTextView>,
    /// For a `cutoff` window: whether an act of this date is admissible.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admissible: Option<bool>,
    #[serde(flatten)]
    pub deadline: Option<DeadlineView>,
    /// Findings of [`crate::rules::deadline::check_window`], when the request gave a `filed` date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub findings: Option<Vec<crate::report::Finding>>,
}

impl WindowResultView {
    /// Renders a computation; `postmark` adds the P3 check.
    pub fn of(wc: &WindowComputation, trigger: CivilDate, postmark: Option<CivilDate>, calendar: &Calendar, lang: Lang) -> WindowResultView {
        let mut deadline = wc.computation.as_ref().map(|c| DeadlineView::of(c, postmark, calendar, lang));
        if let Some(d) = deadline.as_mut() {
            // The window's own articles first, then the period rules.
            let mut basis: Vec<CitationView> = wc.version.citations.iter().map(|c| c.to_view(lang)).collect();
            for c in d.basis.drain(..) {
                if !basis.contains(&c) {
                    basis.push(c);
                }
            }
            d.basis = basis;
        }
        let admissible = match wc.version.limit {
            Limit::Cutoff(date) => Some(format_civil_date(trigger).as_str() >= date),
            _ => None,
        };
        WindowResultView {
            window: wc.window.id,
            window_info: WindowView::of(wc.window, lang),
            version: VersionView::of(wc.version, lang),
            computable: wc.computation.is_some(),
            admissible,
            older_text: wc.older_text.then(|| OlderTextView {
                reason: reason("older_text_not_encoded", lang, None),
                oldest_in_force_from: wc.window.versions.first().map_or("", |v| v.in_force_from),
            }),
            deadline,
            findings: None,
        }
    }
}

/// Why a trigger before every encoded text is not computed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct OlderTextView {
    pub reason: ReasonView,
    /// The first day of the oldest encoded text.
    pub oldest_in_force_from: &'static str,
}

/// The result of op `windows`: the list, one window's description, or a computed window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum WindowsResult {
    /// No `window`: every window, `{"windows": [...]}`.
    List { windows: Vec<WindowView> },
    /// A `window` without `from`: `{"window": id, "windowInfo": {...}}`.
    #[serde(rename_all = "camelCase")]
    Info { window: &'static str, window_info: WindowView },
    /// A `window` and `from`.
    Computed(Box<WindowResultView>),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_every_window_has_a_version_with_citations() {
        let all = all();
        for (i, w) in all.iter().enumerate() {
            assert!(!w.versions.is_empty(), "{}", w.id);
            for v in w.versions {
                assert!(!v.citations.is_empty(), "{}", w.id);
                assert!(parse_civil_date(v.in_force_from, w.id).is_ok(), "{}", w.id);
                if let Limit::NotComputable(r) = v.limit {
                    assert!(REASONS.iter().any(|x| x.id == r), "{}: reason {r}", w.id);
                }
            }
            for other in &all[i + 1..] {
                assert_ne!(w.id, other.id);
            }
        }
        // Versions are contiguous: a version ends the day before the next begins, and only the
        // newest is open-ended (`version_for` picks by start day alone).
        for w in all {
            for pair in w.versions.windows(2) {
                let next = parse_civil_date(pair[1].in_force_from, w.id).unwrap();
                let until = pair[0].in_force_until.map(|u| parse_civil_date(u, w.id).unwrap());
                assert_eq!(until.and_then(|u| u.succ_opt()), Some(next), "{}: versions not contiguous", w.id);
            }
            assert_eq!(w.versions.last().and_then(|v| v.in_force_until), None, "{}", w.id);
        }
        // Every row of LEGAL.md §0.2 and §0.3 is encoded.
        for row in ["F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9"]
            .iter()
            .chain(&["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11", "C12", "C13"])
        {
            assert!(all.iter().any(|w| w.digest == *row), "{row} missing");
        }
    }
}
