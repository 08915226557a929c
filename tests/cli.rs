//! The CLI contract of `filing-check`: JSON on stdout, exit 0 / 1 / 2, and call errors as
//! `{"error": {"code", "message"}}` on stderr.

use std::process::{Command, Output, Stdio};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_filing-check"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("the filing-check binary runs")
}

fn stdout_json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).expect("stdout is JSON")
}

#[test]
fn a_valid_id_exits_0_with_json() {
    let o = run(&["id", "--kind", "resident", "11010519491231002x", "--today", "2026-11-22"]);
    assert_eq!(o.status.code(), Some(0));
    let v = stdout_json(&o);
    assert_eq!(v["valid"], true);
    assert_eq!(v["normalized"], "11010519491231002X");
}

#[test]
fn an_invalid_id_exits_1_with_the_reason() {
    let o = run(&["id", "--kind", "resident", "110105194912310021", "--today", "2026-11-22", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1));
    let v = stdout_json(&o);
    assert_eq!(v["valid"], false);
    assert_eq!(v["reason"], "check_character");
}

#[test]
fn a_bad_call_exits_2_with_an_error_object_on_stderr() {
    for (args, code) in [
        (vec!["id", "--kind", "resident", "1", "--today", "2026-02-30"], "invalid_date"),
        (vec!["id", "--kind", "resident", "1", "--no-such-option", "x"], "invalid_argument"),
        (vec!["no-such-command"], "invalid_argument"),
        (vec!["check", "/nonexistent/filing.json", "--today", "2026-11-22"], "io"),
    ] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err: serde_json::Value = serde_json::from_slice(&o.stderr).expect("stderr is JSON");
        assert_eq!(err["error"]["code"], code, "{args:?}");
        assert!(err["error"]["message"].as_str().is_some_and(|m| !m.is_empty()));
        assert!(o.stdout.is_empty(), "{args:?} wrote to stdout");
    }
}

#[test]
fn check_reads_bad_json_from_stdin_as_a_call_error() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_filing-check"))
        .args(["check", "-", "--today", "2026-11-22"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    use std::io::Write;
    child.stdin.take().expect("stdin").write_all(b"{not json").expect("write");
    let o = child.wait_with_output().expect("wait");
    assert_eq!(o.status.code(), Some(2));
    let err: serde_json::Value = serde_json::from_slice(&o.stderr).expect("stderr is JSON");
    assert_eq!(err["error"]["code"], "invalid_json");
}

#[test]
fn rules_lists_the_catalogue() {
    let o = run(&["rules", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(0));
    let v = stdout_json(&o);
    let ids: Vec<&str> = v.as_array().expect("array").iter().filter_map(|r| r["id"].as_str()).collect();
    assert!(ids.contains(&"ID-001"), "{ids:?}");
}

fn write_temp(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("filing-check-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

#[test]
fn timeline_reads_a_request_file_and_writes_the_calendar() {
    let request = write_temp(
        "timeline.json",
        r#"{"events": [{"kind": "summonsReceived", "date": "2026-12-01", "hearingDate": "2026-12-10"}], "packs": ["qiannan"], "lang": "en"}"#,
    );
    let ics = request.with_file_name("timeline.ics");
    let o = run(&["timeline", request.to_str().unwrap_or_default(), "--today", "2026-12-01", "--ics", ics.to_str().unwrap_or_default()]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let v = stdout_json(&o);
    let rules: Vec<&str> = v["entries"].as_array().expect("entries").iter().filter_map(|e| e["rule"].as_str()).collect();
    assert!(rules.contains(&"qn-remind-7") && rules.contains(&"qn-check-identity"), "{rules:?}");
    let written = std::fs::read_to_string(&ics).expect("the .ics file");
    assert!(written.starts_with("BEGIN:VCALENDAR\r\n"));
    assert_eq!(written, v["ics"].as_str().unwrap_or_default());
}

#[test]
fn timeline_exits_1_when_an_item_is_missing_and_2_on_a_bad_request() {
    // The answer period ended on 2025-10-09 and no answer is recorded.
    let request = write_temp("late.json", r#"{"events": [{"kind": "noticeToRespondReceived", "date": "2025-09-16"}]}"#);
    let o = run(&["timeline", request.to_str().unwrap_or_default(), "--today", "2025-10-20"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout_json(&o)["entries"][0]["state"], "missing");
    let bad = write_temp("bad.json", r#"{"events": [{"kind": "lunch", "date": "2025-09-16"}]}"#);
    for (args, code) in [
        (vec!["timeline", bad.to_str().unwrap_or_default(), "--today", "2025-10-20"], "invalid_argument"),
        (vec!["timeline", request.to_str().unwrap_or_default(), "--today", "2025-13-01"], "invalid_date"),
        (vec!["timeline", "/nonexistent/request.json"], "io"),
        (vec!["timeline", request.to_str().unwrap_or_default(), "--ics", "/nonexistent/dir/x.ics", "--today", "2025-09-16"], "io"),
    ] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err: serde_json::Value = serde_json::from_slice(&o.stderr).expect("stderr is JSON");
        assert_eq!(err["error"]["code"], code, "{args:?}");
        assert!(o.stdout.is_empty(), "{args:?} wrote to stdout");
    }
}
