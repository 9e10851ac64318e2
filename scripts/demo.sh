#!/usr/bin/env bash
# npm run demo: services up, a seeded sample, and the whole service in one process on the mock puppet.
set -euo pipefail
cd "$(dirname "$0")/.."
export MONGODB_DB=${MONGODB_DB:-harmony_demo}
export WECHATY_PUPPET=${WECHATY_PUPPET:-wechaty-puppet-mock}
exec bash scripts/with-services.sh node --import tsx src/demo.ts "$@"
