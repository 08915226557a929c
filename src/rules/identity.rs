//! Identity-number rules (area `identity`, ids `ID-…`).

use super::{MessageTemplate, Rule};
use crate::law::{Citation, GB_11643_1999, RESIDENT_ID_LAW_2011};
use crate::report::Severity;

/// ID-001: a resident identity number must be a valid GB 11643 number.
pub static RESIDENT_ID_VALID: Rule = Rule {
    id: "ID-001",
    area: "identity",
    title_zh_hans: "公民身份号码须符合 GB 11643 的结构与校验码",
    title_en: "A resident identity number must follow GB 11643 (structure and check character)",
    default_severity: Severity::Error,
    messages: &[
        MessageTemplate { id: "empty", zh_hans: "{field}：未填写公民身份号码", en: "{field}: no identity number entered" },
        MessageTemplate {
            id: "legacy_15_digit",
            zh_hans: "{field}：{value} 是15位旧身份证号码，请填写18位公民身份号码",
            en: "{field}: {value} is a 15-digit legacy number; enter the 18-digit identity number",
        },
        MessageTemplate {
            id: "length",
            zh_hans: "{field}：公民身份号码应为18位，实际为{length}位",
            en: "{field}: an identity number has 18 characters, this one has {length}",
        },
        MessageTemplate {
            id: "character",
            zh_hans: "{field}：公民身份号码前17位应为数字，末位为数字或X",
            en: "{field}: the first 17 characters must be digits and the last a digit or X",
        },
        MessageTemplate {
            id: "region",
            zh_hans: "{field}：前两位“{prefix}”不是有效的省级行政区划代码",
            en: "{field}: the first two digits \"{prefix}\" are not a province code",
        },
        MessageTemplate {
            id: "birth_date_invalid",
            zh_hans: "{field}：出生日期码“{birth}”不是有效日期",
            en: "{field}: the birth-date digits \"{birth}\" are not a real date",
        },
        MessageTemplate {
            id: "birth_date_in_future",
            zh_hans: "{field}：出生日期{birth}晚于今天（{today}）",
            en: "{field}: the birth date {birth} is after today ({today})",
        },
        MessageTemplate {
            id: "check_character",
            zh_hans: "{field}：校验码应为“{expected}”，实际为“{actual}”，请核对号码",
            en: "{field}: the check character should be \"{expected}\", not \"{actual}\"; re-check the number",
        },
    ],
    citations: &[Citation::whole(GB_11643_1999), Citation::article(RESIDENT_ID_LAW_2011, 3).paragraph(2)],
    deprecated: None,
};

/// Every identity rule.
pub static RULES: &[&Rule] = &[&RESIDENT_ID_VALID];
