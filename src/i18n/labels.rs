//! Field labels and enum-value labels: how a message names a field and a coded value in the
//! reader's language.
//!
//! A finding keeps its `path` (a JSON Pointer, for code); its message names the field the way the
//! form labels it: `/appearing/1/idNumber` reads `出庭人（第2人）公民身份号码` in zh-Hans,
//! `出庭人（第2人）公民身份號碼` in zh-Hant and `appearing person 2, identity number` in en.
//!
//! The labels are not a second hand-kept list: they are the `title` (zh-Hans) and `x-label-en`
//! of each field in the filing types' own JSON Schemas (`#[schemars(title = …)]` on the Rust
//! types in `src/filings/` and `src/document/`), and enum-value labels are their `x-enum-labels`.
//! `tests/schemas.rs` walks the schemas and generates [`table`] (zh-Hant by this crate's OpenCC
//! s2t); it fails when the table and the types disagree.
//!
//! A portal overrides labels with its own form's words ([`Overrides`], the `labels` option):
//! a key is a path pattern (`/appearing/*/idNumber`, `*` for any array index) or an exact path
//! (`/appearing/0/idNumber`); an exact path replaces the whole label, a pattern replaces that
//! segment's label. An array's item marker is overridable as `/appearing/*` with `{n}` for the
//! 1-based number (`"（第{n}位）"`). Overrides are in the language of the call.

use super::Lang;

pub mod table;

/// A portal's own labels: path pattern or exact path → label, in the call's language.
pub type Overrides = crate::sorted_map::SortedMap<String>;

/// A label table: the labelled fields and coded values that lookups search.
#[derive(Debug, Clone, Copy)]
pub struct Labels {
    pub fields: &'static [FieldLabel],
    pub enums: &'static [EnumLabel],
    /// Gives an English label its capital where it begins a message.
    pub capitalise: fn(&str) -> String,
}

/// Every schema's labels ([`table::FIELDS`], [`table::ENUMS`]).
#[cfg(feature = "documents")]
pub const ALL: Labels = Labels { fields: table::FIELDS, enums: table::ENUMS, capitalise: capitalise_unicode };

/// Built without the document checks (the forms module), every schema it checks is one of the
/// forms' ([`crate::filings::FORMS_KINDS`]), and so are its labels ([`table::FORMS_FIELDS`],
/// [`table::FORMS_ENUMS`]): the same rows as in the full table, because a filing's fields are
/// named by its own schema only (see `lookup`).
#[cfg(not(feature = "documents"))]
pub const ALL: Labels = Labels { fields: table::FORMS_FIELDS, enums: table::FORMS_ENUMS, capitalise: capitalise_unicode };

/// The labels op `id` can show ([`table::ID_FIELDS`], [`table::ID_ENUMS`]): the rows of
/// [`ALL`] whose last segment is a field op `id` names ([`ID_OP_FIELDS`]), in the same order, so
/// that every lookup of those fields finds in it the row it finds in [`ALL`]. A module that
/// checks identifiers only links these instead of every schema's labels.
/// Their English labels begin with an ASCII letter (tested), so they are capitalised without
/// the Unicode case tables (about 12 KB of the identifiers module).
pub const IDS: Labels = Labels { fields: table::ID_FIELDS, enums: table::ID_ENUMS, capitalise: capitalise_ascii };

/// The first character in upper case, as `char::to_uppercase` gives it (a portal's override may
/// begin with any letter), without std's case table ([`super::upper_case`]).
fn capitalise_unicode(text: &str) -> String {
    super::upper_case::capitalised(text)
}

/// The first character in upper case when it is ASCII, as [`capitalise_unicode`] does.
fn capitalise_ascii(text: &str) -> String {
    let mut out = text.to_string();
    if let Some(first) = out.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// The fields op `id` names its identifier by (`{field}`: `/idNumber`, `/creditCode`,
/// `/caseNumber`); `tests/schemas.rs` generates [`IDS`] for them.
pub const ID_OP_FIELDS: &[&str] = &["idNumber", "creditCode", "caseNumber"];

/// The label of one node of a schema: a field, or an array field with its item counter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldLabel {
    /// The schema (a filing kind, `document`, `filing-pack`).
    pub root: &'static str,
    /// The path pattern, `*` for an array index: `/appearing/*/idNumber`.
    pub pattern: &'static str,
    pub zh_hans: &'static str,
    pub zh_hant: &'static str,
    pub en: &'static str,
    /// For an array: the zh counter of its items (`人` in 出庭人（第2人）), `项` by default.
    pub item_zh_hans: &'static str,
    pub item_zh_hant: &'static str,
    /// Whether this node is an array whose items are numbered.
    pub array: bool,
}

/// The label of one value of a coded field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EnumLabel {
    pub root: &'static str,
    pub pattern: &'static str,
    pub value: &'static str,
    pub zh_hans: &'static str,
    pub zh_hant: &'static str,
    pub en: &'static str,
}

impl FieldLabel {
    fn text(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::ZhHans => self.zh_hans,
            Lang::ZhHant => self.zh_hant,
            Lang::En => self.en,
        }
    }
}

impl EnumLabel {
    fn text(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::ZhHans => self.zh_hans,
            Lang::ZhHant => self.zh_hant,
            Lang::En => self.en,
        }
    }
}

fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// Whether `root` is a schema of the table: its fields are then named by it alone, never in the
/// words of another form (and a module whose table holds only its own schemas, the forms module's,
/// names them as the full table does).
fn has_schema(labels: Labels, root: &str) -> bool {
    !root.is_empty() && labels.fields.iter().any(|f| f.root == root)
}

/// The generated label of `pattern` in `root`. An op that is not a filing (no schema of its own)
/// takes the label any schema gives the same pattern.
fn lookup(labels: Labels, root: &str, pattern: &str) -> Option<&'static FieldLabel> {
    let fields = labels.fields;
    let exact = |r: &str| fields.iter().find(|f| f.root == r && f.pattern == pattern);
    if let Some(found) = exact(root) {
        return Some(found);
    }
    if has_schema(labels, root) {
        return None;
    }
    fields.iter().find(|f| f.pattern == pattern).or_else(|| {
        // An op that is not a filing (`id`: `/idNumber`) names its field as the filings do.
        let last = pattern.rsplit('/').next().unwrap_or("");
        let tail = format!("/{last}");
        (root.is_empty() && !last.is_empty() && last != "*")
            .then(|| fields.iter().find(|f| f.pattern.ends_with(&tail) && !f.array))
            .flatten()
    })
}

/// The path pattern of a pointer in `root`: array indexes become `*`. `/appearing/1/idNumber` →
/// `/appearing/*/idNumber`.
pub fn pattern_of(root: &str, path: &str) -> String {
    pattern_in(ALL, root, path)
}

fn pattern_in(labels: Labels, root: &str, path: &str) -> String {
    let mut pattern = String::new();
    let mut in_array = false;
    for token in path.split('/').skip(1) {
        if in_array && token.parse::<usize>().is_ok() {
            pattern.push_str("/*");
            in_array = false;
            continue;
        }
        pattern.push('/');
        pattern.push_str(token);
        in_array = lookup(labels, root, &pattern).is_some_and(|f| f.array);
    }
    pattern
}

/// The label of the field at `path` (a JSON Pointer into an input of schema `root`) in `lang`.
///
/// Segments are joined the way a form reads: an array item is numbered after its array's label
/// (`出庭人（第2人）`), a field inside an object follows its section's label after `·`
/// (`开庭信息·案号`), in English after a comma. A segment no schema labels is shown as written.
pub fn field_label(root: &str, path: &str, lang: Lang, overrides: &Overrides) -> String {
    field_label_with(root, path, lang, overrides, &Overrides::new())
}

/// [`field_label`] with `keys`: labels a check gives the keys of a map it reads (a pack
/// document's title for `/extraDocuments/<id>`), by exact pattern, below the portal's overrides.
pub fn field_label_with(root: &str, path: &str, lang: Lang, overrides: &Overrides, keys: &Overrides) -> String {
    field_label_in(ALL, root, path, lang, overrides, keys)
}

/// [`field_label_with`] over the label table `labels`.
pub fn field_label_in(labels: Labels, root: &str, path: &str, lang: Lang, overrides: &Overrides, keys: &Overrides) -> String {
    if let Some(o) = overrides.get(path) {
        return o.clone();
    }
    if path.is_empty() {
        return lookup(labels, root, "").map(|f| f.text(lang).to_string()).unwrap_or_default();
    }
    let mut out = String::new();
    let mut pattern = String::new();
    let mut array: Option<&FieldLabel> = None;
    let mut after_item = false;
    for token in path.split('/').skip(1) {
        if let (Some(a), Ok(index)) = (array, token.parse::<usize>()) {
            pattern.push_str("/*");
            let n = (index + 1).to_string();
            let marker = match overrides.get(&pattern) {
                Some(o) => o.replace("{n}", &n),
                None => match lang {
                    Lang::ZhHans => format!("（第{n}{}）", if a.item_zh_hans.is_empty() { "项" } else { a.item_zh_hans }),
                    Lang::ZhHant => format!("（第{n}{}）", if a.item_zh_hant.is_empty() { "項" } else { a.item_zh_hant }),
                    Lang::En => format!(" {n}"),
                },
            };
            out.push_str(&marker);
            array = None;
            after_item = true;
            continue;
        }
        pattern.push('/');
        pattern.push_str(token);
        let found = lookup(labels, root, &pattern);
        let label = match (overrides.get(&pattern).or_else(|| keys.get(&pattern)), found) {
            (Some(o), _) => o.clone(),
            (None, Some(f)) => f.text(lang).to_string(),
            (None, None) => unescape(token),
        };
        if !out.is_empty() {
            match (lang, after_item) {
                (Lang::En, _) => out.push_str(", "),
                (_, true) => {}
                (_, false) => out.push('·'),
            }
        }
        out.push_str(&label);
        array = found.filter(|f| f.array);
        after_item = false;
    }
    out
}

/// The label of the coded value `value` of the field at `path`, when the schema names it.
pub fn enum_label(root: &str, path: &str, value: &str, lang: Lang) -> Option<&'static str> {
    enum_label_in(ALL, root, path, value, lang)
}

/// [`enum_label`] over the label table `labels`.
pub fn enum_label_in(labels: Labels, root: &str, path: &str, value: &str, lang: Lang) -> Option<&'static str> {
    let pattern = pattern_in(labels, root, path);
    let values = labels.enums;
    let find = |r: Option<&str>| {
        values.iter().find(|e| r.map_or(true, |r| e.root == r) && e.pattern == pattern && e.value == value)
    };
    find(Some(root)).or_else(|| if has_schema(labels, root) { None } else { find(None) }).map(|e| e.text(lang))
}

/// A list of coded values (`a, b, c`, as a finding's `allowed` argument) in `lang`: each value by
/// its label, joined with `、` in Chinese.
pub fn enum_list(root: &str, path: &str, list: &str, lang: Lang) -> String {
    enum_list_in(ALL, root, path, list, lang)
}

/// [`enum_list`] over the label table `labels`.
pub fn enum_list_in(labels: Labels, root: &str, path: &str, list: &str, lang: Lang) -> String {
    let items: Vec<String> = list
        .split(", ")
        .map(|v| enum_label_in(labels, root, path, v, lang).map(str::to_string).unwrap_or_else(|| v.to_string()))
        .collect();
    items.join(if lang == Lang::En { ", " } else { "、" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appearing_people_are_numbered_as_the_form_reads() {
        let none = Overrides::new();
        assert_eq!(field_label("appearance", "/appearing/1/idNumber", Lang::ZhHans, &none), "出庭人（第2人）公民身份号码");
        assert_eq!(field_label("appearance", "/appearing/1/idNumber", Lang::ZhHant, &none), "出庭人（第2人）公民身份號碼");
        assert_eq!(pattern_of("appearance", "/appearing/1/idNumber"), "/appearing/*/idNumber");
        let mut own = Overrides::new();
        own.insert("/appearing/*/idNumber".into(), "身份证号".into());
        own.insert("/appearing/*".into(), "（第{n}位）".into());
        assert_eq!(field_label("appearance", "/appearing/0/idNumber", Lang::ZhHans, &own), "出庭人（第1位）身份证号");
        own.insert("/appearing/0/idNumber".into(), "第一出庭人身份证号".into());
        assert_eq!(field_label("appearance", "/appearing/0/idNumber", Lang::ZhHans, &own), "第一出庭人身份证号");
    }

    #[test]
    fn the_id_labels_name_the_id_fields_as_every_schemas_labels_do() {
        let none = Overrides::new();
        for field in ID_OP_FIELDS {
            let path = format!("/{field}");
            for lang in [Lang::ZhHans, Lang::ZhHant, Lang::En] {
                let all = field_label_in(ALL, "", &path, lang, &none, &none);
                assert_eq!(field_label_in(IDS, "", &path, lang, &none, &none), all, "{path}");
                assert_ne!(all, *field, "{path} has a label");
                assert_eq!(pattern_in(IDS, "", &path), pattern_in(ALL, "", &path));
            }
        }
        for f in IDS.fields {
            assert!(f.en.starts_with(|c: char| c.is_ascii_alphabetic()), "{f:?}");
            assert_eq!((IDS.capitalise)(f.en), capitalise_unicode(f.en));
        }
        for e in ALL.enums.iter().filter(|e| ID_OP_FIELDS.iter().any(|f| e.pattern.ends_with(&format!("/{f}")))) {
            assert!(IDS.enums.contains(e), "{e:?}");
        }
    }

    #[test]
    fn coded_values_read_in_the_message_language() {
        assert_eq!(enum_label("appearance", "/appearing/0/role", "deputy", Lang::ZhHans), Some("副职负责人"));
        assert_eq!(enum_label("appearance", "/appearing/0/role", "nonsense", Lang::ZhHans), None);
    }
}
