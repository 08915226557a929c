//! The complaint (起诉状), kind `complaint`: the plaintiff's filing that starts a case.
//!
//! Required by 行政诉讼法 第四十九条 (a definite defendant, specific claims and facts), 第五十条
//! (one copy per defendant), 行诉解释 第五十四条 (materials) and, for the contents of the 起诉状,
//! 民事诉讼法 第一百二十四条.
//!
//! Dates the period engine reads (filing windows, 行政诉讼法 第四十五条、第四十六条):
//! `actMadeOn`, `actKnownOn`, `reconsiderationDecisionReceivedOn`, `filedOn`, `postmarkedOn`;
//! `realProperty` selects the 20-year cap of 第四十六条第二款.
//!
//! A complaint sent by post takes its postmark date: the 起诉期限 is a 法定期间 (行诉解释 第四十八条第一款)
//! and a 诉讼文书 posted before the period ends is sent in time (第四十八条第四款). 行政诉讼法 第五十条
//! asks that the complaint be 递交 to the court, which does not exclude the post (an interpretive
//! choice: no text in the reference set speaks of a complaint by post, and none forbids it).

use super::common::{self, blank, missing, provided, Agent, Attachment, ExtraDocuments, Party, PartyType};
use crate::document::{self, DocumentType, ExpectedParty, Expectations, Role};
use crate::error::Error;
use crate::rules::filing::*;
use crate::rules::Findings;
use serde::Serialize;
use serde_json::Value;

/// A complaint as a form holds it.
///
/// ```json
/// {"kind": "complaint", "plaintiffs": [{"name": "张三", "partyType": "person", "idNumber": "…",
///  "address": "…", "phone": "…"}], "defendants": [{"name": "某市自然资源局", "address": "…"}],
///  "claims": ["撤销被告作出的……决定"], "factsAndReasons": "……", "copies": 1,
///  "materials": {"plaintiffIdentity": {}, "actProof": {}, "interestProof": {}}}
/// ```
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Complaint {
    /// Always `complaint`.
    #[cfg_attr(feature = "schema", schemars(title = "文书种类", extend("x-label-en" = "filing kind")))]
    pub kind: Option<String>,
    /// The court the complaint is filed with.
    #[cfg_attr(feature = "schema", schemars(title = "受诉法院", extend("x-label-en" = "court")))]
    pub court: Option<String>,
    /// 原告.
    #[cfg_attr(feature = "schema", schemars(title = "原告", extend("x-label-en" = "plaintiff", "x-item-zh" = "人")))]
    pub plaintiffs: Option<Vec<Party>>,
    /// 被告.
    #[cfg_attr(feature = "schema", schemars(title = "被告", extend("x-label-en" = "defendant", "x-item-zh" = "人")))]
    pub defendants: Option<Vec<Party>>,
    /// 第三人.
    #[cfg_attr(feature = "schema", schemars(title = "第三人", extend("x-label-en" = "third party", "x-item-zh" = "人")))]
    pub third_parties: Option<Vec<Party>>,
    /// 诉讼代理人 (at most two: 行政诉讼法 第三十一条).
    #[cfg_attr(feature = "schema", schemars(title = "委托代理人", extend("x-label-en" = "agent", "x-item-zh" = "人")))]
    pub agents: Option<Vec<Agent>>,
    /// 诉讼请求, one per item.
    #[cfg_attr(feature = "schema", schemars(title = "诉讼请求", extend("x-label-en" = "claim", "x-item-zh" = "项")))]
    pub claims: Option<Vec<String>>,
    /// 事实与理由.
    #[cfg_attr(feature = "schema", schemars(title = "事实与理由", extend("x-label-en" = "facts and reasons")))]
    pub facts_and_reasons: Option<String>,
    /// The amount claimed, in yuan (`12345.67`), when the claims include a payment.
    #[cfg_attr(feature = "schema", schemars(title = "请求金额", extend("x-label-en" = "amount claimed")))]
    pub claim_amount: Option<String>,
    /// The contested act: its name and document number (e.g. 穗规罚〔2024〕12号).
    #[cfg_attr(feature = "schema", schemars(title = "被诉行政行为", extend("x-label-en" = "contested act")))]
    pub act: Option<ContestedAct>,
    /// The day the act was made (`YYYY-MM-DD`).
    #[cfg_attr(feature = "schema", schemars(title = "行政行为作出日期", extend("x-label-en" = "date of the act")))]
    pub act_made_on: Option<String>,
    /// The day the plaintiff knew or should have known of the act.
    #[cfg_attr(feature = "schema", schemars(title = "知道行政行为的日期", extend("x-label-en" = "date the act became known")))]
    pub act_known_on: Option<String>,
    /// The day the reconsideration decision was received, if there was a reconsideration.
    #[cfg_attr(feature = "schema", schemars(title = "收到复议决定的日期", extend("x-label-en" = "date the reconsideration decision was received")))]
    pub reconsideration_decision_received_on: Option<String>,
    /// The day the complaint is filed (received by the court).
    #[cfg_attr(feature = "schema", schemars(title = "起诉日期", extend("x-label-en" = "filing date")))]
    pub filed_on: Option<String>,
    /// The postmark date, when sent by post (行诉解释 第四十八条第四款).
    #[cfg_attr(feature = "schema", schemars(title = "邮戳日期", extend("x-label-en" = "postmark date")))]
    pub postmarked_on: Option<String>,
    /// The date written at the end of the complaint (落款日期).
    #[cfg_attr(feature = "schema", schemars(title = "落款日期", extend("x-label-en" = "date signed")))]
    pub signed_on: Option<String>,
    /// Whether the case concerns real property (不动产).
    #[cfg_attr(feature = "schema", schemars(title = "涉及不动产", extend("x-label-en" = "concerns real property")))]
    pub real_property: Option<bool>,
    /// Number of copies (副本) filed.
    #[cfg_attr(feature = "schema", schemars(title = "副本份数", extend("x-label-en" = "copies")))]
    pub copies: Option<u32>,
    #[cfg_attr(feature = "schema", schemars(title = "起诉材料", extend("x-label-en" = "materials")))]
    pub materials: Option<ComplaintMaterials>,
    /// Documents local rule packs require, by document id.
    #[cfg_attr(feature = "schema", schemars(title = "其他材料", extend("x-label-en" = "other documents")))]
    pub extra_documents: Option<ExtraDocuments>,
    /// The complaint's text, for the document checks.
    #[cfg_attr(feature = "schema", schemars(title = "文书正文", extend("x-label-en" = "document text")))]
    pub document_text: Option<String>,
}
crate::form::read::form!(Complaint, open, { kind: Option<String> = "kind", court: Option<String> = "court", plaintiffs: Option<Vec<Party>> = "plaintiffs", defendants: Option<Vec<Party>> = "defendants", third_parties: Option<Vec<Party>> = "thirdParties", agents: Option<Vec<Agent>> = "agents", claims: Option<Vec<String>> = "claims", facts_and_reasons: Option<String> = "factsAndReasons", claim_amount: Option<String> = "claimAmount", act: Option<ContestedAct> = "act", act_made_on: Option<String> = "actMadeOn", act_known_on: Option<String> = "actKnownOn", reconsideration_decision_received_on: Option<String> = "reconsiderationDecisionReceivedOn", filed_on: Option<String> = "filedOn", postmarked_on: Option<String> = "postmarkedOn", signed_on: Option<String> = "signedOn", real_property: Option<bool> = "realProperty", copies: Option<u32> = "copies", materials: Option<ComplaintMaterials> = "materials", extra_documents: Option<ExtraDocuments> = "extraDocuments", document_text: Option<String> = "documentText" });

/// The contested administrative act (被诉行政行为).
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct ContestedAct {
    #[cfg_attr(feature = "schema", schemars(title = "名称", extend("x-label-en" = "name")))]
    pub name: Option<String>,
    /// 文号.
    #[cfg_attr(feature = "schema", schemars(title = "文号", extend("x-label-en" = "document number")))]
    pub document_number: Option<String>,
}
crate::form::read::form!(ContestedAct, open, { name: Option<String> = "name", document_number: Option<String> = "documentNumber" });

/// The materials of 行诉解释 第五十四条第一款.
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct ComplaintMaterials {
    /// 原告的身份证明材料.
    #[cfg_attr(feature = "schema", schemars(title = "原告身份证明", extend("x-label-en" = "plaintiff's identity proof")))]
    pub plaintiff_identity: Option<Attachment>,
    /// 被诉行政行为或者不作为存在的材料.
    #[cfg_attr(feature = "schema", schemars(title = "被诉行政行为证据", extend("x-label-en" = "proof of the act")))]
    pub act_proof: Option<Attachment>,
    /// 原告与被诉行政行为具有利害关系的材料.
    #[cfg_attr(feature = "schema", schemars(title = "利害关系证明", extend("x-label-en" = "proof of interest")))]
    pub interest_proof: Option<Attachment>,
}
crate::form::read::form!(ComplaintMaterials, open, { plaintiff_identity: Option<Attachment> = "plaintiffIdentity", act_proof: Option<Attachment> = "actProof", interest_proof: Option<Attachment> = "interestProof" });

/// Checks a complaint.
///
/// # Errors
/// `invalid_json` when a field has the wrong JSON type; `invalid_data` for a malformed pack.
pub fn check(value: &Value, findings: &mut Findings) -> Result<(), Error> {
    let c: Complaint = common::deserialize(value, "filing")?;
    let today = findings.options().today;
    let plaintiffs = c.plaintiffs.clone().unwrap_or_default();
    let defendants = c.defendants.clone().unwrap_or_default();

    if plaintiffs.is_empty() {
        missing(findings, &PLAINTIFF_IDENTIFIED, "no_plaintiff", "/plaintiffs");
    }
    for (i, p) in plaintiffs.iter().enumerate() {
        check_plaintiff(p, &format!("/plaintiffs/{i}"), findings);
    }
    if defendants.is_empty() {
        missing(findings, &DEFENDANT_DEFINITE, "no_defendant", "/defendants");
    }
    for (i, d) in defendants.iter().enumerate() {
        if blank(&d.name) {
            missing(findings, &DEFENDANT_DEFINITE, "name_missing", &format!("/defendants/{i}/name"));
        }
        if blank(&d.address) {
            missing(findings, &DEFENDANT_DEFINITE, "address_missing", &format!("/defendants/{i}/address"));
        }
    }
    match &c.claims {
        None => missing(findings, &CLAIMS_AND_FACTS, "no_claims", "/claims"),
        Some(claims) if claims.is_empty() => missing(findings, &CLAIMS_AND_FACTS, "no_claims", "/claims"),
        Some(claims) => {
            for (i, claim) in claims.iter().enumerate() {
                if claim.trim().is_empty() {
                    missing(findings, &CLAIMS_AND_FACTS, "claim_blank", &format!("/claims/{i}"));
                }
            }
        }
    }
    if blank(&c.facts_and_reasons) {
        missing(findings, &CLAIMS_AND_FACTS, "facts_missing", "/factsAndReasons");
    }

    let materials = c.materials.clone().unwrap_or_default();
    if !provided(&materials.plaintiff_identity) {
        missing(findings, &COMPLAINT_MATERIALS, "identity_proof_missing", "/materials/plaintiffIdentity");
    }
    if !provided(&materials.act_proof) {
        missing(findings, &COMPLAINT_MATERIALS, "act_proof_missing", "/materials/actProof");
    }
    if !provided(&materials.interest_proof) {
        missing(findings, &COMPLAINT_MATERIALS, "interest_proof_missing", "/materials/interestProof");
    }
    let agents = c.agents.clone().unwrap_or_default();
    common::agent_count(&agents, "/agents", &POWER_OF_ATTORNEY, findings);
    for (i, a) in agents.iter().enumerate() {
        if !provided(&a.identity_proof) {
            missing(findings, &COMPLAINT_MATERIALS, "agent_identity_missing", &format!("/agents/{i}/identityProof"));
        }
        if a.power_of_attorney.as_ref().map_or(true, |p| p.provided == Some(false)) {
            missing(findings, &COMPLAINT_MATERIALS, "agent_authority_missing", &format!("/agents/{i}/powerOfAttorney"));
        }
    }

    match c.copies {
        None if !defendants.is_empty() => findings.add(
            &COMPLAINT_COPIES,
            "copies_missing",
            "/copies",
            crate::args![("field", "copies"), ("defendants", defendants.len())],
        ),
        Some(n) if (n as usize) < defendants.len() => findings.add(
            &COMPLAINT_COPIES,
            "too_few_copies",
            "/copies",
            crate::args![("field", "copies"), ("copies", n), ("defendants", defendants.len())],
        ),
        _ => {}
    }

    let made = common::date_field(c.act_made_on.as_deref(), "/actMadeOn", today, findings);
    let known = common::date_field(c.act_known_on.as_deref(), "/actKnownOn", today, findings);
    let decision_received = common::date_field(
        c.reconsideration_decision_received_on.as_deref(),
        "/reconsiderationDecisionReceivedOn",
        today,
        findings,
    );
    let filed = common::date_field(c.filed_on.as_deref(), "/filedOn", today, findings);
    let postmarked = common::date_field(c.postmarked_on.as_deref(), "/postmarkedOn", today, findings);
    let filed = filed.or(postmarked);
    // 行政诉讼法 第四十五条 (15 days after a reconsideration decision) or 第四十六条第一款 (6 months
    // from knowing of the act), and the absolute caps of 第四十六条第二款 from the day it was made.
    if decision_received.is_some() {
        common::window_check("suit-after-reconsideration", decision_received, filed, postmarked, "/filedOn", findings)?;
    } else {
        common::window_check("suit-direct", known, filed, postmarked, "/filedOn", findings)?;
    }
    let cap = if c.real_property == Some(true) { "suit-cap-real-property" } else { "suit-cap-other" };
    common::window_check(cap, made, filed, postmarked, "/filedOn", findings)?;
    let signed_on = common::date_field(c.signed_on.as_deref(), "/signedOn", today, findings);
    let amount_fen = common::amount_field(c.claim_amount.as_deref(), "/claimAmount", findings);
    common::pack_documents("complaint", &c.extra_documents, findings)?;

    if let Some(text) = &c.document_text {
        let mut parties = Vec::new();
        for (i, p) in plaintiffs.iter().enumerate() {
            if let Some(name) = p.name.as_deref() {
                parties.push(ExpectedParty { path: format!("/plaintiffs/{i}/name"), role: Role::Plaintiff, name });
            }
        }
        for (i, d) in defendants.iter().enumerate() {
            if let Some(name) = d.name.as_deref() {
                parties.push(ExpectedParty { path: format!("/defendants/{i}/name"), role: Role::Defendant, name });
            }
        }
        let expect = Expectations { case_number: None, signed_on, parties, amount_fen };
        document::check_text(DocumentType::Complaint, text, "/documentText", &expect, findings);
    }
    Ok(())
}

fn check_plaintiff(p: &Party, path: &str, findings: &mut Findings) {
    if blank(&p.name) {
        missing(findings, &PLAINTIFF_IDENTIFIED, "name_missing", &format!("{path}/name"));
    }
    match p.party_type {
        Some(PartyType::Organization) => {
            if blank(&p.credit_code) {
                missing(findings, &PLAINTIFF_IDENTIFIED, "credit_code_missing", &format!("{path}/creditCode"));
            }
            if blank(&p.legal_representative) {
                missing(findings, &PLAINTIFF_IDENTIFIED, "legal_representative_missing", &format!("{path}/legalRepresentative"));
            }
        }
        // A person unless the form says otherwise: most plaintiffs are.
        _ => {
            if blank(&p.id_number) {
                missing(findings, &PLAINTIFF_IDENTIFIED, "id_number_missing", &format!("{path}/idNumber"));
            } else {
                common::id_number_field(p.id_number.as_deref(), &format!("{path}/idNumber"), findings);
            }
        }
    }
    if blank(&p.address) {
        missing(findings, &PLAINTIFF_IDENTIFIED, "address_missing", &format!("{path}/address"));
    }
    if blank(&p.phone) {
        missing(findings, &PLAINTIFF_IDENTIFIED, "contact_missing", &format!("{path}/phone"));
    }
}
