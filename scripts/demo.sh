#!/usr/bin/env bash
# npm run demo: dependencies installed, services up, a seeded sample, and the whole service in one process on the mock puppet.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
export MONGODB_DB=${MONGODB_DB:-harmony_demo}
export WECHATY_PUPPET=${WECHATY_PUPPET:-wechaty-puppet-mock}
# A person watches the demo: coloured one-line logs unless asked otherwise.
export LOG_FORMAT=${LOG_FORMAT:-pretty}
# The demo's reminder must show whenever someone runs it, night included: quiet hours off unless set.
export QUIET_HOURS=${QUIET_HOURS:-00:00-00:00}
# Chinese fonts for the certificate posters.
bash scripts/ensure-fonts.sh
# The office console at /console/: built when missing or older than its sources.
bash scripts/ensure-console.sh
exec bash scripts/with-services.sh node --import tsx src/demo.ts "$@"
