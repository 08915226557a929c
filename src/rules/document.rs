//! Rules on the text of a document (area `document`, ids `DOC-…`): a 起诉状, 答辩状, 上诉状 or
//! 行政复议申请书 pasted by the user or extracted by the portal. The checks are in
//! [`crate::document`]; this module holds their metadata.

use super::{MessageTemplate as M, Rule};
use crate::law::{
    Citation as C, ADMIN_LITIGATION_LAW_2017 as ALPL, ADMIN_RECONSIDERATION_REGULATIONS_2007 as ARL_REGS,
    CASE_NUMBER_PROVISIONS_2015 as CASE_NUMBERS, CIVIL_PROCEDURE_LAW_2023 as CPL,
};
use crate::report::Severity;

const fn m(id: &'static str, zh_hans: &'static str, en: &'static str) -> M {
    M::new(id, zh_hans, en)
}

/// DOC-001: the sections the law requires the document to state.
pub static SECTIONS_PRESENT: Rule = Rule {
    id: "DOC-001",
    area: "document",
    title_zh_hans: "文书须包含法定内容的各部分（当事人、请求、事实与理由）",
    title_en: "A document must contain the parts the law requires (parties, requests, facts and reasons)",
    default_severity: Severity::Error,
    messages: &[
        m("text_empty", "{field}：文书正文为空", "{field}: the document text is empty"),
        m("section_missing", "{field}：{document}缺少以下部分：{section}", "{field}: the {document} lacks these parts: {section}"),
    ],
    citations: &[
        C::article(ALPL, 49),
        C::article(CPL, 124),
        C::article(CPL, 128),
        C::article(CPL, 172),
        C::article(ARL_REGS, 19),
    ],
    deprecated: None,
};

/// DOC-002: a case number (案号) follows the 2015 provisions (as amended in 2018) and agrees with the form.
///
/// The message ids are the parser's reason codes ([`crate::ids::case_number::Problem::code`]).
pub static CASE_NUMBER_VALID: Rule = Rule {
    id: "DOC-002",
    area: "document",
    title_zh_hans: "案号须符合《案号规定》的格式，并与表单一致",
    title_en: "A case number must follow the SPC case-number provisions and agree with the form",
    default_severity: Severity::Error,
    messages: &[
        m("empty", "{field}：未填写案号", "{field}: no case number entered"),
        m("year_missing", "{field}：“{value}”开头应为括号内的四位收案年度，如（2024）", "{field}: \"{value}\" must start with the four-digit year in brackets, e.g. （2024）"),
        m("wrong_brackets", "{field}：“{value}”的年度应使用圆括号（），〔〕用于文号", "{field}: \"{value}\" must put the year in round brackets （）; 〔〕 is for document numbers"),
        m("year_out_of_range", "{field}：收案年度{year}不在1949年至今年（{thisYear}）之间", "{field}: the year {year} is not between 1949 and this year ({thisYear})"),
        m("court_code", "{field}：“{value}”中的法院代字“{court}”不是省级简称、最高法、军或兵", "{field}: \"{value}\": the court code \"{court}\" is not a province abbreviation, 最高法, 军 or 兵"),
        m("court_digits", "{field}：法院代字的数字代码应为两位（中级法院）或四位（基层法院），实际为“{digits}”", "{field}: the court's number must have two digits (intermediate) or four (basic), not \"{digits}\""),
        m("type_code", "{field}：“{value}”中的类型代字“{typeCode}”不在《人民法院案件类型及其代字标准》中", "{field}: \"{value}\": the type code \"{typeCode}\" is not in the case-type standard"),
        m("serial_missing", "{field}：“{value}”缺少案件编号（阿拉伯数字）", "{field}: \"{value}\" has no case serial number"),
        m("serial_invalid", "{field}：案件编号“{serial}”不是从1起的自然数", "{field}: the serial \"{serial}\" is not a natural number"),
        m("suffix_missing", "{field}：“{value}”应以“号”结尾", "{field}: \"{value}\" must end with 号"),
        m("trailing_text", "{field}：“{value}”在“号”之后还有多余文字（分案号只能写作“-1号”或“号之一”）", "{field}: \"{value}\" has text after 号 (a sub-number is written -1号 or 号之一)"),
        m("legacy_after_2016", "{field}：“{value}”是2016年以前的旧案号格式（含“{marker}”），而收案年度为{year}；2016年1月1日起案号不再含“字”", "{field}: \"{value}\" is in the pre-2016 format (with {marker}) but the year is {year}; since 2016-01-01 case numbers have no 字"),
        m("legacy_type_word", "{field}：“{value}”形似2016年以前的旧案号（…{marker}…号），但“{typeWords}”不是人民法院的案件类型用字；鉴定、公证、行政处罚等文书的编号不是案号", "{field}: \"{value}\" looks like a pre-2016 case number (…{marker}…号), but \"{typeWords}\" is not a court's case-type word; the numbers of appraisals, notarial certificates or administrative decisions are not case numbers"),
        m("court_code_space", "{field}：法院代字“{court}”之后的数字“{digits}”被空格隔开，无法确定法院代字；请删除空格或多余的数字", "{field}: the digits \"{digits}\" after the court code \"{court}\" are separated by a space, so the court cannot be told; remove the space or the extra digits"),
        m("sub_number_invalid", "{field}：“{value}”中“-”之后的分案序号应为从1起的自然数，实际为“{sub}”", "{field}: in \"{value}\" the sub-number after \"-\" must be a natural number, not \"{sub}\""),
        m("mismatch", "{field}：文书中的案号“{inText}”与表单中的“{inForm}”不一致", "{field}: the case number \"{inText}\" in the text differs from \"{inForm}\" in the form"),
        m("not_in_text", "{field}：文书中未找到表单所填案号“{inForm}”", "{field}: the case number \"{inForm}\" from the form is not in the text"),
    ],
    citations: &[C::article(CASE_NUMBERS, 2), C::article(CASE_NUMBERS, 3), C::article(CASE_NUMBERS, 4)],
    deprecated: None,
};

/// DOC-003: the date written at the end of the document (落款日期) is a real day and agrees with the form.
pub static DATE_AGREES: Rule = Rule {
    id: "DOC-003",
    area: "document",
    title_zh_hans: "文书落款日期须为有效日期，并与表单所填日期一致",
    title_en: "The date at the end of a document must be a real day and agree with the form",
    default_severity: Severity::Error,
    messages: &[
        m("invalid", "{field}：文书中的日期“{inText}”不是有效日期", "{field}: the date \"{inText}\" in the text is not a real day"),
        m("in_future", "{field}：文书落款日期{date}晚于今天（{today}）", "{field}: the document's date {date} is after today ({today})"),
        m("mismatch", "{field}：文书落款日期“{inText}”（{date}）与表单所填{inForm}不一致", "{field}: the document's date \"{inText}\" ({date}) differs from {inForm} in the form"),
    ],
    citations: &[C::article(ALPL, 50).paragraph(1), C::article(ALPL, 85), C::article(ARL_REGS, 19).item(5)],
    deprecated: None,
};

/// DOC-004: the parties named in the form appear in the text.
pub static NAMES_AGREE: Rule = Rule {
    id: "DOC-004",
    area: "document",
    title_zh_hans: "文书中的当事人名称须与表单一致",
    title_en: "The parties in the text must be the ones in the form",
    default_severity: Severity::Error,
    messages: &[m(
        "not_in_text",
        "{field}：表单中的{role}“{name}”未出现在文书中（文书写的是：{inText}）",
        "{field}: the {roleEn} \"{name}\" from the form does not appear in the text (the text names: {inText})",
    )],
    citations: &[C::article(ALPL, 49).item(1), C::article(ALPL, 49).item(2), C::article(CPL, 124)],
    deprecated: None,
};

/// DOC-005: amounts in Chinese capitals (大写) agree with the figures beside them and with the form.
pub static AMOUNTS_AGREE: Rule = Rule {
    id: "DOC-005",
    area: "document",
    title_zh_hans: "大写金额须可识别，并与小写金额及表单金额一致",
    title_en: "Amounts in Chinese capitals must be well formed and agree with the figures and the form",
    default_severity: Severity::Error,
    messages: &[
        m("capital_invalid", "{field}：大写金额“{capital}”写法有误", "{field}: the amount in capitals \"{capital}\" is malformed"),
        m("figure_mismatch", "{field}：大写金额“{capital}”（{capitalValue}元）与小写金额{figure}元不一致", "{field}: the amount in capitals \"{capital}\" ({capitalValue} yuan) differs from the figure {figure} yuan"),
        m("form_amount_invalid", "{field}：“{value}”不是以元为单位的金额（如 12345.67）", "{field}: \"{value}\" is not an amount in yuan (e.g. 12345.67)"),
        m("form_mismatch", "{field}：文书中的金额（{inText}）与表单所填{inForm}元不一致", "{field}: the amounts in the text ({inText}) differ from {inForm} yuan in the form"),
    ],
    citations: &[C::article(ALPL, 49).item(3)],
    deprecated: None,
};

/// DOC-006: the closing (signature or seal, and date). Required in so many words for a
/// reconsideration application (实施条例 第十九条); for court documents it is the form courts use.
pub static CLOSING_PRESENT: Rule = Rule {
    id: "DOC-006",
    area: "document",
    title_zh_hans: "文书末尾应有签名或盖章及日期",
    title_en: "A document should end with a signature or seal and a date",
    default_severity: Severity::Warning,
    messages: &[
        m("signature_missing", "{field}：{document}末尾未见签名或盖章（如“{label}”）", "{field}: the {document} has no signature or seal at the end (e.g. \"{label}\")"),
        m("date_missing", "{field}：{document}末尾未见日期", "{field}: the {document} has no date at the end"),
    ],
    citations: &[C::article(ARL_REGS, 19).item(4), C::article(ARL_REGS, 19).item(5)],
    deprecated: None,
};

/// Every document rule.
pub static RULES: &[&Rule] =
    &[&SECTIONS_PRESENT, &CASE_NUMBER_VALID, &DATE_AGREES, &NAMES_AGREE, &AMOUNTS_AGREE, &CLOSING_PRESENT];
