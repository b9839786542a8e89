#!/usr/bin/env bash
# `afstem report` in a real browser: imports the faithful, injected-error and
# bad fixtures, writes the report, and loads it in headless Chromium
# (offline, throwaway profile). Asserts on the DOM Chromium builds
# (--dump-dom) of the index and of a document page with an error finding,
# that Chromium decodes every picture on that page, and that a 1200x900
# screenshot of the page is a PNG of that size with something on it. The
# screenshot is kept at SCREENSHOT for people to look at.
# Usage: report_browser.sh AFSTEM_BINARY FIXTURES_DIR CHROMIUM SCREENSHOT
set -euo pipefail
afstem=$1
fixtures=$2
chromium=$3
screenshot=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
site="$work/site"

fail() {
  echo "FAIL: $*"
  if [ -s "$work/chromium.log" ]; then
    echo "--- chromium stderr (last lines) ---"
    tail -n 15 "$work/chromium.log"
  fi
  exit 1
}

# Headless Chromium with a fresh profile; its stderr (D-Bus noise on a
# machine without a session bus) goes to a log shown on failure.
browse() {
  local profile
  profile=$(mktemp -d "$work/profile-XXXXXX")
  timeout 60 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --disable-quic --no-first-run \
    --user-data-dir="$profile" "$@" 2>>"$work/chromium.log"
}

# Fails unless `file` contains the fixed string `text`.
expect() {
  grep -qF -- "$2" "$1" || fail "$(basename "$1"): no '$2'"
}

# Fails unless `file` contains the fixed string `text` exactly `count` times.
expect_count() {
  local found
  found=$(grep -oF -- "$2" "$1" | wc -l)
  [ "$found" -eq "$3" ] || fail "$(basename "$1"): '$2' $found times, expected $3"
}

# The width and height in a PNG's IHDR, or a failure if it is no PNG.
png_size() {
  [ "$(od -An -tx1 -N8 "$1" | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "$1: not a PNG"
  od -An -tu1 -j16 -N8 "$1" |
    awk '{ printf "%dx%d\n", (($1*256+$2)*256+$3)*256+$4, (($5*256+$6)*256+$7)*256+$8 }'
}

set +e
"$afstem" ingest --db "$work/a.sqlite" "$fixtures/pdf" "$fixtures/injected" "$fixtures/bad" >/dev/null 2>&1
code=$?
set -e
[ "$code" -eq 1 ] || fail "ingest exit $code, expected 1 (the bad fixtures fail)"
"$afstem" report --db "$work/a.sqlite" --out "$site" >"$work/report.out" || fail "report exit $?"
expect "$work/report.out" "images      29 written, 0 unavailable"

# The index: every document, the five errors, the failed files' reasons.
browse --dump-dom "file://$site/index.html" >"$work/index.dom" || fail "chromium could not load index.html"
expect "$work/index.dom" '<html lang="en"><head>'
expect_count "$work/index.dom" '<tr id="document-' 17
for pdf in "$fixtures"/pdf/*.pdf "$fixtures"/injected/*.pdf "$fixtures"/bad/*.pdf; do
  expect "$work/index.dom" ">$(basename "$pdf")</a>"
done
expect_count "$work/index.dom" '<tr class="finding severity-error">' 5
expect_count "$work/index.dom" '<tr id="failed-' 5
expect "$work/index.dom" '<td class="reason">truncated PDF (no %%EOF at the end)</td>'
expect "$work/index.dom" '<table class="allocations-by-year">'

# A document page with an error: memo_mio_row_total_off.pdf, whose "I alt"
# of row 2 reads 5,20 mio. kr. while its three years add up to 5,10.
id=$(grep -o 'href="documents/[0-9]*\.html">memo_mio_row_total_off\.pdf<' "$work/index.dom" | head -n 1 |
  grep -o '[0-9][0-9]*' | head -n 1)
[ -n "$id" ] || fail "index.html links no page for memo_mio_row_total_off.pdf"
page="file://$site/documents/$id.html"
browse --dump-dom "$page" >"$work/document.dom" || fail "chromium could not load documents/$id.html"
expect_count "$work/document.dom" '<article class="finding severity-error" id="finding-' 1
expect "$work/document.dom" '<dd class="stated">5.200.000 kr.</dd>'
expect "$work/document.dom" '<dd class="computed">5.100.000 kr.</dd>'
expect "$work/document.dom" '<dd class="difference">+100.000 kr.</dd>'
expect "$work/document.dom" '<table class="initiatives" lang="da">'
expect "$work/document.dom" '<td class="title">Videreførelse af civilsamfundsinitiativer</td><td class="amount">2</td><td class="amount"></td><td class="amount">1.700.000</td><td class="amount">1.700.000</td><td class="amount">1.700.000</td><td class="amount">5.100.000</td>'
articles=$(grep -o '<article class="finding ' "$work/document.dom" | wc -l)
[ "$articles" -ge 1 ] || fail "documents/$id.html shows no findings"
expect_count "$work/document.dom" '<figure class="finding-image"><img src="../images/finding-' "$articles"
grep -q '<img [^>]*alt=""' "$work/document.dom" && fail "an image without alt text"

# Chromium decodes every picture on that page (a page of its own with the
# same images, which reports their natural sizes once loaded).
{
  echo '<!DOCTYPE html><html><body>'
  grep -o 'src="\.\./images/finding-[0-9]*\.png"' "$work/document.dom" |
    sed "s|src=\"\.\./|<img src=\"file://$site/|; s|\$|>|"
  echo '<p id="result">pending</p><script>'
  echo 'addEventListener("load", () => { const all = [...document.images];'
  echo '  const ok = all.filter(i => i.complete && i.naturalWidth > 0);'
  echo '  document.getElementById("result").textContent = "decoded " + ok.length + " of " + all.length; });'
  echo '</script></body></html>'
} >"$work/decode.html"
browse --virtual-time-budget=10000 --dump-dom "file://$work/decode.html" >"$work/decode.dom" ||
  fail "chromium could not load the decode page"
expect "$work/decode.dom" "<p id=\"result\">decoded $articles of $articles</p>"

# The screenshot: a PNG of exactly the window's size, and not blank (an
# empty 1200x900 page compresses to about 5 KB).
rm -f "$screenshot"
browse --hide-scrollbars --window-size=1200,900 --screenshot="$screenshot" "$page" >/dev/null ||
  fail "chromium could not take a screenshot"
[ -s "$screenshot" ] || fail "no screenshot written"
size=$(png_size "$screenshot")
[ "$size" = "1200x900" ] || fail "screenshot is $size, expected 1200x900"
bytes=$(wc -c <"$screenshot")
[ "$bytes" -gt 20000 ] || fail "screenshot is only $bytes bytes: a blank page?"
echo "ok: index and documents/$id.html checked in Chromium; $articles pictures decoded"
echo "screenshot: $screenshot ($size, $bytes bytes)"
