#!/usr/bin/env python3
"""The differential oracle: converts texts with the reference C++ OpenCC (PyPI `opencc==1.4.2`).

Reads one JSON object from stdin, `{"items": [{"config": "s2t", "text": "..."}, ...]}`, and
writes `{"version": "1.4.2", "outputs": ["...", ...]}` to stdout, one output per item, in order.
Configurations are loaded the way the library loads them by default (tofu-risk dictionaries
included). Exits with status 3 and a message on stderr when the `opencc` module is missing, so
that callers can skip loudly.

Usage: $PYTHON scripts/opencc_oracle.py < request.json > response.json
"""

import json
import sys


def main():
    try:
        import opencc
    except ImportError as e:
        print(f"opencc module not importable: {e}", file=sys.stderr)
        sys.exit(3)
    request = json.load(sys.stdin)
    converters = {}
    outputs = []
    for item in request["items"]:
        name = item["config"]
        if name not in converters:
            converters[name] = opencc.OpenCC(name)
        outputs.append(converters[name].convert(item["text"]))
    json.dump({"version": opencc.__version__, "outputs": outputs}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
