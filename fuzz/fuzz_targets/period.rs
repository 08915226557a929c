//! Period parsing and deadline computation: `Period::parse`, `period::compute` (with steps),
//! `period::due` (the fast path), `period::compute_before`, `DeadlineView` rendering,
//! `api::due_date` and op `deadline`.
//!
//! Input: 4 bytes day number (chrono's days from CE, or an offset into 1900-2199), 1 byte unit
//! and flags, 4 bytes count, then the period text. Invariants: a parsed period prints back as
//! its text; `due` and `compute` agree on every date and flag and fail together; the due day is
//! on or after the raw end, at most a rest run later, and a working day; counting back never
//! lands after the event; everything is deterministic.
#![no_main]
use chrono::Datelike;
use filing_check::calendar::Calendar;
use filing_check::date::{format_civil_date, CivilDate};
use filing_check::i18n::Lang;
use filing_check::period::{self, DeadlineView, Period, Unit};
use libfuzzer_sys::fuzz_target;
use serde_json::json;

fn check(from: CivilDate, p: Period, cal: &Calendar) {
    let slow = period::compute(from, p, cal);
    let fast = period::due(from, p, cal);
    match (&slow, &fast) {
        (Ok(c), Ok(d)) => {
            assert_eq!(
                (c.raw_end, c.due, c.extended, c.provisional),
                (d.raw_end, d.due, d.extended, d.provisional),
                "{from} + {p}: compute and due disagree"
            );
            assert!(c.due >= c.raw_end, "{from} + {p}: due before raw end");
            assert!(c.raw_end >= from, "{from} + {p}: raw end before start");
            if p.count > 0 {
                assert!(c.raw_end > from, "{from} + {p}: a positive period ends on its first day");
                assert!(!cal.day(c.due).rest, "{from} + {p}: due {} is a rest day", c.due);
            }
            if p.unit == Unit::WorkingDays {
                assert_eq!(c.raw_end, c.due, "{from} + {p}: working days are never extended");
            }
            assert!((c.due - c.raw_end).num_days() <= 66, "{from} + {p}: extended by more than a rest run");
            assert_eq!(c.extended, c.due != c.raw_end);
            assert!(c.postmark_in_time(c.due));
            assert!(!c.postmark_in_time(c.due.succ_opt().unwrap_or(c.due)) || c.due == CivilDate::MAX);
            let _ = c.basis(true);
            let _ = c.postmark_step(from);
            for lang in [Lang::ZhHans, Lang::ZhHant, Lang::En] {
                let view = DeadlineView::of(c, Some(from), cal, lang);
                let _ = serde_json::to_string(&view).expect("DeadlineView serialises");
            }
        }
        (Err(a), Err(b)) => {
            assert_eq!(a.code(), b.code(), "{from} + {p}: compute and due fail differently");
            filing_check_fuzz::check_error("deadline", a);
        }
        // A zero-length period (outside Period's domain: `parse` starts at 1) from the last day
        // chrono can represent: compute names the first counted day, which does not exist.
        (Err(_), Ok(_)) if p.count == 0 && from == CivilDate::MAX => {}
        _ => panic!("{from} + {p}: compute {:?} but due {:?}", slow.as_ref().map(|c| c.due), fast.as_ref().map(|d| d.due)),
    }
    assert_eq!(period::due(from, p, cal).ok(), fast.ok(), "due is not deterministic");
    if let Ok(b) = period::compute_before(from, p, cal) {
        assert!(b.due <= from, "{from} - {p}: latest day after the event");
        assert_eq!(b.due, b.raw_end);
    }
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 9 {
        return;
    }
    let day = i32::from_le_bytes([data[0], data[1], data[2], data[3]]);
    let flags = data[4];
    let raw_count = u32::from_le_bytes([data[5], data[6], data[7], data[8]]);
    let text = String::from_utf8_lossy(&data[9..]);
    let cal = Calendar::bundled();

    // The start: anywhere chrono can represent, or in the range the facade accepts.
    let from = if flags & 0x80 != 0 {
        CivilDate::from_num_days_from_ce_opt(day).unwrap_or(if day < 0 { CivilDate::MIN } else { CivilDate::MAX })
    } else {
        let base = CivilDate::from_ymd_opt(1900, 1, 1).unwrap_or_default();
        base + chrono::Days::new(u64::from(day.unsigned_abs() % 109_572))
    };

    // A parsed period prints back as the text it came from.
    match Period::parse(&text) {
        Ok(p) => {
            assert_eq!(p.to_string(), text, "Period::parse is not canonical");
            assert_eq!(Period::parse(&p.to_string()).ok(), Some(p));
            assert!(p.count >= 1);
            check(from, p, &cal);
            if (1900..=2199).contains(&from.year()) {
                let s = format_civil_date(from);
                let api = filing_check::api::due_date(&s, &text);
                assert_eq!(api.ok(), period::due(from, p, &cal).ok(), "api::due_date differs from period::due");
                let request = json!({"from": s, "period": &*text, "postmark": format_civil_date(from)});
                let _ = filing_check_fuzz::call_checked("deadline", &request);
            }
        }
        Err(e) => {
            assert_eq!(e.code(), "invalid_period");
            filing_check_fuzz::check_error("period", &e);
        }
    }

    // A period built directly (the types are public): counts up to u32::MAX for calendar
    // units; working days walk day by day, so stay within twice the parser's limit.
    let unit = flags & 3;
    let big = flags & 0x40 != 0;
    let p = match unit {
        0 => Period::days(if big { raw_count } else { raw_count % 36_601 }),
        1 => Period::months(if big { raw_count } else { raw_count % 1_201 }),
        2 => Period::years(if big { raw_count } else { raw_count % 101 }),
        _ => Period::working_days(raw_count % 4_001),
    };
    check(from, p, &cal);
});
