//! `filing-check`: the command-line face of the library, a thin shell over `filing_check::api`.
//!
//! Results go to stdout as JSON. Exit codes: 0 all is well; 1 the report has an error-severity
//! finding, the identifier is invalid, or the timeline has an item whose day passed with nothing
//! recorded (state `missing`); 2 the call itself is wrong, and stderr carries
//! `{"error": {"code": ..., "message": ...}}`.
//!
//! This shell is the only place that reads a clock: when `--today` is not given it uses the
//! current civil date in China (UTC+8, no daylight saving), and passes it to the core.

use filing_check::api;
use filing_check::supervision::input::{LineReader, ListFormat, Sink};
use serde_json::{json, Map, Value};
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage:
  filing-check check [FILE|-] [--lang zh-Hans|zh-Hant|en] [--today YYYY-MM-DD] [--mode final|draft] [--config FILE]
  filing-check deadline --from YYYY-MM-DD --period <N>d|<N>m|<N>y|<N>wd [--calendar FILE] [--lang L]
  filing-check windows [--window NAME --from YYYY-MM-DD] [--calendar FILE] [--lang L]
  filing-check timeline [REQUEST.json|-] [--today YYYY-MM-DD] [--lang L] [--calendar FILE] [--ics FILE]
  filing-check id --kind resident|credit-code VALUE [--today YYYY-MM-DD] [--lang L]
  filing-check convert --config NAME [--clean]   (reads stdin, writes stdout)
  filing-check rules [--lang L]
  filing-check supervise CASES.jsonl|CASES.csv|- [--today YYYY-MM-DD] [--pack guangzhou|qiannan] [--lang L] [--ics | --stream]
  filing-check rates CASES.jsonl|CASES.csv|- --from YYYY-MM-DD --to YYYY-MM-DD [--by all|agency|level] [--pack qiannan|guangzhou] [--format json|csv] [--lang L]
  filing-check bulletin CASES.jsonl|CASES.csv|- --from YYYY-MM-DD --to YYYY-MM-DD [--today D] [--by agency|level|all] [--pack qiannan] [--timeline-pack guangzhou] [--format html|csv]";

/// A call error: printed to stderr as JSON, exit code 2.
struct CallError {
    code: String,
    message: String,
}

impl CallError {
    fn usage(message: impl Into<String>) -> CallError {
        CallError { code: "invalid_argument".into(), message: format!("{}\n{USAGE}", message.into()) }
    }
}

impl From<filing_check::Error> for CallError {
    fn from(e: filing_check::Error) -> Self {
        CallError { code: e.code().into(), message: e.message().into() }
    }
}

/// Parsed command line: the subcommand, `--flag value` options and positional arguments.
struct Args {
    command: String,
    options: Map<String, Value>,
    positional: Vec<String>,
}

/// Flags that take no value.
const SWITCHES: &[&str] = &["clean"];

fn parse_args(raw: Vec<String>, allowed: &[(&str, &[&str])]) -> Result<Args, CallError> {
    let mut it = raw.into_iter();
    let command = it.next().ok_or_else(|| CallError::usage("missing subcommand"))?;
    let allowed_flags = allowed
        .iter()
        .find(|(c, _)| *c == command)
        .map(|(_, f)| *f)
        .ok_or_else(|| CallError::usage(format!("unknown subcommand {command:?}")))?;
    let mut options = Map::new();
    let mut positional = Vec::new();
    while let Some(arg) = it.next() {
        if let Some(name) = arg.strip_prefix("--") {
            let (name, inline) = match name.split_once('=') {
                Some((n, v)) => (n.to_string(), Some(v.to_string())),
                None => (name.to_string(), None),
            };
            if !allowed_flags.contains(&name.as_str()) {
                return Err(CallError::usage(format!("unknown option --{name} for {command}")));
            }
            // `supervise --ics` prints the reminders; `timeline --ics FILE` writes them to FILE.
            if SWITCHES.contains(&name.as_str()) || (command == "supervise" && matches!(name.as_str(), "ics" | "stream")) {
                options.insert(name, Value::Bool(true));
                continue;
            }
            let value = match inline {
                Some(v) => v,
                None => it.next().ok_or_else(|| CallError::usage(format!("--{name} needs a value")))?,
            };
            options.insert(name, Value::String(value));
        } else {
            positional.push(arg);
        }
    }
    Ok(Args { command, options, positional })
}

/// Today's civil date in China (UTC+8): the one place a clock is read.
fn china_today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let days = (secs + 8 * 3600).div_euclid(86_400);
    let date = chrono::NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|d| d.checked_add_signed(chrono::Duration::days(days)))
        .unwrap_or_default();
    filing_check::date::format_civil_date(date)
}

fn read_input(path: Option<&str>) -> Result<String, CallError> {
    let mut text = String::new();
    match path {
        None | Some("-") => {
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| CallError { code: "io".into(), message: format!("stdin: {e}") })?;
        }
        Some(p) => {
            text = std::fs::read_to_string(p)
                .map_err(|e| CallError { code: "io".into(), message: format!("{p}: {e}") })?;
        }
    }
    Ok(text)
}

/// Runs the command; returns the JSON to print and whether the verdict is negative (exit 1).
fn run(raw: Vec<String>) -> Result<(Value, bool), CallError> {
    let allowed: &[(&str, &[&str])] = &[
        ("check", &["lang", "today", "mode", "config"]),
        ("deadline", &["from", "period", "calendar", "lang", "postmark", "today"]),
        ("windows", &["window", "from", "calendar", "lang", "today"]),
        ("timeline", &["today", "lang", "calendar", "ics"]),
        ("id", &["kind", "today", "lang"]),
        ("convert", &["config", "clean"]),
        ("rules", &["lang"]),
        ("supervise", &["today", "pack", "lang", "ics", "stream"]),
        ("rates", &["from", "to", "by", "pack", "format", "lang"]),
        ("bulletin", &["from", "to", "today", "by", "pack", "timeline-pack", "format"]),
    ];
    let args = parse_args(raw, allowed)?;
    let mut request = args.options.clone();
    if !request.contains_key("today") && matches!(args.command.as_str(), "check" | "id") {
        request.insert("today".into(), Value::String(china_today()));
    }
    match args.command.as_str() {
        "id" => {
            let value = match args.positional.as_slice() {
                [v] => v.clone(),
                _ => return Err(CallError::usage("id takes exactly one VALUE")),
            };
            request.insert("value".into(), Value::String(value));
            let result = api::call("id", &Value::Object(request))?;
            let invalid = result.get("valid") != Some(&Value::Bool(true));
            Ok((result, invalid))
        }
        "rules" => Ok((api::call("rules", &Value::Object(request))?, false)),
        "check" => {
            if args.positional.len() > 1 {
                return Err(CallError::usage("check takes at most one FILE"));
            }
            let filing = api::parse_json(&read_input(args.positional.first().map(String::as_str))?)?;
            let mut config = match request.remove("config") {
                Some(Value::String(path)) => api::parse_json(&read_input(Some(&path))?)?,
                _ => Value::Object(Map::new()),
            };
            if let Some(mode) = request.remove("mode") {
                match config.as_object_mut() {
                    Some(c) => {
                        c.insert("mode".into(), mode);
                    }
                    None => return Err(CallError::usage("--config: the file must hold a JSON object")),
                }
            }
            request.insert("config".into(), config);
            request.insert("filing".into(), filing);
            let result = api::call("check", &Value::Object(request))?;
            let failed = result.get("ok") == Some(&Value::Bool(false));
            Ok((result, failed))
        }
        "timeline" => {
            if args.positional.len() > 1 {
                return Err(CallError::usage("timeline takes at most one REQUEST file"));
            }
            let mut body = match api::parse_json(&read_input(args.positional.first().map(String::as_str))?)? {
                Value::Object(o) => o,
                _ => return Err(CallError::usage("timeline: the request must be a JSON object {today?, events, packs?, calendar?, lang?}")),
            };
            let ics_path = match request.remove("ics") {
                Some(Value::String(p)) => Some(p),
                _ => None,
            };
            if let Some(Value::String(path)) = request.remove("calendar") {
                body.insert("calendar".into(), api::parse_json(&read_input(Some(&path))?)?);
            }
            // Flags override the file; `today` defaults to the clock.
            for (k, v) in request {
                body.insert(k, v);
            }
            if !body.contains_key("today") {
                body.insert("today".into(), Value::String(china_today()));
            }
            let result = api::call("timeline", &Value::Object(body))?;
            if let Some(path) = ics_path {
                let ics = result.get("ics").and_then(Value::as_str).unwrap_or_default();
                std::fs::write(&path, ics).map_err(|e| CallError { code: "io".into(), message: format!("{path}: {e}") })?;
            }
            let missing = result
                .get("entries")
                .and_then(Value::as_array)
                .is_some_and(|es| es.iter().any(|e| e.get("state").and_then(Value::as_str) == Some("missing")));
            Ok((result, missing))
        }
        "deadline" | "windows" => {
            if let Some(Value::String(path)) = request.remove("calendar") {
                let calendar = api::parse_json(&read_input(Some(&path))?)?;
                request.insert("calendar".into(), calendar);
            }
            let result = api::call(&args.command, &Value::Object(request))?;
            Ok((result, false))
        }
        "convert" => {
            let text = read_input(None)?;
            request.insert("text".into(), Value::String(text));
            let result = api::call("convert", &Value::Object(request))?;
            Ok((result, false))
        }
        "supervise" | "rates" => {
            if args.positional.len() != 1 {
                return Err(CallError::usage(format!("{} takes exactly one CASES file (JSONL, one record a line; - for stdin)", args.command)));
            }
            if args.command == "supervise" && !request.contains_key("today") {
                request.insert("today".into(), Value::String(china_today()));
            }
            let path = args.positional[0].as_str();
            let with_ics = request.remove("ics").is_some();
            let streamed = request.remove("stream").is_some();
            let request = Value::Object(request);
            if args.command == "supervise" {
                let mut desk = api::supervision::desk(&request)?;
                if streamed {
                    // One line per case as it is evaluated, then the summary: memory for the
                    // agencies and remedies only, whatever the length of the list.
                    desk.stream_cases(Box::new(|case| {
                        let mut out = std::io::stdout().lock();
                        let _ = serde_json::to_writer(&mut out, case);
                        let _ = out.write_all(b"\n");
                    }));
                }
                for_each_record(path, &mut desk)?;
                let status = desk.finish();
                if streamed {
                    let negative = !status.remedies.is_empty();
                    return Ok((Value::String(format!("{}\n", serde_json::to_string(&status).unwrap_or_default())), negative));
                }
                if with_ics {
                    let lang = api::request::lang_field(&request)?;
                    return Ok((Value::String(filing_check::supervision::reminders::ics(&status, lang)), false));
                }
                let result = serde_json::to_value(status).unwrap_or(Value::Null);
                let negative = result.get("remedies").and_then(Value::as_array).is_some_and(|r| !r.is_empty());
                Ok((result, negative))
            } else {
                let (mut desk, name, pack) = api::supervision::rate_desk(&request)?;
                for_each_record(path, &mut desk)?;
                let result = desk.finish(&name, &pack);
                match request.get("format").and_then(Value::as_str) {
                    None | Some("json") => Ok((serde_json::to_value(result).unwrap_or(Value::Null), false)),
                    Some("csv") => Ok((Value::String(filing_check::supervision::bulletin::csv(&result)), false)),
                    Some(other) => Err(CallError::usage(format!("--format: expected json or csv, not {other:?}"))),
                }
            }
        }
        "bulletin" => {
            // One pass feeds both desks: the status (remedies) and the rates.
            let [path] = args.positional.as_slice() else {
                return Err(CallError::usage("bulletin takes exactly one CASES file (JSONL; - for stdin)"));
            };
            if let Some(p) = request.remove("timeline-pack") {
                request.insert("timelinePack".into(), p);
            }
            let (mut desks, format) = api::supervision::bulletin_desks(&Value::Object(request))?;
            for_each_record(path, &mut desks)?;
            Ok((Value::String(api::supervision::bulletin_text(desks, format)), false))
        }
        other => Err(CallError::usage(format!("unknown subcommand {other:?}"))),
    }
}

/// Feeds every record of a JSONL or CSV file (`.csv`; `-` is JSONL on stdin) to `sink`, one line
/// in memory at a time (a CSV case at a time).
fn for_each_record(path: &str, sink: &mut impl Sink) -> Result<(), CallError> {
    use std::io::BufRead;
    let io = |e: std::io::Error| CallError { code: "io".into(), message: format!("{path}: {e}") };
    let reader: Box<dyn BufRead> = if path == "-" {
        Box::new(std::io::BufReader::new(std::io::stdin()))
    } else {
        Box::new(std::io::BufReader::new(std::fs::File::open(path).map_err(io)?))
    };
    let mut lines = LineReader::new(ListFormat::of_path(path), api::supervision::parse_line);
    for line in reader.lines() {
        if let Some(r) = lines.push_line(&line.map_err(io)?) {
            sink.take(r)?;
        }
    }
    if let Some(r) = lines.finish() {
        sink.take(r)?;
    }
    Ok(())
}

/// The arguments as UTF-8. `std::env::args()` panics on an argument that is not valid Unicode
/// (a Latin-1 file name, a stray byte from a shell); that is a call error like any other.
fn utf8_args() -> Result<Vec<String>, CallError> {
    std::env::args_os()
        .skip(1)
        .enumerate()
        .map(|(i, a)| {
            a.into_string().map_err(|a| CallError {
                code: "invalid_argument".into(),
                message: format!("argument {}: not valid UTF-8 ({:?})", i + 1, a),
            })
        })
        .collect()
}

fn fail(e: CallError) -> ExitCode {
    let body = json!({"error": {"code": e.code, "message": e.message}});
    eprintln!("{body}");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let raw = match utf8_args() {
        Ok(raw) => raw,
        Err(e) => return fail(e),
    };
    if raw.first().map(String::as_str) == Some("--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    // No arguments is a wrong call like any other (exit 2, the error on stderr), with the usage in
    // its message: run() says "missing subcommand".
    // `convert` writes the converted text itself, and `rates --format csv`, `bulletin` and
    // `supervise --ics` their text, not JSON.
    let is_convert = raw.first().map(String::as_str) == Some("convert");
    match run(raw) {
        Ok((result, negative)) => {
            let mut out = std::io::stdout().lock();
            // `convert` writes the converted text itself, not JSON, so it pipes like `opencc`.
            let written = if let (false, Value::String(text)) = (is_convert, &result) {
                out.write_all(text.as_bytes())
            } else if is_convert {
                match result.get("text").and_then(Value::as_str) {
                    Some(t) => out.write_all(t.as_bytes()),
                    None => writeln!(out, "{result}"),
                }
            } else {
                writeln!(out, "{}", serde_json::to_string_pretty(&result).unwrap_or_default())
            };
            if written.is_err() {
                return ExitCode::from(2);
            }
            if negative {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(e) => fail(e),
    }
}
