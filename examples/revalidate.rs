//! Server-side re-validation in Rust: the same check the browser ran, reaching the same report
//! byte for byte (the npm package and this crate share one core and one JSON facade).
//!
//!     cargo run --release --example revalidate -- --today 2024-11-22 < submission.json
//!
//! Reads a submission `{"filing": {...}, "lang": "zh-Hans"}` on stdin and prints the report as
//! JSON, or `{"error": {"code", "message"}}` with exit code 2 for a malformed submission. In a web
//! server, call [`revalidate`] from the handler and refuse the filing when the report's `ok` is
//! false. Pass the server's own civil date in China as `today`, never one the client sent.

use filing_check::api;
use filing_check::Error;
use serde_json::{json, Map, Value};
use std::io::Read;

/// Re-checks one submission on `today` ("YYYY-MM-DD") and returns the report as JSON text.
fn revalidate(body: &str, today: &str) -> Result<String, Error> {
    let submission = api::parse_json(body)?;
    // Only the fields a client may choose; `today` and rule overrides are the server's business.
    let mut request = Map::new();
    request.insert("today".into(), today.into());
    request.insert("filing".into(), submission.get("filing").cloned().unwrap_or(Value::Null));
    request.insert("config".into(), json!({ "mode": "final" }));
    if let Some(lang) = submission.get("lang") {
        request.insert("lang".into(), lang.clone());
    }
    let request = Value::Object(request);
    let report = api::call("check", &request)?;
    Ok(report.to_string())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let today = match args.as_slice() {
        [flag, day] if flag == "--today" => day.clone(),
        _ => {
            eprintln!("usage: revalidate --today YYYY-MM-DD < submission.json");
            std::process::exit(2);
        }
    };
    let mut body = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut body) {
        eprintln!("{}", json!({ "error": { "code": "invalid_argument", "message": format!("stdin: {e}") } }));
        std::process::exit(2);
    }
    match revalidate(&body, &today) {
        Ok(report) => println!("{report}"),
        Err(e) => {
            eprintln!("{}", json!({ "error": { "code": e.code(), "message": e.to_string() } }));
            std::process::exit(2);
        }
    }
}
