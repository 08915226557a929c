//! The supervision timeline (行政应诉督办): from case events, the dates staff must act on.
//!
//! Guangzhou's "1+5+7" mechanism, generalised: report within N days of receiving a notice to
//! respond (应诉通知书), an appeal, a summons or a judgment to perform; reminders before the end
//! of the answer period, before the hearing and before the end of the performance period;
//! feedback the day after the agency answered, appeared or performed. Qiannan's "两提两核": a
//! reminder a week before the hearing to name the head and collect the appearing persons'
//! details, a phone reminder the day before, then two checks with their own state (identity
//! checked, attendance checked). The statutory due days (答辩期, 上诉答辩期) come from the windows
//! table on the official calendar; the local offsets come from a rule pack (data: the shipped
//! `data/packs/*/timeline.json`, or a portal's own pack passed inline).
//!
//! Rules of the computation:
//! - A day on a rest day moves by the one rule shared with `check` (APP-103),
//!   [`Calendar::move_off_rest_day`]: the pack names the mode per kind (`onRestDay`), reminders
//!   to the working day before, reports and feedback to the next working day.
//! - One anchor, one set of entries: a hearing named by the summons and again as an event is one
//!   hearing.
//! - A reminder (or a check) never falls before the event that made its anchor known: when the
//!   week is already short, it moves to the trigger's day and says so.
//! - A reminder counts its days left from the day it is actually due.
//! - What the agency did (`answered`, `appeared`, `performed`, `identityChecked`,
//!   `attendanceChecked`) gives the matching items their state: `done`, `pending`, or `missing`
//!   once their day has passed with nothing recorded (the input a remedy, 补救, starts from).
//!
//! The timeline exports as iCalendar ([`ics`]).

pub(crate) mod ics;
mod performance;

use crate::calendar::Calendar;
pub use crate::calendar::OnRestDay;
use crate::date::{format_civil_date, CivilDate};
use crate::error::{Error, ErrorKind};
use crate::i18n::Lang;
use crate::i18n::{Args, MessageTemplate};
use crate::law::CitationView;
use crate::period::{localized_date, StepView};
use serde::Serialize;
use serde_json::Value;

/// The built-in packs' timeline sections, by name. Every folder of `data/packs/` has a
/// `timeline.json`: rules, or `none` saying why its source has no timeline (tested below).
static BUILT_IN: &[(&str, &str)] = &[
    ("guangzhou", include_str!("../../data/packs/guangzhou/timeline.json")),
    ("qiannan", include_str!("../../data/packs/qiannan/timeline.json")),
];

/// The most events, rules and packs one request may carry.
pub const MAX_EVENTS: usize = 200;
const MAX_RULES: usize = 100;

/// What a case event is. Public API: the `kind` strings never change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum EventKind {
    /// 收到应诉通知书 (with the complaint copy): starts the answer period (C3).
    NoticeToRespondReceived,
    /// 收到上诉状副本: starts the answer to the appeal (行诉解释 第一百零八条第二款).
    AppealReceived,
    /// 收到传票 (may carry the hearing date).
    SummonsReceived,
    /// 收到判决书 with a duty to perform (may carry the end of the performance period, or the
    /// period as the judgment states it).
    JudgmentServed,
    /// 开庭.
    Hearing,
    /// The agency filed its answer (提交答辩状): the answer period's item is done; feedback follows.
    Answered,
    /// The agency appeared at the hearing on `date` (出庭应诉): the hearing's item is done.
    Appeared,
    /// The agency performed the judgment (履行完毕): the performance item is done; feedback follows.
    Performed,
    /// 两核之一: the appearing persons' identity was checked (`hearingDate`: which hearing).
    IdentityChecked,
    /// 两核之二: attendance was checked after the hearing (`hearingDate`; `attended`).
    AttendanceChecked,
    /// The agency reported to the bureau (报备): the report item of the latest trigger on or
    /// before `date` is done, or of the trigger `about` names.
    Reported,
    /// The agency reported back (反馈): the feedback item of the latest answer, hearing or
    /// performance on or before `date` is done, or of the one `about` names.
    FedBack,
}
crate::form::read::form_enum!(EventKind, { NoticeToRespondReceived: "noticeToRespondReceived", AppealReceived: "appealReceived", SummonsReceived: "summonsReceived", JudgmentServed: "judgmentServed", Hearing: "hearing", Answered: "answered", Appeared: "appeared", Performed: "performed", IdentityChecked: "identityChecked", AttendanceChecked: "attendanceChecked", Reported: "reported", FedBack: "fedBack" });

/// An anchor a rule can hang off: an event, or a due day derived from one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// 提交答辩状 (the agency's answer, as recorded).
    Answered,
    /// 履行完毕 (as recorded).
    Performed,
}
crate::form::read::form_enum!(Anchor, { NoticeToRespondReceived: "noticeToRespondReceived", AppealReceived: "appealReceived", SummonsReceived: "summonsReceived", JudgmentServed: "judgmentServed", Hearing: "hearing", AnswerDue: "answerDue", AppealAnswerDue: "appealAnswerDue", PerformanceDue: "performanceDue", Answered: "answered", Performed: "performed" });

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
            Anchor::Answered => "answered",
            Anchor::Performed => "performed",
        }
    }
    fn name(self) -> &'static MessageTemplate {
        ANCHOR_NAMES.iter().find(|m| m.id == self.id()).unwrap_or(&ANCHOR_NAMES[0])
    }
}

/// The names of the anchors, in zh-Hans and en.
pub static ANCHOR_NAMES: &[MessageTemplate] = &[
    MessageTemplate::new("noticeToRespondReceived", "收到应诉通知书", "notice to respond received"),
    MessageTemplate::new("appealReceived", "收到上诉状副本", "appeal received"),
    MessageTemplate::new("summonsReceived", "收到传票", "summons received"),
    MessageTemplate::new("judgmentServed", "收到判决书", "judgment received"),
    MessageTemplate::new("hearing", "开庭", "hearing"),
    MessageTemplate::new("answerDue", "答辩期届满", "end of the answer period"),
    MessageTemplate::new("appealAnswerDue", "上诉答辩期届满", "end of the period to answer the appeal"),
    MessageTemplate::new("performanceDue", "履行期限届满", "end of the performance period"),
    MessageTemplate::new("answered", "提交答辩状", "answer filed"),
    MessageTemplate::new("performed", "履行完毕", "judgment performed"),
];

/// Entry messages (zh-Hant: the generated table, [`crate::i18n::zh_hant`]). English counts use
/// the plural placeholder `{days|day|days}`.
pub static ENTRY_MESSAGES: &[MessageTemplate] = &[
    MessageTemplate::new(
        "report",
        "{anchor}（{anchorDate}）后{days}日内报告，最迟{date}",
        "Report within {days|day|days} of the {anchor} ({anchorDate}), by {date}",
    ),
    MessageTemplate::new(
        "reminder",
        "提醒：{anchorDate}{anchor}，还有{days}日",
        "Reminder: {anchor} on {anchorDate}, {days|day|days} ahead",
    ),
    MessageTemplate::new(
        "reminder_collect",
        "提醒：{anchorDate}{anchor}，还有{days}日；请填报出庭负责人，收集出庭人员信息",
        "Reminder: {anchor} on {anchorDate}, {days|day|days} ahead; name the head who will appear and collect the appearing persons' details",
    ),
    MessageTemplate::new(
        "reminder_phone",
        "电话提醒：{anchorDate}{anchor}，还有{days}日",
        "Phone reminder: {anchor} on {anchorDate}, {days|day|days} ahead",
    ),
    MessageTemplate::new(
        "check_identity",
        "核对出庭人员身份是否属于负责人或相应的工作人员（{anchorDate}{anchor}），最迟{date}",
        "Check that each appearing person is a head or corresponding staff (the {anchor} on {anchorDate}), by {date}",
    ),
    MessageTemplate::new(
        "check_attendance",
        "核对出庭人员是否实际到庭（{anchorDate}{anchor}）",
        "Check that each appearing person actually attended the {anchor} on {anchorDate}",
    ),
    MessageTemplate::new(
        "feedback",
        "{anchor}（{anchorDate}）后{days}日反馈情况，最迟{date}",
        "Feedback within {days|day|days} after the {anchor} ({anchorDate}), by {date}",
    ),
    MessageTemplate::new("due", "{anchor}：{window}的最后一日", "{anchor}: last day of the {window}"),
    MessageTemplate::new("performance_due", "{anchor}（判决确定的履行期限）", "{anchor} (set by the judgment)"),
    MessageTemplate::new(
        "performance_period_due",
        "{anchor}：判决确定的履行期限（{period}）的最后一日",
        "{anchor}: last day of the period the judgment sets ({period})",
    ),
    MessageTemplate::new(
        "effective_presumed",
        "未给出判决生效日期，按上诉期届满（{appealDue}）的次日{effective}推定；如有上诉，以二审裁判为准",
        "The judgment's effective date is not given: presumed the day after the appeal period ends ({appealDue}), {effective}; if it is appealed, the second-instance decision governs",
    ),
    MessageTemplate::new("hearing", "开庭", "Hearing"),
    MessageTemplate::new(
        "moved_previous",
        "{original}为休息日，提前至前一个工作日{date}",
        "{original} is a rest day; moved to the working day before, {date}",
    ),
    MessageTemplate::new(
        "moved_next",
        "{original}为休息日，顺延至其后第一个工作日{date}",
        "{original} is a rest day; moved to the next working day, {date}",
    ),
    MessageTemplate::new(
        "moved_to_trigger",
        "{original}早于{trigger}（{triggerDate}），改为{triggerDate}当日办理",
        "{original} is before the {trigger} ({triggerDate}); due that day instead",
    ),
    MessageTemplate::new("done", "已于{doneOn}完成", "Done on {doneOn}"),
    MessageTemplate::new("done_late", "已于{doneOn}完成，晚于{date}", "Done on {doneOn}, after {date}"),
    MessageTemplate::new("did_not_attend", "核对结果：有出庭人员未实际到庭", "Result: someone registered did not attend"),
    MessageTemplate::new("missing", "{date}已过，尚无记录，需补救", "{date} has passed with nothing recorded: remedy needed"),
    MessageTemplate::new(
        "provisional",
        "{year}年的放假安排尚未载入，该日期为暂定",
        "The {year} holiday notice is not loaded: this date is provisional",
    ),
    MessageTemplate::new(
        "pack_without_timeline",
        "规则包“{pack}”没有督办时间表部分，已忽略",
        "Rule pack \"{pack}\" has no timeline section; ignored",
    ),
    MessageTemplate::new(
        "pack_timeline_none",
        "规则包“{pack}”没有督办时间表：{reason}",
        "Rule pack \"{pack}\" has no timeline: {reason}",
    ),
];

/// The kind of a timeline entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum EntryKind {
    Report,
    Reminder,
    Due,
    Feedback,
    Hearing,
    /// An item a bureau ticks off (Qiannan's 两核).
    Check,
}
crate::form::read::form_enum!(EntryKind, { Report: "report", Reminder: "reminder", Due: "due", Feedback: "feedback", Hearing: "hearing", Check: "check" });

impl EntryKind {
    fn id(self) -> &'static str {
        match self {
            EntryKind::Report => "report",
            EntryKind::Reminder => "reminder",
            EntryKind::Due => "due",
            EntryKind::Feedback => "feedback",
            EntryKind::Hearing => "hearing",
            EntryKind::Check => "check",
        }
    }
}

/// What a rule asks staff to do, beyond its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Task {
    /// 提醒填报出庭负责人并收集出庭人信息 (Qiannan, a week before).
    CollectAppearingPerson,
    /// 电话提醒 (Qiannan, the day before).
    PhoneReminder,
    /// 两核之一: identity against the legal definition.
    CheckIdentity,
    /// 两核之二: actual attendance.
    CheckAttendance,
}
crate::form::read::form_enum!(Task, { CollectAppearingPerson: "collectAppearingPerson", PhoneReminder: "phoneReminder", CheckIdentity: "checkIdentity", CheckAttendance: "checkAttendance" });

/// The state of an item the agency or the bureau must do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum State {
    /// Recorded as done (an `answered`, `appeared`, `performed` or check event).
    Done,
    /// Not recorded, and its day has not passed.
    Pending,
    /// Not recorded, and its day has passed: the input for a remedy (补救).
    Missing,
}

/// One local rule of a pack: an offset from an anchor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TimelineRule {
    /// The pack's id for the rule (shown with each entry).
    pub id: String,
    /// `report`, `reminder`, `feedback` or `check`.
    pub kind: EntryKind,
    pub anchors: Vec<Anchor>,
    /// Days after (positive) or before (negative) the anchor. Start day not counted.
    pub offset_days: i32,
    /// Overrides the pack's `onRestDay` for this rule's kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_rest_day: Option<OnRestDay>,
    /// What to do (required for `check`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task: Option<Task>,
}
crate::form::read::form!(TimelineRule, deny_unknown_fields, { id: String = "id", kind: EntryKind = "kind", anchors: Vec<Anchor> = "anchors", offset_days: i32 = "offsetDays", on_rest_day: Option<OnRestDay> = "onRestDay" or Default::default(), task: Option<Task> = "task" or Default::default() });

/// How a pack moves its days off rest days, per kind of entry, with the reading it chose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RestDayRule {
    #[serde(default = "previous")]
    pub reminder: OnRestDay,
    #[serde(default = "next")]
    pub report: OnRestDay,
    #[serde(default = "next")]
    pub feedback: OnRestDay,
    #[serde(default = "previous")]
    pub check: OnRestDay,
    /// Why: the source's words, or the interpretation chosen.
    #[serde(default)]
    pub reading: Option<String>,
}
crate::form::read::form!(RestDayRule, deny_unknown_fields, { reminder: OnRestDay = "reminder" or previous(), report: OnRestDay = "report" or next(), feedback: OnRestDay = "feedback" or next(), check: OnRestDay = "check" or previous(), reading: Option<String> = "reading" or Default::default() });

fn previous() -> OnRestDay {
    OnRestDay::Previous
}
fn next() -> OnRestDay {
    OnRestDay::Next
}

impl Default for RestDayRule {
    fn default() -> Self {
        RestDayRule { reminder: OnRestDay::Previous, report: OnRestDay::Next, feedback: OnRestDay::Next, check: OnRestDay::Previous, reading: None }
    }
}

impl RestDayRule {
    fn for_kind(&self, kind: EntryKind) -> OnRestDay {
        match kind {
            EntryKind::Reminder => self.reminder,
            EntryKind::Report => self.report,
            EntryKind::Feedback => self.feedback,
            EntryKind::Check => self.check,
            EntryKind::Due | EntryKind::Hearing => OnRestDay::Keep,
        }
    }
}

/// A pack's timeline section (`timeline.json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TimelinePack {
    #[serde(rename = "$comment", default, skip_serializing)]
    pub comment: Option<Value>,
    /// The local document behind the offsets (title, number, date, note).
    pub source: Value,
    /// How days move off rest days (default: reminders and checks to the working day before,
    /// reports and feedback to the next working day).
    #[serde(default)]
    pub on_rest_day: RestDayRule,
    #[serde(default)]
    pub rules: Vec<TimelineRule>,
    /// Why the pack's source has no timeline (then `rules` is empty).
    #[serde(default)]
    pub none: Option<String>,
}
crate::form::read::form!(TimelinePack, deny_unknown_fields, { comment: Option<Value> = "$comment" or Default::default(), source: Value = "source", on_rest_day: RestDayRule = "onRestDay" or Default::default(), rules: Vec<TimelineRule> = "rules" or Default::default(), none: Option<String> = "none" or Default::default() });

/// A case event as the request gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(test, serde(rename_all = "camelCase", deny_unknown_fields))]
pub struct EventInput {
    pub kind: EventKind,
    pub date: String,
    /// For `summonsReceived`: the hearing date on the summons. For `identityChecked` and
    /// `attendanceChecked`: the hearing checked (default: the next hearing on or after `date`,
    /// or the last one on or before it).
    #[cfg_attr(test, serde(default))]
    pub hearing_date: Option<String>,
    /// For `judgmentServed`: the last day of the performance period, if the judgment sets one.
    #[cfg_attr(test, serde(default))]
    pub performance_due: Option<String>,
    /// For `judgmentServed`: the period as the judgment states it ("判决生效之日起三十日内").
    #[cfg_attr(test, serde(default))]
    pub performance_period: Option<String>,
    /// For `judgmentServed`: the day the judgment took effect (default: presumed).
    #[cfg_attr(test, serde(default))]
    pub effective_date: Option<String>,
    /// For `attendanceChecked`: whether everyone registered actually came.
    #[cfg_attr(test, serde(default))]
    pub attended: Option<bool>,
    /// For `reported` and `fedBack`: which trigger the report or feedback is about
    /// (`summonsReceived`, `hearing`, …), when it is not the latest one before `date`.
    #[cfg_attr(test, serde(default))]
    pub about: Option<Anchor>,
}
crate::form::read::form!(EventInput, deny_unknown_fields, { kind: EventKind = "kind", date: String = "date", hearing_date: Option<String> = "hearingDate" or Default::default(), performance_due: Option<String> = "performanceDue" or Default::default(), performance_period: Option<String> = "performancePeriod" or Default::default(), effective_date: Option<String> = "effectiveDate" or Default::default(), attended: Option<bool> = "attended" or Default::default(), about: Option<Anchor> = "about" or Default::default() });

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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Entry {
    pub date: String,
    pub kind: EntryKind,
    pub anchor: Anchor,
    pub anchor_date: String,
    /// Index of the event in the request that the entry derives from (the first, when several
    /// name the same anchor).
    pub event: usize,
    /// The pack rule (`gz-remind-7`) or the window (`defence-answer`) behind the entry.
    pub rule: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pack: Option<String>,
    /// What the rule asks for beyond its kind (`collectAppearingPerson`, `checkIdentity`, …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub task: Option<Task>,
    /// For items someone must do (the answer, the hearing, performance, the checks).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<State>,
    /// The day the item was recorded as done.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub done_on: Option<String>,
    pub message_id: &'static str,
    pub args: Args,
    /// Why this date, in the request's language.
    pub reason: String,
    /// Adjustments (moved off a rest day, moved to the trigger day) and state, rendered.
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Timeline {
    pub today: String,
    pub entries: Vec<Entry>,
    pub packs: Vec<PackInfo>,
    pub warnings: Vec<Note>,
    /// The timeline as an iCalendar (RFC 5545) document.
    pub ics: String,
}

impl Timeline {
    /// True when an item's day has passed with nothing recorded (state `missing`).
    pub fn has_missing(&self) -> bool {
        self.entries.iter().any(|e| e.state == Some(State::Missing))
    }
}

/// A warning: message id, arguments and the rendered message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Note {
    pub id: &'static str,
    pub args: Args,
    pub message: String,
}

/// A pack applied, with its source and its rest-day rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct PackInfo {
    pub name: String,
    pub source: Value,
    pub on_rest_day: RestDayRule,
}

fn msg(id: &str) -> &'static MessageTemplate {
    ENTRY_MESSAGES.iter().find(|m| m.id == id).unwrap_or(&ENTRY_MESSAGES[0])
}

fn bad(message: String) -> Error {
    Error::new(ErrorKind::InvalidData, message)
}

fn warn(warnings: &mut Vec<Note>, lang: Lang, id: &'static str, args: Args) {
    let message = crate::i18n::render(msg(id), lang, &args);
    warnings.push(Note { id, args, message });
}

/// Resolves `packs` (names of built-in packs, or inline `{name, timeline}` objects).
fn resolve_packs(packs: &[Value], lang: Lang, warnings: &mut Vec<Note>) -> Result<Vec<(String, TimelinePack)>, Error> {
    let mut out = Vec::new();
    for (i, p) in packs.iter().enumerate() {
        let (name, pack) = match p {
            Value::String(name) => match BUILT_IN.iter().find(|(n, _)| n == name) {
                Some((n, text)) => {
                    let pack = crate::packs::built_in_text(text).map_err(|e| e.to_string()).and_then(|v| <TimelinePack as crate::form::read::Read>::read(&v))
                        .map_err(|e| bad(format!("built-in pack {n}: timeline.json: {e}")))?;
                    (n.to_string(), pack)
                }
                None => {
                    warn(warnings, lang, "pack_without_timeline", crate::args![("pack", crate::date::truncate(name))]);
                    continue;
                }
            },
            Value::Object(o) => {
                let name = o.get("name").and_then(Value::as_str).unwrap_or("inline").to_string();
                match o.get("timeline") {
                    Some(t) => {
                        let pack = <TimelinePack as crate::form::read::Read>::read(t)
                            .map_err(|e| bad(format!("packs[{i}].timeline: {e}")))?;
                        (name, pack)
                    }
                    None => {
                        warn(warnings, lang, "pack_without_timeline", crate::args![("pack", crate::date::truncate(&name))]);
                        continue;
                    }
                }
            }
            _ => return Err(Error::new(ErrorKind::InvalidArgument, format!("packs[{i}]: expected a pack name or a pack object"))),
        };
        match &pack.none {
            Some(reason) if pack.rules.is_empty() && !reason.trim().is_empty() => {
                let args = crate::args![("pack", crate::date::truncate(&name)), ("reason", crate::date::truncate(reason))];
                warn(warnings, lang, "pack_timeline_none", args);
            }
            Some(_) => return Err(bad(format!("pack {name}: timeline: `none` (why there is no timeline) is a non-empty text, and then `rules` is empty"))),
            None => out.push((name, pack)),
        }
    }
    let rules: usize = out.iter().map(|(_, p)| p.rules.len()).sum();
    if rules > MAX_RULES {
        return Err(bad(format!("packs: at most {MAX_RULES} timeline rules")));
    }
    for (name, p) in &out {
        for r in &p.rules {
            let fits = match r.kind {
                EntryKind::Due | EntryKind::Hearing => false,
                EntryKind::Check => matches!(r.task, Some(Task::CheckIdentity | Task::CheckAttendance)),
                EntryKind::Reminder => matches!(r.task, None | Some(Task::CollectAppearingPerson | Task::PhoneReminder)),
                EntryKind::Report | EntryKind::Feedback => r.task.is_none(),
            };
            if !fits {
                return Err(bad(format!(
                    "pack {name}: rule {}: kind must be report, reminder, feedback or check; a check names its task (checkIdentity, checkAttendance), a reminder may name collectAppearingPerson or phoneReminder",
                    crate::date::truncate(&r.id)
                )));
            }
            if r.offset_days.abs() > 3660 {
                return Err(bad(format!("pack {name}: rule {}: offsetDays out of range", crate::date::truncate(&r.id))));
            }
        }
    }
    Ok(out)
}

/// A dated anchor produced from the events.
struct AnchorDate {
    anchor: Anchor,
    date: CivilDate,
    /// The first event that names it.
    event: usize,
    /// The anchor itself is a provisional due day (a year without holiday data).
    provisional: bool,
    /// The event that made the anchor known (the summons for its hearing), with its date: no
    /// reminder can be acted on before it.
    trigger: Option<(Anchor, CivilDate)>,
}

/// Adds `a`, merging it with an anchor of the same kind and day: one hearing, one set of entries.
fn add_anchor(anchors: &mut Vec<AnchorDate>, a: AnchorDate) {
    match anchors.iter_mut().find(|x| x.anchor == a.anchor && x.date == a.date) {
        Some(x) => {
            x.provisional |= a.provisional;
            // The earliest trigger is when the anchor became known.
            x.trigger = match (x.trigger, a.trigger) {
                (Some(t), Some(u)) => Some(if u.1 < t.1 { u } else { t }),
                (t, u) => t.or(u),
            };
        }
        None => anchors.push(a),
    }
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
    // What the agency and the bureau recorded: (kind, event date, hearing date named, attended).
    let mut done: Vec<Recorded> = Vec::new();
    let render = |id: &str, args: &Args| crate::i18n::render(msg(id), lang, args);
    let anchor_name = |a: Anchor| crate::i18n::render(a.name(), lang, &Args::new());
    let plain = |a: Anchor, date: CivilDate, event: usize| AnchorDate { anchor: a, date, event, provisional: false, trigger: None };
    for (i, e) in events.iter().enumerate() {
        let field = |name: &str| format!("events[{i}].{name}");
        let date = crate::date::parse_civil_date(&e.date, &field("date"))?;
        let hearing_date = e.hearing_date.as_deref().map(|h| crate::date::parse_civil_date(h, &field("hearingDate"))).transpose()?;
        let anchor = match e.kind {
            EventKind::NoticeToRespondReceived => Some(Anchor::NoticeToRespondReceived),
            EventKind::AppealReceived => Some(Anchor::AppealReceived),
            EventKind::SummonsReceived => Some(Anchor::SummonsReceived),
            EventKind::JudgmentServed => Some(Anchor::JudgmentServed),
            EventKind::Hearing | EventKind::Appeared => Some(Anchor::Hearing),
            EventKind::Answered => Some(Anchor::Answered),
            EventKind::Performed => Some(Anchor::Performed),
            EventKind::IdentityChecked | EventKind::AttendanceChecked | EventKind::Reported | EventKind::FedBack => None,
        };
        if let Some(anchor) = anchor {
            add_anchor(&mut anchors, plain(anchor, date, i));
        }
        if !matches!(
            e.kind,
            EventKind::NoticeToRespondReceived | EventKind::AppealReceived | EventKind::SummonsReceived | EventKind::JudgmentServed | EventKind::Hearing
        ) {
            done.push(Recorded { kind: e.kind, date, hearing: hearing_date, attended: e.attended, about: e.about });
        }
        let window = match e.kind {
            EventKind::NoticeToRespondReceived => Some(("defence-answer", Anchor::AnswerDue)),
            EventKind::AppealReceived => Some(("appeal-answer", Anchor::AppealAnswerDue)),
            _ => None,
        };
        if let Some((window_id, due_anchor)) = window {
            let window = crate::windows::find(window_id)?;
            let wc = crate::windows::compute(window, date, calendar)?;
            if let Some(c) = wc.computation.as_ref() {
                let trigger = anchor.map(|a| (a, date));
                add_anchor(&mut anchors, AnchorDate { anchor: due_anchor, date: c.due, event: i, provisional: c.provisional, trigger });
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
                    task: None,
                    state: None,
                    done_on: None,
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
        if e.kind == EventKind::SummonsReceived {
            if let Some(hd) = hearing_date {
                add_anchor(&mut anchors, AnchorDate { trigger: Some((Anchor::SummonsReceived, date)), ..plain(Anchor::Hearing, hd, i) });
            }
        }
        if e.kind != EventKind::JudgmentServed {
            continue;
        }
        let trigger = Some((Anchor::JudgmentServed, date));
        if let Some(p) = &e.performance_due {
            let pd = crate::date::parse_civil_date(p, &field("performanceDue"))?;
            add_anchor(&mut anchors, AnchorDate { trigger, ..plain(Anchor::PerformanceDue, pd, i) });
            let args = crate::args![("anchor", anchor_name(Anchor::PerformanceDue))];
            entries.push(Entry {
                date: format_civil_date(pd),
                kind: EntryKind::Due,
                anchor: Anchor::PerformanceDue,
                anchor_date: format_civil_date(date),
                event: i,
                rule: "judgment".into(),
                pack: None,
                task: None,
                state: None,
                done_on: None,
                message_id: "performance_due",
                reason: render("performance_due", &args),
                args,
                notes: Vec::new(),
                provisional: calendar.missing_notice_year(pd).is_some(),
                past: pd < today,
                steps: Vec::new(),
                basis: Vec::new(),
            });
        } else if let Some(text) = &e.performance_period {
            let (base, period) = performance::parse(text, &field("performancePeriod"))?;
            let mut notes = Vec::new();
            let mut provisional = false;
            let from = match (base, &e.effective_date) {
                (performance::Base::Served, _) => date,
                (performance::Base::Effective, Some(eff)) => crate::date::parse_civil_date(eff, &field("effectiveDate"))?,
                (performance::Base::Effective, None) => {
                    // No appeal within the appeal period: the judgment takes effect the next day.
                    let window = crate::windows::find("appeal-judgment")?;
                    let wc = crate::windows::compute(window, date, calendar)?;
                    let Some(c) = wc.computation.as_ref() else { continue };
                    provisional |= c.provisional;
                    let effective = c.due.succ_opt().unwrap_or(c.due);
                    let args = crate::args![("appealDue", localized_date(c.due, lang)), ("effective", localized_date(effective, lang))];
                    notes.push(render("effective_presumed", &args));
                    effective
                }
            };
            let c = crate::period::compute(from, period, calendar)?;
            provisional |= c.provisional;
            add_anchor(&mut anchors, AnchorDate { trigger, provisional, ..plain(Anchor::PerformanceDue, c.due, i) });
            let args = crate::args![("anchor", anchor_name(Anchor::PerformanceDue)), ("period", crate::date::truncate(text))];
            entries.push(Entry {
                date: format_civil_date(c.due),
                kind: EntryKind::Due,
                anchor: Anchor::PerformanceDue,
                anchor_date: format_civil_date(date),
                event: i,
                rule: "judgment-period".into(),
                pack: None,
                task: None,
                state: None,
                done_on: None,
                message_id: "performance_period_due",
                reason: render("performance_period_due", &args),
                args,
                notes,
                provisional,
                past: c.due < today,
                steps: c.steps.iter().map(|s| s.to_view(lang)).collect(),
                basis: c.basis(false).iter().map(|x| x.to_view(lang)).collect(),
            });
        }
    }
    // Hearings appear as entries once per date.
    for a in anchors.iter().filter(|a| a.anchor == Anchor::Hearing) {
        entries.push(Entry {
            date: format_civil_date(a.date),
            kind: EntryKind::Hearing,
            anchor: Anchor::Hearing,
            anchor_date: format_civil_date(a.date),
            event: a.event,
            rule: "hearing".into(),
            pack: None,
            task: None,
            state: None,
            done_on: None,
            message_id: "hearing",
            args: Args::new(),
            reason: render("hearing", &Args::new()),
            notes: Vec::new(),
            provisional: false,
            past: a.date < today,
            steps: Vec::new(),
            basis: Vec::new(),
        });
    }

    // Local rules.
    for (pack_name, pack) in &packs {
        for rule in &pack.rules {
            let mode = rule.on_rest_day.unwrap_or_else(|| pack.on_rest_day.for_kind(rule.kind));
            for a in anchors.iter().filter(|a| rule.anchors.contains(&a.anchor)) {
                let Some(raw) = a.date.checked_add_signed(chrono::Duration::days(i64::from(rule.offset_days))) else {
                    continue;
                };
                let (mut date, moved) = calendar.move_off_rest_day(raw, mode);
                let mut notes = Vec::new();
                let mut iso_extra: Vec<(&str, String)> = Vec::new();
                let ahead = matches!(rule.kind, EntryKind::Reminder | EntryKind::Check);
                match a.trigger {
                    // Nobody can act before the trigger arrived: the short week starts that day.
                    Some((trigger, trigger_date)) if ahead && date < trigger_date => {
                        date = trigger_date;
                        let margs = crate::args![
                            ("original", localized_date(raw, lang)),
                            ("trigger", anchor_name(trigger)),
                            ("triggerDate", localized_date(trigger_date, lang)),
                        ];
                        notes.push(render("moved_to_trigger", &margs));
                        iso_extra.push(("original", format_civil_date(raw)));
                        iso_extra.push(("movedTo", "trigger".into()));
                        iso_extra.push(("trigger", trigger.id().into()));
                        iso_extra.push(("triggerDate", format_civil_date(trigger_date)));
                    }
                    _ if moved => {
                        let id = if mode == OnRestDay::Previous { "moved_previous" } else { "moved_next" };
                        let margs = crate::args![("original", localized_date(raw, lang)), ("date", localized_date(date, lang))];
                        notes.push(render(id, &margs));
                        iso_extra.push(("original", format_civil_date(raw)));
                        iso_extra.push(("movedTo", mode.id().into()));
                    }
                    _ => {}
                }
                // A reminder counts the days left from the day it is actually due.
                let days = if rule.kind == EntryKind::Reminder {
                    (a.date - date).num_days().unsigned_abs()
                } else {
                    u64::from(rule.offset_days.unsigned_abs())
                };
                let args = crate::args![
                    ("anchor", anchor_name(a.anchor)),
                    ("anchorDate", localized_date(a.date, lang)),
                    ("days", days),
                    ("date", localized_date(date, lang)),
                ];
                let message_id: &'static str = match (rule.kind, rule.task) {
                    (EntryKind::Report, _) => "report",
                    (EntryKind::Reminder, Some(Task::CollectAppearingPerson)) => "reminder_collect",
                    (EntryKind::Reminder, Some(Task::PhoneReminder)) => "reminder_phone",
                    (EntryKind::Reminder, _) => "reminder",
                    (EntryKind::Check, Some(Task::CheckAttendance)) => "check_attendance",
                    (EntryKind::Check, _) => "check_identity",
                    _ => "feedback",
                };
                let provisional = a.provisional
                    || calendar.missing_notice_year(date).is_some()
                    || calendar.missing_notice_year(raw).is_some();
                if provisional {
                    let year = calendar
                        .missing_notice_year(date)
                        .or(calendar.missing_notice_year(raw))
                        .unwrap_or(chrono::Datelike::year(&date));
                    notes.push(render("provisional", &crate::args![("year", year)]));
                }
                // Args hold ISO dates so tests stay language-neutral; `reason` is localised.
                let mut iso_args = args.clone();
                iso_args.insert("anchor".into(), a.anchor.id().into());
                iso_args.insert("anchorDate".into(), format_civil_date(a.date));
                iso_args.insert("date".into(), format_civil_date(date));
                for (k, v) in iso_extra {
                    iso_args.insert(k.into(), v);
                }
                entries.push(Entry {
                    date: format_civil_date(date),
                    kind: rule.kind,
                    anchor: a.anchor,
                    anchor_date: format_civil_date(a.date),
                    event: a.event,
                    rule: rule.id.clone(),
                    pack: Some(pack_name.clone()),
                    task: rule.task,
                    state: None,
                    done_on: None,
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
    // The same due day named twice (two copies of one notice) is one entry.
    let mut seen = std::collections::HashSet::new();
    entries.retain(|e| seen.insert((e.date.clone(), e.kind.id(), e.anchor, e.anchor_date.clone(), e.rule.clone(), e.pack.clone())));
    set_states(&mut entries, &anchors, &done, today, lang);

    let order = |k: EntryKind| match k {
        EntryKind::Report => 0,
        EntryKind::Reminder => 1,
        EntryKind::Hearing => 2,
        EntryKind::Check => 3,
        EntryKind::Due => 4,
        EntryKind::Feedback => 5,
    };
    crate::sort::sort_by(&mut entries, |a, b| (a.date.as_str(), order(a.kind), a.event, a.rule.as_str()).cmp(&(b.date.as_str(), order(b.kind), b.event, b.rule.as_str())));

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
                categories: e.kind.id(),
            })
            .collect();
        ics::write(&events, today, title)
    };
    Ok(Timeline {
        today: format_civil_date(today),
        entries,
        packs: packs.iter().map(|(n, p)| PackInfo { name: n.clone(), source: p.source.clone(), on_rest_day: p.on_rest_day.clone() }).collect(),
        warnings,
        ics: ics_text,
    })
}

/// What the agency or the bureau recorded as done: an answer, an appearance, a performance, a
/// check, a report or a feedback.
struct Recorded {
    kind: EventKind,
    date: CivilDate,
    /// The hearing a check names.
    hearing: Option<CivilDate>,
    attended: Option<bool>,
    /// The trigger a report or feedback names.
    about: Option<Anchor>,
}

/// Gives each item its state from what was recorded: the answer period (`answered`), the
/// hearing (`appeared`), the performance period (`performed`), the checks, and the reports and
/// feedback (`reported`, `fedBack`).
fn set_states(entries: &mut [Entry], anchors: &[AnchorDate], done: &[Recorded], today: CivilDate, lang: Lang) {
    let hearings: Vec<CivilDate> = {
        let mut h: Vec<CivilDate> = anchors.iter().filter(|a| a.anchor == Anchor::Hearing).map(|a| a.date).collect();
        crate::sort::sort_by(&mut h, Ord::cmp);
        h
    };
    // The hearing a check names, or the next one on or after it (identity), the last one on or
    // before it (attendance).
    let hearing_of = |kind: EventKind, date: CivilDate, named: Option<CivilDate>| {
        named.or_else(|| match kind {
            EventKind::IdentityChecked => hearings.iter().copied().find(|h| *h >= date),
            _ => hearings.iter().rev().copied().find(|h| *h <= date),
        })
    };
    // An answer or a performance belongs to the latest trigger it follows.
    let belongs = |targets: &[Anchor], date: CivilDate| {
        anchors
            .iter()
            .filter(|a| targets.contains(&a.anchor) && a.trigger.is_some_and(|t| t.1 <= date))
            .max_by_key(|a| a.trigger.map(|t| t.1))
            .map(|a| (a.anchor, a.date))
    };
    // A report or feedback belongs to the latest trigger on or before it that has such an item
    // (of the kind `about` names, if it names one): the (anchor, anchor date) of that item.
    let triggers = |kind: EntryKind| -> Vec<(Anchor, String)> {
        let mut t: Vec<(Anchor, String)> = entries.iter().filter(|e| e.kind == kind).map(|e| (e.anchor, e.anchor_date.clone())).collect();
        crate::sort::sort_by(&mut t, |a, b| a.1.cmp(&b.1));
        t.dedup();
        t
    };
    let reports = triggers(EntryKind::Report);
    let feedbacks = triggers(EntryKind::Feedback);
    let about = |items: &[(Anchor, String)], r: &Recorded| -> Option<(Anchor, String)> {
        let date = format_civil_date(r.date);
        items.iter().rev().find(|(a, d)| *d <= date && r.about.is_none_or(|x| x == *a)).cloned()
    };
    for e in entries.iter_mut() {
        let is_item = matches!(
            (e.kind, e.anchor, e.task),
            (EntryKind::Due, Anchor::AnswerDue | Anchor::AppealAnswerDue | Anchor::PerformanceDue, _)
                | (EntryKind::Hearing, _, _)
                | (EntryKind::Check, _, Some(_))
                | (EntryKind::Report | EntryKind::Feedback, _, _)
        );
        if !is_item {
            continue;
        }
        let due_anchor_date = if e.kind == EntryKind::Due { e.date.clone() } else { e.anchor_date.clone() };
        let mut done_on: Option<(CivilDate, Option<bool>)> = None;
        for r in done {
            let (kind, date, named, attended) = (r.kind, r.date, r.hearing, r.attended);
            let hit = match (e.kind, kind) {
                (EntryKind::Report, EventKind::Reported) => about(&reports, r).is_some_and(|(a, d)| a == e.anchor && d == e.anchor_date),
                (EntryKind::Feedback, EventKind::FedBack) => about(&feedbacks, r).is_some_and(|(a, d)| a == e.anchor && d == e.anchor_date),
                (EntryKind::Due, EventKind::Answered) => belongs(&[Anchor::AnswerDue, Anchor::AppealAnswerDue], date)
                    .is_some_and(|(a, d)| a == e.anchor && format_civil_date(d) == due_anchor_date),
                (EntryKind::Due, EventKind::Performed) => {
                    belongs(&[Anchor::PerformanceDue], date).is_some_and(|(a, d)| a == e.anchor && format_civil_date(d) == due_anchor_date)
                }
                (EntryKind::Hearing, EventKind::Appeared) => format_civil_date(date) == e.date,
                (EntryKind::Check, EventKind::IdentityChecked) if e.task == Some(Task::CheckIdentity) => {
                    hearing_of(kind, date, named).is_some_and(|h| format_civil_date(h) == e.anchor_date)
                }
                (EntryKind::Check, EventKind::AttendanceChecked) if e.task == Some(Task::CheckAttendance) => {
                    hearing_of(kind, date, named).is_some_and(|h| format_civil_date(h) == e.anchor_date)
                }
                _ => false,
            };
            if hit && done_on.is_none_or(|(d, _)| date < d) {
                done_on = Some((date, attended));
            }
        }
        let render = |id: &str, args: &Args| crate::i18n::render(msg(id), lang, args);
        match done_on {
            Some((d, attended)) => {
                e.state = Some(State::Done);
                e.done_on = Some(format_civil_date(d));
                let late = format_civil_date(d) > e.date && e.kind != EntryKind::Check;
                let date = crate::date::parse_civil_date(&e.date, "date").unwrap_or(today);
                let args = crate::args![("doneOn", localized_date(d, lang)), ("date", localized_date(date, lang))];
                e.notes.push(render(if late { "done_late" } else { "done" }, &args));
                if attended == Some(false) {
                    e.args.insert("attended".into(), "false".into());
                    e.notes.push(render("did_not_attend", &Args::new()));
                }
            }
            None if e.past => {
                e.state = Some(State::Missing);
                let date = crate::date::parse_civil_date(&e.date, "date").unwrap_or(today);
                e.notes.push(render("missing", &crate::args![("date", localized_date(date, lang))]));
            }
            None => e.state = Some(State::Pending),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every folder of `data/packs/` has a timeline section: rules, or `none` with the reason.
    #[test]
    fn every_pack_has_a_timeline_or_says_why_not() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/packs");
        let mut names = Vec::new();
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            if !entry.path().is_dir() {
                continue;
            }
            let name = entry.file_name().to_string_lossy().to_string();
            let text = std::fs::read_to_string(entry.path().join("timeline.json"))
                .unwrap_or_else(|e| panic!("data/packs/{name}/timeline.json: {e}"));
            let pack: TimelinePack = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            match &pack.none {
                Some(reason) => assert!(pack.rules.is_empty() && !reason.trim().is_empty(), "{name}"),
                None => {
                    assert!(!pack.rules.is_empty(), "{name}: no rules and no `none`");
                    // A shipped pack with rules is a built-in timeline, compiled in as it is on disk.
                    let built = BUILT_IN.iter().find(|(n, _)| *n == name).unwrap_or_else(|| panic!("{name}: not in BUILT_IN"));
                    assert_eq!(built.1, text, "{name}");
                    assert!(pack.on_rest_day.reading.as_deref().is_some_and(|r| !r.trim().is_empty()), "{name}: onRestDay.reading");
                }
            }
            names.push(name);
        }
        assert!(names.len() >= 3, "{names:?}");
    }
}
