//! Every form type read by [`crate::form::read`] against serde's derive (kept for the tests
//! only), on generated JSON: the same value, or the same error message, for each input.

use crate::document::{DocumentInput, DocumentParty, DocumentType, Role};
use super::absence::{AbsentHead, Explanation, Proof, Reason, Substitute};
use super::appeal::{Appeal, DecisionType};
use super::appearance::{Agency, CourtNotice, Document, Hearing, LocalFacts, Person};
use super::common::{Agent, Attachment, Party, PartyType, PowerOfAttorney};
use super::complaint::{Complaint, ComplaintMaterials, ContestedAct};
use super::defence::{Defence, EvidenceItem, NormativeDocument};
use super::performance::{Performance, PerformanceStatus, PerformedDocument};
use super::reconsideration::Reconsideration;
use crate::form::read::Read;
use serde_json::{json, Map, Value};

/// A small deterministic generator (xorshift), so that a failure is reproducible.
pub(crate) struct Gen(pub(crate) u64);
impl Gen {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub(crate) fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

pub(crate) const WORDS: &[&str] = &[
    "", "张三", "2026-11-22", "a\"b\\c\n\u{7}", "person", "organization", "judgment", "ruling", "mediation",
    "performed", "partlyPerformed", "inProgress", "notPerformed", "complaint", "defence", "appeal",
    "reconsideration", "plaintiff", "defendant", "thirdParty", "Person", "nope", "（2026）粤71行初123号",
];

pub(crate) fn scalar(g: &mut Gen) -> Value {
    match g.below(12) {
        0 => Value::Null,
        1 => Value::Bool(g.below(2) == 0),
        2 => json!(g.below(1000)),
        3 => json!(-(g.below(1000) as i64) - 1),
        4 => json!(u64::from(u32::MAX) + 1 + g.below(10) as u64),
        5 => json!(u64::MAX),
        6 => json!(i64::MIN),
        7 => [json!(1.5), json!(1.0), json!(-0.0), json!(1e300), json!(2.5e-8), json!(123456789.125)][g.below(6)].clone(),
        _ => Value::String(g.pick(WORDS).to_string()),
    }
}

pub(crate) fn value(g: &mut Gen, keys: &[&str], depth: u32) -> Value {
    if depth == 0 {
        return scalar(g);
    }
    match g.below(10) {
        0..=4 => scalar(g),
        5 | 6 => Value::Array((0..g.below(4)).map(|_| value(g, keys, depth - 1)).collect()),
        _ => object(g, keys, depth - 1),
    }
}

fn object(g: &mut Gen, keys: &[&str], depth: u32) -> Value {
    let mut map = Map::new();
    for _ in 0..g.below(6) {
        map.insert(g.pick(keys).to_string(), value(g, keys, depth));
    }
    Value::Object(map)
}

/// Inputs for a type with the fields `own`: objects of its own fields (most valid or nearly),
/// objects and arrays of anything, single-key objects (serde's tagged enums), scalars.
fn inputs(own: &[&str], keys: &[&str], seed: u64) -> Vec<Value> {
    let mut g = Gen(seed);
    let mut out = vec![Value::Null, json!({}), json!([]), json!([null]), json!({"": null})];
    for i in 0..4000 {
        let v = match i % 6 {
            0 | 1 => {
                let mut map = Map::new();
                for f in own {
                    if g.below(3) > 0 {
                        map.insert(f.to_string(), value(&mut g, keys, 3));
                    }
                }
                Value::Object(map)
            }
            2 => object(&mut g, keys, 3),
            3 => Value::Array((0..g.below(own.len() + 3)).map(|_| value(&mut g, keys, 2)).collect()),
            4 => json!({ g.pick(WORDS): value(&mut g, keys, 1) }),
            _ => value(&mut g, keys, 3),
        };
        out.push(v);
    }
    out
}

fn same<T: Read + serde::de::DeserializeOwned + std::fmt::Debug>(own: &[&str], keys: &[&str], seed: u64) -> usize {
    let mut ok = 0;
    for v in inputs(own, keys, seed) {
        let ours = T::read(&v).map(|t| format!("{t:?}"));
        let serdes = T::deserialize(&v).map(|t| format!("{t:?}")).map_err(|e| e.to_string());
        assert_eq!(ours, serdes, "{}: input {v}", std::any::type_name::<T>());
        ok += usize::from(ours.is_ok());
    }
    ok
}

#[test]
fn every_form_type_reads_as_serdes_derive_did() {
    let tables: &[&[&str]] = &[
        Party::FORM_FIELDS, Attachment::FORM_FIELDS, PowerOfAttorney::FORM_FIELDS, Agent::FORM_FIELDS,
        Appeal::FORM_FIELDS, Complaint::FORM_FIELDS, ContestedAct::FORM_FIELDS, ComplaintMaterials::FORM_FIELDS,
        Defence::FORM_FIELDS, EvidenceItem::FORM_FIELDS, NormativeDocument::FORM_FIELDS,
        Reconsideration::FORM_FIELDS, Performance::FORM_FIELDS, Hearing::FORM_FIELDS, Agency::FORM_FIELDS,
        CourtNotice::FORM_FIELDS, Document::FORM_FIELDS, Person::FORM_FIELDS, LocalFacts::FORM_FIELDS,
        Reason::FORM_FIELDS, Proof::FORM_FIELDS, AbsentHead::FORM_FIELDS, Substitute::FORM_FIELDS,
        Explanation::FORM_FIELDS, DocumentInput::FORM_FIELDS, DocumentParty::FORM_FIELDS,
    ];
    let mut keys: Vec<&str> = tables.iter().flat_map(|t| t.iter().copied()).collect();
    keys.extend(["kind", "idNo", "person", "judgment"]);
    let keys = &keys[..];
    let mut accepted = Vec::new();
    macro_rules! each {
        ($($t:ty),*) => { $( accepted.push((stringify!($t), same::<$t>(<$t>::FORM_FIELDS, keys, 0x51ed_2701 ^ stringify!($t).len() as u64))); )* };
    }
    each!(Party, Attachment, PowerOfAttorney, Agent, Appeal, Complaint, ContestedAct, ComplaintMaterials, Defence,
        EvidenceItem, NormativeDocument, Reconsideration, Performance, Hearing, Agency, CourtNotice, Document,
        Person, LocalFacts, Reason, Proof, AbsentHead, Substitute, Explanation, DocumentInput, DocumentParty);
    for (name, n) in &accepted {
        assert!(*n > 0, "{name}: no generated input was a valid form, so the comparison tested only errors");
    }
    let enums: &[&str] = WORDS;
    for (i, _) in enums.iter().enumerate() {
        let mut g = Gen(0x7e57 + i as u64);
        for _ in 0..300 {
            let v = match g.below(3) {
                0 => Value::String(g.pick(WORDS).to_string()),
                1 => json!({ g.pick(WORDS): value(&mut g, keys, 1) }),
                _ => value(&mut g, keys, 2),
            };
            same_enum::<PartyType>(&v);
            same_enum::<DecisionType>(&v);
            same_enum::<PerformedDocument>(&v);
            same_enum::<PerformanceStatus>(&v);
            same_enum::<DocumentType>(&v);
            same_enum::<Role>(&v);
        }
    }
}

pub(crate) fn same_enum<T: Read + serde::de::DeserializeOwned + std::fmt::Debug>(v: &Value) {
    let ours = T::read(v).map(|t| format!("{t:?}"));
    let serdes = T::deserialize(v).map(|t| format!("{t:?}")).map_err(|e| e.to_string());
    assert_eq!(ours, serdes, "{}: input {v}", std::any::type_name::<T>());
}
