//! Longest-prefix matching straight on the blob's sorted lines, with no trie built.
//!
//! Building a stage's trie ([`super::matcher`]) costs tens of milliseconds for the 49 000 lines of
//! STPhrases: that is most of a page's first conversion, and more than a short text ever needs.
//! This matcher answers the same question, "the stage's match at the start of the text", by binary
//! search in each dictionary's line index ([`Section::keys`], made when the blob is read), so a
//! configuration can convert as soon as its dictionaries are loaded. It is slower per character
//! than the trie, so [`super::Dictionaries`] uses it only until a configuration has converted
//! enough text to pay for building the trie, and the answers are the same by construction: per
//! dictionary the longest key that prefixes the text, then the stage's group policy
//! ([`Policy::eval`]) over those, exactly as the trie precomputes them.

use super::blob::{Node, Section};
use super::matcher::{Match, Policy, MAX_LEAVES};

/// One stage (dict node) to match without a trie: its policy over leaf slots, and the section
/// (dictionary) of each slot.
pub(crate) struct SortedStage {
    policy: Policy,
    leaves: Vec<usize>,
}

impl SortedStage {
    pub(crate) fn new(node: &Node) -> SortedStage {
        let mut leaves = Vec::new();
        let policy = Policy::of(node, &mut leaves);
        SortedStage { policy, leaves }
    }
}

/// A [`SortedStage`] over the dictionaries it reads.
pub(crate) struct SortedMatcher<'a> {
    pub stage: &'a SortedStage,
    pub text: &'a str,
    pub sections: &'a [Section],
}

impl SortedMatcher<'_> {
    /// The match at the start of `input` under the stage's policy, if any, and the length in bytes
    /// of the first character: the same answer as [`super::matcher::Matcher::longest`].
    pub(crate) fn longest(&self, input: &str) -> (Option<Match>, usize) {
        let Some(first) = input.chars().next() else { return (None, 0) };
        let mut best: [Option<Match>; MAX_LEAVES] = [None; MAX_LEAVES];
        for (slot, &index) in self.stage.leaves.iter().enumerate().take(MAX_LEAVES) {
            if let (Some(section), Some(b)) = (self.sections.get(index), best.get_mut(slot)) {
                *b = longest_key(self.text, section, input, first).map(|(line, len)| {
                    let value = section.value_range(line);
                    match (value.is_empty(), section.derive) {
                        // An empty value is spelled out by the derive dictionary: say which one.
                        (true, Some(derive)) => Match { len: len as u32, value_start: derive as u32, value_len: 0 },
                        _ => Match { len: len as u32, value_start: value.start, value_len: value.len() as u32 },
                    }
                });
            }
        }
        (self.stage.policy.eval(&best), first.len_utf8())
    }

    /// Appends the value a match of `matched` (the input it covers) stands for.
    pub(crate) fn push_value(&self, m: &Match, matched: &str, out: &mut String) {
        if m.value_len == 0 {
            push_derived(self.text, self.sections, m.value_start as usize, matched, out);
        } else {
            let start = m.value_start as usize;
            out.push_str(self.text.get(start..start + m.value_len as usize).unwrap_or(""));
        }
    }
}

/// The longest key of `section` that prefixes `input` (whose first character is `first`): its
/// line and its length in bytes. The keys that start with a given prefix are one run of the
/// sorted index: the first character's run comes from [`Section::first_chars`], and each further
/// character narrows the run by binary search.
fn longest_key(text: &str, section: &Section, input: &str, first: char) -> Option<(usize, usize)> {
    let text = text.as_bytes();
    let key = |k: &(u32, u32)| text.get(k.0 as usize..k.1 as usize).unwrap_or(&[]);
    let lines = section.lines();
    let keys = &lines.keys;
    let at = lines.first_chars.binary_search_by_key(&(first as u32), |&(c, _)| c).ok()?;
    let mut lo = lines.first_chars.get(at)?.1 as usize;
    let mut hi = lines.first_chars.get(at + 1).map_or(keys.len(), |&(_, i)| i as usize);
    let bytes = input.as_bytes();
    let mut end = first.len_utf8();
    let mut rest = input.get(end..).unwrap_or("").chars();
    let mut best = None;
    // (Every index below stays inside the run found so far; a `get` that fails would only end
    // the search with the key found until then.)
    loop {
        let prefix = bytes.get(..end).unwrap_or(bytes);
        let Some(first_key) = keys.get(lo) else { break };
        if key(first_key) == prefix {
            best = Some((lo, end));
        }
        let Some(c) = rest.next() else { break };
        end += c.len_utf8();
        let prefix = bytes.get(..end).unwrap_or(bytes);
        // Every key of the run starts with the previous prefix: those that start with this one
        // run from the first key >= it to the first key that does not start with it.
        let Some(run) = keys.get(lo..hi) else { break };
        let from = lo + run.partition_point(|k| key(k) < prefix);
        let to = from + keys.get(from..hi).map_or(0, |rest| rest.partition_point(|k| key(k).starts_with(prefix)));
        if from == to {
            break;
        }
        (lo, hi) = (from, to);
    }
    best
}

/// Appends `key` converted character by character with the single-character keys of section
/// `derive` (a character it lacks stays as it is): the value of a line the blob left empty.
pub(crate) fn push_derived(text: &str, sections: &[Section], derive: usize, key: &str, out: &mut String) {
    let Some(chars) = sections.get(derive) else { return out.push_str(key) };
    let mut utf8 = [0u8; 4];
    for c in key.chars() {
        let own: &str = c.encode_utf8(&mut utf8);
        let value = longest_key(text, chars, own, c)
            .map(|(line, _)| chars.value_range(line))
            .and_then(|v| text.get(v.start as usize..v.end as usize));
        out.push_str(value.unwrap_or(own));
    }
}
