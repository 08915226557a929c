//! Reading the dictionary blob written by `scripts/gen_opencc.py` (format 2).
//!
//! ```text
//! magic            8 bytes  "FCOPENCC"
//! format version   u32 LE   2
//! dictionary count u32 LE   N
//! configs length   u32 LE   C
//! N directory entries: u8 name length, name (ASCII), u32 LE offset, u32 LE length, u32 LE entry count,
//!                      u8 derive (0xFF: none)
//! C bytes of configs: one line per configuration, "name<TAB>stages\n"
//! the dictionary sections, each at `offset` from here: UTF-8 "key<TAB>value\n" lines sorted by key
//! ```
//!
//! A section with a `derive` dictionary may leave a value empty: the value is then the key
//! converted character by character with that dictionary's single-character keys (a character it
//! lacks stays as it is). The generator drops only values equal to that, so it is exact; it takes
//! a third off the blob (80% of STPhrases' values). A derive dictionary has none of its own.
//!
//! A stage is `n:` (normalisation), `g:` (mmseg segmentation) or `c:` (conversion) followed by a
//! dict node: `L<i>` a dictionary, `T<i>` a dictionary OpenCC marks `may_output_tofu`, `S[a,b]` a
//! short-circuit group, `U[a,b]` a union group. Every offset and reference is checked here, so the
//! converter never indexes out of bounds on a corrupt blob.

use crate::error::{Error, ErrorKind};
use std::ops::Range;
use std::sync::OnceLock;

pub(crate) const MAGIC: &[u8; 8] = b"FCOPENCC";
pub(crate) const FORMAT_VERSION: u32 = 2;
const NO_DERIVE: u8 = 0xFF;

/// One dictionary of the blob: its name and where its lines are.
#[derive(Debug)]
pub(crate) struct Section {
    pub name: String,
    /// Byte range of the section's lines within the blob's text part.
    pub range: Range<usize>,
    pub entries: usize,
    /// The section's line index, made once: when the blob is read ([`parse_body`]), or on the
    /// first use of a configuration that needs it ([`Section::index`]), for dictionaries read
    /// lazily. An error is the problem found in its lines.
    lines: OnceLock<Result<LineIndex, Error>>,
    /// The section whose characters spell out this one's empty values (see the module docs).
    pub derive: Option<usize>,
}

/// Where a section's keys are.
#[derive(Debug, Default)]
pub(crate) struct LineIndex {
    /// Each line's key as a byte range of the text part (`start`, `end`, the tab after it), in the
    /// blob's order, which is byte order of the keys: the index a lookup without a trie searches.
    pub keys: Vec<(u32, u32)>,
    /// Each distinct first character of the keys, in order, with the index in `keys` of the first
    /// key that starts with it (UTF-8 byte order is code point order, so these are sorted too).
    pub first_chars: Vec<(u32, u32)>,
}

/// The index of a section whose lines were never indexed, or are malformed: no keys, so nothing
/// matches. The conversions never see it: they index (and check) their sections first.
static NO_LINES: LineIndex = LineIndex { keys: Vec::new(), first_chars: Vec::new() };

impl Section {
    /// Indexes the section's lines in `text` (the blob's text part) if that was not done yet, and
    /// says whether they are well formed.
    ///
    /// # Errors
    /// `invalid_data` naming the section and the problem, every time it is asked.
    pub(crate) fn index(&self, text: &str) -> Result<(), Error> {
        let lines = self.lines.get_or_init(|| index_checked(&self.name, text, self.range.clone(), self.derive.is_some(), self.entries));
        lines.as_ref().map(|_| ()).map_err(Clone::clone)
    }

    /// The line index, once [`Section::index`] has made it (else empty).
    pub(crate) fn lines(&self) -> &LineIndex {
        match self.lines.get() {
            Some(Ok(lines)) => lines,
            _ => &NO_LINES,
        }
    }

    /// The key of line `index` (empty past the end).
    pub(crate) fn key<'t>(&self, text: &'t str, index: usize) -> &'t str {
        self.lines().keys.get(index).and_then(|&(start, end)| text.get(start as usize..end as usize)).unwrap_or("")
    }

    /// The byte range in the text part of line `index`'s value as stored (empty when derived):
    /// after the key's tab, up to the newline.
    pub(crate) fn value_range(&self, index: usize) -> Range<u32> {
        let keys = &self.lines().keys;
        let start = keys.get(index).map_or(0, |k| k.1 + 1);
        let end = keys.get(index + 1).map_or(self.range.end as u32, |next| next.0).saturating_sub(1);
        start..end.max(start)
    }
}

/// The line index of the section `name` at `range` of `text`, or the problem in its lines: what
/// [`Section::index`] makes, here for [`super::DictionaryStream`] too, which makes it as soon as
/// the section has arrived.
pub(crate) fn index_checked(name: &str, text: &str, range: Range<usize>, derive: bool, entries: usize) -> Result<LineIndex, Error> {
    let lines = index_section(text, range.start, range.len(), derive).map_err(|problem| corrupt(format!("{name}: {problem}")))?;
    if lines.keys.len() != entries {
        return Err(corrupt(format!("{name}: {} lines, directory says {entries}", lines.keys.len())));
    }
    Ok(lines)
}

/// A dict node of a configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Node {
    /// A dictionary, by section index. `tofu` marks OpenCC's `may_output_tofu`.
    Dict { index: usize, tofu: bool },
    /// The first child with any match wins (OpenCC `short_circuit`).
    ShortCircuit(Vec<Node>),
    /// The longest match across children wins; earlier children win ties (OpenCC `union`).
    Union(Vec<Node>),
}

/// What a stage of a configuration does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StageKind {
    Normalization,
    Segmentation,
    Conversion,
}

/// One configuration as the blob describes it.
#[derive(Debug, Clone)]
pub(crate) struct ConfigSpec {
    pub name: String,
    pub stages: Vec<(StageKind, Node)>,
}

/// The parsed directory of a blob.
#[derive(Debug)]
pub(crate) struct Layout {
    pub sections: Vec<Section>,
    pub configs: Vec<ConfigSpec>,
}

fn corrupt(what: impl Into<String>) -> Error {
    Error::new(ErrorKind::InvalidData, format!("OpenCC dictionaries: {}", what.into()))
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Error> {
        let end = self.pos.checked_add(n).ok_or_else(|| corrupt("truncated"))?;
        let out = self.bytes.get(self.pos..end).ok_or_else(|| corrupt("truncated"))?;
        self.pos = end;
        Ok(out)
    }
    fn u8(&mut self) -> Result<u8, Error> {
        Ok(self.take(1)?.first().copied().unwrap_or(0))
    }
    fn u32(&mut self) -> Result<usize, Error> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    }
}

/// The fixed part of a blob: its directory, and where the UTF-8 text (configurations, then the
/// dictionary sections) starts.
pub(crate) struct Header {
    /// (name, offset from the first section, length, entry count, derive)
    sections: Vec<(String, usize, usize, usize, Option<usize>)>,
    config_len: usize,
    /// Byte offset of the text part in the blob.
    pub text_start: usize,
    /// Where the text part begins in the text [`parse_body`] is given: 0 when it was copied out
    /// of the blob, `text_start` when the blob's own buffer became the text (see
    /// [`Header::text_kept_in_blob`]).
    text_base: usize,
}

/// How many bytes a blob's header and directory take, from its first bytes (`bytes` may be the
/// start of a blob); `None` while more are needed to tell. What [`parse_header`] reads, so that a
/// blob arriving in chunks ([`super::DictionaryStream`]) can parse its header once all of it is
/// here. For a count [`parse_header`] refuses, the fixed part, so that it says so.
pub(crate) fn header_len(bytes: &[u8]) -> Option<usize> {
    const FIXED: usize = 8 + 4 + 4 + 4;
    let word = |at: usize| bytes.get(at..at + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize);
    let count = word(12)?;
    if bytes.len() < FIXED || count > 256 {
        return (bytes.len() >= FIXED).then_some(FIXED);
    }
    let mut at = FIXED;
    for _ in 0..count {
        // A name length, the name, offset, length and entry count (u32 each) and the derive byte.
        at += 1 + usize::from(*bytes.get(at)?) + 4 + 4 + 4 + 1;
    }
    Some(at)
}

impl Header {
    /// How many dictionaries the directory lists.
    pub(crate) fn section_count(&self) -> usize {
        self.sections.len()
    }

    /// Dictionary `i`'s name, byte range in the text part (as [`parse_body`] places it; `None` if
    /// that overflows), whether it derives values, and its entry count.
    pub(crate) fn section(&self, i: usize) -> Option<(&str, Option<Range<usize>>, bool, usize)> {
        let (name, offset, length, entries, derive) = self.sections.get(i)?;
        let start = self.config_len.checked_add(*offset);
        // Overflow is judged on the offsets the blob gives, wherever its text is kept; an end
        // pushed past usize by the shift is past the text, as it was before the shift.
        let range = start.and_then(|start| Some(start..start.checked_add(*length)?));
        let range = range.map(|r| r.start.saturating_add(self.text_base)..r.end.saturating_add(self.text_base));
        Some((name, range, derive.is_some(), *entries))
    }

    /// The text will be the blob's own buffer, its header's bytes overwritten (so that loading a
    /// blob copies none of it): every range is then `text_start` further on.
    pub(crate) fn text_kept_in_blob(&mut self) {
        self.text_base = self.text_start;
    }
}

/// Parses a blob's header and directory.
///
/// # Errors
/// `invalid_data` describing the first problem.
pub(crate) fn parse_header(bytes: &[u8]) -> Result<Header, Error> {
    let mut r = Reader { bytes, pos: 0 };
    if r.take(8)? != MAGIC {
        return Err(corrupt("not a filing-check OpenCC blob (bad magic)"));
    }
    let version = r.u32()?;
    if version != FORMAT_VERSION as usize {
        return Err(corrupt(format!("format version {version}, expected {FORMAT_VERSION}")));
    }
    let count = r.u32()?;
    let config_len = r.u32()?;
    if count > 256 {
        return Err(corrupt("too many dictionaries"));
    }
    let mut sections = Vec::with_capacity(count);
    for _ in 0..count {
        let name_len = r.u8()? as usize;
        let name = std::str::from_utf8(r.take(name_len)?).map_err(|_| corrupt("dictionary name is not UTF-8"))?;
        let offset = r.u32()?;
        let length = r.u32()?;
        let entries = r.u32()?;
        let derive = match r.u8()? {
            NO_DERIVE => None,
            d if usize::from(d) < count => Some(usize::from(d)),
            _ => return Err(corrupt(format!("{name}: derive dictionary out of range"))),
        };
        sections.push((name.to_string(), offset, length, entries, derive));
    }
    for (i, (name, _, _, _, derive)) in sections.iter().enumerate() {
        if let Some(d) = *derive {
            if d == i || sections.get(d).is_some_and(|s| s.4.is_some()) {
                return Err(corrupt(format!("{name}: a derive dictionary must have none of its own")));
            }
        }
    }
    Ok(Header { sections, config_len, text_start: r.pos, text_base: 0 })
}

/// Checks the text part of a blob (already known to be UTF-8) against its header: configurations,
/// and, when `index_now`, that every section is lines of the form `key<TAB>value` in strictly
/// increasing byte order of the keys; otherwise each section is checked and indexed on first use
/// ([`Section::index`]). Section ranges in the result are offsets into `text`.
///
/// # Errors
/// `invalid_data` describing the first problem.
///
/// `made` holds line indexes already made ([`index_checked`], by [`super::DictionaryStream`] as
/// the blob arrived), by section; the others are made now or on first use.
pub(crate) fn parse_body(header: Header, text: &str, index_now: bool, mut made: Vec<Option<Result<LineIndex, Error>>>) -> Result<Layout, Error> {
    let text_base = header.text_base;
    let config_text = text.get(text_base..).and_then(|t| t.get(..header.config_len)).ok_or_else(|| corrupt("configurations truncated"))?;
    let base = header.config_len;
    let mut sections = Vec::with_capacity(header.sections.len());
    for (i, (name, offset, length, entries, derive)) in header.sections.into_iter().enumerate() {
        let start = base.checked_add(offset).ok_or_else(|| corrupt("offset overflow"))?;
        let end = start.checked_add(length).ok_or_else(|| corrupt("offset overflow"))?;
        // Checked as offsets in the text part, then placed where it is kept (`text_base`).
        let (Some(start), Some(end)) = (start.checked_add(text_base), end.checked_add(text_base)) else {
            return Err(corrupt(format!("{name}: section out of bounds")));
        };
        if text.get(start..end).is_none() {
            return Err(corrupt(format!("{name}: section out of bounds")));
        }
        let lines = OnceLock::new();
        if let Some(index) = made.get_mut(i).and_then(Option::take) {
            let _ = lines.set(index);
        }
        let section = Section { name, range: start..end, entries, lines, derive };
        if index_now {
            section.index(text)?;
        }
        sections.push(section);
    }
    let mut configs = Vec::new();
    for line in config_text.split_terminator('\n') {
        let (name, spec) = line.split_once('\t').ok_or_else(|| corrupt("malformed configuration line"))?;
        let mut stages = Vec::new();
        for stage in spec.split(';') {
            let (kind, node) = stage.split_once(':').ok_or_else(|| corrupt(format!("{name}: malformed stage")))?;
            let kind = match kind {
                "n" => StageKind::Normalization,
                "g" => StageKind::Segmentation,
                "c" => StageKind::Conversion,
                _ => return Err(corrupt(format!("{name}: unknown stage kind {kind:?}"))),
            };
            let mut p = NodeParser { text: node.as_bytes(), pos: 0, sections: sections.len() };
            let parsed = p.node(0)?;
            if p.pos != p.text.len() {
                return Err(corrupt(format!("{name}: trailing characters in a stage")));
            }
            stages.push((kind, parsed));
        }
        configs.push(ConfigSpec { name: name.to_string(), stages });
    }
    Ok(Layout { sections, configs })
}

/// A section is indexed, and the blob's text checked, this many bytes at a time (each section's
/// piece ends at a line's end; see also `check_in_pieces`).
///
/// Why in pieces: a browser runs a wasm function in baseline code until the call returns (V8's
/// Liftoff; there is no on-stack replacement for wasm), and optimises it in the background for
/// its later calls. Indexing STPhrases (640 KB) in one call ran at baseline speed throughout: the
/// dictionaries took 30-40 ms to load in Chromium on their first load and 5-9 ms on the next ones.
/// In 16 KB pieces, all but the first few calls run optimised.
pub(crate) const PIECE_BYTES: usize = 16 * 1024;

/// Indexes the section of `length` bytes at `start` of `text` a piece at a time ([`PIECE_BYTES`]):
/// each key's byte range (as [`index_lines`]), checked to be in strictly increasing byte order,
/// and each distinct first character with the index of its first key ([`Section::first_chars`]).
fn index_section(text: &str, start: usize, length: usize, empty_values: bool) -> Result<LineIndex, &'static str> {
    let bytes = text.as_bytes();
    let end = start.checked_add(length).ok_or("offset overflow")?;
    let mut keys = Vec::with_capacity(length / 10 + 1);
    let mut first_chars = Vec::new();
    let mut at = start;
    while at < end {
        let rough = at.saturating_add(PIECE_BYTES).min(end);
        // The piece runs to the end of the line that `rough` falls in.
        let piece_end = bytes.get(rough..end).and_then(|rest| rest.iter().position(|&b| b == b'\n')).map_or(end, |nl| rough + nl + 1);
        let piece = bytes.get(at..piece_end).ok_or("section out of bounds")?;
        let piece_keys = index_lines(piece, at, empty_values).ok_or("malformed line")?;
        append_in_order(text, &mut keys, &mut first_chars, &piece_keys).ok_or("keys not in strictly increasing byte order")?;
        at = piece_end;
    }
    Ok(LineIndex { keys, first_chars })
}

/// Appends a piece's keys to `keys`, checking that they continue its strictly increasing byte
/// order, and their new first characters to `first_chars`. A function of its own so that each
/// piece is a call (see [`PIECE_BYTES`]).
#[inline(never)]
fn append_in_order(text: &str, keys: &mut Vec<(u32, u32)>, first_chars: &mut Vec<(u32, u32)>, piece: &[(u32, u32)]) -> Option<()> {
    let bytes = text.as_bytes();
    let key = |k: &(u32, u32)| bytes.get(k.0 as usize..k.1 as usize);
    for k in piece {
        if let Some(last) = keys.last() {
            if key(last) >= key(k) {
                return None;
            }
        }
        let c = text.get(k.0 as usize..).and_then(|t| t.chars().next()).map_or(0, |c| c as u32);
        if first_chars.last().map_or(true, |&(last, _)| last != c) {
            first_chars.push((c, keys.len() as u32));
        }
        keys.push(*k);
    }
    Some(())
}

/// Indexes the lines of a section (which starts at `base` in the text part), checking each is
/// `key<TAB>value\n` with a non-empty key, exactly one tab, and a value that is not empty unless
/// the section derives values: one pass over the bytes, since this runs on every load, in wasm
/// too. Returns each key's byte range in the text part.
#[inline(never)]
fn index_lines(body: &[u8], base: usize, empty_values: bool) -> Option<Vec<(u32, u32)>> {
    // Lines average 12 bytes (format 2): reserve for that, not to grow the index while loading.
    let mut keys = Vec::with_capacity(body.len() / 10 + 1);
    let mut pos = 0usize;
    while pos < body.len() {
        // The first separator of a line must be its tab, after a non-empty key...
        let rest = body.get(pos..)?;
        let tab = pos + find_tab_or_newline(rest)?;
        if body.get(tab) != Some(&b'\t') || tab == pos {
            return None;
        }
        // ...and the next one its newline (no second tab); the last line is terminated too.
        let nl = tab + 1 + find_tab_or_newline(body.get(tab + 1..)?)?;
        if body.get(nl) != Some(&b'\n') || (nl == tab + 1 && !empty_values) {
            return None;
        }
        keys.push((u32::try_from(base + pos).ok()?, u32::try_from(base + tab).ok()?));
        pos = nl + 1;
    }
    Some(keys)
}

/// The position of the first tab or newline in `hay`, eight bytes at a time: loading runs this
/// over every byte of the dictionaries, in wasm too, before the first conversion.
fn find_tab_or_newline(hay: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut at = 0;
    // (`<&[u8; 8]>::try_from` is a plain load; `copy_from_slice` was a call per word at
    // opt-level "s", a sixth of the load time in wasm.)
    while let Some(&word) = hay.get(at..at + 8).and_then(|chunk| <&[u8; 8]>::try_from(chunk).ok()) {
        let word = u64::from_le_bytes(word);
        // A zero byte of `word ^ (byte × ONES)` marks the byte; the lowest mark is exact.
        let (tabs, newlines) = (word ^ (ONES * u64::from(b'\t')), word ^ (ONES * u64::from(b'\n')));
        let marks = ((tabs.wrapping_sub(ONES) & !tabs) | (newlines.wrapping_sub(ONES) & !newlines)) & HIGHS;
        if marks != 0 {
            return Some(at + (marks.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    hay.get(at..)?.iter().position(|&b| b == b'\t' || b == b'\n').map(|p| at + p)
}

struct NodeParser<'a> {
    text: &'a [u8],
    pos: usize,
    sections: usize,
}

impl NodeParser<'_> {
    fn node(&mut self, depth: usize) -> Result<Node, Error> {
        if depth > 8 {
            return Err(corrupt("dictionary groups nested too deeply"));
        }
        let letter = *self.text.get(self.pos).ok_or_else(|| corrupt("empty dict node"))?;
        self.pos += 1;
        match letter {
            b'L' | b'T' => {
                let start = self.pos;
                while self.text.get(self.pos).is_some_and(u8::is_ascii_digit) {
                    self.pos += 1;
                }
                let digits = std::str::from_utf8(&self.text[start..self.pos]).unwrap_or("");
                let index: usize = digits.parse().map_err(|_| corrupt("bad dictionary reference"))?;
                if index >= self.sections {
                    return Err(corrupt("dictionary reference out of range"));
                }
                Ok(Node::Dict { index, tofu: letter == b'T' })
            }
            b'S' | b'U' => {
                if self.text.get(self.pos) != Some(&b'[') {
                    return Err(corrupt("expected [ after a group"));
                }
                self.pos += 1;
                let mut children = Vec::new();
                loop {
                    children.push(self.node(depth + 1)?);
                    match self.text.get(self.pos) {
                        Some(b',') => self.pos += 1,
                        Some(b']') => {
                            self.pos += 1;
                            break;
                        }
                        _ => return Err(corrupt("expected , or ] in a group")),
                    }
                }
                Ok(if letter == b'S' { Node::ShortCircuit(children) } else { Node::Union(children) })
            }
            _ => Err(corrupt("unknown dict node")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_indexed_and_malformed_ones_refused() {
        let body = "汉\t漢\n汉字\t\n字母表\t字母錶\n";
        let keys = index_lines(body.as_bytes(), 100, true).expect("well formed");
        let at = |s: &str| 100 + body.find(s).unwrap() as u32;
        assert_eq!(keys, vec![(at("汉\t"), at("\t漢")), (at("汉字"), at("\t\n字母表") ), (at("字母表"), at("\t字母錶"))]);
        // An empty value only where the section derives values.
        assert_eq!(index_lines(body.as_bytes(), 0, false), None);
        for bad in ["汉漢\n", "\t漢\n", "汉\t漢\t漢\n", "汉\t漢", "汉\t漢\n字\n", "\n"] {
            assert_eq!(index_lines(bad.as_bytes(), 0, true), None, "{bad:?}");
        }
        assert_eq!(index_lines(b"", 0, false), Some(Vec::new()));
    }

    #[test]
    fn the_word_at_a_time_search_finds_the_first_separator() {
        // Every position in a long line, and every length around the 8-byte words.
        for len in 0..40 {
            for sep in 0..=len {
                for byte in [b'\t', b'\n'] {
                    let mut hay: Vec<u8> = (0..len).map(|i| [b'a', 0x80, 0xE6, 0x09 ^ 0x01, 0x0A ^ 0x80][i % 5]).collect();
                    if sep < len {
                        hay[sep] = byte;
                        // A second separator later must not win.
                        if sep + 3 < len {
                            hay[sep + 3] = b'\t';
                        }
                    }
                    let naive = hay.iter().position(|&b| b == b'\t' || b == b'\n');
                    assert_eq!(find_tab_or_newline(&hay), naive, "len {len}, separator at {sep}");
                }
            }
        }
    }
}
