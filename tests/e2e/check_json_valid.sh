#!/usr/bin/env bash
# `afstem check --format json` is valid JSON (checked by jq, an independent
# parser) and carries every field: after importing the faithful and the
# injected fixtures, exit 3, five error findings, and every finding has all
# the columns of the findings table.
# Usage: check_json_valid.sh AFSTEM_BINARY FIXTURES_DIR
set -euo pipefail
afstem=$1
fixtures=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$afstem" ingest --db "$work/a.sqlite" "$fixtures/pdf" "$fixtures/injected" >/dev/null 2>&1
set +e
"$afstem" check --db "$work/a.sqlite" --format json >"$work/check.json"
code=$?
set -e
[ "$code" -eq 3 ] || { echo "exit $code, expected 3"; exit 1; }
jq -e '
  (.counts == {"error": 5, "warning": 0, "info": 24}) and
  (.documents_checked == 12) and
  ([.documents[].findings[] | select(.severity == "error")] | length == 5) and
  all(.documents[].findings[];
      keys == (["box", "computed_dkk", "difference_dkk", "id", "label", "message", "page",
                "parameters", "parts", "rule", "severity", "stated_dkk", "stated_total_id",
                "table_column", "table_id", "table_row", "tolerance_dkk", "year"]) and
      (.parts | type == "array") and (.parameters | type == "object"))
' "$work/check.json" >/dev/null || { echo "JSON lacks fields or counts:"; head -c 2000 "$work/check.json"; exit 1; }
echo "ok: valid JSON, 5 errors, every field present"
