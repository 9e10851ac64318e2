#!/usr/bin/env bash
# npm test: bring up the services (building FerretDB the first time), then run the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
exec bash scripts/with-services.sh npx jest "$@"
