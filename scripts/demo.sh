#!/usr/bin/env bash
# The main job: does all of the set-up, builds everything (native CLI, wasm, npm package) and
# serves the demo e-filing page on 127.0.0.1, printing its URL. PORT=8080 by default.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
bash scripts/build.sh
exec node scripts/serve.mjs
