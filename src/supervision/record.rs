//! A case record (案件台账记录) as a bureau keeps it, read leniently: a field of the wrong type or
//! a bad date is a finding naming the field, and the rest of the record is still read. A record
//! without a case number or an agency is rejected, and the rejection is itself a finding: nothing
//! is dropped silently.

use crate::date::{parse_civil_date, CivilDate};
use crate::i18n::{Args, Lang};
use serde::Serialize;
use serde_json::Value;

/// The procedure of a case. Public API: the strings never change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Procedure {
    /// 一审.
    FirstInstance,
    /// 二审.
    Appeal,
    /// 再审.
    Retrial,
    /// 非诉执行 or other court procedures.
    Other,
    /// 行政复议 (no court): a record that carries only reconsiderations.
    Reconsideration,
}

impl Procedure {
    fn parse(s: &str) -> Option<Procedure> {
        Some(match s {
            "firstInstance" => Procedure::FirstInstance,
            "appeal" => Procedure::Appeal,
            "retrial" => Procedure::Retrial,
            "other" => Procedure::Other,
            "reconsideration" => Procedure::Reconsideration,
            _ => return None,
        })
    }
}

/// Who appeared for the agency, in what role (出庭应诉人员).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Role {
    /// 行政机关正职负责人.
    Head,
    /// 副职负责人 / 参与分管的负责人 (counts as 负责人 under 行诉解释 第一百二十八条).
    DeputyHead,
    /// 工作人员.
    Staff,
    /// 律师.
    Lawyer,
}

impl Role {
    fn parse(s: &str) -> Option<Role> {
        Some(match s {
            "head" => Role::Head,
            "deputyHead" => Role::DeputyHead,
            "staff" => Role::Staff,
            "lawyer" => Role::Lawyer,
            _ => return None,
        })
    }
    /// A 负责人 (head or deputy head).
    pub fn is_head(self) -> bool {
        matches!(self, Role::Head | Role::DeputyHead)
    }
}

/// How a case ended (结案方式).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Outcome {
    /// 败诉 (the agency lost: act revoked, changed, declared unlawful, ordered to perform …).
    Lost,
    /// 胜诉 (claim dismissed).
    Won,
    /// 协调化解后撤诉 (withdrawn after mediation).
    WithdrawnAfterMediation,
    /// 撤诉 without mediation.
    Withdrawn,
    /// 裁定驳回起诉 and other endings.
    Other,
}

impl Outcome {
    fn parse(s: &str) -> Option<Outcome> {
        Some(match s {
            "lost" => Outcome::Lost,
            "won" => Outcome::Won,
            "withdrawnAfterMediation" => Outcome::WithdrawnAfterMediation,
            "withdrawn" => Outcome::Withdrawn,
            "other" => Outcome::Other,
            _ => return None,
        })
    }
}

/// The agency's level (层级).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Level {
    Province,
    City,
    County,
    Township,
}

impl Level {
    fn parse(s: &str) -> Option<Level> {
        Some(match s {
            "province" => Level::Province,
            "city" => Level::City,
            "county" => Level::County,
            "township" => Level::Township,
            _ => return None,
        })
    }
    /// The level's id as in the record.
    pub fn id(self) -> &'static str {
        match self {
            Level::Province => "province",
            Level::City => "city",
            Level::County => "county",
            Level::Township => "township",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agency {
    pub name: String,
    pub credit_code: Option<String>,
    pub level: Option<Level>,
}

impl Agency {
    /// The key agencies are grouped by: the credit code when given, else the name.
    pub fn key(&self) -> &str {
        self.credit_code.as_deref().unwrap_or(&self.name)
    }
}

/// One appearing person at a hearing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Appearing {
    pub name: Option<String>,
    pub role: Role,
}

/// A hearing (开庭) and who appeared for the agency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hearing {
    pub date: CivilDate,
    pub appeared: Vec<Appearing>,
}

impl Hearing {
    /// The agency's head (or a deputy) appeared (负责人出庭).
    pub fn head_appeared(&self) -> bool {
        self.appeared.iter().any(|a| a.role.is_head())
    }
}

/// A judgment or ruling served on the agency, with its performance period when it sets one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Judgment {
    pub served: CivilDate,
    pub performance_due: Option<CivilDate>,
}

/// How and when the case was concluded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Concluded {
    pub date: CivilDate,
    pub outcome: Outcome,
}

/// The result of a reconsideration (复议决定).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum ReconsiderationResult {
    /// 纠错 (revoked, changed, declared unlawful, ordered to perform).
    Corrected,
    /// 维持 / 驳回.
    Upheld,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reconsideration {
    pub received: Option<CivilDate>,
    pub decided: Option<CivilDate>,
    pub result: Option<ReconsiderationResult>,
}

/// What the agency reported to the bureau (报备 or 反馈) and when.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum ReportKind {
    Report,
    Feedback,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reported {
    pub kind: ReportKind,
    pub date: CivilDate,
}

/// One case as a bureau's list holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseRecord {
    pub case_number: String,
    pub court: Option<String>,
    pub agency: Agency,
    pub procedure: Procedure,
    /// 应诉通知书送达.
    pub notice_served: Option<CivilDate>,
    /// 提交答辩状.
    pub answered: Option<CivilDate>,
    pub hearings: Vec<Hearing>,
    pub judgment: Option<Judgment>,
    /// 履行完毕.
    pub performed: Option<CivilDate>,
    pub concluded: Option<Concluded>,
    pub reconsiderations: Vec<Reconsideration>,
    pub reported: Vec<Reported>,
}

/// What is wrong with a record. Public API: `messageId`s never change.
///
/// | messageId | meaning |
/// |---|---|
/// | `not_object` | the line is not a JSON object |
/// | `invalid_json` | the line is not JSON |
/// | `required` | a required field is missing (the record is rejected) |
/// | `wrong_type` | a field has the wrong JSON type (the field is ignored) |
/// | `invalid_date` | not a `YYYY-MM-DD` civil date (the field is ignored) |
/// | `unknown_value` | not one of the documented values (`allowed` lists them; the field is ignored) |
/// | `date_order` | a date before the date it must follow (`after` names that field) |
/// | `invalid_credit_code` | the agency's credit code does not parse (GB 32100) |
/// | `status_unavailable` | the record was read but its timeline failed (`code`, `error`); it is still counted in rates |
/// | `unknown_column`, `unknown_event` at `/csv…` | from the CSV import ([`super::csv`]) |
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct RecordFinding {
    /// Index of the record in the list (the JSONL line number minus one).
    pub record: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub case_number: Option<String>,
    /// JSON Pointer into the record.
    pub path: String,
    /// The catalogue rule (`SUP-…`, [`crate::rules::supervision`]) whose message this is.
    pub rule_id: &'static str,
    pub message_id: &'static str,
    pub args: Args,
    /// `error` when the record was rejected, `warning` when a field was ignored.
    #[cfg_attr(feature = "schema", schemars(extend("enum" = ["error", "warning"])))]
    pub severity: &'static str,
    /// The message in the desk's language, naming the field by its label ([`RecordFinding::render`]).
    pub message: String,
}

impl RecordFinding {
    /// A finding of the rule that has `message_id`; its message is rendered later, in the desk's
    /// language ([`RecordFinding::render`]).
    pub fn new(record: usize, case_number: Option<String>, path: String, message_id: &'static str, args: Args, severity: &'static str) -> RecordFinding {
        let rule_id = crate::rules::supervision::rule_of(message_id).id;
        RecordFinding { record, case_number, path, rule_id, message_id, args, severity, message: String::new() }
    }

    /// Renders the message in `lang`: `{field}` is the record's number and the field's label,
    /// values and types are words (`{allowedWords}`, `{expectedWords}`), `{afterLabel}` the field
    /// a date must follow.
    pub fn render(&mut self, lang: Lang) {
        let rule = crate::rules::supervision::rule_of(self.message_id);
        let Some(template) = rule.message(self.message_id) else { return };
        let key = self.path.rsplit('/').next().unwrap_or("");
        let mut shown: std::collections::BTreeMap<&str, String> = std::collections::BTreeMap::new();
        shown.insert("field", super::labels::field(self.record, &self.path, lang));
        if let Some(expected) = self.args.get("expected") {
            shown.insert("expectedWords", super::labels::values(expected, expected, lang).into_owned());
        }
        if let Some(allowed) = self.args.get("allowed") {
            shown.insert("allowedWords", super::labels::values(key, allowed, lang).into_owned());
        }
        if let Some(after) = self.args.get("after") {
            // `after` is a key of the record (`noticeServed`), of the same object as the later
            // field (`received` beside `…/decided`), or a path below the record (`judgment/served`).
            let sibling = self.path.rsplit_once('/').map(|(parent, _)| format!("{parent}/{after}")).unwrap_or_default();
            let path = if after.contains('/') { format!("/{after}") } else { sibling };
            let label = super::labels::label(&path, lang).or_else(|| super::labels::label(&format!("/{after}"), lang));
            shown.insert("afterLabel", label.unwrap_or_else(|| after.clone()));
        }
        let args = &self.args;
        self.message = crate::i18n::render_with(template, lang, &|k| shown.get(k).map(String::as_str).or_else(|| args.get(k).map(String::as_str)));
    }
}

struct Reader {
    record: usize,
    findings: Vec<RecordFinding>,
}

impl Reader {
    fn add(&mut self, path: &str, message_id: &'static str, args: Args, severity: &'static str) {
        self.findings.push(RecordFinding::new(self.record, None, path.to_string(), message_id, args, severity));
    }
    fn str_at(&mut self, v: &Value, key: &str, path: &str) -> Option<String> {
        match v.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(_) => {
                self.add(&format!("{path}/{key}"), "wrong_type", crate::args![("expected", "string")], "warning");
                None
            }
        }
    }
    fn date_at(&mut self, v: &Value, key: &str, path: &str) -> Option<CivilDate> {
        let s = self.str_at(v, key, path)?;
        match parse_civil_date(&s, key) {
            Ok(d) => Some(d),
            Err(_) => {
                self.add(&format!("{path}/{key}"), "invalid_date", crate::args![("value", crate::date::truncate(&s))], "warning");
                None
            }
        }
    }
    fn enum_at<T>(&mut self, v: &Value, key: &str, path: &str, parse: fn(&str) -> Option<T>, allowed: &str) -> Option<T> {
        let s = self.str_at(v, key, path)?;
        let parsed = parse(&s);
        if parsed.is_none() {
            self.add(&format!("{path}/{key}"), "unknown_value", crate::args![("value", crate::date::truncate(&s)), ("allowed", allowed)], "warning");
        }
        parsed
    }
    fn array_at<'v>(&mut self, v: &'v Value, key: &str, path: &str) -> &'v [Value] {
        match v.get(key) {
            None | Some(Value::Null) => &[],
            Some(Value::Array(a)) => a,
            Some(_) => {
                self.add(&format!("{path}/{key}"), "wrong_type", crate::args![("expected", "array")], "warning");
                &[]
            }
        }
    }
    fn order(&mut self, earlier: Option<CivilDate>, later: Option<CivilDate>, earlier_field: &str, later_path: &str) {
        if let (Some(a), Some(b)) = (earlier, later) {
            if b < a {
                self.add(later_path, "date_order", crate::args![("after", earlier_field)], "warning");
            }
        }
    }
}

/// Reads record number `index` (0-based) from its JSON. Returns the record (or `None` when it is
/// rejected) and every finding about it.
pub fn read_record(value: &Value, index: usize) -> (Option<CaseRecord>, Vec<RecordFinding>) {
    let mut r = Reader { record: index, findings: Vec::new() };
    if !value.is_object() {
        r.add("", "not_object", Args::new(), "error");
        return (None, r.findings);
    }
    let case_number = r.str_at(value, "caseNumber", "");
    if case_number.is_none() && value.get("caseNumber").is_none() {
        r.add("/caseNumber", "required", Args::new(), "error");
    }
    let court = r.str_at(value, "court", "");
    let agency = match value.get("agency") {
        Some(a @ Value::Object(_)) => {
            let name = r.str_at(a, "name", "/agency");
            if name.is_none() && a.get("name").is_none() {
                r.add("/agency/name", "required", Args::new(), "error");
            }
            let credit_code = r.str_at(a, "creditCode", "/agency");
            if let Some(code) = &credit_code {
                if crate::ids::credit_code::parse(code).is_err() {
                    r.add("/agency/creditCode", "invalid_credit_code", Args::new(), "warning");
                }
            }
            let level = r.enum_at(a, "level", "/agency", Level::parse, "province, city, county, township");
            name.map(|name| Agency { name, credit_code, level })
        }
        None | Some(Value::Null) => {
            r.add("/agency", "required", Args::new(), "error");
            None
        }
        Some(_) => {
            r.add("/agency", "wrong_type", crate::args![("expected", "object")], "error");
            None
        }
    };
    let procedure = match r.enum_at(value, "procedure", "", Procedure::parse, "firstInstance, appeal, retrial, other, reconsideration") {
        Some(p) => Some(p),
        None => {
            if value.get("procedure").is_none() {
                r.add("/procedure", "required", Args::new(), "error");
            }
            None
        }
    };
    let notice_served = r.date_at(value, "noticeServed", "");
    let answered = r.date_at(value, "answered", "");
    r.order(notice_served, answered, "noticeServed", "/answered");
    let mut hearings = Vec::new();
    for (i, h) in r.array_at(value, "hearings", "").iter().enumerate() {
        let path = format!("/hearings/{i}");
        let Some(date) = (if h.get("date").is_none() {
            r.add(&format!("{path}/date"), "required", Args::new(), "warning");
            None
        } else {
            r.date_at(h, "date", &path)
        }) else {
            continue;
        };
        let mut appeared = Vec::new();
        for (j, a) in r.array_at(h, "appeared", &path).iter().enumerate() {
            let apath = format!("{path}/appeared/{j}");
            let name = r.str_at(a, "name", &apath);
            if let Some(role) = r.enum_at(a, "role", &apath, Role::parse, "head, deputyHead, staff, lawyer") {
                appeared.push(Appearing { name, role });
            } else if a.get("role").is_none() {
                r.add(&format!("{apath}/role"), "required", Args::new(), "warning");
            }
        }
        hearings.push(Hearing { date, appeared });
    }
    crate::sort::sort_by_key(&mut hearings, |h| h.date);
    let judgment = match value.get("judgment") {
        None | Some(Value::Null) => None,
        Some(j @ Value::Object(_)) => {
            let served = r.date_at(j, "served", "/judgment");
            let performance_due = r.date_at(j, "performanceDue", "/judgment");
            r.order(served, performance_due, "judgment/served", "/judgment/performanceDue");
            served.map(|served| Judgment { served, performance_due })
        }
        Some(_) => {
            r.add("/judgment", "wrong_type", crate::args![("expected", "object")], "warning");
            None
        }
    };
    let performed = r.date_at(value, "performed", "");
    let concluded = match value.get("concluded") {
        None | Some(Value::Null) => None,
        Some(c @ Value::Object(_)) => {
            let date = r.date_at(c, "date", "/concluded");
            let outcome = r.enum_at(c, "outcome", "/concluded", Outcome::parse, "lost, won, withdrawnAfterMediation, withdrawn, other");
            match (date, outcome) {
                (Some(date), Some(outcome)) => Some(Concluded { date, outcome }),
                _ => None,
            }
        }
        Some(_) => {
            r.add("/concluded", "wrong_type", crate::args![("expected", "object")], "warning");
            None
        }
    };
    let mut reconsiderations = Vec::new();
    for (i, x) in r.array_at(value, "reconsiderations", "").iter().enumerate() {
        let path = format!("/reconsiderations/{i}");
        let received = r.date_at(x, "received", &path);
        let decided = r.date_at(x, "decided", &path);
        r.order(received, decided, "received", &format!("{path}/decided"));
        let result = r.enum_at(x, "result", &path, |s| match s {
            "corrected" => Some(ReconsiderationResult::Corrected),
            "upheld" => Some(ReconsiderationResult::Upheld),
            _ => None,
        }, "corrected, upheld");
        reconsiderations.push(Reconsideration { received, decided, result });
    }
    let mut reported = Vec::new();
    for (i, x) in r.array_at(value, "reported", "").iter().enumerate() {
        let path = format!("/reported/{i}");
        let kind = r.enum_at(x, "kind", &path, |s| match s {
            "report" => Some(ReportKind::Report),
            "feedback" => Some(ReportKind::Feedback),
            _ => None,
        }, "report, feedback");
        let date = r.date_at(x, "date", &path);
        if let (Some(kind), Some(date)) = (kind, date) {
            reported.push(Reported { kind, date });
        }
    }
    for f in &mut r.findings {
        f.case_number = case_number.clone();
    }
    let record = match (case_number, agency, procedure) {
        (Some(case_number), Some(agency), Some(procedure)) => Some(CaseRecord {
            case_number, court, agency, procedure, notice_served, answered, hearings, judgment, performed, concluded, reconsiderations, reported,
        }),
        _ => {
            if !r.findings.iter().any(|f| f.severity == "error") {
                r.add("", "required", Args::new(), "error");
            }
            None
        }
    };
    (record, r.findings)
}
