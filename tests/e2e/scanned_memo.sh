#!/usr/bin/env bash
# The memo's table comes out of its scans (fixtures/scanned/, made by
# `afstem-fixturegen --scanned`) as out of the PDF itself: for each scan,
# every page is read by OCR (pages.text_source 'ocr', no no_text_layer
# warning), the table has the memo's 23 item rows and its Samlet row, and
# the table's allocations (row ordinal, year, kroner) are exactly the text
# PDF's, each with origin 'ocr' (the dusty scan: at least 33 of the 35). No
# scan raises an error finding.
#   usage: scanned_memo.sh AFSTEM SOURCE_DIR
set -euo pipefail
afstem=$(realpath "$1")
source_dir=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$source_dir"
scans="notat_racisme_2025_scan300.pdf notat_racisme_2025_scan200.pdf notat_racisme_2025_sideways.pdf
       notat_racisme_2025_noisy.pdf"
paths="fixtures/pdf/notat_racisme_2025.pdf"
for scan in $scans; do paths="$paths fixtures/scanned/$scan"; done
# shellcheck disable=SC2086
"$afstem" ingest --quiet --db "$work/db.sqlite" $paths >/dev/null

allocations() {  # the table allocations of one document, one "ordinal year kroner origin" a line
  sqlite3 -separator ' ' "$work/db.sqlite" \
    "SELECT i.ordinal, a.year, a.amount_dkk, a.origin FROM allocations AS a
       JOIN initiatives AS i ON i.id = a.initiative_id JOIN documents AS d ON d.id = i.document_id
     WHERE d.file_name = '$1' AND i.table_id IS NOT NULL ORDER BY CAST(i.ordinal AS INTEGER), a.year"
}
query() { sqlite3 "$work/db.sqlite" "$1"; }

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

expected=$(allocations notat_racisme_2025.pdf | sed 's/ table$/ ocr/')
[ "$(printf '%s\n' "$expected" | wc -l)" -eq 35 ] || fail "the text PDF's table has $(printf '%s\n' "$expected" | wc -l) allocations, not 35"
for scan in $scans; do
  doc="d.file_name = '$scan'"
  pages=$(query "SELECT group_concat(p.text_source || '/' || p.kind, ' ') FROM pages AS p
                 JOIN documents AS d ON d.id = p.document_id WHERE $doc")
  [ "$pages" = "ocr/scanned ocr/scanned ocr/scanned ocr/scanned" ] || fail "$scan: pages are '$pages'"
  rows=$(query "SELECT count(*) FROM table_rows AS r JOIN tables AS t ON t.id = r.table_id
                JOIN documents AS d ON d.id = t.document_id WHERE $doc AND r.kind = 'item'")
  [ "$rows" = 23 ] || fail "$scan: $rows item rows, not 23"
  totals=$(query "SELECT count(*) FROM table_rows AS r JOIN tables AS t ON t.id = r.table_id
                  JOIN documents AS d ON d.id = t.document_id WHERE $doc AND r.kind = 'total'")
  [ "$totals" = 1 ] || fail "$scan: $totals total rows, not 1"
  got=$(allocations "$scan")
  if [ "$scan" = notat_racisme_2025_noisy.pdf ]; then
    # Dust makes single figures uncertain (Tesseract's reading of a speck
    # next to a digit): at least 33 of the 35 allocations exactly as printed.
    same=$(comm -12 <(printf '%s\n' "$expected" | sort) <(printf '%s\n' "$got" | sort) | wc -l)
    [ "$same" -ge 33 ] || fail "$scan: only $same of 35 table allocations as in the text PDF"
  elif [ "$got" != "$expected" ]; then
    fail "$scan: table allocations differ from the text PDF's:"
    diff <(printf '%s\n' "$expected") <(printf '%s\n' "$got") >&2 || true
  fi
  bad=$(query "SELECT count(*) FROM findings AS f JOIN documents AS d ON d.id = f.document_id
               WHERE $doc AND (f.severity = 'error' OR f.rule = 'no_text_layer')")
  [ "$bad" = 0 ] || fail "$scan: $bad error or no_text_layer findings"
done
if [ "$failures" -gt 0 ]; then
  echo "$failures failures" >&2
  exit 1
fi
echo "4 scans: 4 OCR pages each, 23 item rows and the Samlet row, the 35 allocations as in the text PDF (the dusty scan: at least 33)"
