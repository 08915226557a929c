//! Longest-prefix matching over a group of dictionaries, with OpenCC's group policies.
//!
//! One trie holds every dictionary a stage uses. A walk from a text position follows the text one
//! character at a time and records, per dictionary, the deepest key that ends on the path (that
//! dictionary's longest match). The group policy then picks among those matches exactly as
//! OpenCC's `PrefixMatch` does: `short_circuit` takes the first dictionary with any match, `union`
//! the longest match, an earlier dictionary winning a tie. The walk allocates nothing.
//!

use super::blob::Node;

/// The most dictionaries one stage may use (OpenCC's configurations use at most four).
pub(crate) const MAX_LEAVES: usize = 8;

/// A match: `len` bytes of input, replaced by [`Matcher::value`].
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
/// First characters below this have a direct slot in the root table.
const DENSE_ROOT: usize = 0x10000;

/// A trie over several dictionaries plus the policy that combines them.
///
/// Layout for speed: the root's children are a direct table indexed by the first character
/// (BMP) or a sorted list (beyond the BMP); every other node's children are one contiguous run,
/// sorted by character, of a compressed sparse row, so a step touches one or two cache lines.
#[derive(Debug)]
pub(crate) struct Matcher {
    /// Child node of the root for each BMP character, 0 when none (the root is node 0 and is
    /// nobody's child).
    root_dense: Vec<u32>,
    /// `child_index[n]..child_index[n + 1]` are node `n`'s children in `child_chars`/`child_nodes`.
    child_index: Vec<u32>,
    child_chars: Vec<u32>,
    child_nodes: Vec<u32>,
    /// The stage's match when a walk stops at node `n`: the group policy applied to every key
    /// on the path from the root to `n`. A node has one path, so this is a function of the node,
    /// computed once when building; a walk then only follows the text down the trie.
    result_at: Vec<Option<Match>>,
    /// Every value, concatenated; matches point into it.
    values: String,
}

#[inline]
fn slot(key: u64, mask: usize) -> usize {
    // Fibonacci hashing; the high bits are the well-mixed ones.
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & mask
}

/// The hash table used only while building.
struct Builder {
    keys: Vec<u64>,
    children: Vec<u32>,
    mask: usize,
    nodes: u32,
}

impl Builder {
    fn child_or_insert(&mut self, parent: u32, c: char) -> u32 {
        let key = ((parent as u64) << 21) | c as u64;
        let mut i = slot(key, self.mask);
        loop {
            let k = self.keys[i];
            if k == key {
                return self.children[i];
            }
            if k == EMPTY {
                self.keys[i] = key;
                self.children[i] = self.nodes;
                self.nodes += 1;
                return self.children[i];
            }
            i = (i + 1) & self.mask;
        }
    }
}

impl Matcher {
    /// Builds the matcher for `node`. `sections` gives each dictionary's lines in the blob; the
    /// lines were validated when the blob was parsed.
    pub(crate) fn build(node: &Node, blob: &[u8], sections: &[super::blob::Section]) -> Matcher {
        let mut leaves: Vec<usize> = Vec::new();
        let policy = Self::policy(node, &mut leaves);
        let total_keys: usize = leaves.iter().filter_map(|&i| sections.get(i)).map(|s| s.entries).sum();
        // Nodes ≤ characters of all keys; OpenCC's keys average under three characters.
        let capacity = ((total_keys * 3 + 16) * 2).next_power_of_two();
        let mut b = Builder { keys: vec![EMPTY; capacity], children: vec![0; capacity], mask: capacity - 1, nodes: 1 };
        let mut values = String::new();
        let mut ends: Vec<(u32, Payload)> = Vec::with_capacity(total_keys);
        for (leaf, &index) in leaves.iter().enumerate() {
            let Some(section) = sections.get(index) else { continue };
            let Some(body) = blob.get(section.range.clone()) else { continue };
            let Ok(text) = std::str::from_utf8(body) else { continue };
            for line in text.split_terminator('\n') {
                let Some((key, value)) = line.split_once('\t') else { continue };
                let mut current = 0u32;
                for c in key.chars() {
                    current = b.child_or_insert(current, c);
                }
                let value_start = values.len() as u32;
                values.push_str(value);
                ends.push((current, Payload { leaf: leaf as u8, value_start, value_len: value.len() as u32 }));
            }
        }
        let nodes = b.nodes as usize;
        // Edges sorted by (parent, character) give each node's children as one sorted run.
        let mut edges: Vec<(u64, u32)> = b
            .keys
            .iter()
            .zip(&b.children)
            .filter(|(k, _)| **k != EMPTY)
            .map(|(k, c)| (*k, *c))
            .collect();
        edges.sort_unstable_by_key(|(k, _)| *k);
        let mut child_index = vec![0u32; nodes + 1];
        for (k, _) in &edges {
            if let Some(x) = child_index.get_mut((k >> 21) as usize + 1) {
                *x += 1;
            }
        }
        for i in 1..child_index.len() {
            child_index[i] += child_index[i - 1];
        }
        let child_chars: Vec<u32> = edges.iter().map(|(k, _)| (k & 0x1F_FFFF) as u32).collect();
        let child_nodes: Vec<u32> = edges.iter().map(|(_, c)| *c).collect();
        let mut root_dense = vec![0u32; DENSE_ROOT];
        for (k, c) in &edges {
            if k >> 21 == 0 && ((k & 0x1F_FFFF) as usize) < DENSE_ROOT {
                root_dense[(k & 0x1F_FFFF) as usize] = *c;
            }
        }
        // Stable: within a node, payloads keep dictionary order.
        ends.sort_by_key(|(n, _)| *n);
        let mut payload_index = vec![0u32; nodes + 1];
        for (n, _) in &ends {
            if let Some(x) = payload_index.get_mut(*n as usize + 1) {
                *x += 1;
            }
        }
        for i in 1..payload_index.len() {
            payload_index[i] += payload_index[i - 1];
        }
        let payloads: Vec<Payload> = ends.into_iter().map(|(_, p)| p).collect();
        let result_at = Self::results(&policy, &child_index, &child_chars, &child_nodes, &payload_index, &payloads, nodes);
        Matcher { root_dense, child_index, child_chars, child_nodes, result_at, values }
    }

    /// Evaluates the policy at every node, depth first, carrying each dictionary's deepest key.
    fn results(
        policy: &Policy,
        child_index: &[u32],
        child_chars: &[u32],
        child_nodes: &[u32],
        payload_index: &[u32],
        payloads: &[Payload],
        nodes: usize,
    ) -> Vec<Option<Match>> {
        let mut result_at: Vec<Option<Match>> = vec![None; nodes];
        // (node, bytes from the root to it, each dictionary's deepest key on the way)
        let mut stack: Vec<(u32, u32, [Option<Match>; MAX_LEAVES])> = vec![(0, 0, [None; MAX_LEAVES])];
        while let Some((node, depth_bytes, mut best)) = stack.pop() {
            let n = node as usize;
            let from = payload_index.get(n).copied().unwrap_or(0) as usize;
            let to = payload_index.get(n + 1).copied().unwrap_or(0) as usize;
            for p in payloads.get(from..to).unwrap_or(&[]) {
                if let Some(b) = best.get_mut(p.leaf as usize) {
                    *b = Some(Match { len: depth_bytes, value_start: p.value_start, value_len: p.value_len });
                }
            }
            if let Some(r) = result_at.get_mut(n) {
                *r = policy.eval(&best);
            }
            let from = child_index.get(n).copied().unwrap_or(0) as usize;
            let to = child_index.get(n + 1).copied().unwrap_or(0) as usize;
            for k in from..to {
                if let (Some(&child), Some(&c)) = (child_nodes.get(k), child_chars.get(k)) {
                    let width = char::from_u32(c).map_or(1, char::len_utf8) as u32;
                    stack.push((child, depth_bytes + width, best));
                }
            }
        }
        result_at
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
                // More than MAX_LEAVES dictionaries in one stage never happens: the blob's
                // configurations are checked when it is loaded. An extra one would never match.
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

    #[inline]
    fn child(&self, parent: u32, c: char) -> Option<u32> {
        let code = c as u32;
        if parent == 0 && (code as usize) < DENSE_ROOT {
            return match self.root_dense.get(code as usize) {
                Some(0) | None => None,
                Some(n) => Some(*n),
            };
        }
        let from = *self.child_index.get(parent as usize)? as usize;
        let to = *self.child_index.get(parent as usize + 1)? as usize;
        let chars = self.child_chars.get(from..to)?;
        let at = if chars.len() <= 8 {
            chars.iter().position(|&x| x == code)?
        } else {
            chars.binary_search(&code).ok()?
        };
        self.child_nodes.get(from + at).copied()
    }

    /// The value a match stands for.
    #[inline]
    pub(crate) fn value(&self, m: &Match) -> &str {
        let start = m.value_start as usize;
        self.values.get(start..start + m.value_len as usize).unwrap_or("")
    }

    /// The match at the start of `text` under this stage's policy, if any.
    #[inline]
    pub(crate) fn longest(&self, text: &str) -> Option<Match> {
        let mut node = 0u32;
        for c in text.chars() {
            match self.child(node, c) {
                Some(n) => node = n,
                None => break,
            }
        }
        self.result_at.get(node as usize).copied().flatten()
    }
}
