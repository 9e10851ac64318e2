#!/usr/bin/env bash
# npm run seed:city: dependencies installed, services up, then the city-scale sample in the demo database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
export MONGODB_DB=${MONGODB_DB:-harmony_demo}
exec bash scripts/with-services.sh node --import tsx scripts/seed-city.ts "$@"
