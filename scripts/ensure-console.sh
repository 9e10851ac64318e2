#!/usr/bin/env bash
# Builds the office console (console/dist) when it is missing or older than any of its sources or package-lock.json.
# One build at a time (a lock), written beside console/dist and swapped in whole, so a running server never sees half a build.
set -euo pipefail
cd "$(dirname "$0")/.."
built=console/dist/index.html

stale() {
  [ -f "$built" ] || { echo "console/dist is missing"; return 0; }
  local newer
  newer=$(find console \( -path 'console/dist' -o -path 'console/.dist-*' \) -prune -o -type f -newer "$built" -print -quit)
  if [ -n "$newer" ]; then echo "$newer changed"; return 0; fi
  if [ package-lock.json -nt "$built" ]; then echo "package-lock.json changed"; return 0; fi
  return 1
}

why=$(stale) || exit 0
if [ ! -x node_modules/.bin/vite ]; then
  # An install without dev dependencies: the service still starts, and /console/ says what is missing.
  echo "[console] WARNING: vite is not installed (npm ci installs the dev dependencies); the console is not rebuilt ($why)" >&2
  exit 0
fi
mkdir -p .data
exec 9>.data/console-build.lock
flock 9
# Another process may have built it while this one waited.
why=$(stale) || exit 0
echo "[console] building console/dist ($why; about 20 s)" >&2
tmp=".dist-build-$$"
trap 'rm -rf "console/$tmp" console/.dist-old-$$' EXIT
NODE_ENV=production node_modules/.bin/vite build console --outDir "$tmp" --emptyOutDir --logLevel warn >&2
[ -d console/dist ] && mv console/dist "console/.dist-old-$$"
mv "console/$tmp" console/dist
