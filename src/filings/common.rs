//! Parts shared by the filing kinds: parties, agents, attached documents. The field checks every
//! kind uses (dates, case numbers, amounts, identity numbers) are the form reader's
//! ([`crate::form`]), shared with the document checks.

use crate::date::CivilDate;
use crate::error::Error;
pub(crate) use crate::form::{amount_field, any_date_field, case_number_field, date_field, deserialize, field, id_number_field};
use crate::rules::filing::PACK_REQUIRED_DOCUMENT;
use crate::rules::{Findings, Rule};
use serde::Serialize;

/// Whether a party is a natural person (公民) or an organisation (法人或者其他组织).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum PartyType {
    Person,
    Organization,
}
crate::form::read::form_enum!(PartyType, { Person: "person", Organization: "organization" });

/// A party (当事人): a person or an organisation.
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Party {
    /// 姓名 or 名称.
    #[cfg_attr(feature = "schema", schemars(title = "姓名或名称", extend("x-label-en" = "name")))]
    pub name: Option<String>,
    #[cfg_attr(feature = "schema", schemars(title = "当事人类型", extend("x-label-en" = "party type", "x-enum-labels" = {"person": ["自然人", "person"], "organization": ["法人或其他组织", "organisation"]})))]
    pub party_type: Option<PartyType>,
    /// 公民身份号码 (persons).
    #[cfg_attr(feature = "schema", schemars(title = "公民身份号码", extend("x-label-en" = "identity number")))]
    pub id_number: Option<String>,
    /// 统一社会信用代码 (organisations).
    #[cfg_attr(feature = "schema", schemars(title = "统一社会信用代码", extend("x-label-en" = "unified social credit code")))]
    pub credit_code: Option<String>,
    /// 法定代表人或者主要负责人 (organisations).
    #[cfg_attr(feature = "schema", schemars(title = "法定代表人", extend("x-label-en" = "legal representative")))]
    pub legal_representative: Option<String>,
    /// The legal representative's post (职务).
    #[cfg_attr(feature = "schema", schemars(title = "法定代表人职务", extend("x-label-en" = "legal representative's post")))]
    pub legal_representative_title: Option<String>,
    /// 住所.
    #[cfg_attr(feature = "schema", schemars(title = "住所", extend("x-label-en" = "address")))]
    pub address: Option<String>,
    /// 邮政编码.
    #[cfg_attr(feature = "schema", schemars(title = "邮政编码", extend("x-label-en" = "postal code")))]
    pub postal_code: Option<String>,
    /// 联系方式 (phone).
    #[cfg_attr(feature = "schema", schemars(title = "联系电话", extend("x-label-en" = "phone")))]
    pub phone: Option<String>,
}
crate::form::read::form!(Party, open, { name: Option<String> = "name", party_type: Option<PartyType> = "partyType", id_number: Option<String> = "idNumber", credit_code: Option<String> = "creditCode", legal_representative: Option<String> = "legalRepresentative", legal_representative_title: Option<String> = "legalRepresentativeTitle", address: Option<String> = "address", postal_code: Option<String> = "postalCode", phone: Option<String> = "phone" });

/// An attached document. An object counts as provided unless it says `"provided": false`.
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Attachment {
    #[cfg_attr(feature = "schema", schemars(title = "已提交", extend("x-label-en" = "provided")))]
    pub provided: Option<bool>,
    #[cfg_attr(feature = "schema", schemars(title = "文件名", extend("x-label-en" = "file name")))]
    pub file_name: Option<String>,
    #[cfg_attr(feature = "schema", schemars(title = "页数", extend("x-label-en" = "pages")))]
    pub pages: Option<u32>,
}
crate::form::read::form!(Attachment, open, { provided: Option<bool> = "provided", file_name: Option<String> = "fileName", pages: Option<u32> = "pages" });

/// A power of attorney (授权委托书).
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct PowerOfAttorney {
    #[cfg_attr(feature = "schema", schemars(title = "已提交", extend("x-label-en" = "provided")))]
    pub provided: Option<bool>,
    /// 委托事项.
    #[cfg_attr(feature = "schema", schemars(title = "委托事项", extend("x-label-en" = "matters")))]
    pub matters: Option<String>,
    /// 代理权限 (e.g. 一般授权, 特别授权: …).
    #[cfg_attr(feature = "schema", schemars(title = "代理权限", extend("x-label-en" = "powers granted")))]
    pub powers: Option<String>,
    /// 委托期限 (required in reconsideration).
    #[cfg_attr(feature = "schema", schemars(title = "委托期限", extend("x-label-en" = "term")))]
    pub term: Option<String>,
    /// Whether it bears the agency's seal (required when an agency appoints its staff).
    #[cfg_attr(feature = "schema", schemars(title = "加盖印章", extend("x-label-en" = "sealed")))]
    pub sealed: Option<bool>,
}
crate::form::read::form!(PowerOfAttorney, open, { provided: Option<bool> = "provided", matters: Option<String> = "matters", powers: Option<String> = "powers", term: Option<String> = "term", sealed: Option<bool> = "sealed" });

/// An agent (诉讼代理人 / 复议代理人).
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Agent {
    #[cfg_attr(feature = "schema", schemars(title = "姓名", extend("x-label-en" = "name")))]
    pub name: Option<String>,
    #[cfg_attr(feature = "schema", schemars(title = "公民身份号码", extend("x-label-en" = "identity number")))]
    pub id_number: Option<String>,
    /// `lawyer`, `staff`, `legalWorker`, `relative` or `other`.
    #[cfg_attr(feature = "schema", schemars(title = "代理人类型", extend("x-label-en" = "agent type")))]
    pub agent_type: Option<String>,
    /// 职务 (for agency staff).
    #[cfg_attr(feature = "schema", schemars(title = "职务", extend("x-label-en" = "post")))]
    pub post: Option<String>,
    /// The agent's identity proof (and, in reconsideration, the principal's).
    #[cfg_attr(feature = "schema", schemars(title = "身份证明", extend("x-label-en" = "identity proof")))]
    pub identity_proof: Option<Attachment>,
    #[cfg_attr(feature = "schema", schemars(title = "授权委托书", extend("x-label-en" = "power of attorney")))]
    pub power_of_attorney: Option<PowerOfAttorney>,
}
crate::form::read::form!(Agent, open, { name: Option<String> = "name", id_number: Option<String> = "idNumber", agent_type: Option<String> = "agentType", post: Option<String> = "post", identity_proof: Option<Attachment> = "identityProof", power_of_attorney: Option<PowerOfAttorney> = "powerOfAttorney" });

/// Documents a local rule pack requires, by the pack's document id.
pub type ExtraDocuments = crate::sorted_map::SortedMap<Attachment>;

/// True when an optional text field is missing or only spaces.
pub(crate) fn blank(value: &Option<String>) -> bool {
    value.as_deref().map_or(true, |s| s.trim().is_empty())
}

/// True when an optional attachment is there and not marked `provided: false`.
pub(crate) fn provided(value: &Option<Attachment>) -> bool {
    value.as_ref().is_some_and(|a| a.provided != Some(false))
}

/// Records `rule`/`message` at `path` with only the `field` argument.
pub(crate) fn missing(findings: &mut Findings, rule: &'static Rule, message: &'static str, path: &str) {
    findings.add(rule, message, path, crate::args![("field", field(path))]);
}

/// Checks that a filing made on `filed` (or posted on `postmark`) is within the named statutory
/// window that `trigger` opened (rules `DL-…` from [`crate::rules::deadline::check_window`], reported at
/// `path`). Dates that failed FIL-018 arrive as `None` and are not checked again.
///
/// The bundled official calendar is used; a year it does not cover makes the finding provisional.
pub(crate) fn window_check(
    window_id: &str,
    trigger: Option<CivilDate>,
    filed: Option<CivilDate>,
    postmark: Option<CivilDate>,
    path: &str,
    findings: &mut Findings,
) -> Result<(), Error> {
    let (Some(trigger), Some(filed)) = (trigger, filed) else { return Ok(()) };
    // A date after today already has its FIL-018 finding; a window from it would only add noise.
    let today = findings.options().today;
    if trigger > today || filed > today {
        return Ok(());
    }
    let calendar = crate::calendar::Calendar::bundled();
    crate::rules::deadline::check_window(window_id, trigger, filed, postmark, &calendar, findings, path)
}

/// The pack documents required for `kind` that the filing does not provide (FIL-017).
pub(crate) fn pack_documents(kind: &str, extra: &Option<ExtraDocuments>, findings: &mut Findings) -> Result<(), Error> {
    let required = crate::filings::packs::required_documents(&findings.options().packs, kind)?;
    for doc in required {
        let given = extra.as_ref().and_then(|m| m.get(&doc.id)).cloned();
        if !provided(&given) {
            let path = format!("/extraDocuments/{}", crate::report::pointer_token(&doc.id));
            let title = match findings.options().lang {
                crate::i18n::Lang::En => doc.title_en.clone().unwrap_or_else(|| doc.title_zh_hans.clone()),
                _ => doc.title_zh_hans.clone(),
            };
            findings.label_key(&path, title.clone());
            findings.add(
                &PACK_REQUIRED_DOCUMENT,
                "document_missing",
                &path,
                crate::args![("field", field(&path)), ("title", title), ("pack", doc.pack), ("source", doc.source)],
            );
        }
    }
    Ok(())
}

/// An agent list's common checks: at most two agents (`rule`'s `too_many_agents`) and a name each.
pub(crate) fn agent_count(agents: &[Agent], path: &str, rule: &'static Rule, findings: &mut Findings) {
    if agents.len() > 2 {
        findings.add(rule, "too_many_agents", path, crate::args![("field", field(path)), ("count", agents.len())]);
    }
    for (i, a) in agents.iter().enumerate() {
        if blank(&a.name) {
            missing(findings, rule, "name_missing", &format!("{path}/{i}/name"));
        }
    }
}
