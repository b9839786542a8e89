#!/usr/bin/env bash
# The behaviour golden: every fixture folder (pdf, injected, variants, bad)
# is imported into a database of its own and dumped in a canonical form
# (documents.imported_at blanked, the full-text index's shadow tables left
# out), and the dumps must equal tests/golden/canonical_dump.sql byte for
# byte. A refactoring must leave it unchanged; a change in behaviour updates
# it on purpose (--update) and shows the diff in review.
#   usage: canonical_dump.sh AFSTEM SOURCE_DIR [--update]
set -euo pipefail
afstem=$(realpath "$1")
source_dir=$(realpath "$2")
golden="$source_dir/tests/golden/canonical_dump.sql"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$source_dir"  # stored paths are relative to the source tree
for folder in pdf injected variants bad; do
  db="$work/$folder.sqlite"
  # bad/ holds files that fail on purpose: ingest exits non-zero there.
  "$afstem" ingest --quiet --jobs 1 --db "$db" "fixtures/$folder" >/dev/null 2>&1 || true
  sqlite3 "$db" "UPDATE documents SET imported_at = '';"
  echo "-- fixtures/$folder"
  sqlite3 "$db" .dump | grep -v -e 'pages_fts'
done > "$work/dump.sql"

if [ "${3:-}" = "--update" ]; then
  cp "$work/dump.sql" "$golden"
  echo "updated $golden ($(wc -l < "$golden") lines)"
  exit 0
fi
if ! cmp -s "$golden" "$work/dump.sql"; then
  echo "FAIL: the canonical dump differs from tests/golden/canonical_dump.sql:" >&2
  diff "$golden" "$work/dump.sql" | cut -c1-300 | head -40 >&2
  exit 1
fi
echo "ok: canonical dump identical to the golden ($(wc -l < "$golden") lines)"
