//! The native half of `bash scripts/bench.sh` (driven by `bench/run.mjs`, which compares it in the
//! same run with the reference C++ OpenCC through `bench/native.py`). Each subcommand prints one
//! JSON line; times are wall-clock on this machine.
//!
//!     cargo build --release --example bench_native
//!     bench_native convert CONFIG INPUT OUTPUT SECS   set-up, throughput, 20-char call; writes the output
//!     bench_native check REQUEST.json CALLS          median / p95 µs of api::call("check") (and from JSON text)
//!     bench_native deadline PAIRS.json               median µs of api::due_date and of the full deadline
//!     bench_native linear TEXT DOC ...               convert, clean and document check on each (TEXT, DOC) pair
//!
//! Everything goes through the public crate API (`filing_check::api`, `text::opencc`,
//! `text::clean`), the same code the CLI and the wasm build run.

use filing_check::api;
use filing_check::text::clean;
use filing_check::text::opencc::{Config, Dictionaries};
use serde_json::{json, Value};
use std::hint::black_box;
use std::time::Instant;

const FIELD: &str = "广州市天河区人民政府行政复议决定书第十二";

fn blob() -> Vec<u8> {
    std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/data/opencc/opencc.bin")).expect("data/opencc/opencc.bin")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn sorted(mut v: Vec<f64>) -> Vec<f64> {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v
}

fn quantile(sorted: &[f64], q: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * q).round() as usize]
}

/// µs per call, measured in batches of `batch` calls (so the clock's own cost does not count),
/// `batches` times; returns the sorted per-call times of the batches.
fn batched(batches: usize, batch: usize, mut f: impl FnMut(usize)) -> Vec<f64> {
    for i in 0..batch * 10 {
        f(i);
    }
    let mut out = Vec::with_capacity(batches);
    let mut i = 0;
    for _ in 0..batches {
        let start = Instant::now();
        for _ in 0..batch {
            f(i);
            i += 1;
        }
        out.push(start.elapsed().as_secs_f64() * 1e6 / batch as f64);
    }
    sorted(out)
}

/// µs of each single call, `calls` times after a warm-up; sorted.
fn singles(calls: usize, mut f: impl FnMut()) -> Vec<f64> {
    for _ in 0..calls / 10 + 10 {
        f();
    }
    let mut out = Vec::with_capacity(calls);
    for _ in 0..calls {
        let start = Instant::now();
        f();
        out.push(start.elapsed().as_secs_f64() * 1e6);
    }
    sorted(out)
}

/// Median ms of `f` over repetitions lasting at least `min_secs` in total (at least `min_reps`).
fn repeat_ms(min_secs: f64, min_reps: usize, mut f: impl FnMut()) -> f64 {
    let start = Instant::now();
    let mut times = Vec::new();
    while times.len() < min_reps || start.elapsed().as_secs_f64() < min_secs {
        let t = Instant::now();
        f();
        times.push(t.elapsed().as_secs_f64() * 1e3);
    }
    let s = sorted(times);
    quantile(&s, 0.5)
}

fn convert(args: &[String]) -> Value {
    let [config, input, output, secs] = args else { panic!("convert CONFIG INPUT OUTPUT SECS") };
    let config = Config::parse(config).expect("config");
    let secs: f64 = secs.parse().expect("SECS");
    let text = read(input);
    let blob = blob();
    let start = Instant::now();
    let dicts = Dictionaries::from_bytes(&blob).expect("dictionaries");
    let load_ms = start.elapsed().as_secs_f64() * 1e3;
    black_box(dicts.convert("汉字", config));
    let setup_ms = start.elapsed().as_secs_f64() * 1e3;
    let out = dicts.convert(&text, config);
    std::fs::write(output, &out).expect("write OUTPUT");
    // Throughput: the median of runs lasting `secs` in total.
    let ms = repeat_ms(secs, 3, || {
        black_box(dicts.convert(black_box(&text), config));
    });
    let field: String = FIELD.chars().take(20).collect();
    let per_call = batched(50, 2000, |_| {
        black_box(dicts.convert(black_box(&field), config));
    });
    json!({
        "config": config.name(), "bytes": text.len(), "loadMs": load_ms, "setupMs": setup_ms,
        "mbps": text.len() as f64 / 1e6 / (ms / 1e3), "fieldUs": quantile(&per_call, 0.5),
    })
}

fn check(args: &[String]) -> Value {
    let [path, calls] = args else { panic!("check REQUEST.json CALLS") };
    let calls: usize = calls.parse().expect("CALLS");
    let text = read(path);
    let request: Value = serde_json::from_str(&text).expect("request JSON");
    let report = api::call("check", &request).expect("check");
    let value = singles(calls, || {
        black_box(api::call("check", black_box(&request)).ok());
    });
    // As a server receiving the filing as JSON text would run it: parse, check, serialise.
    let from_text = singles(calls, || {
        let r = api::parse_json(black_box(&text)).and_then(|v| api::call("check", &v));
        black_box(r.map(|v| v.to_string()).ok());
    });
    json!({
        "findings": report["findings"].as_array().map(Vec::len), "ok": report["ok"],
        "valueMedianUs": quantile(&value, 0.5), "valueP95Us": quantile(&value, 0.95),
        "textMedianUs": quantile(&from_text, 0.5), "textP95Us": quantile(&from_text, 0.95),
    })
}

fn deadline(args: &[String]) -> Value {
    let [path] = args else { panic!("deadline PAIRS.json") };
    let pairs: Vec<(String, String)> = serde_json::from_str(&read(path)).expect("pairs: [[from, period], …]");
    let requests: Vec<Value> = pairs.iter().map(|(f, p)| json!({"from": f, "period": p})).collect();
    let n = pairs.len();
    let due = batched(200, 500, |i| {
        let (f, p) = &pairs[i % n];
        black_box(api::due_date(black_box(f), black_box(p)).ok());
    });
    let typed = batched(200, 200, |i| {
        black_box(api::deadline(black_box(&requests[i % n])).ok());
    });
    let full = batched(200, 200, |i| {
        black_box(api::call("deadline", black_box(&requests[i % n])).ok());
    });
    json!({
        "pairs": n,
        "dueMedianUs": quantile(&due, 0.5), "dueP95Us": quantile(&due, 0.95),
        "deadlineTypedMedianUs": quantile(&typed, 0.5),
        "deadlineMedianUs": quantile(&full, 0.5), "deadlineP95Us": quantile(&full, 0.95),
    })
}

fn linear(args: &[String]) -> Value {
    let dicts = Dictionaries::embedded().expect("dictionaries");
    dicts.prepare(Config::S2t);
    let mut rows = Vec::new();
    for pair in args.chunks(2) {
        let [text_path, doc_path] = pair else { panic!("linear TEXT DOC …") };
        let text = read(text_path);
        let doc_request: Value = serde_json::from_str(&read(doc_path)).expect("document request");
        let options = api::common_options(&doc_request).expect("today");
        let document = &doc_request["document"];
        let convert_ms = repeat_ms(0.4, 2, || {
            black_box(dicts.convert(black_box(&text), Config::S2t));
        });
        let clean_ms = repeat_ms(0.4, 2, || {
            black_box(clean::clean(black_box(&text)));
        });
        let document_ms = repeat_ms(0.4, 2, || {
            black_box(api::check_document(black_box(document), &options).ok());
        });
        let doc_bytes = document["text"].as_str().map_or(0, str::len);
        rows.push(json!({
            "bytes": text.len(), "docBytes": doc_bytes,
            "convertMs": convert_ms, "cleanMs": clean_ms, "documentMs": document_ms,
        }));
    }
    Value::Array(rows)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((cmd, rest)) = args.split_first() else {
        eprintln!("usage: bench_native convert|check|deadline|linear …");
        std::process::exit(2);
    };
    let out = match cmd.as_str() {
        "convert" => convert(rest),
        "check" => check(rest),
        "deadline" => deadline(rest),
        "linear" => linear(rest),
        other => {
            eprintln!("unknown subcommand {other}");
            std::process::exit(2);
        }
    };
    println!("{out}");
}
