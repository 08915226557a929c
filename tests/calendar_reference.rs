//! Cross-checks the bundled calendar against the reference data in `shared/reference/holidays/`
//! (holiday-cn 2007-2027, and the 2004-2006 files derived from chinese-calendar), and checks that
//! `src/calendar/generated.rs` and `src/calendar/statutory.rs` are what `scripts/gen_calendar.py` and
//! `scripts/gen_statutory_holidays.py` produce.
//!
//! The reference folder is found through `FILING_CHECK_SHARED`, else `<manifest>/../shared`. It is
//! never copied into the repository; when it is missing the tests say they are skipped.

use chrono::{Datelike, NaiveDate, Weekday};
use filing_check::calendar::Calendar;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::PathBuf;

fn holidays_dir() -> Option<PathBuf> {
    let shared = std::env::var_os("FILING_CHECK_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let dir = shared.join("reference/holidays");
    if dir.is_dir() {
        Some(dir)
    } else {
        println!("SKIPPED: {} not found (set FILING_CHECK_SHARED to the shared folder)", dir.display());
        None
    }
}

fn read(path: PathBuf) -> Value {
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// date → isOffDay over the given files (holiday-cn keys files by notice year: merge them all).
fn listed(files: &[Value]) -> BTreeMap<NaiveDate, bool> {
    let mut map = BTreeMap::new();
    for f in files {
        for d in f["days"].as_array().expect("days") {
            let date = NaiveDate::parse_from_str(d["date"].as_str().unwrap(), "%Y-%m-%d").unwrap();
            map.insert(date, d["isOffDay"].as_bool().unwrap());
        }
    }
    map
}

/// LEGAL.md §7.4: rest(D) = listed off, or a weekend day not listed as a working day.
fn reference_rest(map: &BTreeMap<NaiveDate, bool>, d: NaiveDate) -> bool {
    map.get(&d).copied().unwrap_or(matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
}

#[test]
fn agrees_day_by_day_with_holiday_cn_2007_2026() {
    let Some(dir) = holidays_dir() else { return };
    let files: Vec<Value> = (2007..=2026).map(|y| read(dir.join(format!("holiday-cn/{y}.json")))).collect();
    let map = listed(&files);
    let cal = Calendar::default();
    let (mut compared, mut mismatches) = (0u32, Vec::new());
    let mut d = NaiveDate::from_ymd_opt(2007, 1, 1).unwrap();
    let end = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
    let mut awaiting_next_notice = Vec::new();
    while d <= end {
        compared += 1;
        // The table's classification of every day…
        if cal.day(d).rest != reference_rest(&map, d) {
            mismatches.push(d);
        }
        // …which is final except where a notice not yet loaded may still change it.
        if cal.is_rest_day(d).is_none() {
            awaiting_next_notice.push(d.to_string());
        }
        d = d.succ_opt().unwrap();
    }
    println!(
        "holiday-cn 2007-01-01..2026-12-31: {compared} days compared, {} mismatches; provisional (awaiting the 2027 notice): {awaiting_next_notice:?}",
        mismatches.len()
    );
    assert_eq!(compared, 7305);
    assert!(mismatches.is_empty(), "mismatches: {mismatches:?}");
    // The 2027 元旦 调休 zone (10 days before 1 January) is all that waits for a notice.
    let zone: Vec<String> = (22..=31).map(|day| format!("2026-12-{day}")).collect();
    assert_eq!(awaiting_next_notice, zone);
}

#[test]
fn statutory_holidays_are_rest_days_in_every_holiday_cn_year() {
    // The days 《全国年节及纪念日放假办法》 第二条 dates, computed from sxtwl, against the notices:
    // each is a rest day in holiday-cn 2007-2026 (under the text in force that year).
    let Some(dir) = holidays_dir() else { return };
    let files: Vec<Value> = (2007..=2026).map(|y| read(dir.join(format!("holiday-cn/{y}.json")))).collect();
    let map = listed(&files);
    let mut checked = 0;
    let mut d = NaiveDate::from_ymd_opt(2007, 1, 1).unwrap();
    while d.year() <= 2026 {
        if Calendar::statutory_holiday(d).is_some() {
            checked += 1;
            assert!(reference_rest(&map, d), "{d} is statutory but not a rest day in holiday-cn");
        }
        d = d.succ_opt().unwrap();
    }
    println!("statutory holidays 2007-2026 checked against holiday-cn: {checked}");
    // 2007: 10 days (1999 text), 2008-2013: 11 (2007 text), 2014-2024: 11 (2013 text), 2025-2026: 13
    // (2024 text); 中秋 fell on 国庆 twice (2009-10-03, 2020-10-01).
    assert_eq!(checked, 10 + 6 * 11 + 11 * 11 + 2 * 13 - 2);
}

#[test]
fn generated_statutory_holidays_are_up_to_date() {
    regenerate("scripts/gen_statutory_holidays.py", "src/calendar/statutory.rs", "sxtwl==2.0.7, lunardate==0.3.0, chinesecalendar==1.11.0");
}

#[test]
fn derived_2004_2006_differs_only_on_the_2005_12_31_working_saturday() {
    // The derived files are chinese-calendar's data in holiday-cn's shape: not independent of the
    // bundled table, but they show the one correction is the only change.
    let Some(dir) = holidays_dir() else { return };
    let files: Vec<Value> = (2004..=2006).map(|y| read(dir.join(format!("derived-2004-2006/{y}.json")))).collect();
    let map = listed(&files);
    let cal = Calendar::default();
    let mut d = NaiveDate::from_ymd_opt(2004, 1, 1).unwrap();
    let mut differ = Vec::new();
    let mut compared = 0;
    while d.year() <= 2006 {
        compared += 1;
        if cal.is_rest_day(d) != Some(reference_rest(&map, d)) {
            differ.push(d.to_string());
        }
        d = d.succ_opt().unwrap();
    }
    println!("derived 2004-2006: {compared} days compared, differences: {differ:?}");
    assert_eq!(differ, vec!["2005-12-31"], "2005-12-31 was a working Saturday under the 2006 notice");
}

#[test]
fn holiday_cn_files_load_at_runtime_and_agree_with_the_bundled_data() {
    let Some(dir) = holidays_dir() else { return };
    let bundled = Calendar::default();
    let all: Vec<Value> = (2007..=2026).map(|y| read(dir.join(format!("holiday-cn/{y}.json")))).collect();
    let loaded = Calendar::from_json(&Value::Array(all)).expect("holiday-cn 2007-2026 loads");
    let mut d = NaiveDate::from_ymd_opt(2007, 1, 1).unwrap();
    while d.year() <= 2026 {
        assert_eq!(loaded.is_rest_day(d), bundled.is_rest_day(d), "{d}");
        d = d.succ_opt().unwrap();
    }
    // 2027.json is an empty placeholder in the snapshot: loading it must fail, not cover 2027.
    let empty = read(dir.join("holiday-cn/2027.json"));
    if empty["days"].as_array().is_some_and(|a| a.is_empty()) {
        assert_eq!(Calendar::from_json(&empty).unwrap_err().code(), "invalid_data");
    } else {
        println!("holiday-cn/2027.json now has data; loading it");
        assert!(Calendar::from_json(&empty).unwrap().covers(2027));
    }
}

#[test]
fn generated_calendar_is_up_to_date() {
    regenerate("scripts/gen_calendar.py", "src/calendar/generated.rs", "chinesecalendar==1.11.0");
}

/// Runs `script --stdout` with `$PYTHON` and compares its output with `file` (rewrites it under
/// `FILING_CHECK_UPDATE`); skipped loudly when the interpreter lacks the pinned `packages`.
fn regenerate(script: &str, file: &str, packages: &str) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".into());
    let out = std::process::Command::new(&python).arg(root.join(script)).arg("--stdout").output();
    let out = match out {
        Ok(o) if o.status.success() => o.stdout,
        Ok(o) => {
            println!(
                "SKIPPED: `{python} {script}` failed (are {packages} installed for $PYTHON?): {}",
                String::from_utf8_lossy(&o.stderr).lines().last().unwrap_or("")
            );
            return;
        }
        Err(e) => {
            println!("SKIPPED: cannot run {python}: {e}");
            return;
        }
    };
    let path = root.join(file);
    let current = std::fs::read(&path).unwrap_or_default();
    if current != out {
        if std::env::var_os("FILING_CHECK_UPDATE").is_some() {
            std::fs::write(&path, &out).unwrap();
            println!("rewrote {}", path.display());
        } else {
            panic!("{file} is stale: run `$PYTHON {script}` (or FILING_CHECK_UPDATE=1 cargo test)");
        }
    }
}
