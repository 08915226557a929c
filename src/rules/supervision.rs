//! The bureau's desk (area `supervision`, ids `SUP-…`): what reading a list of case records
//! finds ([`crate::supervision::record`], [`crate::supervision::csv`]). Each message names the
//! field by its label (`{field}`: the record's number and the field, in the reader's language,
//! from [`crate::supervision::labels`]) and says what happens to the record.
//!
//! The record format is this project's (docs/supervision.md); the citations are the provisions
//! that make the recorded facts matter: the agency that acted is the defendant (行政诉讼法 第二十六条
//! 第一款), periods and dates follow the Civil Procedure Law (行政诉讼法 第一百零一条, 民事诉讼法
//! 第八十五条), appearance is by the head or staff (行政诉讼法 第三条第三款), and a credit code is
//! GB 32100-2015's.

use super::{MessageTemplate, Rule};
use crate::law::{Citation, ADMIN_LITIGATION_LAW_2017, CIVIL_PROCEDURE_LAW_2023, GB_32100_2015};
use crate::report::Severity;

const fn m(id: &'static str, zh_hans: &'static str, en: &'static str) -> MessageTemplate {
    MessageTemplate::new(id, zh_hans, en)
}

/// SUP-001: a record must be readable and name its case, agency and procedure.
pub static RECORD_IDENTIFIED: Rule = Rule {
    id: "SUP-001",
    area: "supervision",
    title_zh_hans: "案件记录须能读取，并载明案号、被诉行政机关和程序",
    title_en: "A case record must be readable and name its case number, agency and procedure",
    default_severity: Severity::Error,
    messages: &[
        m("invalid_json", "{field}：该行不能读取为一条案件记录，已退回；请检查该行的格式", "{field}: this line cannot be read as a case record and was rejected; check its format"),
        m("not_object", "{field}：应为一条案件记录（载明案号、被诉行政机关、程序等），已退回", "{field}: expected a case record (with its case number, agency, procedure …); it was rejected"),
        m("required", "{field}：未填写，该项必须填写", "{field}: missing; it is required"),
    ],
    citations: &[Citation::article(ADMIN_LITIGATION_LAW_2017, 26).paragraph(1)],
    deprecated: None,
};

/// SUP-002: a field has the type and one of the values the format documents.
pub static FIELD_VALUE: Rule = Rule {
    id: "SUP-002",
    area: "supervision",
    title_zh_hans: "记录各项须为规定的类型和取值",
    title_en: "Each field of a record has the documented type and values",
    default_severity: Severity::Warning,
    messages: &[
        m("wrong_type", "{field}：应为{expectedWords}，该项未采用", "{field}: expected {expectedWords}; the field was not used"),
        m("unknown_value", "{field}：“{value}”不是可用的取值（可用：{allowedWords}），该项未采用", "{field}: “{value}” is not one of the values allowed ({allowedWords}); the field was not used"),
    ],
    // The fields record who appeared in what role (第三条第三款) and when the agency answered
    // (第六十七条第一款): the duties the desk's statuses measure.
    citations: &[Citation::article(ADMIN_LITIGATION_LAW_2017, 3).paragraph(3), Citation::article(ADMIN_LITIGATION_LAW_2017, 67).paragraph(1)],
    deprecated: None,
};

/// SUP-003: dates are civil dates, in the order the events happen.
pub static DATES: Rule = Rule {
    id: "SUP-003",
    area: "supervision",
    title_zh_hans: "记录中的日期须为公历日期，且先后有序",
    title_en: "Dates in a record are civil dates, in order",
    default_severity: Severity::Warning,
    messages: &[
        m("invalid_date", "{field}：“{value}”不是有效日期（应为 YYYY-MM-DD），该项未采用", "{field}: “{value}” is not a valid date (YYYY-MM-DD); the field was not used"),
        m("date_order", "{field}：早于{afterLabel}，请核对这两个日期", "{field}: earlier than {afterLabel}; check the two dates"),
        m("status_unavailable", "{field}：已读取，但无法计算其督办期限；该记录仍计入比率统计", "{field}: read, but its supervision dates cannot be computed; it still counts in the rates"),
    ],
    citations: &[Citation::article(ADMIN_LITIGATION_LAW_2017, 101), Citation::article(CIVIL_PROCEDURE_LAW_2023, 85)],
    deprecated: None,
};

/// SUP-004: the agency's credit code parses.
pub static AGENCY_CREDIT_CODE: Rule = Rule {
    id: "SUP-004",
    area: "supervision",
    title_zh_hans: "被诉行政机关的统一社会信用代码须能解析",
    title_en: "The agency's unified social credit code parses",
    default_severity: Severity::Warning,
    messages: &[m("invalid_credit_code", "{field}：不是有效的统一社会信用代码，按机关名称归并统计", "{field}: not a valid unified social credit code; the agency is grouped by its name")],
    citations: &[Citation::whole(GB_32100_2015)],
    deprecated: None,
};

/// SUP-005: a CSV list's columns and events are the documented ones.
pub static CSV_LIST: Rule = Rule {
    id: "SUP-005",
    area: "supervision",
    title_zh_hans: "表格形式的清单须使用规定的列和事件",
    title_en: "A CSV list uses the documented columns and events",
    default_severity: Severity::Warning,
    messages: &[
        m("unknown_column", "{field}：列“{column}”不是可用的列，已忽略", "{field}: column “{column}” is not one of the documented columns; it was ignored"),
        m("unknown_event", "{field}：事件“{value}”不是可用的事件，该行已忽略", "{field}: event “{value}” is not one of the documented events; the row was ignored"),
    ],
    citations: &[Citation::article(ADMIN_LITIGATION_LAW_2017, 101), Citation::article(CIVIL_PROCEDURE_LAW_2023, 85)],
    deprecated: None,
};

/// Every rule of the area.
pub static RULES: &[&Rule] = &[&RECORD_IDENTIFIED, &FIELD_VALUE, &DATES, &AGENCY_CREDIT_CODE, &CSV_LIST];

/// The rule that reports `message_id`.
pub fn rule_of(message_id: &str) -> &'static Rule {
    RULES.iter().copied().find(|r| r.message(message_id).is_some()).unwrap_or(&RECORD_IDENTIFIED)
}
