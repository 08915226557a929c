//! The JSON text reader (`json_reader::parse`) against serde_json's parser, which it replaces in
//! every module: for any text, the same `Value` (and the same float bits), or the same error
//! message, line and column.
//!
//! Input: any bytes that are UTF-8 (a request is a `&str` by the time it is parsed).
#![no_main]
use filing_check::json_reader;
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fn float_bits(v: &Value, out: &mut Vec<u64>) {
    match v {
        Value::Number(n) if n.is_f64() => out.push(n.as_f64().unwrap_or(0.0).to_bits()),
        Value::Array(a) => a.iter().for_each(|x| float_bits(x, out)),
        Value::Object(o) => o.values().for_each(|x| float_bits(x, out)),
        _ => {}
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match (json_reader::parse(text), serde_json::from_str::<Value>(text)) {
        (Ok(ours), Ok(theirs)) => {
            assert_eq!(ours, theirs);
            let (mut a, mut b) = (Vec::new(), Vec::new());
            float_bits(&ours, &mut a);
            float_bits(&theirs, &mut b);
            assert_eq!(a, b, "float bits");
        }
        (Err(ours), Err(theirs)) => assert_eq!(ours.to_string(), theirs.to_string()),
        (ours, theirs) => panic!("ours {ours:?}, serde_json {theirs:?}"),
    }
});
