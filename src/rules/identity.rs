//! Identity-number rules (area `identity`, ids `ID-…`).

use super::{MessageTemplate, Rule};
use crate::law::{Citation, GB_11643_1999, GB_11714_1997, GB_32100_2015, RESIDENT_ID_LAW_2011};
use crate::report::Severity;

// What folding changed in a typed identifier (`crate::ids::fold_identifier_report`): a result
// that reports `changed` says what, so that nothing typed is changed silently. `folded` is the
// sentence; `{changes}` is the list of the fold_* fragments, in the reader's language.
const FOLDED: MessageTemplate = MessageTemplate::new(
    "folded",
    "{field}：已按“{value}”核对：{changes}",
    "{field}: checked as \"{value}\": {changes}",
);
const FOLD_SEPARATOR: MessageTemplate =
    MessageTemplate::new("fold_separator", "去除了{count}个分隔符“{chars}”", "removed {count} separators \"{chars}\"");
const FOLD_SPACE: MessageTemplate = MessageTemplate::new("fold_space", "去除了{count}个空格", "removed {count} spaces");
const FOLD_INVISIBLE: MessageTemplate =
    MessageTemplate::new("fold_invisible", "去除了{count}个不可见字符", "removed {count} invisible characters");
const FOLD_FULL_WIDTH: MessageTemplate =
    MessageTemplate::new("fold_full_width", "将全角字符“{chars}”改为半角", "made the full-width \"{chars}\" ASCII");
const FOLD_LOWERCASE: MessageTemplate =
    MessageTemplate::new("fold_lowercase", "将小写字母“{chars}”改为大写", "upper-cased \"{chars}\"");
const FOLD_X_LOOKALIKE: MessageTemplate = MessageTemplate::new(
    "fold_x_lookalike",
    "将形似X的“{chars}”改为字母X",
    "replaced \"{chars}\", which looks like X, with the letter X",
);

/// ID-001: a resident identity number must be a valid GB 11643 number.
pub static RESIDENT_ID_VALID: Rule = Rule {
    id: "ID-001",
    area: "identity",
    title_zh_hans: "公民身份号码须符合 GB 11643 的结构与校验码",
    title_en: "A resident identity number must follow GB 11643 (structure and check character)",
    default_severity: Severity::Error,
    messages: &[
        MessageTemplate::new("empty", "{field}：未填写公民身份号码", "{field}: no identity number entered"),
        MessageTemplate::new(
            "legacy_15_digit",
            "{field}：{value} 是15位旧身份证号码，请填写18位公民身份号码",
            "{field}: {value} is a 15-digit legacy number; enter the 18-digit identity number",
        ),
        MessageTemplate::new(
            "length",
            "{field}：公民身份号码应为18位，实际为{length}位",
            "{field}: an identity number has 18 characters, this one has {length}",
        ),
        MessageTemplate::new(
            "length_after_folding",
            "{field}：公民身份号码应为18位；去除{removedCount}个分隔符“{removed}”后为{length}位",
            "{field}: an identity number has 18 characters; without the {removedCount} separators \"{removed}\" this one has {length}",
        ),
        MessageTemplate::new(
            "character",
            "{field}：公民身份号码前17位应为数字，末位为数字或X",
            "{field}: the first 17 characters must be digits and the last a digit or X",
        ),
        MessageTemplate::new(
            "region",
            "{field}：前两位“{prefix}”不是有效的省级行政区划代码",
            "{field}: the first two digits \"{prefix}\" are not a province code",
        ),
        MessageTemplate::new(
            "birth_date_invalid",
            "{field}：出生日期码“{birth}”不是有效日期",
            "{field}: the birth-date digits \"{birth}\" are not a real date",
        ),
        MessageTemplate::new(
            "birth_date_in_future",
            "{field}：出生日期{birth}晚于今天（{today}）",
            "{field}: the birth date {birth} is after today ({today})",
        ),
        MessageTemplate::new(
            "check_character",
            "{field}：校验码应为“{expected}”，实际为“{actual}”，请核对号码",
            "{field}: the check character should be \"{expected}\", not \"{actual}\"; re-check the number",
        ),
        FOLDED, FOLD_SEPARATOR, FOLD_SPACE, FOLD_INVISIBLE, FOLD_FULL_WIDTH, FOLD_LOWERCASE, FOLD_X_LOOKALIKE,
    ],
    citations: &[Citation::whole(GB_11643_1999), Citation::article(RESIDENT_ID_LAW_2011, 3).paragraph(2)],
    deprecated: None,
};

/// ID-002: a unified social credit code must be a valid GB 32100-2015 code.
pub static CREDIT_CODE_VALID: Rule = Rule {
    id: "ID-002",
    area: "identity",
    title_zh_hans: "统一社会信用代码须符合 GB 32100-2015 的结构与校验码",
    title_en: "A unified social credit code must follow GB 32100-2015 (structure and check character)",
    default_severity: Severity::Error,
    messages: &[
        MessageTemplate::new("empty", "{field}：未填写统一社会信用代码", "{field}: no unified social credit code entered"),
        MessageTemplate::new(
            "length",
            "{field}：统一社会信用代码应为18位，实际为{length}位",
            "{field}: a unified social credit code has 18 characters, this one has {length}",
        ),
        MessageTemplate::new(
            "length_after_folding",
            "{field}：统一社会信用代码应为18位；去除{removedCount}个分隔符“{removed}”后为{length}位",
            "{field}: a unified social credit code has 18 characters; without the {removedCount} separators \"{removed}\" this one has {length}",
        ),
        MessageTemplate::new(
            "character",
            "{field}：统一社会信用代码只使用数字和除 I、O、Z、S、V 以外的大写字母",
            "{field}: a unified social credit code uses only digits and capital letters other than I, O, Z, S and V",
        ),
        MessageTemplate::new(
            "department",
            "{field}：第1位“{department}”不是登记管理部门代码（1-9、A、N、Y）",
            "{field}: the first character \"{department}\" is not a registration-authority code (1-9, A, N, Y)",
        ),
        MessageTemplate::new(
            "category",
            "{field}：第2位“{category}”不是登记管理部门“{department}”使用的机构类别代码",
            "{field}: the second character \"{category}\" is not an institution category of authority \"{department}\"",
        ),
        MessageTemplate::new(
            "region",
            "{field}：第3-8位“{region}”不是登记管理机关行政区划码",
            "{field}: characters 3-8 \"{region}\" are not the region code of a registration office",
        ),
        MessageTemplate::new(
            "check_character",
            "{field}：校验码应为“{expected}”，实际为“{actual}”，请核对代码",
            "{field}: the check character should be \"{expected}\", not \"{actual}\"; re-check the code",
        ),
        FOLDED, FOLD_SEPARATOR, FOLD_SPACE, FOLD_INVISIBLE, FOLD_FULL_WIDTH, FOLD_LOWERCASE, FOLD_X_LOOKALIKE,
    ],
    citations: &[Citation::whole(GB_32100_2015)],
    deprecated: None,
};

/// ID-003: the birth date declared in a form must be the one encoded in the identity number.
pub static BIRTH_DATE_MATCHES_ID: Rule = Rule {
    id: "ID-003",
    area: "identity",
    title_zh_hans: "填写的出生日期须与公民身份号码中的出生日期码一致",
    title_en: "The declared birth date must match the birth date encoded in the identity number",
    default_severity: Severity::Error,
    messages: &[
        MessageTemplate::new(
            "mismatch",
            "{field}：填写的出生日期{declared}与{idField}中的出生日期{encoded}不一致，请核对",
            "{field}: the declared birth date {declared} differs from {encoded}, encoded in the identity number ({idField})",
        ),
        MessageTemplate::new(
            "date_format",
            "{field}：“{declared}”不是日期的写法，请按 YYYY-MM-DD 填写（如 1980-03-01）",
            "{field}: \"{declared}\" is not written as a date; write it YYYY-MM-DD (e.g. 1980-03-01)",
        ),
        MessageTemplate::new(
            "no_such_date",
            "{field}：日历上没有“{declared}”这一天（月份为1-12，日不超过当月天数），请核对",
            "{field}: there is no such day as \"{declared}\" (months run 1-12, days to the month's end); check it",
        ),
    ],
    citations: &[Citation::article(RESIDENT_ID_LAW_2011, 3).paragraph(1), Citation::whole(GB_11643_1999)],
    deprecated: None,
};

/// ID-004: the sex declared in a form must be the one encoded in the identity number.
pub static SEX_MATCHES_ID: Rule = Rule {
    id: "ID-004",
    area: "identity",
    title_zh_hans: "填写的性别须与公民身份号码顺序码的奇偶一致",
    title_en: "The declared sex must match the parity of the identity number's sequence code",
    default_severity: Severity::Error,
    messages: &[
        MessageTemplate::new(
            "mismatch",
            "{field}：填写的性别“{declared}”与{idField}的顺序码所示性别（{encoded}）不一致，请核对",
            "{field}: the declared sex \"{declared}\" differs from the identity number's sequence code ({idField}: {encoded})",
        ),
        MessageTemplate::new(
            "unknown_value",
            "{field}：“{declared}”不是可识别的性别，请填写“男”或“女”",
            "{field}: \"{declared}\" is not a recognised sex; enter male or female",
        ),
    ],
    citations: &[Citation::article(RESIDENT_ID_LAW_2011, 3).paragraph(1), Citation::whole(GB_11643_1999)],
    deprecated: None,
};

/// ID-005: the GB 11714 organisation code inside a credit code has its own check character.
pub static ORGANIZATION_CODE_CHECK: Rule = Rule {
    id: "ID-005",
    area: "identity",
    title_zh_hans: "统一社会信用代码第9-17位的组织机构代码校验码应当正确",
    title_en: "The organisation code in positions 9-17 of a credit code should have a correct check character",
    default_severity: Severity::Warning,
    messages: &[MessageTemplate::new(
        "organization_code_check",
        "{field}：代码整体校验通过，但其中的组织机构代码{organizationCode}校验码应为“{expected}”；请与营业执照或登记证书核对",
        "{field}: the code passes its own check, but its organisation code {organizationCode} should end in \"{expected}\"; compare it with the licence or registration certificate",
    )],
    citations: &[Citation::whole(GB_32100_2015), Citation::whole(GB_11714_1997)],
    deprecated: None,
};

/// Every identity rule.
pub static RULES: &[&Rule] = &[&RESIDENT_ID_VALID, &CREDIT_CODE_VALID, &BIRTH_DATE_MATCHES_ID, &SEX_MATCHES_ID, &ORGANIZATION_CODE_CHECK];

// --- Helpers that filings use to run the identity rules on their fields. ---

use crate::date::{format_civil_date, CivilDate};
use crate::i18n::Lang;
use crate::ids::{credit_code, resident, FoldKind, Folded};
use crate::report::Args;
use crate::rules::Findings;

/// The message id for a problem `code` of an identifier folded as `folded`: a length counted
/// after separators were removed says so (`110105-19491231-002` has 17 digits, not 19 characters).
pub(crate) fn problem_message_id(code: &'static str, folded: &Folded) -> &'static str {
    if code == "length" && folded.separators_removed() > 0 {
        "length_after_folding"
    } else {
        code
    }
}

/// Adds `removed` (the separators as typed) and `removedCount` to a problem's arguments.
pub(crate) fn add_fold_args(args: &mut Args, folded: &Folded) {
    if let Some(f) = folded.changes.iter().find(|f| f.kind == FoldKind::Separator) {
        args.insert("removed".into(), f.chars.clone());
        args.insert("removedCount".into(), f.count.to_string());
    }
}

/// The `folded` sentence of `rule` for an identifier in `field`, naming each kind of change, or
/// `None` when folding changed nothing.
pub(crate) fn folded_message(rule: &Rule, field: &str, folded: &Folded, lang: Lang) -> Option<String> {
    if folded.changes.is_empty() {
        return None;
    }
    let parts: Vec<String> = folded
        .changes
        .iter()
        .filter_map(|f| {
            let id = match f.kind {
                FoldKind::Separator => "fold_separator",
                FoldKind::Space => "fold_space",
                FoldKind::Invisible => "fold_invisible",
                FoldKind::FullWidth => "fold_full_width",
                FoldKind::Lowercase => "fold_lowercase",
                FoldKind::XLookalike => "fold_x_lookalike",
            };
            let args = crate::args![("chars", f.chars), ("count", f.count)];
            rule.message(id).map(|t| super::render(t, lang, &args))
        })
        .collect();
    let joined = parts.join(if lang == Lang::En { "; " } else { "；" });
    let args = crate::args![("field", field), ("value", folded.value), ("changes", joined)];
    rule.message("folded").map(|t| super::render_field(t, lang, &args))
}

/// The message arguments for a resident-ID problem found in `field`.
pub(crate) fn resident_problem_args(
    problem: resident::Problem,
    field: &str,
    normalized: &str,
    today: CivilDate,
) -> Args {
    use resident::Problem as P;
    let mut args = crate::args![("field", field), ("value", normalized)];
    let get = |r: std::ops::Range<usize>| normalized.get(r).unwrap_or("").to_string();
    match problem {
        P::Length => {
            args.insert("length".into(), normalized.chars().count().to_string());
        }
        P::Region => {
            let start = if normalized.starts_with('9') { 1 } else { 0 };
            args.insert("prefix".into(), get(start..start + 2));
        }
        P::BirthDateInvalid | P::BirthDateInFuture => {
            args.insert("birth".into(), get(6..14));
            args.insert("today".into(), format_civil_date(today));
        }
        P::CheckCharacter => {
            let expected = resident::expected_check_character(&get(0..17)).map(String::from).unwrap_or_default();
            args.insert("expected".into(), expected);
            args.insert("actual".into(), get(17..18));
        }
        P::Empty | P::Legacy15Digit | P::Character => {}
    }
    args
}

/// The message arguments for a credit-code problem found in `field`.
pub(crate) fn credit_code_problem_args(problem: credit_code::Problem, field: &str, normalized: &str) -> Args {
    use credit_code::Problem as P;
    let mut args = crate::args![("field", field), ("value", normalized)];
    let get = |r: std::ops::Range<usize>| normalized.get(r).unwrap_or("").to_string();
    match problem {
        P::Length => {
            args.insert("length".into(), normalized.chars().count().to_string());
        }
        P::Department => {
            args.insert("department".into(), get(0..1));
        }
        P::Category => {
            args.insert("department".into(), get(0..1));
            args.insert("category".into(), get(1..2));
        }
        P::Region => {
            args.insert("region".into(), get(2..8));
        }
        P::CheckCharacter => {
            let expected = credit_code::expected_check_character(&get(0..17)).map(String::from).unwrap_or_default();
            args.insert("expected".into(), expected);
            args.insert("actual".into(), get(17..18));
        }
        P::Empty | P::Character => {}
    }
    args
}

/// The ID-005 arguments for a code whose inner organisation-code check fails.
pub(crate) fn organization_code_args(code: &credit_code::CreditCode, field: &str) -> Args {
    let body = code.organization_code.get(0..8).unwrap_or("");
    let expected = credit_code::organization_check_character(body).map(String::from).unwrap_or_default();
    crate::args![("field", field), ("organizationCode", code.organization_code), ("expected", expected)]
}

/// Runs ID-001 on a resident-ID field at `path`; returns the decoded number when valid.
/// A missing field is reported as `empty`.
pub fn check_resident_field(findings: &mut Findings, value: Option<&str>, path: &str) -> Option<resident::ResidentId> {
    let today = findings.options().today;
    let value = value.unwrap_or("");
    match resident::parse(value, today) {
        Ok(id) => Some(id),
        Err(problem) => {
            let folded = crate::ids::fold_identifier_report(value);
            let mut args = resident_problem_args(problem, path, &folded.value, today);
            add_fold_args(&mut args, &folded);
            findings.add(&RESIDENT_ID_VALID, problem_message_id(problem.code(), &folded), path, args);
            None
        }
    }
}

/// Runs ID-002 (and ID-005) on a credit-code field at `path`; returns the decoded code when valid.
pub fn check_credit_code_field(findings: &mut Findings, value: Option<&str>, path: &str) -> Option<credit_code::CreditCode> {
    let value = value.unwrap_or("");
    match credit_code::parse(value) {
        Ok(code) => {
            if !code.organization_code_valid {
                findings.add(&ORGANIZATION_CODE_CHECK, "organization_code_check", path, organization_code_args(&code, path));
            }
            Some(code)
        }
        Err(problem) => {
            let folded = crate::ids::fold_identifier_report(value);
            let mut args = credit_code_problem_args(problem, path, &folded.value);
            add_fold_args(&mut args, &folded);
            findings.add(&CREDIT_CODE_VALID, problem_message_id(problem.code(), &folded), path, args);
            None
        }
    }
}

/// Runs ID-003: the declared birth date at `path` against the one in `id` (from `id_path`).
/// Nothing is reported when no birth date was declared.
pub fn check_declared_birth_date(findings: &mut Findings, declared: Option<&str>, path: &str, id: &resident::ResidentId, id_path: &str) {
    let Some(declared) = declared.filter(|d| !d.trim().is_empty()) else { return };
    let encoded = format_civil_date(id.birth_date);
    let args = crate::args![("field", path), ("declared", declared), ("encoded", encoded), ("idField", id_path)];
    match crate::date::parse_civil_date(declared.trim(), path) {
        Err(_) if crate::date::written_as_date(declared.trim()) => findings.add(&BIRTH_DATE_MATCHES_ID, "no_such_date", path, args),
        Err(_) => findings.add(&BIRTH_DATE_MATCHES_ID, "date_format", path, args),
        Ok(d) if d != id.birth_date => findings.add(&BIRTH_DATE_MATCHES_ID, "mismatch", path, args),
        Ok(_) => {}
    }
}

/// Reads a declared sex: `male`/`female`, or 男/女 as forms often write it.
fn parse_sex(text: &str) -> Option<resident::Sex> {
    match text.trim() {
        "male" | "m" | "M" | "男" => Some(resident::Sex::Male),
        "female" | "f" | "F" | "女" => Some(resident::Sex::Female),
        _ => None,
    }
}

/// Runs ID-004: the declared sex at `path` against the parity of the sequence code in `id`.
/// Nothing is reported when no sex was declared.
pub fn check_declared_sex(findings: &mut Findings, declared: Option<&str>, path: &str, id: &resident::ResidentId, id_path: &str) {
    let Some(declared) = declared.filter(|d| !d.trim().is_empty()) else { return };
    let encoded = match id.sex {
        resident::Sex::Male => "male",
        resident::Sex::Female => "female",
    };
    let args = crate::args![("field", path), ("declared", declared), ("encoded", encoded), ("idField", id_path)];
    match parse_sex(declared) {
        None => findings.add(&SEX_MATCHES_ID, "unknown_value", path, args),
        Some(sex) if sex != id.sex => findings.add(&SEX_MATCHES_ID, "mismatch", path, args),
        Some(_) => {}
    }
}
