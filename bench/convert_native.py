#!/usr/bin/env python3
"""Native conversion benchmark: this crate (release build) against the reference C++ OpenCC 1.4.2
(PyPI `opencc`), on the same text in the same run.

    PYTHON=... $PYTHON bench/convert_native.py [CONFIG ...]      (default: s2t s2twp t2s)

Text: the statutes in $FILING_CHECK_SHARED/reference/laws (default ../shared), concatenated.
Prints set-up ms, throughput in MB/s of UTF-8 input, µs per 20-character call, and the ratios.
The C++ figures go through the Python binding, whose per-call overhead matters only for the
20-character field.
"""

import glob
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    import opencc

    configs = sys.argv[1:] or ["s2t", "s2twp", "t2s"]
    shared = os.environ.get("FILING_CHECK_SHARED", os.path.join(ROOT, "..", "shared"))
    files = sorted(glob.glob(os.path.join(shared, "reference", "laws", "*.md")))
    if not files:
        sys.exit(f"no statutes under {shared}/reference/laws (set FILING_CHECK_SHARED)")
    text = "\n".join(open(f, encoding="utf-8").read() for f in files)
    size = len(text.encode("utf-8"))
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(text)
        path = f.name
    subprocess.run(["cargo", "build", "--release", "--quiet", "--example", "bench_convert"], cwd=ROOT, check=True)
    exe = os.path.join(ROOT, "target", "release", "examples", "bench_convert")
    field = "广州市天河区人民政府行政复议决定书第十二号"[:20]
    print(f"text: {size / 1e6:.2f} MB of statutes")
    for config in configs:
        start = time.perf_counter()
        c = opencc.OpenCC(config)
        c.convert("汉字")
        cpp_setup = (time.perf_counter() - start) * 1e3
        same = None
        c.convert(text)
        runs, start = 0, time.perf_counter()
        while time.perf_counter() - start < 1.5:
            c.convert(text)
            runs += 1
        cpp_mbps = size / 1e6 / ((time.perf_counter() - start) / runs)
        start = time.perf_counter()
        for _ in range(100_000):
            c.convert(field)
        cpp_field = (time.perf_counter() - start) * 1e6 / 100_000
        ours = json.loads(subprocess.run([exe, path, config], capture_output=True, text=True, check=True).stdout)
        print(f"{config}: set-up ours {ours['setupMs']:.1f} ms, C++ {cpp_setup:.1f} ms | "
              f"throughput ours {ours['mbps']:.1f} MB/s, C++ {cpp_mbps:.1f} MB/s, ratio {ours['mbps'] / cpp_mbps:.2f}x | "
              f"20-char call ours {ours['fieldUs']:.2f} µs, C++ (via Python) {cpp_field:.2f} µs")
    os.unlink(path)


if __name__ == "__main__":
    main()
