//! The application for administrative reconsideration (行政复议申请书), kind `reconsideration`,
//! under the 2023 行政复议法 (in force 2024-01-01).
//!
//! Contents: 行政复议法实施条例 第十九条 (still in force as far as it agrees with the 2023 law) and
//! the acceptance conditions of 行政复议法 第三十条第一款; one application per act (第二十二条
//! 第四款); agents (第十七条).
//!
//! Dates the period engine reads (第二十条: 60 days from knowing; 第二十一条: 5- and 20-year caps):
//! `actKnownOn`, `actMadeOn`, `submittedOn`, `postmarkedOn` (sent by post, 第二十二条第二款); `realProperty`
//! selects the 20-year cap.
//!
//! `informedOfRights: false` applies 第二十条第三款: when the agency did not tell the applicant of
//! the right to reconsideration, the reconsideration body and the time limit, the 60 days run
//! from the day the applicant knew or should have known them (`rightsKnownOn`, window
//! `reconsideration-application-not-informed`), but at most one year from the day the applicant
//! knew or should have known the act's content (`actKnownOn`, window
//! `reconsideration-not-informed-cap`). Without `rightsKnownOn` only the one-year cap can be
//! checked. The 2017 text (an act known before 2024-01-01) had no such rule: its 60 days from
//! knowing the act apply (第九条第一款).

use super::common::{self, blank, missing, provided, Agent, ExtraDocuments, Party, PartyType};
use crate::document::{self, DocumentType, ExpectedParty, Expectations, Role};
use crate::error::Error;
use crate::rules::filing::*;
use crate::rules::Findings;
use serde::Serialize;
use serde_json::Value;

/// A reconsideration application as a form holds it.
///
/// ```json
/// {"kind": "reconsideration", "applicants": [{"name": "张三", "idNumber": "…", "address": "…",
///  "postalCode": "510000"}], "respondent": {"name": "某区市场监督管理局"},
///  "acts": [{"name": "行政处罚决定书", "documentNumber": "某市监罚〔2024〕8号"}],
///  "request": "撤销……", "factsAndReasons": "……", "signed": true, "applicationDate": "2024-10-08"}
/// ```
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Reconsideration {
    /// Always `reconsideration`.
    #[cfg_attr(feature = "schema", schemars(title = "文书种类", extend("x-label-en" = "filing kind")))]
    pub kind: Option<String>,
    /// 行政复议机关.
    #[cfg_attr(feature = "schema", schemars(title = "复议机关", extend("x-label-en" = "reconsideration body")))]
    pub reconsideration_body: Option<String>,
    /// 申请人.
    #[cfg_attr(feature = "schema", schemars(title = "申请人", extend("x-label-en" = "applicant", "x-item-zh" = "人")))]
    pub applicants: Option<Vec<Party>>,
    /// 被申请人.
    #[cfg_attr(feature = "schema", schemars(title = "被申请人", extend("x-label-en" = "respondent")))]
    pub respondent: Option<Party>,
    /// The act(s) contested; more than one needs separate applications.
    #[cfg_attr(feature = "schema", schemars(title = "行政行为", extend("x-label-en" = "contested act", "x-item-zh" = "项")))]
    pub acts: Option<Vec<super::complaint::ContestedAct>>,
    /// 行政复议请求.
    #[cfg_attr(feature = "schema", schemars(title = "复议请求", extend("x-label-en" = "request")))]
    pub request: Option<String>,
    /// 申请行政复议的主要事实和理由.
    #[cfg_attr(feature = "schema", schemars(title = "事实和理由", extend("x-label-en" = "facts and reasons")))]
    pub facts_and_reasons: Option<String>,
    /// 申请人的签名或者盖章.
    #[cfg_attr(feature = "schema", schemars(title = "申请人签名或盖章", extend("x-label-en" = "signed")))]
    pub signed: Option<bool>,
    /// 申请行政复议的日期 (`YYYY-MM-DD`), as written on the application.
    #[cfg_attr(feature = "schema", schemars(title = "申请日期", extend("x-label-en" = "application date")))]
    pub application_date: Option<String>,
    /// The day the applicant knew or should have known of the act.
    #[cfg_attr(feature = "schema", schemars(title = "知道行政行为的日期", extend("x-label-en" = "date the act became known")))]
    pub act_known_on: Option<String>,
    /// The day the act was made.
    #[cfg_attr(feature = "schema", schemars(title = "行政行为作出日期", extend("x-label-en" = "date of the act")))]
    pub act_made_on: Option<String>,
    /// The day the application is submitted (received by the reconsideration body).
    #[cfg_attr(feature = "schema", schemars(title = "提交日期", extend("x-label-en" = "date submitted")))]
    pub submitted_on: Option<String>,
    /// The postmark date, when the application was sent by post (行政复议法(2023) 第二十二条第二款;
    /// for the 2017 law, 行政复议法实施条例 第十八条).
    #[cfg_attr(feature = "schema", schemars(title = "邮戳日期", extend("x-label-en" = "postmark date")))]
    pub postmarked_on: Option<String>,
    /// Whether the agency told the applicant of the right, body and period (第二十条第三款).
    #[cfg_attr(feature = "schema", schemars(title = "已告知申请复议的权利", extend("x-label-en" = "informed of the right to apply")))]
    pub informed_of_rights: Option<bool>,
    /// With `informedOfRights: false`: the day the applicant knew or should have known the right
    /// to reconsideration, the reconsideration body and the time limit (第二十条第三款).
    #[cfg_attr(feature = "schema", schemars(title = "知道申请复议权利的日期", extend("x-label-en" = "date the right became known")))]
    pub rights_known_on: Option<String>,
    /// Whether the case concerns real property (不动产).
    #[cfg_attr(feature = "schema", schemars(title = "涉及不动产", extend("x-label-en" = "concerns real property")))]
    pub real_property: Option<bool>,
    /// 代理人 (at most two).
    #[cfg_attr(feature = "schema", schemars(title = "委托代理人", extend("x-label-en" = "agent", "x-item-zh" = "人")))]
    pub agents: Option<Vec<Agent>>,
    /// Documents local rule packs require, by document id.
    #[cfg_attr(feature = "schema", schemars(title = "其他材料", extend("x-label-en" = "other documents")))]
    pub extra_documents: Option<ExtraDocuments>,
    /// The application's text, for the document checks.
    #[cfg_attr(feature = "schema", schemars(title = "文书正文", extend("x-label-en" = "document text")))]
    pub document_text: Option<String>,
}
crate::form::read::form!(Reconsideration, open, { kind: Option<String> = "kind", reconsideration_body: Option<String> = "reconsiderationBody", applicants: Option<Vec<Party>> = "applicants", respondent: Option<Party> = "respondent", acts: Option<Vec<super::complaint::ContestedAct>> = "acts", request: Option<String> = "request", facts_and_reasons: Option<String> = "factsAndReasons", signed: Option<bool> = "signed", application_date: Option<String> = "applicationDate", act_known_on: Option<String> = "actKnownOn", act_made_on: Option<String> = "actMadeOn", submitted_on: Option<String> = "submittedOn", postmarked_on: Option<String> = "postmarkedOn", informed_of_rights: Option<bool> = "informedOfRights", rights_known_on: Option<String> = "rightsKnownOn", real_property: Option<bool> = "realProperty", agents: Option<Vec<Agent>> = "agents", extra_documents: Option<ExtraDocuments> = "extraDocuments", document_text: Option<String> = "documentText" });

/// Checks a reconsideration application.
///
/// # Errors
/// `invalid_json` when a field has the wrong JSON type; `invalid_data` for a malformed pack.
pub fn check(value: &Value, findings: &mut Findings) -> Result<(), Error> {
    let r: Reconsideration = common::deserialize(value, "filing")?;
    let today = findings.options().today;
    let applicants = r.applicants.clone().unwrap_or_default();
    let rule = &RECONSIDERATION_CONTENTS;

    if applicants.is_empty() {
        missing(findings, rule, "no_applicant", "/applicants");
    }
    for (i, p) in applicants.iter().enumerate() {
        let at = |f: &str| format!("/applicants/{i}/{f}");
        if blank(&p.name) {
            missing(findings, rule, "name_missing", &at("name"));
        }
        if p.party_type == Some(PartyType::Organization) {
            if blank(&p.legal_representative) {
                missing(findings, rule, "legal_representative_missing", &at("legalRepresentative"));
            }
        } else if blank(&p.id_number) {
            missing(findings, rule, "id_number_missing", &at("idNumber"));
        } else {
            common::id_number_field(p.id_number.as_deref(), &at("idNumber"), findings);
        }
        if blank(&p.address) {
            missing(findings, rule, "address_missing", &at("address"));
        }
        if blank(&p.postal_code) {
            missing(findings, rule, "postal_code_missing", &at("postalCode"));
        }
    }
    if r.respondent.as_ref().map_or(true, |p| blank(&p.name)) {
        missing(findings, rule, "respondent_missing", "/respondent/name");
    }
    let acts = r.acts.clone().unwrap_or_default();
    if acts.iter().all(|a| blank(&a.name) && blank(&a.document_number)) {
        missing(findings, rule, "no_act", "/acts");
    }
    if acts.len() > 1 {
        findings.add(&RECONSIDERATION_ONE_ACT, "several_acts", "/acts", crate::args![("field", "acts"), ("count", acts.len())]);
    }
    if blank(&r.request) {
        missing(findings, rule, "request_missing", "/request");
    }
    if blank(&r.facts_and_reasons) {
        missing(findings, rule, "facts_missing", "/factsAndReasons");
    }
    if r.signed != Some(true) {
        missing(findings, rule, "signature_missing", "/signed");
    }
    let application_date = if blank(&r.application_date) {
        missing(findings, rule, "date_missing", "/applicationDate");
        None
    } else {
        common::date_field(r.application_date.as_deref(), "/applicationDate", today, findings)
    };

    let agents = r.agents.clone().unwrap_or_default();
    common::agent_count(&agents, "/agents", &RECONSIDERATION_AGENT, findings);
    for (i, a) in agents.iter().enumerate() {
        let path = format!("/agents/{i}/powerOfAttorney");
        match &a.power_of_attorney {
            Some(p) if p.provided != Some(false) => {
                for (f, message) in [("matters", "matters_missing"), ("powers", "powers_missing"), ("term", "term_missing")] {
                    let value = match f {
                        "matters" => &p.matters,
                        "powers" => &p.powers,
                        _ => &p.term,
                    };
                    if blank(value) {
                        missing(findings, &RECONSIDERATION_AGENT, message, &format!("{path}/{f}"));
                    }
                }
            }
            _ => missing(findings, &RECONSIDERATION_AGENT, "power_of_attorney_missing", &path),
        }
        if !provided(&a.identity_proof) {
            missing(findings, &RECONSIDERATION_AGENT, "identity_proof_missing", &format!("/agents/{i}/identityProof"));
        }
    }
    let known = common::date_field(r.act_known_on.as_deref(), "/actKnownOn", today, findings);
    let made = common::date_field(r.act_made_on.as_deref(), "/actMadeOn", today, findings);
    let submitted = common::date_field(r.submitted_on.as_deref(), "/submittedOn", today, findings);
    // By post: 行政复议法(2023) 第二十二条第二款 (实施条例 第十八条 under the 2017 law) allows it, and the
    // periods follow the 民事诉讼法 (第八十八条第一款; 2017: 第四十条第一款), whose 第八十五条第四款 keeps
    // an application posted before the period ends in time.
    let postmarked = common::date_field(r.postmarked_on.as_deref(), "/postmarkedOn", today, findings);
    let submitted = submitted.or(postmarked);
    let rights_known = common::date_field(r.rights_known_on.as_deref(), "/rightsKnownOn", today, findings);
    // 行政复议法(2023) 第二十条第三款 applies to an act known from 2024-01-01 (the 2017 text had no
    // such rule: see the module docs).
    let arl23 = chrono::NaiveDate::from_ymd_opt(2024, 1, 1);
    let not_informed = r.informed_of_rights == Some(false) && known.is_some_and(|k| Some(k) >= arl23);
    if not_informed {
        // 第二十条第三款: 60 days from knowing the right, body and period; at most one year from
        // knowing the act's content.
        common::window_check("reconsideration-application-not-informed", rights_known, submitted, postmarked, "/submittedOn", findings)?;
        common::window_check("reconsideration-not-informed-cap", known, submitted, postmarked, "/submittedOn", findings)?;
    } else {
        // 第二十条第一款: 60 days from knowing of the act.
        common::window_check("reconsideration-application", known, submitted, postmarked, "/submittedOn", findings)?;
    }
    // 第二十一条: the caps from the day the act was made.
    let cap = if r.real_property == Some(true) { "reconsideration-cap-real-property" } else { "reconsideration-cap-other" };
    common::window_check(cap, made, submitted, postmarked, "/submittedOn", findings)?;
    common::pack_documents("reconsideration", &r.extra_documents, findings)?;

    if let Some(text) = &r.document_text {
        let mut parties = Vec::new();
        for (i, p) in applicants.iter().enumerate() {
            if let Some(name) = p.name.as_deref() {
                parties.push(ExpectedParty { path: format!("/applicants/{i}/name"), role: Role::Applicant, name });
            }
        }
        if let Some(name) = r.respondent.as_ref().and_then(|p| p.name.as_deref()) {
            parties.push(ExpectedParty { path: "/respondent/name".into(), role: Role::Respondent, name });
        }
        let expect = Expectations { case_number: None, signed_on: application_date, parties, amount_fen: None };
        document::check_text(DocumentType::Reconsideration, text, "/documentText", &expect, findings);
    }
    Ok(())
}
