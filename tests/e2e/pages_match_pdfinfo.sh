#!/usr/bin/env bash
# End-to-end check against an independent tool: after `afstem ingest` of every
# fixture, each document's page_count and number of pages rows equal the
# page count pdfinfo reports, and its pdf_title equals pdfinfo's Title (the
# printed title, documents.title, is tested by fixtures_golden_test.cc).
# Usage: pages_match_pdfinfo.sh AFSTEM_BINARY FIXTURE_DIR
set -euo pipefail
afstem=$1
fixtures=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$afstem" ingest --db "$work/a.sqlite" "$fixtures" >/dev/null 2>&1
status=0
checked=0
for pdf in "$fixtures"/*.pdf; do
  name=$(basename "$pdf")
  expected=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
  title=$(pdfinfo -enc UTF-8 "$pdf" | sed -n 's/^Title: *//p')
  row=$(sqlite3 -separator '|' "$work/a.sqlite" \
    "SELECT page_count, (SELECT count(*) FROM pages WHERE document_id = d.id), coalesce(pdf_title, '')
     FROM documents AS d WHERE file_name = '$name' AND status = 'ok'")
  if [ "$row" != "$expected|$expected|$title" ]; then
    echo "MISMATCH $name: pdfinfo pages=$expected title=$title; database: $row"
    status=1
  else
    echo "ok $name: $expected pages"
  fi
  checked=$((checked + 1))
done
[ "$checked" -gt 0 ] || { echo "no fixtures in $fixtures"; exit 1; }
exit $status
