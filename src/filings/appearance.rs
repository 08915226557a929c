//! Filing kind `appearance`: who appears for the defendant agency at a hearing (出庭应诉), and
//! whether the agency's duty under 行政诉讼法 第三条第三款 is met.
//!
//! The form is typed ([`AppearanceFiling`]), camelCase, every field optional: a missing field is a
//! finding (APP-001), never a call error. Coded fields (`role`, `employer`, `procedure`, …) are
//! strings checked against their lists, so an unknown value is a finding too. A field of the wrong
//! JSON type or an unknown field name is a call error (`invalid_json`) that names the section it is
//! in, e.g. `filing/appearing/1: unknown field "idNo"`, so a portal finds its mapping bug at once.
//!
//! What it decides, in order: the hearing and the agency are identified; each appearing person's
//! identity number (ID-001, ID-003, ID-004); whether each person qualifies as 负责人 (APP-004) or
//! 相应的工作人员 (APP-005) and filed the right document (APP-006, APP-007); then, over everyone who
//! actually appears (`attended` is not `false`): nobody (APP-002), lawyers only (APP-003), too many
//! extra agents (APP-008), no head and no explanation (APP-009, and the explanation itself,
//! APP-010…013), a case in which the head was called (APP-014, APP-015, APP-016), and the
//! consequence (APP-017). Local packs add APP-101…105 ([`super::appearance_pack`]).
//!
//! Each head's declared role is read against the post and the post on the identity proof
//! ([`super::posts`], APP-020, APP-021); without the head, the agents are counted under 行政诉讼法
//! 第三十一条 (APP-008); the law in force on the hearing day governs (see `src/rules/appearance.rs`).
//!
//! What it does not decide: whether the person really holds the post (only the documents and the
//! declared facts are checked; an unknown title is "cannot tell", never guessed), and 规定 第七条第二款.

use super::absence::{check_explanation, Explanation};
use super::appearance_pack;
use super::posts::{self, PostClass, Title};
use crate::date::{parse_civil_date, CivilDate};
use crate::error::{Error, ErrorKind};
use crate::report::pointer_token;
use crate::i18n::Lang;
use crate::law::{Citation, ALPL_INTERPRETATION_2018 as INTERP, HEAD_APPEARANCE_PROVISIONS_2020 as PROV};
use crate::rules::appearance as rules;
use crate::rules::{identity, Findings};
use crate::text::names::same_name;
use serde_json::Value;

/// The hearing (开庭): when, where, which case, which procedure.
#[derive(Debug, Clone, Default)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(any(test, feature = "schema"), serde(rename_all = "camelCase", deny_unknown_fields))]
pub struct Hearing {
    /// `YYYY-MM-DD`.
    #[cfg_attr(feature = "schema", schemars(title = "开庭日期", extend("x-label-en" = "hearing date")))]
    pub date: Option<String>,
    #[cfg_attr(feature = "schema", schemars(title = "法院", extend("x-label-en" = "court")))]
    pub court: Option<String>,
    /// 案号, e.g. `（2026）粤71行初123号`.
    #[cfg_attr(feature = "schema", schemars(title = "案号", extend("x-label-en" = "case number")))]
    pub case_number: Option<String>,
    /// `first-instance`, `second-instance` or `retrial` (规定 第一条: the duty applies in each).
    #[cfg_attr(feature = "schema", schemars(title = "审理程序", extend("x-label-en" = "procedure", "x-enum-labels" = {"first-instance": ["一审", "first instance"], "second-instance": ["二审", "second instance"], "retrial": ["再审", "retrial"]})))]
    pub procedure: Option<String>,
    /// A head of the agency already appeared at an earlier hearing of this case in the same
    /// instance (规定 第七条第一款).
    #[cfg_attr(feature = "schema", schemars(title = "负责人已在本审级出庭", extend("x-label-en" = "head already appeared in this instance")))]
    pub head_appeared_earlier_in_instance: Option<bool>,
}
crate::form::read::form!(Hearing, deny_unknown_fields, { date: Option<String> = "date", court: Option<String> = "court", case_number: Option<String> = "caseNumber", procedure: Option<String> = "procedure", head_appeared_earlier_in_instance: Option<bool> = "headAppearedEarlierInInstance" });

/// The defendant agency (被诉行政机关).
#[derive(Debug, Clone, Default)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(any(test, feature = "schema"), serde(rename_all = "camelCase", deny_unknown_fields))]
pub struct Agency {
    #[cfg_attr(feature = "schema", schemars(title = "名称", extend("x-label-en" = "name")))]
    pub name: Option<String>,
    /// 统一社会信用代码.
    #[cfg_attr(feature = "schema", schemars(title = "统一社会信用代码", extend("x-label-en" = "unified social credit code")))]
    pub credit_code: Option<String>,
    /// `local-government` (地方人民政府), `department` (工作部门), `authorized-organization`
    /// (法律法规规章授权的组织) or `other`. Decides whether 法制工作机构 staff count (解释 130(2)).
    #[cfg_attr(feature = "schema", schemars(title = "机关类别", extend("x-label-en" = "agency level", "x-enum-labels" = {"local-government": ["地方人民政府", "local government"], "department": ["工作部门", "government department"], "authorized-organization": ["法律法规规章授权的组织", "organisation authorised by law"], "other": ["其他", "other"]})))]
    pub level: Option<String>,
}
crate::form::read::form!(Agency, deny_unknown_fields, { name: Option<String> = "name", credit_code: Option<String> = "creditCode", level: Option<String> = "level" });

/// What the court did or must do about the head's appearance.
#[derive(Debug, Clone, Default)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(any(test, feature = "schema"), serde(rename_all = "camelCase", deny_unknown_fields))]
pub struct CourtNotice {
    /// Grounds of 规定 第四条: see [`GROUNDS`].
    #[cfg_attr(feature = "schema", schemars(title = "负责人出庭情形", extend("x-label-en" = "ground for the head's appearance", "x-item-zh" = "项", "x-enum-labels" = {"major-public-interest": ["涉及重大公共利益", "major public interest"], "high-social-concern": ["社会高度关注", "high social concern"], "mass-incident-risk": ["可能引发群体性事件", "risk of a mass incident"], "major-personal-property-rights": ["涉及重大人身、财产权益", "major personal or property rights"], "public-interest-litigation": ["行政公益诉讼", "administrative public-interest litigation"], "superior-requires": ["上级机关要求负责人出庭", "required by a superior agency"], "court-deems-necessary": ["法院认为需要负责人出庭", "the court deems it necessary"]})))]
    pub grounds: Option<Vec<String>>,
    /// The day the 出庭通知书 was served, `YYYY-MM-DD` (规定 第五条第二款).
    #[cfg_attr(feature = "schema", schemars(title = "出庭通知书送达日期", extend("x-label-en" = "date the appearance notice was served")))]
    pub served_on: Option<String>,
    /// The court suggested the head's appearance in writing (解释 第一百二十九条第一款).
    #[cfg_attr(feature = "schema", schemars(title = "法院书面建议负责人出庭", extend("x-label-en" = "court's written suggestion that the head appear")))]
    pub written_suggestion: Option<bool>,
}
crate::form::read::form!(CourtNotice, deny_unknown_fields, { grounds: Option<Vec<String>> = "grounds", served_on: Option<String> = "servedOn", written_suggestion: Option<bool> = "writtenSuggestion" });

/// A document filed for an appearing person.
#[derive(Debug, Clone, Default)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(any(test, feature = "schema"), serde(rename_all = "camelCase", deny_unknown_fields))]
pub struct Document {
    /// `identity-proof` (身份证明, for a head) or `power-of-attorney` (授权委托书, for staff).
    #[cfg_attr(any(test, feature = "schema"), serde(rename = "type"))]
    #[cfg_attr(feature = "schema", schemars(title = "材料类型", extend("x-label-en" = "document type", "x-enum-labels" = {"identity-proof": ["身份证明", "identity proof"], "power-of-attorney": ["授权委托书", "power of attorney"]})))]
    pub doc_type: Option<String>,
    /// The name written in the document.
    #[cfg_attr(feature = "schema", schemars(title = "所载姓名", extend("x-label-en" = "name in the document")))]
    pub name: Option<String>,
    /// The post written in the document.
    #[cfg_attr(feature = "schema", schemars(title = "所载职务", extend("x-label-en" = "post in the document")))]
    pub post: Option<String>,
    /// Whether it bears the agency's seal.
    #[cfg_attr(feature = "schema", schemars(title = "加盖机关印章", extend("x-label-en" = "bears the agency's seal")))]
    pub sealed: Option<bool>,
    /// 代理权限 (power of attorney only).
    #[cfg_attr(feature = "schema", schemars(title = "代理权限", extend("x-label-en" = "powers granted")))]
    pub authority: Option<String>,
    /// The day it was filed with the court, `YYYY-MM-DD`.
    #[cfg_attr(feature = "schema", schemars(title = "提交日期", extend("x-label-en" = "date submitted")))]
    pub submitted_on: Option<String>,
}
crate::form::read::form!(Document, deny_unknown_fields, { doc_type: Option<String> = "type", name: Option<String> = "name", post: Option<String> = "post", sealed: Option<bool> = "sealed", authority: Option<String> = "authority", submitted_on: Option<String> = "submittedOn" });

/// One person appearing for the agency.
#[derive(Debug, Clone, Default)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(any(test, feature = "schema"), serde(rename_all = "camelCase", deny_unknown_fields))]
pub struct Person {
    #[cfg_attr(feature = "schema", schemars(title = "姓名", extend("x-label-en" = "name")))]
    pub name: Option<String>,
    /// 公民身份号码 (checked with ID-001).
    #[cfg_attr(feature = "schema", schemars(title = "公民身份号码", extend("x-label-en" = "identity number")))]
    pub id_number: Option<String>,
    /// Declared sex, `male`/`female` (or 男/女), checked against the ID (ID-004).
    #[cfg_attr(feature = "schema", schemars(title = "性别", extend("x-label-en" = "sex", "x-enum-labels" = {"male": ["男", "male"], "female": ["女", "female"], "男": ["男", "male"], "女": ["女", "female"]})))]
    pub sex: Option<String>,
    /// Declared birth date, checked against the ID (ID-003).
    #[cfg_attr(feature = "schema", schemars(title = "出生日期", extend("x-label-en" = "birth date")))]
    pub birth_date: Option<String>,
    /// 职务, e.g. `副区长`.
    #[cfg_attr(feature = "schema", schemars(title = "职务", extend("x-label-en" = "post")))]
    pub post: Option<String>,
    /// See [`ROLES`].
    #[cfg_attr(feature = "schema", schemars(title = "出庭身份", extend("x-label-en" = "appearing as", "x-enum-labels" = {"principal": ["正职负责人", "principal head"], "deputy": ["副职负责人", "deputy head"], "deputy-level-in-charge": ["参照副职管理的负责人", "head managed as a deputy"], "other-in-charge": ["其他参与分管的负责人", "other head in charge"], "staff": ["相应的工作人员", "staff member"], "lawyer": ["律师", "lawyer"], "other-agent": ["其他委托代理人", "other agent"]})))]
    pub role: Option<String>,
    /// Who employs the person; see [`EMPLOYERS`]. Missing means the defendant itself.
    #[cfg_attr(feature = "schema", schemars(title = "所在单位", extend("x-label-en" = "employer", "x-enum-labels" = {"defendant": ["被诉行政机关", "the defendant agency"], "entrusted-organization": ["被委托的组织", "an entrusted organisation"], "subordinate-agency": ["下级行政机关", "a subordinate agency"], "legal-affairs-office": ["法制工作机构", "the legal-affairs office"], "handling-agency": ["承办机关", "the handling agency"], "law-firm": ["律师事务所", "a law firm"], "other": ["其他", "other"]})))]
    pub employer: Option<String>,
    /// `civil-servant` (国家行政编制), `public-duty` (其他依法履行公职的人员), `auxiliary` or `other`.
    #[cfg_attr(feature = "schema", schemars(title = "人员身份", extend("x-label-en" = "staff status", "x-enum-labels" = {"civil-servant": ["国家行政编制", "civil servant"], "public-duty": ["其他依法履行公职的人员", "other public-duty staff"], "auxiliary": ["辅助人员", "auxiliary staff"], "other": ["其他", "other"]})))]
    pub staff_status: Option<String>,
    /// Staff: actually exercises the administrative power in question (规定 第十条第一款).
    #[cfg_attr(feature = "schema", schemars(title = "具体行使行政职权", extend("x-label-en" = "exercises the power in question")))]
    pub exercises_power: Option<bool>,
    /// Heads in charge: takes part in overseeing the contested act (规定 第二条第一款).
    #[cfg_attr(feature = "schema", schemars(title = "参与分管被诉行政行为", extend("x-label-en" = "oversees the contested act")))]
    pub in_charge_of_act: Option<bool>,
    #[cfg_attr(feature = "schema", schemars(title = "提交材料", extend("x-label-en" = "document", "x-item-zh" = "份")))]
    pub documents: Option<Vec<Document>>,
    /// Recorded after the hearing: did the person actually come? `false` counts as absent.
    #[cfg_attr(feature = "schema", schemars(title = "实际到庭", extend("x-label-en" = "attended")))]
    pub attended: Option<bool>,
}
crate::form::read::form!(Person, deny_unknown_fields, { name: Option<String> = "name", id_number: Option<String> = "idNumber", sex: Option<String> = "sex", birth_date: Option<String> = "birthDate", post: Option<String> = "post", role: Option<String> = "role", employer: Option<String> = "employer", staff_status: Option<String> = "staffStatus", exercises_power: Option<bool> = "exercisesPower", in_charge_of_act: Option<bool> = "inChargeOfAct", documents: Option<Vec<Document>> = "documents", attended: Option<bool> = "attended" });

/// Facts that only local rule packs read.
#[derive(Debug, Clone, Default)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(any(test, feature = "schema"), serde(rename_all = "camelCase", deny_unknown_fields))]
pub struct LocalFacts {
    /// This is the agency's first first-instance hearing of the year.
    #[cfg_attr(feature = "schema", schemars(title = "本年度首次一审开庭", extend("x-label-en" = "first first-instance hearing of the year")))]
    pub first_first_instance_of_year: Option<bool>,
    /// The head's appearance would help resolve the dispute in substance (实质性化解).
    #[cfg_attr(feature = "schema", schemars(title = "有助于实质性化解争议", extend("x-label-en" = "helps resolve the dispute in substance")))]
    pub substantive_resolution: Option<bool>,
}
crate::form::read::form!(LocalFacts, deny_unknown_fields, { first_first_instance_of_year: Option<bool> = "firstFirstInstanceOfYear", substantive_resolution: Option<bool> = "substantiveResolution" });

/// The `appearance` filing.
#[derive(Debug, Clone, Default)]
pub struct AppearanceFiling {
    pub hearing: Option<Hearing>,
    pub agency: Option<Agency>,
    pub court_notice: Option<CourtNotice>,
    pub appearing: Option<Vec<Person>>,
    /// The 情况说明 when no head appears.
    pub absence: Option<Explanation>,
    pub local: Option<LocalFacts>,
}

/// Procedures in which the duty applies (规定 第一条第一款).
pub const PROCEDURES: &[&str] = &["first-instance", "second-instance", "retrial"];
/// Agency levels.
pub const LEVELS: &[&str] = &["local-government", "department", "authorized-organization", "other"];
/// Roles of an appearing person: four kinds of 负责人 (规定 第二条第一款), staff, agents.
pub const ROLES: &[&str] = &["principal", "deputy", "deputy-level-in-charge", "other-in-charge", "staff", "lawyer", "other-agent"];
/// Employers of an appearing person.
pub const EMPLOYERS: &[&str] =
    &["defendant", "entrusted-organization", "subordinate-agency", "legal-affairs-office", "handling-agency", "law-firm", "other"];
/// Staff statuses (解释 第一百三十条第一款).
pub const STAFF_STATUSES: &[&str] = &["civil-servant", "public-duty", "auxiliary", "other"];
/// Grounds of 规定 第四条: (code, mandatory, zh-Hans).
pub const GROUNDS: &[(&str, bool, &str)] = &[
    ("major-public-interest", true, "涉及食品药品安全、生态环境和资源保护、公共卫生安全等重大公共利益的案件"),
    ("high-social-concern", true, "社会高度关注的案件"),
    ("mass-incident-risk", true, "可能引发群体性事件的案件"),
    ("major-personal-property-rights", false, "涉及重大人身、财产权益"),
    ("public-interest-litigation", false, "行政公益诉讼"),
    ("superior-requires", false, "上级机关规范性文件要求负责人出庭"),
    ("court-deems-necessary", false, "法院认为需要负责人出庭的其他情形"),
];

/// The JSON shape of an `appearance` filing, for its published JSON Schema. The check itself reads
/// the sections one by one (so a wrong type names its section), into [`AppearanceFiling`].
#[cfg(feature = "schema")]
#[derive(schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[allow(dead_code)]
pub struct AppearanceForm {
    /// Always `appearance`.
    #[cfg_attr(feature = "schema", schemars(title = "文书种类", extend("x-label-en" = "filing kind")))]
    pub kind: Option<String>,
    #[cfg_attr(feature = "schema", schemars(title = "开庭信息", extend("x-label-en" = "hearing")))]
    pub hearing: Option<Hearing>,
    #[cfg_attr(feature = "schema", schemars(title = "被诉行政机关", extend("x-label-en" = "defendant agency")))]
    pub agency: Option<Agency>,
    #[cfg_attr(feature = "schema", schemars(title = "法院通知", extend("x-label-en" = "court notice")))]
    pub court_notice: Option<CourtNotice>,
    /// Everyone who appears for the agency: 负责人, 相应的工作人员 and agents.
    #[cfg_attr(feature = "schema", schemars(title = "出庭人", extend("x-label-en" = "appearing person", "x-item-zh" = "人")))]
    pub appearing: Option<Vec<Person>>,
    /// The 情况说明 when no head appears.
    #[cfg_attr(feature = "schema", schemars(title = "不能出庭情况说明", extend("x-label-en" = "explanation of the head's absence")))]
    pub absence: Option<super::absence::Explanation>,
    /// Facts a local rule pack asks about.
    #[cfg_attr(feature = "schema", schemars(title = "本地规定事项", extend("x-label-en" = "local facts")))]
    pub local: Option<LocalFacts>,
}

/// The top-level fields of an `appearance` filing.
const FIELDS: &[&str] = &["kind", "hearing", "agency", "courtNotice", "appearing", "absence", "local"];

/// Decodes one section with the section's path in any error.
pub(crate) fn decode<T: crate::form::read::Read>(value: &Value, path: &str) -> Result<T, Error> {
    T::read(value).map_err(|e| Error::new(ErrorKind::InvalidJson, format!("filing{path}: {e}")))
}

/// Decodes an optional section of `object`.
pub(crate) fn section<T: crate::form::read::Read>(object: &serde_json::Map<String, Value>, key: &str) -> Result<Option<T>, Error> {
    match object.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => decode(v, &format!("/{key}")).map(Some),
    }
}

/// Rejects top-level fields a kind does not know.
pub(crate) fn known_fields(object: &serde_json::Map<String, Value>, fields: &[&str], kind: &str) -> Result<(), Error> {
    for key in object.keys() {
        if !fields.contains(&key.as_str()) {
            return Err(Error::new(
                ErrorKind::InvalidJson,
                format!("filing/{}: unknown field of a {kind} filing (known: {fields:?})", pointer_token(&crate::date::truncate(key))),
            ));
        }
    }
    Ok(())
}

impl AppearanceFiling {
    /// Reads an `appearance` filing.
    ///
    /// # Errors
    /// `invalid_json` naming the section with a wrong type or an unknown field.
    pub fn from_value(value: &Value) -> Result<AppearanceFiling, Error> {
        let object = value.as_object().ok_or_else(|| Error::new(ErrorKind::InvalidJson, "filing: expected a JSON object"))?;
        known_fields(object, FIELDS, "appearance")?;
        let appearing = match object.get("appearing") {
            None | Some(Value::Null) => None,
            Some(Value::Array(items)) => Some(
                items.iter().enumerate().map(|(i, v)| decode::<Person>(v, &format!("/appearing/{i}"))).collect::<Result<Vec<_>, _>>()?,
            ),
            Some(_) => return Err(Error::new(ErrorKind::InvalidJson, "filing/appearing: expected an array of persons")),
        };
        Ok(AppearanceFiling {
            hearing: section(object, "hearing")?,
            agency: section(object, "agency")?,
            court_notice: section(object, "courtNotice")?,
            appearing,
            absence: section(object, "absence")?,
            local: section(object, "local")?,
        })
    }
}

/// The message for the text in force: `current` once 法释〔2020〕3号 governs, else `earlier` (its
/// `_2018` twin, worded without the 规定: on the 2018 解释, or on 行政诉讼法 第三条 alone).
pub(crate) fn dated(findings: &Findings, current: &'static str, earlier: &'static str) -> &'static str {
    if findings.in_force(&PROV) {
        current
    } else {
        earlier
    }
}

/// Whether a text field is absent or blank.
pub(crate) fn blank(v: &Option<String>) -> bool {
    v.as_deref().map_or(true, |s| s.trim().is_empty())
}

/// Reads an optional `YYYY-MM-DD` field; a malformed one is an APP-001 finding.
pub(crate) fn date_field(findings: &mut Findings, value: &Option<String>, path: &str) -> Option<CivilDate> {
    let text = value.as_deref()?.trim();
    if text.is_empty() {
        return None;
    }
    match parse_civil_date(text, path) {
        Ok(d) => Some(d),
        Err(_) => {
            let id = if crate::date::written_as_date(text) { "no_such_date" } else { "date_format" };
            findings.add(&rules::FORM_COMPLETE, id, path, crate::args![("field", path), ("value", text)]);
            None
        }
    }
}

/// Records APP-001 `missing` for a blank required field.
pub(crate) fn require(findings: &mut Findings, value: &Option<String>, path: &str) {
    if blank(value) {
        findings.add(&rules::FORM_COMPLETE, dated(findings, "missing", "missing_2018"), path, crate::args![("field", path)]);
    }
}

/// Checks a coded value against its list; returns it when known.
pub(crate) fn coded<'a>(findings: &mut Findings, value: &'a Option<String>, allowed: &[&str], path: &str, required: bool) -> Option<&'a str> {
    match value.as_deref().map(str::trim) {
        None | Some("") => {
            if required {
                findings.add(&rules::FORM_COMPLETE, dated(findings, "missing", "missing_2018"), path, crate::args![("field", path)]);
            }
            None
        }
        Some(v) if allowed.contains(&v) => Some(v),
        Some(v) => {
            findings.add(&rules::FORM_COMPLETE, "unknown_value", path, crate::args![("field", path), ("value", v), ("allowed", allowed.join(", "))]);
            None
        }
    }
}

/// Checks the hearing section and sets the governing date (the hearing day); returns it when known.
pub(crate) fn check_hearing(findings: &mut Findings, hearing: &Option<Hearing>) -> Option<CivilDate> {
    let h = hearing.clone().unwrap_or_default();
    let date = date_field(findings, &h.date, "/hearing/date");
    // From here on, the law in force on the hearing day governs (issue 15, item 2).
    findings.set_governing_date(date);
    require(findings, &h.date, "/hearing/date");
    require(findings, &h.court, "/hearing/court");
    require(findings, &h.case_number, "/hearing/caseNumber");
    coded(findings, &h.procedure, PROCEDURES, "/hearing/procedure", true);
    date
}

/// Checks the agency section; returns the agency level when known.
pub(crate) fn check_agency<'a>(findings: &mut Findings, agency: &'a Option<Agency>) -> Option<&'a str> {
    static EMPTY: Agency = Agency { name: None, credit_code: None, level: None };
    let a = agency.as_ref().unwrap_or(&EMPTY);
    require(findings, &a.name, "/agency/name");
    // No article requires the credit code: its absence is APP-024 (a warning a portal may raise).
    if blank(&a.credit_code) {
        findings.add(&rules::AGENCY_CREDIT_CODE, "credit_code_missing", "/agency/creditCode", crate::args![("field", "/agency/creditCode")]);
    } else if let Some(code) = identity::check_credit_code_field(findings, a.credit_code.as_deref(), "/agency/creditCode") {
        if !code.is_administrative_organ() {
            findings.add(
                &rules::AGENCY_CODE_CATEGORY,
                "not_an_organ",
                "/agency/creditCode",
                crate::args![("field", "/agency/creditCode"), ("department", code.department.name_zh_hans()), ("category", code.category_name)],
            );
        }
    }
    coded(findings, &a.level, LEVELS, "/agency/level", true)
}

/// How one appearing person was classified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Standing {
    /// A 负责人 of the defendant (qualified).
    Head { principal: bool },
    /// A person appearing as head who does not qualify.
    UnqualifiedHead,
    /// 相应的工作人员 (qualified).
    Staff,
    /// A person appearing as staff who does not qualify.
    UnqualifiedStaff,
    /// A lawyer or another agent.
    Agent,
    /// Role missing or unknown.
    Unknown,
}

impl Standing {
    /// zh-Hans and English names of a qualified standing, for APP-104.
    pub(crate) fn names(self) -> Option<(&'static str, &'static str)> {
        match self {
            Standing::Head { principal: true } => Some(("正职负责人", "the principal head")),
            Standing::Head { principal: false } => Some(("被诉行政机关负责人", "a head of the defendant agency")),
            Standing::Staff => Some(("相应的工作人员", "corresponding staff")),
            _ => None,
        }
    }
}

fn display_name(p: &Person) -> String {
    p.name.as_deref().map(str::trim).filter(|n| !n.is_empty()).unwrap_or("（未填姓名）").to_string()
}

/// Classifies person `i` and records APP-004 / APP-005 findings.
fn qualify(findings: &mut Findings, p: &Person, base: &str, agency: &AgencyContext) -> Standing {
    let agency_level = agency.level;
    let role = coded(findings, &p.role, ROLES, &format!("{base}/role"), true);
    // A missing employer is the defendant itself (the common case); an unknown one is already an
    // APP-001 finding and is not second-guessed here.
    let employer = match coded(findings, &p.employer, EMPLOYERS, &format!("{base}/employer"), false) {
        Some(e) => e,
        None if blank(&p.employer) => "defendant",
        None => "unknown",
    };
    let name = display_name(p);
    let args = |field: &str| crate::args![("field", field), ("name", name.clone())];
    match role {
        Some(r @ ("principal" | "deputy" | "deputy-level-in-charge" | "other-in-charge")) => {
            let mut qualified = true;
            if blank(&p.post) {
                let path = format!("{base}/post");
                findings.add(&rules::HEAD_QUALIFIES, dated(findings, "post_missing", "post_missing_2018"), path.clone(), args(&path));
            }
            if matches!(employer, "entrusted-organization" | "subordinate-agency" | "legal-affairs-office" | "handling-agency" | "law-firm" | "other") {
                let path = format!("{base}/employer");
                findings.add(&rules::HEAD_QUALIFIES, dated(findings, "not_own_agency", "not_own_agency_2018"), path.clone(), args(&path));
                qualified = false;
            }
            if matches!(r, "deputy-level-in-charge" | "other-in-charge") && p.in_charge_of_act != Some(true) {
                let path = format!("{base}/inChargeOfAct");
                findings.add(&rules::HEAD_QUALIFIES, dated(findings, "not_in_charge", "not_in_charge_2018"), path.clone(), args(&path));
                qualified = false;
            }
            let mut principal = r == "principal";
            if qualified && employer == "defendant" {
                match check_post(findings, p, base, r, agency) {
                    Some(is_principal) => principal = is_principal,
                    None => qualified = false,
                }
            }
            if qualified {
                Standing::Head { principal }
            } else {
                Standing::UnqualifiedHead
            }
        }
        Some("staff") => {
            let mut qualified = true;
            match employer {
                // 规定 第十条第一款 (具体行使行政职权) governs from 2020-07-01 only.
                "defendant" => {
                    let path = format!("{base}/exercisesPower");
                    // 规定 第十条第一款 (具体行使行政职权) governs from 2020-07-01 only.
                    match p.exercises_power {
                        _ if !findings.in_force(&PROV) => {}
                        None => {
                            findings.add(&rules::STAFF_QUALIFIES, "exercises_power_missing", path.clone(), args(&path));
                            qualified = false;
                        }
                        Some(false) => {
                            findings.add(&rules::STAFF_QUALIFIES, "not_exercising_power", path.clone(), args(&path));
                            qualified = false;
                        }
                        Some(true) => {}
                    }
                    let status_path = format!("{base}/staffStatus");
                    if let Some(s @ ("auxiliary" | "other")) = coded(findings, &p.staff_status, STAFF_STATUSES, &status_path, false) {
                        let mut a = args(&status_path);
                        a.insert("value".into(), s.to_string());
                        findings.add(&rules::STAFF_QUALIFIES, "staff_status", status_path, a);
                        qualified = false;
                    }
                }
                // 规定 第十条第二款 (from 2020-07-01): may be regarded as the agency's staff. Before,
                // 解释 第一百三十条第一款 counts only the agency's own staff.
                "entrusted-organization" | "subordinate-agency" if !findings.in_force(&PROV) => {
                    let path = format!("{base}/employer");
                    findings.add(&rules::STAFF_QUALIFIES, "not_staff_2018", path.clone(), args(&path));
                    qualified = false;
                }
                "entrusted-organization" | "subordinate-agency" | "unknown" => {}
                "legal-affairs-office" | "handling-agency" => {
                    if agency_level != Some("local-government") {
                        let path = format!("{base}/employer");
                        findings.add(&rules::STAFF_QUALIFIES, "local_government_only", path.clone(), args(&path));
                        qualified = false;
                    }
                }
                _ => {
                    let path = format!("{base}/employer");
                    findings.add(&rules::STAFF_QUALIFIES, dated(findings, "not_staff", "not_staff_2018"), path.clone(), args(&path));
                    qualified = false;
                }
            }
            if qualified {
                Standing::Staff
            } else {
                Standing::UnqualifiedStaff
            }
        }
        Some(_) => Standing::Agent,
        None => Standing::Unknown,
    }
}

/// What the post check needs to know about the defendant.
pub(crate) struct AgencyContext<'a> {
    pub name: &'a str,
    pub level: Option<&'a str>,
    /// Post titles added by local packs.
    pub extra_titles: Vec<Title>,
}

/// What a post says against a declared role.
enum PostVerdict {
    Fits,
    /// The post shows another kind of head than declared (a warning).
    Differs,
    /// 党组/总师 post declared as 正职 or 副职, not confirmed as in charge of the act.
    InChargeOnly,
    /// Not a head's post (an error).
    NotHead,
    CannotTell,
}

fn verdict(role: &str, class: PostClass, in_charge: bool, authorised_org: bool) -> PostVerdict {
    let in_charge_role = matches!(role, "deputy-level-in-charge" | "other-in-charge");
    match class {
        // An authorised internal body or organisation may be named for an internal post (规定
        // 第一条第二款): its internal titles cannot be judged from the table.
        PostClass::NotHead if authorised_org => PostVerdict::CannotTell,
        PostClass::NotHead => PostVerdict::NotHead,
        PostClass::Unknown => PostVerdict::CannotTell,
        PostClass::Principal | PostClass::Deputy if in_charge_role => PostVerdict::Fits,
        PostClass::Principal if role == "principal" => PostVerdict::Fits,
        PostClass::Deputy if role == "deputy" => PostVerdict::Fits,
        PostClass::Principal | PostClass::Deputy => PostVerdict::Differs,
        // 规定 第二条第一款: a 副职级别 or other head counts when in charge of the act (checked
        // by APP-004 `not_in_charge`); a 职级 alone is no 正职 or 副职.
        PostClass::InCharge | PostClass::Party | PostClass::Rank if in_charge_role => PostVerdict::Fits,
        // A secretary is usually also the head, but the title alone does not say so.
        PostClass::Party => PostVerdict::CannotTell,
        PostClass::InCharge if in_charge => PostVerdict::Differs,
        PostClass::InCharge => PostVerdict::InChargeOnly,
        PostClass::Rank => PostVerdict::NotHead,
    }
}

/// APP-020, APP-021: the declared head role against the post and against the post written on
/// the identity proof (规定 第二条、第六条; 解释 第一百二十八条、第一百三十一条). Returns whether
/// the person is the principal head, or `None` when the post shows no head.
fn check_post(findings: &mut Findings, p: &Person, base: &str, role: &str, agency: &AgencyContext) -> Option<bool> {
    // A malformed built-in table (a unit test guards it) judges no post rather than every one.
    let Some(table) = posts::table() else { return Some(role == "principal") };
    let name = display_name(p);
    let lang = findings.options().lang;
    // Names in the reader's script: the zh-Hant table holds every one (posts::NAMES_ZH_HANS).
    let local = |zh: &'static str| if lang == Lang::ZhHant { crate::i18n::zh_hant::post_name(zh).unwrap_or(zh) } else { zh };
    let (role_zh, role_en) = posts::role_names(role);
    let role_zh = local(role_zh);
    let in_charge = p.in_charge_of_act == Some(true);
    let authorised_org = agency.level == Some("authorized-organization");
    let mut principal = role == "principal";
    let mut qualified = true;
    let person_post = p.post.as_deref().map(str::trim).filter(|s| !s.is_empty());
    let proof = p
        .documents
        .as_deref()
        .unwrap_or(&[])
        .iter()
        .enumerate()
        .find(|(_, d)| d.doc_type.as_deref().map(str::trim) == Some("identity-proof"))
        .and_then(|(j, d)| d.post.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(|post| (j, post)));
    let mut posts: Vec<(String, &str, bool)> = Vec::new();
    if let Some(post) = person_post {
        posts.push((format!("{base}/post"), post, false));
    }
    if let Some((j, post)) = proof {
        posts.push((format!("{base}/documents/{j}/post"), post, true));
    }
    let mut said_cannot_tell = false;
    let provisions = findings.in_force(&PROV);
    for (path, post, on_proof) in posts {
        let class = table.classify(post, agency.name, &agency.extra_titles);
        let (class_zh, class_en) = class.names();
        let class_zh = local(class_zh);
        // The articles behind the message, as in force on the hearing day.
        let basis: Vec<Citation> = match (on_proof, provisions) {
            (false, true) => vec![Citation::article(PROV, 2).paragraph(1), Citation::article(INTERP, 128).paragraph(1)],
            (true, true) => vec![Citation::article(PROV, 6), Citation::article(INTERP, 131).paragraph(1)],
            (false, false) => vec![Citation::article(INTERP, 128).paragraph(1)],
            (true, false) => vec![Citation::article(INTERP, 131).paragraph(1)],
        };
        let render = |l: Lang, sep: &str| basis.iter().map(|c| c.render(l)).collect::<Vec<_>>().join(sep);
        let args = crate::args![
            ("field", path.clone()),
            ("name", name.clone()),
            ("post", post),
            ("role", role_zh),
            ("roleEn", role_en),
            ("postClass", class_zh),
            ("postClassEn", class_en),
            ("basis", render(if lang == Lang::En { Lang::ZhHans } else { lang }, "、")),
            ("basisEn", render(Lang::En, "; ")),
        ];
        match verdict(role, class, in_charge, authorised_org) {
            PostVerdict::Fits => {
                if !on_proof && matches!(class, PostClass::Principal | PostClass::Deputy) {
                    principal = class == PostClass::Principal;
                }
            }
            PostVerdict::Differs => {
                if !on_proof {
                    findings.add(&rules::POST_CANNOT_TELL, "role_differs", path, args);
                    if matches!(class, PostClass::Principal | PostClass::Deputy) {
                        principal = class == PostClass::Principal;
                    }
                }
            }
            PostVerdict::InChargeOnly => {
                findings.add(&rules::POST_NOT_HEAD, "in_charge_only", path, args);
                qualified = false;
            }
            PostVerdict::NotHead => {
                let id = if on_proof { "proof_post_not_head" } else { "post_not_head" };
                findings.add(&rules::POST_NOT_HEAD, id, path, args);
                qualified = false;
            }
            // One "cannot tell" per person: the proof usually repeats the post with the agency's name.
            // Without the agency's name (already APP-001) only agency-independent titles are judged.
            PostVerdict::CannotTell if !said_cannot_tell && !agency.name.trim().is_empty() => {
                let id = if on_proof { "proof_post_cannot_tell" } else { "post_cannot_tell" };
                findings.add(&rules::POST_CANNOT_TELL, id, path, args);
                said_cannot_tell = true;
            }
            PostVerdict::CannotTell => {}
        }
    }
    qualified.then_some(principal)
}

/// Checks the document a head (APP-006) or a staff member (APP-007) must file.
fn check_document(findings: &mut Findings, p: &Person, base: &str, hearing_date: Option<CivilDate>, head: bool) {
    let (rule, wanted) = if head {
        (&rules::HEAD_IDENTITY_PROOF, "identity-proof")
    } else {
        (&rules::STAFF_POWER_OF_ATTORNEY, "power-of-attorney")
    };
    let name = display_name(p);
    // Before 2020-07-01 a head's document is the 解释 第一百三十一条第一款 material proving the post.
    let earlier = head && !findings.in_force(&PROV);
    let pick = |current: &'static str, before: &'static str| if earlier { before } else { current };
    let documents = p.documents.as_deref().unwrap_or(&[]);
    let Some((j, doc)) = documents.iter().enumerate().find(|(_, d)| d.doc_type.as_deref().map(str::trim) == Some(wanted)) else {
        let path = format!("{base}/documents");
        findings.add(rule, pick("missing", "missing_2018"), path.clone(), crate::args![("field", path), ("name", name)]);
        return;
    };
    let dbase = format!("{base}/documents/{j}");
    let at = |field: &str| format!("{dbase}/{field}");
    // 规定 第六条第一款 (seal, filed before the hearing) and 第十条第三款 govern from 2020-07-01; the
    // 解释 第一百三十一条 alone asks for the materials (head) and the sealed power of attorney (staff).
    let provisions = findings.in_force(&PROV);
    if doc.sealed != Some(true) && (provisions || !head) {
        let path = at("sealed");
        findings.add(rule, "no_seal", path.clone(), crate::args![("field", path), ("name", name)]);
    }
    match doc.name.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
        None if earlier => {}
        None => {
            let path = at("name");
            findings.add(rule, "name_missing", path.clone(), crate::args![("field", path), ("name", name)]);
        }
        Some(doc_name) => {
            if let Some(form_name) = p.name.as_deref().filter(|n| !n.trim().is_empty()) {
                if !same_name(form_name, doc_name) {
                    let path = at("name");
                    findings.add(rule, pick("name_mismatch", "name_mismatch_2018"), path.clone(), crate::args![("field", path), ("name", form_name), ("documentName", doc_name)]);
                }
            }
        }
    }
    if blank(&doc.post) {
        let path = at("post");
        findings.add(rule, pick("post_missing", "post_missing_2018"), path.clone(), crate::args![("field", path), ("name", name)]);
    }
    if !head && blank(&doc.authority) {
        let path = at("authority");
        findings.add(rule, "authority_missing", path.clone(), crate::args![("field", path), ("name", name)]);
    }
    let date_path = at("submittedOn");
    if !provisions {
        date_field(findings, &doc.submitted_on, &date_path);
        return;
    }
    match date_field(findings, &doc.submitted_on, &date_path) {
        Some(submitted) => {
            // 开庭前: a document filed on the hearing day itself may still precede the hearing;
            // only a later day is certainly late.
            if let Some(hearing) = hearing_date.filter(|h| submitted > *h) {
                let args = crate::args![
                    ("field", date_path.clone()),
                    ("submittedOn", crate::date::format_civil_date(submitted)),
                    ("hearingDate", crate::date::format_civil_date(hearing)),
                ];
                findings.add(rule, "late", date_path, args);
            }
        }
        None if head && blank(&doc.submitted_on) => {
            findings.add(rule, "date_missing", date_path.clone(), crate::args![("field", date_path), ("name", name)]);
        }
        None => {}
    }
}

/// What the per-person pass found, for the aggregate rules and the packs.
pub(crate) struct Assessment {
    /// Standing of each person, in input order.
    pub standings: Vec<Standing>,
    /// Whether each person counts as present (`attended` is not `false`).
    pub present: Vec<bool>,
    pub hearing_date: Option<CivilDate>,
}

impl Assessment {
    pub(crate) fn head_present(&self) -> bool {
        self.iter_present().any(|s| matches!(s, Standing::Head { .. }))
    }
    pub(crate) fn iter_present(&self) -> impl Iterator<Item = Standing> + '_ {
        self.standings.iter().zip(&self.present).filter(|(_, p)| **p).map(|(s, _)| *s)
    }
}

/// Checks an `appearance` filing.
///
/// # Errors
/// `invalid_json` for a wrong JSON type or unknown field; `invalid_data` for a malformed pack.
pub fn check(filing: &Value, findings: &mut Findings) -> Result<(), Error> {
    let form = AppearanceFiling::from_value(filing)?;
    // Packs are read first so that a malformed pack is a call error before any finding.
    let packs = appearance_pack::load(&findings.options().packs)?;

    let hearing_date = check_hearing(findings, &form.hearing);
    let agency_level = check_agency(findings, &form.agency);
    let agency = AgencyContext {
        name: form.agency.as_ref().and_then(|a| a.name.as_deref()).unwrap_or(""),
        level: agency_level,
        extra_titles: appearance_pack::extra_titles(&packs),
    };

    let persons = form.appearing.as_deref().unwrap_or(&[]);
    let mut standings = Vec::with_capacity(persons.len());
    let mut present = Vec::with_capacity(persons.len());
    for (i, p) in persons.iter().enumerate() {
        let base = format!("/appearing/{i}");
        require(findings, &p.name, &format!("{base}/name"));
        let id_path = format!("{base}/idNumber");
        let agent = matches!(p.role.as_deref().map(str::trim), Some("lawyer" | "other-agent"));
        if agent && blank(&p.id_number) {
            // No article requires an agent's identity number (APP-023, a warning a portal may raise).
            let name = display_name(p);
            findings.add(&rules::AGENT_ID_NUMBER, "agent_id_missing", id_path.clone(), crate::args![("field", id_path.clone()), ("name", name)]);
        } else if let Some(id) = identity::check_resident_field(findings, p.id_number.as_deref(), &id_path) {
            identity::check_declared_birth_date(findings, p.birth_date.as_deref(), &format!("{base}/birthDate"), &id, &id_path);
            identity::check_declared_sex(findings, p.sex.as_deref(), &format!("{base}/sex"), &id, &id_path);
        }
        let standing = qualify(findings, p, &base, &agency);
        match standing {
            Standing::Head { .. } | Standing::UnqualifiedHead => check_document(findings, p, &base, hearing_date, true),
            Standing::Staff | Standing::UnqualifiedStaff => check_document(findings, p, &base, hearing_date, false),
            Standing::Agent | Standing::Unknown => {}
        }
        standings.push(standing);
        present.push(p.attended != Some(false));
    }
    let assessment = Assessment { standings, present, hearing_date };

    let present: Vec<Standing> = assessment.iter_present().collect();
    let head_present = assessment.head_present();
    let mut suggestion_risk = false;
    if present.is_empty() {
        findings.add(&rules::SOMEONE_APPEARS, dated(findings, "nobody", "nobody_2018"), "/appearing", crate::args![("field", "/appearing")]);
        suggestion_risk = true;
    } else if present.iter().all(|s| matches!(s, Standing::Agent)) {
        findings.add(&rules::NOT_LAWYERS_ONLY, "lawyers_only", "/appearing", crate::args![("field", "/appearing")]);
        suggestion_risk = true;
    }
    if head_present {
        let others = present.iter().filter(|s| !matches!(s, Standing::Head { .. })).count();
        if others > 2 {
            findings.add(&rules::EXTRA_AGENTS_LIMIT, "too_many", "/appearing", crate::args![("field", "/appearing"), ("count", others)]);
        }
    } else {
        // 行政诉讼法 第三十一条第一款: without the head, the staff and lawyers appearing are all
        // entrusted agents. (A person wrongly appearing as head is already an APP-004/APP-020
        // finding and is not counted a second time.)
        let agents = present.iter().filter(|s| matches!(s, Standing::Staff | Standing::UnqualifiedStaff | Standing::Agent)).count();
        if agents > 2 {
            findings.add(&rules::EXTRA_AGENTS_LIMIT, "too_many_agents", "/appearing", crate::args![("field", "/appearing"), ("count", agents)]);
        }
    }
    // 规定 第七条第一款 (one appearance per instance) governs from 2020-07-01.
    if !head_present {
        if duty_met_earlier(&form) && findings.in_force(&PROV) {
            findings.add(&rules::EARLIER_APPEARANCE, "duty_met_earlier", "/hearing/headAppearedEarlierInInstance", crate::args![("field", "/hearing/headAppearedEarlierInInstance")]);
            if let Some(explanation) = &form.absence {
                check_explanation(findings, explanation, "/absence", hearing_date, false);
            }
        } else {
            match &form.absence {
                None => {
                    findings.add(&rules::ABSENCE_EXPLAINED, dated(findings, "missing", "missing_2018"), "/absence", crate::args![("field", "/absence")]);
                    suggestion_risk = true;
                }
                Some(explanation) => check_explanation(findings, explanation, "/absence", hearing_date, false),
            }
        }
    }
    check_court_notice(findings, &form.court_notice, hearing_date, head_present);
    if suggestion_risk {
        findings.add(&rules::JUDICIAL_SUGGESTION, dated(findings, "judicial_suggestion", "judicial_suggestion_2018"), "/appearing", crate::args![("field", "/appearing")]);
    }

    appearance_pack::apply(findings, &packs, &form, &assessment);
    Ok(())
}

/// 规定 第七条第一款: a head's appearance at an earlier hearing of the same instance generally
/// suffices, "但人民法院通知行政机关负责人再次出庭的除外" — a notice or written suggestion for this
/// hearing is that exception.
fn duty_met_earlier(form: &AppearanceFiling) -> bool {
    let earlier = form.hearing.as_ref().and_then(|h| h.head_appeared_earlier_in_instance) == Some(true);
    let called_again = form
        .court_notice
        .as_ref()
        .is_some_and(|n| n.written_suggestion == Some(true) || n.served_on.as_deref().is_some_and(|s| !s.trim().is_empty()));
    earlier && !called_again
}

/// APP-014, APP-015, APP-016: the court's notice and the grounds of 规定 第四条.
fn check_court_notice(findings: &mut Findings, notice: &Option<CourtNotice>, hearing_date: Option<CivilDate>, head_present: bool) {
    let Some(n) = notice else { return };
    let mut mandatory = Vec::new();
    let mut discretionary = Vec::new();
    for (k, g) in n.grounds.as_deref().unwrap_or(&[]).iter().enumerate() {
        match GROUNDS.iter().find(|(code, _, _)| *code == g.trim()) {
            Some((_, true, zh)) => mandatory.push(*zh),
            Some((_, false, zh)) => discretionary.push(*zh),
            None => {
                let path = format!("/courtNotice/grounds/{k}");
                let allowed: Vec<&str> = GROUNDS.iter().map(|(c, _, _)| *c).collect();
                findings.add(&rules::FORM_COMPLETE, "unknown_value", path.clone(), crate::args![("field", path), ("value", g), ("allowed", allowed.join(", "))]);
            }
        }
    }
    if n.written_suggestion == Some(true) {
        mandatory.push("法院书面建议负责人出庭的案件");
    }
    let served = date_field(findings, &n.served_on, "/courtNotice/servedOn");
    if served.is_some() && mandatory.is_empty() {
        mandatory.push("法院已通知负责人出庭的案件");
    }
    if !head_present && !mandatory.is_empty() {
        findings.add(&rules::HEAD_CALLED, dated(findings, "head_required", "head_required_2018"), "/courtNotice", crate::args![("field", "/courtNotice"), ("grounds", mandatory.join("、"))]);
    }
    if served.is_none() && n.written_suggestion != Some(true) && !discretionary.is_empty() {
        findings.add(&rules::HEAD_MAY_BE_CALLED, "may_notify", "/courtNotice/grounds", crate::args![("field", "/courtNotice/grounds"), ("grounds", discretionary.join("、"))]);
    }
    if let (Some(s), Some(h)) = (served, hearing_date) {
        // 开庭三日前: at least three days between service and the hearing day.
        if (h - s).num_days() < 3 {
            let args = crate::args![
                ("field", "/courtNotice/servedOn"),
                ("servedOn", crate::date::format_civil_date(s)),
                ("hearingDate", crate::date::format_civil_date(h)),
            ];
            findings.add(&rules::NOTICE_THREE_DAYS, "late", "/courtNotice/servedOn", args);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::CheckOptions;

    fn run(filing: Value) -> Result<crate::report::Report, Error> {
        let today = CivilDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
        crate::filings::check(&filing, &CheckOptions::new(today))
    }

    /// Odd but well-typed input never panics and never becomes a call error.
    #[test]
    fn odd_values_are_findings_not_panics() {
        let odd = ["", " ", "\u{200B}", "𠮷𠮷𠮷", "99999999999999999999", "2026-02-30", "-", "９"];
        for v in odd {
            let person = serde_json::json!({
                "name": v, "idNumber": v, "sex": v, "birthDate": v, "post": v, "role": v, "employer": v,
                "staffStatus": v, "documents": [{"type": v, "name": v, "post": v, "authority": v, "submittedOn": v}]
            });
            let filing = serde_json::json!({
                "kind": "appearance",
                "hearing": {"date": v, "court": v, "caseNumber": v, "procedure": v},
                "agency": {"name": v, "creditCode": v, "level": v},
                "courtNotice": {"grounds": [v], "servedOn": v},
                "appearing": [person],
                "absence": {"reason": {"category": v, "facts": v}, "submittedOn": v, "substitute": {"role": v, "idNumber": v}}
            });
            assert!(run(filing).is_ok(), "{v:?}");
        }
    }

    #[test]
    fn wrong_type_error_names_the_person() {
        let filing = serde_json::json!({"kind": "appearance", "appearing": [{}, {"attended": "yes"}]});
        let e = run(filing).err().map(|e| e.message().to_string()).unwrap_or_default();
        assert!(e.starts_with("filing/appearing/1:"), "{e}");
    }
}
