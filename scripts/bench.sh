#!/usr/bin/env bash
# Measures filing-check against its peers in one run on this machine and prints Markdown tables
# with the ratios (docs/benchmarks.md explains every row and holds a recorded run):
#   conversion throughput (wasm in Node vs opencc-js in the same process; native vs the reference
#   C++ OpenCC), set-up and first conversion (Node, headless Chromium), the per-call cost of a
#   20-character field, validation and deadline latency, .wasm instantiation, transfer sizes, and
#   linearity from 10 KB to 10 MB.
#
#   bash scripts/bench.sh                  # set-up (idempotent), build under the shared lock, measure
#   BENCH_JSON=/tmp/bench.json bash scripts/bench.sh   # also keep every raw figure
#   BENCH_SKIP_BUILD=1 bash scripts/bench.sh           # measure the pkg/ already built
#   BENCH_ONLY=supervision bash scripts/bench.sh       # only section 9: 100,000 case records (SUPERVISION_CASES=N)
#
# Takes about 3-5 minutes after the build. Nothing here asserts a time: the figures are for people.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup.sh
source scripts/setup.sh >&2
say() { printf '\033[1m[bench]\033[0m %s\n' "$*" >&2; }

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  say "building pkg/ and the native bench binary (under /tmp/fc-build.lock)"
  flock /tmp/fc-build.lock bash -c 'bash scripts/build.sh >&2 && cargo build --release --quiet --example bench_native'
fi
if [ "${BENCH_ONLY:-}" = supervision ]; then
  # Section 9 needs the package and the CLI only (scripts/build.sh builds both).
  [ -f pkg/node.cjs ] && [ -x target/release/filing-check ] || { say "pkg/ or target/release/filing-check is missing"; exit 1; }
else
  [ -f pkg/node.cjs ] && [ -x target/release/examples/bench_native ] || { say "pkg/ or the bench binary is missing"; exit 1; }
fi

say "measuring (about 3-5 minutes; keep the machine otherwise idle for steady figures)"
node bench/run.mjs
