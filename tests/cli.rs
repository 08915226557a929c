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

/// Found by the CLI fuzz (tests/node/fuzz-cli.test.mjs): with no arguments the CLI printed its
/// usage on stdout and exited 2 with nothing on stderr, and an argument that is not UTF-8 made
/// `std::env::args()` panic (exit 101; SIGABRT in the release build, which aborts on panic). Both
/// are wrong calls: exit 2 and the error on stderr.
#[test]
fn no_arguments_and_an_argument_that_is_not_utf8_are_call_errors() {
    let mut cases: Vec<(Vec<std::ffi::OsString>, &str)> = vec![(vec![], "missing subcommand")];
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        cases.push((vec!["id".into(), "--kind".into(), "resident".into(), std::ffi::OsString::from_vec(b"1101\xff".to_vec())], "argument 4: not valid UTF-8"));
        cases.push((vec![std::ffi::OsString::from_vec(vec![0xc3, 0x28])], "argument 1: not valid UTF-8"));
    }
    for (args, says) in cases {
        let o = Command::new(env!("CARGO_BIN_EXE_filing-check")).args(&args).stdin(Stdio::null()).output().expect("runs");
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err: serde_json::Value = serde_json::from_slice(&o.stderr).expect("stderr is JSON");
        assert_eq!(err["error"]["code"], "invalid_argument", "{args:?}");
        assert!(err["error"]["message"].as_str().is_some_and(|m| m.starts_with(says)), "{args:?}: {err}");
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

/// Issue 16's "done": the example list gives the published Qiannan figures, counted by the rates
/// pack from the records (the records were generated to match; the counting is the code's).
#[test]
fn rates_on_the_qiannan_example_give_the_published_figures() {
    let o = run(&["rates", "examples/supervision/qiannan-2021.jsonl", "--from", "2021-01-01", "--to", "2021-08-31"]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let v = stdout_json(&o);
    assert_eq!(v["counts"]["rejected"], 0);
    let rates = v["groups"][0]["rates"].as_array().unwrap();
    let got: Vec<_> = rates.iter().map(|r| (r["id"].as_str().unwrap(), r["numerator"].as_u64().unwrap(), r["denominator"].as_u64().unwrap(), r["percent"].as_str().unwrap())).collect();
    assert_eq!(got, [("qn-appearance", 275, 363, "75.76%"), ("qn-loss", 110, 506, "21.74%"), ("qn-correction", 14, 169, "8.28%")]);
    let csv = run(&["rates", "examples/supervision/qiannan-2021.jsonl", "--from", "2021-01-01", "--to", "2021-08-31", "--by", "level", "--format", "csv"]);
    assert_eq!(csv.status.code(), Some(0));
    let text = String::from_utf8(csv.stdout).unwrap();
    assert!(text.starts_with("from,to,group,"), "{text}");
    assert_eq!(text.lines().count(), 1 + 3 * 3, "header and three rates for each of city, county, township");
}

#[test]
fn supervise_streams_the_example_and_exits_1_when_something_must_be_remedied() {
    let o = run(&["supervise", "examples/supervision/qiannan-2021.jsonl", "--today", "2021-08-31"]);
    assert_eq!(o.status.code(), Some(1), "{}", String::from_utf8_lossy(&o.stderr));
    let v = stdout_json(&o);
    assert_eq!(v["counts"]["records"], 675);
    assert_eq!(v["cases"].as_array().unwrap().len(), 675);
    let kinds: std::collections::BTreeSet<_> = v["remedies"].as_array().unwrap().iter().map(|r| r["remedy"].as_str().unwrap().to_string()).collect();
    assert_eq!(kinds.into_iter().collect::<Vec<_>>(), ["headMustAppear", "lateAnswer", "noAppearance", "nonPerformance"]);
}

#[test]
fn a_line_that_is_not_json_is_a_rejected_record_not_a_failure() {
    let dir = std::env::temp_dir().join(format!("filing-check-cli-desk-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("cases.jsonl");
    std::fs::write(&path, "{\"caseNumber\":\"x\",\"agency\":{\"name\":\"a\"},\"procedure\":\"firstInstance\"}\n\nnot json\n").unwrap();
    let o = run(&["rates", path.to_str().unwrap(), "--from", "2021-01-01", "--to", "2021-12-31"]);
    assert_eq!(o.status.code(), Some(0));
    let v = stdout_json(&o);
    assert_eq!(v["counts"], serde_json::json!({"records": 2, "accepted": 1, "rejected": 1}));
    assert_eq!(v["findings"][0]["messageId"], "invalid_json");
    assert_eq!(v["findings"][0]["record"], 1);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_csv_list_one_row_per_event_is_read_like_jsonl() {
    let o = run(&["supervise", "examples/supervision/small.csv", "--today", "2021-08-31"]);
    assert_eq!(o.status.code(), Some(1), "{}", String::from_utf8_lossy(&o.stderr));
    let v = stdout_json(&o);
    assert_eq!(v["counts"], serde_json::json!({"records": 3, "accepted": 3, "rejected": 0}));
    let remedies: Vec<_> = v["remedies"].as_array().unwrap().iter().map(|r| (r["remedy"].as_str().unwrap(), r["caseNumber"].as_str().unwrap())).collect();
    assert_eq!(remedies, [("lateAnswer", "（2021）黔27行初900号"), ("nonPerformance", "（2021）黔27行初900号"), ("noAppearance", "（2021）黔27行初901号")]);
    let o = run(&["rates", "examples/supervision/small.csv", "--from", "2021-01-01", "--to", "2021-08-31"]);
    let v = stdout_json(&o);
    let got: Vec<_> = v["groups"][0]["rates"].as_array().unwrap().iter().map(|r| (r["numerator"].as_u64().unwrap(), r["denominator"].as_u64().unwrap())).collect();
    assert_eq!(got, [(1, 2), (1, 2), (1, 1)]);
}

#[test]
fn the_bulletin_is_printable_html_with_the_rates_and_the_remedies() {
    let o = run(&["bulletin", "examples/supervision/qiannan-2021.jsonl", "--from", "2021-08-01", "--to", "2021-08-31"]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let page = String::from_utf8(o.stdout).unwrap();
    assert!(page.starts_with("<!doctype html>"));
    for needle in ["<h1>2021年8月行政应诉工作通报</h1>", "<h2>出庭应诉率</h2>", "<h2>败诉率</h2>", "<h2>纠错率</h2>", "<h2>需补救事项</h2>", "<svg class=\"chart\"", "<td>合计</td><td>"] {
        assert!(page.contains(needle), "{needle}");
    }
    let o = run(&["bulletin", "examples/supervision/qiannan-2021.jsonl", "--from", "2021-01-01", "--to", "2021-06-30"]);
    assert!(String::from_utf8(o.stdout).unwrap().contains("<h1>2021年上半年行政应诉工作报告</h1>"));
}

/// Issue 16: Guangzhou's 调撤率, 553 withdrawn after mediation, 63.1% (the example's 876 concluded
/// cases are the smallest denominator giving 63.1%; the pack prints two decimals).
#[test]
fn rates_on_the_guangzhou_example_give_the_published_mediation_rate() {
    let o = run(&["rates", "examples/supervision/guangzhou-mediation.jsonl", "--from", "2021-01-01", "--to", "2021-12-31", "--pack", "guangzhou"]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let v = stdout_json(&o);
    assert_eq!(v["counts"]["rejected"], 0);
    let mediation = v["groups"][0]["rates"].as_array().unwrap().iter().find(|r| r["id"] == "gz-mediation").expect("gz-mediation").clone();
    assert_eq!((mediation["numerator"].as_u64(), mediation["denominator"].as_u64()), (Some(553), Some(876)));
    assert_eq!(mediation["percent"], "63.13%");
    let pct: f64 = mediation["percent"].as_str().unwrap().trim_end_matches('%').parse().unwrap();
    assert_eq!(format!("{pct:.1}%"), "63.1%", "the published figure, to its one decimal");
}

/// `supervise --ics` prints the reminders: a pending step on its day, a remedy on `today`.
#[test]
fn supervise_ics_prints_the_reminders_as_icalendar() {
    let o = run(&["supervise", "examples/supervision/small.csv", "--today", "2021-04-15", "--ics"]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"), "{text}");
    let unfolded = text.replace("\r\n ", "");
    assert!(unfolded.contains("DTSTAMP:20210415T000000Z\r\n"));
    // 901号's hearing on 2021-04-20 is pending on the 15th: a reminder on its day.
    assert!(unfolded.contains("DTSTART;VALUE=DATE:20210420\r\nDTEND;VALUE=DATE:20210421\r\nSUMMARY:（2021）黔27行初901号 出庭应诉到期"), "{unfolded}");
    // 900号's answer was late (2021-03-20): a remedy, dated today.
    assert!(unfolded.contains("DTSTART;VALUE=DATE:20210415\r\nDTEND;VALUE=DATE:20210416\r\nSUMMARY:补救：（2021）黔27行初900号 未按时答辩"), "{unfolded}");
    let same = run(&["supervise", "examples/supervision/small.csv", "--today", "2021-04-15", "--ics"]);
    assert_eq!(same.stdout, text.as_bytes(), "the same list and day give the same bytes");
}

/// `supervise --stream`: one line per case as it is evaluated, then the summary (with `cases`
/// empty); the same steps, remedies and must-appear items as the whole-list answer.
#[test]
fn supervise_stream_prints_a_line_per_case_then_the_summary() {
    let whole = stdout_json(&run(&["supervise", "examples/supervision/qiannan-2021.jsonl", "--today", "2021-08-31"]));
    let o = run(&["supervise", "examples/supervision/qiannan-2021.jsonl", "--today", "2021-08-31", "--stream"]);
    assert_eq!(o.status.code(), Some(1), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8(o.stdout).unwrap();
    let lines: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let (summary, cases) = lines.split_last().unwrap();
    assert_eq!(cases, whole["cases"].as_array().unwrap().as_slice());
    assert_eq!(summary["cases"], serde_json::json!([]));
    for key in ["counts", "steps", "remedies", "agencies", "mustAppear", "findings"] {
        assert_eq!(summary[key], whole[key], "{key}");
    }
}
