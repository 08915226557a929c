//! The desk's reminders (提醒) as iCalendar: every step still pending on the day asked about, on
//! the day it falls due, and every remedy item (补救) on that day itself, because a remedy is
//! already overdue. Written by the timeline's RFC 5545 writer, so the bytes follow from the input
//! and `today` alone (no clock, stable UIDs).

use super::status::{RemedyKind, StepKind};
use super::{StepState, Supervision};
use crate::i18n::Lang;
use crate::timeline::ics::{fnv1a, write, IcsEvent};

fn step_name(step: StepKind, lang: Lang) -> &'static str {
    let [hans, hant, en] = match step {
        StepKind::Answer => ["答辩", "答辯", "answer"],
        StepKind::Appearance => ["出庭应诉", "出庭應訴", "appearance"],
        StepKind::Performance => ["履行判决", "履行判決", "performing the judgment"],
        StepKind::Report => ["报备", "報備", "report to the bureau"],
        StepKind::Feedback => ["反馈", "反饋", "feedback to the bureau"],
    };
    match lang {
        Lang::ZhHans => hans,
        Lang::ZhHant => hant,
        Lang::En => en,
    }
}

/// The name of a remedy item in `lang`.
pub fn remedy_name(kind: RemedyKind, lang: Lang) -> &'static str {
    let [hans, hant, en] = match kind {
        RemedyKind::LateAnswer => ["未按时答辩", "未按時答辯", "answer late or missing"],
        RemedyKind::NoAppearance => ["未出庭", "未出庭", "nobody appeared"],
        RemedyKind::NonPerformance => ["未履行", "未履行", "judgment not performed"],
        RemedyKind::HeadMustAppear => ["年度首起开庭的一审案件负责人未出庭", "年度首起開庭的一審案件負責人未出庭", "no head at the year's first first-instance hearing"],
    };
    match lang {
        Lang::ZhHans => hans,
        Lang::ZhHant => hant,
        Lang::En => en,
    }
}

/// The reminders of `status` as one VCALENDAR.
pub fn ics(status: &Supervision, lang: Lang) -> String {
    let today = crate::date::parse_civil_date(&status.today, "today").unwrap_or_default();
    let (due_word, from_word, step_word, remedy_word, calendar) = match lang {
        Lang::ZhHans => ("到期", "起算日", "督办", "补救", "行政应诉督办提醒"),
        Lang::ZhHant => ("到期", "起算日", "督辦", "補救", "行政應訴督辦提醒"),
        Lang::En => (" due", "counted from", "supervision", "remedy", "Litigation supervision reminders"),
    };
    let mut texts: Vec<(String, crate::date::CivilDate, String, String, &str)> = Vec::new();
    for c in &status.cases {
        for s in c.steps.iter().filter(|s| s.state == StepState::Pending) {
            let Ok(due) = crate::date::parse_civil_date(&s.due, "due") else { continue };
            let summary = format!("{} {}{}：{}", c.case_number, step_name(s.step, lang), due_word, c.agency);
            let description = format!("{} · {}{} {} · {} {}", c.agency, step_name(s.step, lang), due_word, s.due, from_word, s.anchor_date);
            let uid = format!("{:016x}@filing-check.supervision", fnv1a(&format!("{}|{}|{}|{}", c.case_number, s.rule, s.anchor_date, s.due)));
            texts.push((uid, due, summary, description, step_word));
        }
    }
    for r in &status.remedies {
        let summary = format!("{}：{} {}（{}）", remedy_word, r.case_number, remedy_name(r.remedy, lang), r.agency);
        let basis: Vec<&str> = r.citations.iter().map(|c| c.text.as_str()).chain(r.source.as_deref()).collect();
        let description = format!("{} · {} · {}", r.due, r.agency, basis.join("；"));
        let uid = format!("{:016x}@filing-check.supervision", fnv1a(&format!("{}|{:?}|{}|{}", r.case_number, r.remedy, r.due, status.today)));
        texts.push((uid, today, summary, description, remedy_word));
    }
    let events: Vec<IcsEvent<'_>> = texts
        .iter()
        .map(|(uid, date, summary, description, categories)| IcsEvent { uid: uid.clone(), date: *date, summary, description, categories })
        .collect();
    write(&events, today, calendar)
}
