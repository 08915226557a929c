//! Longest-prefix matching over a group of dictionaries, with OpenCC's group policies.
//!
//! One trie holds every dictionary a stage uses. OpenCC's `PrefixMatch` takes, per dictionary,
//! the longest key that prefixes the text, then applies the group policy: `short_circuit` takes
//! the first dictionary with any match, `union` the longest match, an earlier dictionary winning
//! a tie. The keys on the walk's path are all the keys that prefix the text, and a trie node has
//! exactly one path, so the policy's answer for "the walk stopped at node n" is a function of `n`:
//! it is computed for every node when the trie is built (`result_at`), and a walk at conversion
//! time only follows the text down the trie, allocating nothing.
//!
//! Layout: the root's children are a direct table indexed by the first character (BMP; a sorted
//! list beyond it); every other node's children are one region of `edges`, listed when few and
//! hashed when many, so a step touches one or two cache lines.
//!
//! Building needs no hash map and no sort: each dictionary's lines are sorted by key in the blob,
//! a k-way merge visits all keys in order, and nodes are created depth first.

use super::blob::{Node, Section};

/// The most dictionaries one stage may use (OpenCC's configurations use at most three).
pub(crate) const MAX_LEAVES: usize = 4;
/// First characters below this have a direct slot in the root table.
const DENSE_ROOT: usize = 0x10000;
/// Nodes with at most this many children list them; larger ones hash them.
const LINEAR_CHILDREN: usize = 8;
const NO_CHAR: u32 = u32::MAX;

/// A match: `len` bytes of input, replaced by [`Matcher::value`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Match {
    pub len: u32,
    pub value_start: u32,
    pub value_len: u32,
}

/// The policy tree of a stage, over leaf slots of its trie.
#[derive(Debug, Clone)]
pub(crate) enum Policy {
    Leaf(usize),
    ShortCircuit(Vec<Policy>),
    Union(Vec<Policy>),
}

impl Policy {
    pub(crate) fn eval(&self, best: &[Option<Match>; MAX_LEAVES]) -> Option<Match> {
        match self {
            Policy::Leaf(i) => best.get(*i).copied().flatten(),
            Policy::ShortCircuit(children) => children.iter().find_map(|c| c.eval(best)),
            Policy::Union(children) => {
                let mut chosen: Option<Match> = None;
                for c in children {
                    if let Some(m) = c.eval(best) {
                        // Strictly longer: on a tie the earlier dictionary keeps the match.
                        if chosen.map_or(true, |b| m.len > b.len) {
                            chosen = Some(m);
                        }
                    }
                }
                chosen
            }
        }
    }

    pub(crate) fn of(node: &Node, leaves: &mut Vec<usize>) -> Policy {
        match node {
            Node::Dict { index, .. } => {
                let slot = match leaves.iter().position(|l| l == index) {
                    Some(p) => p,
                    None => {
                        leaves.push(*index);
                        leaves.len() - 1
                    }
                };
                // The blob's configurations are checked for at most MAX_LEAVES dictionaries a
                // stage when loaded; an extra one would simply never match.
                if slot >= MAX_LEAVES {
                    Policy::ShortCircuit(Vec::new())
                } else {
                    Policy::Leaf(slot)
                }
            }
            Node::ShortCircuit(children) => Policy::ShortCircuit(children.iter().map(|c| Policy::of(c, leaves)).collect()),
            Node::Union(children) => Policy::Union(children.iter().map(|c| Policy::of(c, leaves)).collect()),
        }
    }
}

#[inline]
fn char_slot(c: u32, mask: usize) -> usize {
    (c.wrapping_mul(0x9E37_79B1) >> 7) as usize & mask
}

/// A trie over several dictionaries, with one or more policies' answers precomputed at every
/// node: the segmentation of an `s2*` configuration and its first conversion stage use the same
/// dictionaries (STPhrases) under different policies and share one trie.
pub(crate) struct Matcher {
    trie: std::sync::Arc<Trie>,
    /// The stage's match when a walk stops at node `n` (see the module docs).
    result_at: Vec<Option<Match>>,
}

/// The shared part of matchers: nodes, edges and values.
struct Trie {
    /// Child of the root for each BMP character; 0 when none (the root is nobody's child).
    root_dense: Vec<u32>,
    /// `child_index[n]..child_index[n + 1]` is node `n`'s region of `edges`: its children listed
    /// when at most [`LINEAR_CHILDREN`], else a power-of-two table at most half full whose empty
    /// slots hold `NO_CHAR`.
    child_index: Vec<u32>,
    /// (character, child node) pairs, side by side so a probe reads one cache line.
    edges: Vec<(u32, u32)>,
    /// Every value, concatenated; matches point into it.
    values: String,
    /// For each byte, whether some key's first character begins with it in UTF-8. Most text
    /// passes a normalisation stage (a thousand compatibility ideographs, none of them common)
    /// and punctuation through unchanged: this rejects those characters without decoding them.
    lead_bytes: [bool; 256],
}

/// One dictionary's lines, in key order (the blob's line index), for the merge.
struct Lines<'a> {
    leaf: usize,
    section: &'a Section,
    text: &'a str,
    /// The current line's key and stored value (empty when derived).
    head: Option<(&'a str, &'a str)>,
    /// The line after it.
    next: usize,
}

impl<'a> Lines<'a> {
    fn new(leaf: usize, section: &'a Section, text: &'a str) -> Lines<'a> {
        let mut lines = Lines { leaf, section, text, head: None, next: 0 };
        lines.advance();
        lines
    }
    fn advance(&mut self) {
        let (section, line) = (self.section, self.next);
        self.head = (line < section.lines().keys.len()).then(|| {
            let value = section.value_range(line);
            (section.key(self.text, line), self.text.get(value.start as usize..value.end as usize).unwrap_or(""))
        });
        self.next += 1;
    }
}

impl Matcher {
    /// Builds the matcher for a stage's dict node. `sections` locate each dictionary's lines in
    /// `blob`; they were validated (`key<TAB>value` lines) when the blob was parsed.
    pub(crate) fn build(node: &Node, blob: &str, sections: &[Section]) -> Matcher {
        let mut built = Self::build_shared(&[node], blob, sections);
        built.pop().unwrap_or_else(Matcher::empty)
    }

    fn empty() -> Matcher {
        let trie = Trie { root_dense: vec![0; DENSE_ROOT], child_index: vec![0, 0], edges: Vec::new(), values: String::new(), lead_bytes: [false; 256] };
        Matcher { trie: std::sync::Arc::new(trie), result_at: vec![None] }
    }

    /// Builds matchers for several dict nodes over one trie (one matcher per node, in order).
    pub(crate) fn build_shared(nodes: &[&Node], blob: &str, sections: &[Section]) -> Vec<Matcher> {
        let mut leaves: Vec<usize> = Vec::new();
        let policies: Vec<Policy> = nodes.iter().map(|n| Policy::of(n, &mut leaves)).collect();
        let mut sources: Vec<Lines> = Vec::new();
        let mut total_bytes = 0;
        for (leaf, &index) in leaves.iter().enumerate() {
            let Some(section) = sections.get(index) else { continue };
            total_bytes += section.range.len();
            sources.push(Lines::new(leaf, section, blob));
        }

        // Depth-first construction over the merged, sorted keys.
        // Reserved up front: growing these in wasm means copying them and growing memory.
        // Measured on OpenCC 1.4.2 (format 2, where 80% of STPhrases' values are derived): the
        // values come to about the lines' bytes, and there is one node per 7 bytes of lines
        // (STPhrases: 640 KB of lines, 88k nodes).
        let mut values = String::with_capacity(total_bytes);
        let node_estimate = total_bytes / 7 + 16;
        let mut results: Vec<Vec<Option<Match>>> = policies.iter().map(|_| Vec::with_capacity(node_estimate)).collect();
        for r in &mut results {
            r.push(None); // the root
        }
        let mut node_count: usize = 1;
        let mut edges_in_order: Vec<(u32, u32, u32)> = Vec::with_capacity(node_estimate); // (parent, char, child)
        // path[d] = (node at depth d+1, its character, bytes from the root, best per dictionary)
        let mut path: Vec<(u32, char, u32, [Option<Match>; MAX_LEAVES])> = Vec::new();
        loop {
            // The smallest key among the sources; on equal keys the earlier dictionary first.
            let mut pick: Option<(usize, &str, &str)> = None;
            for (i, s) in sources.iter().enumerate() {
                if let Some((k, v)) = s.head {
                    if pick.map_or(true, |(_, pk, _)| k.as_bytes() < pk.as_bytes()) {
                        pick = Some((i, k, v));
                    }
                }
            }
            let Some((source, key, value)) = pick else { break };
            let leaf = sources.get(source).map_or(0, |s| s.leaf);
            let derive = sources.get(source).and_then(|s| s.section.derive);
            if let Some(s) = sources.get_mut(source) {
                s.advance();
            }
            // Keep the common prefix of the path, then create the rest of the key's nodes.
            let mut depth = 0;
            for (c, step) in key.chars().zip(path.iter()) {
                if step.1 != c {
                    break;
                }
                depth += 1;
            }
            path.truncate(depth);
            for c in key.chars().skip(depth) {
                let (parent, bytes, best) = match path.last() {
                    Some(p) => (p.0, p.2, p.3),
                    None => (0, 0, [None; MAX_LEAVES]),
                };
                let child = node_count as u32;
                node_count += 1;
                // No key ends here yet: the answer is the parent's.
                for r in &mut results {
                    let inherited = r.get(parent as usize).copied().flatten();
                    r.push(inherited);
                }
                edges_in_order.push((parent, c as u32, child));
                path.push((child, c, bytes + c.len_utf8() as u32, best));
            }
            if let Some(last) = path.last_mut() {
                let value_start = values.len() as u32;
                match derive {
                    Some(d) if value.is_empty() => super::sorted::push_derived(blob, sections, d, key, &mut values),
                    _ => values.push_str(value),
                }
                let value_len = values.len() as u32 - value_start;
                if let Some(slot) = last.3.get_mut(leaf) {
                    // A dictionary's first line for a key wins, as in OpenCC.
                    if slot.map_or(true, |m| m.len != last.2) {
                        *slot = Some(Match { len: last.2, value_start, value_len });
                    }
                }
                for (r, policy) in results.iter_mut().zip(&policies) {
                    if let Some(slot) = r.get_mut(last.0 as usize) {
                        *slot = policy.eval(&last.3);
                    }
                }
            }
        }
        let nodes = node_count;

        // Children regions. Keys were visited in order, so each node's edges are in character order.
        let mut counts = vec![0usize; nodes];
        for (parent, _, _) in &edges_in_order {
            if let Some(x) = counts.get_mut(*parent as usize) {
                *x += 1;
            }
        }
        let region = |count: usize| if count <= LINEAR_CHILDREN { count } else { (count * 2).next_power_of_two() };
        let mut child_index = vec![0u32; nodes + 1];
        for n in 0..nodes {
            child_index[n + 1] = child_index[n] + region(counts[n]) as u32;
        }
        let mut edges = vec![(NO_CHAR, 0u32); child_index[nodes] as usize];
        let mut filled = vec![0usize; nodes];
        let mut root_dense = vec![0u32; DENSE_ROOT];
        let mut lead_bytes = [false; 256];
        for &(parent, c, child) in &edges_in_order {
            let p = parent as usize;
            if p == 0 {
                let mut utf8 = [0u8; 4];
                if let Some(lead) = char::from_u32(c).map(|ch| ch.encode_utf8(&mut utf8).as_bytes()[0]) {
                    lead_bytes[usize::from(lead)] = true;
                }
            }
            if p == 0 && (c as usize) < DENSE_ROOT {
                root_dense[c as usize] = child;
            }
            let start = child_index[p] as usize;
            let size = child_index[p + 1] as usize - start;
            if counts[p] <= LINEAR_CHILDREN {
                edges[start + filled[p]] = (c, child);
                filled[p] += 1;
            } else {
                let mask = size - 1;
                let mut i = char_slot(c, mask);
                while edges[start + i].0 != NO_CHAR {
                    i = (i + 1) & mask;
                }
                edges[start + i] = (c, child);
            }
        }
        let trie = std::sync::Arc::new(Trie { root_dense, child_index, edges, values, lead_bytes });
        results.into_iter().map(|result_at| Matcher { trie: std::sync::Arc::clone(&trie), result_at }).collect()
    }

    #[inline]
    fn child(&self, parent: u32, c: char) -> Option<u32> {
        let code = c as u32;
        if parent == 0 && (code as usize) < DENSE_ROOT {
            return match self.trie.root_dense.get(code as usize) {
                Some(0) | None => None,
                Some(n) => Some(*n),
            };
        }
        let trie = &*self.trie;
        let from = *trie.child_index.get(parent as usize)? as usize;
        let to = *trie.child_index.get(parent as usize + 1)? as usize;
        let region = trie.edges.get(from..to)?;
        if region.len() <= LINEAR_CHILDREN {
            return region.iter().find(|(x, _)| *x == code).map(|(_, n)| *n);
        }
        let mask = region.len() - 1;
        let mut i = char_slot(code, mask);
        loop {
            let (x, n) = *region.get(i)?;
            if x == code {
                return Some(n);
            }
            if x == NO_CHAR {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// Whether a match can start at a character whose UTF-8 begins with `lead`.
    #[inline]
    pub(crate) fn may_start_with(&self, lead: u8) -> bool {
        self.trie.lead_bytes[usize::from(lead)]
    }

    /// The value a match stands for.
    #[inline]
    pub(crate) fn value(&self, m: &Match) -> &str {
        let start = m.value_start as usize;
        self.trie.values.get(start..start + m.value_len as usize).unwrap_or("")
    }

    /// The match at the start of `text` under this stage's policy, if any, and the length in
    /// bytes of the first character (to step over it when there is no match).
    #[inline]
    pub(crate) fn longest(&self, text: &str) -> (Option<Match>, usize) {
        let Some(&lead) = text.as_bytes().first() else { return (None, 0) };
        if !self.may_start_with(lead) {
            return (None, utf8_len(lead));
        }
        let mut chars = text.chars();
        let Some(first) = chars.next() else { return (None, 0) };
        let first_len = first.len_utf8();
        let Some(mut node) = self.child(0, first) else { return (None, first_len) };
        for c in chars {
            match self.child(node, c) {
                Some(n) => node = n,
                None => break,
            }
        }
        (self.result_at.get(node as usize).copied().flatten(), first_len)
    }
}

/// The length in bytes of the UTF-8 character that starts with `lead`.
#[inline]
fn utf8_len(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}
