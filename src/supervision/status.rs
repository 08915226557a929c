//! Status on a given day (督办状态): per case, which supervision steps were due, done on time,
//! late or missed, and the remedy items (补救) that follow; the dates come from
//! [`crate::timeline`] (the statutory windows and the pack's offsets), never recomputed here.

use super::record::{CaseRecord, Outcome, Procedure, ReportKind};
use crate::calendar::Calendar;
use crate::date::{format_civil_date, CivilDate};
use crate::error::Error;
use crate::i18n::{Args, Lang};
use crate::law::{Citation, CitationView, ADMIN_LITIGATION_LAW_2017};
use crate::timeline::{self, Anchor, EntryKind, EventInput, EventKind, State, TimelineRequest};
use serde::Serialize;

/// The state of one step on the day asked about. Public API: the strings never change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, PartialOrd, Ord)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum StepState {
    /// Done on or before its day.
    OnTime,
    /// Done, after its day.
    Late,
    /// Its day has passed and nothing is recorded.
    Missed,
    /// Its day has not passed yet.
    Pending,
}

impl StepState {
    /// The state's id, as serialised.
    pub fn id(self) -> &'static str {
        match self {
            StepState::OnTime => "onTime",
            StepState::Late => "late",
            StepState::Missed => "missed",
            StepState::Pending => "pending",
        }
    }
}

/// A supervision step. Public API: the strings never change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum StepKind {
    /// 答辩 (the answer, by the end of the answer period).
    Answer,
    /// 出庭 (someone appeared for the agency at a hearing); `headAppeared` says whether a head did.
    Appearance,
    /// 履行 (performing a judgment, by the end of its performance period).
    Performance,
    /// 报备 (the agency reports a notice, summons or judgment to the bureau).
    Report,
    /// 反馈 (the agency reports back after answering, appearing, performing).
    Feedback,
}

/// One step of a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Step {
    pub step: StepKind,
    /// The day it was due (from the timeline).
    pub due: String,
    /// The event the due day derives from, and its date.
    pub anchor: Anchor,
    pub anchor_date: String,
    /// The timeline's rule (`defence-answer`, `gz-report`, …).
    pub rule: String,
    pub state: StepState,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub done_on: Option<String>,
    /// The pack whose rule set the day (报备, 反馈), when a pack did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pack: Option<String>,
    /// The articles behind a statutory day (答辩期), from the timeline.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub basis: Vec<CitationView>,
    /// For `appearance`: whether a head (负责人) appeared.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub head_appeared: Option<bool>,
}

/// What must be remedied (补救). Public API: the strings never change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum RemedyKind {
    /// 未按时答辩: the answer is late or missing.
    LateAnswer,
    /// 未出庭: nobody appeared for the agency at a hearing.
    NoAppearance,
    /// 未履行: the judgment was not performed by the end of its period.
    NonPerformance,
    /// 年度首起开庭的一审案件 without a head: Guangzhou's must-appear situation missed.
    HeadMustAppear,
}

/// A remedy item, with the article behind the duty that was missed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Remedy {
    pub remedy: RemedyKind,
    pub case_number: String,
    pub agency: String,
    /// The day the duty fell due.
    pub due: String,
    pub args: Args,
    pub citations: Vec<CitationView>,
    /// A local source (the pack's document), when the duty is local.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// The status of one case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct CaseStatus {
    pub record: usize,
    pub case_number: String,
    pub agency: String,
    pub steps: Vec<Step>,
    pub remedies: Vec<Remedy>,
}

fn remedy_citations(kind: RemedyKind, lang: Lang) -> Vec<CitationView> {
    let c: &[Citation] = match kind {
        // 被告应当在收到起诉状副本之日起十五日内提交答辩状.
        RemedyKind::LateAnswer => &[Citation::article(ADMIN_LITIGATION_LAW_2017, 67).paragraph(1)],
        // 被告行政机关负责人应当出庭应诉；不能出庭的，应当委托行政机关相应的工作人员出庭.
        RemedyKind::NoAppearance | RemedyKind::HeadMustAppear => &[Citation::article(ADMIN_LITIGATION_LAW_2017, 3).paragraph(3)],
        // 行政机关拒绝履行判决、裁定的，第一审人民法院可以采取措施.
        RemedyKind::NonPerformance => &[Citation::article(ADMIN_LITIGATION_LAW_2017, 96)],
    };
    c.iter().map(|x| x.to_view(lang)).collect()
}

/// Builds a remedy item.
pub fn remedy(kind: RemedyKind, record: &CaseRecord, due: CivilDate, args: Args, source: Option<String>, lang: Lang) -> Remedy {
    Remedy {
        remedy: kind,
        case_number: record.case_number.clone(),
        agency: record.agency.name.clone(),
        due: format_civil_date(due),
        args,
        citations: remedy_citations(kind, lang),
        source,
    }
}

fn event(kind: EventKind, date: CivilDate) -> EventInput {
    EventInput {
        kind,
        date: format_civil_date(date),
        hearing_date: None,
        performance_due: None,
        performance_period: None,
        effective_date: None,
        attended: None,
        about: None,
    }
}

/// The timeline events of a record, as known on `today` (later events are not known yet).
fn events_of(record: &CaseRecord, today: CivilDate) -> Vec<EventInput> {
    let mut out = Vec::new();
    let known = |d: CivilDate| d <= today;
    if let Some(d) = record.notice_served.filter(|d| known(*d)) {
        // In an appeal the agency answers the appeal (上诉状副本), on its own window.
        let kind = if record.procedure == Procedure::Appeal { EventKind::AppealReceived } else { EventKind::NoticeToRespondReceived };
        out.push(event(kind, d));
    }
    if let Some(d) = record.answered.filter(|d| known(*d)) {
        out.push(event(EventKind::Answered, d));
    }
    for h in &record.hearings {
        out.push(event(EventKind::Hearing, h.date));
        if known(h.date) && !h.appeared.is_empty() {
            out.push(event(EventKind::Appeared, h.date));
        }
    }
    // A duty to perform exists when the agency lost and the judgment sets a period.
    let lost = record.concluded.as_ref().map_or(true, |c| c.outcome == Outcome::Lost);
    if let Some(j) = record.judgment.as_ref().filter(|j| known(j.served) && lost) {
        if let Some(due) = j.performance_due {
            let mut e = event(EventKind::JudgmentServed, j.served);
            e.performance_due = Some(format_civil_date(due));
            out.push(e);
            if let Some(d) = record.performed.filter(|d| known(*d)) {
                out.push(event(EventKind::Performed, d));
            }
        }
    }
    out
}

fn state_of(due: CivilDate, done: Option<CivilDate>, today: CivilDate) -> StepState {
    match done {
        Some(d) if d <= due => StepState::OnTime,
        Some(_) => StepState::Late,
        None if today > due => StepState::Missed,
        None => StepState::Pending,
    }
}

/// The status of one record on `today`, with the timeline of the named pack.
///
/// # Errors
/// `invalid_date` when a date leaves the calendar; `invalid_data` for a malformed pack.
pub fn case_status(record: &CaseRecord, index: usize, today: CivilDate, pack: &serde_json::Value, calendar: &Calendar, lang: Lang) -> Result<CaseStatus, Error> {
    let events = events_of(record, today);
    let event_keys = (0..events.len()).map(|i| i.to_string()).collect();
    let request = TimelineRequest { lang, today, calendar: calendar.clone(), events, event_keys, packs: vec![pack.clone()] };
    let tl = timeline::build(&request)?;
    let mut steps = Vec::new();
    let mut remedies = Vec::new();
    let mut used_reports: Vec<bool> = vec![false; record.reported.len()];
    let parse = |s: &str| crate::date::parse_civil_date(s, "date");
    for e in &tl.entries {
        let due = parse(&e.date)?;
        let anchor_date = parse(&e.anchor_date)?;
        let (kind, done, head) = match (e.kind, e.anchor) {
            (EntryKind::Due, Anchor::AnswerDue | Anchor::AppealAnswerDue) => (StepKind::Answer, record.answered.filter(|d| *d <= today), None),
            (EntryKind::Due, Anchor::PerformanceDue) => (StepKind::Performance, record.performed.filter(|d| *d <= today), None),
            (EntryKind::Hearing, _) if e.state.is_some() => {
                let h = record.hearings.iter().find(|h| h.date == due);
                let appeared = h.is_some_and(|h| !h.appeared.is_empty()) && due <= today;
                (StepKind::Appearance, appeared.then_some(due), h.map(|h| h.head_appeared()))
            }
            (EntryKind::Report | EntryKind::Feedback, _) => {
                let want = if e.kind == EntryKind::Report { ReportKind::Report } else { ReportKind::Feedback };
                let hit = record.reported.iter().enumerate().find(|(i, r)| !used_reports[*i] && r.kind == want && r.date >= anchor_date && r.date <= today);
                let done = hit.map(|(i, r)| {
                    used_reports[i] = true;
                    r.date
                });
                (if want == ReportKind::Report { StepKind::Report } else { StepKind::Feedback }, done, None)
            }
            _ => continue,
        };
        // A hearing's item is done on its day or missed; the timeline's state is authoritative.
        let state = if kind == StepKind::Appearance {
            match e.state {
                Some(State::Done) => StepState::OnTime,
                Some(State::Missing) => StepState::Missed,
                _ => StepState::Pending,
            }
        } else {
            state_of(due, done, today)
        };
        let remedy_kind = match (kind, state) {
            (StepKind::Answer, StepState::Late | StepState::Missed) => Some(RemedyKind::LateAnswer),
            (StepKind::Appearance, StepState::Missed) => Some(RemedyKind::NoAppearance),
            (StepKind::Performance, StepState::Late | StepState::Missed) => Some(RemedyKind::NonPerformance),
            _ => None,
        };
        if let Some(k) = remedy_kind {
            let args = crate::args![("state", match state { StepState::Late => "late", _ => "missed" })];
            remedies.push(remedy(k, record, due, args, None, lang));
        }
        steps.push(Step {
            step: kind,
            due: e.date.clone(),
            anchor: e.anchor,
            anchor_date: e.anchor_date.clone(),
            rule: e.rule.clone(),
            pack: e.pack.clone(),
            basis: e.basis.clone(),
            state,
            done_on: done.map(format_civil_date),
            head_appeared: head.filter(|_| kind == StepKind::Appearance && due <= today),
        });
    }
    Ok(CaseStatus { record: index, case_number: record.case_number.clone(), agency: record.agency.name.clone(), steps, remedies })
}

/// Guangzhou's 年度首起开庭的一审案件: per agency and year, the first first-instance hearing. It
/// needs the whole list, so it is kept as records stream by (one entry per agency and year).
#[derive(Debug, Default)]
pub struct FirstHearings {
    first: std::collections::BTreeMap<(String, i32), FirstHearing>,
}

/// The hearing date, record index, case number, agency name and whether a head appeared.
type FirstHearing = (CivilDate, usize, String, String, bool);

/// One agency's first first-instance hearing of a year, and whether its head appeared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct MustAppear {
    pub agency: String,
    pub year: i32,
    pub case_number: String,
    pub record: usize,
    pub hearing: String,
    pub state: StepState,
    pub source: String,
}

impl FirstHearings {
    /// Notes the record's first-instance hearings known on `today`.
    pub fn push(&mut self, record: &CaseRecord, index: usize) {
        if record.procedure != Procedure::FirstInstance {
            return;
        }
        for h in &record.hearings {
            let key = (record.agency.key().to_string(), chrono::Datelike::year(&h.date));
            let candidate = (h.date, index, record.case_number.clone(), record.agency.name.clone(), h.head_appeared());
            match self.first.get(&key) {
                Some(old) if (old.0, old.1) <= (h.date, index) => {}
                _ => {
                    self.first.insert(key, candidate);
                }
            }
        }
    }

    /// The must-appear items on `today`; `source` is the pack's source for the situation.
    pub fn finish(&self, today: CivilDate, source: &str) -> Vec<MustAppear> {
        self.first
            .iter()
            .map(|((_, year), (date, index, case_number, name, head))| MustAppear {
                agency: name.clone(),
                year: *year,
                case_number: case_number.clone(),
                record: *index,
                hearing: format_civil_date(*date),
                state: if *date > today {
                    StepState::Pending
                } else if *head {
                    StepState::OnTime
                } else {
                    StepState::Missed
                },
                source: source.to_string(),
            })
            .collect()
    }
}
