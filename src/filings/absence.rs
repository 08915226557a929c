//! Filing kind `absence`: the explanation (情况说明) an agency files when its head cannot appear
//! (规定 第八条、第九条; 解释 第一百二十九条第三款).
//!
//! The same [`Explanation`] is embedded in an `appearance` filing as `absence`; filed on its own it
//! also names the hearing, the agency, the head who cannot come and who appears instead.

use super::appearance::{check_agency, check_hearing, coded, date_field, decode, known_fields, require, section, Agency, Hearing, ROLES};
use crate::date::{format_civil_date, CivilDate};
use crate::error::{Error, ErrorKind};
use crate::rules::appearance as rules;
use crate::rules::{identity, Findings};
use serde_json::Value;

/// The reasons of 规定 第八条: (code, zh-Hans).
pub const REASONS: &[(&str, &str)] = &[
    ("force-majeure", "不可抗力"),
    ("accident", "意外事件"),
    ("irreplaceable-official-duty", "需要履行他人不能代替的公务"),
    ("other-proper-reason", "无法出庭的其他正当事由"),
];

/// The reason for the absence.
#[derive(Debug, Clone, Default)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(any(test, feature = "schema"), serde(rename_all = "camelCase", deny_unknown_fields))]
pub struct Reason {
    /// One of [`REASONS`].
    #[cfg_attr(feature = "schema", schemars(title = "理由类别", extend("x-label-en" = "reason", "x-enum-labels" = {"force-majeure": ["不可抗力", "force majeure"], "accident": ["意外事件", "accident"], "irreplaceable-official-duty": ["需要履行他人不能代替的公务", "official duty no one else can perform"], "other-proper-reason": ["其他正当事由", "other proper reason"]})))]
    pub category: Option<String>,
    /// What happened, in the agency's words.
    #[cfg_attr(feature = "schema", schemars(title = "具体情况", extend("x-label-en" = "facts")))]
    pub facts: Option<String>,
}
crate::form::read::form!(Reason, deny_unknown_fields, { category: Option<String> = "category", facts: Option<String> = "facts" });

/// The proof of the reason (证明材料).
#[derive(Debug, Clone, Default)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(any(test, feature = "schema"), serde(rename_all = "camelCase", deny_unknown_fields))]
pub struct Proof {
    /// What the proof is, e.g. `会议通知`.
    #[cfg_attr(feature = "schema", schemars(title = "证明材料名称", extend("x-label-en" = "proof")))]
    pub description: Option<String>,
    /// Bears the agency's seal.
    #[cfg_attr(feature = "schema", schemars(title = "加盖机关印章", extend("x-label-en" = "bears the agency's seal")))]
    pub sealed: Option<bool>,
    /// Signed by the agency's 主要负责人.
    #[cfg_attr(feature = "schema", schemars(title = "主要负责人签字", extend("x-label-en" = "signed by the principal head")))]
    pub signed_by_principal_head: Option<bool>,
}
crate::form::read::form!(Proof, deny_unknown_fields, { description: Option<String> = "description", sealed: Option<bool> = "sealed", signed_by_principal_head: Option<bool> = "signedByPrincipalHead" });

/// The head who cannot appear.
#[derive(Debug, Clone, Default)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(any(test, feature = "schema"), serde(rename_all = "camelCase", deny_unknown_fields))]
pub struct AbsentHead {
    #[cfg_attr(feature = "schema", schemars(title = "姓名", extend("x-label-en" = "name")))]
    pub name: Option<String>,
    #[cfg_attr(feature = "schema", schemars(title = "职务", extend("x-label-en" = "post")))]
    pub post: Option<String>,
}
crate::form::read::form!(AbsentHead, deny_unknown_fields, { name: Option<String> = "name", post: Option<String> = "post" });

/// Who appears instead of the head.
#[derive(Debug, Clone, Default)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(any(test, feature = "schema"), serde(rename_all = "camelCase", deny_unknown_fields))]
pub struct Substitute {
    #[cfg_attr(feature = "schema", schemars(title = "姓名", extend("x-label-en" = "name")))]
    pub name: Option<String>,
    #[cfg_attr(feature = "schema", schemars(title = "公民身份号码", extend("x-label-en" = "identity number")))]
    pub id_number: Option<String>,
    #[cfg_attr(feature = "schema", schemars(title = "职务", extend("x-label-en" = "post")))]
    pub post: Option<String>,
    /// `staff` is what the law asks for; `lawyer` or `other-agent` alone is not enough.
    #[cfg_attr(feature = "schema", schemars(title = "出庭身份", extend("x-label-en" = "appearing as", "x-enum-labels" = {"principal": ["正职负责人", "principal head"], "deputy": ["副职负责人", "deputy head"], "deputy-level-in-charge": ["参照副职管理的负责人", "head managed as a deputy"], "other-in-charge": ["其他参与分管的负责人", "other head in charge"], "staff": ["相应的工作人员", "staff member"], "lawyer": ["律师", "lawyer"], "other-agent": ["其他委托代理人", "other agent"]})))]
    pub role: Option<String>,
}
crate::form::read::form!(Substitute, deny_unknown_fields, { name: Option<String> = "name", id_number: Option<String> = "idNumber", post: Option<String> = "post", role: Option<String> = "role" });

/// A 情况说明: why the head cannot appear, with proof.
#[derive(Debug, Clone, Default)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(any(test, feature = "schema"), serde(rename_all = "camelCase", deny_unknown_fields))]
pub struct Explanation {
    #[cfg_attr(feature = "schema", schemars(title = "不能出庭的负责人", extend("x-label-en" = "absent head")))]
    pub head: Option<AbsentHead>,
    #[cfg_attr(feature = "schema", schemars(title = "不能出庭理由", extend("x-label-en" = "reason")))]
    pub reason: Option<Reason>,
    #[cfg_attr(feature = "schema", schemars(title = "证明材料", extend("x-label-en" = "proof")))]
    pub proof: Option<Proof>,
    /// The day it was filed with the court, `YYYY-MM-DD`.
    #[cfg_attr(feature = "schema", schemars(title = "提交日期", extend("x-label-en" = "date submitted")))]
    pub submitted_on: Option<String>,
    #[cfg_attr(feature = "schema", schemars(title = "代为出庭人员", extend("x-label-en" = "substitute")))]
    pub substitute: Option<Substitute>,
    /// The agency asks the court to postpone the hearing (规定 第九条第三款).
    #[cfg_attr(feature = "schema", schemars(title = "申请延期开庭", extend("x-label-en" = "requests postponement")))]
    pub requests_postponement: Option<bool>,
}
crate::form::read::form!(Explanation, deny_unknown_fields, { head: Option<AbsentHead> = "head", reason: Option<Reason> = "reason", proof: Option<Proof> = "proof", submitted_on: Option<String> = "submittedOn", substitute: Option<Substitute> = "substitute", requests_postponement: Option<bool> = "requestsPostponement" });

/// The first phrase of the table (`data/appearance/posts.json`, `absenceNotReasons`) that the
/// stated facts contain: ordinary work, plainly not a reason of 规定 第八条.
fn not_a_reason(facts: &str) -> Option<String> {
    let facts: String = facts.chars().filter(|c| !c.is_whitespace()).collect();
    super::posts::table()?.absence_not_reasons.iter().find(|p| facts.contains(p.as_str())).cloned()
}

/// Checks an explanation found at `base` (`/absence` inside an appearance filing, `` on its own).
/// `standalone` requires the head and the substitute to be named.
pub(crate) fn check_explanation(findings: &mut Findings, e: &Explanation, base: &str, hearing_date: Option<CivilDate>, standalone: bool) {
    let reason = e.reason.clone().unwrap_or_default();
    let category_path = format!("{base}/reason/category");
    // 规定 第八条、第九条 govern from 2020-07-01; before, 解释 第一百二十九条第三款 asks only for an
    // explanation sealed or signed by the principal head (APP-011 `unsealed`).
    let provisions = findings.in_force(&crate::law::HEAD_APPEARANCE_PROVISIONS_2020);
    match reason.category.as_deref().map(str::trim) {
        _ if !provisions => {}
        None | Some("") => findings.add(&rules::ABSENCE_REASON, "category_missing", category_path.clone(), crate::args![("field", category_path)]),
        Some(c) if REASONS.iter().any(|(code, _)| *code == c) => {}
        Some(c) => {
            let allowed: Vec<&str> = REASONS.iter().map(|(code, _)| *code).collect();
            findings.add(&rules::ABSENCE_REASON, "unknown_category", category_path.clone(), crate::args![("field", category_path), ("value", c), ("allowed", allowed.join(", "))]);
        }
    }
    let facts_path = format!("{base}/reason/facts");
    if super::appearance::blank(&reason.facts) {
        if provisions {
            findings.add(&rules::ABSENCE_REASON, "facts_missing", facts_path.clone(), crate::args![("field", facts_path)]);
        }
    } else if let Some(phrase) = not_a_reason(reason.facts.as_deref().unwrap_or("")) {
        findings.add(&rules::ABSENCE_FACTS_NOT_A_REASON, "not_a_reason", facts_path.clone(), crate::args![("field", facts_path), ("phrase", phrase)]);
    }
    let proof_path = format!("{base}/proof");
    match &e.proof {
        None if !provisions => {}
        None => findings.add(&rules::ABSENCE_PROOF, "missing", proof_path.clone(), crate::args![("field", proof_path)]),
        Some(p) if p.sealed != Some(true) && p.signed_by_principal_head != Some(true) => {
            findings.add(&rules::ABSENCE_PROOF, super::appearance::dated(findings, "unsealed", "unsealed_2018"), proof_path.clone(), crate::args![("field", proof_path)])
        }
        Some(_) => {}
    }
    let date_path = format!("{base}/submittedOn");
    match date_field(findings, &e.submitted_on, &date_path) {
        Some(submitted) => {
            if let Some(h) = hearing_date.filter(|h| submitted > *h) {
                let args = crate::args![("field", date_path.clone()), ("submittedOn", format_civil_date(submitted)), ("hearingDate", format_civil_date(h))];
                findings.add(&rules::ABSENCE_TIMING, "late", date_path, args);
            }
        }
        None if super::appearance::blank(&e.submitted_on) => {
            findings.add(&rules::ABSENCE_TIMING, "date_missing", date_path.clone(), crate::args![("field", date_path)]);
        }
        None => {}
    }
    if standalone {
        let head = e.head.clone().unwrap_or_default();
        require(findings, &head.name, &format!("{base}/head/name"));
        require(findings, &head.post, &format!("{base}/head/post"));
    }
    let substitute_path = format!("{base}/substitute");
    match &e.substitute {
        None if standalone => {
            findings.add(&rules::ABSENCE_SUBSTITUTE, "missing", substitute_path.clone(), crate::args![("field", substitute_path)]);
        }
        None => {}
        Some(s) => {
            if standalone {
                require(findings, &s.name, &format!("{substitute_path}/name"));
            }
            if s.id_number.is_some() {
                identity::check_resident_field(findings, s.id_number.as_deref(), &format!("{substitute_path}/idNumber"));
            }
            let role_path = format!("{substitute_path}/role");
            if let Some("lawyer" | "other-agent") = coded(findings, &s.role, ROLES, &role_path, standalone) {
                findings.add(&rules::ABSENCE_SUBSTITUTE, "lawyer", role_path.clone(), crate::args![("field", role_path)]);
            }
        }
    }
}

/// The top-level fields of an `absence` filing.
/// The JSON shape of an `absence` filing, for its published JSON Schema: the explanation's own
/// fields plus the hearing and the agency.
#[cfg(feature = "schema")]
#[derive(schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[allow(dead_code)]
pub struct AbsenceForm {
    /// Always `absence`.
    #[cfg_attr(feature = "schema", schemars(title = "文书种类", extend("x-label-en" = "filing kind")))]
    pub kind: Option<String>,
    #[cfg_attr(feature = "schema", schemars(title = "开庭信息", extend("x-label-en" = "hearing")))]
    pub hearing: Option<Hearing>,
    #[cfg_attr(feature = "schema", schemars(title = "被诉行政机关", extend("x-label-en" = "defendant agency")))]
    pub agency: Option<Agency>,
    #[serde(flatten)]
    #[cfg_attr(feature = "schema", schemars(title = "情况说明", extend("x-label-en" = "explanation")))]
    pub explanation: Explanation,
}

const FIELDS: &[&str] = &["kind", "hearing", "agency", "head", "reason", "proof", "submittedOn", "substitute", "requestsPostponement"];

/// Checks an `absence` filing.
///
/// # Errors
/// `invalid_json` naming the section with a wrong type or an unknown field.
pub fn check(filing: &Value, findings: &mut Findings) -> Result<(), Error> {
    let object = filing.as_object().ok_or_else(|| Error::new(ErrorKind::InvalidJson, "filing: expected a JSON object"))?;
    known_fields(object, FIELDS, "absence")?;
    let hearing: Option<Hearing> = section(object, "hearing")?;
    let agency: Option<Agency> = section(object, "agency")?;
    let mut rest = object.clone();
    for key in ["kind", "hearing", "agency"] {
        rest.remove(key);
    }
    let explanation: Explanation = decode(&Value::Object(rest), "")?;
    let hearing_date = check_hearing(findings, &hearing);
    check_agency(findings, &agency);
    check_explanation(findings, &explanation, "", hearing_date, true);
    Ok(())
}
