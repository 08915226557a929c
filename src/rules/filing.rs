//! Completeness rules for filings (area `filing`, ids `FIL-…`).
//!
//! Each rule sits next to the articles it implements. Where a 行政诉讼 document's contents are not
//! spelled out in the 行政诉讼法 itself (起诉状, 答辩状 and 上诉状 contents, 授权委托书), the rule
//! also cites the 民事诉讼法 article that courts apply through 行政诉讼法 第一百零一条 and the
//! practice of 行诉解释; the citation list says exactly which texts are relied on.
//!
//! Messages name the field; `{field}` is always the JSON Pointer of the finding without its
//! leading `/`, so the same template serves every kind.

use super::{MessageTemplate as M, Rule};
use crate::law::{
    Citation as C, ADMIN_EVIDENCE_PROVISIONS_2002 as EVIDENCE_2002, ADMIN_LITIGATION_LAW_2017 as ALPL,
    ADMIN_RECONSIDERATION_LAW_2023 as ARL, ADMIN_RECONSIDERATION_REGULATIONS_2007 as ARL_REGS,
    ALPL_INTERPRETATION_2018 as INTERP, CIVIL_PROCEDURE_LAW_2023 as CPL,
};
use crate::report::Severity;

const fn m(id: &'static str, zh_hans: &'static str, en: &'static str) -> M {
    M::new(id, zh_hans, en)
}

/// FIL-001: the complaint (起诉状) identifies the plaintiff and gives a way to reach them.
pub static PLAINTIFF_IDENTIFIED: Rule = Rule {
    id: "FIL-001",
    area: "filing",
    title_zh_hans: "起诉状须写明原告的基本情况和有效联系方式",
    title_en: "A complaint must identify each plaintiff and give a working contact",
    default_severity: Severity::Error,
    messages: &[
        m("no_plaintiff", "{field}：未填写原告", "{field}: no plaintiff entered"),
        m("name_missing", "{field}：未填写原告姓名或名称", "{field}: the plaintiff's name is missing"),
        m("id_number_missing", "{field}：未填写原告（公民）的公民身份号码", "{field}: the plaintiff's identity number is missing"),
        m("credit_code_missing", "{field}：未填写原告（法人或其他组织）的统一社会信用代码", "{field}: the plaintiff organisation's unified social credit code is missing"),
        m("legal_representative_missing", "{field}：未填写原告（法人或其他组织）的法定代表人或主要负责人", "{field}: the plaintiff organisation's legal representative is missing"),
        m("address_missing", "{field}：未填写原告住所", "{field}: the plaintiff's address is missing"),
        m("contact_missing", "{field}：未填写原告有效联系方式", "{field}: no working contact (phone) for the plaintiff"),
    ],
    citations: &[C::article(ALPL, 49).item(1), C::article(INTERP, 54).paragraph(1).item(1), C::article(CPL, 124).item(1)],
    deprecated: None,
};

/// FIL-002: the complaint names a definite defendant (明确的被告).
pub static DEFENDANT_DEFINITE: Rule = Rule {
    id: "FIL-002",
    area: "filing",
    title_zh_hans: "起诉须有明确的被告",
    title_en: "A complaint must name a definite defendant",
    default_severity: Severity::Error,
    messages: &[
        m("no_defendant", "{field}：未填写被告", "{field}: no defendant entered"),
        m("name_missing", "{field}：未填写被告名称", "{field}: the defendant's name is missing"),
        m("address_missing", "{field}：未填写被告住所（地址）", "{field}: the defendant's address is missing"),
    ],
    citations: &[C::article(ALPL, 49).item(2), C::article(CPL, 124).item(2)],
    deprecated: None,
};

/// FIL-003: the complaint has specific claims and the facts they rest on.
pub static CLAIMS_AND_FACTS: Rule = Rule {
    id: "FIL-003",
    area: "filing",
    title_zh_hans: "起诉须有具体的诉讼请求和事实根据",
    title_en: "A complaint must state specific claims and the facts behind them",
    default_severity: Severity::Error,
    messages: &[
        m("no_claims", "{field}：未填写诉讼请求", "{field}: no claim entered"),
        m("claim_blank", "{field}：该项诉讼请求为空", "{field}: this claim is blank"),
        m("facts_missing", "{field}：未填写事实与理由", "{field}: the facts and reasons are missing"),
    ],
    citations: &[C::article(ALPL, 49).item(3), C::article(CPL, 124).item(3)],
    deprecated: None,
};

/// FIL-004: the materials a complaint must come with (起诉材料).
pub static COMPLAINT_MATERIALS: Rule = Rule {
    id: "FIL-004",
    area: "filing",
    title_zh_hans: "起诉时须提交原告身份证明、被诉行为存在及利害关系的材料；代为起诉的须提交代理人身份及代理权限证明",
    title_en: "A complaint must come with the plaintiff's identity proof, proof of the act and of the plaintiff's interest; an agent's identity and authority",
    default_severity: Severity::Error,
    messages: &[
        m("identity_proof_missing", "{field}：未提交原告的身份证明材料", "{field}: the plaintiff's identity proof is not provided"),
        m("act_proof_missing", "{field}：未提交被诉行政行为或者不作为存在的材料", "{field}: no proof that the contested act (or omission) exists"),
        m("interest_proof_missing", "{field}：未提交原告与被诉行政行为具有利害关系的材料", "{field}: no proof of the plaintiff's interest in the act"),
        m("agent_identity_missing", "{field}：未提交代理人的身份证明", "{field}: the agent's identity proof is not provided"),
        m("agent_authority_missing", "{field}：未提交代理人的代理权限证明（授权委托书）", "{field}: the agent's proof of authority (power of attorney) is not provided"),
    ],
    citations: &[C::article(INTERP, 54).paragraph(1), C::article(INTERP, 54).paragraph(2)],
    deprecated: None,
};

/// FIL-005: copies of the complaint, one per defendant.
pub static COMPLAINT_COPIES: Rule = Rule {
    id: "FIL-005",
    area: "filing",
    title_zh_hans: "起诉状须按照被告人数提出副本",
    title_en: "A complaint needs one copy per defendant",
    default_severity: Severity::Error,
    messages: &[
        m("copies_missing", "{field}：未填写起诉状副本份数（被告{defendants}人）", "{field}: the number of copies is missing ({defendants} defendants)"),
        m("too_few_copies", "{field}：起诉状副本{copies}份，少于被告人数{defendants}", "{field}: {copies} copies, fewer than the {defendants} defendants"),
    ],
    citations: &[C::article(ALPL, 50).paragraph(1)],
    deprecated: None,
};

/// FIL-006: the defence statement (答辩状). Its absence does not stop the trial, hence a warning.
pub static DEFENCE_STATEMENT: Rule = Rule {
    id: "FIL-006",
    area: "filing",
    title_zh_hans: "被告应当提出答辩状（不提出的不影响审理）",
    title_en: "The defendant should file a defence statement (the trial goes on without one)",
    default_severity: Severity::Warning,
    messages: &[m("statement_missing", "{field}：未附答辩状", "{field}: no defence statement attached")],
    citations: &[C::article(ALPL, 67).paragraph(1), C::article(ALPL, 67).paragraph(2)],
    deprecated: None,
};

/// FIL-007: the evidence behind the act, listed so the court can use it.
pub static DEFENCE_EVIDENCE: Rule = Rule {
    id: "FIL-007",
    area: "filing",
    title_zh_hans: "被告须提交作出行政行为的证据，并逐项说明名称、来源和证明对象",
    title_en: "The defendant must file the evidence for the act, each item with its name, source and what it proves",
    default_severity: Severity::Error,
    messages: &[
        m("no_evidence", "{field}：未提交作出行政行为的证据；逾期不提供的，视为没有相应证据", "{field}: no evidence for the act; evidence not filed in time counts as no evidence"),
        m("name_missing", "{field}：未填写证据名称", "{field}: the evidence item has no name"),
        m("source_missing", "{field}：未说明证据来源", "{field}: the evidence item does not state its source"),
        m("purpose_missing", "{field}：未说明证明对象", "{field}: the evidence item does not state what it proves"),
    ],
    citations: &[C::article(ALPL, 34), C::article(ALPL, 67).paragraph(1), C::article(EVIDENCE_2002, 19)],
    deprecated: None,
};

/// FIL-008: the normative documents (规范性文件) the act relies on.
pub static DEFENCE_NORMATIVE_DOCUMENTS: Rule = Rule {
    id: "FIL-008",
    area: "filing",
    title_zh_hans: "被告须提交作出行政行为所依据的规范性文件",
    title_en: "The defendant must file the normative documents the act relies on",
    default_severity: Severity::Error,
    messages: &[
        m("no_normative_documents", "{field}：未提交作出行政行为所依据的规范性文件", "{field}: no normative document the act relies on"),
        m("title_missing", "{field}：未填写规范性文件名称", "{field}: the normative document has no title"),
    ],
    citations: &[C::article(ALPL, 34).paragraph(1), C::article(ALPL, 67).paragraph(1)],
    deprecated: None,
};

/// FIL-009: who represents the defendant agency: its legal representative, with proof.
pub static LEGAL_REPRESENTATIVE_CERTIFICATE: Rule = Rule {
    id: "FIL-009",
    area: "filing",
    title_zh_hans: "被告机关须写明法定代表人并提交法定代表人身份证明",
    title_en: "The defendant agency must name its legal representative and file proof of that office",
    default_severity: Severity::Error,
    messages: &[
        m("defendant_missing", "{field}：未填写答辩人（被告）信息", "{field}: the defendant filing the defence is missing"),
        m("name_missing", "{field}：未填写答辩人（被告）名称", "{field}: the defendant's name is missing"),
        m("representative_missing", "{field}：未填写法定代表人姓名", "{field}: the legal representative's name is missing"),
        m("representative_title_missing", "{field}：未填写法定代表人职务", "{field}: the legal representative's post is missing"),
        m("certificate_missing", "{field}：未提交法定代表人身份证明", "{field}: the legal representative's certificate is not provided"),
    ],
    citations: &[C::article(CPL, 51).paragraph(2), C::article(CPL, 128), C::article(INTERP, 131).paragraph(1)],
    deprecated: None,
};

/// FIL-010: agents in court proceedings: at most two, each with a sealed power of attorney (授权委托书).
pub static POWER_OF_ATTORNEY: Rule = Rule {
    id: "FIL-010",
    area: "filing",
    title_zh_hans: "委托诉讼代理人不超过二人，并须提交载明代理事项和权限的授权委托书",
    title_en: "At most two litigation agents, each with a power of attorney stating the matters and powers",
    default_severity: Severity::Error,
    messages: &[
        m("too_many_agents", "{field}：委托了{count}名诉讼代理人，至多可委托二人", "{field}: {count} agents; at most two may be appointed"),
        m("name_missing", "{field}：未填写诉讼代理人姓名", "{field}: the agent's name is missing"),
        m("power_of_attorney_missing", "{field}：未提交授权委托书", "{field}: no power of attorney"),
        m("powers_missing", "{field}：授权委托书未载明委托事项和代理权限", "{field}: the power of attorney does not state the matters and powers"),
        m("seal_missing", "{field}：授权委托书未加盖机关印章", "{field}: the power of attorney does not bear the agency's seal"),
    ],
    citations: &[C::article(ALPL, 31).paragraph(1), C::article(CPL, 62), C::article(INTERP, 131).paragraph(2)],
    deprecated: None,
};

/// FIL-011: what an appeal (上诉状) must contain.
pub static APPEAL_CONTENTS: Rule = Rule {
    id: "FIL-011",
    area: "filing",
    title_zh_hans: "上诉状须写明当事人、原审法院、案号、上诉请求和理由",
    title_en: "An appeal must state the parties, the first-instance court and case number, the requests and the reasons",
    default_severity: Severity::Error,
    messages: &[
        m("no_appellant", "{field}：未填写上诉人", "{field}: no appellant entered"),
        m("appellant_name_missing", "{field}：未填写上诉人姓名或名称", "{field}: the appellant's name is missing"),
        m("no_other_party", "{field}：未填写被上诉人或其他当事人", "{field}: no respondent or other party entered"),
        m("party_name_missing", "{field}：未填写该当事人姓名或名称", "{field}: this party's name is missing"),
        m("original_court_missing", "{field}：未填写原审人民法院", "{field}: the first-instance court is missing"),
        m("original_case_number_missing", "{field}：未填写原审案号", "{field}: the first-instance case number is missing"),
        m("not_first_instance", "{field}：案号类型代字为“{typeCode}”，不是一审案件，不能对其提起上诉", "{field}: type code \"{typeCode}\" is not a first-instance case; no appeal lies from it"),
        m("decision_type_missing", "{field}：未写明不服的是判决还是裁定", "{field}: whether the appeal is against a judgment or a ruling is missing"),
        m("no_requests", "{field}：未填写上诉请求", "{field}: no appeal request entered"),
        m("reasons_missing", "{field}：未填写上诉理由", "{field}: the reasons for the appeal are missing"),
    ],
    citations: &[C::article(ALPL, 85), C::article(CPL, 172)],
    deprecated: None,
};

/// FIL-012: copies of the appeal, one per other party.
pub static APPEAL_COPIES: Rule = Rule {
    id: "FIL-012",
    area: "filing",
    title_zh_hans: "上诉状须按照其他当事人的人数提出副本",
    title_en: "An appeal needs one copy per other party",
    default_severity: Severity::Error,
    messages: &[
        m("copies_missing", "{field}：未填写上诉状副本份数（其他当事人{parties}人）", "{field}: the number of copies is missing ({parties} other parties)"),
        m("too_few_copies", "{field}：上诉状副本{copies}份，少于其他当事人人数{parties}", "{field}: {copies} copies, fewer than the {parties} other parties"),
    ],
    citations: &[C::article(INTERP, 108).paragraph(1)],
    deprecated: None,
};

/// FIL-013: what an application for administrative reconsideration (行政复议申请书) must state.
pub static RECONSIDERATION_CONTENTS: Rule = Rule {
    id: "FIL-013",
    area: "filing",
    title_zh_hans: "行政复议申请书须载明申请人基本情况、被申请人、复议请求、事实和理由、签名或盖章及日期",
    title_en: "A reconsideration application must state the applicant, the respondent, the request, facts and reasons, a signature or seal and the date",
    default_severity: Severity::Error,
    messages: &[
        m("no_applicant", "{field}：未填写申请人", "{field}: no applicant entered"),
        m("name_missing", "{field}：未填写申请人姓名或名称", "{field}: the applicant's name is missing"),
        m("id_number_missing", "{field}：未填写申请人（公民）的身份证号码", "{field}: the applicant's identity number is missing"),
        m("legal_representative_missing", "{field}：未填写申请人（法人或其他组织）的法定代表人或主要负责人", "{field}: the applicant organisation's legal representative is missing"),
        m("address_missing", "{field}：未填写申请人住所", "{field}: the applicant's address is missing"),
        m("postal_code_missing", "{field}：未填写申请人邮政编码", "{field}: the applicant's postal code is missing"),
        m("respondent_missing", "{field}：未填写被申请人名称", "{field}: the respondent's name is missing"),
        m("no_act", "{field}：未写明申请复议的行政行为", "{field}: the administrative act is not identified"),
        m("request_missing", "{field}：未填写行政复议请求", "{field}: the reconsideration request is missing"),
        m("facts_missing", "{field}：未填写申请行政复议的主要事实和理由", "{field}: the main facts and reasons are missing"),
        m("signature_missing", "{field}：申请书未签名或者盖章", "{field}: the application is not signed or sealed"),
        m("date_missing", "{field}：未填写申请行政复议的日期", "{field}: the date of the application is missing"),
    ],
    citations: &[C::article(ARL, 22).paragraph(2), C::article(ARL, 30).paragraph(1).item(1), C::article(ARL, 30).paragraph(1).item(3), C::article(ARL_REGS, 19)],
    deprecated: None,
};

/// FIL-014: one application per administrative act.
pub static RECONSIDERATION_ONE_ACT: Rule = Rule {
    id: "FIL-014",
    area: "filing",
    title_zh_hans: "对两个以上行政行为不服的，应当分别申请行政复议",
    title_en: "Two or more administrative acts need separate reconsideration applications",
    default_severity: Severity::Error,
    messages: &[m("several_acts", "{field}：一份申请书列了{count}个行政行为，应当分别申请", "{field}: {count} acts in one application; file one application per act")],
    citations: &[C::article(ARL, 22).paragraph(4)],
    deprecated: None,
};

/// FIL-015: agents in reconsideration: at most two, with a power of attorney stating matters, powers and term.
pub static RECONSIDERATION_AGENT: Rule = Rule {
    id: "FIL-015",
    area: "filing",
    title_zh_hans: "复议代理人不超过二名，须提交载明委托事项、权限和期限的授权委托书及双方身份证明",
    title_en: "At most two reconsideration agents, with a power of attorney stating matters, powers and term, and both parties' identity documents",
    default_severity: Severity::Error,
    messages: &[
        m("too_many_agents", "{field}：委托了{count}名代理人，至多可委托二名", "{field}: {count} agents; at most two may be appointed"),
        m("name_missing", "{field}：未填写代理人姓名", "{field}: the agent's name is missing"),
        m("power_of_attorney_missing", "{field}：未提交授权委托书", "{field}: no power of attorney"),
        m("matters_missing", "{field}：授权委托书未载明委托事项", "{field}: the power of attorney does not state the matters"),
        m("powers_missing", "{field}：授权委托书未载明委托权限", "{field}: the power of attorney does not state the powers"),
        m("term_missing", "{field}：授权委托书未载明委托期限", "{field}: the power of attorney does not state its term"),
        m("identity_proof_missing", "{field}：未提交委托人及被委托人的身份证明文件", "{field}: the identity documents of principal and agent are not provided"),
    ],
    citations: &[C::article(ARL, 17)],
    deprecated: None,
};

/// FIL-016: a report on performing a judgment (履行情况反馈): what was decided, by when, what was done.
pub static PERFORMANCE_REPORT: Rule = Rule {
    id: "FIL-016",
    area: "filing",
    title_zh_hans: "履行情况反馈须写明生效裁判、履行期限、已采取的履行措施及证明，未履行完毕的须说明理由",
    title_en: "A performance report must state the effective decision, the performance period, what was done and the proof; unfinished performance needs reasons",
    default_severity: Severity::Error,
    messages: &[
        m("case_number_missing", "{field}：未填写案号", "{field}: the case number is missing"),
        m("agency_missing", "{field}：未填写履行义务的行政机关", "{field}: the agency bound to perform is missing"),
        m("document_type_missing", "{field}：未写明履行的是判决、裁定还是调解书", "{field}: whether a judgment, ruling or mediation statement is performed is missing"),
        m("obligations_missing", "{field}：未写明生效法律文书确定的义务（判项）", "{field}: the obligations the decision imposes are missing"),
        m("status_missing", "{field}：未写明履行状态", "{field}: the performance status is missing"),
        m("measures_missing", "{field}：未写明已采取的履行措施", "{field}: what was done to perform is missing"),
        m("performed_on_missing", "{field}：已履行完毕的，须写明履行完毕的日期", "{field}: performance is complete but its date is missing"),
        m("proof_missing", "{field}：未附履行情况的证明材料", "{field}: no proof of performance attached"),
        m("reason_missing", "{field}：未履行完毕的，须说明理由", "{field}: performance is not complete and no reason is given"),
        m("planned_date_missing", "{field}：未履行完毕的，须写明预计完成日期", "{field}: performance is not complete and no expected completion date is given"),
    ],
    citations: &[C::article(ALPL, 94), C::article(ALPL, 96)],
    deprecated: None,
};

/// FIL-017: documents a local rule pack adds (人民法院认为需要提交的其他材料).
pub static PACK_REQUIRED_DOCUMENT: Rule = Rule {
    id: "FIL-017",
    area: "filing",
    title_zh_hans: "本地规则包要求提交的其他材料",
    title_en: "Other documents a local rule pack requires",
    default_severity: Severity::Error,
    messages: &[m(
        "document_missing",
        "{field}：未提交“{title}”（{pack}规则包，依据：{source}）",
        "{field}: \"{title}\" is not provided (pack {pack}; source: {source})",
    )],
    citations: &[C::article(INTERP, 54).paragraph(1).item(4)],
    deprecated: None,
};

/// FIL-018: dates in a form are real calendar days, written `YYYY-MM-DD`; periods are counted from them.
pub static DATE_FIELD_VALID: Rule = Rule {
    id: "FIL-018",
    area: "filing",
    title_zh_hans: "日期须为 YYYY-MM-DD 格式的有效公历日期（期间自其次日起算）",
    title_en: "Dates must be real calendar days written YYYY-MM-DD (periods are counted from them)",
    default_severity: Severity::Error,
    messages: &[
        m("malformed", "{field}：“{value}”不是日期的写法，请按 YYYY-MM-DD 填写（如 2026-03-01）", "{field}: \"{value}\" is not written as a date; write it YYYY-MM-DD (e.g. 2026-03-01)"),
        m("no_such_date", "{field}：日历上没有“{value}”这一天（月份为1-12，日不超过当月天数），请核对", "{field}: there is no such day as \"{value}\" (months run 1-12, days to the month's end); check it"),
        m("in_future", "{field}：{value} 晚于今天（{today}）", "{field}: {value} is after today ({today})"),
    ],
    citations: &[C::article(INTERP, 48).paragraph(2)],
    deprecated: None,
};

/// Every filing rule.
pub static RULES: &[&Rule] = &[
    &PLAINTIFF_IDENTIFIED,
    &DEFENDANT_DEFINITE,
    &CLAIMS_AND_FACTS,
    &COMPLAINT_MATERIALS,
    &COMPLAINT_COPIES,
    &DEFENCE_STATEMENT,
    &DEFENCE_EVIDENCE,
    &DEFENCE_NORMATIVE_DOCUMENTS,
    &LEGAL_REPRESENTATIVE_CERTIFICATE,
    &POWER_OF_ATTORNEY,
    &APPEAL_CONTENTS,
    &APPEAL_COPIES,
    &RECONSIDERATION_CONTENTS,
    &RECONSIDERATION_ONE_ACT,
    &RECONSIDERATION_AGENT,
    &PERFORMANCE_REPORT,
    &PACK_REQUIRED_DOCUMENT,
    &DATE_FIELD_VALID,
];
