#!/usr/bin/env bash
# Installs the Debian 12 packages afstem needs to build, test and regenerate
# its fixtures, if any are missing. Works as root or through sudo; does
# nothing (and needs neither) when everything is installed.
set -euo pipefail

packages=(
  # build
  build-essential cmake pkg-config
  # pipeline libraries: PDF text, PDF annotations, Unicode, rules, storage,
  # the Danish word list
  libpoppler-cpp-dev libqpdf-dev libicu-dev libre2-dev libsqlite3-dev
  # Poppler's core library (OutputDev): drawn rules, rectangles, image boxes
  libpoppler-private-dev
  # OCR of scanned pages: Tesseract, its Danish and orientation models
  libtesseract-dev tesseract-ocr-dan tesseract-ocr-osd
  hunspell-da libhunspell-dev
  # SHA-256 (nettle), JSON output (nlohmann-json), command-line options (CLI11)
  nettle-dev nlohmann-json3-dev libcli11-dev
  # tests
  catch2
  # fixture generator (regenerated and compared byte for byte by the tests)
  libcairo2-dev libpango1.0-dev libfontconfig-dev libhyphen-dev hyphen-da
  fonts-liberation2
  # command-line tools used by the demo and by people checking its output
  poppler-utils qpdf sqlite3
  # JSON validation of `afstem check --format json` in the tests
  jq
  # browser test of the HTML report (`afstem report`), run headless
  chromium
  # bench/batch_ingest.sh measures peak memory with GNU time
  time
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null |
      grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[ "${#missing[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "afstem: missing Debian packages and no root or sudo to install them: ${missing[*]}" >&2
  exit 1
fi

echo "afstem: installing Debian packages: ${missing[*]}"
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
