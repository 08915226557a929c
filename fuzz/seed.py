#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets from the shared case corpus (tests/cases/).

    python3 fuzz/seed.py            # writes fuzz/corpus/<target>/seed-*  and fuzz/corpus/_dicts/*.dict

Run by scripts/fuzz.sh before fuzzing. Seeds are named `seed-<hash>`, so running it again only
rewrites the same files; whatever libFuzzer added to a corpus stays. Nothing here is committed
(fuzz/corpus is in .gitignore). Input layouts are the ones documented in each target.
"""

import glob
import hashlib
import json
import os
import re
import struct
import sys
from datetime import date

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "fuzz", "corpus")
CONFIGS = ["s2t", "t2s", "s2tw", "tw2s", "s2hk", "hk2s", "s2twp", "tw2sp", "t2tw", "tw2t", "t2hk", "hk2t", "t2jp",
           "jp2t", "s2hkp", "hk2sp"]
DOC_TYPES = ["complaint", "defence", "appeal", "reconsideration"]
CASE_NUMBER_RE = re.compile(r"[（(〔\[【]\s*\d{4}\s*[）)〕\]】][^\s，。；、]{1,24}?号")

seeds = {}


def add(target, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    seeds.setdefault(target, set()).add(data)


def today_bytes(s):
    """The 4-byte `today` header of the ids, case_number and document_text targets."""
    try:
        y, m, d = (int(x) for x in s.split("-"))
    except (AttributeError, ValueError):
        y, m, d = 2026, 11, 22
    return struct.pack("<H", max(0, y - 1900)) + bytes([m - 1, d - 1])


def load_cases():
    cases = []
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "cases", "**", "*.json"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            cases.extend(json.load(f).get("cases", []))
    return cases


def strings_in(v, out):
    if isinstance(v, str):
        out.append(v)
    elif isinstance(v, list):
        for x in v:
            strings_in(x, out)
    elif isinstance(v, dict):
        for k, x in v.items():
            out.append(k)
            strings_in(x, out)


def period_seed(from_s, period):
    try:
        day = date.fromisoformat(from_s).toordinal()  # chrono's num_days_from_ce
    except (TypeError, ValueError):
        day = date(2025, 9, 16).toordinal()
    m = re.fullmatch(r"(\d+)(d|m|y|wd)", period or "")
    unit, count = ({"d": 0, "m": 1, "y": 2, "wd": 3}[m.group(2)], int(m.group(1))) if m else (0, 15)
    # Seeds use the raw day number (flag 0x80), the unit, and the count; then the text.
    return struct.pack("<iBI", day, 0x80 | unit, count) + (period or "").encode()


def mini_blob(lines_per_section):
    """data/opencc/opencc.bin with every dictionary cut to its first lines: a small valid blob."""
    with open(os.path.join(ROOT, "data", "opencc", "opencc.bin"), "rb") as f:
        b = f.read()
    if b[:8] != b"FCOPENCC":
        return None
    version, n, clen = struct.unpack_from("<III", b, 8)
    if version != 2:
        return None
    p = 20
    dirs = []
    for _ in range(n):
        ln = b[p]
        p += 1
        name = b[p:p + ln]
        p += ln
        off, length, _entries, derive = struct.unpack_from("<IIIB", b, p)
        p += 13
        dirs.append((name, off, length, derive))
    text = b[p:]
    configs = text[:clen]
    body = bytearray()
    directory = bytearray()
    for name, off, length, derive in dirs:
        lines = text[clen + off:clen + off + length].split(b"\n")[:lines_per_section]
        section = b"".join(l + b"\n" for l in lines if l)
        directory += bytes([len(name)]) + name + struct.pack("<IIIB", len(body), len(section), section.count(b"\n"), derive)
        body += section
    return b"FCOPENCC" + struct.pack("<III", version, n, len(configs)) + bytes(directory) + configs + bytes(body)


def dict_line(s):
    out = []
    for byte in s.encode("utf-8"):
        if 0x20 <= byte < 0x7F and byte not in (0x22, 0x5C):
            out.append(chr(byte))
        else:
            out.append("\\x%02X" % byte)
    return '"' + "".join(out) + '"'


def main():
    cases = load_cases()
    texts, dict_words = [], set()
    for case in cases:
        op, req = case.get("op"), case.get("request", {})
        req_text = json.dumps(req, ensure_ascii=False, separators=(",", ":"))
        add("api_call", op + "\n" + req_text)
        if op == "check":
            add("check_json", req_text)
            add("json_reader", req_text)
            add("check_structured", req_text)
        else:
            add("ops_structured", json.dumps({"op": op, "request": req}, ensure_ascii=False, separators=(",", ":")))
        words = []
        strings_in(req, words)
        for w in words:
            if 0 < len(w.encode()) <= 40:
                dict_words.add(w)
        today = today_bytes(req.get("today", "2026-11-22"))
        if op == "id":
            target = "case_number" if req.get("kind") == "case-number" else "ids"
            add(target, today + str(req.get("value", "")).encode())
        if op in ("deadline", "due"):
            add("period", period_seed(req.get("from"), req.get("period")))
        if op == "document":
            doc = req.get("document", {})
            kind = doc.get("type")
            text = doc.get("text", "")
            if isinstance(text, str) and kind in DOC_TYPES:
                flags = DOC_TYPES.index(kind) | (4 if doc.get("caseNumber") else 0) | (8 if doc.get("signedOn") else 0)
                names = [p.get("name", "") for p in doc.get("parties", []) if isinstance(p, dict)]
                tail = (b"\x01" + b"\x02".join(n.encode() for n in names)) if names else b""
                add("document_text", bytes([flags]) + today + text.encode() + tail)
                texts.append(text)
            if isinstance(doc.get("caseNumber"), str):
                add("case_number", today + doc["caseNumber"].encode())
        if op == "convert":
            text = req.get("text", "")
            cfg = req.get("config", "s2t")
            if isinstance(text, str):
                add("convert", bytes([CONFIGS.index(cfg) if cfg in CONFIGS else 0]) + text.encode())
                texts.append(text)
        if op in ("clean", "script"):
            texts.append(req.get("text", ""))
        if op == "sameName":
            add("script_names", str(req.get("a", "")).encode() + b"\xff" + str(req.get("b", "")).encode())
        if op in ("check", "windows", "timeline"):
            for w in words:
                for m in CASE_NUMBER_RE.findall(w):
                    add("case_number", today + m.encode())
                if re.fullmatch(r"\d+(d|m|y|wd)", w):
                    add("period", period_seed(req.get("today", "2026-11-22"), w))
    for text in texts:
        if not isinstance(text, str):
            continue
        add("clean", text)
        add("script_names", text.encode() + b"\xff" + text[:8].encode())
        for i, _ in enumerate(CONFIGS):
            if len(text) < 400:
                add("convert", bytes([i]) + text.encode())
        for m in CASE_NUMBER_RE.findall(text):
            add("case_number", today_bytes("2026-11-22") + m.encode())
    for extra in ["學(xué)習(xí)　ＡＢ１２（一）", "è¡Œæ”¿è¯‰è®¼", "行政?讼?件", "\ufeff张\u200b三\u00a0", "a\u200db\U0001F468\u200d\U0001F469",
                  "line one\nline 二\r\n\u3000end", "Ａｂｃ（ｘｉａｎｇ）", "人(rén)民(min2)"]:
        add("clean", extra)
        add("convert", bytes([6]) + extra.encode())
    for a, b in [("张三", "張三"), ("阿依古丽•买买提", "阿依古麗·買買提"), ("鍾明", "钟明"), ("", ""), ("Ｊｏｈｎ Ｓｍｉｔｈ", "John·Smith")]:
        add("script_names", a.encode() + b"\xff" + b.encode())
    for s in ["15d", "6m", "1y", "5wd", "36600d", "1200m", "100y", "2000wd", "0d", "015d"]:
        add("period", period_seed("2025-09-16", s))
        add("period", period_seed("2199-12-31", s))
    add("period", struct.pack("<iBI", 3652059, 0xC2, 0xFFFFFFFF) + b"100y")  # 9999-12-31, years, u32::MAX
    for blob in (mini_blob(4), mini_blob(16), mini_blob(64)):
        if blob:
            add("opencc_blob", blob)
            add("opencc_blob", blob[:len(blob) // 2])
            # The same blobs behind the byte that seeds dictionary_stream's chunk sizes.
            for seed in (0, 7, 200):
                add("dictionary_stream", bytes([seed]) + blob)
                add("dictionary_stream", bytes([seed]) + blob[:len(blob) // 2])
    for target in ("ids", "case_number"):
        for v in ["11010519491231002X", "914403001922038216", "（2024）粤71行初123号", "（２０２４）粤７１行初１２３号", ""]:
            add(target, today_bytes("2026-11-22") + v.encode())

    total = 0
    for target, items in sorted(seeds.items()):
        d = os.path.join(CORPUS, target)
        os.makedirs(d, exist_ok=True)
        for data in items:
            name = "seed-" + hashlib.sha1(data).hexdigest()[:16]
            with open(os.path.join(d, name), "wb") as f:
                f.write(data)
        total += len(items)
        print(f"seed: {target}: {len(items)} seeds")
    dicts = os.path.join(CORPUS, "_dicts")
    os.makedirs(dicts, exist_ok=True)
    with open(os.path.join(dicts, "json.dict"), "w", encoding="ascii") as f:
        for w in sorted(dict_words):
            f.write(dict_line(w) + "\n")
        for w in ['"', "{", "}", "[", "]", ":", ",", "null", "true", "false", "\\u0000", "\\ud800"]:
            f.write(dict_line(w) + "\n")
    print(f"seed: {total} seeds, {len(dict_words)} dictionary words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
