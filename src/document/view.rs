//! The matching view of a document: its text as the checks read it, with a map back to the text
//! as the user typed it.
//!
//! People write the same document in many ways, and a PDF turns it into yet others. The checks
//! match on lines that have been made alike, and quote what they find from the original:
//!
//! - script: traditional characters are folded to simplified ones ([`fold_char`]), so 訴訟請求
//!   and 行政複議申請書 are found by the simplified labels;
//! - width: full-width letters, digits and punctuation become ASCII (`：（１）` → `:(1)`);
//! - spaces: every space inside a line is removed (`诉 讼 请 求` → `诉讼请求`), as are zero-width
//!   characters; a line spaced out character by character loses its single spaces before its
//!   line breaks are restored;
//! - line breaks: every kind (CRLF, a lone CR, U+2028, a vertical tab, a form feed) ends a line;
//! - page headers and footers (`第 1 页 共 3 页`, `第1页/共2页`, `- 2 -`) are dropped;
//! - lost line breaks (text pasted from a PDF as one line) are restored at the labels, headings and
//!   closing marks that begin a line in every document (` 被告：`, ` 此致 `, a date at the end);
//! - extra line breaks inside a label or heading (`诉讼请` / `求：`) are joined.
//!
//! Nothing here changes what the user typed: every view character remembers the bytes of the
//! original it came from ([`Line::original`]).

use crate::text::names::fold_script;
use std::ops::Range;

/// The simplified form of a traditional character, for matching only.
///
/// [`fold_script`] folds only pairs that map one to one, so that two different names never
/// become equal. Labels and numerals need more: 複議 and 復議 are both 复议, 簽名 is 签名, 萬 is
/// 万. These characters have one simplified form (their simplified form has several traditional
/// ones, which is why the name fold keeps them). The view matches them only against fixed
/// simplified words and quotes the original; names of people are never compared through this
/// fold (only organisations' names, whose words have one meaning: see `check_names`).
pub fn fold_char(c: char) -> char {
    match c {
        '復' | '複' | '覆' => '复',
        '簽' | '籤' => '签',
        '萬' => '万',
        '億' => '亿',
        '於' => '于',
        '後' => '后',
        '臺' | '檯' | '颱' => '台',
        '裡' | '裏' => '里',
        '並' | '併' => '并',
        '據' => '据',
        '為' | '爲' => '为',
        '當' | '噹' => '当',
        '發' | '髮' => '发',
        '餘' => '余',
        '製' => '制',
        '準' => '准',
        '徵' => '征',
        '範' => '范',
        '歷' | '曆' => '历',
        '係' | '繫' => '系',
        '隻' | '祇' => '只',
        '週' => '周',
        '劃' => '划',
        '託' => '托',
        '註' => '注',
        '証' | '證' => '证',
        '彙' | '匯' => '汇',
        '僱' => '雇',
        '戶' => '户',
        '內' => '内',
        '說' | '説' => '说',
        '稅' => '税',
        '吿' => '告',
        '産' => '产',
        '衛' | '衞' => '卫',
        c => fold_script(c),
    }
}

/// One character of the view and the bytes of the original it stands for.
#[derive(Debug, Clone, Copy)]
struct Unit {
    c: char,
    start: u32,
    end: u32,
}

/// A byte offset as stored in the map (`u32`, so a 10 MB text does not need 24 bytes a char);
/// past 4 GiB the map saturates and quotes fall back to the view's text, never panic.
fn offset(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

/// A line of the view.
#[derive(Debug, Clone)]
pub struct Line {
    /// The line as the checks match it (folded, no spaces).
    pub text: String,
    /// For each char of `text`, in order, its byte offset in `text` and its original bytes.
    units: Vec<(u32, u32, u32)>,
}

impl Line {
    fn from_units(units: &[Unit]) -> Line {
        let mut text = String::new();
        let mut map = Vec::with_capacity(units.len());
        for u in units {
            map.push((offset(text.len()), u.start, u.end));
            text.push(u.c);
        }
        Line { text, units: map }
    }

    /// The original bytes behind `range`, a byte range of [`Line::text`].
    pub fn original_range(&self, range: Range<usize>) -> Option<Range<usize>> {
        // `units` is sorted by its offset in `text`.
        let (start, end) = (offset(range.start), offset(range.end));
        let first = self.units.get(self.units.partition_point(|(at, _, _)| *at < start))?;
        let last = self.units.get(self.units.partition_point(|(at, _, _)| *at < end).checked_sub(1)?)?;
        (first.1 <= last.2).then_some(first.1 as usize..last.2 as usize)
    }

    /// The text the user typed behind `range` of [`Line::text`] (spaces inside it included);
    /// the view's text when the map fails, which it should not.
    pub fn original<'t>(&self, source: &'t str, range: Range<usize>) -> std::borrow::Cow<'t, str> {
        match self.original_range(range.clone()).and_then(|r| source.get(r)) {
            Some(s) => std::borrow::Cow::Borrowed(s),
            None => std::borrow::Cow::Owned(self.text.get(range).unwrap_or("").to_string()),
        }
    }
}

/// The matching view of a text: its lines, normalised.
#[derive(Debug, Clone)]
pub struct View {
    pub lines: Vec<Line>,
}

/// Words that begin a line of a document wherever they appear: a space (or a full stop) before
/// one of them in a long line means a line break was lost there. Labels must be followed by a
/// colon or a bracket (checked in [`starts_line`]); `被告` in prose never is.
const LABELS: &[&str] = &[
    "原告", "被告", "起诉人", "被起诉人", "答辩人", "被答辩人", "上诉人", "被上诉人", "申请人", "被申请人", "第三人",
    "法定代表人", "负责人", "委托代理人", "诉讼代理人", "委托诉讼代理人", "具状人", "答辩单位", "起诉单位",
    "上诉单位", "申请单位", "委托人", "受托人", "住所地", "地址", "住址", "日期", "申请日期",
];

/// Headings that begin a line, with or without a colon.
pub(super) const HEADINGS: &[&str] = &[
    "诉讼请求", "请求事项", "起诉请求", "事实与理由", "事实和理由", "事实及理由", "事实理由", "答辩意见", "答辩理由",
    "答辩请求", "答辩事项", "上诉请求", "上诉理由", "行政复议请求", "复议请求", "行政复议事项", "复议事项", "申请事项",
    "此致", "授权委托书",
    "法定代表人身份证明书", "法定代表人身份证明", "附件", "附:",
];

fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// The view char for an original char; `None` to drop it.
fn normalise(c: char) -> Option<char> {
    match c {
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => None,
        // Every line break: \r\n (the \r is dropped by the caller), a lone \r, a vertical tab
        // (Word's manual break), a form feed (a page break in extracted text), U+0085, U+2028, U+2029.
        '\n' | '\r' | '\u{000B}' | '\u{000C}' | '\u{0085}' | '\u{2028}' | '\u{2029}' => Some('\n'),
        c if c.is_whitespace() => Some(' '),
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).map(fold_char),
        '〔' => Some('['),
        '〕' => Some(']'),
        c => Some(fold_char(c)),
    }
}

fn starts_with_units(units: &[Unit], word: &str) -> bool {
    let mut it = units.iter().map(|u| u.c);
    word.chars().all(|w| it.next() == Some(w))
}

/// True when a line could start at `units` (a label followed by a colon or bracket, a heading,
/// or a closing date at the end of the line).
fn starts_line(units: &[Unit]) -> bool {
    let after = |n: usize| units.get(n).map(|u| u.c);
    for label in LABELS {
        let n = label.chars().count();
        if starts_with_units(units, label) {
            if matches!(after(n), Some(':' | '(' | '（')) {
                return true;
            }
            // 上诉人姓名：, 被申请人名称：, 原告一：, 原告2：
            if (starts_with_units(&units[n..], "姓名") || starts_with_units(&units[n..], "名称"))
                && matches!(after(n + 2), Some(':' | '('))
            {
                return true;
            }
            if matches!(after(n), Some('一'..='十' | '0'..='9')) && matches!(after(n + 1), Some(':')) {
                return true;
            }
        }
    }
    for heading in HEADINGS {
        let n = heading.chars().count();
        if starts_with_units(units, heading) && (heading.ends_with(':') || matches!(after(n), None | Some(':' | ' '))) {
            return true;
        }
    }
    false
}

/// True when `units` is a date that ends the line (or is followed by a space): the closing date
/// of a document pasted as one line.
fn date_at(units: &[Unit]) -> bool {
    let s: String = units.iter().take(24).map(|u| u.c).collect();
    let Some(m) = super::DATE.find(&s) else { return false };
    if m.range.start != 0 {
        return false;
    }
    let len = s[..m.range.end].chars().count();
    units.get(len).map_or(true, |u| is_space(u.c))
}

/// Splits a raw line where line breaks were lost: before a label, heading or closing date that
/// follows a space (or a full stop, for labels).
fn resplit(units: &[Unit]) -> Vec<&[Unit]> {
    let mut parts = Vec::new();
    let mut start = 0;
    for i in 1..units.len() {
        let prev = units[i - 1].c;
        let here = &units[i..];
        if is_space(here[0].c) {
            continue;
        }
        let after_space = is_space(prev);
        let after_stop = matches!(prev, '。' | ';' | '；');
        let cut = (after_space || after_stop) && starts_line(here)
            || after_space && date_at(here)
            // 此致 is followed by the court on a line of its own.
            || after_space && i >= start + 2 && i <= start + 8 && {
                let before: String = units[start..i].iter().map(|u| u.c).filter(|c| !is_space(*c)).collect();
                before == "此致"
            };
        if cut {
            parts.push(&units[start..i]);
            start = i;
        }
    }
    parts.push(&units[start..]);
    parts
}

/// Removes page marks inside a raw line (a footer pasted between two paragraphs): `第1页/共2页`
/// with spaces on both sides.
fn drop_inline_page_marks(units: &[Unit]) -> Vec<Unit> {
    let s: String = units.iter().map(|u| u.c).collect();
    if !units.iter().any(|u| u.c == '页') {
        return units.to_vec();
    }
    let marks: Vec<Range<usize>> = super::patterns::INLINE_PAGE_MARK.find_iter(&s).filter_map(|c| c.group(1)).collect();
    if marks.is_empty() {
        return units.to_vec();
    }
    let mut drop = vec![false; units.len()];
    // Byte offset in `s` → index of its char (built only when there is a mark).
    let mut index = vec![0; s.len() + 1];
    for (n, (b, c)) in s.char_indices().enumerate() {
        for slot in index.iter_mut().skip(b).take(c.len_utf8()) {
            *slot = n;
        }
    }
    index[s.len()] = units.len();
    let char_at = |byte: usize| index.get(byte).copied().unwrap_or(units.len());
    for m in marks {
        for d in drop.iter_mut().take(char_at(m.end)).skip(char_at(m.start)) {
            *d = true;
        }
    }
    units.iter().zip(drop).filter(|(_, d)| !d).map(|(u, _)| *u).collect()
}

/// A raw line whose characters are spaced out one by one (`原 告 ： 王 某`, as some PDF
/// extractions write every character) loses those single spaces, so that its labels can be found;
/// a wider gap stays as one space, where a line break may have been lost. Other lines are kept.
fn unspace(units: Vec<Unit>) -> Vec<Unit> {
    let mut single = 0;
    let mut solid = 0;
    for w in units.windows(2) {
        match (is_space(w[0].c), is_space(w[1].c)) {
            (false, false) => solid += 1,
            (false, true) => single += 1,
            _ => {}
        }
    }
    // Spaced out: most characters are followed by a space, and there are enough of them to tell.
    if single < 8 || single <= solid * 2 {
        return units;
    }
    let mut out = Vec::with_capacity(units.len());
    let mut i = 0;
    while i < units.len() {
        if is_space(units[i].c) {
            let run = units[i..].iter().take_while(|u| is_space(u.c)).count();
            if run > 1 {
                out.push(units[i]);
            }
            i += run;
        } else {
            out.push(units[i]);
            i += 1;
        }
    }
    out
}

impl View {
    /// Builds the view of `text`.
    pub fn new(text: &str) -> View {
        let mut raw: Vec<Vec<Unit>> = vec![Vec::new()];
        let mut chars = text.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            let end = start + c.len_utf8();
            if c == '\r' && chars.peek().is_some_and(|(_, n)| *n == '\n') {
                continue;
            }
            match normalise(c) {
                None => {}
                Some('\n') => raw.push(Vec::new()),
                Some(c) => {
                    if let Some(last) = raw.last_mut() {
                        last.push(Unit { c, start: offset(start), end: offset(end) });
                    }
                }
            }
        }
        let mut lines: Vec<Line> = Vec::new();
        for units in raw {
            let units = drop_inline_page_marks(&unspace(units));
            for part in resplit(&units) {
                let squeezed: Vec<Unit> = part.iter().filter(|u| !is_space(u.c)).copied().collect();
                if squeezed.is_empty() {
                    continue;
                }
                let line = Line::from_units(&squeezed);
                if line.text.len() <= 40 && super::patterns::is_page_mark(&line.text) {
                    continue;
                }
                lines.push(line);
            }
        }
        View { lines: join_broken(lines) }
    }
}

/// True when a date runs across the break between two lines (`二〇二六年十一` / `月十八日`).
fn date_broken(prev: &str, next: &str) -> bool {
    // Cheap test first: the break must fall between two characters a date is written with.
    let datelike = |c: char| c.is_ascii_digit() || "〇零○Oo一二三四五六七八九十元年月".contains(c);
    if !(prev.chars().next_back().is_some_and(datelike) && next.chars().next().is_some_and(|c| datelike(c) || "日号".contains(c))) {
        return false;
    }
    let joined = format!("{prev}{next}");
    let across = super::DATE.find_iter(&joined).any(|m| m.range.start < prev.len() && m.range.end > prev.len());
    across
}

/// Joins a line to the next when a label, a heading (`诉讼请` / `求：`) or a date runs across the
/// break.
fn join_broken(lines: Vec<Line>) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    for line in lines {
        if let Some(prev) = out.last_mut() {
            let n = prev.text.chars().count();
            let short = n < 8 && !prev.text.contains([':', '。', ',']);
            let spans = |t: &str| HEADINGS.iter().chain(LABELS).any(|w| t.starts_with(w) && w.chars().count() > n);
            let label_broken = short
                && spans(&format!("{}{}", prev.text, line.text))
                && !spans(&prev.text)
                && !HEADINGS.iter().chain(LABELS).any(|w| prev.text.starts_with(w));
            if label_broken || date_broken(&prev.text, &line.text) {
                let base = offset(prev.text.len());
                prev.text.push_str(&line.text);
                prev.units.extend(line.units.iter().map(|(at, s, e)| (at.saturating_add(base), *s, *e)));
                continue;
            }
        }
        out.push(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<String> {
        View::new(t).lines.into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn lost_line_breaks_are_restored_at_labels() {
        assert_eq!(
            texts("行政起诉状 原告：王某，男。 被告：某县自然资源局。 诉讼请求：撤销。 事实与理由：原告认为被告违法。 此致 某县人民法院 具状人：王某 二〇二六年十一月十八日"),
            ["行政起诉状", "原告:王某,男。", "被告:某县自然资源局。", "诉讼请求:撤销。", "事实与理由:原告认为被告违法。", "此致", "某县人民法院", "具状人:王某", "二〇二六年十一月十八日"]
        );
    }

    #[test]
    fn page_marks_and_spaces_go_and_the_original_is_kept() {
        let text = "诉 讼 请 求：撤销\n第 1 页 共 2 页\n- 2 -\n事實與理由：……";
        let view = View::new(text);
        let got: Vec<&str> = view.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(got, ["诉讼请求:撤销", "事实与理由:……"]);
        assert_eq!(view.lines[1].original(text, 0..view.lines[1].text.find(':').unwrap_or(0)), "事實與理由");
        assert_eq!(view.lines[0].original(text, 0..12), "诉 讼 请 求");
    }

    /// A long line with many spaces, or many page marks, stays linear (a portal may paste a whole file).
    #[test]
    fn long_lines_are_linear() {
        let spaced = "原 告 认 为 ".repeat(20_000);
        let marks = "正文 第1页共2页 ".repeat(5_000);
        let started = std::time::Instant::now();
        assert!(!View::new(&spaced).lines.is_empty());
        assert!(!View::new(&marks).lines.is_empty());
        assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
    }

    #[test]
    fn every_line_break_breaks_a_line() {
        assert_eq!(texts("原告：甲\r被告：乙\r\n诉讼请求\u{2028}此致\u{000B}某院\u{000C}具状人：甲"), ["原告:甲", "被告:乙", "诉讼请求", "此致", "某院", "具状人:甲"]);
    }

    #[test]
    fn spaced_out_lines_lose_their_single_spaces() {
        assert_eq!(
            texts("原 告 ： 王 某 ， 男 。   被 告 ： 某 县 自 然 资 源 局 。   诉 讼 请 求 ： 撤 销 。"),
            ["原告:王某,男。", "被告:某县自然资源局。", "诉讼请求:撤销。"]
        );
        // A line with ordinary spaces between words keeps them (they mark lost breaks).
        assert_eq!(texts("此致 某县人民法院 具状人：王某"), ["此致", "某县人民法院", "具状人:王某"]);
    }

    #[test]
    fn broken_headings_are_joined() {
        assert_eq!(texts("诉讼请\n求：撤销"), ["诉讼请求:撤销"]);
        assert_eq!(texts("此致\n某县人民法院"), ["此致", "某县人民法院"]);
        assert_eq!(texts("具状人：黄某\n二〇二六年十一\n月十八日"), ["具状人:黄某", "二〇二六年十一月十八日"]);
    }

    /// Every word the checks look for is found in each traditional script OpenCC writes.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn traditional_vocabulary_folds_back() {
        use crate::text::opencc::{convert, Config};
        let mut words: Vec<&str> = LABELS.iter().chain(HEADINGS).copied().collect();
        for list in [super::super::VOCABULARY, super::super::PROSE, super::super::PARTY_DETAILS, super::super::DATE_LABELS] {
            words.extend(list);
        }
        let mut missed = Vec::new();
        // Character conversions only: the phrase configurations (s2twp, s2hkp) replace words
        // (联系电话 → 聯絡電話), which no character fold undoes.
        for config in [Config::S2t, Config::S2tw, Config::S2hk] {
            for w in &words {
                let t = convert(w, config).unwrap_or_default();
                let folded: String = t.chars().map(fold_char).collect();
                if &folded != w {
                    missed.push(format!("{w} → {t} ({})", config.name()));
                }
            }
        }
        assert!(missed.is_empty(), "{missed:?}");
    }
}
