#!/usr/bin/env bash
# The supply-chain checks of the test command (docs/supply-chain.md):
#
#   bash scripts/supply-chain.sh
#
# 1. cargo deny (deny.toml): the licences, bans and sources of every crate in the locked graph,
#    all features, every target. Offline: it reads Cargo.lock and the crates already fetched.
#    Advisories are not checked: their database is on GitHub, which this machine cannot reach.
# 2. npm: the published package (pkg/package.json) must declare no dependencies, so that its
#    dependency tree is empty and there is nothing of npm's to audit in what ships; then
#    `npm audit` of the development tree (package-lock.json: build tools, test tools, the
#    examples), which is reported, not enforced (none of it ships), and which says plainly when
#    the registry's audit endpoint does not answer.
#
# Exits 1 if cargo deny finds a licence, ban or source problem, if cargo-deny is missing, or if the
# package declares a dependency.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
failed=0

echo "[supply-chain] cargo deny: licences, bans, sources (deny.toml)"
if ! cargo deny --version >/dev/null 2>&1; then
  echo "[supply-chain] FAILED: cargo-deny is not installed (bash scripts/setup.sh installs it)"
  failed=1
else
  echo "[supply-chain] $(cargo deny --version)"
  if cargo deny --offline --locked --all-features check licenses bans sources; then
    echo "[supply-chain] cargo deny: ok"
  else
    echo "[supply-chain] cargo deny: FAILED"
    failed=1
  fi
fi

echo "[supply-chain] npm: the published package's dependency tree (pkg/package.json)"
if [ ! -f pkg/package.json ]; then
  echo "[supply-chain] FAILED: no pkg/package.json (run bash scripts/build.sh first)"
  failed=1
else
  declared=$(node -e '
    const p = require("./pkg/package.json");
    const all = ["dependencies", "peerDependencies", "optionalDependencies", "bundleDependencies", "bundledDependencies"]
      .flatMap((k) => Object.keys(p[k] ?? {}).map((d) => `${k}: ${d}`));
    console.log(all.join(", "));')
  if [ -n "$declared" ]; then
    echo "[supply-chain] FAILED: pkg/package.json declares $declared; audit them and update this check"
    failed=1
  else
    echo "[supply-chain] npm: the package declares no dependencies: its tree is itself alone, nothing to audit"
  fi
fi

echo "[supply-chain] npm audit of the development tree (package-lock.json; reported, not enforced: none of it ships)"
audit_json=$(mktemp)
audit_err=$(mktemp)
npm audit --package-lock-only --json > "$audit_json" 2> "$audit_err"
node - "$audit_json" "$audit_err" <<'EOF'
const fs = require('node:fs');
const [out, err] = process.argv.slice(2).map((f) => fs.readFileSync(f, 'utf8'));
let report = null;
try { report = JSON.parse(out); } catch { /* not JSON: the endpoint did not answer */ }
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const why = (err.match(/npm (?:warn|error) audit[^\n]*/g) ?? []).join('; ') || report?.error?.summary || err.trim().split('\n')[0] || 'no answer';
  console.log(`[supply-chain] npm audit: NOT CHECKED: the registry's audit endpoint did not answer (${why})`);
} else {
  const total = Object.values(counts).reduce((a, b) => a + b, 0) - (counts.total ?? 0);
  console.log(`[supply-chain] npm audit: ${report.metadata.dependencies?.total ?? '?'} packages, ${total} advisories (${Object.entries(counts).filter(([k]) => k !== 'total').map(([k, v]) => `${k} ${v}`).join(', ')})`);
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
    console.log(`[supply-chain]   ${v.severity.padEnd(8)} ${name} (${(v.nodes ?? []).slice(0, 2).join(', ')})`);
  }
}
EOF
rm -f "$audit_json" "$audit_err"

if [ "$failed" -ne 0 ]; then
  echo "[supply-chain] FAILED"
  exit 1
fi
echo "[supply-chain] ok"
