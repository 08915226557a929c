//! The supervision timeline (行政应诉督办): from case events, the dates staff must act on.
//!
//! Guangzhou's "1+5+7" mechanism, generalised: report within N days of receiving a notice to
//! respond (应诉通知书), an appeal, a summons or a judgment to perform; reminders before the end
//! of the answer period, before the hearing and before the end of the performance period;
//! feedback after the hearing. The statutory due days (答辩期, 上诉答辩期) come from the windows
//! table on the official calendar; the local offsets come from a rule pack (data: the shipped
//! `data/packs/guangzhou/timeline.json`, or a portal's own pack passed inline).
//!
//! A reminder that falls on a rest day moves to the working day before it (`onRestDay:
//! "previous"`); a report or feedback day on a rest day moves to the next working day
//! (`"next"`), like a statutory period. The timeline exports as iCalendar ([`ics`]).

mod ics;

use crate::calendar::Calendar;
use crate::date::{format_civil_date, CivilDate};
use crate::error::{Error, ErrorKind};
use crate::i18n::Lang;
use crate::law::CitationView;
use crate::period::{localized_date, StepView};
use crate::i18n::{Args, MessageTemplate};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The built-in packs that have a timeline section, by name.
static BUILT_IN: &[(&str, &str)] = &[("guangzhou", include_str!("../../data/packs/guangzhou/timeline.json"))];

/// The most events, rules and packs one request may carry.
pub const MAX_EVENTS: usize = 200;
const MAX_RULES: usize = 100;

/// What a case event is. Public API: the `kind` strings never change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum EventKind {
    /// 收到应诉通知书 (with the complaint copy): starts the answer period (C3).
    NoticeToRespondReceived,
    /// 收到上诉状副本: starts the answer to the appeal (行诉解释 第一百零八条第二款).
    AppealReceived,
    /// 收到传票 (may carry the hearing date).
    SummonsReceived,
    /// 收到判决书 with a duty to perform (may carry the end of the performance period).
    JudgmentServed,
    /// 开庭.
    Hearing,
}

/// An anchor a rule can hang off: an event, or a due day derived from one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Anchor {
    NoticeToRespondReceived,
    AppealReceived,
    SummonsReceived,
    JudgmentServed,
    Hearing,
    /// 答辩期届满 (defence-answer window).
    AnswerDue,
    /// 上诉答辩期届满 (appeal-answer window).
    AppealAnswerDue,
    /// 履行期限届满 (from the judgment).
    PerformanceDue,
}

impl Anchor {
    fn id(self) -> &'static str {
        match self {
            Anchor::NoticeToRespondReceived => "noticeToRespondReceived",
            Anchor::AppealReceived => "appealReceived",
            Anchor::SummonsReceived => "summonsReceived",
            Anchor::JudgmentServed => "judgmentServed",
            Anchor::Hearing => "hearing",
            Anchor::AnswerDue => "answerDue",
            Anchor::AppealAnswerDue => "appealAnswerDue",
            Anchor::PerformanceDue => "performanceDue",
        }
    }
    fn name(self) -> &'static MessageTemplate {
        ANCHOR_NAMES.iter().find(|m| m.id == self.id()).unwrap_or(&ANCHOR_NAMES[0])
    }
}

/// The names of the anchors, in zh-Hans and en.
pub static ANCHOR_NAMES: &[MessageTemplate] = &[
    MessageTemplate { id: "noticeToRespondReceived", zh_hans: "收到应诉通知书", en: "notice to respond received" },
    MessageTemplate { id: "appealReceived", zh_hans: "收到上诉状副本", en: "appeal received" },
    MessageTemplate { id: "summonsReceived", zh_hans: "收到传票", en: "summons received" },
    MessageTemplate { id: "judgmentServed", zh_hans: "收到判决书", en: "judgment received" },
    MessageTemplate { id: "hearing", zh_hans: "开庭", en: "hearing" },
    MessageTemplate { id: "answerDue", zh_hans: "答辩期届满", en: "end of the answer period" },
    MessageTemplate { id: "appealAnswerDue", zh_hans: "上诉答辩期届满", en: "end of the period to answer the appeal" },
    MessageTemplate { id: "performanceDue", zh_hans: "履行期限届满", en: "end of the performance period" },
];

/// Entry messages (zh-Hant: the generated table, [`crate::i18n::zh_hant`]).
pub static ENTRY_MESSAGES: &[MessageTemplate] = &[
    MessageTemplate { id: "report", zh_hans: "{anchor}（{anchorDate}）后{days}日内报告，最迟{date}",
        en: "Report within {days} days of the {anchor} ({anchorDate}), by {date}" },
    MessageTemplate { id: "reminder", zh_hans: "提醒：{anchorDate}{anchor}，还有{days}日",
        en: "Reminder: {anchor} on {anchorDate}, {days} days ahead" },
    MessageTemplate { id: "feedback", zh_hans: "{anchor}（{anchorDate}）后{days}日反馈情况，最迟{date}",
        en: "Feedback within {days} days after the {anchor} ({anchorDate}), by {date}" },
    MessageTemplate { id: "due", zh_hans: "{anchor}：{window}的最后一日", en: "{anchor}: last day of the {window}" },
    MessageTemplate { id: "performance_due", zh_hans: "{anchor}（判决确定的履行期限）", en: "{anchor} (set by the judgment)" },
    MessageTemplate { id: "hearing", zh_hans: "开庭", en: "Hearing" },
    MessageTemplate { id: "moved_previous", zh_hans: "{original}为休息日，提前至前一个工作日{date}",
        en: "{original} is a rest day; moved to the working day before, {date}" },
    MessageTemplate { id: "moved_next", zh_hans: "{original}为休息日，顺延至其后第一个工作日{date}",
        en: "{original} is a rest day; moved to the next working day, {date}" },
    MessageTemplate { id: "provisional", zh_hans: "{year}年的放假安排尚未载入，该日期为暂定",
        en: "The {year} holiday notice is not loaded: this date is provisional" },
    MessageTemplate { id: "pack_without_timeline", zh_hans: "规则包“{pack}”没有督办时间表部分，已忽略",
        en: "Rule pack \"{pack}\" has no timeline section; ignored" },
];

/// What to do when a computed day is a rest day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum OnRestDay {
    /// Keep the day.
    Keep,
    /// Move to the working day before (reminders).
    Previous,
    /// Move to the first working day after (report and feedback, like a statutory period).
    Next,
}

/// The kind of a timeline entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum EntryKind {
    Report,
    Reminder,
    Due,
    Feedback,
    Hearing,
}

/// One local rule of a pack: an offset from an anchor.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TimelineRule {
    /// The pack's id for the rule (shown with each entry).
    pub id: String,
    /// `report`, `reminder` or `feedback`.
    pub kind: EntryKind,
    pub anchors: Vec<Anchor>,
    /// Days after (positive) or before (negative) the anchor. Start day not counted.
    pub offset_days: i32,
    pub on_rest_day: OnRestDay,
}

/// A pack's timeline section (`timeline.json`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TimelinePack {
    /// The local document behind the offsets (title, number, date, note).
    pub source: Value,
    pub rules: Vec<TimelineRule>,
}

/// A case event as the request gives it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EventInput {
    pub kind: EventKind,
    pub date: String,
    /// For `summonsReceived`: the hearing date on the summons.
    #[serde(default)]
    pub hearing_date: Option<String>,
    /// For `judgmentServed`: the last day of the performance period, if the judgment sets one.
    #[serde(default)]
    pub performance_due: Option<String>,
}

/// What a timeline is built from (op `timeline`, read by the facade).
#[derive(Debug, Clone)]
pub struct TimelineRequest {
    pub lang: Lang,
    pub today: CivilDate,
    /// The bundled calendar, plus the request's own years.
    pub calendar: Calendar,
    pub events: Vec<EventInput>,
    /// Each event's JSON as sent: it keys the iCalendar UIDs of the event's entries, so that
    /// adding an event to a case leaves the other events' UIDs unchanged.
    pub event_keys: Vec<String>,
    /// Names of built-in packs, or inline `{name, timeline}` objects.
    pub packs: Vec<Value>,
}

/// One dated entry of the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Entry {
    pub date: String,
    pub kind: EntryKind,
    pub anchor: Anchor,
    pub anchor_date: String,
    /// Index of the event in the request that the entry derives from.
    pub event: usize,
    /// The pack rule (`gz-remind-7`) or the window (`defence-answer`) behind the entry.
    pub rule: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pack: Option<String>,
    pub message_id: &'static str,
    pub args: Args,
    /// Why this date, in the request's language.
    pub reason: String,
    /// Adjustments (moved off a rest day), rendered.
    pub notes: Vec<String>,
    pub provisional: bool,
    /// True when the date is before `today`.
    pub past: bool,
    /// For statutory due days: the computation's steps and articles.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<StepView>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub basis: Vec<CitationView>,
}

/// The result of op `timeline`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Timeline {
    pub today: String,
    pub entries: Vec<Entry>,
    pub packs: Vec<PackInfo>,
    pub warnings: Vec<Note>,
    /// The timeline as an iCalendar (RFC 5545) document.
    pub ics: String,
}

/// A warning: message id, arguments and the rendered message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Note {
    pub id: &'static str,
    pub args: Args,
    pub message: String,
}

/// A pack applied, with its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PackInfo {
    pub name: String,
    pub source: Value,
}

fn msg(id: &str) -> &'static MessageTemplate {
    ENTRY_MESSAGES.iter().find(|m| m.id == id).unwrap_or(&ENTRY_MESSAGES[0])
}

fn bad(message: String) -> Error {
    Error::new(ErrorKind::InvalidData, message)
}

/// Resolves `packs` (names of built-in packs, or inline `{name, timeline}` objects).
fn resolve_packs(packs: &[Value], lang: Lang, warnings: &mut Vec<Note>) -> Result<Vec<(String, TimelinePack)>, Error> {
    let mut out = Vec::new();
    for (i, p) in packs.iter().enumerate() {
        match p {
            Value::String(name) => match BUILT_IN.iter().find(|(n, _)| n == name) {
                Some((n, text)) => {
                    let pack: TimelinePack = serde_json::from_str(text)
                        .map_err(|e| bad(format!("built-in pack {n}: timeline.json: {e}")))?;
                    out.push((n.to_string(), pack));
                }
                None => {
                    let args = crate::args![("pack", crate::date::truncate(name))];
                    let message = crate::i18n::render(msg("pack_without_timeline"), lang, &args);
                    warnings.push(Note { id: "pack_without_timeline", args, message });
                }
            },
            Value::Object(o) => {
                let name = o.get("name").and_then(Value::as_str).unwrap_or("inline").to_string();
                match o.get("timeline") {
                    Some(t) => {
                        let pack: TimelinePack = serde_json::from_value(t.clone())
                            .map_err(|e| bad(format!("packs[{i}].timeline: {e}")))?;
                        out.push((name, pack));
                    }
                    None => {
                        let args = crate::args![("pack", crate::date::truncate(&name))];
                        let message = crate::i18n::render(msg("pack_without_timeline"), lang, &args);
                        warnings.push(Note { id: "pack_without_timeline", args, message });
                    }
                }
            }
            _ => return Err(Error::new(ErrorKind::InvalidArgument, format!("packs[{i}]: expected a pack name or a pack object"))),
        }
    }
    let rules: usize = out.iter().map(|(_, p)| p.rules.len()).sum();
    if rules > MAX_RULES {
        return Err(bad(format!("packs: at most {MAX_RULES} timeline rules")));
    }
    for (name, p) in &out {
        for r in &p.rules {
            if r.kind == EntryKind::Due || r.kind == EntryKind::Hearing {
                return Err(bad(format!("pack {name}: rule {}: kind must be report, reminder or feedback", r.id)));
            }
            if r.offset_days.abs() > 3660 {
                return Err(bad(format!("pack {name}: rule {}: offsetDays out of range", r.id)));
            }
        }
    }
    Ok(out)
}

/// Moves `date` off a rest day as `mode` says. Returns the new date and whether it moved.
fn adjust(date: CivilDate, mode: OnRestDay, calendar: &Calendar) -> (CivilDate, bool) {
    let mut d = date;
    for _ in 0..64 {
        if !calendar.day(d).rest {
            break;
        }
        let next = match mode {
            OnRestDay::Keep => return (date, false),
            OnRestDay::Previous => d.pred_opt(),
            OnRestDay::Next => d.succ_opt(),
        };
        match next {
            Some(n) => d = n,
            None => break,
        }
    }
    (d, d != date)
}

/// A dated anchor produced from the events.
struct AnchorDate {
    anchor: Anchor,
    date: CivilDate,
    event: usize,
    /// The anchor itself is a provisional due day (a year without holiday data).
    provisional: bool,
}

/// Builds the timeline. See the module docs.
///
/// # Errors
/// `invalid_date` for a malformed date, `invalid_data` for a malformed pack or calendar,
/// `invalid_argument` for a malformed event list.
pub fn build(request: &TimelineRequest) -> Result<Timeline, Error> {
    let TimelineRequest { lang, today, ref calendar, ref events, ref event_keys, packs: ref packs_value } = *request;
    let mut warnings = Vec::new();
    let packs = resolve_packs(packs_value, lang, &mut warnings)?;

    // Anchors: the events themselves, and the due days derived from them.
    let mut anchors: Vec<AnchorDate> = Vec::new();
    let mut entries: Vec<Entry> = Vec::new();
    let render = |id: &str, args: &Args| crate::i18n::render(msg(id), lang, args);
    let anchor_name = |a: Anchor| crate::i18n::render(a.name(), lang, &Args::new());
    for (i, e) in events.iter().enumerate() {
        let field = |name: &str| format!("events[{i}].{name}");
        let date = crate::date::parse_civil_date(&e.date, &field("date"))?;
        let anchor = match e.kind {
            EventKind::NoticeToRespondReceived => Anchor::NoticeToRespondReceived,
            EventKind::AppealReceived => Anchor::AppealReceived,
            EventKind::SummonsReceived => Anchor::SummonsReceived,
            EventKind::JudgmentServed => Anchor::JudgmentServed,
            EventKind::Hearing => Anchor::Hearing,
        };
        anchors.push(AnchorDate { anchor, date, event: i, provisional: false });
        let window = match e.kind {
            EventKind::NoticeToRespondReceived => Some(("defence-answer", Anchor::AnswerDue)),
            EventKind::AppealReceived => Some(("appeal-answer", Anchor::AppealAnswerDue)),
            _ => None,
        };
        if let Some((window_id, due_anchor)) = window {
            let window = crate::windows::find(window_id)?;
            let wc = crate::windows::compute(window, date, calendar)?;
            if let Some(c) = wc.computation.as_ref() {
                anchors.push(AnchorDate { anchor: due_anchor, date: c.due, event: i, provisional: c.provisional });
                let args = crate::args![("anchor", anchor_name(due_anchor)), ("window", window.name(lang))];
                let mut basis: Vec<CitationView> = wc.version.citations.iter().map(|x| x.to_view(lang)).collect();
                basis.extend(c.basis(false).iter().map(|x| x.to_view(lang)));
                entries.push(Entry {
                    date: format_civil_date(c.due),
                    kind: EntryKind::Due,
                    anchor: due_anchor,
                    anchor_date: format_civil_date(date),
                    event: i,
                    rule: window.id.to_string(),
                    pack: None,
                    message_id: "due",
                    reason: render("due", &args),
                    args,
                    notes: c.warnings.iter().map(|w| w.render(lang)).collect(),
                    provisional: c.provisional,
                    past: c.due < today,
                    steps: c.steps.iter().map(|s| s.to_view(lang)).collect(),
                    basis,
                });
            }
        }
        if let Some(h) = &e.hearing_date {
            let hd = crate::date::parse_civil_date(h, &field("hearingDate"))?;
            anchors.push(AnchorDate { anchor: Anchor::Hearing, date: hd, event: i, provisional: false });
        }
        if let Some(p) = &e.performance_due {
            let pd = crate::date::parse_civil_date(p, &field("performanceDue"))?;
            anchors.push(AnchorDate { anchor: Anchor::PerformanceDue, date: pd, event: i, provisional: false });
            let args = crate::args![("anchor", anchor_name(Anchor::PerformanceDue))];
            entries.push(Entry {
                date: format_civil_date(pd),
                kind: EntryKind::Due,
                anchor: Anchor::PerformanceDue,
                anchor_date: format_civil_date(date),
                event: i,
                rule: "judgment".into(),
                pack: None,
                message_id: "performance_due",
                reason: render("performance_due", &args),
                args,
                notes: Vec::new(),
                provisional: calendar.missing_notice_year(pd).is_some(),
                past: pd < today,
                steps: Vec::new(),
                basis: Vec::new(),
            });
        }
    }
    // Hearings appear as entries once per date.
    let mut hearing_dates: Vec<(CivilDate, usize)> =
        anchors.iter().filter(|a| a.anchor == Anchor::Hearing).map(|a| (a.date, a.event)).collect();
    hearing_dates.sort();
    hearing_dates.dedup_by_key(|h| h.0);
    for (date, event) in hearing_dates {
        entries.push(Entry {
            date: format_civil_date(date),
            kind: EntryKind::Hearing,
            anchor: Anchor::Hearing,
            anchor_date: format_civil_date(date),
            event,
            rule: "hearing".into(),
            pack: None,
            message_id: "hearing",
            args: Args::new(),
            reason: render("hearing", &Args::new()),
            notes: Vec::new(),
            provisional: false,
            past: date < today,
            steps: Vec::new(),
            basis: Vec::new(),
        });
    }

    // Local rules.
    for (pack_name, pack) in &packs {
        for rule in &pack.rules {
            for a in anchors.iter().filter(|a| rule.anchors.contains(&a.anchor)) {
                let Some(raw) = a.date.checked_add_signed(chrono::Duration::days(i64::from(rule.offset_days))) else {
                    continue;
                };
                let (date, moved) = adjust(raw, rule.on_rest_day, calendar);
                let days = rule.offset_days.unsigned_abs();
                let args = crate::args![
                    ("anchor", anchor_name(a.anchor)),
                    ("anchorDate", localized_date(a.date, lang)),
                    ("days", days),
                    ("date", localized_date(date, lang)),
                ];
                let message_id: &'static str = match rule.kind {
                    EntryKind::Report => "report",
                    EntryKind::Reminder => "reminder",
                    _ => "feedback",
                };
                let mut notes = Vec::new();
                if moved {
                    let id = if rule.on_rest_day == OnRestDay::Previous { "moved_previous" } else { "moved_next" };
                    let margs = crate::args![("original", localized_date(raw, lang)), ("date", localized_date(date, lang))];
                    notes.push(render(id, &margs));
                }
                let provisional = a.provisional
                    || calendar.missing_notice_year(date).is_some()
                    || calendar.missing_notice_year(raw).is_some();
                if provisional {
                    let year = calendar
                        .missing_notice_year(date)
                        .or(calendar.missing_notice_year(raw))
                        .unwrap_or(chrono::Datelike::year(&date));
                    let pargs = crate::args![("year", year)];
                    notes.push(render("provisional", &pargs));
                }
                // Args hold ISO dates so tests stay language-neutral; `reason` is localised.
                let mut iso_args = args.clone();
                iso_args.insert("anchor".into(), a.anchor.id().into());
                iso_args.insert("anchorDate".into(), format_civil_date(a.date));
                iso_args.insert("date".into(), format_civil_date(date));
                if moved {
                    iso_args.insert("original".into(), format_civil_date(raw));
                }
                entries.push(Entry {
                    date: format_civil_date(date),
                    kind: rule.kind,
                    anchor: a.anchor,
                    anchor_date: format_civil_date(a.date),
                    event: a.event,
                    rule: rule.id.clone(),
                    pack: Some(pack_name.clone()),
                    message_id,
                    reason: render(message_id, &args),
                    args: iso_args,
                    notes,
                    provisional,
                    past: date < today,
                    steps: Vec::new(),
                    basis: Vec::new(),
                });
            }
        }
    }
    let order = |k: EntryKind| match k {
        EntryKind::Report => 0,
        EntryKind::Reminder => 1,
        EntryKind::Hearing => 2,
        EntryKind::Due => 3,
        EntryKind::Feedback => 4,
    };
    entries.sort_by(|a, b| (a.date.as_str(), order(a.kind), a.event, a.rule.as_str()).cmp(&(b.date.as_str(), order(b.kind), b.event, b.rule.as_str())));

    let ics_text = {
        let title = match lang {
            Lang::En => "filing-check timeline",
            _ => "行政应诉督办时间表",
        };
        // A UID depends on its own event (not on the others), the rule and the dates: adding an
        // event to a case leaves the other events' UIDs unchanged.
        let event_json = |i: usize| event_keys.get(i).map_or("null", String::as_str);
        let descriptions: Vec<String> = entries
            .iter()
            .map(|e| if e.notes.is_empty() { e.reason.clone() } else { format!("{}\n{}", e.reason, e.notes.join("\n")) })
            .collect();
        let events: Vec<ics::IcsEvent<'_>> = entries
            .iter()
            .zip(&descriptions)
            .map(|(e, description)| ics::IcsEvent {
                uid: format!(
                    "{:016x}@filing-check",
                    ics::fnv1a(&format!("{}|{}|{}|{}|{}", event_json(e.event), e.rule, e.anchor.id(), e.anchor_date, e.date))
                ),
                date: crate::date::parse_civil_date(&e.date, "date").unwrap_or(today),
                summary: &e.reason,
                description,
                categories: match e.kind {
                    EntryKind::Report => "report",
                    EntryKind::Reminder => "reminder",
                    EntryKind::Due => "due",
                    EntryKind::Feedback => "feedback",
                    EntryKind::Hearing => "hearing",
                },
            })
            .collect();
        ics::write(&events, today, title)
    };
    Ok(Timeline {
        today: format_civil_date(today),
        entries,
        packs: packs.iter().map(|(n, p)| PackInfo { name: n.clone(), source: p.source.clone() }).collect(),
        warnings,
        ics: ics_text,
    })
}
