#!/usr/bin/env bash
# The document-structure goldens (issue 15):
#   - tests/golden/document_headers.tsv: title, title source, kind, date and
#     committee of every fixture (pdf, libreoffice, chromium, variants,
#     scanned) and of every real document in ../shared/realdocs;
#   - tests/golden/aarhus_referat_sections.tsv: the whole section outline of
#     the Aarhus council minutes (its 21 agenda items at the top level, their
#     parts under them).
# A change in behaviour updates them on purpose (--update) and shows the diff
# in review.
#   usage: structure_golden.sh AFSTEM SOURCE_DIR [--update]
set -euo pipefail
afstem=$(realpath "$1")
source_dir=$(realpath "$2")
realdocs="$source_dir/../shared/realdocs"
headers="$source_dir/tests/golden/document_headers.tsv"
sections="$source_dir/tests/golden/aarhus_referat_sections.tsv"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -d "$realdocs" ] || { echo "FAIL: $realdocs is missing (the real documents sit beside the repository)" >&2; exit 1; }

cd "$source_dir"
for folder in fixtures/pdf fixtures/libreoffice fixtures/chromium fixtures/variants fixtures/scanned "$realdocs"; do
  "$afstem" ingest --quiet --db "$work/a.sqlite" "$folder" >/dev/null 2>&1 || true
done
sqlite3 -separator $'\t' "$work/a.sqlite" \
  "SELECT file_name, coalesce(title, ''), coalesce(title_source, ''), coalesce(kind, ''),
          coalesce(document_date, ''), coalesce(committee, '')
   FROM documents WHERE status = 'ok' ORDER BY file_name" > "$work/headers.tsv"
sqlite3 -separator $'\t' "$work/a.sqlite" \
  "SELECT s.ordinal, s.level, coalesce(p.ordinal, ''), coalesce(s.number, ''), s.generic, s.page, s.title
   FROM sections AS s JOIN documents AS d ON d.id = s.document_id
   LEFT JOIN sections AS p ON p.id = s.parent_id
   WHERE d.file_name = 'dk_aarhus_byraad_referat_2025-08-27.pdf' ORDER BY s.ordinal" > "$work/sections.tsv"

if [ "${3:-}" = "--update" ]; then
  cp "$work/headers.tsv" "$headers"
  cp "$work/sections.tsv" "$sections"
  echo "updated $headers ($(wc -l < "$headers") documents) and $sections ($(wc -l < "$sections") sections)"
  exit 0
fi
status=0
for pair in "headers.tsv:$headers" "sections.tsv:$sections"; do
  if ! cmp -s "${pair#*:}" "$work/${pair%%:*}"; then
    echo "FAIL: ${pair#*:} differs:" >&2
    diff "${pair#*:}" "$work/${pair%%:*}" | head -40 >&2
    status=1
  fi
done
[ "$status" -eq 0 ] && echo "ok: $(wc -l < "$headers") document headers and $(wc -l < "$sections") sections as the goldens"
exit $status
