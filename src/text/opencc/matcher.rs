//! Longest-prefix matching over a group of dictionaries, with OpenCC's group policies.
//!
//! One trie holds every dictionary a stage uses. A walk from a text position follows the text one
//! character at a time and records, per dictionary, the deepest key that ends on the path (that
//! dictionary's longest match). The group policy then picks among those matches exactly as
//! OpenCC's `PrefixMatch` does: `short_circuit` takes the first dictionary with any match, `union`
//! the longest match, an earlier dictionary winning a tie. The walk allocates nothing.
//!
//! Edges live in one open-addressing hash table keyed by (node, character), so a step is one probe.

use super::blob::Node;

/// The most dictionaries one stage may use (OpenCC's configurations use at most four).
pub(crate) const MAX_LEAVES: usize = 8;

/// A match: `len` bytes of input, replaced by the value at `value` in the blob.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Match {
    pub len: u32,
    pub value_start: u32,
    pub value_len: u32,
}

/// The policy tree of a stage, over leaf slots of its trie.
#[derive(Debug, Clone)]
enum Policy {
    Leaf(usize),
    ShortCircuit(Vec<Policy>),
    Union(Vec<Policy>),
}

impl Policy {
    fn eval(&self, best: &[Option<Match>; MAX_LEAVES]) -> Option<Match> {
        match self {
            Policy::Leaf(i) => best.get(*i).copied().flatten(),
            Policy::ShortCircuit(children) => children.iter().find_map(|c| c.eval(best)),
            Policy::Union(children) => {
                let mut chosen: Option<Match> = None;
                for c in children {
                    if let Some(m) = c.eval(best) {
                        if chosen.map_or(true, |b| m.len > b.len) {
                            chosen = Some(m);
                        }
                    }
                }
                chosen
            }
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Payload {
    leaf: u8,
    value_start: u32,
    value_len: u32,
}

const EMPTY: u64 = u64::MAX;

/// A trie over several dictionaries plus the policy that combines them.
#[derive(Debug)]
pub(crate) struct Matcher {
    /// Edge keys `(parent << 21) | char`; `EMPTY` marks a free slot.
    edge_keys: Vec<u64>,
    /// The child node of each edge.
    edge_children: Vec<u32>,
    mask: usize,
    /// `payload_index[n]..payload_index[n + 1]` are the keys ending at node `n`.
    payload_index: Vec<u32>,
    payloads: Vec<Payload>,
    policy: Policy,
}

#[inline]
fn slot(key: u64, mask: usize) -> usize {
    // Fibonacci hashing; the high bits are the well-mixed ones.
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & mask
}

impl Matcher {
    /// Builds the matcher for `node`. `sections` gives each dictionary's lines and their offset
    /// in the blob; the lines were validated when the blob was parsed.
    pub(crate) fn build(node: &Node, blob: &[u8], sections: &[super::blob::Section]) -> Matcher {
        let mut leaves: Vec<usize> = Vec::new();
        let policy = Self::policy(node, &mut leaves);
        let total_keys: usize = leaves.iter().filter_map(|&i| sections.get(i)).map(|s| s.entries).sum();
        // Nodes ≤ characters of all keys; STPhrases averages under three characters a key.
        let capacity = ((total_keys * 3 + 16) * 2).next_power_of_two();
        let mut m = Matcher {
            edge_keys: vec![EMPTY; capacity],
            edge_children: vec![0; capacity],
            mask: capacity - 1,
            payload_index: Vec::new(),
            payloads: Vec::new(),
            policy,
        };
        let mut node_count: u32 = 1;
        let mut ends: Vec<(u32, Payload)> = Vec::with_capacity(total_keys);
        for (leaf, &index) in leaves.iter().enumerate() {
            let Some(section) = sections.get(index) else { continue };
            let Some(body) = blob.get(section.range.clone()) else { continue };
            let Ok(text) = std::str::from_utf8(body) else { continue };
            let mut offset = section.range.start;
            for line in text.split_terminator('\n') {
                let line_start = offset;
                offset += line.len() + 1;
                let Some((key, value)) = line.split_once('\t') else { continue };
                let mut current = 0u32;
                for c in key.chars() {
                    current = m.child_or_insert(current, c, &mut node_count);
                }
                let value_start = (line_start + key.len() + 1) as u32;
                ends.push((current, Payload { leaf: leaf as u8, value_start, value_len: value.len() as u32 }));
            }
        }
        // A dictionary's first line for a key wins (OpenCC keeps the first candidate); sort is
        // stable, so within a node payloads keep dictionary order.
        ends.sort_by_key(|(n, _)| *n);
        m.payload_index = vec![0; node_count as usize + 1];
        for (n, _) in &ends {
            if let Some(x) = m.payload_index.get_mut(*n as usize + 1) {
                *x += 1;
            }
        }
        for i in 1..m.payload_index.len() {
            m.payload_index[i] += m.payload_index[i - 1];
        }
        m.payloads = ends.into_iter().map(|(_, p)| p).collect();
        m
    }

    fn policy(node: &Node, leaves: &mut Vec<usize>) -> Policy {
        match node {
            Node::Dict { index, .. } => {
                let slot = match leaves.iter().position(|l| l == index) {
                    Some(p) => p,
                    None => {
                        leaves.push(*index);
                        leaves.len() - 1
                    }
                };
                // More than MAX_LEAVES dictionaries in one stage: the extra ones never match
                // (the blob parser's caller rejects such configurations before building).
                if slot >= MAX_LEAVES {
                    Policy::ShortCircuit(Vec::new())
                } else {
                    Policy::Leaf(slot)
                }
            }
            Node::ShortCircuit(children) => Policy::ShortCircuit(children.iter().map(|c| Self::policy(c, leaves)).collect()),
            Node::Union(children) => Policy::Union(children.iter().map(|c| Self::policy(c, leaves)).collect()),
        }
    }

    fn child_or_insert(&mut self, parent: u32, c: char, node_count: &mut u32) -> u32 {
        let key = ((parent as u64) << 21) | c as u64;
        let mut i = slot(key, self.mask);
        loop {
            let k = self.edge_keys[i];
            if k == key {
                return self.edge_children[i];
            }
            if k == EMPTY {
                self.edge_keys[i] = key;
                self.edge_children[i] = *node_count;
                *node_count += 1;
                return self.edge_children[i];
            }
            i = (i + 1) & self.mask;
        }
    }

    #[inline]
    fn child(&self, parent: u32, c: char) -> Option<u32> {
        let key = ((parent as u64) << 21) | c as u64;
        let mut i = slot(key, self.mask);
        loop {
            // `i` is always masked to the table's length.
            let k = *self.edge_keys.get(i)?;
            if k == key {
                return self.edge_children.get(i).copied();
            }
            if k == EMPTY {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The match at the start of `text` under this stage's policy, if any.
    #[inline]
    pub(crate) fn longest(&self, text: &str) -> Option<Match> {
        let mut best: [Option<Match>; MAX_LEAVES] = [None; MAX_LEAVES];
        let mut node = 0u32;
        let mut len = 0usize;
        let mut any = false;
        for c in text.chars() {
            match self.child(node, c) {
                Some(n) => node = n,
                None => break,
            }
            len += c.len_utf8();
            let from = self.payload_index.get(node as usize).copied().unwrap_or(0) as usize;
            let to = self.payload_index.get(node as usize + 1).copied().unwrap_or(0) as usize;
            for p in self.payloads.get(from..to).unwrap_or(&[]) {
                if let Some(b) = best.get_mut(p.leaf as usize) {
                    // Deeper is longer, so the last key seen per dictionary is its longest match.
                    *b = Some(Match { len: len as u32, value_start: p.value_start, value_len: p.value_len });
                    any = true;
                }
            }
        }
        if !any {
            return None;
        }
        self.policy.eval(&best)
    }
}
