#!/usr/bin/env bash
# npm test: the whole suite, as CI runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
step() { printf '\n=== %s ===\n' "$*"; }

step "Typecheck"
npx tsc --noEmit
step "Lint"
npx eslint --max-warnings 0 .
step "Unit tests"
npx vitest run --project unit
# One throw-away PostgreSQL for the integration and end-to-end tests.
step "Integration and end-to-end tests (PostgreSQL)"
bash scripts/with-postgres.sh bash -c 'npx vitest run --project integration && bash scripts/e2e.sh'
