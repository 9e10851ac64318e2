#!/usr/bin/env bash
# Runs a command with MongoDB and Redis up and MONGODB_URI / REDIS_URL exported.
set -euo pipefail
cd "$(dirname "$0")/.."
env_lines=$(bash scripts/services.sh up)
eval "$env_lines"
exec "$@"
