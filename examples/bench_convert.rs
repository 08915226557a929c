//! Native conversion benchmark (used by `bench/convert_native.py`, which compares it with the
//! reference C++ OpenCC in the same run).
//!
//!     cargo run --release --example bench_convert -- FILE [CONFIG]
//!
//! Prints one JSON line: set-up ms (parse the embedded blob + first conversion), throughput in
//! MB/s of UTF-8 input, and µs per call for a 20-character field.

use filing_check::text::opencc::{Config, Dictionaries};
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let file = args.next().expect("usage: bench_convert FILE [CONFIG]");
    let config = Config::parse(&args.next().unwrap_or_else(|| "s2t".into())).expect("config");
    let text = std::fs::read_to_string(&file).expect("read FILE");
    let blob = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/data/opencc/opencc.bin")).expect("blob");
    let start = Instant::now();
    let dicts = Dictionaries::from_bytes(&blob).expect("dictionaries");
    let load_ms = start.elapsed().as_secs_f64() * 1e3;
    let _ = dicts.convert("汉字", config);
    let setup_ms = start.elapsed().as_secs_f64() * 1e3;
    let _ = dicts.convert(&text, config);
    let start = Instant::now();
    let mut runs = 0;
    while start.elapsed().as_secs_f64() < 1.5 {
        std::hint::black_box(dicts.convert(std::hint::black_box(&text), config));
        runs += 1;
    }
    let per_run = start.elapsed().as_secs_f64() / runs as f64;
    let mbps = text.len() as f64 / 1e6 / per_run;
    let field: String = "广州市天河区人民政府行政复议决定书第十二号".chars().take(20).collect();
    let calls = 200_000;
    let start = Instant::now();
    for _ in 0..calls {
        std::hint::black_box(dicts.convert(std::hint::black_box(&field), config));
    }
    let field_us = start.elapsed().as_secs_f64() * 1e6 / calls as f64;
    println!("{{\"config\":\"{}\",\"bytes\":{},\"loadMs\":{load_ms:.3},\"setupMs\":{setup_ms:.3},\"mbps\":{mbps:.3},\"fieldUs\":{field_us:.4}}}", config.name(), text.len());
}
