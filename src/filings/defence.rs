//! The defence bundle (答辩材料), kind `defence`: what the defendant agency files after receiving
//! the copy of the complaint: the 答辩状, the evidence for the act and the normative documents it
//! relies on (行政诉讼法 第三十四条、第六十七条第一款, within 15 days of receiving the copy), the
//! legal representative's certificate (法定代表人身份证明) and a power of attorney (授权委托书)
//! for each agent.
//!
//! Dates the period engine reads (行政诉讼法 第六十七条: 15 days; 行诉解释 第四十八条第四款: posted
//! in time is in time): `copyReceivedOn`, `submittedOn`, `postmarkedOn`.

use super::common::{self, blank, missing, provided, Agent, Attachment, ExtraDocuments, Party};
use crate::document::{self, DocumentType, ExpectedParty, Expectations, Role};
use crate::error::Error;
use crate::rules::filing::*;
use crate::rules::Findings;
use serde::Serialize;
use serde_json::Value;

/// A defence bundle as a form holds it.
///
/// ```json
/// {"kind": "defence", "caseNumber": "（2024）粤71行初123号",
///  "defendant": {"name": "某市自然资源局", "legalRepresentative": "李四", "legalRepresentativeTitle": "局长"},
///  "statement": {"fileName": "答辩状.pdf"},
///  "evidence": [{"name": "现场勘验笔录", "source": "被告执法人员制作", "purpose": "证明违法建设的事实"}],
///  "normativeDocuments": [{"title": "中华人民共和国城乡规划法", "provisions": "第六十四条"}],
///  "legalRepresentativeCertificate": {}, "agents": [{"name": "王五", "agentType": "staff",
///  "powerOfAttorney": {"powers": "一般授权", "sealed": true}}], "copyReceivedOn": "2024-10-08"}
/// ```
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Defence {
    /// Always `defence`.
    #[cfg_attr(feature = "schema", schemars(title = "文书种类", extend("x-label-en" = "filing kind")))]
    pub kind: Option<String>,
    /// 案号 of the first-instance case.
    #[cfg_attr(feature = "schema", schemars(title = "案号", extend("x-label-en" = "case number")))]
    pub case_number: Option<String>,
    /// The defendant agency (答辩人).
    #[cfg_attr(feature = "schema", schemars(title = "被告", extend("x-label-en" = "defendant")))]
    pub defendant: Option<Party>,
    /// The plaintiffs (被答辩人), for the name checks on the statement's text.
    #[cfg_attr(feature = "schema", schemars(title = "原告", extend("x-label-en" = "plaintiff", "x-item-zh" = "人")))]
    pub plaintiffs: Option<Vec<Party>>,
    /// 答辩状.
    #[cfg_attr(feature = "schema", schemars(title = "答辩状", extend("x-label-en" = "statement of defence")))]
    pub statement: Option<Attachment>,
    /// 证据 with the evidence list (证据清单).
    #[cfg_attr(feature = "schema", schemars(title = "证据", extend("x-label-en" = "evidence item", "x-item-zh" = "项")))]
    pub evidence: Option<Vec<EvidenceItem>>,
    /// 所依据的规范性文件.
    #[cfg_attr(feature = "schema", schemars(title = "规范性文件", extend("x-label-en" = "normative document", "x-item-zh" = "份")))]
    pub normative_documents: Option<Vec<NormativeDocument>>,
    /// 法定代表人身份证明.
    #[cfg_attr(feature = "schema", schemars(title = "法定代表人身份证明", extend("x-label-en" = "legal representative's certificate")))]
    pub legal_representative_certificate: Option<Attachment>,
    /// 诉讼代理人 (at most two).
    #[cfg_attr(feature = "schema", schemars(title = "委托代理人", extend("x-label-en" = "agent", "x-item-zh" = "人")))]
    pub agents: Option<Vec<Agent>>,
    /// The day the copy of the complaint was received (`YYYY-MM-DD`).
    #[cfg_attr(feature = "schema", schemars(title = "收到起诉状副本的日期", extend("x-label-en" = "date the complaint copy was received")))]
    pub copy_received_on: Option<String>,
    /// The day the bundle is submitted.
    #[cfg_attr(feature = "schema", schemars(title = "提交日期", extend("x-label-en" = "date submitted")))]
    pub submitted_on: Option<String>,
    /// The postmark date, when sent by post.
    #[cfg_attr(feature = "schema", schemars(title = "邮戳日期", extend("x-label-en" = "postmark date")))]
    pub postmarked_on: Option<String>,
    /// The date written at the end of the 答辩状.
    #[cfg_attr(feature = "schema", schemars(title = "落款日期", extend("x-label-en" = "date signed")))]
    pub signed_on: Option<String>,
    /// Documents local rule packs require, by document id.
    #[cfg_attr(feature = "schema", schemars(title = "其他材料", extend("x-label-en" = "other documents")))]
    pub extra_documents: Option<ExtraDocuments>,
    /// The 答辩状's text, for the document checks.
    #[cfg_attr(feature = "schema", schemars(title = "文书正文", extend("x-label-en" = "document text")))]
    pub document_text: Option<String>,
}
crate::form::read::form!(Defence, open, { kind: Option<String> = "kind", case_number: Option<String> = "caseNumber", defendant: Option<Party> = "defendant", plaintiffs: Option<Vec<Party>> = "plaintiffs", statement: Option<Attachment> = "statement", evidence: Option<Vec<EvidenceItem>> = "evidence", normative_documents: Option<Vec<NormativeDocument>> = "normativeDocuments", legal_representative_certificate: Option<Attachment> = "legalRepresentativeCertificate", agents: Option<Vec<Agent>> = "agents", copy_received_on: Option<String> = "copyReceivedOn", submitted_on: Option<String> = "submittedOn", postmarked_on: Option<String> = "postmarkedOn", signed_on: Option<String> = "signedOn", extra_documents: Option<ExtraDocuments> = "extraDocuments", document_text: Option<String> = "documentText" });

/// One item of the evidence list (行政诉讼证据规定 第十九条: 来源、证明对象).
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct EvidenceItem {
    #[cfg_attr(feature = "schema", schemars(title = "证据名称", extend("x-label-en" = "name")))]
    pub name: Option<String>,
    /// 来源.
    #[cfg_attr(feature = "schema", schemars(title = "证据来源", extend("x-label-en" = "source")))]
    pub source: Option<String>,
    /// 证明对象 (what it proves).
    #[cfg_attr(feature = "schema", schemars(title = "证明目的", extend("x-label-en" = "purpose")))]
    pub purpose: Option<String>,
    #[cfg_attr(feature = "schema", schemars(title = "页数", extend("x-label-en" = "pages")))]
    pub pages: Option<u32>,
}
crate::form::read::form!(EvidenceItem, open, { name: Option<String> = "name", source: Option<String> = "source", purpose: Option<String> = "purpose", pages: Option<u32> = "pages" });

/// A normative document the act relies on.
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct NormativeDocument {
    #[cfg_attr(feature = "schema", schemars(title = "文件名称", extend("x-label-en" = "title")))]
    pub title: Option<String>,
    /// 文号, if any.
    #[cfg_attr(feature = "schema", schemars(title = "文号", extend("x-label-en" = "document number")))]
    pub document_number: Option<String>,
    /// The articles relied on.
    #[cfg_attr(feature = "schema", schemars(title = "所依据的条款", extend("x-label-en" = "provisions")))]
    pub provisions: Option<String>,
}
crate::form::read::form!(NormativeDocument, open, { title: Option<String> = "title", document_number: Option<String> = "documentNumber", provisions: Option<String> = "provisions" });

/// Checks a defence bundle.
///
/// # Errors
/// `invalid_json` when a field has the wrong JSON type; `invalid_data` for a malformed pack.
pub fn check(value: &Value, findings: &mut Findings) -> Result<(), Error> {
    let d: Defence = common::deserialize(value, "filing")?;
    let today = findings.options().today;

    if !provided(&d.statement) {
        missing(findings, &DEFENCE_STATEMENT, "statement_missing", "/statement");
    }
    match &d.evidence {
        Some(items) if !items.is_empty() => {
            for (i, e) in items.iter().enumerate() {
                let at = |f: &str| format!("/evidence/{i}/{f}");
                if blank(&e.name) {
                    missing(findings, &DEFENCE_EVIDENCE, "name_missing", &at("name"));
                }
                if blank(&e.source) {
                    missing(findings, &DEFENCE_EVIDENCE, "source_missing", &at("source"));
                }
                if blank(&e.purpose) {
                    missing(findings, &DEFENCE_EVIDENCE, "purpose_missing", &at("purpose"));
                }
            }
        }
        _ => missing(findings, &DEFENCE_EVIDENCE, "no_evidence", "/evidence"),
    }
    match &d.normative_documents {
        Some(docs) if !docs.is_empty() => {
            for (i, n) in docs.iter().enumerate() {
                if blank(&n.title) {
                    missing(findings, &DEFENCE_NORMATIVE_DOCUMENTS, "title_missing", &format!("/normativeDocuments/{i}/title"));
                }
            }
        }
        _ => missing(findings, &DEFENCE_NORMATIVE_DOCUMENTS, "no_normative_documents", "/normativeDocuments"),
    }

    match &d.defendant {
        None => missing(findings, &LEGAL_REPRESENTATIVE_CERTIFICATE, "defendant_missing", "/defendant"),
        Some(def) => {
            if blank(&def.name) {
                missing(findings, &LEGAL_REPRESENTATIVE_CERTIFICATE, "name_missing", "/defendant/name");
            }
            if blank(&def.legal_representative) {
                missing(findings, &LEGAL_REPRESENTATIVE_CERTIFICATE, "representative_missing", "/defendant/legalRepresentative");
            }
            if blank(&def.legal_representative_title) {
                missing(
                    findings,
                    &LEGAL_REPRESENTATIVE_CERTIFICATE,
                    "representative_title_missing",
                    "/defendant/legalRepresentativeTitle",
                );
            }
        }
    }
    if !provided(&d.legal_representative_certificate) {
        missing(findings, &LEGAL_REPRESENTATIVE_CERTIFICATE, "certificate_missing", "/legalRepresentativeCertificate");
    }

    let agents = d.agents.clone().unwrap_or_default();
    common::agent_count(&agents, "/agents", &POWER_OF_ATTORNEY, findings);
    for (i, a) in agents.iter().enumerate() {
        check_power_of_attorney(a, &format!("/agents/{i}/powerOfAttorney"), true, findings);
    }

    let case_number = common::case_number_field(d.case_number.as_deref(), "/caseNumber", findings);
    let received = common::date_field(d.copy_received_on.as_deref(), "/copyReceivedOn", today, findings);
    let submitted = common::date_field(d.submitted_on.as_deref(), "/submittedOn", today, findings);
    let postmarked = common::date_field(d.postmarked_on.as_deref(), "/postmarkedOn", today, findings);
    // 行政诉讼法 第六十七条: evidence, normative documents and the statement within 15 days of receipt.
    common::window_check("defence-answer", received, submitted.or(postmarked), postmarked, "/submittedOn", findings)?;
    let signed_on = common::date_field(d.signed_on.as_deref(), "/signedOn", today, findings);
    common::pack_documents("defence", &d.extra_documents, findings)?;

    if let Some(text) = &d.document_text {
        let mut parties = Vec::new();
        if let Some(name) = d.defendant.as_ref().and_then(|p| p.name.as_deref()) {
            parties.push(ExpectedParty { path: "/defendant/name".into(), role: Role::Defendant, name });
        }
        for (i, p) in d.plaintiffs.iter().flatten().enumerate() {
            if let Some(name) = p.name.as_deref() {
                parties.push(ExpectedParty { path: format!("/plaintiffs/{i}/name"), role: Role::Plaintiff, name });
            }
        }
        let expect = Expectations { case_number, signed_on, parties, amount_fen: None };
        document::check_text(DocumentType::Defence, text, "/documentText", &expect, findings);
    }
    Ok(())
}

/// A power of attorney in court: provided and stating the powers (民事诉讼法 第六十二条); when an
/// agency appoints (`require_seal`), bearing its seal (行诉解释 第一百三十一条第二款).
pub(crate) fn check_power_of_attorney(a: &Agent, path: &str, require_seal: bool, findings: &mut Findings) {
    match &a.power_of_attorney {
        Some(p) if p.provided != Some(false) => {
            if blank(&p.powers) {
                missing(findings, &POWER_OF_ATTORNEY, "powers_missing", &format!("{path}/powers"));
            }
            if require_seal && p.sealed != Some(true) {
                missing(findings, &POWER_OF_ATTORNEY, "seal_missing", &format!("{path}/sealed"));
            }
        }
        _ => missing(findings, &POWER_OF_ATTORNEY, "power_of_attorney_missing", path),
    }
}
