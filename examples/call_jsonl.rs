//! The native twin of the npm package's `callJson(op, requestJson)`, one call per line: what the
//! differential fuzz (`tests/node/fuzz-differential.test.mjs`) compares the wasm build against.
//!
//!     cargo build --release --features cli --example call_jsonl
//!     printf '%s\n' '["due", "{\"from\":\"2024-01-31\",\"period\":\"1m\"}"]' | target/release/examples/call_jsonl
//!
//! Reads JSON Lines on stdin, each `[op, requestText]` (two strings: the request is JSON *text*,
//! so malformed JSON travels as it is), and writes one line for each on stdout:
//! `{"ok": "<the answer's JSON text>"}` or `{"error": {"code": "...", "message": "..."}}`, as
//! `callJson` answers or throws. It does what `src/wasm/full.rs` `call_json` does, with the same
//! three calls (parse under the limits, call, serialise), so any difference between the two is a
//! difference in the core as compiled for wasm, not in this harness.
//!
//! A line that is not `[string, string]` gets `{"harness": "<why>"}`: a bug in the caller, never
//! an answer of the library. The exit code is 0 unless stdin or stdout fails.

use filing_check::api;
use serde_json::{json, Value};
use std::io::{BufRead, BufWriter, Write};
use std::process::ExitCode;

/// `callJson(op, request)` natively: the answer's JSON text, or the call error.
fn call_json(op: &str, request: &str) -> Result<String, filing_check::Error> {
    let request = api::parse_json(request)?;
    let result = api::call(op, &request)?;
    // As in src/wasm/full.rs: a serde_json::Value always serialises.
    Ok(serde_json::to_string(&result).unwrap_or_default())
}

fn answer(line: &str) -> Value {
    // The harness's own input is never limited: a line may carry a request over the 4 MiB limit
    // or nested 100,000 deep, and that is for the library to refuse. serde_json's recursion limit
    // does not apply here, because the request is a string inside a two-element array.
    let call: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return json!({ "harness": format!("not JSON: {e}") }),
    };
    match call.as_array().map(Vec::as_slice) {
        Some([Value::String(op), Value::String(request)]) => match call_json(op, request) {
            Ok(text) => json!({ "ok": text }),
            Err(e) => json!({ "error": { "code": e.code(), "message": e.message() } }),
        },
        _ => json!({ "harness": "expected [op, requestText], two strings" }),
    }
}

fn main() -> ExitCode {
    let stdin = std::io::stdin().lock();
    let mut out = BufWriter::new(std::io::stdout().lock());
    for line in stdin.lines() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("call_jsonl: stdin: {e}");
                return ExitCode::from(2);
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        if writeln!(out, "{}", answer(&line)).is_err() {
            return ExitCode::from(2);
        }
    }
    if out.flush().is_err() {
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}
