//! Citations and the law catalogue.
//!
//! A citation is structured data, never a free string in code: 《行政诉讼法》第六十七条第一款 is
//! `Citation::article(ADMIN_LITIGATION_LAW_2017, 67).paragraph(1)`, rendered only when shown.
//! Each law revision carries the day it came into force, so a rule can say which text governs a
//! case (a case governed by an older text uses the old rule where it differed).
//!
//! Source of every title and date: `shared/reference/LEGAL.md` (the statutes quoted word for word)
//! and the promulgation notices it cites.

use crate::i18n::{chinese_number, Lang};
use serde::Serialize;

/// One revision of a law, regulation, judicial interpretation or standard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LawRevision {
    /// Permanent id, e.g. `"alpl-2017"`. Public API: never renamed.
    pub id: &'static str,
    /// Short title in zh-Hans as courts cite it, e.g. `行政诉讼法`.
    pub short_zh_hans: &'static str,
    /// Short title in zh-Hant.
    pub short_zh_hant: &'static str,
    /// Short title in English.
    pub short_en: &'static str,
    /// Full official title, zh-Hans.
    pub title_zh_hans: &'static str,
    /// Revision label, e.g. `2017年修正` or `法释〔2018〕1号`.
    pub revision: &'static str,
    /// The day this text came into force (`YYYY-MM-DD`).
    pub in_force_from: &'static str,
    /// The day it stopped governing, if a later text replaced it.
    pub in_force_until: Option<&'static str>,
    /// Whether it is a national standard (rendered 《GB 11643-1999》 rather than with 第…条).
    pub is_standard: bool,
}

macro_rules! law {
    ($name:ident, $id:expr, $hans:expr, $hant:expr, $en:expr, $title:expr, $rev:expr, $from:expr, $until:expr) => {
        #[doc = concat!($title, " (", $rev, "), in force from ", $from, ".")]
        pub const $name: LawRevision = LawRevision {
            id: $id,
            short_zh_hans: $hans,
            short_zh_hant: $hant,
            short_en: $en,
            title_zh_hans: $title,
            revision: $rev,
            in_force_from: $from,
            in_force_until: $until,
            is_standard: false,
        };
    };
}

// The 1989 行政诉讼法 and the 1999 行政复议法 (amended 2009) are not in the reference set: windows cite
// them as a whole, only to say that the text in force on the trigger day is not encoded. LEGAL.md gives
// only their adoption (1989-04-04; 1999-04-29, amended 2009-08-27); the in-force days 1990-10-01 and
// 1999-10-01 are as commonly published. The 审限规定's in-force day is its file header (2000-09-28);
// its document number is not in the reference set, so its revision is the year.
law!(ADMIN_LITIGATION_LAW_1989, "alpl-1989", "行政诉讼法", "行政訴訟法", "Administrative Litigation Law",
    "中华人民共和国行政诉讼法", "1989年", "1990-10-01", Some("2015-04-30"));
law!(ADMIN_RECONSIDERATION_LAW_1999, "arl-1999", "行政复议法", "行政複議法", "Administrative Reconsideration Law",
    "中华人民共和国行政复议法", "1999年（2009年修正）", "1999-10-01", Some("2017-12-31"));
law!(TRIAL_PERIOD_PROVISIONS_2000, "trial-period-2000", "审限规定", "審限規定",
    "SPC Provisions on Strictly Observing Trial Periods",
    "最高人民法院关于严格执行案件审理期限制度的若干规定", "2000年", "2000-09-28", Some("2015-04-30"));
law!(ADMIN_LITIGATION_LAW_2014, "alpl-2014", "行政诉讼法", "行政訴訟法", "Administrative Litigation Law",
    "中华人民共和国行政诉讼法", "2014年修正", "2015-05-01", Some("2017-06-30"));
law!(ADMIN_LITIGATION_LAW_2017, "alpl-2017", "行政诉讼法", "行政訴訟法", "Administrative Litigation Law",
    "中华人民共和国行政诉讼法", "2017年修正", "2017-07-01", None);
law!(ALPL_INTERPRETATION_2018, "alpl-interp-2018", "行诉解释", "行訴解釋",
    "SPC Interpretation on the Administrative Litigation Law",
    "最高人民法院关于适用《中华人民共和国行政诉讼法》的解释", "法释〔2018〕1号", "2018-02-08", None);
law!(HEAD_APPEARANCE_PROVISIONS_2020, "head-appearance-2020", "负责人出庭应诉规定", "負責人出庭應訴規定",
    "SPC Provisions on Agency Heads Appearing in Court",
    "最高人民法院关于行政机关负责人出庭应诉若干问题的规定", "法释〔2020〕3号", "2020-07-01", None);
law!(CIVIL_PROCEDURE_LAW_2017, "cpl-2017", "民事诉讼法", "民事訴訟法", "Civil Procedure Law",
    "中华人民共和国民事诉讼法", "2017年修正", "2017-07-01", Some("2021-12-31"));
law!(CIVIL_PROCEDURE_LAW_2021, "cpl-2021", "民事诉讼法", "民事訴訟法", "Civil Procedure Law",
    "中华人民共和国民事诉讼法", "2021年修正", "2022-01-01", Some("2023-12-31"));
law!(CIVIL_PROCEDURE_LAW_2023, "cpl-2023", "民事诉讼法", "民事訴訟法", "Civil Procedure Law",
    "中华人民共和国民事诉讼法", "2023年修正", "2024-01-01", None);
law!(CPL_INTERPRETATION_2022, "cpl-interp-2022", "民诉解释", "民訴解釋",
    "SPC Interpretation on the Civil Procedure Law",
    "最高人民法院关于适用《中华人民共和国民事诉讼法》的解释", "2022年修正", "2022-04-10", None);
law!(CIVIL_CODE, "civil-code", "民法典", "民法典", "Civil Code",
    "中华人民共和国民法典", "2020年", "2021-01-01", None);
law!(ADMIN_RECONSIDERATION_LAW_2017, "arl-2017", "行政复议法", "行政複議法", "Administrative Reconsideration Law",
    "中华人民共和国行政复议法", "2017年修正", "2018-01-01", Some("2023-12-31"));
law!(ADMIN_RECONSIDERATION_LAW_2023, "arl-2023", "行政复议法", "行政複議法", "Administrative Reconsideration Law",
    "中华人民共和国行政复议法", "2023年修订", "2024-01-01", None);
law!(ADMIN_RECONSIDERATION_REGULATIONS_2007, "arl-regs-2007", "行政复议法实施条例", "行政複議法實施條例",
    "Regulations on Implementing the Administrative Reconsideration Law",
    "中华人民共和国行政复议法实施条例", "国务院令第499号", "2007-08-01", None);
law!(STATE_COMPENSATION_LAW_2012, "scl-2012", "国家赔偿法", "國家賠償法", "State Compensation Law",
    "中华人民共和国国家赔偿法", "2012年修正", "2013-01-01", None);
law!(RESIDENT_ID_LAW_2011, "resident-id-law-2011", "居民身份证法", "居民身份證法", "Resident Identity Card Law",
    "中华人民共和国居民身份证法", "2011年修正", "2012-01-01", None);
law!(ADMIN_AGREEMENT_PROVISIONS_2019, "admin-agreement-2019", "行政协议规定", "行政協議規定",
    "SPC Provisions on Administrative Agreement Cases",
    "最高人民法院关于审理行政协议案件若干问题的规定", "法释〔2019〕17号", "2020-01-01", None);
law!(ADMIN_COMPENSATION_PROVISIONS_2022, "admin-compensation-2022", "行政赔偿规定", "行政賠償規定",
    "SPC Provisions on Administrative Compensation Cases",
    "最高人民法院关于审理行政赔偿案件若干问题的规定", "法释〔2022〕10号", "2022-05-01", None);
law!(ADMIN_COERCION_LAW_2011, "admin-coercion-2011", "行政强制法", "行政強制法", "Administrative Coercion Law",
    "中华人民共和国行政强制法", "2011年", "2012-01-01", None);
// The 办法's texts before 2024. LEGAL.md §7.3 quotes the 2013 text (国务院令第644号, whose decision took
// effect on 2014-01-01); the 1999 (国务院令第270号) and 2007 (国务院令第513号) texts are not in the
// reference set (LEGAL.md gap 4): their numbers and dates are as commonly published, and the days they
// date are checked against every State Council notice 2004-2013 (scripts/gen_statutory_holidays.py).
law!(HOLIDAY_MEASURES_1999, "holiday-measures-1999", "全国年节及纪念日放假办法", "全國年節及紀念日放假辦法",
    "Measures on National Holidays and Memorial Days",
    "全国年节及纪念日放假办法", "国务院令第270号", "1999-09-18", Some("2007-12-31"));
law!(HOLIDAY_MEASURES_2007, "holiday-measures-2007", "全国年节及纪念日放假办法", "全國年節及紀念日放假辦法",
    "Measures on National Holidays and Memorial Days",
    "全国年节及纪念日放假办法", "国务院令第513号", "2008-01-01", Some("2013-12-31"));
law!(HOLIDAY_MEASURES_2013, "holiday-measures-2013", "全国年节及纪念日放假办法", "全國年節及紀念日放假辦法",
    "Measures on National Holidays and Memorial Days",
    "全国年节及纪念日放假办法", "国务院令第644号", "2014-01-01", Some("2024-12-31"));
law!(HOLIDAY_MEASURES_2024, "holiday-measures-2024", "全国年节及纪念日放假办法", "全國年節及紀念日放假辦法",
    "Measures on National Holidays and Memorial Days",
    "全国年节及纪念日放假办法", "国务院令第795号", "2025-01-01", None);
law!(CASE_NUMBER_PROVISIONS_2015, "case-number-2015", "案号规定", "案號規定",
    "SPC Provisions on Case Numbers",
    "最高人民法院关于人民法院案件案号的若干规定", "法〔2015〕137号", "2016-01-01", None);
law!(ADMIN_EVIDENCE_PROVISIONS_2002, "admin-evidence-2002", "行政诉讼证据规定", "行政訴訟證據規定",
    "SPC Provisions on Evidence in Administrative Litigation",
    "最高人民法院关于行政诉讼证据若干问题的规定", "法释〔2002〕21号", "2002-10-01", None);

/// GB 11643-1999, 公民身份号码 (the resident identity number standard).
pub const GB_11643_1999: LawRevision = LawRevision {
    id: "gb-11643-1999", short_zh_hans: "GB 11643-1999", short_zh_hant: "GB 11643-1999", short_en: "GB 11643-1999",
    title_zh_hans: "公民身份号码", revision: "GB 11643-1999", in_force_from: "1999-07-01", in_force_until: None,
    is_standard: true,
};
/// GB 32100-2015, 法人和其他组织统一社会信用代码编码规则.
pub const GB_32100_2015: LawRevision = LawRevision {
    id: "gb-32100-2015", short_zh_hans: "GB 32100-2015", short_zh_hant: "GB 32100-2015", short_en: "GB 32100-2015",
    title_zh_hans: "法人和其他组织统一社会信用代码编码规则", revision: "GB 32100-2015", in_force_from: "2015-10-01",
    in_force_until: None, is_standard: true,
};

/// GB 11714-1997, 全国组织机构代码编制规则 (the organisation code inside a credit code, positions 9-17).
/// Its in-force date is not in LEGAL.md and is unverified (1997-12-01 as commonly listed).
pub const GB_11714_1997: LawRevision = LawRevision {
    id: "gb-11714-1997", short_zh_hans: "GB 11714-1997", short_zh_hant: "GB 11714-1997", short_en: "GB 11714-1997",
    title_zh_hans: "全国组织机构代码编制规则", revision: "GB 11714-1997", in_force_from: "1997-12-01",
    in_force_until: None, is_standard: true,
};

/// Every law revision this crate cites. Rule packs may cite these ids.
pub const CATALOGUE: &[LawRevision] = &[
    ADMIN_LITIGATION_LAW_2014, ADMIN_LITIGATION_LAW_2017, ALPL_INTERPRETATION_2018, HEAD_APPEARANCE_PROVISIONS_2020,
    CIVIL_PROCEDURE_LAW_2021, CIVIL_PROCEDURE_LAW_2023, CPL_INTERPRETATION_2022, CIVIL_PROCEDURE_LAW_2017, CIVIL_CODE,
    ADMIN_RECONSIDERATION_LAW_2017, ADMIN_RECONSIDERATION_LAW_2023, ADMIN_RECONSIDERATION_REGULATIONS_2007,
    STATE_COMPENSATION_LAW_2012, RESIDENT_ID_LAW_2011, ADMIN_AGREEMENT_PROVISIONS_2019,
    ADMIN_COMPENSATION_PROVISIONS_2022, ADMIN_COERCION_LAW_2011, HOLIDAY_MEASURES_1999, HOLIDAY_MEASURES_2007,
    HOLIDAY_MEASURES_2013, HOLIDAY_MEASURES_2024, CASE_NUMBER_PROVISIONS_2015,
    ADMIN_EVIDENCE_PROVISIONS_2002, ADMIN_LITIGATION_LAW_1989, ADMIN_RECONSIDERATION_LAW_1999,
    TRIAL_PERIOD_PROVISIONS_2000,
    GB_11643_1999, GB_32100_2015, GB_11714_1997,
];

impl LawRevision {
    /// Whether this text governs on day `d` (from its in-force date, until it was replaced).
    pub fn in_force_on(&self, d: crate::date::CivilDate) -> bool {
        let parse = |s: &str| crate::date::parse_civil_date(s, self.id).ok();
        let from_ok = parse(self.in_force_from).is_some_and(|f| d >= f);
        let until_ok = self.in_force_until.and_then(parse).map_or(true, |u| d <= u);
        from_ok && until_ok
    }
}

/// Revisions whose article numbers an earlier revision shares, so that a citation of the later
/// text can be read in the earlier one: the 2017 amendment of the 行政诉讼法 only added 第二十五条
/// 第四款, the numbering is unchanged (LEGAL.md §1).
const SAME_NUMBERING: &[(&str, LawRevision)] = &[("alpl-2017", ADMIN_LITIGATION_LAW_2014)];

impl Citation {
    /// The text this citation refers to on day `d`: itself when in force, else an earlier
    /// revision with the same numbering when that one was in force, else `None` (no text that
    /// this crate holds governed that day, e.g. 法释〔2020〕3号 before 2020-07-01). A national
    /// standard (GB 11643, GB 32100) always governs: it is the format of an identifier.
    pub fn governing_on(&self, d: crate::date::CivilDate) -> Option<Citation> {
        // A standard describes an identifier's format, not the law of the hearing day.
        if self.law.is_standard || self.law.in_force_on(d) {
            return Some(*self);
        }
        SAME_NUMBERING
            .iter()
            .filter(|(later, _)| *later == self.law.id)
            .map(|(_, earlier)| Citation { law: *earlier, ..*self })
            .find(|c| c.law.in_force_on(d))
    }
}

/// Finds a law revision by its permanent id.
pub fn find(id: &str) -> Option<&'static LawRevision> {
    CATALOGUE.iter().find(|l| l.id == id)
}

/// A pinpoint citation: law revision, article (条), paragraph (款), item (项).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Citation {
    pub law: LawRevision,
    /// 条. `None` cites the whole text (used for standards).
    pub article: Option<u16>,
    /// 款.
    pub paragraph: Option<u8>,
    /// 项.
    pub item: Option<u8>,
}

impl Citation {
    /// Cites article `n` (第n条) of `law`.
    pub const fn article(law: LawRevision, n: u16) -> Citation {
        Citation { law, article: Some(n), paragraph: None, item: None }
    }
    /// Cites a whole text (a standard).
    pub const fn whole(law: LawRevision) -> Citation {
        Citation { law, article: None, paragraph: None, item: None }
    }
    /// Narrows to paragraph (款) `p`.
    pub const fn paragraph(self, p: u8) -> Citation {
        Citation { paragraph: Some(p), ..self }
    }
    /// Narrows to item (项) `i`.
    pub const fn item(self, i: u8) -> Citation {
        Citation { item: Some(i), ..self }
    }

    /// Renders the citation, e.g. 《行政诉讼法》第六十七条第一款 or "Administrative Litigation Law, art. 67(1)".
    pub fn render(&self, lang: Lang) -> String {
        let law = &self.law;
        match lang {
            Lang::En => {
                let mut s = law.short_en.to_string();
                if let Some(a) = self.article {
                    s.push_str(&format!(", art. {a}"));
                    if let Some(p) = self.paragraph {
                        s.push_str(&format!("({p})"));
                    }
                    if let Some(i) = self.item {
                        s.push_str(&format!(" item {i}"));
                    }
                }
                s
            }
            Lang::ZhHans | Lang::ZhHant => {
                let title = if lang == Lang::ZhHans { law.short_zh_hans } else { law.short_zh_hant };
                let mut s = format!("《{title}》");
                if let Some(a) = self.article {
                    let tiao = if lang == Lang::ZhHans { "条" } else { "條" };
                    s.push_str(&format!("第{}{}", chinese_number(a.into()), tiao));
                    if let Some(p) = self.paragraph {
                        s.push_str(&format!("第{}款", chinese_number(p.into())));
                    }
                    if let Some(i) = self.item {
                        let xiang = if lang == Lang::ZhHans { "项" } else { "項" };
                        s.push_str(&format!("第（{}）{}", chinese_number(i.into()), xiang));
                    }
                }
                s
            }
        }
    }

    /// The JSON form shown to callers.
    pub fn to_view(&self, lang: Lang) -> CitationView {
        CitationView {
            law: self.law.id,
            title: match lang {
                Lang::ZhHans => self.law.short_zh_hans,
                Lang::ZhHant => self.law.short_zh_hant,
                Lang::En => self.law.short_en,
            },
            revision: self.law.revision,
            in_force_from: self.law.in_force_from,
            article: self.article,
            paragraph: self.paragraph,
            item: self.item,
            text: self.render(lang),
        }
    }
}

/// A citation as it crosses a boundary (JSON, JS).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct CitationView {
    pub law: &'static str,
    pub title: &'static str,
    pub revision: &'static str,
    pub in_force_from: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<u8>,
    pub text: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_article_paragraph_item_in_three_languages() {
        let c = Citation::article(ADMIN_LITIGATION_LAW_2017, 67).paragraph(1);
        assert_eq!(c.render(Lang::ZhHans), "《行政诉讼法》第六十七条第一款");
        assert_eq!(c.render(Lang::ZhHant), "《行政訴訟法》第六十七條第一款");
        assert_eq!(c.render(Lang::En), "Administrative Litigation Law, art. 67(1)");
        let c = Citation::article(ALPL_INTERPRETATION_2018, 128).paragraph(2).item(3);
        assert_eq!(c.render(Lang::ZhHans), "《行诉解释》第一百二十八条第二款第（三）项");
    }

    #[test]
    fn a_citation_reads_the_text_in_force_on_the_day() {
        let day = |y, m, d| crate::date::CivilDate::from_ymd_opt(y, m, d).unwrap_or_default();
        let prov = Citation::article(HEAD_APPEARANCE_PROVISIONS_2020, 2);
        assert_eq!(prov.governing_on(day(2020, 6, 30)), None);
        assert_eq!(prov.governing_on(day(2020, 7, 1)), Some(prov));
        let alpl = Citation::article(ADMIN_LITIGATION_LAW_2017, 3).paragraph(3);
        assert_eq!(alpl.governing_on(day(2016, 3, 1)).map(|c| c.law.id), Some("alpl-2014"));
        assert_eq!(alpl.governing_on(day(2015, 4, 30)), None);
        assert_eq!(Citation::article(ALPL_INTERPRETATION_2018, 128).governing_on(day(2018, 2, 7)), None);
        assert!(Citation::whole(GB_32100_2015).governing_on(day(2014, 1, 1)).is_some());
    }

    #[test]
    fn catalogue_ids_are_unique_and_dates_parse() {
        for (i, a) in CATALOGUE.iter().enumerate() {
            assert!(crate::date::parse_civil_date(a.in_force_from, a.id).is_ok(), "{}", a.id);
            for b in &CATALOGUE[i + 1..] {
                assert_ne!(a.id, b.id);
            }
        }
    }
}
