#!/usr/bin/env bash
# Fuzzes every entry point of the core (the cargo-fuzz crate in fuzz/, targets in fuzz/fuzz_targets/).
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]        # default 180 s per target, one target after another
#
#   FUZZ_TARGETS="convert clean" scripts/fuzz.sh 60   # only these targets
#   FUZZ_SANITIZER=address scripts/fuzz.sh            # default none: the core's one unsafe block is text::opencc::blob_as_text
#   FUZZ_MAX_LEN=8192 scripts/fuzz.sh                 # libFuzzer -max_len (default: libFuzzer's own)
#   FUZZ_PARALLEL=6 scripts/fuzz.sh 1800              # run up to 6 targets at once (default 1: in turn)
#
# FUZZ_PARALLEL=N starts up to N targets at the same time, each in its own process for the full
# SECONDS_PER_TARGET, and starts the next when one ends. 13 targets at 1800 s take 6.5 hours in turn and
# about 30 minutes with FUZZ_PARALLEL=13, but the targets then share the cores: each gets fewer
# executions, which the summary records. Each process may grow to -rss_limit_mb (2048 MB), so pick N
# with `free -g` in mind; in practice a target stays well under 500 MB.
#
# What it does, idempotently:
#   1. installs cargo-fuzz (`cargo install cargo-fuzz --locked`) if it is missing;
#   2. writes the seed corpora from tests/cases/ (fuzz/seed.py → fuzz/corpus/<target>/seed-*, plus a
#      libFuzzer dictionary fuzz/corpus/_dicts/json.dict); what earlier runs found stays in the corpus;
#   3. builds the targets with debug assertions and overflow checks (`cargo fuzz build -a`);
#   4. runs each target for SECONDS_PER_TARGET with -max_total_time, in one process per target (no
#      -jobs/-workers), FUZZ_PARALLEL of them at a time, -timeout=10 so that a hang counts as a crash,
#      and -rss_limit_mb=2048;
#   5. prints per target the executions run, the time, the corpus size and whether it crashed, in the
#      order the targets were listed, plus the wall time of the whole run.
#
# Exits 1 if any target found a crash, a hang (timeout) or an out-of-memory; the inputs are in
# fuzz/artifacts/<target>/ and each target's log in fuzz/artifacts/logs/<target>.log. Reproduce one with
#   cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run -s none -a <target> artifacts/<target>/<file>
#
# cargo-fuzz passes nightly-only flags to rustc; on the stable toolchain RUSTC_BOOTSTRAP=1 allows them.
# Generated corpora, artifacts and fuzz/target are in .gitignore.
set -euo pipefail

SECONDS_PER_TARGET="${1:-180}"
if ! [[ "$SECONDS_PER_TARGET" =~ ^[0-9]+$ ]] || [ "$SECONDS_PER_TARGET" -lt 1 ]; then
  echo "usage: scripts/fuzz.sh [SECONDS_PER_TARGET]   (a whole number of seconds, default 180)" >&2
  exit 2
fi
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT/fuzz"
export RUSTC_BOOTSTRAP=1
SANITIZER="${FUZZ_SANITIZER:-none}"
ALL_TARGETS="api_call check_json check_structured ops_structured period ids case_number document_text convert opencc_blob dictionary_stream clean script_names json_reader"
TARGETS="${FUZZ_TARGETS:-$ALL_TARGETS}"
DICT_TARGETS=" api_call check_json check_structured ops_structured json_reader "

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "[fuzz] installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi
echo "[fuzz] $(cargo fuzz --version), $(rustc --version)"

python3 seed.py

echo "[fuzz] building (sanitizer $SANITIZER, debug assertions on)"
cargo fuzz build -s "$SANITIZER" -a

PARALLEL="${FUZZ_PARALLEL:-1}"
if ! [[ "$PARALLEL" =~ ^[0-9]+$ ]] || [ "$PARALLEL" -lt 1 ]; then
  echo "FUZZ_PARALLEL must be a whole number of processes, at least 1 (got '$PARALLEL')" >&2
  exit 2
fi

mkdir -p artifacts/logs
summary="artifacts/logs/summary.txt"

# Fuzzes one target and writes its summary row to artifacts/logs/<target>.row; the row holds
# "CRASH" when libFuzzer failed or left a new artifact.
fuzz_one() {
  local t=$1 log="artifacts/logs/$1.log" before after start secs rc execs rate corpus result kind
  mkdir -p "corpus/$t" "artifacts/$t"
  before=$(ls "artifacts/$t" | wc -l)
  local extra=()
  case "$DICT_TARGETS" in *" $t "*) extra+=("-dict=corpus/_dicts/json.dict") ;; esac
  if [ -n "${FUZZ_MAX_LEN:-}" ]; then extra+=("-max_len=$FUZZ_MAX_LEN"); fi
  start=$(date +%s)
  set +e
  cargo fuzz run -s "$SANITIZER" -a "$t" -- \
    -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    "${extra[@]}" > "$log" 2>&1
  rc=$?
  set -e
  secs=$(( $(date +%s) - start ))
  after=$(ls "artifacts/$t" | wc -l)
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1 || true)
  if [ -z "$execs" ]; then
    execs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#' || true)
  fi
  execs=${execs:-0}
  rate=$(( execs / (secs > 0 ? secs : 1) ))
  corpus=$(ls "corpus/$t" | wc -l)
  if [ "$rc" -ne 0 ] || [ "$after" -gt "$before" ]; then
    kind=$(grep -oE 'ERROR: libFuzzer: [a-z-]+|panicked at [^ ]+' "$log" | head -1 || true)
    result="CRASH (rc $rc${kind:+, $kind}) → fuzz/artifacts/$t/"
  else
    result="ok"
  fi
  printf '%-18s %12s %8s %9s %8s  %s\n' "$t" "$execs" "$secs" "$rate" "$corpus" "$result" \
    > "artifacts/logs/$t.row"
  cat "artifacts/logs/$t.row"
}

echo "[fuzz] $SECONDS_PER_TARGET s per target, up to $PARALLEL at once, started $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
printf '%-18s %12s %8s %9s %8s  %s\n' target execs seconds exec/s corpus result
run_start=$(date +%s)
for t in $TARGETS; do
  rm -f "artifacts/logs/$t.row"
  while [ "$(jobs -rp | wc -l)" -ge "$PARALLEL" ]; do wait -n || true; done
  fuzz_one "$t" &
done
wait
wall=$(( $(date +%s) - run_start ))

# The summary lists the targets in the order given, whatever order they finished in.
failed=0
{
  printf '%-18s %12s %8s %9s %8s  %s\n' target execs seconds exec/s corpus result
  for t in $TARGETS; do
    if [ -f "artifacts/logs/$t.row" ]; then cat "artifacts/logs/$t.row"
    else printf '%-18s %s\n' "$t" "CRASH (no result: the run of this target did not finish)"; fi
  done
  echo "wall time ${wall} s for $(echo $TARGETS | wc -w) targets, up to $PARALLEL at once, $(nproc) cores"
} > "$summary"
grep -q CRASH "$summary" && failed=1
echo "[fuzz] summary:"
cat "$summary"
echo "[fuzz] summary in fuzz/$summary, logs in fuzz/artifacts/logs/"
if [ "$failed" -ne 0 ]; then
  echo "[fuzz] FAILED: at least one target found a crash, hang or out-of-memory" >&2
  exit 1
fi
echo "[fuzz] no crash in any target"
