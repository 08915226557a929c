//! The pack and event types read by [`crate::form::read`] against serde's derive (kept for the
//! tests only): each built-in pack, and inputs made from them by random edits (a value replaced,
//! a key removed or added), read by both, must give the same value or the same error message.

use super::rates::{Measure, RateDefinition, RatePack};
use crate::calendar::OnRestDay;
use crate::filings::form_reading_tests::{same_enum, scalar, value, Gen, WORDS};
use crate::filings::packs::{FilingPack, PackDocument, PackPeriod, PackText};
use crate::form::read::Read;
use crate::timeline::{Anchor, EntryKind, EventInput, EventKind, RestDayRule, Task, TimelinePack, TimelineRule};
use serde_json::{json, Value};

/// A copy of `seed` with one random edit somewhere in it.
fn edited(seed: &Value, g: &mut Gen, keys: &[&str]) -> Value {
    let mut v = seed.clone();
    // A random place in it, as a JSON Pointer (found by reading, then edited through it).
    let mut path = String::new();
    let mut at = &v;
    loop {
        let deeper = g.below(3) > 0;
        match at {
            Value::Object(map) if deeper && !map.is_empty() => {
                let (key, next) = map.iter().nth(g.below(map.len())).unwrap_or_else(|| unreachable!());
                path.push('/');
                path.push_str(&key.replace('~', "~0").replace('/', "~1"));
                at = next;
            }
            Value::Array(items) if deeper && !items.is_empty() => {
                let i = g.below(items.len());
                path.push_str(&format!("/{i}"));
                at = &items[i];
            }
            _ => break,
        }
    }
    let at = v.pointer_mut(&path).unwrap_or_else(|| unreachable!());
    match (g.below(4), &mut *at) {
        (0, Value::Object(map)) if !map.is_empty() => {
            let key = map.keys().nth(g.below(map.len())).cloned().unwrap_or_default();
            map.remove(&key);
        }
        (1, Value::Object(map)) => {
            map.insert(g.pick(keys).to_string(), value(g, keys, 2));
        }
        (2, Value::Array(items)) if !items.is_empty() => {
            items.truncate(g.below(items.len()));
        }
        _ => *at = if g.below(2) == 0 { scalar(g) } else { value(g, keys, 2) },
    }
    v
}

fn same<T: Read + serde::de::DeserializeOwned + std::fmt::Debug>(seeds: &[Value], keys: &[&str], seed: u64) -> (usize, usize) {
    let mut g = Gen(seed);
    let (mut ok, mut err) = (0, 0);
    let mut inputs: Vec<Value> = seeds.to_vec();
    inputs.push(Value::Array(Vec::new()));
    for i in 0..3000 {
        inputs.push(edited(&seeds[i % seeds.len()], &mut g, keys));
    }
    // Each seed as an array of its values in key order: serde's derive reads a struct from one.
    inputs.extend(seeds.iter().filter_map(|s| s.as_object()).map(|o| Value::Array(o.values().cloned().collect())));
    for v in &inputs {
        let ours = T::read(v).map(|t| format!("{t:?}"));
        let serdes = T::deserialize(v).map(|t| format!("{t:?}")).map_err(|e| e.to_string());
        assert_eq!(ours, serdes, "{}: input {v}", std::any::type_name::<T>());
        if ours.is_ok() { ok += 1 } else { err += 1 }
    }
    (ok, err)
}

fn built_in(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn pack_and_event_types_read_as_serdes_derive_did() {
    let timelines = [
        built_in(include_str!("../../data/packs/example/timeline.json")),
        built_in(include_str!("../../data/packs/guangzhou/timeline.json")),
        built_in(include_str!("../../data/packs/qiannan/timeline.json")),
    ];
    let rates = [
        built_in(include_str!("../../data/packs/guangzhou/rates.json")),
        built_in(include_str!("../../data/packs/qiannan/rates.json")),
    ];
    let filing = [built_in(include_str!("../../data/packs/example/filing.json"))];
    let pick = |packs: &[Value], key: &str| -> Vec<Value> {
        packs.iter().filter_map(|p| p.get(key)).flat_map(|v| v.as_array().cloned().unwrap_or_else(|| vec![v.clone()])).collect()
    };
    let events = [
        json!({"kind": "noticeToRespondReceived", "date": "2026-01-05"}),
        json!({"kind": "summonsReceived", "date": "2026-01-05", "hearingDate": "2026-02-01"}),
        json!({"kind": "judgmentServed", "date": "2026-03-01", "performanceDue": "2026-04-01", "performancePeriod": "三十日", "effectiveDate": "2026-03-16"}),
        json!({"kind": "attendanceChecked", "date": "2026-02-01", "attended": true, "about": "hearing"}),
    ];
    let mut keys: Vec<&str> = [
        TimelinePack::FORM_FIELDS, TimelineRule::FORM_FIELDS, RestDayRule::FORM_FIELDS, EventInput::FORM_FIELDS,
        RatePack::FORM_FIELDS, RateDefinition::FORM_FIELDS, FilingPack::FORM_FIELDS, PackText::FORM_FIELDS,
        PackDocument::FORM_FIELDS, PackPeriod::FORM_FIELDS,
    ]
    .concat();
    keys.extend(["previous", "hearing", "report", "extra"]);
    let keys = &keys[..];
    let results = [
        ("TimelinePack", same::<TimelinePack>(&timelines, keys, 1)),
        ("TimelineRule", same::<TimelineRule>(&pick(&timelines, "rules"), keys, 2)),
        ("RestDayRule", same::<RestDayRule>(&pick(&timelines, "onRestDay"), keys, 3)),
        ("EventInput", same::<Vec<EventInput>>(&[Value::Array(events.to_vec())], keys, 4)),
        ("RatePack", same::<RatePack>(&rates, keys, 5)),
        ("RateDefinition", same::<RateDefinition>(&pick(&rates, "rates"), keys, 6)),
        ("FilingPack", same::<FilingPack>(&filing, keys, 7)),
        ("PackDocument", same::<PackDocument>(&pick(&filing, "requiredDocuments"), keys, 8)),
        ("PackPeriod", same::<PackPeriod>(&pick(&filing, "periods"), keys, 9)),
    ];
    for (name, (ok, err)) in results {
        assert!(ok > 0 && err > 0, "{name}: {ok} inputs read, {err} refused: the comparison needs both");
    }
    let mut g = Gen(0xe7);
    let names = ["keep", "previous", "next", "report", "hearing", "answerDue", "checkIdentity", "firstInstanceLost", "judgmentServed", "nope"];
    for _ in 0..2000 {
        let v = match g.below(3) {
            0 => Value::String(g.pick(&names).to_string()),
            1 => json!({ g.pick(&names): if g.below(2) == 0 { Value::Null } else { scalar(&mut g) } }),
            _ => value(&mut g, WORDS, 2),
        };
        same_enum::<OnRestDay>(&v);
        same_enum::<EventKind>(&v);
        same_enum::<Anchor>(&v);
        same_enum::<EntryKind>(&v);
        same_enum::<Task>(&v);
        same_enum::<Measure>(&v);
    }
}
