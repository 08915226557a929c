//! iCalendar (RFC 5545) export of a timeline: all-day events, deterministic output.
//!
//! - lines end in CRLF and are folded at 75 octets (continuation lines start with a space), never
//!   inside a UTF-8 sequence (RFC 5545 §3.1);
//! - TEXT values escape `\`, `;`, `,` and newlines (§3.3.11);
//! - events are all-day, `DTSTART;VALUE=DATE` with the exclusive `DTEND` the next day (§3.6.1);
//! - `UID`s are derived from the input and `DTSTAMP` from the request's `today`, so the same
//!   request always produces the same bytes.

use crate::date::CivilDate;
use chrono::Datelike;

/// One all-day event.
pub(crate) struct IcsEvent<'a> {
    pub uid: String,
    pub date: CivilDate,
    pub summary: &'a str,
    pub description: &'a str,
    pub categories: &'a str,
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
pub(crate) fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded at 75 octets, with CRLF (RFC 5545 §3.1).
pub(crate) fn push_folded(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1; // the leading space counts toward the next line's 75 octets
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

fn ics_date(d: CivilDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// FNV-1a 64-bit: a stable, dependency-free hash for UIDs (not for security).
pub(crate) fn fnv1a(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Writes a VCALENDAR with `events`, stamped with `today`.
pub(crate) fn write(events: &[IcsEvent<'_>], today: CivilDate, calendar_name: &str) -> String {
    let mut out = String::with_capacity(256 + events.len() * 256);
    push_folded(&mut out, "BEGIN:VCALENDAR");
    push_folded(&mut out, "VERSION:2.0");
    push_folded(&mut out, "PRODID:-//filing-check//timeline//EN");
    push_folded(&mut out, "CALSCALE:GREGORIAN");
    push_folded(&mut out, &format!("X-WR-CALNAME:{}", escape_text(calendar_name)));
    let stamp = format!("DTSTAMP:{}T000000Z", ics_date(today));
    for e in events {
        push_folded(&mut out, "BEGIN:VEVENT");
        push_folded(&mut out, &format!("UID:{}", e.uid));
        push_folded(&mut out, &stamp);
        push_folded(&mut out, &format!("DTSTART;VALUE=DATE:{}", ics_date(e.date)));
        let end = e.date.succ_opt().unwrap_or(e.date);
        push_folded(&mut out, &format!("DTEND;VALUE=DATE:{}", ics_date(end)));
        push_folded(&mut out, &format!("SUMMARY:{}", escape_text(e.summary)));
        push_folded(&mut out, &format!("DESCRIPTION:{}", escape_text(e.description)));
        push_folded(&mut out, &format!("CATEGORIES:{}", escape_text(e.categories)));
        push_folded(&mut out, "TRANSP:TRANSPARENT");
        push_folded(&mut out, "END:VEVENT");
    }
    push_folded(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        let line = format!("SUMMARY:{}", "答辩期届满".repeat(10));
        push_folded(&mut out, &line);
        for (i, physical) in out.split("\r\n").filter(|l| !l.is_empty()).enumerate() {
            assert!(physical.len() <= 75, "line {i} has {} octets", physical.len());
            if i > 0 {
                assert!(physical.starts_with(' '));
            }
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{line}\r\n"));
    }

    #[test]
    fn escapes_text_values() {
        assert_eq!(escape_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
