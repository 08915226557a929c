//! The `appearance` section of a local rule pack, and the checks it switches on (APP-101…105).
//!
//! Format (`data/packs/<name>/appearance.json`, or `"appearance": {...}` in an inline pack):
//!
//! ```json
//! {
//!   "title": "广州市行政机关负责人出庭应诉机制",
//!   "titleEn": "Guangzhou agency-head appearance mechanism",
//!   "checks": [
//!     { "check": "head-should-appear", "when": ["first-first-instance-of-year"], "source": "…" },
//!     { "check": "record-principal-head", "source": "…" },
//!     { "check": "reminders", "daysBefore": [7, 1], "source": "…" },
//!     { "check": "identity-check", "source": "…" },
//!     { "check": "attendance-check", "source": "…" }
//!   ]
//! }
//! ```
//!
//! Every check names its `source` (the local document, its number and date, or an honest note
//! that the text was not available); the text is passed to the finding as the `source` argument.
//! Keys starting with `$` are comments. Anything else is `invalid_data`.

use crate::calendar::{Calendar, OnRestDay};
use crate::packs::{self, Section};
use crate::date::{format_civil_date, CivilDate};
use crate::error::{Error, ErrorKind};
use crate::filings::appearance::{AppearanceFiling, Assessment, Standing};
use crate::filings::posts::{PostClass, Title, CLASS_CODES};
use crate::rules::appearance as rules;
use crate::rules::Findings;
use chrono::Days;
use serde_json::Value;

/// Situations in which a local pack says the head should appear: (code, zh-Hans, en).
pub const SITUATIONS: &[(&str, &str, &str)] = &[
    ("first-first-instance-of-year", "本机关本年度第一件一审案件开庭", "it is the agency's first first-instance hearing of the year"),
    ("substantive-resolution", "负责人出庭有助于实质性化解行政争议", "the head's appearance helps resolve the dispute in substance"),
    ("court-written-suggestion", "法院书面建议负责人出庭", "the court has suggested the head's appearance in writing"),
];

/// The checks a pack can switch on.
pub const CHECKS: &[&str] = &["head-should-appear", "record-principal-head", "reminders", "identity-check", "attendance-check", "post-titles"];

/// One configured check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Check {
    HeadShouldAppear { when: Vec<&'static str> },
    RecordPrincipalHead,
    /// `daysBefore` calendar days before the hearing, moved off a rest day as `onRestDay` says
    /// (default `previous`: the rule the timeline applies to the same reminders).
    Reminders { days_before: Vec<u32>, on_rest_day: OnRestDay },
    IdentityCheck,
    AttendanceCheck,
    /// Local post titles added to the national table ([`super::posts`]): no finding of its own.
    PostTitles { titles: Vec<Title> },
}

/// One pack's appearance section, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppearancePack {
    /// The pack's name.
    pub name: String,
    /// zh-Hans title, used in messages (the name when absent).
    pub title: String,
    /// English title (the name when absent).
    pub title_en: String,
    /// Each check with its source text.
    pub checks: Vec<(Check, String)>,
}

fn bad(origin: &str, what: String) -> Error {
    Error::new(ErrorKind::InvalidData, format!("{origin}: {what}"))
}

/// Parses one appearance section.
///
/// # Errors
/// `invalid_data` naming the offending key.
pub fn parse(section: &Section) -> Result<AppearancePack, Error> {
    let origin = &section.origin;
    let obj = section.value.as_object().ok_or_else(|| bad(origin, "expected an object".into()))?;
    let text = |key: &str| -> Result<Option<String>, Error> {
        match obj.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(bad(origin, format!("{key}: expected a string"))),
        }
    };
    for key in obj.keys() {
        if !(key.starts_with('$') || matches!(key.as_str(), "title" | "titleEn" | "checks")) {
            return Err(bad(origin, format!("unknown key {:?} (known: title, titleEn, checks)", crate::date::truncate(key))));
        }
    }
    let title = text("title")?.unwrap_or_else(|| section.pack.clone());
    let title_en = text("titleEn")?.unwrap_or_else(|| section.pack.clone());
    let list = match obj.get("checks") {
        Some(Value::Array(a)) => a,
        _ => return Err(bad(origin, "checks: expected an array".into())),
    };
    let mut checks = Vec::new();
    for (k, item) in list.iter().enumerate() {
        let at = format!("{origin}.checks[{k}]");
        let item = item.as_object().ok_or_else(|| bad(&at, "expected an object".into()))?;
        let source = match item.get("source") {
            Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
            _ => return Err(bad(&at, "source: every check names its source (a non-empty string)".into())),
        };
        let name = item.get("check").and_then(Value::as_str).unwrap_or("");
        let allowed_keys: &[&str] = match name {
            "head-should-appear" => &["check", "source", "when"],
            "reminders" => &["check", "source", "daysBefore", "onRestDay"],
            "post-titles" => &["check", "source", "titles"],
            _ => &["check", "source"],
        };
        for key in item.keys() {
            if !(key.starts_with('$') || allowed_keys.contains(&key.as_str())) {
                return Err(bad(&at, format!("unknown key {:?} for check {name:?}", crate::date::truncate(key))));
            }
        }
        let check = match name {
            "head-should-appear" => {
                let when = item.get("when").and_then(Value::as_array).filter(|w| !w.is_empty()).ok_or_else(|| {
                    bad(&at, "when: expected a non-empty array of situations".into())
                })?;
                let mut codes = Vec::new();
                for (w, s) in when.iter().enumerate() {
                    let code = s.as_str().and_then(|s| SITUATIONS.iter().find(|(c, _, _)| *c == s)).map(|(c, _, _)| *c).ok_or_else(|| {
                        let known: Vec<&str> = SITUATIONS.iter().map(|(c, _, _)| *c).collect();
                        bad(&at, format!("when[{w}]: unknown situation (known: {known:?})"))
                    })?;
                    codes.push(code);
                }
                Check::HeadShouldAppear { when: codes }
            }
            "record-principal-head" => Check::RecordPrincipalHead,
            "reminders" => {
                let days = item.get("daysBefore").and_then(Value::as_array).filter(|d| !d.is_empty()).ok_or_else(|| {
                    bad(&at, "daysBefore: expected a non-empty array of day counts".into())
                })?;
                let mut out = Vec::new();
                for (d, v) in days.iter().enumerate() {
                    let n = v.as_u64().filter(|n| (1..=365).contains(n)).ok_or_else(|| bad(&at, format!("daysBefore[{d}]: expected 1-365")))?;
                    out.push(n as u32);
                }
                crate::sort::sort_by(&mut out, |a, b| b.cmp(a));
                out.dedup();
                let on_rest_day = match item.get("onRestDay") {
                    None => OnRestDay::Previous,
                    Some(v) => <OnRestDay as crate::form::read::Read>::read(v)
                        .map_err(|_| bad(&at, "onRestDay: expected \"previous\", \"next\" or \"keep\"".into()))?,
                };
                Check::Reminders { days_before: out, on_rest_day }
            }
            "identity-check" => Check::IdentityCheck,
            "attendance-check" => Check::AttendanceCheck,
            "post-titles" => Check::PostTitles { titles: parse_titles(item.get("titles"), &at)? },
            other => return Err(bad(&at, format!("check: unknown check {:?} (known: {CHECKS:?})", crate::date::truncate(other)))),
        };
        checks.push((check, source));
    }
    Ok(AppearancePack { name: section.pack.clone(), title, title_en, checks })
}

/// Parses a `post-titles` check's `titles`: `[{"title": "首席执法官", "class": "in-charge", "organ": "局"}]`
/// (`organ`, optional: the ending of the agency names the title applies to).
fn parse_titles(value: Option<&Value>, at: &str) -> Result<Vec<Title>, Error> {
    let list = value.and_then(Value::as_array).filter(|l| !l.is_empty()).ok_or_else(|| bad(at, "titles: expected a non-empty array".into()))?;
    let mut out = Vec::new();
    for (k, t) in list.iter().enumerate() {
        let here = format!("{at}.titles[{k}]");
        let obj = t.as_object().ok_or_else(|| bad(&here, "expected an object".into()))?;
        for key in obj.keys() {
            if !(key.starts_with('$') || matches!(key.as_str(), "title" | "class" | "organ")) {
                return Err(bad(&here, format!("unknown key {:?} (known: title, class, organ)", crate::date::truncate(key))));
            }
        }
        let title = obj.get("title").and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty()).ok_or_else(|| bad(&here, "title: expected a non-empty string".into()))?;
        let class = obj.get("class").and_then(Value::as_str).and_then(PostClass::from_code).ok_or_else(|| bad(&here, format!("class: expected one of {CLASS_CODES:?}")))?;
        let organ = match obj.get("organ") {
            None => None,
            Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Some(_) => return Err(bad(&here, "organ: expected a non-empty string".into())),
        };
        out.push(Title { title: title.to_string(), class, organ });
    }
    Ok(out)
}

/// Every pack's extra post titles.
pub(crate) fn extra_titles(packs: &[AppearancePack]) -> Vec<Title> {
    packs.iter().flat_map(|p| p.checks.iter()).filter_map(|(c, _)| match c { Check::PostTitles { titles } => Some(titles.clone()), _ => None }).flatten().collect()
}

/// Loads and parses the appearance sections of every configured pack.
///
/// # Errors
/// `invalid_data` for an unknown built-in name or a malformed section.
pub fn load(packs: &[Value]) -> Result<Vec<AppearancePack>, Error> {
    packs::sections(packs, "appearance")?.iter().map(parse).collect()
}

/// Runs every pack's checks on a checked appearance filing.
pub(crate) fn apply(findings: &mut Findings, packs: &[AppearancePack], form: &AppearanceFiling, assessment: &Assessment) {
    let persons = form.appearing.as_deref().unwrap_or(&[]);
    for pack in packs {
        for (check, source) in &pack.checks {
            let base = crate::args![("pack", pack.title.clone()), ("packEn", pack.title_en.clone()), ("source", source.clone())];
            let with = |extra: &[(&str, String)]| {
                let mut a = base.clone();
                for (k, v) in extra {
                    a.insert((*k).to_string(), v.clone());
                }
                a
            };
            match check {
                Check::HeadShouldAppear { when } => {
                    if assessment.head_present() {
                        continue;
                    }
                    let local = form.local.clone().unwrap_or_default();
                    let notice = form.court_notice.clone().unwrap_or_default();
                    for code in when {
                        let (active, path) = match *code {
                            "first-first-instance-of-year" => (local.first_first_instance_of_year == Some(true), "/local/firstFirstInstanceOfYear"),
                            "substantive-resolution" => (local.substantive_resolution == Some(true), "/local/substantiveResolution"),
                            _ => (notice.written_suggestion == Some(true), "/courtNotice/writtenSuggestion"),
                        };
                        if !active {
                            continue;
                        }
                        let (zh, en) = SITUATIONS.iter().find(|(c, _, _)| c == code).map(|(_, zh, en)| (*zh, *en)).unwrap_or((code, code));
                        let args = with(&[("field", path.to_string()), ("situation", zh.to_string()), ("situationEn", en.to_string())]);
                        findings.add(&rules::LOCAL_HEAD_SITUATION, "head_should_appear", path, args);
                    }
                }
                Check::RecordPrincipalHead => {
                    for (i, p) in persons.iter().enumerate() {
                        if assessment.present.get(i) == Some(&true) && assessment.standings.get(i) == Some(&Standing::Head { principal: true }) {
                            let path = format!("/appearing/{i}/role");
                            let args = with(&[("field", path.clone()), ("name", p.name.clone().unwrap_or_default())]);
                            findings.add(&rules::LOCAL_PRINCIPAL_RECORDED, "principal_appeared", path, args);
                        }
                    }
                }
                Check::Reminders { days_before, on_rest_day } => {
                    let Some(hearing) = assessment.hearing_date else { continue };
                    let calendar = Calendar::bundled();
                    let mut dates = Vec::new();
                    let mut moved_from = Vec::new();
                    for raw in days_before.iter().filter_map(|d| reminder_date(hearing, *d)) {
                        let (date, moved) = calendar.move_off_rest_day(raw, *on_rest_day);
                        dates.push(format_civil_date(date));
                        if moved {
                            moved_from.push(format_civil_date(raw));
                        }
                    }
                    let offsets: Vec<String> = days_before.iter().map(u32::to_string).collect();
                    let mut extra = vec![("field", "/hearing/date".to_string()), ("dates", dates.join(", ")), ("offsets", offsets.join(", "))];
                    let id = if moved_from.is_empty() {
                        "reminders"
                    } else {
                        extra.push(("original", moved_from.join(", ")));
                        extra.push(("onRestDay", on_rest_day.id().to_string()));
                        if *on_rest_day == OnRestDay::Next { "reminders_moved_next" } else { "reminders_moved" }
                    };
                    findings.add(&rules::LOCAL_REMINDERS, id, "/hearing/date", with(&extra));
                }
                Check::IdentityCheck => {
                    for (i, p) in persons.iter().enumerate() {
                        let Some(standing) = assessment.standings.get(i) else { continue };
                        let path = format!("/appearing/{i}");
                        let name = p.name.clone().unwrap_or_default();
                        match (standing.names(), standing) {
                            (Some((zh, en)), _) => {
                                let args = with(&[("field", path.clone()), ("name", name), ("category", zh.to_string()), ("categoryEn", en.to_string())]);
                                findings.add(&rules::LOCAL_IDENTITY_CHECK, "confirmed", path, args);
                            }
                            (None, Standing::UnqualifiedHead | Standing::UnqualifiedStaff | Standing::Unknown) => {
                                let args = with(&[("field", path.clone()), ("name", name)]);
                                findings.add(&rules::LOCAL_IDENTITY_CHECK, "not_confirmed", path, args);
                            }
                            // Lawyers and other agents are neither heads nor staff: nothing to confirm.
                            (None, _) => {}
                        }
                    }
                }
                Check::AttendanceCheck => {
                    let today = findings.options().today;
                    let hearing_passed = assessment.hearing_date.is_some_and(|h| today > h);
                    for (i, p) in persons.iter().enumerate() {
                        let path = format!("/appearing/{i}/attended");
                        let name = p.name.clone().unwrap_or_default();
                        let hearing = assessment.hearing_date.map(format_civil_date).unwrap_or_default();
                        match p.attended {
                            Some(false) => {
                                let args = with(&[("field", path.clone()), ("name", name), ("hearingDate", hearing)]);
                                findings.add(&rules::LOCAL_ATTENDANCE_CHECK, "did_not_attend", path, args);
                            }
                            None if hearing_passed => {
                                let args = with(&[("field", path.clone()), ("name", name), ("hearingDate", hearing)]);
                                findings.add(&rules::LOCAL_ATTENDANCE_CHECK, "not_recorded", path, args);
                            }
                            _ => {}
                        }
                    }
                }
                // Read by the national post check (APP-020, APP-021) before the packs run.
                Check::PostTitles { .. } => {}
            }
        }
    }
}

/// The calendar day `days` before the hearing. Calendar days, not working days: the local
/// documents as described speak of "a week" and "a day" before the hearing.
fn reminder_date(hearing: CivilDate, days: u32) -> Option<CivilDate> {
    hearing.checked_sub_days(Days::new(u64::from(days)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_packs_parse_and_name_their_sources() {
        for name in crate::packs::built_in_names() {
            let packs = load(&[Value::String(name.to_string())]).unwrap_or_else(|e| panic!("{name}: {e}"));
            for pack in packs {
                assert!(!pack.checks.is_empty(), "{name}");
                assert!(pack.checks.iter().all(|(_, source)| !source.trim().is_empty()), "{name}");
            }
        }
    }

    #[test]
    fn reminders_count_calendar_days_back_across_a_month_end() {
        let hearing = CivilDate::from_ymd_opt(2027, 3, 1).unwrap_or_default();
        assert_eq!(reminder_date(hearing, 7), CivilDate::from_ymd_opt(2027, 2, 22));
        assert_eq!(reminder_date(hearing, 1), CivilDate::from_ymd_opt(2027, 2, 28));
    }
}
