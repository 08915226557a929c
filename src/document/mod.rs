//! Checks on the text of a document: a 起诉状 (complaint), 答辩状 (defence statement), 上诉状
//! (appeal) or 行政复议申请书 (reconsideration application), pasted by the user or extracted
//! from a PDF by the portal.
//!
//! - DOC-001: the parts the law requires are there (found as headings or labels at the start of a
//!   line: `原告：`, `原告李某，男，…`, `上诉人姓名：`, `一、诉讼请求`, `请求事项`, `事实及理由`);
//! - DOC-002: every case number (案号) in the text parses, and the form's case number is there;
//! - DOC-003: dates written in Chinese numerals (二〇二四年十月八日, 二零二四年十月八日, 二o二四年…)
//!   or digits (2024年10月8日) are real days, and the date at the end (also `2024.10.8`, after
//!   `申请日期：`, or on the signer's line) agrees with the form; a date that begins a sentence of
//!   the facts (2024年9月1日，被告…) is not the document's date;
//! - DOC-004: the parties named in the form appear in the text ([`crate::text::names::same_name`]);
//! - DOC-005: amounts in capitals (壹拾万元整) agree with the figures beside them (`100000元`,
//!   `10万元`) and the form; a figure with 万 (罚款人民币10万元) is not an amount in capitals;
//! - DOC-006: the document ends with a signature (or seal) and a date.
//!
//! Every check reads the text through its matching view (`view.rs`): traditional characters folded to simplified,
//! full-width forms to ASCII, spaces inside lines removed (`原  告：` is `原告：`), page headers and
//! footers dropped, and line breaks lost in a PDF paste restored at the labels and headings. What
//! a finding quotes (a date, an amount, a name) is taken from the original text, as typed. An
//! attachment after the closing (授权委托书, 法定代表人身份证明书, a list headed 附件) is not
//! part of the document: its signature and date are not the document's.
//!
//! The text patterns (a case number, a date, an amount in capitals, a page mark) are matched by
//! hand in `patterns.rs`, each exactly as the regular expression its comment quotes.

pub mod numerals;
mod patterns;
mod view;

use crate::ids::case_number;
use crate::rules::document::{
    AMOUNTS_AGREE, CASE_NUMBER_VALID, CLOSING_PRESENT, DATE_AGREES, NAMES_AGREE, SECTIONS_PRESENT,
};
use crate::rules::Findings;
use crate::text::names::{fold_name, same_name};
use patterns::{CAPITAL, CASE_NUMBER, DATE, DOTTED_DATE, FIGURE_AFTER, FIGURE_BEFORE};
use serde::Serialize;
use std::ops::Range;

/// The kinds of document whose text can be checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
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
crate::form::read::form_enum!(DocumentType, { Complaint: "complaint", Defence: "defence", Appeal: "appeal", Reconsideration: "reconsideration" });

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
    /// `@label` is a party label, which must be followed by a colon, a bracketed role or a name
    /// and the party's details ([`party_line`]); `*text` may appear anywhere in a line (`*A…B`: A
    /// and then B). Headings
    /// may be numbered (`一、诉讼请求`).
    fn sections(self) -> &'static [(&'static str, &'static [&'static str])] {
        match self {
            DocumentType::Complaint => &[
                ("原告", &["@原告", "@起诉人"]),
                ("被告", &["@被告", "@被起诉人"]),
                ("诉讼请求", &["诉讼请求", "请求事项", "起诉请求"]),
                ("事实与理由", &["事实与理由", "事实和理由", "事实及理由", "事实理由"]),
            ],
            DocumentType::Defence => &[
                ("答辩人", &["@答辩人", "@答辩单位"]),
                (
                    "答辩意见",
                    &[
                        "答辩意见",
                        "答辩理由",
                        "答辩请求",
                        "答辩事项",
                        "*答辩如下",
                        "*如下答辩意见",
                        "*答辩理由…如下",
                        "*答辩意见…如下",
                        "*答辩意见:",
                    ],
                ),
            ],
            DocumentType::Appeal => &[
                ("上诉人", &["@上诉人"]),
                ("被上诉人", &["@被上诉人"]),
                ("上诉请求", &["上诉请求", "请求事项"]),
                ("上诉理由", &["上诉理由", "事实与理由", "事实和理由", "事实及理由", "事实理由"]),
            ],
            DocumentType::Reconsideration => &[
                ("申请人", &["@申请人"]),
                ("被申请人", &["@被申请人"]),
                ("行政复议请求", &["行政复议请求", "复议请求", "请求事项", "行政复议事项", "复议事项", "申请事项"]),
                ("事实和理由", &["事实和理由", "事实与理由", "事实及理由", "事实理由"]),
            ],
        }
    }

    /// The label the signer writes at the end (具状人 for a complaint).
    fn signer_labels(self) -> &'static [&'static str] {
        match self {
            DocumentType::Complaint => &["具状人", "起诉人", "起诉单位"],
            DocumentType::Defence => &["答辩人", "答辩单位"],
            DocumentType::Appeal => &["上诉人", "上诉单位"],
            DocumentType::Reconsideration => &["申请人", "申请单位"],
        }
    }
}

/// The role of a party in a document, as the form knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
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
crate::form::read::form_enum!(Role, { Plaintiff: "plaintiff", Defendant: "defendant", Appellant: "appellant", Appellee: "appellee", Applicant: "applicant", Respondent: "respondent", ThirdParty: "thirdParty" });

impl Role {
    /// The labels documents use for this role.
    fn labels(self) -> &'static [&'static str] {
        match self {
            Role::Plaintiff => &["原告", "起诉人", "被答辩人"],
            Role::Defendant => &["被告", "答辩人", "被起诉人"],
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
///
/// The checks match on the text's matching view (script, width, spaces, page marks and line
/// breaks made alike) and quote the original.
pub fn check_text(doc: DocumentType, text: &str, text_path: &str, expect: &Expectations, findings: &mut Findings) {
    let view = view::View::new(text);
    let field = text_path.trim_start_matches('/');
    if view.lines.is_empty() {
        findings.add(&SECTIONS_PRESENT, "text_empty", text_path, crate::args![("field", field)]);
        return;
    }
    let body = &view.lines[..body_end(&view.lines)];
    check_sections(doc, body, text_path, findings);
    check_case_numbers(text, text_path, expect.case_number, findings);
    check_dates(doc, text, &view.lines, body, text_path, expect.signed_on, findings);
    check_names(text, &view.lines, &expect.parties, findings);
    check_amounts(text, &view.lines, text_path, expect.amount_fen, findings);
}

/// Words the checks look for besides the labels and headings of the view, kept here so a test
/// can check that each is found in every traditional writing.
#[cfg(test)]
const VOCABULARY: &[&str] = &[
    "签名", "签字", "盖章", "印章", "公章", "签章", "签名或盖章", "签名或者盖章", "答辩如下", "答辩意见如下", "如下答辩意见",
    "行政复议申请书", "起诉状", "答辩状", "上诉状", "姓名", "名称", "万元", "亿元", "壹贰叁肆伍陆柒捌玖拾佰仟", "年月日",
    "第页共页", "男", "女", "住所", "身份证", "出生", "民族", "统一社会信用代码", "联系电话", "职务", "认为", "不服",
    "作出", "请求", "提出", "大写", "小写", "人民币",
];

/// A line without the numbering or bracket in front of a heading: `一、诉讼请求`, `（二）事实与理由`,
/// `1.上诉请求`, `【诉讼请求】`.
fn unnumbered(line: &str) -> &str {
    &line[patterns::heading_number_len(line)..]
}

/// Words after a party's name on a party line written without a colon (`原告李某，男，住…`).
const PARTY_DETAILS: &[&str] = &[
    "男", "女", "住", "地址", "身份", "出生", "族", "法定代表人", "负责人", "统一社会信用代码", "电话", "职务", "代表人",
    "经营者", "公民身份号码",
];

/// Words that make `原告X，…` prose rather than a party line: 原告认为…, 申请人不服…. Words,
/// not single characters: 于, 向 and 将 begin sentences but are also surnames (原告于某，男).
const PROSE: &[&str] = &[
    "认为", "不服", "诉称", "因诉", "作出", "请求", "要求", "提出", "向被", "对被", "不予", "未予", "已经", "没有", "被告",
    "原告", "申请人", "答辩人", "上诉人", "的行为", "的决定",
];

/// True when `name`, read after a party label without a colon, is a sentence instead: it holds a
/// prose word or a date (原告于2026年3月向…).
fn reads_as_prose(name: &str) -> bool {
    let dated = name.chars().any(|c| c.is_ascii_digit() || "〇零一二三四五六七八九".contains(c))
        && name.contains(['年', '月']);
    dated || PROSE.iter().any(|w| name.contains(w))
}

/// Where the name starts on `line` when it is a party line for `label`: `label：name`,
/// `label（原审原告）：name`, `label姓名：name`, `label一：name`, or without a colon
/// `label name，男，…` (or a line that is just `label name`). With `colon_only` (a line after the
/// parties, where 被告某区政府强拆房屋。 is prose) only the forms with a colon count.
fn party_line(line: &str, label: &str, colon_only: bool) -> Option<usize> {
    let rest = line.strip_prefix(label)?;
    // 【原告】王某某
    let rest = rest.strip_prefix(['】', ']', '〗']).unwrap_or(rest);
    let mut at = line.len() - rest.len();
    let mut rest = rest;
    if let Some(after) = rest.strip_prefix('(') {
        let close = after.find(')')?;
        rest = &after[close + 1..];
        at = line.len() - rest.len();
    }
    // 上诉人姓名：…, 被申请人名称：…; at the end 具状人签名：…, 答辩人盖章：….
    for word in ["姓名", "名称", "签名", "签字", "盖章", "签章", "签名或盖章", "签字或盖章"] {
        if let Some(r) = rest.strip_prefix(word) {
            if r.starts_with([':', '(']) {
                rest = r;
            }
        }
    }
    if let Some(c) = rest.chars().next().filter(|c| matches!(c, '一'..='十' | '0'..='9')) {
        if rest[c.len_utf8()..].starts_with(':') {
            rest = &rest[c.len_utf8()..];
        }
    }
    // 起诉人（签名或盖章）：…: the bracket held a mark, a colon follows.
    if let Some(r) = rest.strip_prefix('(') {
        rest = r.find(')').map_or(r, |i| &r[i + 1..]);
    }
    if let Some(r) = rest.strip_prefix(':') {
        return Some(line.len() - r.len());
    }
    if colon_only {
        return None;
    }
    // No colon: a name (no prose word in it), then details or the end of the line.
    let name_end = rest.find([',', ';', '。']).unwrap_or(rest.len());
    let (name, after) = rest.split_at(name_end);
    let n = name.chars().count();
    if n == 0 || n > 40 || reads_as_prose(name) {
        return None;
    }
    let after = after.trim_start_matches([',', ';', '。']);
    // A line that is only `label name`: a person's name (up to four characters) or an organisation's.
    let alone = after.is_empty() && (n <= 4 || is_organisation(name));
    (alone || PARTY_DETAILS.iter().any(|w| after.contains(w))).then_some(at)
}

/// The party on line `i` for `label`, as (line of the name, where the name starts): a
/// [`party_line`], or a block as the courts' 要素式 templates print it, the label on a line of its
/// own (`原告（自然人）`) and `姓名：张某` or `名称：某市某局` on the next.
fn party_at(lines: &[view::Line], i: usize, label: &str, colon_only: bool) -> Option<(usize, usize)> {
    let whole = &lines.get(i)?.text;
    let line = unnumbered(whole);
    if let Some(start) = party_line(line, label, colon_only) {
        return Some((i, start + whole.len() - line.len()));
    }
    let rest = line.strip_prefix(label)?;
    let bracket_only = rest.is_empty() || rest.starts_with('(') && rest.find(')') == Some(rest.len() - 1);
    if !bracket_only {
        return None;
    }
    let next = &lines.get(i + 1)?.text;
    ["姓名:", "名称:"].iter().find_map(|w| next.strip_prefix(w)).map(|r| (i + 1, next.len() - r.len()))
}

/// Where the parties end: the first heading (诉讼请求, 此致, …). Party lines without a colon are
/// read only above it.
fn parties_end(lines: &[view::Line]) -> usize {
    lines
        .iter()
        .position(|l| {
            let t = unnumbered(&l.text);
            view::HEADINGS.iter().any(|h| t.starts_with(h))
        })
        .unwrap_or(lines.len())
}

/// A signature or seal mark: a bracket holding 签名, 签字, 盖章, 印章, 公章, 签章 or a
/// fingerprint (手印, 捺印, 指印).
fn has_signature_mark(line: &str) -> bool {
    line.split('(').skip(1).any(|b| {
        let inside = b.split(')').next().unwrap_or("");
        ["签名", "签字", "盖章", "印章", "公章", "签章", "手印", "捺印", "指印"].iter().any(|m| inside.contains(m))
    })
}

/// The end of the document proper: an attachment after it (授权委托书, 法定代表人身份证明书,
/// or a list headed 附件 after the closing date) is not part of it, and has a signature and a
/// date of its own that are not the document's.
fn body_end(lines: &[view::Line]) -> usize {
    let salutation = lines.iter().position(|l| l.text == "此致");
    let half = lines.len() / 2;
    for (i, line) in lines.iter().enumerate().skip(1) {
        let t = unnumbered(&line.text);
        // 授权委托书, 授权委托书（特别授权）, 法定代表人身份证明书: a title, not 附：授权委托书一份.
        let title = ["授权委托书", "法定代表人身份证明"].iter().any(|w| {
            t.strip_prefix(w).is_some_and(|r| r.chars().count() <= 8 && !r.contains(['。', ',', ';']))
        });
        let after_salutation = salutation.map_or(i > half, |s| i > s);
        if title && after_salutation {
            return i;
        }
        let list = t.starts_with("附件") || t.starts_with("附:");
        if list && after_salutation && lines[..i].iter().rev().take(3).any(|l| closing_date_in(&l.text).is_some()) {
            return i;
        }
    }
    lines.len()
}

/// Where the body's closing begins: the last lines, and everything after 此致.
fn tail_start(body: &[view::Line]) -> usize {
    let last = body.len().saturating_sub(6);
    match body.iter().rposition(|l| l.text == "此致") {
        Some(s) if s + 12 >= body.len() => last.min(s + 1),
        _ => last,
    }
}

fn check_sections(doc: DocumentType, body: &[view::Line], text_path: &str, findings: &mut Findings) {
    // The parts are looked for in the document proper: an attached 授权委托书 supplies none of them.
    let lines = body;
    let field = text_path.trim_start_matches('/');
    // One finding listing every missing part: a report keeps one finding per (path, rule, message).
    let mut absent = Vec::new();
    let head = parties_end(lines);
    for (section, labels) in doc.sections() {
        let found = labels.iter().any(|label| {
            if let Some(anywhere) = label.strip_prefix('*') {
                // `*A…B`: A, then B later in the same line (答辩理由陈述如下).
                lines.iter().any(|l| {
                    let mut rest = l.text.as_str();
                    anywhere.split('…').all(|part| match rest.find(part) {
                        Some(i) => {
                            rest = &rest[i + part.len()..];
                            true
                        }
                        None => false,
                    })
                })
            } else if let Some(party) = label.strip_prefix('@') {
                // A party label is followed by its colon, a bracketed role (上诉人（原审原告）：) or
                // a name and the party's details; 被申请人于…作出 is prose.
                (0..lines.len()).any(|i| party_at(lines, i, party, i >= head).is_some())
            } else {
                lines.iter().any(|l| unnumbered(&l.text).starts_with(label))
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
    // also the party label at the head of most documents (答辩人：…), so the first party line is
    // the heading, not the signature; 具状人 and 答辩单位 appear only at the end.
    let tail = tail_start(body);
    let signed = doc.signer_labels().iter().any(|label| {
        let first = (0..body.len()).find(|i| party_at(body, *i, label, *i >= head).is_some());
        let only_at_end = *label == "具状人" || label.ends_with("单位");
        (tail..body.len()).any(|i| party_line(&body[i].text, label, i >= head).is_some() && (only_at_end || Some(i) != first))
    }) || body[tail..].iter().any(|l| has_signature_mark(&l.text));
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

fn check_case_numbers(text: &str, text_path: &str, expected: Option<&str>, findings: &mut Findings) {
    let field = text_path.trim_start_matches('/');
    let today = findings.options().today;
    let mut parsed = Vec::new();
    for m in CASE_NUMBER.find_iter(text) {
        let found = &text[m.range.clone()];
        match case_number::parse(found, today) {
            Ok(n) => parsed.push(n.normalized),
            // In running text a bracketed year followed by no court code is not a case number
            // ((2024)年度报告第3号); only a form field is held to be one.
            Err(case_number::Problem::CourtCode { .. }) => {}
            // Nor is an appraisal, notarial or agency number shaped like a pre-2016 case number
            // (（2015）京正信鉴字第123号鉴定意见): it is cited, not mistyped.
            Err(case_number::Problem::LegacyTypeWord { .. }) => {}
            Err(problem) => {
                let mut args = crate::args![("field", field), ("value", case_number::normalize(found))];
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

/// Labels written before a closing date: `日期：`, `申请日期：`.
const DATE_LABELS: &[&str] = &["申请日期", "落款日期", "签署日期", "具状日期", "起诉日期", "答辩日期", "上诉日期", "日期", "时间"];

/// The closing date on a view line, as (year, month, day, byte range in the line): a line that is
/// only a date (after a date label), or a date at the end of a signer's line. A date followed by
/// more words (2026年9月1日，被告作出…) is in the facts, not the closing.
fn closing_date_in(line: &str) -> Option<(String, String, String, Range<usize>)> {
    let mut rest = line;
    for label in DATE_LABELS {
        if let Some(r) = rest.strip_prefix(label) {
            rest = r.trim_start_matches(':');
            break;
        }
    }
    let base = line.len() - rest.len();
    let rest = rest.trim_end_matches(['。', '.']);
    for pattern in [DATE, DOTTED_DATE] {
        if let Some(c) = pattern.find_iter(rest).last() {
            let m = c.range.clone();
            let whole = m.start == 0 && m.end == rest.len();
            let signer = m.end == rest.len() && (has_signature_mark(&rest[..m.start]) || rest[..m.start].contains(':'));
            if whole || signer {
                let part = |i| c.group_text(rest, i).to_string();
                return Some((part(1), part(2), part(3), base + m.start..base + m.end));
            }
        }
    }
    None
}

fn check_dates(
    doc: DocumentType,
    text: &str,
    lines: &[view::Line],
    body: &[view::Line],
    text_path: &str,
    signed_on: Option<crate::date::CivilDate>,
    findings: &mut Findings,
) {
    let field = text_path.trim_start_matches('/');
    let today = findings.options().today;
    // A quick test before the pattern: most lines of a long document have no date.
    for line in lines.iter().filter(|l| l.text.contains('年')) {
        for c in DATE.find_iter(&line.text) {
            let part = |i| c.group_text(&line.text, i);
            if numerals::civil_date(part(1), part(2), part(3)).is_none() {
                let shown = line.original(text, c.range.clone());
                findings.add(&DATE_AGREES, "invalid", text_path, crate::args![("field", field), ("inText", shown)]);
            }
        }
    }
    // The document's date is the last date of the closing (possibly after 日期：, or on the
    // signer's line); a date inside a sentence there (出生于…) is not the closing.
    let closing = body[tail_start(body).min(body.len().saturating_sub(5))..]
        .iter()
        .rev()
        .find_map(|line| closing_date_in(&line.text).map(|c| (line, c)));
    let Some((line, (y, mo, d, range))) = closing else {
        findings.add(&CLOSING_PRESENT, "date_missing", text_path, crate::args![("field", field), ("document", doc.title())]);
        return;
    };
    let Some(date) = numerals::civil_date(&y, &mo, &d) else { return };
    let in_text = line.original(text, range);
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
                    ("inText", in_text),
                    ("date", shown),
                    ("inForm", crate::date::format_civil_date(want))
                ],
            );
        }
    }
}

/// The names a document gives after a role label, as the user typed them: `原告：张三，男，…` →
/// `张三`; `上诉人（原审原告）：张三` → `张三`; `原告李某，男` → `李某`.
fn labelled_names(text: &str, lines: &[view::Line], role: Role) -> Vec<String> {
    let mut names = Vec::new();
    let head = parties_end(lines);
    for i in 0..lines.len() {
        for label in role.labels() {
            let Some((at, start)) = party_at(lines, i, label, i >= head) else { continue };
            let line = &lines[at];
            let value = &line.text[start..];
            let len = value.find([',', ';', '。', '(', '、']).unwrap_or(value.len());
            if len > 0 {
                names.push(line.original(text, start..start + len).into_owned());
            }
        }
    }
    names
}

/// Endings of the names of agencies, courts, companies and other organisations.
const ORGANISATION_ENDINGS: &[&str] = &[
    "局", "委员会", "政府", "公司", "院", "中心", "所", "部", "厅", "办公室", "办事处", "站", "队", "处", "会", "店", "社",
    "厂", "行", "集团", "学校", "大学", "医院", "管委会", "委", "署", "馆",
];

/// True when `name` names an organisation (某市发展和改革委员会), not a person.
fn is_organisation(name: &str) -> bool {
    let name = fold_name(name);
    name.chars().count() >= 4 && ORGANISATION_ENDINGS.iter().any(|e| name.ends_with(e))
}

/// A name folded with the view's wider script fold (`view::fold_char`).
fn wide_fold(name: &str) -> String {
    fold_name(name).chars().map(view::fold_char).collect()
}

fn check_names(text: &str, lines: &[view::Line], parties: &[ExpectedParty], findings: &mut Findings) {
    let folded_text = fold_name(text);
    let mut wide_text: Option<String> = None;
    for party in parties {
        if party.name.trim().is_empty() {
            continue;
        }
        let labelled = labelled_names(text, lines, party.role);
        let mut found = labelled.iter().any(|n| same_name(n, party.name)) || folded_text.contains(&fold_name(party.name));
        // A person's name is matched character for character across scripts only where the
        // characters map one to one (后 is a surname, 後 is not: see `text::names`). An
        // organisation's name is made of ordinary words, so the traditional writing of
        // 某市发展和改革委员会 (某市發展和改革委員會) is the same name.
        if !found && is_organisation(party.name) {
            let want = wide_fold(party.name);
            found = labelled.iter().any(|n| wide_fold(n) == want)
                || wide_text.get_or_insert_with(|| wide_fold(text)).contains(&want);
        }
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

/// A figure's value in fen, with 万 or 亿 after it (`10万`, `1.2亿`).
fn figure_with_unit_fen(figure: &str, unit: Option<&str>) -> Option<u64> {
    let scale: u64 = match unit {
        Some("万") => 10_000,
        Some("亿") => 100_000_000,
        _ => return numerals::figure_fen(figure),
    };
    let cleaned: String = figure.chars().filter(|c| *c != ',').collect();
    let (int, frac) = cleaned.split_once('.').unwrap_or((&cleaned, ""));
    if int.is_empty() || int.len() > 12 || frac.len() > 8 || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let yuan_int = int.parse::<u64>().ok()?.checked_mul(scale)?;
    let frac_fen = if frac.is_empty() {
        0
    } else {
        let den = 10u64.checked_pow(frac.len() as u32)?;
        let num = frac.parse::<u64>().ok()?.checked_mul(scale)?.checked_mul(100)?;
        if num % den != 0 {
            return None;
        }
        num / den
    };
    yuan_int.checked_mul(100)?.checked_add(frac_fen)
}

fn check_amounts(text: &str, lines: &[view::Line], text_path: &str, form_fen: Option<u64>, findings: &mut Findings) {
    let field = text_path.trim_start_matches('/');
    let mut values = Vec::new();
    for line in lines.iter().filter(|l| l.text.contains(['元', '圆'])) {
        let t = line.text.as_str();
        for m in CAPITAL.find_iter(t) {
            let (m, capital_text) = (m.range.clone(), &t[m.range]);
            // 罚款人民币10万元 is a figure with 万, not an amount in capitals.
            let has_capital = capital_text.chars().any(|c| "零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟".contains(c));
            let after_figure = t[..m.start].chars().next_back().is_some_and(|c| c.is_ascii_digit() || c == '.');
            if !has_capital || after_figure {
                continue;
            }
            let capital = line.original(text, m.clone());
            let Some(fen) = numerals::capital_amount_fen(capital_text) else {
                findings.add(&AMOUNTS_AGREE, "capital_invalid", text_path, crate::args![("field", field), ("capital", capital)]);
                continue;
            };
            values.push(fen);
            let after = FIGURE_AFTER.at_start(&t[m.end..]).map(|c| (c, m.end));
            let before_start = t[..m.start].char_indices().rev().nth(40).map_or(0, |(i, _)| i);
            let before = FIGURE_BEFORE.find(&t[before_start..m.start]).map(|c| (c, before_start));
            let Some((c, base)) = after.or(before) else { continue };
            let Some(g) = c.group(1).map(|g| base + g.start..base + g.end) else { continue };
            let unit_range = c.group(2).map(|u| base + u.start..base + u.end);
            let unit = unit_range.clone().map(|u| &t[u]);
            if figure_with_unit_fen(&t[g.clone()], unit) != Some(fen) {
                let end = unit_range.map_or(g.end, |u| u.end);
                let figure = line.original(text, g.start..end);
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
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
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
crate::form::read::form!(DocumentInput, open, { document_type: Option<DocumentType> = "type", text: Option<String> = "text", case_number: Option<String> = "caseNumber", signed_on: Option<String> = "signedOn", parties: Option<Vec<DocumentParty>> = "parties", amount: Option<String> = "amount" });

/// A party the form names.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct DocumentParty {
    #[cfg_attr(feature = "schema", schemars(title = "诉讼地位", extend("x-label-en" = "role")))]
    pub role: Role,
    #[cfg_attr(feature = "schema", schemars(title = "姓名或名称", extend("x-label-en" = "name")))]
    pub name: String,
}
crate::form::read::form!(DocumentParty, open, { role: Role = "role", name: String = "name" });

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
    fn patterns_find_what_the_checks_read() {
        let is = |pattern: patterns::Pattern, t: &str| pattern.find(t).is_some();
        assert!(is(DATE, "二〇二四年十月八日"));
        assert!(is(DATE, "2024 年 10 月 8 日"));
        assert!(is(CAPITAL, "人民币壹万贰仟叁佰肆拾伍元陆角柒分"));
        assert!(is(CASE_NUMBER, "（2024）粤71 行初 123 号"));
        assert!(!is(CASE_NUMBER, "法释〔2018〕1号"));
        let found = |t: &str| CASE_NUMBER.find(t).map(|m| t[m.range].to_string());
        assert_eq!(found("依（2024）粤71行初123号之一裁定").as_deref(), Some("（2024）粤71行初123号之一"));
        assert_eq!(found("（2024）粵71行終5號判決").as_deref(), Some("（2024）粵71行終5號"));
    }

    #[test]
    fn labelled_names_skip_parenthesised_roles() {
        let text = "上诉人（原审原告）：张三，男\n被上诉人（原审被告）：某市某局\n原告李某，男，住某地\n原告认为，被告违法。";
        let lines = view::View::new(text).lines;
        assert_eq!(labelled_names(text, &lines, Role::Appellant), vec!["张三".to_string()]);
        assert_eq!(labelled_names(text, &lines, Role::Appellee), vec!["某市某局".to_string()]);
        assert_eq!(labelled_names(text, &lines, Role::Plaintiff), vec!["李某".to_string()]);
        let text = "【原告】王某某，男\n一、被告：某县人民政府\n原告（自然人）\n姓名：方某";
        let lines = view::View::new(text).lines;
        assert_eq!(labelled_names(text, &lines, Role::Plaintiff), vec!["王某某".to_string(), "方某".to_string()]);
        assert_eq!(labelled_names(text, &lines, Role::Defendant), vec!["某县人民政府".to_string()]);
    }

    #[test]
    fn party_lines_with_and_without_colon() {
        assert!(party_line("原告:李某", "原告", false).is_some());
        assert!(party_line("原告一:陈某", "原告", false).is_some());
        assert!(party_line("上诉人姓名:杨某,性别:女", "上诉人", false).is_some());
        assert!(party_line("起诉人(签名或盖章):张某某", "起诉人", false).is_some());
        assert!(party_line("被告某市某区人民政府,住所地某路1号。", "被告", false).is_some());
        assert!(party_line("被告某市某区人民政府。", "被告", false).is_some());
        assert!(party_line("原告认为被告拆除房屋违法。", "原告", false).is_none());
        assert!(party_line("被申请人于2026年作出决定,", "被申请人", false).is_none());
        assert!(party_line("上诉人因诉被上诉人行政许可一案,不服判决", "上诉人", false).is_none());
        assert!(party_line("被告某区政府强拆房屋。", "被告", true).is_none());
        assert!(party_line("被告某区政府强拆房屋。", "被告", false).is_none());
        assert!(party_line("原告于某,男,住某地", "原告", false).is_some());
        assert!(party_line("原告于2026年3月向某局申请,某局未答复", "原告", false).is_none());
        assert!(party_line("原告某某在线科技有限公司,住所地某路", "原告", false).is_some());
        assert!(party_line("被告:某区政府", "被告", true).is_some());
    }

    #[test]
    fn closing_dates() {
        assert!(closing_date_in("二〇二六年十一月十八日").is_some());
        assert!(closing_date_in("二o二六年十一月十八日").is_some());
        assert!(closing_date_in("2026.11.18").is_some());
        assert!(closing_date_in("申请日期:2026年11月18日").is_some());
        assert!(closing_date_in("具状人:周某2026年11月18日").is_some());
        assert!(closing_date_in("2026年9月1日,被告作出处罚决定。").is_none());
    }

    #[test]
    fn organisations_match_across_scripts_and_people_one_to_one() {
        assert!(is_organisation("某市发展和改革委员会"));
        assert!(!is_organisation("钟某"));
        assert_eq!(wide_fold("某市發展和改革委員會"), wide_fold("某市发展和改革委员会"));
    }

    #[test]
    fn figures_with_wan_and_yi() {
        assert_eq!(figure_with_unit_fen("10", Some("万")), Some(10_000_000));
        assert_eq!(figure_with_unit_fen("1.2", Some("亿")), Some(12_000_000_000));
        assert_eq!(figure_with_unit_fen("120", Some("万")), Some(120_000_000));
        assert_eq!(figure_with_unit_fen("100,000.00", None), Some(10_000_000));
    }

    /// Nothing in the view or the checks panics on odd input (a panic in wasm kills the module).
    #[test]
    fn odd_text_does_not_panic() {
        let pieces = [
            "原告", "：", "（", "）", "(", ")", " ", "\n", "\r", "此致", "具状人", "二〇二六年", "十一月", "十八日", "2026.", "11.",
            "18", "壹拾万元", "万元", "10万", "（小写：", "¥", "第1页", "共2页", "- 2 -", "附件：", "授权委托书", "張", "复議", "\u{200B}",
            "\u{3000}", "，", "。", "（盖章）", "姓名", "一", "o", "訴訟請求", "、", "1.", "𠀀", "é",
        ];
        let Some(today) = crate::date::CivilDate::from_ymd_opt(2026, 12, 1) else { return };
        let options = crate::rules::CheckOptions::new(today);
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..400 {
            let mut text = String::new();
            for _ in 0..(seed % 60) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            let view = view::View::new(&text);
            for line in &view.lines {
                let _ = line.original(&text, 0..line.text.len());
                let _ = line.original(&text, 1..line.text.len().max(1));
            }
            for doc in [DocumentType::Complaint, DocumentType::Defence, DocumentType::Appeal, DocumentType::Reconsideration] {
                let mut findings = Findings::new(&options);
                check_text(doc, &text, "/text", &Expectations::default(), &mut findings);
            }
        }
    }
}
