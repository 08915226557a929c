//! The performance report (履行情况反馈), kind `performance`: the agency's report to the court on
//! how it performed an effective judgment, ruling or mediation statement.
//!
//! 行政诉讼法 第九十四条 (parties must perform effective decisions) and 第九十六条 (what the court
//! may do when an agency does not: transfers, daily fines from the end of the period, public
//! notice, judicial suggestions). A report that says what was decided, by when, and what was
//! done (with proof) is what lets the court see that 第九十六条 does not apply.
//!
//! Dates the period engine reads: `judgmentEffectiveOn`, `performanceDeadline` (may lie ahead),
//! `performedOn`, `reportedOn`.

use super::common::{self, blank, missing, Attachment, ExtraDocuments, Party};
use crate::error::Error;
use crate::rules::filing::*;
use crate::rules::Findings;
use serde::Serialize;
use serde_json::Value;

/// What is being performed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum PerformedDocument {
    Judgment,
    Ruling,
    Mediation,
}
crate::form::read::form_enum!(PerformedDocument, { Judgment: "judgment", Ruling: "ruling", Mediation: "mediation" });

/// How far performance has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum PerformanceStatus {
    /// 已履行完毕.
    Performed,
    /// 部分履行.
    PartlyPerformed,
    /// 正在履行.
    InProgress,
    /// 尚未履行.
    NotPerformed,
}
crate::form::read::form_enum!(PerformanceStatus, { Performed: "performed", PartlyPerformed: "partlyPerformed", InProgress: "inProgress", NotPerformed: "notPerformed" });

/// A performance report as a form holds it.
///
/// ```json
/// {"kind": "performance", "caseNumber": "（2024）粤71行初123号", "agency": {"name": "某市自然资源局"},
///  "documentType": "judgment", "obligations": "撤销……，重新作出……", "judgmentEffectiveOn": "2024-11-01",
///  "performanceDeadline": "2025-01-01", "status": "performed", "measures": "已于……重新作出……决定",
///  "performedOn": "2024-12-20", "proof": [{"fileName": "重新作出的决定书.pdf"}]}
/// ```
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Performance {
    /// Always `performance`.
    #[cfg_attr(feature = "schema", schemars(title = "文书种类", extend("x-label-en" = "filing kind")))]
    pub kind: Option<String>,
    /// 案号 of the decision performed.
    #[cfg_attr(feature = "schema", schemars(title = "案号", extend("x-label-en" = "case number")))]
    pub case_number: Option<String>,
    /// The agency bound to perform.
    #[cfg_attr(feature = "schema", schemars(title = "履行机关", extend("x-label-en" = "agency")))]
    pub agency: Option<Party>,
    /// `judgment`, `ruling` or `mediation`.
    #[cfg_attr(feature = "schema", schemars(title = "生效法律文书类型", extend("x-label-en" = "decision type")))]
    pub document_type: Option<PerformedDocument>,
    /// The obligations the decision imposes (判项).
    #[cfg_attr(feature = "schema", schemars(title = "履行义务", extend("x-label-en" = "obligations")))]
    pub obligations: Option<String>,
    /// The day the decision took effect (`YYYY-MM-DD`).
    #[cfg_attr(feature = "schema", schemars(title = "生效日期", extend("x-label-en" = "date the decision took effect")))]
    pub judgment_effective_on: Option<String>,
    /// The last day of the performance period the decision sets.
    #[cfg_attr(feature = "schema", schemars(title = "履行期限", extend("x-label-en" = "performance deadline")))]
    pub performance_deadline: Option<String>,
    #[cfg_attr(feature = "schema", schemars(title = "履行状态", extend("x-label-en" = "status")))]
    pub status: Option<PerformanceStatus>,
    /// What was done (履行措施).
    #[cfg_attr(feature = "schema", schemars(title = "履行措施", extend("x-label-en" = "measures")))]
    pub measures: Option<String>,
    /// The day performance was completed.
    #[cfg_attr(feature = "schema", schemars(title = "履行日期", extend("x-label-en" = "date performed")))]
    pub performed_on: Option<String>,
    /// Why performance is not complete.
    #[cfg_attr(feature = "schema", schemars(title = "未履行原因", extend("x-label-en" = "reason not performed")))]
    pub reason_not_performed: Option<String>,
    /// When it is expected to be complete.
    #[cfg_attr(feature = "schema", schemars(title = "计划完成日期", extend("x-label-en" = "planned completion date")))]
    pub planned_completion_on: Option<String>,
    /// Proof of performance.
    #[cfg_attr(feature = "schema", schemars(title = "证明材料", extend("x-label-en" = "proof", "x-item-zh" = "份")))]
    pub proof: Option<Vec<Attachment>>,
    /// The day the report is made.
    #[cfg_attr(feature = "schema", schemars(title = "反馈日期", extend("x-label-en" = "date reported")))]
    pub reported_on: Option<String>,
    /// Documents local rule packs require, by document id.
    #[cfg_attr(feature = "schema", schemars(title = "其他材料", extend("x-label-en" = "other documents")))]
    pub extra_documents: Option<ExtraDocuments>,
}
crate::form::read::form!(Performance, open, { kind: Option<String> = "kind", case_number: Option<String> = "caseNumber", agency: Option<Party> = "agency", document_type: Option<PerformedDocument> = "documentType", obligations: Option<String> = "obligations", judgment_effective_on: Option<String> = "judgmentEffectiveOn", performance_deadline: Option<String> = "performanceDeadline", status: Option<PerformanceStatus> = "status", measures: Option<String> = "measures", performed_on: Option<String> = "performedOn", reason_not_performed: Option<String> = "reasonNotPerformed", planned_completion_on: Option<String> = "plannedCompletionOn", proof: Option<Vec<Attachment>> = "proof", reported_on: Option<String> = "reportedOn", extra_documents: Option<ExtraDocuments> = "extraDocuments" });

/// Checks a performance report.
///
/// # Errors
/// `invalid_json` when a field has the wrong JSON type; `invalid_data` for a malformed pack.
pub fn check(value: &Value, findings: &mut Findings) -> Result<(), Error> {
    let p: Performance = common::deserialize(value, "filing")?;
    let today = findings.options().today;
    let rule = &PERFORMANCE_REPORT;
    if blank(&p.case_number) {
        missing(findings, rule, "case_number_missing", "/caseNumber");
    } else {
        common::case_number_field(p.case_number.as_deref(), "/caseNumber", findings);
    }
    if p.agency.as_ref().map_or(true, |a| blank(&a.name)) {
        missing(findings, rule, "agency_missing", "/agency/name");
    }
    if p.document_type.is_none() {
        missing(findings, rule, "document_type_missing", "/documentType");
    }
    if blank(&p.obligations) {
        missing(findings, rule, "obligations_missing", "/obligations");
    }
    match p.status {
        None => missing(findings, rule, "status_missing", "/status"),
        Some(PerformanceStatus::Performed) => {
            if blank(&p.performed_on) {
                missing(findings, rule, "performed_on_missing", "/performedOn");
            }
        }
        Some(PerformanceStatus::PartlyPerformed | PerformanceStatus::InProgress | PerformanceStatus::NotPerformed) => {
            if blank(&p.reason_not_performed) {
                missing(findings, rule, "reason_missing", "/reasonNotPerformed");
            }
            if blank(&p.planned_completion_on) {
                missing(findings, rule, "planned_date_missing", "/plannedCompletionOn");
            }
        }
    }
    if p.status != Some(PerformanceStatus::NotPerformed) {
        if blank(&p.measures) {
            missing(findings, rule, "measures_missing", "/measures");
        }
        if !p.proof.iter().flatten().any(|a| a.provided != Some(false)) {
            missing(findings, rule, "proof_missing", "/proof");
        }
    }
    for (path, v) in [("/judgmentEffectiveOn", &p.judgment_effective_on), ("/performedOn", &p.performed_on), ("/reportedOn", &p.reported_on)] {
        common::date_field(v.as_deref(), path, today, findings);
    }
    for (path, v) in [("/performanceDeadline", &p.performance_deadline), ("/plannedCompletionOn", &p.planned_completion_on)] {
        common::any_date_field(v.as_deref(), path, today, findings);
    }
    common::pack_documents("performance", &p.extra_documents, findings)?;
    Ok(())
}
