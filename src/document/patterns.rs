//! The document checks' text patterns, matched by hand.
//!
//! Why no regex engine: there are eight fixed patterns, run over a line or a document of a few KB,
//! and `regex-lite` was the largest dependency left in the module a validating page loads (about
//! 41 KB of its code, for these patterns alone). Each `*_at` function below matches exactly the
//! regular expression quoted in its doc comment, with a regex engine's leftmost-first semantics:
//! a search tries each start in turn, and from a start the alternatives and greedy repetitions are
//! taken in the order a backtracking engine would take them. Every pattern is written so that the
//! greedy choice is the only one that can succeed (each repetition is followed by a character its
//! class cannot contain), which is why no backtracking is needed; the tests at the end compare
//! every pattern with `regex-lite` (a dev-dependency) on generated and mutated text, so a pattern
//! changed here without that property fails them.
//!
//! As in `regex-lite`, `\s` is ASCII whitespace (`[\t\n\v\f\r ]`) and classes match code points.

use std::ops::Range;

/// One match: its byte range, and the byte ranges of up to three capture groups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Found {
    pub range: Range<usize>,
    groups: [Option<Range<usize>>; 3],
}

impl Found {
    fn new(range: Range<usize>) -> Found {
        Found { range, groups: [None, None, None] }
    }

    fn with(mut self, index: usize, group: Option<Range<usize>>) -> Found {
        self.groups[index - 1] = group;
        self
    }

    /// Capture group `index` (1 to 3, as in the regular expression), if it took part.
    pub fn group(&self, index: usize) -> Option<Range<usize>> {
        self.groups.get(index.wrapping_sub(1)).cloned().flatten()
    }

    /// The text of capture group `index`, or "" if it did not take part.
    pub fn group_text<'t>(&self, text: &'t str, index: usize) -> &'t str {
        self.group(index).and_then(|r| text.get(r)).unwrap_or("")
    }
}

/// A pattern tried at one start: the match beginning there, or else the first later start at
/// which a match could begin (past a long run that every start inside it would scan again).
type At = fn(&str, usize) -> Result<Found, usize>;

/// A pattern, searched for as `regex-lite`'s `find` and `captures_iter` search.
#[derive(Clone, Copy)]
pub(super) struct Pattern(At);

impl Pattern {
    /// The successive non-overlapping matches, leftmost first.
    pub fn find_iter<'t>(self, text: &'t str) -> impl Iterator<Item = Found> + 't {
        let mut start = 0;
        std::iter::from_fn(move || {
            while start <= text.len() {
                match (self.0)(text, start) {
                    Ok(found) => {
                        // No pattern here matches the empty string, so the search always moves on.
                        start = found.range.end.max(next(text, start));
                        return Some(found);
                    }
                    Err(retry) => start = retry.max(next(text, start)),
                }
            }
            None
        })
    }

    /// The leftmost match.
    pub fn find(self, text: &str) -> Option<Found> {
        self.find_iter(text).next()
    }

    /// The match that begins at the start of `text` (a pattern anchored with `^`).
    pub fn at_start(self, text: &str) -> Option<Found> {
        (self.0)(text, 0).ok()
    }
}

/// The byte just after the character at `at` (one past the end at the end).
fn next(text: &str, at: usize) -> usize {
    at + text.get(at..).and_then(|rest| rest.chars().next()).map_or(1, char::len_utf8)
}

/// A position in the text, moved forward by what it eats.
struct Cursor<'t> {
    text: &'t str,
    at: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<char> {
        self.text.get(self.at..).and_then(|rest| rest.chars().next())
    }

    /// Eats one character if it satisfies `class`.
    fn eat(&mut self, class: impl Fn(char) -> bool) -> bool {
        match self.peek() {
            Some(c) if class(c) => {
                self.at += c.len_utf8();
                true
            }
            _ => false,
        }
    }

    fn eat_str(&mut self, literal: &str) -> bool {
        let found = self.text.get(self.at..).is_some_and(|rest| rest.starts_with(literal));
        if found {
            self.at += literal.len();
        }
        found
    }

    /// Eats up to `max` characters of `class`, greedily; answers how many it ate.
    fn eat_run(&mut self, class: impl Fn(char) -> bool, max: usize) -> usize {
        let mut count = 0;
        while count < max && self.eat(&class) {
            count += 1;
        }
        count
    }

    /// Eats exactly `count` characters of `class`, or nothing.
    fn eat_exactly(&mut self, class: impl Fn(char) -> bool, count: usize) -> bool {
        let start = self.at;
        if self.eat_run(class, count) == count {
            return true;
        }
        self.at = start;
        false
    }

    fn at_end(&self) -> bool {
        self.at >= self.text.len()
    }
}

fn cursor(text: &str, at: usize) -> Cursor<'_> {
    Cursor { text, at }
}

/// `[ \t\u{3000}]`
fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}')
}

/// `\s` as `regex-lite` reads it: ASCII whitespace only.
fn is_ascii_space(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\u{0B}' | '\u{0C}' | '\r' | ' ')
}

/// `[0-9０-９]`
fn is_any_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// `[一二三四五六七八九十]`
fn is_small_numeral(c: char) -> bool {
    "一二三四五六七八九十".contains(c)
}

/// 案号 in running text:
/// `[（(][ \t\u{3000}]*[0-9０-９]{4}[ \t\u{3000}]*[）)][^号號\n。，；：（(]{1,30}[号號](?:之[一二三四五六七八九十]{1,3})?`
///
/// A year in round brackets, then up to 30 characters of court and type, then 号 (or 號, and a
/// sub-number 之一). Not 〔〕: that is how 文号 (document numbers such as 法释〔2018〕1号) are written.
fn case_number_at(text: &str, start: usize) -> Result<Found, usize> {
    let mut c = cursor(text, start);
    let fail = Err(next(text, start));
    if !c.eat(|ch| matches!(ch, '（' | '(')) {
        return fail;
    }
    c.eat_run(is_blank, usize::MAX);
    if !c.eat_exactly(is_any_digit, 4) {
        return fail;
    }
    c.eat_run(is_blank, usize::MAX);
    if !c.eat(|ch| matches!(ch, '）' | ')')) {
        return fail;
    }
    // The run stops at 号 or at a character that cannot come before it, so only the longest run
    // can be followed by 号.
    if c.eat_run(|ch| !matches!(ch, '号' | '號' | '\n' | '。' | '，' | '；' | '：' | '（' | '('), 30) == 0 {
        return fail;
    }
    if !c.eat(|ch| matches!(ch, '号' | '號')) {
        return fail;
    }
    let whole = c.at;
    if !(c.eat(|ch| ch == '之') && c.eat_run(is_small_numeral, 3) > 0) {
        c.at = whole;
    }
    Ok(Found::new(start..c.at))
}

/// A date in words or figures with 年月日; a year's zero may be 〇, 零, ○ or a Latin o:
/// `([〇零○ＯOo0-9０-９一二三四五六七八九]{4})S*年S*([0-9０-９]{1,2}|[元一二三四五六七八九十]{1,3})S*月S*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})S*[日号]`,
/// where `S` is `[ \t\u{3000}]`. Groups: year, month, day.
fn date_at(text: &str, start: usize) -> Result<Found, usize> {
    let mut c = cursor(text, start);
    let fail = Err(next(text, start));
    let year_digit = |ch: char| "〇零○ＯOo一二三四五六七八九".contains(ch) || is_any_digit(ch);
    if !c.eat_exactly(year_digit, 4) {
        return fail;
    }
    let year = start..c.at;
    /// `S*` then `unit`, then `S*` and a number in figures or in `words`.
    fn part(c: &mut Cursor, unit: char, words: fn(char) -> bool) -> Option<Range<usize>> {
        c.eat_run(is_blank, usize::MAX);
        if !c.eat(|ch| ch == unit) {
            return None;
        }
        c.eat_run(is_blank, usize::MAX);
        let from = c.at;
        // Figures first, as the alternation is written; the two classes share no character.
        if c.eat_run(is_any_digit, 2) == 0 && c.eat_run(words, 3) == 0 {
            return None;
        }
        Some(from..c.at)
    }
    let Some(month) = part(&mut c, '年', |ch| ch == '元' || is_small_numeral(ch)) else { return fail };
    let Some(day) = part(&mut c, '月', is_small_numeral) else { return fail };
    c.eat_run(is_blank, usize::MAX);
    if !c.eat(|ch| matches!(ch, '日' | '号')) {
        return fail;
    }
    Ok(Found::new(start..c.at).with(1, Some(year)).with(2, Some(month)).with(3, Some(day)))
}

/// A date in figures with dots, dashes or slashes (`2026.11.18`), read only as a closing date:
/// `([0-9]{4})[.\-/]([0-9]{1,2})[.\-/]([0-9]{1,2})日?`. Groups: year, month, day.
fn dotted_date_at(text: &str, start: usize) -> Result<Found, usize> {
    let mut c = cursor(text, start);
    let fail = Err(next(text, start));
    if !c.eat_exactly(|ch| ch.is_ascii_digit(), 4) {
        return fail;
    }
    let year = start..c.at;
    /// `[.\-/]([0-9]{1,2})`: a separator, then the month's or the day's figures.
    fn separated(c: &mut Cursor) -> Option<Range<usize>> {
        if !c.eat(|ch| matches!(ch, '.' | '-' | '/')) {
            return None;
        }
        let from = c.at;
        (c.eat_run(|ch| ch.is_ascii_digit(), 2) > 0).then_some(from..c.at)
    }
    let Some(month) = separated(&mut c) else { return fail };
    let Some(day) = separated(&mut c) else { return fail };
    c.eat(|ch| ch == '日');
    Ok(Found::new(start..c.at).with(1, Some(year)).with(2, Some(month)).with(3, Some(day)))
}

/// An amount in capitals:
/// `(?:人民币)?[零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟万亿]+[元圆](?:零|[零壹贰貳叁參肆伍陆陸柒捌玖][角分])*[整正]?`
fn capital_at(text: &str, start: usize) -> Result<Found, usize> {
    let mut c = cursor(text, start);
    c.eat_str("人民币");
    if c.eat_run(|ch| "零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟万亿".contains(ch), usize::MAX) == 0 {
        return Err(next(text, start));
    }
    if !c.eat(|ch| matches!(ch, '元' | '圆')) {
        // Every start inside the run of numerals would run to this same place and fail here.
        return Err(c.at);
    }
    loop {
        // `零` is the first alternative: taken alone even before 角 or 分.
        if c.eat(|ch| ch == '零') {
            continue;
        }
        let before = c.at;
        if c.eat(|ch| "零壹贰貳叁參肆伍陆陸柒捌玖".contains(ch)) && c.eat(|ch| matches!(ch, '角' | '分')) {
            continue;
        }
        c.at = before;
        break;
    }
    c.eat(|ch| matches!(ch, '整' | '正'));
    Ok(Found::new(start..c.at))
}

/// A figure in figures, `12,345.67`, and its unit: `([0-9][0-9,]*(?:\.[0-9]{1,6})?)(万|亿)?`.
/// Groups 1 and 2 of the two figure patterns.
fn figure(c: &mut Cursor) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let from = c.at;
    if !c.eat(|ch| ch.is_ascii_digit()) {
        return None;
    }
    c.eat_run(|ch| ch.is_ascii_digit() || ch == ',', usize::MAX);
    let integer = c.at;
    if !(c.eat(|ch| ch == '.') && c.eat_run(|ch| ch.is_ascii_digit(), 6) > 0) {
        c.at = integer;
    }
    let number = from..c.at;
    let from = c.at;
    let unit = c.eat(|ch| matches!(ch, '万' | '亿')).then_some(from..c.at);
    Some((number, unit))
}

/// The figure written after an amount in capitals:
/// `^\((?:小写)?:?(?:人民币)?[¥￥]?([0-9][0-9,]*(?:\.[0-9]{1,6})?)(万|亿)?`.
fn figure_after_at(text: &str, start: usize) -> Result<Found, usize> {
    let mut c = cursor(text, start);
    // `^`: a match begins only at the start of the text.
    if start != 0 || !c.eat(|ch| ch == '(') {
        return Err(text.len() + 1);
    }
    c.eat_str("小写");
    c.eat(|ch| ch == ':');
    c.eat_str("人民币");
    c.eat(|ch| matches!(ch, '¥' | '￥'));
    let Some((number, unit)) = figure(&mut c) else { return Err(text.len() + 1) };
    Ok(Found::new(start..c.at).with(1, Some(number)).with(2, unit))
}

/// The figure written before an amount in capitals, up to the bracket that opens it:
/// `([0-9][0-9,]*(?:\.[0-9]{1,6})?)(万|亿)?元?\((?:大写)?:?$`.
fn figure_before_at(text: &str, start: usize) -> Result<Found, usize> {
    let mut c = cursor(text, start);
    let fail = Err(next(text, start));
    let Some((number, unit)) = figure(&mut c) else { return fail };
    c.eat(|ch| ch == '元');
    if !c.eat(|ch| ch == '(') {
        return fail;
    }
    c.eat_str("大写");
    c.eat(|ch| ch == ':');
    if !c.at_end() {
        return fail;
    }
    Ok(Found::new(start..c.at).with(1, Some(number)).with(2, unit))
}

/// `\s*[0-9]+\s*页`
fn pages(c: &mut Cursor, spaced: bool) -> bool {
    if spaced {
        c.eat_run(is_ascii_space, usize::MAX);
    }
    if c.eat_run(|ch| ch.is_ascii_digit(), usize::MAX) == 0 {
        return false;
    }
    if spaced {
        c.eat_run(is_ascii_space, usize::MAX);
    }
    c.eat(|ch| ch == '页')
}

/// `第\s*[0-9]+\s*页\s*[/,、]?\s*共\s*[0-9]+\s*页` or the same with 共 first (`spaced`), or the
/// same without the `\s*` (not `spaced`).
fn page_of_pages(c: &mut Cursor, first: char, second: char, spaced: bool) -> bool {
    if !(c.eat(|ch| ch == first) && pages(c, spaced)) {
        return false;
    }
    if spaced {
        c.eat_run(is_ascii_space, usize::MAX);
    }
    c.eat(|ch| matches!(ch, '/' | ',' | '、'));
    if spaced {
        c.eat_run(is_ascii_space, usize::MAX);
    }
    c.eat(|ch| ch == second) && pages(c, spaced)
}

/// A page header or footer inside a raw line, with a space or the line's end on each side:
/// `(?:^|\s)(第\s*[0-9]+\s*页\s*[/,、]?\s*共\s*[0-9]+\s*页|共\s*[0-9]+\s*页\s*[/,、]?\s*第\s*[0-9]+\s*页)(?:\s|$)`.
/// Group 1 is the mark.
fn inline_page_mark_at(text: &str, start: usize) -> Result<Found, usize> {
    // `^` is the first alternative, then one `\s`.
    let mut bodies = Vec::with_capacity(2);
    if start == 0 {
        bodies.push(start);
    }
    let mut c = cursor(text, start);
    if c.eat(is_ascii_space) {
        bodies.push(c.at);
    }
    for from in bodies {
        for (first, second) in [('第', '共'), ('共', '第')] {
            let mut c = cursor(text, from);
            if !page_of_pages(&mut c, first, second, true) {
                continue;
            }
            let mark = from..c.at;
            if c.eat(is_ascii_space) || c.at_end() {
                return Ok(Found::new(start..c.at).with(1, Some(mark)));
            }
        }
    }
    Err(next(text, start))
}

/// A whole line that is a page header or footer: `第1页共3页`, `第1页/共2页`, `共3页第1页`, `-2-`,
/// `第2页`, `2`, `2/5`, `Page2of5`:
/// `^(?:第[0-9]+页(?:[/,、]?共[0-9]+页)?|共[0-9]+页[/,、]?第[0-9]+页|[-—–－]*[0-9]+[-—–－]*|[0-9]+/[0-9]+|Page[0-9]+(?:of[0-9]+)?)$`
pub(super) fn is_page_mark(line: &str) -> bool {
    let whole = |matched: &dyn Fn(&mut Cursor) -> bool| {
        let mut c = cursor(line, 0);
        matched(&mut c) && c.at_end()
    };
    let digits = |c: &mut Cursor| c.eat_run(|ch| ch.is_ascii_digit(), usize::MAX) > 0;
    let dash = |ch: char| matches!(ch, '-' | '—' | '–' | '－');
    whole(&|c| {
        if !(c.eat(|ch| ch == '第') && pages(c, false)) {
            return false;
        }
        let single = c.at;
        c.eat(|ch| matches!(ch, '/' | ',' | '、'));
        if !(c.eat(|ch| ch == '共') && pages(c, false)) {
            c.at = single;
        }
        true
    }) || whole(&|c| page_of_pages(c, '共', '第', false))
        || whole(&|c| {
            c.eat_run(dash, usize::MAX);
            let found = digits(c);
            c.eat_run(dash, usize::MAX);
            found
        })
        || whole(&|c| digits(c) && c.eat(|ch| ch == '/') && digits(c))
        || whole(&|c| {
            if !(c.eat_str("Page") && digits(c)) {
                return false;
            }
            let single = c.at;
            if !(c.eat_str("of") && digits(c)) {
                c.at = single;
            }
            true
        })
}

/// The numbering or bracket in front of a heading (`一、`, `（二）` folded to `(二)`, `1.`, `【`,
/// `第一部分：`), as the byte length it takes at the start of `line` (0 if none):
/// `^[【〖\[]?(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十0-9]{1,3}\)|[0-9]{1,2}[、.]|第[一二三四五六七八九十]{1,3}部分[、.:]?)?`
pub(super) fn heading_number_len(line: &str) -> usize {
    let mut c = cursor(line, 0);
    c.eat(|ch| matches!(ch, '【' | '〖' | '['));
    let bracket = c.at;
    let separator = |ch: char| matches!(ch, '、' | '.');
    let alternatives: [&dyn Fn(&mut Cursor) -> bool; 4] = [
        &|c| c.eat_run(is_small_numeral, 3) > 0 && c.eat(separator),
        &|c| c.eat(|ch| ch == '(') && c.eat_run(|ch| is_small_numeral(ch) || ch.is_ascii_digit(), 3) > 0 && c.eat(|ch| ch == ')'),
        &|c| c.eat_run(|ch| ch.is_ascii_digit(), 2) > 0 && c.eat(separator),
        &|c| {
            if !(c.eat(|ch| ch == '第') && c.eat_run(is_small_numeral, 3) > 0 && c.eat_str("部分")) {
                return false;
            }
            c.eat(|ch| matches!(ch, '、' | '.' | ':'));
            true
        },
    ];
    for alternative in alternatives {
        c.at = bracket;
        if alternative(&mut c) {
            return c.at;
        }
    }
    bracket
}

pub(super) const CASE_NUMBER: Pattern = Pattern(case_number_at);
pub(super) const DATE: Pattern = Pattern(date_at);
pub(super) const DOTTED_DATE: Pattern = Pattern(dotted_date_at);
pub(super) const CAPITAL: Pattern = Pattern(capital_at);
pub(super) const FIGURE_AFTER: Pattern = Pattern(figure_after_at);
pub(super) const FIGURE_BEFORE: Pattern = Pattern(figure_before_at);
pub(super) const INLINE_PAGE_MARK: Pattern = Pattern(inline_page_mark_at);

#[cfg(test)]
mod tests {
    //! Each hand matcher against `regex-lite` running the regular expression it replaces, on
    //! random text over the characters the pattern names (and some it does not), and on real
    //! matches with characters inserted, removed and replaced.
    use super::*;

    const SPACE: &str = r"[ \t\u{3000}]*";

    struct Case {
        name: &'static str,
        regex: String,
        pattern: Option<Pattern>,
        alphabet: &'static str,
        seeds: &'static [&'static str],
    }

    fn cases() -> Vec<Case> {
        let date = format!(
            r"([〇零○ＯOo0-9０-９一二三四五六七八九]{{4}}){SPACE}年{SPACE}([0-9０-９]{{1,2}}|[元一二三四五六七八九十]{{1,3}}){SPACE}月{SPACE}([0-9０-９]{{1,2}}|[一二三四五六七八九十]{{1,3}}){SPACE}[日号]"
        );
        vec![
            Case {
                name: "case number",
                regex: r"[（(][ \t\u{3000}]*[0-9０-９]{4}[ \t\u{3000}]*[）)][^号號\n。，；：（(]{1,30}[号號](?:之[一二三四五六七八九十]{1,3})?".into(),
                pattern: Some(CASE_NUMBER),
                alphabet: "（()）2０２4 \t\u{3000}粤71行初号號之一十\n。，；：〔〕a",
                seeds: &["（2024）粤71行初123号之一", "(2024)粵71行終5號", "（ ２０２４ ）京行再1号", "〔2018〕1号"],
            },
            Case {
                name: "date",
                regex: date,
                pattern: Some(DATE),
                alphabet: "〇零○ＯOo02９一二九十元年月日号 \t\u{3000}a,",
                seeds: &["二〇二四年十月八日", "2024 年 10 月 8 日", "二o二四年元月三十一号", "２０２４年１２月３１日"],
            },
            Case {
                name: "dotted date",
                regex: r"([0-9]{4})[.\-/]([0-9]{1,2})[.\-/]([0-9]{1,2})日?".into(),
                pattern: Some(DOTTED_DATE),
                alphabet: "0123.-/日a ",
                seeds: &["2026.11.18", "2026-1-8日", "2024/12/31"],
            },
            Case {
                name: "capital",
                regex: r"(?:人民币)?[零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟万亿]+[元圆](?:零|[零壹贰貳叁參肆伍陆陸柒捌玖][角分])*[整正]?".into(),
                pattern: Some(CAPITAL),
                alphabet: "人民币零壹贰參玖拾佰仟万亿元圆角分整正1a",
                seeds: &["人民币壹万贰仟叁佰肆拾伍元陆角柒分", "壹拾万元整", "贰元零伍分", "零元零角"],
            },
            Case {
                name: "figure after",
                regex: r"^\((?:小写)?:?(?:人民币)?[¥￥]?([0-9][0-9,]*(?:\.[0-9]{1,6})?)(万|亿)?".into(),
                pattern: Some(FIGURE_AFTER),
                alphabet: "(小写:人民币¥￥01,.万亿元a",
                seeds: &["(小写:人民币¥12,345.67元)", "(10万元)", "(1.1234567)"],
            },
            Case {
                name: "figure before",
                regex: r"([0-9][0-9,]*(?:\.[0-9]{1,6})?)(万|亿)?元?\((?:大写)?:?$".into(),
                pattern: Some(FIGURE_BEFORE),
                alphabet: "01,.万亿元(大写:a",
                seeds: &["罚款12,345.67元(大写:", "10万元(", "1.1234567元("],
            },
            Case {
                name: "inline page mark",
                regex: r"(?:^|\s)(第\s*[0-9]+\s*页\s*[/,、]?\s*共\s*[0-9]+\s*页|共\s*[0-9]+\s*页\s*[/,、]?\s*第\s*[0-9]+\s*页)(?:\s|$)".into(),
                pattern: Some(INLINE_PAGE_MARK),
                alphabet: "第共页12/,、 \t\n\u{3000}a",
                seeds: &["事实 第1页/共2页 理由", "第 1 页 共 2 页", "共3页第1页 共3页第2页", " 第1页共2页 第2页共2页 "],
            },
            Case {
                name: "page mark line",
                regex: r"^(?:第[0-9]+页(?:[/,、]?共[0-9]+页)?|共[0-9]+页[/,、]?第[0-9]+页|[-—–－]*[0-9]+[-—–－]*|[0-9]+/[0-9]+|Page[0-9]+(?:of[0-9]+)?)$".into(),
                pattern: None,
                alphabet: "第共页12/,、-—–－Pageof a",
                seeds: &["第1页共3页", "第1页/共2页", "共3页第1页", "-2-", "第2页", "2", "2/5", "Page2of5", "—12—"],
            },
        ]
    }

    #[test]
    fn heading_numbers_are_measured_as_regex_lite_finds_them() {
        let regex = regex_lite::Regex::new(
            r"^[【〖\[]?(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十0-9]{1,3}\)|[0-9]{1,2}[、.]|第[一二三四五六七八九十]{1,3}部分[、.:]?)?",
        )
        .expect("heading regex");
        let case = Case {
            name: "heading number",
            regex: String::new(),
            pattern: None,
            alphabet: "【〖[一二十、.()0129第部分:诉讼请求",
            seeds: &["一、诉讼请求", "(二)事实与理由", "1.上诉请求", "【诉讼请求】", "第一部分:请求", "十一、", "(12)"],
        };
        for text in texts(&case, 60_000) {
            let want = regex.find(&text).map_or(0, |m| m.end());
            assert_eq!(heading_number_len(&text), want, "{text:?}");
        }
    }

    /// A small deterministic generator (xorshift64*), so a failure can be replayed.
    struct Random(u64);

    impl Random {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n.max(1)
        }
    }

    fn texts(case: &Case, count: usize) -> Vec<String> {
        let alphabet: Vec<char> = case.alphabet.chars().collect();
        let mut random = Random(0x9E37_79B9_7F4A_7C15 ^ case.name.len() as u64);
        let mut out = Vec::with_capacity(count);
        for n in 0..count {
            let mut text: Vec<char> = if n % 2 == 0 {
                let len = random.below(28);
                (0..len).map(|_| alphabet[random.below(alphabet.len())]).collect()
            } else {
                let mut seed: Vec<char> = case.seeds[random.below(case.seeds.len())].chars().collect();
                if random.below(3) == 0 {
                    seed.push(alphabet[random.below(alphabet.len())]);
                    seed.extend(case.seeds[random.below(case.seeds.len())].chars());
                }
                for _ in 0..random.below(4) {
                    let at = random.below(seed.len() + 1);
                    match random.below(3) {
                        0 => seed.insert(at, alphabet[random.below(alphabet.len())]),
                        1 if at < seed.len() => {
                            seed.remove(at);
                        }
                        _ if at < seed.len() => seed[at] = alphabet[random.below(alphabet.len())],
                        _ => {}
                    }
                }
                seed
            };
            text.truncate(60);
            out.push(text.into_iter().collect());
        }
        for seed in case.seeds {
            out.push(seed.to_string());
        }
        out
    }

    fn expected(regex: &regex_lite::Regex, text: &str) -> Vec<Found> {
        regex
            .captures_iter(text)
            .map(|c| {
                let whole = c.get(0).map(|m| m.range()).unwrap_or_default();
                let group = |i| c.get(i).map(|m| m.range());
                Found::new(whole).with(1, group(1)).with(2, group(2)).with(3, group(3))
            })
            .collect()
    }

    #[test]
    fn every_pattern_matches_as_regex_lite_does() {
        for case in cases() {
            let regex = regex_lite::Regex::new(&case.regex).expect(case.name);
            let mut matched = 0;
            for text in texts(&case, 60_000) {
                let want = expected(&regex, &text);
                matched += usize::from(!want.is_empty());
                match case.pattern {
                    Some(pattern) => {
                        let got: Vec<Found> = pattern.find_iter(&text).collect();
                        assert_eq!(got, want, "{}: {text:?}", case.name);
                    }
                    None => assert_eq!(is_page_mark(&text), !want.is_empty(), "{}: {text:?}", case.name),
                }
            }
            // The generated text must exercise both outcomes, or the comparison proves little.
            assert!(matched > 1_000, "{}: only {matched} texts matched", case.name);
        }
    }

    #[test]
    fn anchored_figure_and_leftmost_figure() {
        assert_eq!(FIGURE_AFTER.at_start("(小写:¥12,345.67元)").map(|f| f.group_text("(小写:¥12,345.67元)", 1)), Some("12,345.67"));
        assert_eq!(FIGURE_AFTER.at_start("x(12元)"), None);
        let text = "共计1.1234567元(";
        let found = FIGURE_BEFORE.find(text).expect("a figure");
        assert_eq!(found.group_text(text, 1), "1234567");
    }

    #[test]
    fn a_long_run_of_numerals_is_scanned_once() {
        // A failed start inside the run answers the run's end as the next start worth trying, so
        // the search scans the run once instead of once per character (quadratic).
        let text = format!("人民币{}。", "壹".repeat(200_000));
        assert_eq!(capital_at(&text, 0), Err(text.len() - "。".len()));
        assert_eq!(capital_at(&text, "人民币".len()), Err(text.len() - "。".len()));
        assert_eq!(CAPITAL.find_iter(&text).count(), 0);
        let text = format!("{}元整", "壹".repeat(200_000));
        assert_eq!(CAPITAL.find_iter(&text).map(|f| f.range).collect::<Vec<_>>(), vec![0..text.len()]);
    }
}
