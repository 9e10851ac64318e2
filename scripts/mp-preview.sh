#!/usr/bin/env bash
# npm run mp:preview: every mini-program page rendered from the page tests' fixtures, as PNGs in .preview/miniprogram/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/ensure-chromium.sh
rm -rf .preview/miniprogram
npx jest -c jest.preview.config.js
node --import tsx scripts/mp-shot.ts
