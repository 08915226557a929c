#!/usr/bin/env python3
"""Groups `twiggy top -f csv` rows of a wasm module (built with names kept) by crate / module.

    cargo build --release --target wasm32-unknown-unknown --features wasm
    twiggy top -n 1000000 -f csv target/wasm32-unknown-unknown/release/filing_check.wasm \
      | python3 scripts/size-breakdown.py
"""
import csv, re, sys
from collections import defaultdict

rows = list(csv.DictReader(sys.stdin))
total = 0
groups = defaultdict(int)
counts = defaultdict(int)

def group(name):
    n = name
    if n.startswith('data segment') or n.startswith('data['):
        return 'data: ' + n
    if n.startswith('custom section') or 'subsection' in n or n.startswith('"'):
        return 'meta: ' + n
    if n in ('table[0]', 'memory[0]') or n.startswith(('type[', 'import ', 'export ', 'global[', 'elem[', 'table[')):
        return 'meta: wasm headers (types, imports, exports, table)'
    # Generic impls: attribute to the first crate path in the name that is ours or a dependency.
    m = re.findall(r'(?:^|[<\s(&,*])(?:dyn )?([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::', n)
    crates = [c for c in m if c not in ('impl', 'mut', 'const')]
    ours = [c for c in re.findall(r'filing_check::([a-z_]+)', n)]
    if 'serde' in n and ('Deserialize' in n or 'Serialize' in n or 'Visitor' in n or 'serde_core' in n or 'serde_json' in n):
        if ours:
            return 'serde (derived impls / monomorphs for filing_check::%s)' % ours[0]
        return 'serde / serde_json'
    if ours:
        return 'filing_check::' + ours[0]
    for c in crates:
        if c in ('core', 'alloc', 'std'):
            continue
        return c
    if crates:
        c = crates[0]
        if c == 'core' and '::fmt' in n or 'flt2dec' in n or 'fmt::' in n:
            return 'std: fmt (incl. float formatting)'
        return 'std: ' + c
    if n.startswith('code['):
        return 'unnamed code'
    return 'other: ' + n[:40]

for r in rows:
    name = r['Name']; b = int(r['ShallowSize'])
    if name.startswith('Σ') or name.startswith('... and'):
        continue
    g = group(name)
    groups[g] += b; counts[g] += 1; total += b
limit = int(sys.argv[1]) if len(sys.argv) > 1 else 40
print('| group | items | bytes | % |')
print('|---|---:|---:|---:|')
for g, b in sorted(groups.items(), key=lambda kv: -kv[1])[:limit]:
    print('| %s | %d | %d | %.1f%% |' % (g.replace('|', '/'), counts[g], b, 100.0 * b / total))
print('| **total** | | %d | 100%% |' % total)
