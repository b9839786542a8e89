#!/usr/bin/env bash
# Prints the HTML sources in fixtures/chromium/ to PDF with headless
# Chromium (Debian package chromium), as a Chromium-made document: its text
# layer, fonts and U+2010 hyphens are Chromium's (Skia's PDF backend). The
# PDFs are committed; rerun only to change them (Chromium writes its own
# creation date and document ID, so the bytes differ on every run).
#
#   scripts/make-chromium-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "make-chromium-fixtures.sh: chromium not found (apt-get install chromium)" >&2
  exit 1
fi
for html in fixtures/chromium/*.html; do
  pdf="${html%.html}.pdf"
  "$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$PWD/$pdf" "file://$PWD/$html" 2>/dev/null
  echo "wrote $pdf"
done
