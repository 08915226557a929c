//! The fields of a case record in the reader's words, for the messages of record findings
//! (rules `SUP-…`, [`crate::rules::supervision`]): a record's field is named by the record's
//! number and the field's label (`第3条记录的答辩日`), never by its JSON Pointer, and the values a
//! field allows are listed as words, not codes. zh-Hant is OpenCC `s2t` of zh-Hans
//! (`tests/generated_files.rs` checks every row).

use crate::i18n::Lang;

/// Path pattern (indices as `*`) → label in zh-Hans, zh-Hant, en; `{0}`, `{1}` are the 1-based
/// indices of the pattern's `*`s.
pub static FIELDS: &[(&str, &str, &str, &str)] = &[
    ("/caseNumber", "案号", "案號", "case number"),
    ("/court", "法院", "法院", "court"),
    ("/agency", "被诉行政机关", "被訴行政機關", "agency"),
    ("/agency/name", "被诉行政机关名称", "被訴行政機關名稱", "agency name"),
    ("/agency/creditCode", "被诉行政机关统一社会信用代码", "被訴行政機關統一社會信用代碼", "agency credit code"),
    ("/agency/level", "被诉行政机关层级", "被訴行政機關層級", "agency level"),
    ("/procedure", "程序", "程序", "procedure"),
    ("/noticeServed", "应诉通知送达日", "應訴通知送達日", "date the notice was served"),
    ("/answered", "答辩日", "答辯日", "date answered"),
    ("/hearings", "开庭记录", "開庭記錄", "hearings"),
    ("/hearings/*", "第{0}次开庭", "第{0}次開庭", "hearing {0}"),
    ("/hearings/*/date", "第{0}次开庭的日期", "第{0}次開庭的日期", "date of hearing {0}"),
    ("/hearings/*/appeared", "第{0}次开庭的出庭人员", "第{0}次開庭的出庭人員", "who appeared at hearing {0}"),
    ("/hearings/*/appeared/*", "第{0}次开庭的出庭人员（第{1}人）", "第{0}次開庭的出庭人員（第{1}人）", "person {1} at hearing {0}"),
    ("/hearings/*/appeared/*/name", "第{0}次开庭的出庭人员（第{1}人）姓名", "第{0}次開庭的出庭人員（第{1}人）姓名", "name of person {1} at hearing {0}"),
    ("/hearings/*/appeared/*/role", "第{0}次开庭的出庭人员（第{1}人）出庭身份", "第{0}次開庭的出庭人員（第{1}人）出庭身份", "role of person {1} at hearing {0}"),
    ("/judgment", "判决", "判決", "judgment"),
    ("/judgment/served", "判决送达日", "判決送達日", "date the judgment was served"),
    ("/judgment/performanceDue", "履行期限届满日", "履行期限屆滿日", "performance due date"),
    ("/performed", "履行日", "履行日", "date performed"),
    ("/concluded", "结案情况", "結案情況", "conclusion"),
    ("/concluded/date", "结案日", "結案日", "date concluded"),
    ("/concluded/outcome", "结案方式", "結案方式", "outcome"),
    ("/reconsiderations", "行政复议记录", "行政複議記錄", "reconsiderations"),
    ("/reconsiderations/*", "第{0}件行政复议", "第{0}件行政複議", "reconsideration {0}"),
    ("/reconsiderations/*/received", "第{0}件行政复议的收到申请日", "第{0}件行政複議的收到申請日", "date reconsideration {0} was received"),
    ("/reconsiderations/*/decided", "第{0}件行政复议的决定日", "第{0}件行政複議的決定日", "date reconsideration {0} was decided"),
    ("/reconsiderations/*/result", "第{0}件行政复议的结果", "第{0}件行政複議的結果", "result of reconsideration {0}"),
    ("/reported", "报备与反馈记录", "報備與反饋記錄", "reports and feedback"),
    ("/reported/*", "第{0}次报送", "第{0}次報送", "report {0}"),
    ("/reported/*/kind", "第{0}次报送的类型", "第{0}次報送的類型", "kind of report {0}"),
    ("/reported/*/date", "第{0}次报送的日期", "第{0}次報送的日期", "date of report {0}"),
    ("/csv", "表格表头", "表格表頭", "the list's header"),
    ("/csv/event", "表格的事件列", "表格的事件列", "the list's event column"),
];

/// The words for a field's allowed values and for a JSON type, by the field's last key.
pub static VALUES: &[(&str, &str, &str, &str)] = &[
    ("level", "省级、市级、县级、乡镇级", "省級、市級、縣級、鄉鎮級", "province, city, county, township"),
    ("procedure", "一审、二审、再审、其他、行政复议", "一審、二審、再審、其他、行政複議", "first instance, appeal, retrial, other, reconsideration"),
    ("role", "正职负责人、副职负责人、工作人员、律师", "正職負責人、副職負責人、工作人員、律師", "head, deputy head, staff, lawyer"),
    ("outcome", "败诉、胜诉、协调化解后撤诉、撤诉、其他", "敗訴、勝訴、協調化解後撤訴、撤訴、其他", "lost, won, withdrawn after mediation, withdrawn, other"),
    ("result", "纠错、维持", "糾錯、維持", "corrected, upheld"),
    ("kind", "报备、反馈", "報備、反饋", "report, feedback"),
    ("string", "文字", "文字", "text"),
    ("array", "列表", "列表", "a list"),
    ("object", "一组项目", "一組項目", "a group of fields"),
];

fn pick(row: &(&str, &'static str, &'static str, &'static str), lang: Lang) -> &'static str {
    match lang {
        Lang::ZhHans => row.1,
        Lang::ZhHant => row.2,
        Lang::En => row.3,
    }
}

/// The field at `path` of record number `record` (0-based), in `lang`.
pub fn field(record: usize, path: &str, lang: Lang) -> String {
    let n = record + 1;
    let record_words = match lang {
        Lang::ZhHans => format!("第{n}条记录"),
        Lang::ZhHant => format!("第{n}條記錄"),
        Lang::En => format!("record {n}"),
    };
    match (lang, label(path, lang)) {
        (_, None) => record_words,
        (Lang::En, Some(l)) => format!("{record_words}, {l}"),
        (_, Some(l)) => format!("{record_words}的{l}"),
    }
}

/// The label of the field at `path` within a record, in `lang`; `None` for the record itself or
/// a path the format does not have.
pub fn label(path: &str, lang: Lang) -> Option<String> {
    let mut indices = Vec::new();
    let pattern: Vec<String> = path
        .split('/')
        .map(|seg| match seg.parse::<usize>() {
            Ok(i) => {
                indices.push(i + 1);
                "*".to_string()
            }
            Err(_) => seg.to_string(),
        })
        .collect();
    let pattern = pattern.join("/");
    FIELDS.iter().find(|row| row.0 == pattern).map(|row| {
        let mut text = pick(row, lang).to_string();
        for (k, i) in indices.iter().enumerate() {
            text = text.replace(&format!("{{{k}}}"), &i.to_string());
        }
        text
    })
}

/// The words for `key`'s values (or a JSON type), in `lang`; the code list itself when unknown.
pub fn values<'a>(key: &str, codes: &'a str, lang: Lang) -> std::borrow::Cow<'a, str> {
    match VALUES.iter().find(|row| row.0 == key) {
        Some(row) => std::borrow::Cow::Borrowed(pick(row, lang)),
        None => std::borrow::Cow::Borrowed(codes),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_is_named_by_record_number_and_label() {
        assert_eq!(field(2, "/answered", Lang::ZhHans), "第3条记录的答辩日");
        assert_eq!(field(0, "/hearings/1/appeared/0/role", Lang::ZhHans), "第1条记录的第2次开庭的出庭人员（第1人）出庭身份");
        assert_eq!(field(0, "/hearings/1/appeared/0/role", Lang::ZhHant), "第1條記錄的第2次開庭的出庭人員（第1人）出庭身份");
        assert_eq!(field(4, "", Lang::En), "record 5");
        assert_eq!(field(4, "/reconsiderations/0/decided", Lang::En), "record 5, date reconsideration 1 was decided");
    }
}
