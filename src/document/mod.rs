//! Checks on the text of a document: a 起诉状 (complaint), 答辩状 (defence statement), 上诉状
//! (appeal) or 行政复议申请书 (reconsideration application), pasted by the user or extracted
//! from a PDF by the portal.
//!
//! - DOC-001: the parts the law requires are there (found as headings or labels at the start of a
//!   line, ignoring the spaces that PDF extraction inserts: `原  告：` is `原告：`);
//! - DOC-002: every case number (案号) in the text parses, and the form's case number is there;
//! - DOC-003: dates written in Chinese numerals (二〇二四年十月八日, 二零二四年十月八日) or digits
//!   (2024年10月8日) are real days, and the date at the end agrees with the form;
//! - DOC-004: the parties named in the form appear in the text ([`crate::text::names::same_name`]);
//! - DOC-005: amounts in capitals (壹拾万元整) agree with the figures beside them and the form;
//! - DOC-006: the document ends with a signature (or seal) and a date.
//!
//! Regular expressions are compiled once per process (`OnceLock`) with `regex-lite`, which has no
//! Unicode class tables, so every pattern spells out the characters it needs.

pub mod numerals;

use crate::ids::case_number;
use crate::rules::document::{
    AMOUNTS_AGREE, CASE_NUMBER_VALID, CLOSING_PRESENT, DATE_AGREES, NAMES_AGREE, SECTIONS_PRESENT,
};
use crate::rules::Findings;
use crate::text::names::{fold_name, same_name};
use regex_lite::Regex;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// The kinds of document whose text can be checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum DocumentType {
    /// 起诉状.
    Complaint,
    /// 答辩状.
    Defence,
    /// 上诉状.
    Appeal,
    /// 行政复议申请书.
    Reconsideration,
}

impl DocumentType {
    /// The document's name as its heading writes it.
    pub fn title(self) -> &'static str {
        match self {
            DocumentType::Complaint => "起诉状",
            DocumentType::Defence => "答辩状",
            DocumentType::Appeal => "上诉状",
            DocumentType::Reconsideration => "行政复议申请书",
        }
    }

    /// (section as named in messages, labels any of which marks it at the start of a line).
    /// `@label` is a party label, which must be followed by a colon or a bracketed role;
    /// `*text` may appear anywhere in a line.
    fn sections(self) -> &'static [(&'static str, &'static [&'static str])] {
        match self {
            DocumentType::Complaint => &[
                ("原告", &["@原告", "@起诉人"]),
                ("被告", &["@被告"]),
                ("诉讼请求", &["诉讼请求"]),
                ("事实与理由", &["事实与理由", "事实和理由", "事实及理由"]),
            ],
            DocumentType::Defence => &[
                ("答辩人", &["@答辩人"]),
                ("答辩意见", &["答辩意见", "答辩理由", "答辩请求", "答辩事项", "*答辩如下"]),
            ],
            DocumentType::Appeal => &[
                ("上诉人", &["@上诉人"]),
                ("被上诉人", &["@被上诉人"]),
                ("上诉请求", &["上诉请求"]),
                ("上诉理由", &["上诉理由", "事实与理由", "事实和理由", "事实及理由"]),
            ],
            DocumentType::Reconsideration => &[
                ("申请人", &["@申请人"]),
                ("被申请人", &["@被申请人"]),
                ("行政复议请求", &["行政复议请求", "复议请求"]),
                ("事实和理由", &["事实和理由", "事实与理由", "事实及理由"]),
            ],
        }
    }

    /// The label the signer writes at the end (具状人 for a complaint).
    fn signer_labels(self) -> &'static [&'static str] {
        match self {
            DocumentType::Complaint => &["具状人", "起诉人"],
            DocumentType::Defence => &["答辩人"],
            DocumentType::Appeal => &["上诉人"],
            DocumentType::Reconsideration => &["申请人"],
        }
    }
}

/// The role of a party in a document, as the form knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Role {
    Plaintiff,
    Defendant,
    Appellant,
    Appellee,
    Applicant,
    Respondent,
    ThirdParty,
}

impl Role {
    /// The labels documents use for this role.
    fn labels(self) -> &'static [&'static str] {
        match self {
            Role::Plaintiff => &["原告", "起诉人", "被答辩人"],
            Role::Defendant => &["被告", "答辩人"],
            Role::Appellant => &["上诉人"],
            Role::Appellee => &["被上诉人"],
            Role::Applicant => &["申请人"],
            Role::Respondent => &["被申请人"],
            Role::ThirdParty => &["第三人"],
        }
    }

    /// The term used in messages.
    fn term(self) -> &'static str {
        self.labels().first().copied().unwrap_or("当事人")
    }

    /// The role in Traditional characters, for a zh-Hant message (the catalogue's s2t of `term`).
    fn term_hant(self) -> &'static str {
        match self {
            Role::Appellant => "上訴人",
            Role::Appellee => "被上訴人",
            Role::Applicant => "申請人",
            Role::Respondent => "被申請人",
            other => other.term(),
        }
    }

    /// The role in English, for the English message.
    fn term_en(self) -> &'static str {
        match self {
            Role::Plaintiff => "plaintiff",
            Role::Defendant => "defendant",
            Role::Appellant => "appellant",
            Role::Appellee => "appellee",
            Role::Applicant => "applicant",
            Role::Respondent => "respondent",
            Role::ThirdParty => "third party",
        }
    }
}

/// A party the form names, expected in the text.
#[derive(Debug, Clone)]
pub struct ExpectedParty<'a> {
    /// JSON Pointer of the name in the form.
    pub path: String,
    pub role: Role,
    pub name: &'a str,
}

/// What the form says that the text must agree with. Every item is optional.
#[derive(Debug, Clone, Default)]
pub struct Expectations<'a> {
    /// The form's case number, if it parsed.
    pub case_number: Option<&'a str>,
    /// The form's date for the document (`YYYY-MM-DD`, already valid).
    pub signed_on: Option<crate::date::CivilDate>,
    pub parties: Vec<ExpectedParty<'a>>,
    /// The amount the form claims, in fen.
    pub amount_fen: Option<u64>,
}

/// Checks `text`, a document of type `doc`, whose JSON Pointer in the input is `text_path`.
pub fn check_text(doc: DocumentType, text: &str, text_path: &str, expect: &Expectations, findings: &mut Findings) {
    let lines: Vec<String> = text.lines().map(squeeze).filter(|l| !l.is_empty()).collect();
    let field = text_path.trim_start_matches('/');
    if lines.is_empty() {
        findings.add(&SECTIONS_PRESENT, "text_empty", text_path, crate::args![("field", field)]);
        return;
    }
    check_sections(doc, &lines, text_path, findings);
    check_case_numbers(text, text_path, expect.case_number, findings);
    check_dates(doc, text, &lines, text_path, expect.signed_on, findings);
    check_names(text, &lines, &expect.parties, findings);
    check_amounts(text, text_path, expect.amount_fen, findings);
}

/// A line with every space removed (PDF extraction spaces out headings: `原  告`).
fn squeeze(line: &str) -> String {
    line.chars().filter(|c| !c.is_whitespace() && !matches!(c, '\u{200B}'..='\u{200D}' | '\u{FEFF}')).collect()
}

fn check_sections(doc: DocumentType, lines: &[String], text_path: &str, findings: &mut Findings) {
    let field = text_path.trim_start_matches('/');
    // One finding listing every missing part: a report keeps one finding per (path, rule, message).
    let mut absent = Vec::new();
    for (section, labels) in doc.sections() {
        let found = labels.iter().any(|label| {
            if let Some(anywhere) = label.strip_prefix('*') {
                lines.iter().any(|l| l.contains(anywhere))
            } else if let Some(party) = label.strip_prefix('@') {
                // A party label is followed by its colon or a bracketed role (上诉人（原审原告）：);
                // 被申请人于…作出 is prose.
                lines.iter().any(|l| l.strip_prefix(party).is_some_and(|r| r.starts_with(['：', ':', '（', '('])))
            } else {
                lines.iter().any(|l| l.starts_with(label))
            }
        });
        if !found {
            absent.push(*section);
        }
    }
    if !absent.is_empty() {
        findings.add(
            &SECTIONS_PRESENT,
            "section_missing",
            text_path,
            crate::args![("field", field), ("document", doc.title()), ("section", absent.join("、"))],
        );
    }
    // The closing: a signer's label or a signature mark in the last lines. The signer's label is
    // also the party label at the head of most documents (答辩人：…), so the first labelled line
    // is the heading, not the signature; 具状人 appears only at the end.
    let labelled = |l: &String, label: &str| l.strip_prefix(label).is_some_and(|r| r.starts_with(['：', ':', '（', '(']));
    let tail_start = lines.len().saturating_sub(6);
    let signed = doc.signer_labels().iter().any(|label| {
        let first = lines.iter().position(|l| labelled(l, label));
        lines.iter().enumerate().skip(tail_start).any(|(i, l)| labelled(l, label) && (*label == "具状人" || Some(i) != first))
    }) || lines[tail_start..]
        .iter()
        .any(|l| ["（盖章）", "(盖章)", "（签名）", "(签名)", "（签字）", "(签字)", "（印章）"].iter().any(|m| l.contains(m)));
    if !signed {
        let label = doc.signer_labels().first().copied().unwrap_or("");
        findings.add(
            &CLOSING_PRESENT,
            "signature_missing",
            text_path,
            crate::args![("field", field), ("document", doc.title()), ("label", label)],
        );
    }
}

fn case_number_regex() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        // A year in round brackets, then up to 30 characters of court and type, then 号 (or 號, and
        // a sub-number 之一). Not 〔〕: that is how 文号 (document numbers such as 法释〔2018〕1号) are written.
        Regex::new(r"[（(][ \t\u{3000}]*[0-9０-９]{4}[ \t\u{3000}]*[）)][^号號\n。，；：（(]{1,30}[号號](?:之[一二三四五六七八九十]{1,3})?")
            .ok()
    })
    .as_ref()
}

fn date_regex() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        let sp = r"[ \t\u{3000}]*";
        let pattern = format!(
            r"([〇零○Ｏ0-9０-９一二三四五六七八九]{{4}}){sp}年{sp}([0-9０-９]{{1,2}}|[元一二三四五六七八九十]{{1,3}}){sp}月{sp}([0-9０-９]{{1,2}}|[一二三四五六七八九十]{{1,3}}){sp}日"
        );
        Regex::new(&pattern).ok()
    })
    .as_ref()
}

fn capital_regex() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?:人民币)?[零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟万亿]+[元圆](?:零|[零壹贰貳叁參肆伍陆陸柒捌玖][角分])*[整正]?")
            .ok()
    })
    .as_ref()
}

fn figure_after_regex() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^[ \t\u{3000}]*[（(][ \t\u{3000}]*(?:小写)?[：:]?[ \t\u{3000}]*[¥￥]?[ \t\u{3000}]*([0-9][0-9,，]*(?:\.[0-9]{1,2})?)")
            .ok()
    })
    .as_ref()
}

fn figure_before_regex() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"([0-9][0-9,，]*(?:\.[0-9]{1,2})?)[ \t\u{3000}]*元?[ \t\u{3000}]*[（(][ \t\u{3000}]*(?:大写)?[：:]?[ \t\u{3000}]*$")
            .ok()
    })
    .as_ref()
}

// Each pattern is a constant that `tests::patterns_compile` builds; were one ever rejected, its
// check would find nothing rather than panic (a panic in wasm kills the module for the page).

fn check_case_numbers(text: &str, text_path: &str, expected: Option<&str>, findings: &mut Findings) {
    let field = text_path.trim_start_matches('/');
    let today = findings.options().today;
    let mut parsed = Vec::new();
    for m in case_number_regex().into_iter().flat_map(|re| re.find_iter(text)) {
        match case_number::parse(m.as_str(), today) {
            Ok(n) => parsed.push(n.normalized),
            // In running text a bracketed year followed by no court code is not a case number
            // ((2024)年度报告第3号); only a form field is held to be one.
            Err(case_number::Problem::CourtCode { .. }) => {}
            // Nor is an appraisal, notarial or agency number shaped like a pre-2016 case number
            // (（2015）京正信鉴字第123号鉴定意见): it is cited, not mistyped.
            Err(case_number::Problem::LegacyTypeWord { .. }) => {}
            Err(problem) => {
                let mut args = crate::args![("field", field), ("value", case_number::normalize(m.as_str()))];
                for (k, v) in problem.args(today) {
                    args.insert(k.to_string(), v);
                }
                if let Some(t) = CASE_NUMBER_VALID.message(problem.code()) {
                    findings.add(&CASE_NUMBER_VALID, t.id, text_path, args);
                }
            }
        }
    }
    if let Some(expected) = expected {
        let want = case_number::normalize(expected);
        if !parsed.contains(&want) {
            match parsed.first() {
                Some(other) => findings.add(
                    &CASE_NUMBER_VALID,
                    "mismatch",
                    text_path,
                    crate::args![("field", field), ("inText", other), ("inForm", want)],
                ),
                None => findings.add(
                    &CASE_NUMBER_VALID,
                    "not_in_text",
                    text_path,
                    crate::args![("field", field), ("inForm", want)],
                ),
            }
        }
    }
}

fn check_dates(
    doc: DocumentType,
    text: &str,
    lines: &[String],
    text_path: &str,
    signed_on: Option<crate::date::CivilDate>,
    findings: &mut Findings,
) {
    let field = text_path.trim_start_matches('/');
    let today = findings.options().today;
    for c in date_regex().into_iter().flat_map(|re| re.captures_iter(text)) {
        let (y, mo, d) = (cap(&c, 1), cap(&c, 2), cap(&c, 3));
        if numerals::civil_date(y, mo, d).is_none() {
            findings.add(&DATE_AGREES, "invalid", text_path, crate::args![("field", field), ("inText", cap(&c, 0))]);
        }
    }
    // The document's date is the last of its last lines that is a date (possibly after 日期：):
    // a date inside a sentence there (出生于…) is not the closing.
    let closing = lines[lines.len().saturating_sub(5)..].iter().rev().find_map(|line| {
        let line = line.strip_prefix("日期：").or_else(|| line.strip_prefix("日期:")).unwrap_or(line);
        date_regex().and_then(|re| re.captures(line)).filter(|c| c.get(0).is_some_and(|m| m.start() == 0))
    });
    let Some(c) = closing else {
        findings.add(&CLOSING_PRESENT, "date_missing", text_path, crate::args![("field", field), ("document", doc.title())]);
        return;
    };
    let Some(date) = numerals::civil_date(cap(&c, 1), cap(&c, 2), cap(&c, 3)) else { return };
    let shown = crate::date::format_civil_date(date);
    if date > today {
        findings.add(
            &DATE_AGREES,
            "in_future",
            text_path,
            crate::args![("field", field), ("date", shown), ("today", crate::date::format_civil_date(today))],
        );
    }
    if let Some(want) = signed_on {
        if want != date {
            findings.add(
                &DATE_AGREES,
                "mismatch",
                text_path,
                crate::args![
                    ("field", field),
                    ("inText", cap(&c, 0)),
                    ("date", shown),
                    ("inForm", crate::date::format_civil_date(want))
                ],
            );
        }
    }
}

fn cap<'t>(c: &regex_lite::Captures<'t>, i: usize) -> &'t str {
    c.get(i).map_or("", |m| m.as_str())
}

/// The names a document gives after a role label: `原告：张三，男，…` → `张三`;
/// `上诉人（原审原告）：张三` → `张三`.
fn labelled_names(lines: &[String], role: Role) -> Vec<String> {
    let mut names = Vec::new();
    for line in lines {
        for label in role.labels() {
            let Some(mut rest) = line.strip_prefix(label) else { continue };
            if let Some(after) = rest.strip_prefix('（').or_else(|| rest.strip_prefix('(')) {
                let Some(close) = after.find(['）', ')']) else { continue };
                let close_len = after[close..].chars().next().map_or(1, char::len_utf8);
                rest = &after[close + close_len..];
            }
            // Only `label：name`; 原告认为… is prose, not a label.
            let Some(value) = rest.strip_prefix('：').or_else(|| rest.strip_prefix(':')) else { continue };
            let name: String = value.chars().take_while(|c| !"，,；;。（(、".contains(*c)).collect();
            if !name.is_empty() {
                names.push(name);
            }
        }
    }
    names
}

fn check_names(text: &str, lines: &[String], parties: &[ExpectedParty], findings: &mut Findings) {
    let folded_text = fold_name(text);
    for party in parties {
        if party.name.trim().is_empty() {
            continue;
        }
        let labelled = labelled_names(lines, party.role);
        let found = labelled.iter().any(|n| same_name(n, party.name)) || folded_text.contains(&fold_name(party.name));
        if !found {
            let in_text = if labelled.is_empty() { "—".to_string() } else { labelled.join("、") };
            findings.add(
                &NAMES_AGREE,
                "not_in_text",
                party.path.clone(),
                crate::args![
                    ("field", party.path.trim_start_matches('/')),
                    ("role", party.role.term()),
                    ("roleHant", party.role.term_hant()),
                    ("roleEn", party.role.term_en()),
                    ("name", party.name),
                    ("inText", in_text)
                ],
            );
        }
    }
}

fn check_amounts(text: &str, text_path: &str, form_fen: Option<u64>, findings: &mut Findings) {
    let field = text_path.trim_start_matches('/');
    let mut values = Vec::new();
    for m in capital_regex().into_iter().flat_map(|re| re.find_iter(text)) {
        let capital = m.as_str();
        let Some(fen) = numerals::capital_amount_fen(capital) else {
            findings.add(&AMOUNTS_AGREE, "capital_invalid", text_path, crate::args![("field", field), ("capital", capital)]);
            continue;
        };
        values.push(fen);
        let after = figure_after_regex().and_then(|re| re.captures(&text[m.end()..]));
        let before_start = text[..m.start()].char_indices().rev().nth(40).map_or(0, |(i, _)| i);
        let before = figure_before_regex().and_then(|re| re.captures(&text[before_start..m.start()]));
        let figure = after.or(before).and_then(|c| c.get(1)).map(|g| g.as_str());
        if let Some(figure) = figure {
            if numerals::figure_fen(figure) != Some(fen) {
                findings.add(
                    &AMOUNTS_AGREE,
                    "figure_mismatch",
                    text_path,
                    crate::args![
                        ("field", field),
                        ("capital", capital),
                        ("capitalValue", numerals::format_fen(fen)),
                        ("figure", figure)
                    ],
                );
            }
        }
    }
    if let Some(want) = form_fen {
        if !values.is_empty() && !values.contains(&want) {
            let in_text: Vec<String> = values.iter().map(|v| numerals::format_fen(*v)).collect();
            findings.add(
                &AMOUNTS_AGREE,
                "form_mismatch",
                text_path,
                crate::args![("field", field), ("inText", in_text.join("、")), ("inForm", numerals::format_fen(want))],
            );
        }
    }
}

/// The `document` operation's input: a document's text and, optionally, what the form says.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct DocumentInput {
    /// `complaint`, `defence`, `appeal` or `reconsideration`.
    #[serde(rename = "type")]
    #[cfg_attr(feature = "schema", schemars(title = "文书类型", extend("x-label-en" = "document type")))]
    pub document_type: Option<DocumentType>,
    /// The document's text.
    #[cfg_attr(feature = "schema", schemars(title = "文书正文", extend("x-label-en" = "document text")))]
    pub text: Option<String>,
    /// The case number the form gives (答辩状, 上诉状).
    #[cfg_attr(feature = "schema", schemars(title = "案号", extend("x-label-en" = "case number")))]
    pub case_number: Option<String>,
    /// The date the form gives for the document (`YYYY-MM-DD`).
    #[cfg_attr(feature = "schema", schemars(title = "落款日期", extend("x-label-en" = "date signed")))]
    pub signed_on: Option<String>,
    /// The parties the form names.
    #[cfg_attr(feature = "schema", schemars(title = "当事人", extend("x-label-en" = "party", "x-item-zh" = "人")))]
    pub parties: Option<Vec<DocumentParty>>,
    /// The amount the form claims, in yuan (`12345.67`).
    #[cfg_attr(feature = "schema", schemars(title = "金额", extend("x-label-en" = "amount")))]
    pub amount: Option<String>,
}

/// A party the form names.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct DocumentParty {
    #[cfg_attr(feature = "schema", schemars(title = "诉讼地位", extend("x-label-en" = "role")))]
    pub role: Role,
    #[cfg_attr(feature = "schema", schemars(title = "姓名或名称", extend("x-label-en" = "name")))]
    pub name: String,
}

/// Runs the document checks on a [`DocumentInput`] (the `document` operation). Paths point into it.
///
/// # Errors
/// `invalid_argument` when `type` is missing (the checks depend on it) or a field has the wrong JSON type.
pub fn check_input(input: &serde_json::Value, findings: &mut Findings) -> Result<(), crate::Error> {
    let doc: DocumentInput = crate::form::deserialize(input, "document")?;
    let Some(doc_type) = doc.document_type else {
        return Err(crate::Error::new(
            crate::error::ErrorKind::InvalidArgument,
            "document.type: required, one of complaint, defence, appeal, reconsideration",
        ));
    };
    let today = findings.options().today;
    let signed_on = crate::form::date_field(doc.signed_on.as_deref(), "/signedOn", today, findings);
    let case_number = crate::form::case_number_field(doc.case_number.as_deref(), "/caseNumber", findings);
    let amount_fen = crate::form::amount_field(doc.amount.as_deref(), "/amount", findings);
    let parties = doc
        .parties
        .iter()
        .flatten()
        .enumerate()
        .map(|(i, p)| ExpectedParty { path: format!("/parties/{i}/name"), role: p.role, name: &p.name })
        .collect();
    let expect = Expectations { case_number, signed_on, parties, amount_fen };
    check_text(doc_type, doc.text.as_deref().unwrap_or(""), "/text", &expect, findings);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_compile() {
        for re in [case_number_regex(), date_regex(), capital_regex(), figure_after_regex(), figure_before_regex()] {
            assert!(re.is_some());
        }
        let is = |re: Option<&Regex>, t: &str| re.is_some_and(|re| re.is_match(t));
        assert!(is(date_regex(), "二〇二四年十月八日"));
        assert!(is(date_regex(), "2024 年 10 月 8 日"));
        assert!(is(capital_regex(), "人民币壹万贰仟叁佰肆拾伍元陆角柒分"));
        assert!(is(case_number_regex(), "（2024）粤71 行初 123 号"));
        assert!(!is(case_number_regex(), "法释〔2018〕1号"));
        let found = |t: &str| case_number_regex().and_then(|re| re.find(t)).map(|m| m.as_str().to_string());
        assert_eq!(found("依（2024）粤71行初123号之一裁定").as_deref(), Some("（2024）粤71行初123号之一"));
        assert_eq!(found("（2024）粵71行終5號判決").as_deref(), Some("（2024）粵71行終5號"));
    }

    #[test]
    fn labelled_names_skip_parenthesised_roles() {
        let lines = vec!["上诉人（原审原告）：张三，男".to_string(), "被上诉人（原审被告）：某市某局".to_string()];
        assert_eq!(labelled_names(&lines, Role::Appellant), vec!["张三".to_string()]);
        assert_eq!(labelled_names(&lines, Role::Appellee), vec!["某市某局".to_string()]);
    }
}
