//! The timeline's iCalendar export follows RFC 5545 and is deterministic.

use serde_json::{json, Value};

fn ics(request: &Value) -> String {
    let result = filing_check::api::call("timeline", request).expect("timeline");
    result["ics"].as_str().expect("ics string").to_string()
}

fn guangzhou(events: Value) -> Value {
    json!({"events": events, "packs": ["guangzhou"], "today": "2025-09-16", "lang": "zh-Hans"})
}

#[test]
fn lines_end_in_crlf_and_fold_at_75_octets() {
    let text = ics(&guangzhou(json!([{"kind": "noticeToRespondReceived", "date": "2025-09-16"}])));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "bare LF");
    let mut folded = 0;
    for line in text.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
        if line.starts_with(' ') {
            folded += 1;
        }
    }
    assert!(folded > 0, "the Chinese summaries are long enough to need folding");
    let unfolded = text.replace("\r\n ", "");
    // All-day events: DTSTART;VALUE=DATE and an exclusive DTEND the next day.
    assert!(unfolded.contains("DTSTART;VALUE=DATE:20251009\r\nDTEND;VALUE=DATE:20251010\r\n"));
    // DTSTAMP comes from `today`, not from a clock.
    assert!(unfolded.contains("DTSTAMP:20250916T000000Z\r\n"));
    assert_eq!(unfolded.matches("BEGIN:VEVENT").count(), unfolded.matches("END:VEVENT").count());
}

#[test]
fn same_input_same_bytes_and_uids_are_stable_per_event() {
    let one = json!([{"kind": "noticeToRespondReceived", "date": "2025-09-16"}]);
    let a = ics(&guangzhou(one.clone()));
    assert_eq!(a, ics(&guangzhou(one)), "deterministic");
    let uids = |t: &str| -> Vec<String> {
        t.replace("\r\n ", "").lines().filter_map(|l| l.strip_prefix("UID:").map(String::from)).collect()
    };
    let first = uids(&a);
    let mut unique = first.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), first.len(), "UIDs are unique");
    // Adding an unrelated event keeps the first event's UIDs.
    let two = json!([{"kind": "noticeToRespondReceived", "date": "2025-09-16"}, {"kind": "hearing", "date": "2025-11-20"}]);
    let b = uids(&ics(&guangzhou(two)));
    for uid in &first {
        assert!(b.contains(uid), "{uid} changed when an event was added");
    }
}

#[test]
fn text_values_are_escaped() {
    // An inline pack whose source is irrelevant; the English summaries contain commas.
    let request = json!({"events": [{"kind": "hearing", "date": "2025-11-20"}], "packs": ["guangzhou"], "today": "2025-09-16", "lang": "en"});
    let text = ics(&request).replace("\r\n ", "");
    let summaries: Vec<&str> = text.lines().filter(|l| l.starts_with("SUMMARY:") || l.starts_with("DESCRIPTION:")).collect();
    assert!(summaries.iter().any(|l| l.contains("\\,")), "commas escaped: {summaries:?}");
    for l in summaries {
        let body = l.split_once(':').map(|x| x.1).unwrap_or("");
        let unescaped_comma = body.char_indices().any(|(i, c)| c == ',' && !body[..i].ends_with('\\'));
        assert!(!unescaped_comma, "{l}");
    }
}
