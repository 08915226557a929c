#!/usr/bin/env python3
"""The reference C++ OpenCC 1.4.2 (PyPI `opencc`) half of `bash scripts/bench.sh`.

    .venv/bin/python bench/native.py CONFIG INPUT OUTPUT SECS

Driven by bench/run.mjs, which runs it alternately with `examples/bench_native.rs convert` on the
same files. Prints one JSON line: set-up ms (OpenCC(config) + first conversion), throughput in MB/s
of UTF-8 input (median of runs lasting SECS in total), µs per call for a 20-character field, and
writes the converted text to OUTPUT so the outputs can be compared byte for byte. The calls go
through the Python binding: its overhead matters for the 20-character field only.
"""

import json
import statistics
import sys
import time

FIELD = "广州市天河区人民政府行政复议决定书第十二"[:20]


def main():
    import opencc

    config, input_path, output_path, secs = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
    with open(input_path, encoding="utf-8") as f:
        text = f.read()
    size = len(text.encode("utf-8"))
    start = time.perf_counter()
    c = opencc.OpenCC(config)
    c.convert("汉字")
    setup_ms = (time.perf_counter() - start) * 1e3
    out = c.convert(text)
    with open(output_path, "w", encoding="utf-8", newline="") as f:
        f.write(out)
    times, start = [], time.perf_counter()
    while len(times) < 3 or time.perf_counter() - start < secs:
        t = time.perf_counter()
        c.convert(text)
        times.append(time.perf_counter() - t)
    mbps = size / 1e6 / statistics.median(times)
    for _ in range(20_000):
        c.convert(FIELD)
    batches = []
    for _ in range(50):
        t = time.perf_counter()
        for _ in range(2000):
            c.convert(FIELD)
        batches.append((time.perf_counter() - t) * 1e6 / 2000)
    print(json.dumps({
        "config": config, "bytes": size, "setupMs": setup_ms, "mbps": mbps,
        "fieldUs": statistics.median(batches), "version": getattr(opencc, "__version__", "?"),
    }))


if __name__ == "__main__":
    main()
