#!/usr/bin/env bash
# npm test: install dependencies if stale, bring up the services (building FerretDB the first time), then run the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
# The console's browser tests drive Debian's Chromium (test/console/).
bash scripts/ensure-chromium.sh
exec bash scripts/with-services.sh npx jest "$@"
