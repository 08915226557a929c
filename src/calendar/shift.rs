//! The one rule for moving a date off a rest day, shared by `check` (APP-103) and `timeline`.
//!
//! A local document gives a day ("开庭前一周", "两日内报告"); the day it gives may be a rest day.
//! Which way it moves is part of the rule, and a pack names it (`onRestDay`) with its reading:
//!
//! | mode | reading | used for |
//! |---|---|---|
//! | `previous` | the working day before (提前至前一个工作日) | reminders: a reminder is only useful before the day it warns of |
//! | `next` | the first working day after (顺延) | reports and feedback, read like a statutory period's last day (行诉解释 第四十八条第三款) |
//! | `keep` | the day itself | a pack that says so |

use super::Calendar;
use crate::date::CivilDate;
use serde::{Deserialize, Serialize};

/// What to do when a computed day is a rest day. Public API: the strings never change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum OnRestDay {
    /// Keep the day.
    Keep,
    /// Move to the working day before (reminders).
    Previous,
    /// Move to the first working day after (reports and feedback, like a statutory period).
    Next,
}

impl OnRestDay {
    /// The name used in pack data (`"previous"`).
    pub fn id(self) -> &'static str {
        match self {
            OnRestDay::Keep => "keep",
            OnRestDay::Previous => "previous",
            OnRestDay::Next => "next",
        }
    }
}

/// How far the search for a working day goes: longer than any run of rest days (the 2020 Spring
/// Festival extension was 17 days).
const MAX_STEPS: usize = 64;

impl Calendar {
    /// Moves `date` off a rest day as `mode` says. Returns the day and whether it moved.
    ///
    /// A year the calendar does not cover counts its weekends as rest days (see
    /// [`Calendar::day`]); the caller marks such a result provisional.
    ///
    /// # Example
    /// ```
    /// use filing_check::calendar::{Calendar, OnRestDay};
    /// let cal = Calendar::bundled();
    /// let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// // 2025-10-02 is in the National Day holiday: a reminder moves to 09-30, a report to 10-09.
    /// assert_eq!(cal.move_off_rest_day(d("2025-10-02"), OnRestDay::Previous), (d("2025-09-30"), true));
    /// assert_eq!(cal.move_off_rest_day(d("2025-10-02"), OnRestDay::Next), (d("2025-10-09"), true));
    /// assert_eq!(cal.move_off_rest_day(d("2025-10-02"), OnRestDay::Keep), (d("2025-10-02"), false));
    /// ```
    pub fn move_off_rest_day(&self, date: CivilDate, mode: OnRestDay) -> (CivilDate, bool) {
        let mut d = date;
        for _ in 0..MAX_STEPS {
            if !self.day(d).rest {
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
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> CivilDate {
        CivilDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    /// (date, mode, expected, moved): weekends, a holiday run, a 调休 working Saturday.
    #[test]
    fn table() {
        let cal = Calendar::bundled();
        let cases = [
            ("2026-12-05", OnRestDay::Previous, "2026-12-04", true), // Saturday
            ("2026-12-05", OnRestDay::Next, "2026-12-07", true),
            ("2026-12-07", OnRestDay::Previous, "2026-12-07", false), // Monday
            ("2025-10-08", OnRestDay::Previous, "2025-09-30", true), // last day of 国庆
            ("2025-10-01", OnRestDay::Next, "2025-10-09", true),
            ("2025-10-11", OnRestDay::Previous, "2025-10-11", false), // 调休 working Saturday
            ("2025-10-11", OnRestDay::Next, "2025-10-11", false),
            ("2025-10-12", OnRestDay::Keep, "2025-10-12", false),
        ];
        for (date, mode, want, moved) in cases {
            assert_eq!(cal.move_off_rest_day(d(date), mode), (d(want), moved), "{date} {mode:?}");
        }
    }
}
