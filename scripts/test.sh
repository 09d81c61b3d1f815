#!/usr/bin/env bash
# npm test: the whole suite, as CI runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p .tmp && rm -f .tmp/unit.json .tmp/integration.json .tmp/e2e.json
step() { printf '\n=== %s ===\n' "$*"; }

step "Typecheck"
npx tsc --noEmit
step "Lint"
npx eslint --max-warnings 0 .
step "Unit tests"
npx vitest run --project unit --reporter=default --reporter=json --outputFile.json=.tmp/unit.json
# One throw-away PostgreSQL for the integration and end-to-end tests.
step "Integration and end-to-end tests (PostgreSQL)"
bash scripts/with-postgres.sh bash -c '
  npx vitest run --project integration --reporter=default --reporter=json --outputFile.json=.tmp/integration.json &&
  PLAYWRIGHT_JSON_OUTPUT_NAME=.tmp/e2e.json bash scripts/e2e.sh --reporter=list,json'
step "Summary"
node scripts/summarize-tests.mjs
