//! Appearance rules (area `appearance`, ids `APP-…`): who must appear for the defendant agency
//! (被诉行政机关负责人出庭应诉), with what documents, and what an absence needs.
//!
//! Sources (LEGAL.md §0.4, §1.1, §2.9, §3): 行政诉讼法 第三条第三款; 行诉解释 第一百二十八条至
//! 第一百三十二条; 最高人民法院关于行政机关负责人出庭应诉若干问题的规定 (法释〔2020〕3号, "规定").
//!
//! ## Article by article
//!
//! | text | what it says | rules | corpus (`tests/cases/appearance/`) |
//! |---|---|---|---|
//! | 行政诉讼法 3(3) | the head shall appear; if unable, entrust corresponding staff | APP-002, APP-003, APP-013 | `who-appears.json`, `absence*.json` |
//! | 规定 1(1) | the duty applies in first instance, appeal, retrial | APP-001 (`procedure`) | `form.json` |
//! | 规定 1(2) | heads of authorised internal bodies and organisations | APP-018 (info), `level: authorized-organization` | `agency-code.json` |
//! | 规定 2; 解释 128(1) | who is a 负责人; not heads of entrusted organisations or subordinate agencies | APP-004 | `head.json` |
//! | 解释 128(2) | a head may add 1-2 agents; never only a lawyer | APP-008, APP-003, APP-013 | `agents.json`, `who-appears.json` |
//! | 规定 4(1); 解释 129(1) | cases where the court must notify / has suggested in writing | APP-014 | `notice.json` |
//! | 规定 4(2) | cases where the court may notify | APP-015 (info) | `notice.json` |
//! | 规定 5(2) | the notice is served at least three days before the hearing | APP-016 | `notice.json` |
//! | 规定 6; 解释 131(1) | the head's identity proof: name, post, seal, before the hearing | APP-006 | `documents.json`, `names.json` |
//! | 规定 8 | the four reasons for absence | APP-010 | `absence.json`, `absence-kind.json` |
//! | 规定 9; 解释 129(3) | proof sealed or signed by the 主要负责人; the court reviews it | APP-009, APP-011, APP-012 | `absence.json`, `absence-kind.json` |
//! | 规定 10; 解释 130 | who is 相应的工作人员 (both definitions; 法制工作机构 and 承办机关 for local governments) | APP-005 | `staff.json` |
//! | 解释 131(2); 规定 10(3) | the staff member's sealed power of attorney with name, post, authority | APP-007 | `documents.json` |
//! | 规定 12; 解释 132 | judicial suggestion when the head is absent without reason, or nobody / only lawyers appear | APP-017 (info) | `who-appears.json` |
//!
//! | 规定 7(1) | one appearance per instance generally suffices, unless the court asks again | APP-019 (info) | `notice.json` |
//! | 规定 2(1), 6; 解释 128(1), 131(1) | the declared head role against the post and the post on the identity proof, read from the post-title table (`data/appearance/posts.json`) | APP-020 (error), APP-021 (warning: cannot tell, or another kind of head) | `posts.json` |
//! | 行政诉讼法 31(1) | a party may entrust one or two agents: without the head, the staff and lawyers appearing are all agents | APP-008 `too_many_agents` | `agents-law.json` |
//! | 规定 8, 9(2) | stated facts plainly not a reason (工作繁忙, a routine meeting) | APP-022 (warning) | `absence-facts.json` |
//! | 行政诉讼法 31; GB 32100 | data no article requires is at most a warning, which a portal may set to `error`: an agent's identity number, the agency's credit code | APP-023, APP-024 (warnings) | `optional-data.json` |
//!
//! ## The text in force on the hearing day
//!
//! Once the hearing date is known, [`Findings::set_governing_date`](super::Findings::set_governing_date)
//! makes every finding cite the text in force that day, and drops a rule none of whose cited texts
//! was: 法释〔2020〕3号 from 2020-07-01, the 2018 解释 from 2018-02-08, 行政诉讼法 第三条第三款 from
//! 2015-05-01 (the 2014 text until 2017-06-30, cited as such; the 2017 text keeps its numbering).
//! Where a rule cites both the 规定 and the 解释, the checks that only the 规定 asks for are skipped
//! before 2020-07-01 (the seal and the timing of the identity proof, 第八条's list of reasons,
//! 第十条第一款's 具体行使行政职权 and 第二款's staff of entrusted organisations, 第七条's one appearance per
//! instance); the 解释 ones stay, worded on the 解释 alone (the `_2018` message twins). Cases:
//! `in-force.json`. APP-020 and APP-021 name the articles in force in their `{basis}` argument.
//!
//! ## Not checked
//!
//! Not checked: 规定 第三条 (common defendants choose who appears), 第五条第三款 (changing the head
//! before the hearing), 第七条第二款 (each procedure has its own duty: a filing is per hearing), 第十一条 and 第十三条 (conduct in
//! court), 第十四条 (publication and statistics): they concern what happens in court, not the filing.
//!
//! Numbering: `APP-001…099` are national rules; `APP-101…199` are the checks a local rule pack
//! (地方规则包) can switch on (see `data/packs/README.md`). A pack supplies the parameters and its
//! local source text; the rule, its messages and its national citations stay here, so that every
//! finding still has a permanent id and a zh-Hant rendering.

use super::{MessageTemplate, Rule};
use crate::law::{
    Citation, ADMIN_LITIGATION_LAW_2017 as ALPL, ALPL_INTERPRETATION_2018 as INTERP, GB_32100_2015,
    HEAD_APPEARANCE_PROVISIONS_2020 as PROV,
};
use crate::report::Severity;

const fn m(id: &'static str, zh_hans: &'static str, en: &'static str) -> MessageTemplate {
    MessageTemplate::new(id, zh_hans, en)
}

/// APP-001: the hearing and the defendant agency are identified, and coded values are known.
pub static FORM_COMPLETE: Rule = Rule {
    id: "APP-001",
    area: "appearance",
    title_zh_hans: "出庭应诉信息须写明开庭日期、法院、案号、审理程序和被诉行政机关",
    title_en: "The appearance form must give the hearing date, court, case number, procedure and defendant agency",
    default_severity: Severity::Error,
    messages: &[
        m("missing", "{field}：未填写，请补填（法院据此核对负责人出庭应诉义务的履行，该义务适用于一审、二审、再审等程序，《负责人出庭应诉规定》第一条）",
            "{field}: not filled in; fill it in (the court checks the duty to appear with it, a duty that applies in first instance, appeal and retrial; Provisions on Agency Heads, art. 1)"),
        m("date_format", "{field}：“{value}”不是日期的写法，请按 YYYY-MM-DD 填写（如 2026-03-01）",
            "{field}: \"{value}\" is not written as a date; write it YYYY-MM-DD (e.g. 2026-03-01)"),
        m("no_such_date", "{field}：日历上没有“{value}”这一天（月份为1-12，日不超过当月天数），请核对",
            "{field}: there is no such day as \"{value}\" (months run 1-12, days to the month's end); check it"),
        m("missing_2018", "{field}：未填写，请补填（被诉行政机关负责人应当出庭应诉，《行政诉讼法》第三条第三款）",
            "{field}: not filled in; fill it in (the defendant's head must appear, Administrative Litigation Law, art. 3(3))"),
        m("unknown_value", "{field}：“{value}”不是可识别的取值，应为：{allowed}",
            "{field}: \"{value}\" is not a known value; expected one of: {allowed}"),
    ],
    citations: &[Citation::article(PROV, 1).paragraph(1), Citation::article(ALPL, 3).paragraph(3)],
    deprecated: None,
};

/// APP-002: someone appears for the agency at all.
pub static SOMEONE_APPEARS: Rule = Rule {
    id: "APP-002",
    area: "appearance",
    title_zh_hans: "被诉行政机关须有负责人或相应的工作人员出庭",
    title_en: "The agency's head or its corresponding staff must appear",
    default_severity: Severity::Error,
    messages: &[m("nobody",
        "{field}：没有出庭人员；负责人不能出庭的，应当委托相应的工作人员出庭（《行政诉讼法》第三条第三款），均不出庭的，法院应当提出司法建议（《负责人出庭应诉规定》第十二条第一款第（三）项）",
        "{field}: nobody appears; a head who cannot appear must send corresponding staff (Administrative Litigation Law, art. 3(3)); if neither appears the court must send a judicial suggestion (Provisions on Agency Heads, art. 12(1) item 3)"),
        m("nobody_2018",
            "{field}：没有出庭人员；负责人不能出庭的，应当委托行政机关相应的工作人员出庭（《行政诉讼法》第三条第三款）",
            "{field}: nobody appears; a head who cannot appear must send the agency's corresponding staff (Administrative Litigation Law, art. 3(3))")],
    citations: &[Citation::article(ALPL, 3).paragraph(3), Citation::article(PROV, 12).paragraph(1).item(3)],
    deprecated: None,
};

/// APP-003: not only lawyers or other agents.
pub static NOT_LAWYERS_ONLY: Rule = Rule {
    id: "APP-003",
    area: "appearance",
    title_zh_hans: "负责人不出庭时不得仅委托律师出庭",
    title_en: "When the head does not appear, the agency may not send only lawyers",
    default_severity: Severity::Error,
    messages: &[m("lawyers_only",
        "{field}：出庭人员只有律师或其他代理人；负责人不能出庭的，应当委托行政机关相应的工作人员出庭，不得仅委托律师出庭（《行诉解释》第一百二十八条第二款、第一百三十二条）",
        "{field}: only lawyers or other agents appear; a head who cannot appear must send the agency's corresponding staff, not only a lawyer (SPC Interpretation, arts. 128(2) and 132)")],
    citations: &[Citation::article(INTERP, 128).paragraph(2), Citation::article(INTERP, 132)],
    deprecated: None,
};

/// APP-004: a person appearing as 负责人 is one under the legal definition.
pub static HEAD_QUALIFIES: Rule = Rule {
    id: "APP-004",
    area: "appearance",
    title_zh_hans: "以负责人身份出庭的人员须属于被诉行政机关的负责人",
    title_en: "A person appearing as the head must be a head of the defendant agency itself",
    default_severity: Severity::Error,
    messages: &[
        m("not_own_agency",
            "{field}：{name}是被诉行政机关委托的组织或下级行政机关的负责人，不能作为被诉行政机关负责人出庭（《负责人出庭应诉规定》第二条第二款）",
            "{field}: {name} heads an entrusted organisation or a subordinate agency and cannot appear as the defendant's head (Provisions on Agency Heads, art. 2(2))"),
        m("not_own_agency_2018",
            "{field}：{name}是被诉行政机关委托的组织或下级行政机关的负责人，不是被诉行政机关本身的正职、副职或参与分管的负责人（《行诉解释》第一百二十八条第一款）",
            "{field}: {name} heads an entrusted organisation or a subordinate agency, not the defendant itself (SPC Interpretation, art. 128(1))"),
        m("not_in_charge",
            "{field}：{name}以分管负责人身份出庭，须参与分管被诉行政行为的实施工作（《负责人出庭应诉规定》第二条第一款）；如其确实参与分管，请在本项如实勾选，否则请改由正职或副职负责人出庭",
            "{field}: {name} appears as a head in charge and must take part in overseeing the contested act (Provisions on Agency Heads, art. 2(1)); if they do, tick this item, otherwise send the principal or a deputy head"),
        m("not_in_charge_2018",
            "{field}：{name}以其他参与分管的负责人身份出庭，须参与分管被诉行政行为的实施工作（《行诉解释》第一百二十八条第一款）；如其确实参与分管，请在本项如实勾选，否则请改由正职或副职负责人出庭",
            "{field}: {name} appears as another head in charge and must take part in overseeing the contested act (SPC Interpretation, art. 128(1)); if they do, tick this item, otherwise send the principal or a deputy head"),
        m("post_missing",
            "{field}：未填写{name}的职务；负责人的范围以职务认定（《负责人出庭应诉规定》第二条、第六条）",
            "{field}: no post given for {name}; whether someone is a head depends on the post (Provisions on Agency Heads, arts. 2 and 6)"),
        m("post_missing_2018",
            "{field}：未填写{name}的职务；负责人的范围以职务认定（《行诉解释》第一百二十八条第一款）",
            "{field}: no post given for {name}; whether someone is a head depends on the post (SPC Interpretation, art. 128(1))"),
    ],
    citations: &[Citation::article(PROV, 2), Citation::article(INTERP, 128).paragraph(1)],
    deprecated: None,
};

/// APP-005: a person appearing as 相应的工作人员 is one under either definition.
pub static STAFF_QUALIFIES: Rule = Rule {
    id: "APP-005",
    area: "appearance",
    title_zh_hans: "以工作人员身份出庭的人员须属于行政机关相应的工作人员",
    title_en: "A person appearing as staff must be the agency's corresponding staff",
    default_severity: Severity::Error,
    messages: &[
        m("not_exercising_power",
            "{field}：{name}须是被诉行政机关中具体行使行政职权的工作人员（《负责人出庭应诉规定》第十条第一款）",
            "{field}: {name} must be staff of the defendant who actually exercise the administrative power (Provisions on Agency Heads, art. 10(1))"),
        m("exercises_power_missing",
            "{field}：未说明{name}是否具体行使被诉行政职权（《负责人出庭应诉规定》第十条第一款）",
            "{field}: not stated whether {name} actually exercises the administrative power in question (Provisions on Agency Heads, art. 10(1))"),
        m("staff_status",
            "{field}：{name}的身份“{value}”既非国家行政编制也非其他依法履行公职的人员（《行诉解释》第一百三十条第一款）",
            "{field}: {name}'s status \"{value}\" is neither an established civil-service post nor another person lawfully performing public duties (SPC Interpretation, art. 130(1))"),
        m("local_government_only",
            "{field}：{name}是法制工作机构或承办机关的工作人员，只有被诉行为由地方人民政府作出时才可视为相应的工作人员（《行诉解释》第一百三十条第二款）",
            "{field}: {name} works for a legal-affairs office or the handling agency, which counts as corresponding staff only when the act was made by a local people's government (SPC Interpretation, art. 130(2))"),
        m("not_staff",
            "{field}：{name}不是行政机关的工作人员，不能作为相应的工作人员出庭（《行政诉讼法》第三条第三款、《负责人出庭应诉规定》第十条）",
            "{field}: {name} is not staff of the agency and cannot appear as its corresponding staff (Administrative Litigation Law, art. 3(3); Provisions on Agency Heads, art. 10)"),
        m("not_staff_2018",
            "{field}：{name}不是被诉行政机关具有国家行政编制身份的工作人员或其他依法履行公职的人员，不能作为相应的工作人员出庭（《行政诉讼法》第三条第三款、《行诉解释》第一百三十条第一款）",
            "{field}: {name} is neither the defendant's established civil servant nor another person performing its public duties, so cannot appear as its corresponding staff (Administrative Litigation Law, art. 3(3); SPC Interpretation, art. 130(1))"),
    ],
    citations: &[Citation::article(PROV, 10), Citation::article(INTERP, 130)],
    deprecated: None,
};

/// APP-006: the head's identity proof (身份证明).
pub static HEAD_IDENTITY_PROOF: Rule = Rule {
    id: "APP-006",
    area: "appearance",
    title_zh_hans: "出庭负责人须于开庭前提交载明姓名、职务并加盖机关印章的身份证明",
    title_en: "A head who appears must file, before the hearing, an identity proof with name, post and the agency's seal",
    default_severity: Severity::Error,
    messages: &[
        m("missing", "{field}：{name}未提交出庭应诉负责人的身份证明（《负责人出庭应诉规定》第六条第一款）；不能补正的，视为负责人未出庭（第六条第二款）",
            "{field}: no identity proof filed for {name} (Provisions on Agency Heads, art. 6(1)); if not corrected, the head counts as absent (art. 6(2))"),
        m("missing_2018", "{field}：{name}未提交能够证明负责人职务的材料（《行诉解释》第一百三十一条第一款）",
            "{field}: no material proving {name}'s post as head was filed (SPC Interpretation, art. 131(1))"),
        m("no_seal", "{field}：身份证明未加盖行政机关印章（《负责人出庭应诉规定》第六条第一款）",
            "{field}: the identity proof bears no seal of the agency (Provisions on Agency Heads, art. 6(1))"),
        m("name_missing", "{field}：身份证明未载明负责人姓名（《负责人出庭应诉规定》第六条第一款）",
            "{field}: the identity proof does not give the head's name (Provisions on Agency Heads, art. 6(1))"),
        m("name_mismatch", "{field}：身份证明上的姓名“{documentName}”与出庭人员“{name}”不一致（《负责人出庭应诉规定》第六条）",
            "{field}: the name on the identity proof, \"{documentName}\", is not the appearing person's name \"{name}\" (Provisions on Agency Heads, art. 6)"),
        m("name_mismatch_2018", "{field}：证明职务的材料上的姓名“{documentName}”与出庭人员“{name}”不一致（《行诉解释》第一百三十一条第一款）",
            "{field}: the name on the material proving the post, \"{documentName}\", is not the appearing person's name \"{name}\" (SPC Interpretation, art. 131(1))"),
        m("post_missing", "{field}：身份证明未载明负责人职务（《负责人出庭应诉规定》第六条第一款、《行诉解释》第一百三十一条第一款）",
            "{field}: the identity proof does not give the head's post (Provisions on Agency Heads, art. 6(1); SPC Interpretation, art. 131(1))"),
        m("post_missing_2018", "{field}：提交的材料未载明负责人职务，不能证明其职务（《行诉解释》第一百三十一条第一款）",
            "{field}: the material filed does not give the head's post, so it does not prove it (SPC Interpretation, art. 131(1))"),
        m("late", "{field}：身份证明于{submittedOn}提交，晚于开庭日{hearingDate}；应当于开庭前提交（《负责人出庭应诉规定》第六条第一款）",
            "{field}: the identity proof was filed on {submittedOn}, after the hearing on {hearingDate}; it must be filed before the hearing (Provisions on Agency Heads, art. 6(1))"),
        m("date_missing", "{field}：未填写身份证明的提交日期，无法确认是否于开庭前提交（《负责人出庭应诉规定》第六条第一款）",
            "{field}: no filing date for the identity proof, so it cannot be confirmed that it was filed before the hearing (Provisions on Agency Heads, art. 6(1))"),
    ],
    citations: &[Citation::article(PROV, 6), Citation::article(INTERP, 131).paragraph(1)],
    deprecated: None,
};

/// APP-007: a staff member's power of attorney (授权委托书).
pub static STAFF_POWER_OF_ATTORNEY: Rule = Rule {
    id: "APP-007",
    area: "appearance",
    title_zh_hans: "出庭工作人员须提交加盖机关印章、载明姓名职务和代理权限的授权委托书",
    title_en: "Staff who appear must file a sealed power of attorney giving their name, post and authority",
    default_severity: Severity::Error,
    messages: &[
        m("missing", "{field}：{name}未提交授权委托书（《行诉解释》第一百三十一条第二款）",
            "{field}: no power of attorney filed for {name} (SPC Interpretation, art. 131(2))"),
        m("no_seal", "{field}：授权委托书未加盖行政机关印章（《行诉解释》第一百三十一条第二款）",
            "{field}: the power of attorney bears no seal of the agency (SPC Interpretation, art. 131(2))"),
        m("name_missing", "{field}：授权委托书未载明工作人员姓名（《行诉解释》第一百三十一条第二款）",
            "{field}: the power of attorney does not give the staff member's name (SPC Interpretation, art. 131(2))"),
        m("name_mismatch", "{field}：授权委托书上的姓名“{documentName}”与出庭人员“{name}”不一致（《行诉解释》第一百三十一条第二款）",
            "{field}: the name on the power of attorney, \"{documentName}\", is not the appearing person's name \"{name}\" (SPC Interpretation, art. 131(2))"),
        m("post_missing", "{field}：授权委托书未载明工作人员职务（《行诉解释》第一百三十一条第二款）",
            "{field}: the power of attorney does not give the staff member's post (SPC Interpretation, art. 131(2))"),
        m("authority_missing", "{field}：授权委托书未载明代理权限（《行诉解释》第一百三十一条第二款）",
            "{field}: the power of attorney does not state the scope of authority (SPC Interpretation, art. 131(2))"),
        m("late", "{field}：授权委托书于{submittedOn}提交，晚于开庭日{hearingDate}（《负责人出庭应诉规定》第十条第三款参照第六条）",
            "{field}: the power of attorney was filed on {submittedOn}, after the hearing on {hearingDate} (Provisions on Agency Heads, art. 10(3) with art. 6)"),
    ],
    citations: &[Citation::article(INTERP, 131).paragraph(2), Citation::article(PROV, 10).paragraph(3)],
    deprecated: None,
};

/// APP-008: a head who appears may add one or two agents, no more.
pub static EXTRA_AGENTS_LIMIT: Rule = Rule {
    id: "APP-008",
    area: "appearance",
    title_zh_hans: "诉讼代理人不超过二人：负责人出庭的另行委托一至二人，负责人不出庭的出庭代理人（含工作人员）不超过二人",
    title_en: "At most two litigation agents: a head who appears may add one or two; without the head, at most two appear (staff included)",
    default_severity: Severity::Error,
    messages: &[m("too_many",
        "{field}：负责人出庭的，可以另行委托一至二名诉讼代理人，本表另列{count}人（《行诉解释》第一百二十八条第二款）",
        "{field}: a head who appears may add one or two agents; this form lists {count} others (SPC Interpretation, art. 128(2))"),
        m("too_many_agents",
            "{field}：负责人未出庭，出庭的{count}人都是受委托的诉讼代理人（含相应的工作人员）；当事人可以委托一至二人作为诉讼代理人（《行政诉讼法》第三十一条第一款）",
            "{field}: no head appears, so all {count} persons appearing are entrusted litigation agents (corresponding staff included); a party may entrust one or two (Administrative Litigation Law, art. 31(1))")],
    citations: &[Citation::article(INTERP, 128).paragraph(2), Citation::article(ALPL, 31).paragraph(1)],
    deprecated: None,
};

/// APP-009: a head who does not appear explains why (情况说明).
pub static ABSENCE_EXPLAINED: Rule = Rule {
    id: "APP-009",
    area: "appearance",
    title_zh_hans: "负责人不出庭的，须提交情况说明",
    title_en: "When no head appears, the agency must file an explanation",
    default_severity: Severity::Error,
    messages: &[m("missing",
        "{field}：没有负责人出庭，也未提交不能出庭的情况说明（《负责人出庭应诉规定》第八条、第九条，《行诉解释》第一百二十九条第三款）",
        "{field}: no head appears and no explanation of the absence was filed (Provisions on Agency Heads, arts. 8 and 9; SPC Interpretation, art. 129(3))"),
        m("missing_2018",
            "{field}：没有负责人出庭，也未提交不能出庭的情况说明（《行诉解释》第一百二十九条第三款）",
            "{field}: no head appears and no explanation of the absence was filed (SPC Interpretation, art. 129(3))")],
    citations: &[Citation::article(PROV, 8), Citation::article(PROV, 9).paragraph(1), Citation::article(INTERP, 129).paragraph(3)],
    deprecated: None,
};

/// APP-010: the reason given for an absence is one the provisions accept.
pub static ABSENCE_REASON: Rule = Rule {
    id: "APP-010",
    area: "appearance",
    title_zh_hans: "不能出庭的理由须属于不可抗力、意外事件、需要履行他人不能代替的公务或其他正当事由",
    title_en: "The reason for absence must be force majeure, an accident, an irreplaceable official duty or another proper reason",
    default_severity: Severity::Error,
    messages: &[
        m("category_missing", "{field}：未选择不能出庭的理由类别（《负责人出庭应诉规定》第八条）",
            "{field}: no category of reason chosen (Provisions on Agency Heads, art. 8)"),
        m("unknown_category", "{field}：“{value}”不是第八条所列的理由，应为：{allowed}（《负责人出庭应诉规定》第八条）",
            "{field}: \"{value}\" is not a reason listed in art. 8; expected one of: {allowed} (Provisions on Agency Heads, art. 8)"),
        m("facts_missing", "{field}：未写明不能出庭的具体事实，法院须审查理由（《负责人出庭应诉规定》第九条第二款）",
            "{field}: the facts behind the absence are not stated; the court must review the reason (Provisions on Agency Heads, art. 9(2))"),
    ],
    citations: &[Citation::article(PROV, 8), Citation::article(PROV, 9).paragraph(2)],
    deprecated: None,
};

/// APP-011: the proof of the reason is sealed or signed by the 主要负责人.
pub static ABSENCE_PROOF: Rule = Rule {
    id: "APP-011",
    area: "appearance",
    title_zh_hans: "不能出庭的证明材料须加盖行政机关印章或由主要负责人签字认可",
    title_en: "Proof of the reason for absence must bear the agency's seal or the principal head's signature",
    default_severity: Severity::Error,
    messages: &[
        m("missing", "{field}：未提交不能出庭的证明材料（《负责人出庭应诉规定》第九条第一款）",
            "{field}: no proof of the reason for absence (Provisions on Agency Heads, art. 9(1))"),
        m("unsealed", "{field}：证明材料既未加盖行政机关印章，也未由该机关主要负责人签字认可（《负责人出庭应诉规定》第九条第一款、《行诉解释》第一百二十九条第三款）",
            "{field}: the proof bears neither the agency's seal nor the principal head's signature (Provisions on Agency Heads, art. 9(1); SPC Interpretation, art. 129(3))"),
        m("unsealed_2018", "{field}：情况说明既未加盖行政机关印章，也未由该机关主要负责人签字认可（《行诉解释》第一百二十九条第三款）",
            "{field}: the explanation bears neither the agency's seal nor the principal head's signature (SPC Interpretation, art. 129(3))"),
    ],
    citations: &[Citation::article(PROV, 9).paragraph(1), Citation::article(INTERP, 129).paragraph(3)],
    deprecated: None,
};

/// APP-012: the explanation reaches the court before the hearing.
pub static ABSENCE_TIMING: Rule = Rule {
    id: "APP-012",
    area: "appearance",
    title_zh_hans: "情况说明应当在开庭前提交，以便法院审查理由或决定延期",
    title_en: "The explanation should reach the court before the hearing, so it can review the reason or postpone",
    default_severity: Severity::Warning,
    messages: &[
        m("late", "{field}：情况说明于{submittedOn}提交，晚于开庭日{hearingDate}；法院须在开庭前审查理由并决定是否延期（《负责人出庭应诉规定》第九条第二款、第三款）",
            "{field}: the explanation was filed on {submittedOn}, after the hearing on {hearingDate}; the court reviews the reason and decides on postponement before the hearing (Provisions on Agency Heads, art. 9(2)-(3))"),
        m("date_missing", "{field}：未填写情况说明的提交日期（《负责人出庭应诉规定》第九条）",
            "{field}: no filing date for the explanation (Provisions on Agency Heads, art. 9)"),
    ],
    citations: &[Citation::article(PROV, 9).paragraph(2), Citation::article(PROV, 9).paragraph(3)],
    deprecated: None,
};

/// APP-013: the person appearing instead of the head is corresponding staff, not only a lawyer.
pub static ABSENCE_SUBSTITUTE: Rule = Rule {
    id: "APP-013",
    area: "appearance",
    title_zh_hans: "负责人不能出庭的，须由相应的工作人员代为出庭",
    title_en: "A head who cannot appear must be replaced by the agency's corresponding staff",
    default_severity: Severity::Error,
    messages: &[
        m("missing", "{field}：情况说明未写明代为出庭的工作人员（《行政诉讼法》第三条第三款）",
            "{field}: the explanation does not say which staff member appears instead (Administrative Litigation Law, art. 3(3))"),
        m("lawyer", "{field}：代为出庭的是律师或其他代理人，不得仅委托律师出庭（《行诉解释》第一百二十八条第二款）",
            "{field}: the substitute is a lawyer or another agent; the agency may not send only a lawyer (SPC Interpretation, art. 128(2))"),
    ],
    citations: &[Citation::article(ALPL, 3).paragraph(3), Citation::article(INTERP, 128).paragraph(2)],
    deprecated: None,
};

/// APP-014: where the court must (or did) call for the head, the head should come.
pub static HEAD_CALLED: Rule = Rule {
    id: "APP-014",
    area: "appearance",
    title_zh_hans: "法院应当通知或已书面建议负责人出庭的案件，负责人应当出庭",
    title_en: "Where the court must notify, or has asked in writing for, the head, the head should appear",
    default_severity: Severity::Warning,
    messages: &[m("head_required",
        "{field}：本案属于{grounds}，被诉行政机关负责人应当出庭（《负责人出庭应诉规定》第四条第一款、《行诉解释》第一百二十九条第一款）；不出庭的理由将受严格审查",
        "{field}: this case is one of {grounds}, where the defendant's head should appear (Provisions on Agency Heads, art. 4(1); SPC Interpretation, art. 129(1)); any reason for absence will be reviewed"),
        m("head_required_2018",
        "{field}：本案属于{grounds}，被诉行政机关负责人应当出庭（《行诉解释》第一百二十九条第一款）",
        "{field}: this case is one of {grounds}, where the defendant's head should appear (SPC Interpretation, art. 129(1))")],
    citations: &[Citation::article(PROV, 4).paragraph(1), Citation::article(INTERP, 129).paragraph(1), Citation::article(INTERP, 132)],
    deprecated: None,
};

/// APP-015: grounds on which the court may notify the head (informational).
pub static HEAD_MAY_BE_CALLED: Rule = Rule {
    id: "APP-015",
    area: "appearance",
    title_zh_hans: "法院可以通知负责人出庭的情形",
    title_en: "Cases in which the court may notify the head to appear",
    default_severity: Severity::Info,
    messages: &[m("may_notify",
        "{field}：本案涉及{grounds}，法院可以通知行政机关负责人出庭应诉（《负责人出庭应诉规定》第四条第二款）",
        "{field}: this case involves {grounds}; the court may notify the agency's head to appear (Provisions on Agency Heads, art. 4(2))")],
    citations: &[Citation::article(PROV, 4).paragraph(2)],
    deprecated: None,
};

/// APP-016: the court's 出庭通知书 is served at least three days before the hearing.
pub static NOTICE_THREE_DAYS: Rule = Rule {
    id: "APP-016",
    area: "appearance",
    title_zh_hans: "出庭通知书应当在开庭三日前送达",
    title_en: "The notice to appear must be served at least three days before the hearing",
    default_severity: Severity::Warning,
    messages: &[m("late",
        "{field}：出庭通知书于{servedOn}送达，距开庭日{hearingDate}不足三日（《负责人出庭应诉规定》第五条第二款）；可据此说明不能出庭或申请更换出庭负责人（第五条第三款）",
        "{field}: the notice was served on {servedOn}, less than three days before the hearing on {hearingDate} (Provisions on Agency Heads, art. 5(2)); this may support an explanation or a change of head (art. 5(3))")],
    citations: &[Citation::article(PROV, 5).paragraph(2), Citation::article(PROV, 5).paragraph(3)],
    deprecated: None,
};

/// APP-017: the consequence of an unexplained absence (informational).
pub static JUDICIAL_SUGGESTION: Rule = Rule {
    id: "APP-017",
    area: "appearance",
    title_zh_hans: "负责人无正当理由不出庭的后果：司法建议并记入裁判文书",
    title_en: "Consequence of an unexplained absence: a judicial suggestion, recorded in the judgment",
    default_severity: Severity::Info,
    messages: &[m("judicial_suggestion",
        "{field}：按目前填写的情况，法院应当向监察机关、上一级行政机关提出司法建议，并记录在案、在裁判文书中载明（《负责人出庭应诉规定》第十二条、《行诉解释》第一百三十二条）",
        "{field}: as filled in, the court must send a judicial suggestion to the supervisory organ and the agency's superior and record it in the judgment (Provisions on Agency Heads, art. 12; SPC Interpretation, art. 132)"),
        m("judicial_suggestion_2018",
        "{field}：按目前填写的情况，法院应当记录在案并在裁判文书中载明，并可以建议有关机关依法作出处理（《行诉解释》第一百三十二条）",
        "{field}: as filled in, the court must record this and state it in the judgment, and may suggest that the competent organs deal with it (SPC Interpretation, art. 132)")],
    citations: &[Citation::article(PROV, 12), Citation::article(INTERP, 132)],
    deprecated: None,
};

/// APP-018: the defendant's credit code is an administrative organ's (informational).
pub static AGENCY_CODE_CATEGORY: Rule = Rule {
    id: "APP-018",
    area: "appearance",
    title_zh_hans: "被诉行政机关的统一社会信用代码通常以“11”（机构编制·机关）开头",
    title_en: "A defendant agency's credit code usually starts with 11 (establishment office, organ)",
    default_severity: Severity::Info,
    messages: &[m("not_an_organ",
        "{field}：该代码登记为“{department}·{category}”而非机关；请确认被诉的是行政机关，或是法律、法规、规章授权的组织（《负责人出庭应诉规定》第一条第二款）",
        "{field}: the code is registered as \"{department} / {category}\", not as an organ; confirm the defendant is an agency or an organisation authorised by law (Provisions on Agency Heads, art. 1(2))")],
    citations: &[Citation::whole(GB_32100_2015), Citation::article(PROV, 1).paragraph(2)],
    deprecated: None,
};

/// APP-019: a head who already appeared at an earlier hearing of the same instance (informational).
pub static EARLIER_APPEARANCE: Rule = Rule {
    id: "APP-019",
    area: "appearance",
    title_zh_hans: "同一审级多次开庭的，负责人到庭参加一次庭审一般即履行出庭义务",
    title_en: "Where one instance has several hearings, one appearance by the head generally meets the duty",
    default_severity: Severity::Info,
    messages: &[m("duty_met_earlier",
        "{field}：负责人已在本审级此前的庭审中出庭，一般可以认定已履行出庭应诉义务，本次无需情况说明；法院通知再次出庭的除外（《负责人出庭应诉规定》第七条第一款）",
        "{field}: a head already appeared at an earlier hearing of this instance, which generally meets the duty, so no explanation is needed now, unless the court asks the head to appear again (Provisions on Agency Heads, art. 7(1))")],
    citations: &[Citation::article(PROV, 7).paragraph(1)],
    deprecated: None,
};

/// APP-020: the declared role of a head is contradicted by the post (两核: the post is checked).
pub static POST_NOT_HEAD: Rule = Rule {
    id: "APP-020",
    area: "appearance",
    title_zh_hans: "以负责人身份出庭的人员，其职务及身份证明所载职务须属于负责人职务",
    title_en: "The post of a person appearing as head, and the post on the identity proof, must be a head's post",
    default_severity: Severity::Error,
    messages: &[
        m("post_not_head",
            "{field}：{name}的职务“{post}”属于{postClass}，不是被诉行政机关的正职、副职或参与分管的负责人，不能以“{role}”身份出庭（{basis}）",
            "{field}: {name}'s post \"{post}\" is {postClassEn}, not a principal, deputy or in-charge head of the defendant, so {name} cannot appear as {roleEn} ({basisEn})"),
        m("proof_post_not_head",
            "{field}：身份证明所载职务“{post}”属于{postClass}，不能证明{name}是被诉行政机关的负责人（{basis}）",
            "{field}: the post on the identity proof, \"{post}\", is {postClassEn} and does not prove that {name} is a head of the defendant ({basisEn})"),
        m("in_charge_only",
            "{field}：{name}的职务“{post}”属于其他参与分管的负责人，不是正职或副职负责人；请选择“其他参与分管的负责人”并确认其参与分管被诉行政行为（{basis}）",
            "{field}: {name}'s post \"{post}\" makes {name} another head in charge, not a principal or deputy head; choose “other head in charge” and tick that they take part in overseeing the act ({basisEn})"),
    ],
    citations: &[Citation::article(PROV, 2).paragraph(1), Citation::article(PROV, 6), Citation::article(INTERP, 128).paragraph(1), Citation::article(INTERP, 131).paragraph(1)],
    deprecated: None,
};

/// APP-021: the post cannot be read, or reads as another kind of head than declared.
pub static POST_CANNOT_TELL: Rule = Rule {
    id: "APP-021",
    area: "appearance",
    title_zh_hans: "无法从职务判断出庭人员是否属于负责人，或职务与所选身份不一致，请人工核对",
    title_en: "The post does not show whether the person is a head, or shows another kind of head than declared: check by hand",
    default_severity: Severity::Warning,
    messages: &[
        m("post_cannot_tell",
            "{field}：无法从职务“{post}”判断{name}是否属于被诉行政机关的负责人，请核对其任职文件（{basis}）",
            "{field}: the post \"{post}\" does not show whether {name} is a head of the defendant; check the appointment ({basisEn})"),
        m("proof_post_cannot_tell",
            "{field}：无法从身份证明所载职务“{post}”判断{name}是否属于被诉行政机关的负责人，请核对（{basis}）",
            "{field}: the post on the identity proof, \"{post}\", does not show whether {name} is a head of the defendant; check it ({basisEn})"),
        m("role_differs",
            "{field}：{name}的职务“{post}”显示为{postClass}，与所选身份“{role}”不一致，请更正（{basis}）",
            "{field}: {name}'s post \"{post}\" shows {postClassEn}, not {roleEn} as declared; correct the role ({basisEn})"),
    ],
    citations: &[Citation::article(PROV, 2), Citation::article(PROV, 6).paragraph(2), Citation::article(INTERP, 128).paragraph(1), Citation::article(INTERP, 131).paragraph(1)],
    deprecated: None,
};

/// APP-022: the stated facts of an absence are plainly not a reason of 规定 第八条.
pub static ABSENCE_FACTS_NOT_A_REASON: Rule = Rule {
    id: "APP-022",
    area: "appearance",
    title_zh_hans: "情况说明所述事实明显不属于第八条规定的不能出庭情形",
    title_en: "The facts stated for an absence are plainly not a reason listed in art. 8",
    default_severity: Severity::Warning,
    messages: &[m("not_a_reason",
        "{field}：所述“{phrase}”属于日常工作安排，明显不属于不可抗力、意外事件、需要履行他人不能代替的公务或其他正当事由（《负责人出庭应诉规定》第八条）；法院将审查理由，理由不成立的视为未说明理由（第九条第二款、第十二条第一款第（一）项）",
        "{field}: \"{phrase}\" is ordinary work, plainly not force majeure, an accident, an irreplaceable official duty or another proper reason (Provisions on Agency Heads, art. 8); the court reviews the reason and an unfounded one counts as none (art. 9(2), art. 12(1) item 1)")],
    citations: &[Citation::article(PROV, 8), Citation::article(PROV, 9).paragraph(2)],
    deprecated: None,
};

/// APP-023: an agent's identity number, which no article requires (a warning; a portal's config
/// may make it an error: `{"rules": {"APP-023": "error"}}`).
pub static AGENT_ID_NUMBER: Rule = Rule {
    id: "APP-023",
    area: "appearance",
    title_zh_hans: "诉讼代理人的公民身份号码未填写（法律未要求；门户可在配置中设为必填）",
    title_en: "A litigation agent's identity number is missing (no article requires it; a portal may make it required in its config)",
    default_severity: Severity::Warning,
    messages: &[m("agent_id_missing",
        "{field}：未填写{name}的公民身份号码；法律未要求诉讼代理人提供身份号码（《行政诉讼法》第三十一条第一款），填写后可核对身份",
        "{field}: no identity number for {name}; no article requires one of a litigation agent (Administrative Litigation Law, art. 31(1)), but it helps to check identity")],
    citations: &[Citation::article(ALPL, 31).paragraph(1)],
    deprecated: None,
};

/// APP-024: the agency's credit code, which no article requires (a warning; a portal's config may
/// make it an error: `{"rules": {"APP-024": "error"}}`).
pub static AGENCY_CREDIT_CODE: Rule = Rule {
    id: "APP-024",
    area: "appearance",
    title_zh_hans: "被诉行政机关的统一社会信用代码未填写（法律未要求；门户可在配置中设为必填）",
    title_en: "The defendant agency's credit code is missing (no article requires it; a portal may make it required in its config)",
    default_severity: Severity::Warning,
    messages: &[m("credit_code_missing",
        "{field}：未填写被诉行政机关的统一社会信用代码；法律未要求，填写后可核对机关类别（GB 32100-2015）",
        "{field}: no unified social credit code for the defendant agency; no article requires it, but it lets the agency's category be checked (GB 32100-2015)")],
    citations: &[Citation::whole(GB_32100_2015)],
    deprecated: None,
};

// --- Checks that local rule packs switch on (APP-101…). ---

/// APP-101: a local pack names situations in which the head should appear.
pub static LOCAL_HEAD_SITUATION: Rule = Rule {
    id: "APP-101",
    area: "appearance",
    title_zh_hans: "地方规则：特定情形下负责人应当出庭",
    title_en: "Local rule: situations in which the head should appear",
    default_severity: Severity::Warning,
    messages: &[m("head_should_appear",
        "{field}：按{pack}的规定，{situation}时负责人应当出庭，但没有负责人出庭（依据：{source}）",
        "{field}: under the {packEn} rules the head should appear when {situationEn}, but no head appears (source: {source})")],
    citations: &[Citation::article(ALPL, 3).paragraph(3), Citation::article(PROV, 4).paragraph(2).item(3)],
    deprecated: None,
};

/// APP-102: a local pack records appearances by the 正职 separately.
pub static LOCAL_PRINCIPAL_RECORDED: Rule = Rule {
    id: "APP-102",
    area: "appearance",
    title_zh_hans: "地方规则：正职负责人出庭单独记录",
    title_en: "Local rule: appearance by the principal head is recorded separately",
    default_severity: Severity::Info,
    messages: &[m("principal_appeared",
        "{field}：正职负责人{name}出庭，按{pack}的规定单独记录（依据：{source}）",
        "{field}: the principal head {name} appears; under the {packEn} rules this is recorded separately (source: {source})")],
    citations: &[Citation::article(PROV, 2).paragraph(1), Citation::article(PROV, 14)],
    deprecated: None,
};

/// APP-103: a local pack's reminders before the hearing.
pub static LOCAL_REMINDERS: Rule = Rule {
    id: "APP-103",
    area: "appearance",
    title_zh_hans: "地方规则：开庭前提醒",
    title_en: "Local rule: reminders before the hearing",
    default_severity: Severity::Info,
    messages: &[m("reminders",
        "{field}：按{pack}的规定，应于{dates}（开庭前{offsets}日）提醒负责人出庭（依据：{source}）",
        "{field}: under the {packEn} rules, remind the head to appear on {dates} ({offsets} days before the hearing) (source: {source})"),
        m("reminders_moved",
        "{field}：按{pack}的规定，应于{dates}提醒负责人出庭（开庭前{offsets}日；{original}为休息日，提前至前一个工作日）（依据：{source}）",
        "{field}: under the {packEn} rules, remind the head to appear on {dates} ({offsets} days before the hearing; {original} is a rest day, moved to the working day before) (source: {source})"),
        m("reminders_moved_next",
        "{field}：按{pack}的规定，应于{dates}提醒负责人出庭（开庭前{offsets}日；{original}为休息日，顺延至其后第一个工作日）（依据：{source}）",
        "{field}: under the {packEn} rules, remind the head to appear on {dates} ({offsets} days before the hearing; {original} is a rest day, moved to the next working day) (source: {source})")],
    citations: &[Citation::article(PROV, 5).paragraph(1)],
    deprecated: None,
};

/// APP-104: a local pack's identity check (两核之一: 身份核对).
pub static LOCAL_IDENTITY_CHECK: Rule = Rule {
    id: "APP-104",
    area: "appearance",
    title_zh_hans: "地方规则：出庭人员身份核对",
    title_en: "Local rule: identity check of each appearing person",
    default_severity: Severity::Info,
    messages: &[
        m("confirmed", "{field}：身份核对通过，{name}属于{category}（依据：{source}）",
            "{field}: identity check passed: {name} is {categoryEn} (source: {source})"),
        m("not_confirmed", "{field}：身份核对未通过，{name}不能认定为负责人或相应的工作人员，见其他提示（依据：{source}）",
            "{field}: identity check failed: {name} cannot be taken as a head or corresponding staff; see the other findings (source: {source})"),
    ],
    citations: &[Citation::article(PROV, 2), Citation::article(PROV, 6).paragraph(2), Citation::article(PROV, 10)],
    deprecated: None,
};

/// APP-105: a local pack's attendance check (两核之二: 到庭核对), recorded after the hearing.
pub static LOCAL_ATTENDANCE_CHECK: Rule = Rule {
    id: "APP-105",
    area: "appearance",
    title_zh_hans: "地方规则：开庭后核对出庭人员是否实际到庭",
    title_en: "Local rule: after the hearing, check that each person actually attended",
    default_severity: Severity::Warning,
    messages: &[
        m("not_recorded", "{field}：开庭日{hearingDate}已过，尚未记录{name}是否实际到庭（依据：{source}）",
            "{field}: the hearing on {hearingDate} has passed and whether {name} attended is not recorded (source: {source})"),
        m("did_not_attend", "{field}：{name}登记出庭但实际未到庭，按未出庭处理（依据：{source}）",
            "{field}: {name} was registered but did not attend, and counts as absent (source: {source})"),
    ],
    citations: &[Citation::article(PROV, 12).paragraph(1), Citation::article(PROV, 14)],
    deprecated: None,
};

/// Every appearance rule.
pub static RULES: &[&Rule] = &[
    &FORM_COMPLETE, &SOMEONE_APPEARS, &NOT_LAWYERS_ONLY, &HEAD_QUALIFIES, &STAFF_QUALIFIES, &HEAD_IDENTITY_PROOF,
    &STAFF_POWER_OF_ATTORNEY, &EXTRA_AGENTS_LIMIT, &ABSENCE_EXPLAINED, &ABSENCE_REASON, &ABSENCE_PROOF,
    &ABSENCE_TIMING, &ABSENCE_SUBSTITUTE, &HEAD_CALLED, &HEAD_MAY_BE_CALLED, &NOTICE_THREE_DAYS,
    &JUDICIAL_SUGGESTION, &AGENCY_CODE_CATEGORY, &EARLIER_APPEARANCE, &POST_NOT_HEAD, &POST_CANNOT_TELL,
    &ABSENCE_FACTS_NOT_A_REASON, &AGENT_ID_NUMBER, &AGENCY_CREDIT_CODE, &LOCAL_HEAD_SITUATION, &LOCAL_PRINCIPAL_RECORDED, &LOCAL_REMINDERS,
    &LOCAL_IDENTITY_CHECK, &LOCAL_ATTENDANCE_CHECK,
];
