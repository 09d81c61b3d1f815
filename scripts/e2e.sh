#!/usr/bin/env bash
# End-to-end tests with Playwright driving Debian's Chromium (never a downloaded browser).
set -euo pipefail
cd "$(dirname "$0")/.."
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM_PATH" ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "Chromium absent : installation du paquet Debian chromium…" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) >&2
  else
    echo "Chromium introuvable ($CHROMIUM_PATH) et pas root pour l'installer." >&2
    exit 1
  fi
fi
export CHROMIUM_PATH NEXT_TELEMETRY_DISABLED=1
# A fresh portal state for each run (the database is the throw-away one when DATABASE_URL is set).
export E2E_DATA_DIR="${E2E_DATA_DIR:-$(mktemp -d /tmp/chorus-e2e.XXXXXX)}"
# One production build per run, used by every test (E2E_SKIP_BUILD=1 reuses the last one).
if [ "${E2E_SKIP_BUILD:-0}" != "1" ]; then
  npx next build
fi
exec npx playwright test "$@"
