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
