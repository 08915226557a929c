//! Date checks inside filings (area `deadline`, ids `DL-…`), recorded by
//! [`check_window`] (windows and periods: [`crate::windows`]).
//!
//! Every message has the placeholders `{windowName}` (the window, in the report's language),
//! `{trigger}`, `{filed}` and, when computable, `{due}` and `{period}` (the code, `15d`; messages
//! show `{periodWords}`, `15日`); `{basis}` carries the
//! window's own articles rendered in the report's language (the rule's `citations` are the period
//! rules that apply to every window).

use super::{MessageTemplate, Rule};
use crate::law::{Citation, ADMIN_LITIGATION_LAW_2017, ALPL_INTERPRETATION_2018, CIVIL_PROCEDURE_LAW_2023};
use crate::report::Severity;

/// DL-001: filed after the window closed.
pub static LATE: Rule = Rule {
    id: "DL-001",
    area: "deadline",
    title_zh_hans: "须在法定期限内提交",
    title_en: "Must be filed within the statutory period",
    default_severity: Severity::Error,
    messages: &[
        MessageTemplate::new(
            "late",
            "{windowName}：自{trigger}起{periodWords}，期限于{due}届满，{filed}提交已逾期（{basis}）",
            "{windowName}: the period of {periodWords} from {trigger} ended on {due}; filed on {filed}, it is late ({basis})",
        ),
        MessageTemplate::new(
            "late_before_event",
            "{windowName}：应在{trigger}的{periodWords}前、不晚于{due}完成，{filed}已逾期（{basis}）",
            "{windowName}: due {periodWords} before {trigger}, by {due}; done on {filed}, it is late ({basis})",
        ),
    ],
    citations: &[
        Citation::article(ALPL_INTERPRETATION_2018, 48),
        Citation::article(CIVIL_PROCEDURE_LAW_2023, 85),
    ],
    deprecated: None,
};

/// DL-002: late, but an exception may apply.
pub static EXCEPTION_MAY_APPLY: Rule = Rule {
    id: "DL-002",
    area: "deadline",
    title_zh_hans: "逾期时提示可能适用的例外",
    title_en: "When late, point to the exception that may apply",
    default_severity: Severity::Warning,
    messages: &[
        MessageTemplate::new(
            "suit_delay",
            "{windowName}：因不可抗力或者其他不属于自身的原因耽误期限的，被耽误的时间不计算在期限内；因其他特殊情况耽误的，可在障碍消除后十日内申请延长",
            "{windowName}: time lost to force majeure or other causes not of the filer's making is not counted; for other special circumstances, an extension may be requested within 10 days after the obstacle ends",
        ),
        MessageTemplate::new(
            "party_delay",
            "{windowName}：因不可抗拒的事由或者其他正当理由耽误期限的，可在障碍消除后的十日内申请顺延期限，是否准许由人民法院决定",
            "{windowName}: a period missed for an irresistible cause or another good reason may be extended on application within 10 days after the obstacle ends; the court decides",
        ),
    ],
    citations: &[
        Citation::article(ADMIN_LITIGATION_LAW_2017, 48),
        Citation::article(CIVIL_PROCEDURE_LAW_2023, 86),
    ],
    deprecated: None,
};

/// DL-003: late against a provisional due day.
pub static PROVISIONAL: Rule = Rule {
    id: "DL-003",
    area: "deadline",
    title_zh_hans: "期限届满日所在年份的放假安排未载入时，逾期结论为暂定",
    title_en: "A late verdict is provisional when the holiday notice of a year it depends on is not loaded",
    default_severity: Severity::Warning,
    messages: &[MessageTemplate::new(
        "possibly_late",
        "{windowName}：按暂定日期{due}计算，{filed}提交可能已逾期；{years}年的调休安排尚未公布（法定节假日已计入），届满日可能因调休顺延",
        "{windowName}: against the provisional due day {due}, filing on {filed} may be late; the {years} holiday notice (调休) is not yet published (the statutory holidays are counted) and a swap could move the due day later",
    )],
    citations: &[Citation::article(ALPL_INTERPRETATION_2018, 48).paragraph(3)],
    deprecated: None,
};

/// DL-004: posted in time.
pub static POSTMARK_IN_TIME: Rule = Rule {
    id: "DL-004",
    area: "deadline",
    title_zh_hans: "期满前交邮的，视为在期限内",
    title_en: "A document posted before expiry is in time",
    default_severity: Severity::Info,
    messages: &[MessageTemplate::new(
        "postmark_in_time",
        "{windowName}：{filed}收到，但于{postmark}交邮，在期限届满（{due}）前，不算过期",
        "{windowName}: received on {filed} but posted on {postmark}, before the period ended ({due}): in time",
    )],
    citations: &[
        Citation::article(ALPL_INTERPRETATION_2018, 48).paragraph(4),
        Citation::article(CIVIL_PROCEDURE_LAW_2023, 85).paragraph(4),
    ],
    deprecated: None,
};

/// DL-005: the window has no computable limit.
pub static NOT_COMPUTABLE: Rule = Rule {
    id: "DL-005",
    area: "deadline",
    title_zh_hans: "期限无法计算为具体日期时予以说明",
    title_en: "Say so when a window cannot be computed to a date",
    default_severity: Severity::Info,
    messages: &[MessageTemplate::new(
        "not_computable",
        "{windowName}：{reason}（{basis}）",
        "{windowName}: {reason} ({basis})",
    )],
    citations: &[Citation::article(ADMIN_LITIGATION_LAW_2017, 47).paragraph(2)],
    deprecated: None,
};

/// DL-006: the filing date is before the trigger.
pub static FILED_BEFORE_TRIGGER: Rule = Rule {
    id: "DL-006",
    area: "deadline",
    title_zh_hans: "提交日期不应早于期限起算的事件",
    title_en: "The filing date should not precede the event that starts the period",
    default_severity: Severity::Warning,
    messages: &[MessageTemplate::new(
        "filed_before_trigger",
        "{windowName}：提交日期{filed}早于起算日{trigger}，请核对日期",
        "{windowName}: the filing date {filed} is before the trigger date {trigger}; check the dates",
    )],
    citations: &[Citation::article(ALPL_INTERPRETATION_2018, 48).paragraph(2)],
    deprecated: None,
};

/// DL-007: nullity claims over acts made before 2015-05-01.
pub static NULLITY_CUTOFF: Rule = Rule {
    id: "DL-007",
    area: "deadline",
    title_zh_hans: "对2015年5月1日之前作出的行政行为请求确认无效的，不予立案",
    title_en: "Claims to confirm nullity of acts made before 2015-05-01 are not registered",
    default_severity: Severity::Error,
    messages: &[MessageTemplate::new(
        "before_cutoff",
        "{windowName}：行政行为作出于{trigger}，早于{cutoff}，请求确认无效的，人民法院不予立案",
        "{windowName}: the act was made on {trigger}, before {cutoff}; a claim to confirm its nullity is not registered",
    )],
    citations: &[Citation::article(ALPL_INTERPRETATION_2018, 162)],
    deprecated: None,
};

/// Every deadline rule.
pub static RULES: &[&Rule] = &[
    &LATE,
    &EXCEPTION_MAY_APPLY,
    &PROVISIONAL,
    &POSTMARK_IN_TIME,
    &NOT_COMPUTABLE,
    &FILED_BEFORE_TRIGGER,
    &NULLITY_CUTOFF,
];

// --- The check, run on a filing's date fields ([`crate::filings`]) and by op `windows`. ---

use crate::calendar::Calendar;
use crate::date::{format_civil_date, CivilDate};
use crate::error::Error;
use crate::i18n::Lang;
use crate::period::Step;
use crate::rules::Findings;
use crate::windows::{compute, find, reason, Limit, WindowClass};

/// Checks that a filing made on `filed` (or posted on `postmark`) is within `window_id`,
/// triggered on `trigger`, and records findings at `path` (a JSON Pointer to the date field).
///
/// Findings (all citing the window's articles in the `basis` argument):
/// - `DL-001` error: certainly late (filed, and posted if a postmark is given, after the due day);
/// - `DL-002` warning: late, but an exception may apply (行政诉讼法 第四十八条 for 起诉期限,
///   民事诉讼法 第八十六条 for a party's procedural period);
/// - `DL-003` warning: late against a provisional due day, but not after the latest day the
///   pending 调休 of a year without a notice could move it to (`latest` in the args); after
///   that day the filing is certainly late (`DL-001`);
/// - `DL-004` info: filed after the due day but posted (交邮) in time, so not late;
/// - `DL-005` info: the window has no computable limit;
/// - `DL-006` warning: the filing date is before the trigger (check the dates);
/// - `DL-007` error: a claim to confirm nullity of an act made before 2015-05-01.
///
/// # Errors
/// `unknown_window`, or `invalid_date` when the arithmetic leaves the calendar.
///
/// # Example
/// ```
/// use filing_check::{calendar::Calendar, rules::{CheckOptions, Findings}, rules::deadline::check_window};
/// let day = |s| filing_check::date::parse_civil_date(s, "d").unwrap();
/// let options = CheckOptions::new(day("2025-10-20"));
/// let mut findings = Findings::new(&options);
/// // Complaint copy received 2025-09-16: 15 days end 10-01, moved past 国庆 to 10-09.
/// check_window("defence-answer", day("2025-09-16"), day("2025-10-10"), None,
///              &Calendar::default(), &mut findings, "/answer/filedOn").unwrap();
/// let found = findings.into_vec();
/// assert_eq!(found[0].rule_id, "DL-001");
/// ```
pub fn check_window(
    window_id: &str,
    trigger: CivilDate,
    filed: CivilDate,
    postmark: Option<CivilDate>,
    calendar: &Calendar,
    findings: &mut Findings,
    path: &str,
) -> Result<(), Error> {
    let window = find(window_id)?;
    let wc = compute(window, trigger, calendar)?;
    let lang = findings.options().lang;
    let basis = wc.version.citations.iter().map(|c| c.render(lang)).collect::<Vec<_>>().join(if lang == Lang::En { "; " } else { "、" });
    let d = format_civil_date;
    let mut args = crate::args![
        ("window", window.id),
        ("windowName", window.name(lang)),
        ("trigger", d(trigger)),
        ("filed", d(filed)),
        ("basis", basis),
    ];
    if let Limit::Cutoff(cutoff) = wc.version.limit {
        if d(trigger).as_str() < cutoff {
            args.insert("cutoff".into(), cutoff.into());
            findings.add(&NULLITY_CUTOFF, "before_cutoff", path, args);
        }
        return Ok(());
    }
    let Some(c) = wc.computation.as_ref() else {
        let why = match wc.version.limit {
            _ if wc.older_text => "older_text_not_encoded",
            Limit::NotComputable(id) => id,
            _ => "no_limit",
        };
        args.insert("reason".into(), reason(why, lang, None).message);
        findings.add(&NOT_COMPUTABLE, "not_computable", path, args);
        return Ok(());
    };
    args.insert("due".into(), d(c.due));
    args.insert("period".into(), c.period.to_string());
    args.insert("periodWords".into(), c.period.words(findings.options().lang));
    let is_before = matches!(wc.version.limit, Limit::Before(_));
    if !is_before && filed < trigger {
        findings.add(&FILED_BEFORE_TRIGGER, "filed_before_trigger", path, args);
        return Ok(());
    }
    if filed <= c.due {
        return Ok(());
    }
    if let Some(p) = postmark {
        args.insert("postmark".into(), d(p));
        if c.postmark_in_time(p) {
            findings.add(&POSTMARK_IN_TIME, "postmark_in_time", path, args);
            return Ok(());
        }
    }
    // Late even if every pending day of an unpublished 调休 became a rest day: certainly late.
    let certainly_late = c.latest_due.is_some_and(|latest| filed > latest && postmark.map_or(true, |p| p > latest));
    if c.provisional && !certainly_late {
        if let Some(latest) = c.latest_due {
            args.insert("latest".into(), d(latest));
        }
        let years: Vec<String> = c
            .warnings
            .iter()
            .filter_map(|w| if let Step::Provisional { year, .. } = w { Some(year.to_string()) } else { None })
            .collect();
        args.insert("years".into(), years.join(", "));
        findings.add(&PROVISIONAL, "possibly_late", path, args);
        return Ok(());
    }
    findings.add(&LATE, if is_before { "late_before_event" } else { "late" }, path, args.clone());
    match window.class {
        WindowClass::Suit => findings.add(&EXCEPTION_MAY_APPLY, "suit_delay", path, args),
        WindowClass::Party => findings.add(&EXCEPTION_MAY_APPLY, "party_delay", path, args),
        WindowClass::CourtOrAgency => {}
    }
    Ok(())
}

