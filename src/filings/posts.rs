//! Post titles (职务) as data: what a post says about a person appearing as 负责人.
//!
//! The table is `data/appearance/posts.json` (compiled in; `data/appearance/README.md`), which names its sources: the local
//! government organisation law for government heads, the 2018 公务员法 and the 2019 《公务员职务与
//! 职级并行规定》 for the 职级 (ranks, not posts of leadership). A local rule pack can add titles
//! (check `post-titles`, [`super::appearance_pack`]).
//!
//! How a post is read: it is split into its parts (`党组书记、局长` is two), each part is matched
//! by its ending against (1) the head titles of the defendant's own kind of organ, chosen by the
//! ending of the agency's name (`…区人民政府` → 区长/副区长, `…局` → 局长/副局长, `…街道办事处` →
//! 主任/副主任), whatever precedes the title being either nothing, a modifier (常务, 代) or the
//! agency's own name; then (2) the titles that mean the same in any agency (党组成员, 总工程师, the
//! 职级, 科长). The most senior reading of any part wins. A part that ends in a head title of the
//! agency's kind but names another organ (`财政局局长` for a 住建局) is not guessed: it is
//! [`PostClass::Unknown`], as is every title the table does not know.

use crate::text::names::fold_name;
use std::sync::OnceLock;

/// What a post says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PostClass {
    /// An internal post or a junior 职级: never a head of the defendant itself.
    NotHead,
    /// A 职级 (巡视员, 调研员): a rank, not a post of leadership.
    Rank,
    /// Not in the table, or naming another organ: cannot tell.
    Unknown,
    /// A 党组/党委 secretary or deputy secretary: often also the head, but the title alone does
    /// not say so; a head as 其他参与分管的负责人 when in charge of the act.
    Party,
    /// A 党组/党委 or 总师 post: a head only as 其他参与分管的负责人.
    InCharge,
    /// 副职负责人.
    Deputy,
    /// 正职负责人.
    Principal,
}

impl PostClass {
    /// zh-Hans and English names, for messages.
    pub fn names(self) -> (&'static str, &'static str) {
        match self {
            PostClass::Principal => ("正职负责人", "the principal head"),
            PostClass::Deputy => ("副职负责人", "a deputy head"),
            PostClass::InCharge => ("其他参与分管的负责人", "another head in charge"),
            PostClass::Party => ("党组（党委）书记、副书记", "a party secretary or deputy secretary"),
            PostClass::Rank => ("职级（非领导职务）", "a civil-service rank, not a post of leadership"),
            PostClass::NotHead => ("非负责人职务", "not a head's post"),
            PostClass::Unknown => ("无法判断", "cannot tell"),
        }
    }

    /// Parses a class code of the data file.
    pub fn from_code(code: &str) -> Option<PostClass> {
        Some(match code {
            "principal" => PostClass::Principal,
            "deputy" => PostClass::Deputy,
            "in-charge" => PostClass::InCharge,
            "party" => PostClass::Party,
            "rank" => PostClass::Rank,
            "not-head" => PostClass::NotHead,
            _ => return None,
        })
    }
}

/// zh-Hans and English names of a declared head role (规定 第二条第一款's four kinds), for messages.
pub fn role_names(role: &str) -> (&'static str, &'static str) {
    match role {
        "principal" => ("正职负责人", "the principal head"),
        "deputy" => ("副职负责人", "a deputy head"),
        "deputy-level-in-charge" => ("参与分管被诉行政行为实施工作的副职级别的负责人", "a deputy-level head in charge of the act"),
        _ => ("其他参与分管的负责人", "another head in charge"),
    }
}

/// Every zh-Hans name a message argument can take here, for the generated zh-Hant table.
pub const NAMES_ZH_HANS: &[&str] = &[
    "正职负责人",
    "副职负责人",
    "其他参与分管的负责人",
    "职级（非领导职务）",
    "非负责人职务",
    "无法判断",
    "党组（党委）书记、副书记",
    "参与分管被诉行政行为实施工作的副职级别的负责人",
];

/// The class codes a table entry may use.
pub const CLASS_CODES: &[&str] = &["principal", "deputy", "in-charge", "party", "rank", "not-head"];

#[derive(Debug, Clone)]
#[cfg_attr(test, derive(serde::Deserialize))]
struct Organ {
    suffix: String,
    principal: Vec<String>,
    deputy: Vec<String>,
}
crate::form::read::form!(Organ, open, { suffix: String = "suffix", principal: Vec<String> = "principal", deputy: Vec<String> = "deputy" });

/// One title that means the same in any agency (or, with `organ`, in agencies whose name ends so).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Title {
    pub title: String,
    pub class: PostClass,
    /// The agency name's ending this title applies to; `None`: any agency.
    pub organ: Option<String>,
}

#[derive(Debug, Clone)]
#[cfg_attr(test, derive(serde::Deserialize))]
struct RawTitle {
    title: String,
    class: String,
}
crate::form::read::form!(RawTitle, open, { title: String = "title", class: String = "class" });

#[derive(Debug, Clone)]
#[cfg_attr(test, derive(serde::Deserialize))]
struct Phrases {
    phrases: Vec<String>,
}
crate::form::read::form!(Phrases, open, { phrases: Vec<String> = "phrases" });

#[derive(Debug, Clone)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(test, serde(rename_all = "camelCase"))]
struct RawTable {
    organs: Vec<Organ>,
    modifiers: Vec<String>,
    titles: Vec<RawTitle>,
    absence_not_reasons: Phrases,
}
crate::form::read::form!(RawTable, open, { organs: Vec<Organ> = "organs", modifiers: Vec<String> = "modifiers", titles: Vec<RawTitle> = "titles", absence_not_reasons: Phrases = "absenceNotReasons" });

/// The parsed table.
#[derive(Debug, Clone)]
pub struct PostTable {
    organs: Vec<Organ>,
    modifiers: Vec<String>,
    titles: Vec<Title>,
    /// Phrases that on their face are not a reason of 规定 第八条 (APP-022).
    pub absence_not_reasons: Vec<String>,
}

static SOURCE: &str = include_str!("../../data/appearance/posts.json");

/// The built-in table, parsed once. `None` only if the compiled-in file is malformed (a unit
/// test guards it), in which case no post is judged.
pub fn table() -> Option<&'static PostTable> {
    static TABLE: OnceLock<Option<PostTable>> = OnceLock::new();
    TABLE.get_or_init(|| parse(SOURCE).ok()).as_ref()
}

fn parse(json: &str) -> Result<PostTable, String> {
    let raw = crate::packs::built_in_text(json).map_err(|e| e.to_string()).and_then(|v| <RawTable as crate::form::read::Read>::read(&v))?;
    let mut titles = Vec::with_capacity(raw.titles.len());
    for t in raw.titles {
        let class = PostClass::from_code(&t.class).ok_or_else(|| format!("unknown class {:?}", t.class))?;
        titles.push(Title { title: t.title, class, organ: None });
    }
    Ok(PostTable { organs: raw.organs, modifiers: raw.modifiers, titles, absence_not_reasons: raw.absence_not_reasons.phrases })
}

/// Normalises a name or post for matching: folded as names are ([`fold_name`]: traditional
/// characters that map one to one, full-width forms, spaces), and the short forms in common use
/// written one way: 人民政府/政府, 管理委员会/管委会, 办事处/办 (both forms of each occur in filings).
fn norm(s: &str) -> String {
    fold_name(s).replace("人民政府", "政府").replace("管理委员会", "管委会").replace("办事处", "办")
}

/// Drops a trailing parenthesis, `副区长（常务）` → `副区长`.
fn strip_parenthesis(s: &str) -> &str {
    for (open, close) in [('（', '）'), ('(', ')')] {
        if s.ends_with(close) {
            if let Some(i) = s.rfind(open) {
                return &s[..i];
            }
        }
    }
    s
}

impl PostTable {
    /// Classifies `post` for an agency named `agency` (may be empty). `extra` are a pack's titles.
    ///
    /// # Example
    /// ```
    /// use filing_check::filings::posts::{table, PostClass};
    /// let t = table().expect("the built-in table parses");
    /// assert_eq!(t.classify("党组成员、副局长", "广州市天河区司法局", &[]), PostClass::Deputy);
    /// assert_eq!(t.classify("二级巡视员", "广州市天河区司法局", &[]), PostClass::Rank);
    /// assert_eq!(t.classify("处长", "广东省自然资源厅", &[]), PostClass::NotHead);
    /// assert_eq!(t.classify("区长助理", "广州市天河区人民政府", &[]), PostClass::Unknown);
    /// ```
    pub fn classify(&self, post: &str, agency: &str, extra: &[Title]) -> PostClass {
        let agency_n = norm(agency);
        let mut best: Option<PostClass> = None;
        for part in post.split(|c: char| "、，,；;／/|".contains(c) || c.is_whitespace()).flat_map(|p| p.split('兼')) {
            let part = strip_parenthesis(part.trim());
            if part.is_empty() {
                continue;
            }
            let class = self.classify_part(&norm(part), &agency_n, extra);
            best = Some(best.map_or(class, |b| b.max(class)));
        }
        best.unwrap_or(PostClass::Unknown)
    }

    fn classify_part(&self, part: &str, agency: &str, extra: &[Title]) -> PostClass {
        // (1) The head titles of the defendant's own kind of organ (longest matching name ending).
        let organ = self
            .organs
            .iter()
            .filter(|o| !agency.is_empty() && agency.ends_with(&norm(&o.suffix)))
            .max_by_key(|o| norm(&o.suffix).chars().count());
        let mut names_other_organ = false;
        if let Some(o) = organ {
            for (titles, class) in [(&o.deputy, PostClass::Deputy), (&o.principal, PostClass::Principal)] {
                for t in titles {
                    if let Some(prefix) = part.strip_suffix(t.as_str()) {
                        if self.prefix_is_own(prefix, agency) {
                            return class;
                        }
                        names_other_organ = true;
                    }
                }
            }
        }
        // A pack's titles for this agency's kind of organ, then for any agency.
        let scoped = extra.iter().filter(|t| t.organ.as_deref().is_some_and(|s| !agency.is_empty() && agency.ends_with(&norm(s))));
        if let Some(t) = longest(part, scoped) {
            return t.class;
        }
        if names_other_organ {
            return PostClass::Unknown;
        }
        // (2) Titles that mean the same in any agency.
        let any = extra.iter().filter(|t| t.organ.is_none()).chain(self.titles.iter());
        longest(part, any).map_or(PostClass::Unknown, |t| t.class)
    }

    /// Whether what precedes a head title is nothing, a modifier, or (a tail of) the agency's name.
    fn prefix_is_own(&self, prefix: &str, agency: &str) -> bool {
        let mut p = prefix;
        loop {
            // The proof may write the agency's name in full (广州市从化区温泉镇人民政府 for 从化区温泉镇人民政府).
            if p.is_empty() || agency.ends_with(p) || p.ends_with(agency) {
                return true;
            }
            match self.modifiers.iter().find_map(|m| p.strip_suffix(m.as_str())) {
                Some(rest) => p = rest,
                None => return false,
            }
        }
    }
}

/// The longest title of `titles` that `part` ends with.
fn longest<'a>(part: &str, titles: impl Iterator<Item = &'a Title>) -> Option<&'a Title> {
    titles.filter(|t| !t.title.is_empty() && part.ends_with(t.title.as_str())).max_by_key(|t| t.title.chars().count())
}

#[cfg(test)]
mod tests {
    use super::*;
    use PostClass::*;

    #[test]
    fn the_built_in_table_parses() {
        assert!(table().is_some(), "{:?}", parse(SOURCE).err());
    }

    #[test]
    fn real_titles() {
        let Some(t) = table() else { return };
        let cases: &[(&str, &str, PostClass)] = &[
            ("区长", "广州市天河区人民政府", Principal),
            ("副区长", "广州市天河区人民政府", Deputy),
            ("常务副区长", "广州市天河区人民政府", Deputy),
            ("广州市天河区人民政府副区长", "广州市天河区人民政府", Deputy),
            ("天河区政府副区长", "广州市天河区人民政府", Deputy),
            ("市长", "广州市天河区人民政府", Unknown),
            ("党组书记、局长", "广州市天河区司法局", Principal),
            ("党组成员、副局长", "广州市天河区司法局", Deputy),
            ("财政局局长", "广州市天河区住房和城乡建设局", Unknown),
            ("局长", "广州市天河区人民政府", Unknown),
            ("处长", "广东省自然资源厅", NotHead),
            ("厅长", "广东省自然资源厅", Principal),
            ("主席", "广西壮族自治区人民政府", Principal),
            ("县长", "三都水族自治县人民政府", Principal),
            ("州长", "黔南布依族苗族自治州人民政府", Principal),
            ("镇长", "某某县某某镇人民政府", Principal),
            ("广州市从化区温泉镇人民政府镇长", "从化区温泉镇人民政府", Principal),
            ("乡长", "某某县某某乡人民政府", Principal),
            ("主任", "广州市天河区石牌街道办事处", Principal),
            ("副主任", "广州开发区管理委员会", Deputy),
            ("管委会副主任", "广州开发区管理委员会", Deputy),
            ("街道办主任", "广州市天河区石牌街道办事处", Principal),
            ("街道党工委书记、办事处主任", "广州市天河区石牌街道办事处", Principal),
            ("主任科员", "广州市发展和改革委员会", NotHead),
            ("区委常委、副区长", "广州市天河区人民政府", Deputy),
            ("区委常委", "广州市天河区人民政府", Unknown),
            ("广东省广州市天河区人民政府副区长", "广州市天河区人民政府", Deputy),
            ("主任", "广州市发展和改革委员会", Principal),
            ("主任", "广州市天河区人民政府办公室", Principal),
            ("办公室主任", "广州市天河区司法局", NotHead),
            ("主任科员", "广州市天河区人民政府", NotHead),
            ("一级主任科员", "广州市天河区司法局", NotHead),
            ("科员", "广州市天河区人民政府", NotHead),
            ("区司法局行政应诉科科长", "广州市天河区人民政府", NotHead),
            ("二级巡视员", "广州市天河区人民政府", Rank),
            ("一级调研员", "广州市天河区司法局", Rank),
            ("总工程师", "广州市天河区住房和城乡建设局", InCharge),
            ("党组成员", "广州市天河区人民政府", InCharge),
            ("党组成员、二级巡视员", "广州市天河区人民政府", InCharge),
            ("党组书记", "广州市天河区司法局", Party),
            ("党组副书记、副局长", "广州市天河区司法局", Deputy),
            ("支队长", "广州市公安局交通警察支队", Principal),
            ("副总队长", "广东省交通运输综合行政执法总队", Deputy),
            ("所长", "广州市公安局天河区分局石牌派出所", Principal),
            ("副区长（常务）", "广州市天河区人民政府", Deputy),
            ("副區長", "廣州市天河區人民政府", Deputy),
            ("黨組成員、副局長", "天河区司法局", Deputy),
            ("区长助理", "广州市天河区人民政府", Unknown),
            ("某某", "广州市天河区人民政府", Unknown),
        ];
        for (post, agency, want) in cases {
            assert_eq!(t.classify(post, agency, &[]), *want, "{post} / {agency}");
        }
    }

    #[test]
    fn every_name_is_listed_for_the_zh_hant_table() {
        let classes = [Principal, Deputy, InCharge, Party, Rank, NotHead, Unknown];
        for c in classes {
            assert!(NAMES_ZH_HANS.contains(&c.names().0), "{c:?}");
        }
        for r in ["principal", "deputy", "deputy-level-in-charge", "other-in-charge"] {
            assert!(NAMES_ZH_HANS.contains(&role_names(r).0), "{r}");
        }
    }

    #[test]
    fn a_pack_extends_the_table() {
        let Some(t) = table() else { return };
        let extra = [Title { title: "首席执法官".into(), class: InCharge, organ: None }];
        assert_eq!(t.classify("首席执法官", "某局", &[]), Unknown);
        assert_eq!(t.classify("首席执法官", "某局", &extra), InCharge);
        // A title scoped to an organ applies only to agencies whose name ends so.
        let scoped = [Title { title: "首席执法官".into(), class: Deputy, organ: Some("总队".into()) }];
        assert_eq!(t.classify("首席执法官", "广东省交通运输综合行政执法总队", &scoped), Deputy);
        assert_eq!(t.classify("首席执法官", "广州市天河区司法局", &scoped), Unknown);
    }
}
