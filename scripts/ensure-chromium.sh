#!/usr/bin/env bash
# Debian's Chromium and CJK fonts for the page pictures and browser tests; nothing downloads a browser of its own.
set -euo pipefail
if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then exit 0; fi
command -v apt-get >/dev/null || { echo "[chromium] ERROR: /usr/bin/chromium is missing and apt-get is not available to install it" >&2; exit 1; }
echo "[chromium] installing Debian's chromium and fonts-noto-cjk (first time only)" >&2
export DEBIAN_FRONTEND=noninteractive
sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
$sudo_cmd apt-get update -qq >&2
$sudo_cmd apt-get install -y -qq chromium fonts-noto-cjk >&2
