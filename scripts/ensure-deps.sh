#!/usr/bin/env bash
# Runs `npm ci` when node_modules is missing or older than package-lock.json, so `npm test` and
# `npm run demo` work straight after a clone or a pull that changed dependencies.
# npm writes node_modules/.package-lock.json on every install, so right after `npm ci` this is a no-op.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ]; then
  reason="node_modules is missing"
elif [ ! -f node_modules/.package-lock.json ]; then
  reason="node_modules/.package-lock.json is missing (node_modules was not installed by npm ci)"
elif [ package-lock.json -nt node_modules/.package-lock.json ]; then
  reason="package-lock.json is newer than node_modules/.package-lock.json"
else
  exit 0
fi
printf '[deps] running npm ci: %s\n' "$reason" >&2
# npm's own output goes to stderr too: callers such as with-services.sh keep stdout for themselves.
npm ci >&2
