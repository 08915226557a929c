//! Rates (出庭应诉率, 败诉率, 纠错率, 调撤率 …) as data: a pack's `rates.json` names, per rate, the
//! measures it divides, its 统计口径 (what is counted, per case or per hearing, which procedures)
//! and its source, because bureaus define them differently. The measures themselves are counted
//! here, in one pass over the records.

use super::record::{CaseRecord, Outcome, Procedure, ReconsiderationResult};
use crate::date::CivilDate;
use crate::error::{Error, ErrorKind};
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// The built-in packs' rate sections, by name.
static BUILT_IN: &[(&str, &str)] = &[
    ("qiannan", include_str!("../../data/packs/qiannan/rates.json")),
    ("guangzhou", include_str!("../../data/packs/guangzhou/rates.json")),
];

/// What can be counted. Public API: the strings never change. Each counts within the period asked
/// about (`from`..=`to`, both included), by the date named.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Measure {
    /// First-instance cases with a hearing in the period (per case).
    FirstInstanceCasesHeard,
    /// Of those, cases where a head (正职或副职负责人) appeared at a hearing in the period.
    FirstInstanceCasesHeadAppeared,
    /// First-instance hearings in the period (per hearing).
    FirstInstanceHearings,
    /// Of those, hearings where a head appeared.
    FirstInstanceHearingsHeadAppeared,
    /// First-instance cases concluded in the period (by the conclusion date).
    FirstInstanceConcluded,
    /// Of those, lost (败诉).
    FirstInstanceLost,
    /// Of those, withdrawn after mediation (协调化解后撤诉).
    FirstInstanceWithdrawnAfterMediation,
    /// Reconsiderations decided in the period (by the decision date).
    ReconsiderationsDecided,
    /// Of those, corrected (纠错).
    ReconsiderationsCorrected,
}
crate::form::read::form_enum!(Measure, { FirstInstanceCasesHeard: "firstInstanceCasesHeard", FirstInstanceCasesHeadAppeared: "firstInstanceCasesHeadAppeared", FirstInstanceHearings: "firstInstanceHearings", FirstInstanceHearingsHeadAppeared: "firstInstanceHearingsHeadAppeared", FirstInstanceConcluded: "firstInstanceConcluded", FirstInstanceLost: "firstInstanceLost", FirstInstanceWithdrawnAfterMediation: "firstInstanceWithdrawnAfterMediation", ReconsiderationsDecided: "reconsiderationsDecided", ReconsiderationsCorrected: "reconsiderationsCorrected" });

/// One rate of a pack.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RateDefinition {
    pub id: String,
    pub name: String,
    pub name_en: String,
    pub numerator: Measure,
    pub denominator: Measure,
    /// `case`, `hearing` or `reconsideration`: what one unit of the count is.
    pub unit: String,
    /// 统计口径, in the source's words or the reading chosen.
    pub caliber: String,
    /// Where the definition (and any published figure) comes from.
    pub source: String,
    /// The bureau's target, as a fraction (`0.8`), and whether a rate must be at least (`min`) or
    /// at most (`max`) it; `null` when the source sets none.
    #[serde(default)]
    pub target: Option<f64>,
    #[serde(default)]
    pub target_is: Option<String>,
}
crate::form::read::form!(RateDefinition, deny_unknown_fields, { id: String = "id", name: String = "name", name_en: String = "nameEn", numerator: Measure = "numerator", denominator: Measure = "denominator", unit: String = "unit", caliber: String = "caliber", source: String = "source", target: Option<f64> = "target" or Default::default(), target_is: Option<String> = "targetIs" or Default::default() });

/// A pack's rates section.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RatePack {
    #[serde(rename = "$comment", default)]
    pub comment: Option<Value>,
    pub title: String,
    pub rates: Vec<RateDefinition>,
}
crate::form::read::form!(RatePack, deny_unknown_fields, { comment: Option<Value> = "$comment" or Default::default(), title: String = "title", rates: Vec<RateDefinition> = "rates" });

/// A built-in pack by name, or an inline `{"name", "rates": {...}}` object.
///
/// # Errors
/// `unknown_config` for an unknown name; `invalid_data` for a malformed pack.
pub fn load_pack(pack: &Value) -> Result<(String, RatePack), Error> {
    let (name, text_or_value) = match pack {
        Value::String(name) => match BUILT_IN.iter().find(|(n, _)| n == name) {
            Some((n, text)) => (n.to_string(), crate::json_reader::parse(text).map_err(|e| Error::new(ErrorKind::InvalidData, format!("pack {n}: rates.json: {e}")))?),
            None => return Err(Error::new(ErrorKind::UnknownConfig, format!("pack: no built-in pack with rates is named {:?}", crate::date::truncate(name)))),
        },
        Value::Object(o) => {
            let name = o.get("name").and_then(Value::as_str).unwrap_or("inline").to_string();
            let rates = o.get("rates").cloned().ok_or_else(|| Error::new(ErrorKind::InvalidData, "pack: an inline pack needs `rates`"))?;
            (name, rates)
        }
        _ => return Err(Error::new(ErrorKind::InvalidArgument, "pack: expected a pack name or an object")),
    };
    let parsed = <RatePack as crate::form::read::Read>::read(&text_or_value).map_err(|e| Error::new(ErrorKind::InvalidData, format!("pack {name}: rates: {e}")))?;
    Ok((name, parsed))
}

/// Counts of every measure for one group.
pub type Counts = BTreeMap<Measure, u64>;

/// How rates are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum GroupBy {
    All,
    Agency,
    Level,
}

/// The running counts of one pass over the records.
#[derive(Debug)]
pub struct Tally {
    from: CivilDate,
    to: CivilDate,
    by: GroupBy,
    groups: BTreeMap<String, (String, Counts)>,
}

impl Tally {
    pub fn new(from: CivilDate, to: CivilDate, by: GroupBy) -> Tally {
        Tally { from, to, by, groups: BTreeMap::new() }
    }

    /// Counts one record.
    pub fn push(&mut self, record: &CaseRecord) {
        let (key, label) = match self.by {
            GroupBy::All => ("all".to_string(), "all".to_string()),
            GroupBy::Agency => (record.agency.key().to_string(), record.agency.name.clone()),
            GroupBy::Level => {
                let l = record.agency.level.map(|l| l.id()).unwrap_or("unknown");
                (l.to_string(), l.to_string())
            }
        };
        let (from, to) = (self.from, self.to);
        let inside = |d: CivilDate| d >= from && d <= to;
        let counts = &mut self.groups.entry(key).or_insert_with(|| (label, Counts::new())).1;
        let mut add = |m: Measure, n: u64| *counts.entry(m).or_insert(0) += n;
        if record.procedure == Procedure::FirstInstance {
            let heard: Vec<_> = record.hearings.iter().filter(|h| inside(h.date)).collect();
            if !heard.is_empty() {
                add(Measure::FirstInstanceCasesHeard, 1);
                add(Measure::FirstInstanceCasesHeadAppeared, u64::from(heard.iter().any(|h| h.head_appeared())));
                add(Measure::FirstInstanceHearings, heard.len() as u64);
                add(Measure::FirstInstanceHearingsHeadAppeared, heard.iter().filter(|h| h.head_appeared()).count() as u64);
            }
            if let Some(c) = record.concluded.as_ref().filter(|c| inside(c.date)) {
                add(Measure::FirstInstanceConcluded, 1);
                add(Measure::FirstInstanceLost, u64::from(c.outcome == Outcome::Lost));
                add(Measure::FirstInstanceWithdrawnAfterMediation, u64::from(c.outcome == Outcome::WithdrawnAfterMediation));
            }
        }
        for r in &record.reconsiderations {
            if r.decided.is_some_and(inside) {
                add(Measure::ReconsiderationsDecided, 1);
                add(Measure::ReconsiderationsCorrected, u64::from(r.result == Some(ReconsiderationResult::Corrected)));
            }
        }
    }

    /// The rates of `pack` for every group.
    pub fn finish(&self, pack_name: &str, pack: &RatePack) -> Rates {
        let groups = self
            .groups
            .iter()
            .map(|(key, (label, counts))| GroupRates {
                key: key.clone(),
                name: label.clone(),
                rates: pack.rates.iter().map(|d| RateValue::of(d, counts)).collect(),
            })
            .collect();
        Rates {
            from: crate::date::format_civil_date(self.from),
            to: crate::date::format_civil_date(self.to),
            by: self.by,
            pack: pack_name.to_string(),
            pack_title: pack.title.clone(),
            groups,
        }
    }
}

/// One rate's value for one group.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct RateValue {
    pub id: String,
    pub name: String,
    pub name_en: String,
    pub numerator: u64,
    pub denominator: u64,
    pub numerator_measure: Measure,
    pub denominator_measure: Measure,
    /// `numerator / denominator` as a percentage with two decimals (`"75.76%"`), rounded half
    /// away from zero on the exact fraction; `null` when the denominator is 0.
    pub percent: Option<String>,
    pub unit: String,
    pub caliber: String,
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    /// `true` when a target is set and the rate misses it (below a `min`, above a `max`).
    pub below_target: bool,
}

/// `n / d` as `"75.76%"`, in integer arithmetic so that no float rounding decides a digit.
pub fn percent(n: u64, d: u64) -> Option<String> {
    if d == 0 {
        return None;
    }
    let scaled = (u128::from(n) * 100_000 / u128::from(d) + 5) / 10; // hundredths of a percent
    Some(format!("{}.{:02}%", scaled / 100, scaled % 100))
}

impl RateValue {
    fn of(d: &RateDefinition, counts: &Counts) -> RateValue {
        let n = counts.get(&d.numerator).copied().unwrap_or(0);
        let den = counts.get(&d.denominator).copied().unwrap_or(0);
        let below_target = match (d.target, den) {
            (Some(t), den) if den > 0 => {
                let value = n as f64 / den as f64;
                if d.target_is.as_deref() == Some("max") { value > t } else { value < t }
            }
            _ => false,
        };
        RateValue {
            id: d.id.clone(),
            name: d.name.clone(),
            name_en: d.name_en.clone(),
            numerator: n,
            denominator: den,
            numerator_measure: d.numerator,
            denominator_measure: d.denominator,
            percent: percent(n, den),
            unit: d.unit.clone(),
            caliber: d.caliber.clone(),
            source: d.source.clone(),
            target: d.target,
            below_target,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct GroupRates {
    pub key: String,
    pub name: String,
    pub rates: Vec<RateValue>,
}

/// The result of `rates`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Rates {
    pub from: String,
    pub to: String,
    pub by: GroupBy,
    pub pack: String,
    pub pack_title: String,
    pub groups: Vec<GroupRates>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_rounds_the_exact_fraction() {
        assert_eq!(percent(275, 363).as_deref(), Some("75.76%"));
        assert_eq!(percent(110, 506).as_deref(), Some("21.74%"));
        assert_eq!(percent(14, 169).as_deref(), Some("8.28%"));
        assert_eq!(percent(1, 8).as_deref(), Some("12.50%"));
        assert_eq!(percent(0, 0), None);
        assert_eq!(percent(3, 3).as_deref(), Some("100.00%"));
    }

    #[test]
    fn every_built_in_pack_loads() {
        for (name, _) in BUILT_IN {
            let (_, pack) = load_pack(&Value::String(name.to_string())).unwrap();
            assert!(!pack.rates.is_empty());
        }
    }
}
