//! Case numbers (案号): a parser that returns the reason a number is malformed.
//!
//! A current case number is `（` 收案年度 `）` 法院代字 [专门审判代字] 类型代字 案件编号 `号`, e.g.
//! （2024）粤71行初123号: received in 2024, court 粤71 (Guangdong high-court area, intermediate-court
//! code 71 = the railway-transport intermediate court), type 行初 (first-instance administrative
//! case), serial 123. Sources: 《关于人民法院案件案号的若干规定》(法〔2015〕137号, in force
//! 2016-01-01) 第二条至第五条, as amended by 法〔2018〕335号 (adds the one-character 专门审判代字);
//! quoted in `shared/reference/LEGAL.md` §6.
//!
//! What the parser accepts, because courts print it (see [`Printed`]):
//! - ASCII `()` as well as full-width `（）` around the year, full-width digits;
//! - spaces and zero-width characters that PDF extraction inserts (（2026）黔01 民终1960 号), except
//!   a space between two groups of digits of the court code: （2019）黔01 02执47号 could be
//!   court 黔01 or court 黔0102, so it is reported ([`Problem::CourtCodeSpace`]), never joined;
//! - sub-numbers, written `（2013）郑执一字第324-1号` or `（2024）粤71行初123号之一`;
//! - the traditional script: `號`, and the traditional forms of the characters of court and type
//!   codes (粵, 終, 執 …), folded to the simplified forms that 第三条 prescribes;
//! - numbers in the pre-2016 format, with 字第 ((2015)海行民初字第5号) or printed without 第
//!   ((2010)海行初字5号): recognised as [`Format::Legacy`]. Their court abbreviations were local,
//!   so only the case-type words before 字 are checked ([`legacy_type_words`]): appraisal,
//!   notarial and agency numbers have the same shape ((2015)京长安内经证字第123号, …鉴字第…,
//!   …处告字第…) and are not case numbers ([`Problem::LegacyTypeWord`]).
//!
//! What it does not check: that the court code exists (the SPC's 法院代字表 is not public in a
//! citable form), or that the serial was ever issued.

use crate::date::CivilDate;
use chrono::Datelike;
use serde::Serialize;

/// Why a text is not a well-formed case number. [`Problem::code`] is the stable reason code, also
/// the message id of rule DOC-002.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Nothing but spaces.
    Empty,
    /// It does not start with a four-digit year in brackets.
    YearMissing,
    /// The year is in 〔〕 or [] (the brackets of a 文号, a document number).
    WrongBrackets,
    /// The year is before 1949 or after the year of `today`.
    YearOutOfRange { year: i32 },
    /// The court code is not a province abbreviation, 最高法, 军 or 兵.
    CourtCode { court: String },
    /// The court's number has neither two digits (intermediate) nor four (basic).
    CourtDigits { digits: String },
    /// The type code is not in the case-type standard.
    TypeCode { type_code: String },
    /// No serial number.
    SerialMissing,
    /// The serial is zero.
    SerialInvalid { serial: String },
    /// It does not end with 号.
    SuffixMissing,
    /// Something follows 号.
    TrailingText,
    /// A pre-2016 number (字第, or 字 without 第) with a year from 2016 on, when the current
    /// format was in force. `marker` is what the number contains: `字第` or `字`.
    LegacyAfter2016 { year: i32, marker: &'static str },
    /// Shaped like a pre-2016 number (…字第…号) but the words before 字 are not court case-type
    /// words: an appraisal (鉴), notarial (证) or agency (处告) number, not a case number.
    LegacyTypeWord { words: String, marker: &'static str },
    /// Two groups of digits of the court code are separated by a space (黔01 02): joining them
    /// would name another court, so the number is ambiguous.
    CourtCodeSpace { court: String, digits: String },
    /// The sub-number after `-` (324-1号) is missing or zero.
    SubNumberInvalid { sub: String },
}

impl Problem {
    /// The stable reason code, e.g. `type_code`.
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Empty => "empty",
            Problem::YearMissing => "year_missing",
            Problem::WrongBrackets => "wrong_brackets",
            Problem::YearOutOfRange { .. } => "year_out_of_range",
            Problem::CourtCode { .. } => "court_code",
            Problem::CourtDigits { .. } => "court_digits",
            Problem::TypeCode { .. } => "type_code",
            Problem::SerialMissing => "serial_missing",
            Problem::SerialInvalid { .. } => "serial_invalid",
            Problem::SuffixMissing => "suffix_missing",
            Problem::TrailingText => "trailing_text",
            Problem::LegacyAfter2016 { .. } => "legacy_after_2016",
            Problem::LegacyTypeWord { .. } => "legacy_type_word",
            Problem::CourtCodeSpace { .. } => "court_code_space",
            Problem::SubNumberInvalid { .. } => "sub_number_invalid",
        }
    }

    /// The message arguments of this problem (besides `field` and `value`).
    pub fn args(&self, today: CivilDate) -> Vec<(&'static str, String)> {
        match self {
            Problem::YearOutOfRange { year } => vec![("year", year.to_string()), ("thisYear", today.year().to_string())],
            Problem::CourtCode { court } => vec![("court", court.clone())],
            Problem::CourtDigits { digits } => vec![("digits", digits.clone())],
            Problem::TypeCode { type_code } => vec![("typeCode", type_code.clone())],
            Problem::SerialInvalid { serial } => vec![("serial", serial.clone())],
            Problem::LegacyAfter2016 { year, marker } => vec![("year", year.to_string()), ("marker", marker.to_string())],
            Problem::LegacyTypeWord { words, marker } => vec![("typeWords", words.clone()), ("marker", marker.to_string())],
            Problem::CourtCodeSpace { court, digits } => vec![("court", court.clone()), ("digits", digits.clone())],
            Problem::SubNumberInvalid { sub } => vec![("sub", sub.clone())],
            _ => Vec::new(),
        }
    }
}

/// Which format a case number is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Format {
    /// The format in force from 2016-01-01 (法〔2015〕137号).
    Current,
    /// The pre-2016 format with 字第 (or 字 alone), e.g. (2015)海行民初字第5号.
    Legacy,
}

/// A way of printing a case number that departs from the pattern of 第三条 but is how courts
/// print it, and is accepted. Reported so that nothing is folded silently.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Printed {
    /// A sub-number after a hyphen: `324-1号`.
    SubNumberHyphen,
    /// A sub-number after 号: `123号之一`.
    SubNumberZhi,
    /// Traditional characters (`號`, `粵`, `終` …), folded to the simplified forms.
    TraditionalScript,
    /// A pre-2016 number printed with 字 but without 第: `(2010)海行初字5号`.
    LegacyWithoutDi,
}

/// The level of the court a current-format number names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum CourtLevel {
    /// 最高法.
    Supreme,
    /// A high court (province abbreviation alone), or 军 / 兵 without a number.
    High,
    /// Two digits after the abbreviation.
    Intermediate,
    /// Four digits after the abbreviation.
    Basic,
}

/// A parsed case number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct CaseNumber {
    /// The number as written canonically: full-width brackets, no spaces, simplified script
    /// (`號` → `号`). A sub-number stays as printed (`324-1号`, `123号之一`).
    pub normalized: String,
    pub format: Format,
    /// 收案年度.
    pub year: i32,
    /// 法院代字, e.g. `粤71`. For a legacy number, everything between the year and 字 (court and
    /// type words together; the type words are also in `legacy_type`).
    pub court: String,
    /// The high-court part of the court code: `粤`, `最高法`, `军`, `兵`. `None` for legacy numbers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub court_region: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub court_level: Option<CourtLevel>,
    /// 专门审判代字 (2018 amendment), e.g. `知`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub special_code: Option<String>,
    /// 类型代字, e.g. `行初`. Empty for legacy numbers.
    pub type_code: String,
    /// The standard's code of the first case type listed with this 类型代字, e.g. `0401`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub type_standard_code: Option<&'static str>,
    /// The name of that case type, e.g. `行政一审案件`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub type_name: Option<&'static str>,
    /// 案件编号.
    pub serial: u64,
    /// The sub-number of `324-1号` or `123号之一` (1), when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sub_number: Option<u32>,
    /// The case-type words of a legacy number, e.g. `行初` in (2010)海行初字第5号.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legacy_type: Option<String>,
    /// How the number departs from 第三条's pattern, in the order found. Empty for most.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub printed: Vec<Printed>,
}

impl CaseNumber {
    /// True for a first-instance administrative case (行初, 行赔初): the only ones an appeal lies from.
    pub fn is_administrative_first_instance(&self) -> bool {
        matches!(self.type_code.as_str(), "行初" | "行赔初")
    }
}

/// High-court codes: the province-level abbreviations (第四条第二款) and 内/军/兵 (第四条第三款).
/// Only 黔, 云, 内, 粤, 京 are confirmed by real case numbers in LEGAL.md §6.4; the rest are the
/// standard abbreviations of the provincial-level divisions.
const REGIONS: &[&str] = &[
    "京", "津", "冀", "晋", "内", "辽", "吉", "黑", "沪", "苏", "浙", "皖", "闽", "赣", "鲁", "豫", "鄂", "湘", "粤",
    "桂", "琼", "渝", "川", "黔", "云", "藏", "陕", "甘", "青", "宁", "新", "军", "兵",
];

/// 专门审判代字 attested so far (2018 amendment; LEGAL.md §6.3: only 知 is attested, by secondary sources).
const SPECIAL_CODES: &[&str] = &["知"];

/// 类型代字 → (standard code, case type) of the first case type listed with it.
///
/// Written for this project from 《人民法院案件类型及其代字标准》 as tabulated in
/// `shared/reference/LEGAL.md` §6.5 (a SECONDARY source: a public code file reproducing a later
/// consolidated version of the standard; the official text was not retrievable). Every distinct
/// 类型代字 of that table is here, in the table's order.
pub const TYPE_CODES: &[(&str, &str, &str)] = &[
    ("刑辖", "0102", "刑事提级管辖案件"),
    ("民辖", "0105", "民事提级管辖案件"),
    ("民辖终", "0109", "民事管辖上诉案件"),
    ("民辖监", "0110", "民事管辖监督案件"),
    ("行辖", "0112", "行政提级管辖案件"),
    ("行辖终", "0114", "行政管辖上诉案件"),
    ("赔辖", "0116", "行政赔偿提级管辖案件"),
    ("赔辖终", "0119", "行政赔偿管辖上诉案件"),
    ("刑初", "0201", "刑事一审案件"),
    ("刑终", "0202", "刑事二审案件"),
    ("刑监", "0204", "刑事依职权再审审查案件"),
    ("刑申", "0205", "刑事申诉再审审查案件"),
    ("刑抗", "0206", "刑事抗诉再审审查案件"),
    ("刑再", "0207", "刑事再审案件"),
    ("刑没", "0208", "申请没收违法所得案件"),
    ("刑核", "0210", "死刑复核案件"),
    ("刑医", "0214", "申请强制医疗审查案件"),
    ("刑医解", "0215", "解除强制医疗审查案件"),
    ("刑医复", "0216", "强制医疗复议案件"),
    ("刑医监", "0217", "强制医疗监督案件"),
    ("刑止", "0219", "停止执行死刑请求审查案件"),
    ("刑止调", "0221", "停止执行死刑调查案件"),
    ("刑止核", "0222", "停止执行死刑调查审核案件"),
    ("刑更", "0224", "刑罚与执行变更审查案件"),
    ("刑更监", "0225", "刑罚与执行变更监督案件"),
    ("刑更备", "0226", "刑罚与执行变更备案案件"),
    ("刑他", "0227", "其他刑事案件"),
    ("刑教", "0229", "申请安置教育审查案件"),
    ("刑教解", "0230", "解除安置教育审查案件"),
    ("刑教复", "0231", "安置教育复议案件"),
    ("刑教监", "0232", "安置教育监督案件"),
    ("民初", "0301", "民事一审案件"),
    ("民终", "0302", "民事二审案件"),
    ("民监", "0304", "民事依职权再审审查案件"),
    ("民申", "0305", "民事申请再审审查案件"),
    ("民抗", "0306", "民事抗诉再审审查案件"),
    ("民再", "0307", "民事再审案件"),
    ("民撤", "0308", "第三人撤销之诉案件"),
    ("民特", "0310", "选民资格案件"),
    ("民特监", "0323", "民事特别程序监督案件"),
    ("民催", "0325", "船舶优先权催告案件"),
    ("民督", "0328", "申请支付令审查案件"),
    ("民督监", "0329", "支付令监督案件"),
    ("民他", "0330", "其他民事案件"),
    ("民保令", "0332", "人身安全保护令申请审查案件"),
    ("民保更", "0333", "人身安全保护令变更案件"),
    ("行初", "0401", "行政一审案件"),
    ("行终", "0402", "行政二审案件"),
    ("行监", "0404", "行政依职权再审审查案件"),
    ("行申", "0405", "行政申请再审审查案件"),
    ("行抗", "0406", "行政抗诉再审审查案件"),
    ("行再", "0407", "行政再审案件"),
    ("行审", "0409", "非诉行政行为申请执行审查案件"),
    ("行审复", "0410", "非诉行政行为申请执行审查复议案件"),
    ("行他", "0411", "其他行政案件"),
    ("行赔初", "0502", "行政赔偿一审案件"),
    ("行赔终", "0503", "行政赔偿二审案件"),
    ("行赔监", "0504", "行政赔偿依职权再审审查案件"),
    ("行赔申", "0505", "行政赔偿申请再审审查案件"),
    ("行赔抗", "0506", "行政赔偿抗诉再审审查案件"),
    ("行赔再", "0507", "行政赔偿再审案件"),
    ("行赔他", "0508", "其他行政赔偿案件"),
    ("法赔", "0510", "法院作为赔偿义务机关自赔案件"),
    ("委赔", "0511", "赔偿委员会审理赔偿案件"),
    ("委赔监", "0512", "司法赔偿监督审查案件"),
    ("赔确监", "0513", "赔偿确认申诉审查案件"),
    ("委赔提", "0514", "司法赔偿监督上级法院赔偿委员会重审案件"),
    ("委赔再", "0515", "司法赔偿监督本院赔偿委员会重审案件"),
    ("赔他", "0516", "其他赔偿案件"),
    ("司救刑", "0518", "刑事司法救助案件"),
    ("司救民", "0519", "民事司法救助案件"),
    ("司救行", "0520", "行政司法救助案件"),
    ("司救赔", "0521", "国家赔偿司法救助案件"),
    ("司救执", "0522", "执行司法救助案件"),
    ("司救访", "0523", "涉诉信访司法救助案件"),
    ("司救他", "0524", "其他司法救助案件"),
    ("认台", "0602", "认可与执行台湾地区法院裁判审查案件"),
    ("认港", "0604", "认可与执行香港特别行政区法院裁判审查案件"),
    ("认澳", "0606", "认可与执行澳门特别行政区法院裁判审查案件"),
    ("认复", "0608", "认可与执行审查复议案件"),
    ("认他", "0609", "认可与执行审查其他案件"),
    ("请台送", "0611", "请求台湾地区送达文书审查案件"),
    ("请港送", "0612", "请求香港特别行政区法院送达文书审查案件"),
    ("请澳送", "0613", "请求澳门特别行政区法院送达文书审查案件"),
    ("台请送", "0614", "台湾地区请求送达文书审查案件"),
    ("港请送", "0616", "香港特别行政区法院请求送达文书审查案件"),
    ("澳请送", "0618", "澳门特别行政区法院请求送达文书审查案件"),
    ("请台调", "0621", "请求台湾地区调查取证审查案件"),
    ("请港调", "0622", "请求香港特别行政区调查取证审查案件"),
    ("请澳调", "0623", "请求澳门特别行政区法院调查取证审查案件"),
    ("台请调", "0624", "台湾地区请求调查取证审查案件"),
    ("港请调", "0626", "香港特别行政区请求调查取证审查案件"),
    ("澳请调", "0628", "澳门特别行政区法院请求调查取证审查案件"),
    ("请移管", "0631", "接收在台湾地区被判刑人案件"),
    ("助移管", "0632", "向台湾地区移管被判刑人案件"),
    ("请移赃", "0634", "接收台湾地区移交罪赃案件"),
    ("助移赃", "0635", "向台湾地区移交罪赃案件"),
    ("协外认", "0702", "承认与执行外国法院裁判审查案件"),
    ("协他", "0704", "承认与执行审查其他案件"),
    ("协外送", "0706", "外国法院请求送达文书审查案件"),
    ("请外送", "0708", "请求外国法院送达文书审查案件"),
    ("协外调", "0710", "外国法院请求调查取证审查案件"),
    ("请外调", "0712", "请求外国法院调查取证审查案件"),
    ("请外移", "0714", "接收在外国被判刑人案件"),
    ("协外移", "0715", "向外国移管被判刑人案件"),
    ("请外引", "0717", "请求外国引渡案件"),
    ("协外引", "0718", "协助外国引渡案件"),
    ("司惩", "0802", "司法拘留案件"),
    ("司惩复", "0804", "司法制裁复议案件"),
    ("财保", "0901", "非诉财产保全审查案件"),
    ("行保", "0902", "非诉行为保全审查案件"),
    ("行保复", "0903", "非诉行为保全复议案件"),
    ("证保", "0904", "非诉证据保全审查案件"),
    ("执", "1002", "首次执行案件"),
    ("执恢", "1003", "恢复执行案件"),
    ("执保", "1004", "财产保全执行案件"),
    ("执异", "1006", "执行异议案件"),
    ("执复", "1007", "执行复议案件"),
    ("执监", "1008", "执行监督案件"),
    ("执协", "1009", "执行协调案件"),
    ("执他", "1010", "其他执行案件"),
    ("清申", "1102", "强制清算申请审查案件"),
    ("破申", "1103", "破产申请审查案件"),
    ("清终", "1105", "强制清算上诉案件"),
    ("破终", "1106", "破产上诉案件"),
    ("清监", "1108", "强制清算监督案件"),
    ("破监", "1109", "破产监督案件"),
    ("强清", "1110", "强制清算案件"),
    ("破", "1112", "破产清算案件"),
];

/// Looks up a 类型代字.
pub fn type_code(code: &str) -> Option<(&'static str, &'static str)> {
    TYPE_CODES.iter().find(|(c, _, _)| *c == code).map(|(_, n, t)| (*n, *t))
}

/// Traditional forms of the characters of court codes, type codes and the frame of a case number
/// (号, 之), with the simplified form 第三条 prescribes. Written for this project; `tests` checks
/// that it holds every one-to-one pair of OpenCC's tables (`text::script_table`) for these
/// characters, and the three that are not one to one there (復/複 → 复, 臺 → 台) are listed as such.
const TRADITIONAL: &[(char, char)] = &[
    ('號', '号'), ('雲', '云'), ('內', '内'), ('軍', '军'), ('減', '减'), ('協', '协'), ('臺', '台'), ('備', '备'),
    ('復', '复'), ('複', '复'), ('寧', '宁'), ('審', '审'), ('異', '异'), ('強', '强'), ('懲', '惩'), ('執', '执'),
    ('晉', '晋'), ('沒', '没'), ('滬', '沪'), ('瓊', '琼'), ('監', '监'), ('確', '确'), ('粵', '粤'), ('終', '终'),
    ('經', '经'), ('蘇', '苏'), ('認', '认'), ('訪', '访'), ('證', '证'), ('訴', '诉'), ('請', '请'), ('調', '调'),
    ('財', '财'), ('贓', '赃'), ('賠', '赔'), ('贛', '赣'), ('轄', '辖'), ('遼', '辽'), ('閩', '闽'), ('陝', '陕'),
    ('魯', '鲁'), ('醫', '医'), ('訟', '讼'), ('鑒', '鉴'), ('鑑', '鉴'), ('處', '处'),
];

fn fold_char(c: char) -> Option<char> {
    match c {
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => None,
        c if c.is_whitespace() => Some(' '),
        '(' => Some('（'),
        ')' => Some('）'),
        '０'..='９' => char::from_u32(c as u32 - 0xFEE0),
        // Hyphen, non-breaking hyphen, figure dash, en and em dash, full-width and small hyphen-minus.
        '\u{2010}'..='\u{2015}' | '－' | '﹣' => Some('-'),
        c => Some(TRADITIONAL.iter().find(|(t, _)| *t == c).map_or(c, |(_, s)| *s)),
    }
}

/// Folds what pasting and PDF extraction leave: spaces and zero-width characters go, full-width
/// digits and ASCII brackets become the canonical forms (digits ASCII, brackets full-width), dashes
/// become `-`, and traditional characters of the codes their simplified forms (`號` → `号`).
pub fn normalize(text: &str) -> String {
    text.chars().filter_map(fold_char).filter(|c| *c != ' ').collect()
}

/// Parses a case number as of `today` (which bounds the year).
///
/// # Errors
/// The [`Problem`] that makes the text malformed.
///
/// # Example
/// ```
/// use filing_check::ids::case_number;
/// let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
/// let n = case_number::parse("（2024）粤71行初123号", today).unwrap();
/// assert_eq!((n.year, n.court.as_str(), n.type_code.as_str(), n.serial), (2024, "粤71", "行初", 123));
/// assert_eq!(case_number::parse("（2024）粤71行X123号", today).unwrap_err().code(), "type_code");
/// // As courts print them: a sub-number, 號, a legacy number without 第.
/// assert_eq!(case_number::parse("（2013）郑执一字第324-1号", today).unwrap().sub_number, Some(1));
/// assert!(case_number::parse("（2024）粵71行終5號", today).is_ok());
/// // Not a case number: an appraisal number shaped like a pre-2016 one.
/// assert_eq!(case_number::parse("（2015）京正信鉴字第123号", today).unwrap_err().code(), "legacy_type_word");
/// ```
pub fn parse(text: &str, today: CivilDate) -> Result<CaseNumber, Problem> {
    let spaced: String = text.chars().filter_map(fold_char).collect();
    let normalized: String = spaced.chars().filter(|c| *c != ' ').collect();
    if normalized.is_empty() {
        return Err(Problem::Empty);
    }
    let mut printed = Vec::new();
    if text.chars().any(|c| TRADITIONAL.iter().any(|(t, _)| *t == c)) {
        printed.push(Printed::TraditionalScript);
    }
    let (year, rest) = split_year(&normalized)?;
    if !(1949..=today.year()).contains(&year) {
        return Err(Problem::YearOutOfRange { year });
    }
    if let Some((at, marker)) = find_legacy_marker(rest) {
        return parse_legacy(&normalized, year, rest, at, marker, printed);
    }
    check_court_spacing(&spaced)?;
    let (court, region, level, rest) = split_court(rest)?;
    let (special, rest) = match SPECIAL_CODES.iter().find(|s| rest.starts_with(**s)) {
        // Only when a type code follows: 知 is never itself a type code's first character.
        Some(s) if longest_type_code(&rest[s.len()..]).is_some() => (Some((*s).to_string()), &rest[s.len()..]),
        _ => (None, rest),
    };
    let (code, rest) = match longest_type_code(rest) {
        Some(code) => (code, &rest[code.len()..]),
        None => {
            let written: String = rest.chars().take_while(|c| !c.is_ascii_digit() && *c != '号').take(6).collect();
            return Err(if written.is_empty() { Problem::SerialMissing } else { Problem::TypeCode { type_code: written } });
        }
    };
    let (serial, rest) = split_serial(rest)?;
    let (serial, sub_number) = check_end(serial, rest, &mut printed)?;
    let (standard, name) = type_code(code).map_or((None, None), |(n, t)| (Some(n), Some(t)));
    Ok(CaseNumber {
        normalized: normalized.clone(),
        format: Format::Current,
        year,
        court,
        court_region: Some(region),
        court_level: Some(level),
        special_code: special,
        type_code: code.to_string(),
        type_standard_code: standard,
        type_name: name,
        serial,
        sub_number,
        legacy_type: None,
        printed,
    })
}

fn split_year(text: &str) -> Result<(i32, &str), Problem> {
    let (open, close) = match text.chars().next() {
        Some('（') => ('（', '）'),
        Some('〔') => return Err(Problem::WrongBrackets),
        Some('[') | Some('【') => return Err(Problem::WrongBrackets),
        _ => return Err(Problem::YearMissing),
    };
    let after = &text[open.len_utf8()..];
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    let rest = &after[digits.len()..];
    if digits.len() != 4 || !rest.starts_with(close) {
        return Err(Problem::YearMissing);
    }
    let year = digits.parse::<i32>().map_err(|_| Problem::YearMissing)?;
    Ok((year, &rest[close.len_utf8()..]))
}

/// Where a legacy number's 字 is: the 字 followed by a digit, or by 第 and a digit (no current
/// 类型代字 contains 字). Returns its byte offset in `rest` and the marker written (`字第` or `字`).
fn find_legacy_marker(rest: &str) -> Option<(usize, &'static str)> {
    rest.match_indices('字').find_map(|(at, _)| {
        let after = &rest[at + '字'.len_utf8()..];
        if after.starts_with("第") {
            Some((at, "字第"))
        } else if after.starts_with(|c: char| c.is_ascii_digit()) {
            Some((at, "字"))
        } else {
            None
        }
    })
}

/// Refuses a space between two groups of digits of the court code (黔01 02), checked on the
/// folded text with its spaces. Digits spaced out one by one (黔 0 1 0 2) are letter-spacing and
/// are joined.
fn check_court_spacing(spaced: &str) -> Result<(), Problem> {
    let Some(close) = spaced.find('）') else { return Ok(()) };
    let rest = spaced[close + '）'.len_utf8()..].trim_start_matches(' ');
    let rest = rest.strip_prefix("最高法").unwrap_or_else(|| {
        let first = rest.chars().next().map_or(0, char::len_utf8);
        &rest[first..]
    });
    let mut groups: Vec<&str> = Vec::new();
    let mut tail = rest.trim_start_matches(' ');
    loop {
        let n = tail.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            break;
        }
        groups.push(&tail[..n]);
        let after = &tail[n..];
        let next = after.trim_start_matches(' ');
        if next.len() == after.len() || !next.starts_with(|c: char| c.is_ascii_digit()) {
            break;
        }
        tail = next;
    }
    if groups.len() > 1 && groups.iter().any(|g| g.len() > 1) {
        let region: String = spaced[close + '）'.len_utf8()..].chars().filter(|c| *c != ' ').take_while(|c| !c.is_ascii_digit()).collect();
        return Err(Problem::CourtCodeSpace { court: format!("{region}{}", groups[0]), digits: groups[1..].concat() });
    }
    Ok(())
}

fn split_court(rest: &str) -> Result<(String, String, CourtLevel, &str), Problem> {
    if let Some(after) = rest.strip_prefix("最高法") {
        return Ok(("最高法".to_string(), "最高法".to_string(), CourtLevel::Supreme, after));
    }
    let first = rest.chars().next().map(String::from).unwrap_or_default();
    if !REGIONS.contains(&first.as_str()) {
        let court: String = rest.chars().take(3).collect();
        return Err(Problem::CourtCode { court });
    }
    let after = &rest[first.len()..];
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    let level = match digits.len() {
        0 => CourtLevel::High,
        2 => CourtLevel::Intermediate,
        4 => CourtLevel::Basic,
        _ => return Err(Problem::CourtDigits { digits }),
    };
    Ok((format!("{first}{digits}"), first, level, &after[digits.len()..]))
}

/// The longest 类型代字 that `rest` starts with (行赔初 before 行初, 行审复 before 行审).
fn longest_type_code(rest: &str) -> Option<&'static str> {
    TYPE_CODES.iter().map(|(c, _, _)| *c).filter(|c| rest.starts_with(c)).max_by_key(|c| c.len())
}

fn split_serial(rest: &str) -> Result<(String, &str), Problem> {
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return Err(Problem::SerialMissing);
    }
    Ok((digits.clone(), &rest[digits.len()..]))
}

/// A natural number below 100 in Chinese numerals (一 … 九十九), as in 号之一, 号之十二.
fn chinese_numeral(text: &str) -> Option<u32> {
    const DIGITS: &str = "一二三四五六七八九";
    let digit = |c: char| DIGITS.chars().position(|d| d == c).map(|i| i as u32 + 1);
    let chars: Vec<char> = text.chars().collect();
    match chars.as_slice() {
        ['十'] => Some(10),
        [d] => digit(*d),
        ['十', d] => Some(10 + digit(*d)?),
        [t, '十'] => Some(digit(*t)? * 10),
        [t, '十', d] => Some(digit(*t)? * 10 + digit(*d)?),
        _ => None,
    }
}

/// Reads the serial's end: an optional `-N` sub-number, 号, an optional 之N sub-number.
fn check_end(serial: String, rest: &str, printed: &mut Vec<Printed>) -> Result<(u64, Option<u32>), Problem> {
    // 19 digits always fit in a u64; longer serials do not exist (刑事复核 uses 8).
    let value = if serial.len() > 19 { 0 } else { serial.parse::<u64>().unwrap_or(0) };
    if value == 0 {
        return Err(Problem::SerialInvalid { serial });
    }
    let mut sub = None;
    let mut rest = rest;
    if let Some(after) = rest.strip_prefix('-') {
        let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
        match digits.parse::<u32>() {
            Ok(n) if n > 0 && digits.len() <= 3 => sub = Some(n),
            _ => return Err(Problem::SubNumberInvalid { sub: digits }),
        }
        printed.push(Printed::SubNumberHyphen);
        rest = &after[digits.len()..];
    }
    let Some(after) = rest.strip_prefix('号') else { return Err(Problem::SuffixMissing) };
    if after.is_empty() {
        return Ok((value, sub));
    }
    match after.strip_prefix('之').and_then(chinese_numeral) {
        Some(n) if sub.is_none() => {
            printed.push(Printed::SubNumberZhi);
            Ok((value, Some(n)))
        }
        _ => Err(Problem::TrailingText),
    }
}

/// Characters of pre-2016 case-type words: the area of the case (刑 民 行 商 经 知 赔 …), a
/// division number (民一, 执二), and the procedure (初 终 监 申 再 提 …).
///
/// Written for this project from the pattern `（年度）×民初字第×号` (and ×刑初字, ×行初字 …) of the
/// SPC's 诉讼文书样式 in use before 2016, and the type words seen in numbers the courts
/// published (民初, 民终, 民一初, 民四终, 行初, 行终, 行提, 行审, 刑初, 刑终, 执, 执一, 执异, 执恢, 执复,
/// 执监, 委赔, 破 …). The 2015 provisions replaced them and give no list of the old words, so
/// this is the project's reading, not an official table.
const LEGACY_AREA: &str = "刑民行商经知赔财诉非立执审监一二三四五六七八九十";
/// The last character of a legacy type word: the procedure.
const LEGACY_PROCEDURE: &str = "初终监申再提抗他辖审特催督更核复撤赔恢异保执破清协认惩减假救重";
/// Words of one character that are a whole legacy type word (执字第, 破字第, 委赔 after a non-type
/// character).
const LEGACY_SINGLE: &str = "执破赔";

/// The case-type words at the end of the text before a legacy number's 字: the longest run of
/// type characters, which must end in a procedure (or be 执 and a division number, 执一), and be
/// two characters long unless it is 执, 破 or 赔. `None` for 证, 鉴, 处告 …: not a court's number.
pub fn legacy_type_words(before_zi: &str) -> Option<&str> {
    // Brackets too: Shanghai courts wrote the chamber's subject inside the type words, 浦民一（民）初.
    let is_type = |c: char| LEGACY_AREA.contains(c) || LEGACY_PROCEDURE.contains(c) || c == '（' || c == '）';
    let start = before_zi.char_indices().rev().take_while(|(_, c)| is_type(*c)).last().map(|(i, _)| i)?;
    let words = &before_zi[start..];
    let numerals = "一二三四五六七八九十";
    let core = words.trim_end_matches(|c: char| numerals.contains(c));
    let ends_well = if core.len() == words.len() {
        // 执行字第 too: some courts wrote the enforcement word out.
        words.chars().last().is_some_and(|c| LEGACY_PROCEDURE.contains(c)) || words.ends_with("执行")
    } else {
        core.ends_with('执')
    };
    let long_enough = words.chars().count() >= 2 || LEGACY_SINGLE.contains(words);
    (ends_well && long_enough).then_some(words)
}

fn parse_legacy(
    normalized: &str,
    year: i32,
    rest: &str,
    at: usize,
    marker: &'static str,
    mut printed: Vec<Printed>,
) -> Result<CaseNumber, Problem> {
    let before = &rest[..at];
    let Some(words) = legacy_type_words(before) else {
        let words: String = before.chars().rev().take(3).collect::<Vec<_>>().into_iter().rev().collect();
        return Err(Problem::LegacyTypeWord { words, marker });
    };
    if marker == "字" {
        printed.push(Printed::LegacyWithoutDi);
    }
    let (serial, after) = split_serial(&rest[at + marker.len()..])?;
    let (serial, sub_number) = check_end(serial, after, &mut printed)?;
    if year >= 2016 {
        return Err(Problem::LegacyAfter2016 { year, marker });
    }
    Ok(CaseNumber {
        normalized: normalized.to_string(),
        format: Format::Legacy,
        year,
        court: before.to_string(),
        court_region: None,
        court_level: None,
        special_code: None,
        type_code: String::new(),
        type_standard_code: None,
        type_name: None,
        serial,
        sub_number,
        legacy_type: Some(words.to_string()),
        printed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> CivilDate {
        CivilDate::from_ymd_opt(2026, 11, 22).unwrap_or_default()
    }

    /// The worked example of LEGAL.md §6.4.
    #[test]
    fn worked_example() {
        let n = parse("（2023）粤71行初123号", today()).unwrap();
        assert_eq!(n.year, 2023);
        assert_eq!(n.court, "粤71");
        assert_eq!(n.court_level, Some(CourtLevel::Intermediate));
        assert_eq!(n.type_code, "行初");
        assert_eq!(n.type_standard_code, Some("0401"));
        assert_eq!(n.serial, 123);
    }

    /// Real numbers quoted in LEGAL.md §6.4, with the PDF-extraction spacing seen in public data.
    #[test]
    fn real_numbers_and_pdf_spacing() {
        let n = parse("（2026）黔01 民终1960 号", today()).unwrap();
        assert_eq!((n.court.as_str(), n.type_code.as_str(), n.serial), ("黔01", "民终", 1960));
        let n = parse("(2019)黔0102执47号", today()).unwrap();
        assert_eq!((n.court_level, n.type_code.as_str()), (Some(CourtLevel::Basic), "执"));
        assert_eq!(n.normalized, "（2019）黔0102执47号");
        assert_eq!(parse("（2016）内0123民初1166号", today()).unwrap().court_region.as_deref(), Some("内"));
        assert_eq!(parse("(2017)京04民终367号", today()).unwrap().court, "京04");
    }

    #[test]
    fn longest_type_code_wins() {
        assert_eq!(parse("（2024）京行赔初5号", today()).unwrap().type_code, "行赔初");
        assert_eq!(parse("（2024）京01行审复5号", today()).unwrap().type_code, "行审复");
        assert_eq!(parse("（2024）最高法行申88号", today()).unwrap().court_level, Some(CourtLevel::Supreme));
        let n = parse("（2021）最高法知民终1号", today()).unwrap();
        assert_eq!((n.special_code.as_deref(), n.type_code.as_str()), (Some("知"), "民终"));
    }

    #[test]
    fn legacy_numbers() {
        let n = parse("(2015)海行民初字第5号", today()).unwrap();
        assert_eq!((n.format, n.year, n.court.as_str(), n.serial), (Format::Legacy, 2015, "海行民初", 5));
        assert_eq!(n.legacy_type.as_deref(), Some("行民初"));
        assert_eq!(parse("（2017）海行初字第5号", today()).unwrap_err(), Problem::LegacyAfter2016 { year: 2017, marker: "字第" });
        // Printed without 第: accepted, and said so; after 2016 the reason names what it contains.
        let n = parse("（2010）海行初字5号", today()).unwrap();
        assert_eq!((n.format, n.serial, n.printed.as_slice()), (Format::Legacy, 5, &[Printed::LegacyWithoutDi][..]));
        assert_eq!(parse("（2017）海行初字5号", today()).unwrap_err(), Problem::LegacyAfter2016 { year: 2017, marker: "字" });
        let n = parse("（2013）郑执一字第324-1号", today()).unwrap();
        assert_eq!((n.serial, n.sub_number, n.legacy_type.as_deref()), (324, Some(1), Some("执一")));
    }

    #[test]
    fn legacy_look_alikes_are_not_case_numbers() {
        let t = today();
        for text in ["（2015）京长安内经证字第12345号", "（2014）京正信鉴字第123号", "（2013）京东公交处告字第5号", "（2015）京房复字第5号", "（2014）京仲裁字第88号"] {
            assert_eq!(parse(text, t).unwrap_err().code(), "legacy_type_word", "{text}");
        }
        for (before, words) in [("海行民初", "行民初"), ("郑执一", "执一"), ("一中行终", "行终"), ("", ""), ("闵执", "执"), ("委赔", "赔"), ("民四终", "民四终"), ("浦民一（民）初", "民一（民）初"), ("朝民重", "民重"), ("西执行", "执行")] {
            assert_eq!(legacy_type_words(before).unwrap_or(""), words, "{before}");
        }
    }

    #[test]
    fn sub_numbers_and_traditional_script() {
        let t = today();
        let n = parse("（2024）粤71行初123号之一", t).unwrap();
        assert_eq!((n.serial, n.sub_number, n.printed.as_slice()), (123, Some(1), &[Printed::SubNumberZhi][..]));
        assert_eq!(parse("（2024）粤71行初123号之十二", t).unwrap().sub_number, Some(12));
        let n = parse("（2024）粵71行終5號", t).unwrap();
        assert_eq!((n.normalized.as_str(), n.type_code.as_str()), ("（2024）粤71行终5号", "行终"));
        assert_eq!(n.printed, vec![Printed::TraditionalScript]);
        assert_eq!(parse("（2024）粤71行初123-0号", t).unwrap_err().code(), "sub_number_invalid");
        assert_eq!(parse("（2024）粤71行初123-1号之一", t).unwrap_err().code(), "trailing_text");
        assert_eq!(parse("（2024）粤71行初123号之", t).unwrap_err().code(), "trailing_text");
    }

    #[test]
    fn a_space_never_joins_two_groups_of_court_digits() {
        let t = today();
        assert_eq!(
            parse("（2019）黔01 02执47号", t).unwrap_err(),
            Problem::CourtCodeSpace { court: "黔01".into(), digits: "02".into() }
        );
        // Spaces between the parts, or every digit spaced out, are extraction artefacts.
        assert!(parse("（2019） 黔 0102 执 47 号", t).is_ok());
        assert_eq!(parse("（2019）黔 0 1 0 2 执47号", t).unwrap().court, "黔0102");
    }

    /// Every one-to-one traditional/simplified pair of OpenCC's tables for a character that case
    /// numbers use is in [`TRADITIONAL`], and every entry there is such a pair or one of the three
    /// that OpenCC maps one to many.
    #[test]
    fn traditional_table_is_complete() {
        use crate::text::names::fold_script;
        let used: String = TYPE_CODES.iter().map(|(c, _, _)| *c).chain(REGIONS.iter().copied()).collect::<String>()
            + LEGACY_AREA + LEGACY_PROCEDURE + "号之最高法证鉴处";
        for t in ('\u{3400}'..='\u{9FFF}').chain('\u{F900}'..='\u{FAFF}') {
            let s = fold_script(t);
            if used.contains(s) && t != s {
                assert!(TRADITIONAL.contains(&(t, s)), "missing ({t}, {s})");
            }
        }
        let not_one_to_one: Vec<char> = TRADITIONAL.iter().filter(|(t, s)| fold_script(*t) != *s).map(|(t, _)| *t).collect();
        // Mapped one to many by OpenCC (云 is also a traditional character, 复 stands for 復 and 複 …);
        // in a case number each can only be the code's simplified character.
        assert_eq!(not_one_to_one, ['雲', '臺', '復', '複', '寧', '確', '蘇', '證', '鑒', '鑑']);
    }

    #[test]
    fn reasons() {
        let t = today();
        let code = |s: &str| parse(s, t).unwrap_err().code();
        assert_eq!(code("  "), "empty");
        assert_eq!(code("粤71行初123号"), "year_missing");
        assert_eq!(code("〔2024〕粤71行初123号"), "wrong_brackets");
        assert_eq!(code("（24）粤71行初123号"), "year_missing");
        assert_eq!(code("（2027）粤71行初123号"), "year_out_of_range");
        assert_eq!(code("（2024）港71行初123号"), "court_code");
        assert_eq!(code("（2024）粤711行初123号"), "court_digits");
        assert_eq!(code("（2024）粤71行X123号"), "type_code");
        assert_eq!(code("（2024）粤71行初号"), "serial_missing");
        assert_eq!(code("（2024）粤71行初0号"), "serial_invalid");
        assert_eq!(code("（2024）粤71行初123"), "suffix_missing");
        assert_eq!(code("（2024）粤71行初123号判决书"), "trailing_text");
        assert_eq!(code("（2017）京司鉴字第5号"), "legacy_type_word");
        assert_eq!(code("（2019）黔01 02执47号"), "court_code_space");
    }

    #[test]
    fn every_type_code_has_at_most_three_characters() {
        // 第七条: 类型代字 …用3个以内中文汉字表示.
        for (c, _, _) in TYPE_CODES {
            assert!((1..=3).contains(&c.chars().count()), "{c}");
        }
    }
}
