//! The appeal (上诉状), kind `appeal`, against a first-instance judgment or ruling.
//!
//! 行政诉讼法 第八十五条 (15 days from service of a judgment, 10 from a ruling), 行诉解释 第一百零八条
//! (copies by the number of other parties) and, for the contents, 民事诉讼法 第一百七十二条.
//!
//! Dates the period engine reads: `judgmentServedOn` with `decisionType` (`judgment` → 15 days,
//! `ruling` → 10 days), `filedOn`, `postmarkedOn`.

use super::common::{self, blank, missing, Agent, ExtraDocuments, Party};
use super::defence::check_power_of_attorney;
use crate::document::{self, DocumentType, ExpectedParty, Expectations, Role};
use crate::error::Error;
use crate::ids::case_number;
use crate::rules::filing::*;
use crate::rules::Findings;
use serde::Serialize;
use serde_json::Value;

/// What is appealed: a judgment (判决) or a ruling (裁定).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum DecisionType {
    Judgment,
    Ruling,
}
crate::form::read::form_enum!(DecisionType, { Judgment: "judgment", Ruling: "ruling" });

/// An appeal as a form holds it.
///
/// ```json
/// {"kind": "appeal", "appellants": [{"name": "张三"}], "otherParties": [{"name": "某市自然资源局"}],
///  "originalCourt": "广州铁路运输中级法院", "originalCaseNumber": "（2024）粤71行初123号",
///  "decisionType": "judgment", "judgmentServedOn": "2024-10-08", "requests": ["撤销原判"],
///  "reasons": "……", "copies": 1}
/// ```
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Appeal {
    /// Always `appeal`.
    #[cfg_attr(feature = "schema", schemars(title = "文书种类", extend("x-label-en" = "filing kind")))]
    pub kind: Option<String>,
    /// 上诉人.
    #[cfg_attr(feature = "schema", schemars(title = "上诉人", extend("x-label-en" = "appellant", "x-item-zh" = "人")))]
    pub appellants: Option<Vec<Party>>,
    /// 被上诉人 and the other parties of the first instance.
    #[cfg_attr(feature = "schema", schemars(title = "被上诉人及其他当事人", extend("x-label-en" = "other party", "x-item-zh" = "人")))]
    pub other_parties: Option<Vec<Party>>,
    /// 原审人民法院.
    #[cfg_attr(feature = "schema", schemars(title = "原审法院", extend("x-label-en" = "court of first instance")))]
    pub original_court: Option<String>,
    /// 原审案号.
    #[cfg_attr(feature = "schema", schemars(title = "原审案号", extend("x-label-en" = "case number of first instance")))]
    pub original_case_number: Option<String>,
    /// `judgment` or `ruling`.
    #[cfg_attr(feature = "schema", schemars(title = "裁判类型", extend("x-label-en" = "decision type", "x-enum-labels" = {"judgment": ["判决", "judgment"], "ruling": ["裁定", "ruling"]})))]
    pub decision_type: Option<DecisionType>,
    /// The day the judgment or ruling was served (`YYYY-MM-DD`).
    #[cfg_attr(feature = "schema", schemars(title = "裁判文书送达日期", extend("x-label-en" = "date the decision was served")))]
    pub judgment_served_on: Option<String>,
    /// The day the appeal is filed.
    #[cfg_attr(feature = "schema", schemars(title = "上诉日期", extend("x-label-en" = "filing date")))]
    pub filed_on: Option<String>,
    /// The postmark date, when sent by post.
    #[cfg_attr(feature = "schema", schemars(title = "邮戳日期", extend("x-label-en" = "postmark date")))]
    pub postmarked_on: Option<String>,
    /// The date written at the end of the 上诉状.
    #[cfg_attr(feature = "schema", schemars(title = "落款日期", extend("x-label-en" = "date signed")))]
    pub signed_on: Option<String>,
    /// 上诉请求.
    #[cfg_attr(feature = "schema", schemars(title = "上诉请求", extend("x-label-en" = "request", "x-item-zh" = "项")))]
    pub requests: Option<Vec<String>>,
    /// 上诉理由.
    #[cfg_attr(feature = "schema", schemars(title = "上诉理由", extend("x-label-en" = "reasons")))]
    pub reasons: Option<String>,
    /// Number of copies (副本) filed.
    #[cfg_attr(feature = "schema", schemars(title = "副本份数", extend("x-label-en" = "copies")))]
    pub copies: Option<u32>,
    /// 诉讼代理人.
    #[cfg_attr(feature = "schema", schemars(title = "委托代理人", extend("x-label-en" = "agent", "x-item-zh" = "人")))]
    pub agents: Option<Vec<Agent>>,
    /// Documents local rule packs require, by document id.
    #[cfg_attr(feature = "schema", schemars(title = "其他材料", extend("x-label-en" = "other documents")))]
    pub extra_documents: Option<ExtraDocuments>,
    /// The 上诉状's text, for the document checks.
    #[cfg_attr(feature = "schema", schemars(title = "文书正文", extend("x-label-en" = "document text")))]
    pub document_text: Option<String>,
}
crate::form::read::form!(Appeal, open, { kind: Option<String> = "kind", appellants: Option<Vec<Party>> = "appellants", other_parties: Option<Vec<Party>> = "otherParties", original_court: Option<String> = "originalCourt", original_case_number: Option<String> = "originalCaseNumber", decision_type: Option<DecisionType> = "decisionType", judgment_served_on: Option<String> = "judgmentServedOn", filed_on: Option<String> = "filedOn", postmarked_on: Option<String> = "postmarkedOn", signed_on: Option<String> = "signedOn", requests: Option<Vec<String>> = "requests", reasons: Option<String> = "reasons", copies: Option<u32> = "copies", agents: Option<Vec<Agent>> = "agents", extra_documents: Option<ExtraDocuments> = "extraDocuments", document_text: Option<String> = "documentText" });

/// Checks an appeal.
///
/// # Errors
/// `invalid_json` when a field has the wrong JSON type; `invalid_data` for a malformed pack.
pub fn check(value: &Value, findings: &mut Findings) -> Result<(), Error> {
    let a: Appeal = common::deserialize(value, "filing")?;
    let today = findings.options().today;
    let appellants = a.appellants.clone().unwrap_or_default();
    let others = a.other_parties.clone().unwrap_or_default();

    if appellants.is_empty() {
        missing(findings, &APPEAL_CONTENTS, "no_appellant", "/appellants");
    }
    for (i, p) in appellants.iter().enumerate() {
        if blank(&p.name) {
            missing(findings, &APPEAL_CONTENTS, "appellant_name_missing", &format!("/appellants/{i}/name"));
        }
        if p.party_type != Some(common::PartyType::Organization) {
            common::id_number_field(p.id_number.as_deref(), &format!("/appellants/{i}/idNumber"), findings);
        }
    }
    if others.is_empty() {
        missing(findings, &APPEAL_CONTENTS, "no_other_party", "/otherParties");
    }
    for (i, p) in others.iter().enumerate() {
        if blank(&p.name) {
            missing(findings, &APPEAL_CONTENTS, "party_name_missing", &format!("/otherParties/{i}/name"));
        }
    }
    if blank(&a.original_court) {
        missing(findings, &APPEAL_CONTENTS, "original_court_missing", "/originalCourt");
    }
    let original = if blank(&a.original_case_number) {
        missing(findings, &APPEAL_CONTENTS, "original_case_number_missing", "/originalCaseNumber");
        None
    } else {
        common::case_number_field(a.original_case_number.as_deref(), "/originalCaseNumber", findings)
    };
    if let Some(Ok(n)) = original.map(|t| case_number::parse(t, today)) {
        // Only a current-format number says its type; a legacy one is taken as written.
        if n.format == case_number::Format::Current && !n.is_administrative_first_instance() {
            findings.add(
                &APPEAL_CONTENTS,
                "not_first_instance",
                "/originalCaseNumber",
                crate::args![("field", "originalCaseNumber"), ("typeCode", n.type_code)],
            );
        }
    }
    if a.decision_type.is_none() {
        missing(findings, &APPEAL_CONTENTS, "decision_type_missing", "/decisionType");
    }
    match &a.requests {
        Some(r) if r.iter().any(|x| !x.trim().is_empty()) => {}
        _ => missing(findings, &APPEAL_CONTENTS, "no_requests", "/requests"),
    }
    if blank(&a.reasons) {
        missing(findings, &APPEAL_CONTENTS, "reasons_missing", "/reasons");
    }
    match a.copies {
        None if !others.is_empty() => findings.add(
            &APPEAL_COPIES,
            "copies_missing",
            "/copies",
            crate::args![("field", "copies"), ("parties", others.len())],
        ),
        Some(n) if (n as usize) < others.len() => findings.add(
            &APPEAL_COPIES,
            "too_few_copies",
            "/copies",
            crate::args![("field", "copies"), ("copies", n), ("parties", others.len())],
        ),
        _ => {}
    }
    let agents = a.agents.clone().unwrap_or_default();
    common::agent_count(&agents, "/agents", &POWER_OF_ATTORNEY, findings);
    for (i, ag) in agents.iter().enumerate() {
        let seal = ag.agent_type.as_deref() == Some("staff");
        check_power_of_attorney(ag, &format!("/agents/{i}/powerOfAttorney"), seal, findings);
    }
    let served = common::date_field(a.judgment_served_on.as_deref(), "/judgmentServedOn", today, findings);
    let filed = common::date_field(a.filed_on.as_deref(), "/filedOn", today, findings);
    let postmarked = common::date_field(a.postmarked_on.as_deref(), "/postmarkedOn", today, findings);
    // 行政诉讼法 第八十五条: 15 days for a judgment, 10 for a ruling.
    let window = match a.decision_type {
        Some(DecisionType::Judgment) => Some("appeal-judgment"),
        Some(DecisionType::Ruling) => Some("appeal-ruling"),
        None => None,
    };
    if let Some(window) = window {
        common::window_check(window, served, filed.or(postmarked), postmarked, "/filedOn", findings)?;
    }
    let signed_on = common::date_field(a.signed_on.as_deref(), "/signedOn", today, findings);
    common::pack_documents("appeal", &a.extra_documents, findings)?;

    if let Some(text) = &a.document_text {
        let mut parties = Vec::new();
        for (i, p) in appellants.iter().enumerate() {
            if let Some(name) = p.name.as_deref() {
                parties.push(ExpectedParty { path: format!("/appellants/{i}/name"), role: Role::Appellant, name });
            }
        }
        for (i, p) in others.iter().enumerate() {
            if let Some(name) = p.name.as_deref() {
                parties.push(ExpectedParty { path: format!("/otherParties/{i}/name"), role: Role::Appellee, name });
            }
        }
        let expect = Expectations { case_number: original, signed_on, parties, amount_fen: None };
        document::check_text(DocumentType::Appeal, text, "/documentText", &expect, findings);
    }
    Ok(())
}
