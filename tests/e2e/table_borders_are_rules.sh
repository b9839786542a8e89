#!/usr/bin/env bash
# Every cell border of the ruled fixture tables is among the extracted rules.
# The expected borders come from the table stage's cells (boxes of their
# words), not from the graphics extractor: between two neighbouring cells of
# a row a vertical rule must run through the gap, between a cell and the one
# below it a horizontal rule, and left of the first and right of the last
# column's cells a vertical rule. A rule "crosses" a gap when its centre line
# lies in the gap (0.5 pt slack) and it spans the middle of the two cells'
# common extent.
#   usage: table_borders_are_rules.sh AFSTEM SOURCE_DIR
set -euo pipefail
afstem=$(realpath "$1")
source_dir=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$source_dir"
# The ruled tables: the LibreOffice tables (0.5 pt borders on every cell), the
# cairo generator's tables (fixtures/generator/table_layout.cc RowRules). (The
# rotated memo finds no table; poppler_graphics_test.cc checks its rules
# against the memo's through the rotation.) Not ruled, and left out: the
# generator's "Tabel 5" in tabelbilag_2024 (TableBorders::kNone,
# fixtures/generator/tabelbilag_2024.cc T5).
ruled="fixtures/pdf/tabeller_2024_libreoffice.pdf fixtures/pdf/notat_racisme_2025_libreoffice.pdf
       fixtures/pdf/tabelbilag_2024.pdf fixtures/pdf/notat_racisme_2025.pdf"
# shellcheck disable=SC2086
"$afstem" ingest --quiet --jobs 1 --db "$work/db.sqlite" $ruled >/dev/null
sqlite3 -separator ' ' "$work/db.sqlite" > "$work/result.txt" <<'SQL'
CREATE TEMP TABLE cells AS
  SELECT t.document_id AS doc, c.table_id AS tab, c.row, c.column, c.page, c.x0, c.y0, c.x1, c.y1
  FROM table_cells AS c JOIN tables AS t ON t.id = c.table_id JOIN documents AS d ON d.id = t.document_id
  WHERE c.page IS NOT NULL
    AND NOT (d.file_name = 'tabelbilag_2024.pdf' AND t.caption LIKE 'Tabel 5.%');
CREATE TEMP TABLE rules AS
  SELECT document_id AS doc, page, x0, y0, x1, y1, (x0 + x1) / 2 AS cx, (y0 + y1) / 2 AS cy,
         (x1 - x0) < (y1 - y0) AS vertical
  FROM page_graphics WHERE kind = 'rule';
-- Expected borders: (kind, doc, page, gap low, gap high, along-position).
CREATE TEMP TABLE borders AS
  SELECT 'between columns' AS what, a.doc, a.page, a.x1 AS lo, b.x0 AS hi,
         (max(a.y0, b.y0) + min(a.y1, b.y1)) / 2 AS at, 1 AS vertical, a.tab, a.row, a.column
  FROM cells AS a JOIN cells AS b ON b.tab = a.tab AND b.row = a.row AND b.column = a.column + 1
   AND b.page = a.page
  UNION ALL
  SELECT 'between rows', a.doc, a.page, a.y1, b.y0, (max(a.x0, b.x0) + min(a.x1, b.x1)) / 2, 0,
         a.tab, a.row, a.column
  FROM cells AS a JOIN cells AS b ON b.tab = a.tab AND b.column = a.column AND b.row = a.row + 1
   AND b.page = a.page
  UNION ALL
  SELECT 'left edge', doc, page, 0, x0, (y0 + y1) / 2, 1, tab, row, column FROM cells
   WHERE column = 1
  UNION ALL
  SELECT 'right edge', c.doc, c.page, c.x1, 1e9, (c.y0 + c.y1) / 2, 1, c.tab, c.row, c.column
  FROM cells AS c WHERE c.column = (SELECT max(column) FROM table_cells WHERE table_id = c.tab);
SELECT 'borders', count(*) FROM borders;
SELECT 'tables', count(DISTINCT tab) FROM borders;
SELECT 'rules', count(*) FROM rules;
SELECT 'unmatched', b.what, d.file_name, b.page, b.tab, b.row, b.column, round(b.lo, 2), round(b.hi, 2),
       round(b.at, 2)
FROM borders AS b JOIN documents AS d ON d.id = b.doc
WHERE NOT EXISTS (
  SELECT 1 FROM rules AS r
  WHERE r.doc = b.doc AND r.page = b.page AND r.vertical = b.vertical
    AND (CASE WHEN b.vertical THEN r.cx ELSE r.cy END) BETWEEN b.lo - 0.5 AND b.hi + 0.5
    AND (CASE WHEN b.vertical THEN b.at BETWEEN r.y0 AND r.y1 ELSE b.at BETWEEN r.x0 AND r.x1 END));
SQL
cat "$work/result.txt"
borders=$(awk '$1 == "borders" { print $2 }' "$work/result.txt")
tables=$(awk '$1 == "tables" { print $2 }' "$work/result.txt")
unmatched=$(grep -c '^unmatched' "$work/result.txt" || true)
if [ "$tables" -lt 12 ] || [ "$borders" -lt 500 ]; then
  echo "FAIL: only $tables tables and $borders borders checked (the fixtures have 12 ruled tables)" >&2
  exit 1
fi
if [ "$unmatched" -ne 0 ]; then
  echo "FAIL: $unmatched of $borders cell borders have no extracted rule (listed above)" >&2
  exit 1
fi
echo "ok: all $borders cell borders of $tables ruled tables are extracted rules"
