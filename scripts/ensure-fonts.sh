#!/usr/bin/env bash
# Debian's CJK fonts, for the certificate posters the service draws (src/certificates/poster.ts).
set -euo pipefail
if fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || ls /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc >/dev/null 2>&1; then exit 0; fi
command -v apt-get >/dev/null || { echo "[fonts] WARNING: fonts-noto-cjk is missing and apt-get is not available; certificate posters will lack Chinese text" >&2; exit 0; }
echo "[fonts] installing Debian's fonts-noto-cjk (first time only)" >&2
export DEBIAN_FRONTEND=noninteractive
sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
$sudo_cmd apt-get update -qq >&2
$sudo_cmd apt-get install -y -qq fonts-noto-cjk >&2
