#!/usr/bin/env bash
# The architecture as a test: each stage folder includes only the folders it
# may depend on (earlier stages and the layers below), and each third-party
# library is included only by its one wrapper folder.
#   usage: layering.sh SOURCE_DIR
set -euo pipefail
cd "$1"

# folder: the folders its files may include (besides itself).
declare -A allowed=(
  [schema/model]=""
  [schema/store]="schema/model"
  [parsers/pattern]="schema/model"
  [parsers/money]="schema/model parsers/pattern"
  [parsers/layout]="schema/model parsers/pattern parsers/money"
  [parsers/text]="schema/model parsers/pattern parsers/money parsers/layout"
  [parsers/structure]="schema/model parsers/pattern parsers/money parsers/layout parsers/text"
  [parsers/tables]="schema/model parsers/pattern parsers/money parsers/layout parsers/text parsers/structure"
  [parsers/prose]="schema/model parsers/pattern parsers/money parsers/layout parsers/text parsers/structure parsers/tables"
  [parsers/reconcile]="schema/model parsers/pattern parsers/money parsers/layout parsers/text parsers/structure parsers/tables parsers/prose"
  [ingest/extract]="schema/model"
  [ingest/pipeline]="schema/model parsers/pattern parsers/money parsers/layout parsers/text parsers/structure parsers/tables parsers/prose parsers/reconcile"
  [ingest/batch]="schema/model schema/store ingest/extract ingest/pipeline"
  [ingest/report]="schema/model schema/store ingest/extract ingest/batch"
  [ingest/export]="schema/model schema/store"
  [ingest/cli]="schema/model schema/store parsers/text parsers/reconcile ingest/extract ingest/pipeline ingest/batch ingest/report ingest/export"
)
# library include prefix: the one folder that may include it.
declare -A wrapper=(
  ["sqlite3.h"]="schema/store"
  ["poppler/"]="ingest/extract"
  # Poppler's core headers, also reachable without the prefix (pkg-config poppler)
  ["PDFDoc.h"]="ingest/extract"
  ["OutputDev.h"]="ingest/extract"
  ["GfxState.h"]="ingest/extract"
  ["GlobalParams.h"]="ingest/extract"
  ["Gfx.h"]="ingest/extract"
  ["Page.h"]="ingest/extract"
  ["Stream.h"]="ingest/extract"
  ["goo/"]="ingest/extract"
  ["qpdf/"]="ingest/extract"
  ["tesseract/"]="ingest/extract"
  ["leptonica/"]="ingest/extract"
  ["unicode/"]="parsers/text"
  ["hunspell"]="parsers/text"
  ["hyphen.h"]="parsers/text"
  ["re2/"]="parsers/pattern"
  ["cairo"]="ingest/report"
  ["nettle/"]="ingest/batch"
  ["CLI/"]="ingest/cli"
  ["nlohmann/"]="schema/model"
)

failures=0
sources=$(find schema ingest parsers -name '*.h' -o -name '*.cc' -o -name '*.h.in' | sort)
for file in $sources; do
  folder=$(dirname "$file")
  if [ -z "${allowed[$folder]+set}" ]; then
    echo "FAIL: $file is in $folder, which is no stage folder" >&2
    failures=$((failures + 1)); continue
  fi
  while IFS= read -r included; do
    [ -z "$included" ] && continue
    target=$(dirname "$included")
    [ "$target" = "$folder" ] && continue
    case " ${allowed[$folder]} " in
      *" $target "*) ;;
      *) echo "FAIL: $file includes $included ($folder may not depend on $target)" >&2
         failures=$((failures + 1)) ;;
    esac
  done < <(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$file" | grep '/' || true)
  while IFS= read -r library; do
    [ -z "$library" ] && continue
    for prefix in "${!wrapper[@]}"; do
      if [[ "$library" == "$prefix"* ]] && [ "$folder" != "${wrapper[$prefix]}" ]; then
        echo "FAIL: $file includes <$library>; only ${wrapper[$prefix]} may" >&2
        failures=$((failures + 1))
      fi
    done
  done < <(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*<\([^>]*\)>.*/\1/p' "$file")
done
# SQL in the store only: no SQLite calls, no use of the store's own SQLite
# wrapper, and no SQL statements in string literals anywhere else.
if grep -rl 'sqlite3_' --include='*.cc' --include='*.h' ingest parsers schema | grep -v '^schema/store/' >&2; then
  echo "FAIL: sqlite3_ calls outside schema/store (files above)" >&2
  failures=$((failures + 1))
fi
if grep -rl 'schema/store/sqlite\.h' --include='*.cc' --include='*.h' ingest parsers schema | grep -v '^schema/store/' >&2; then
  echo "FAIL: schema/store/sqlite.h included outside schema/store (files above)" >&2
  failures=$((failures + 1))
fi
if grep -rlE '"[^"]*\b(SELECT [a-z*]|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM|PRAGMA [a-z_]+)' \
    --include='*.cc' --include='*.h' ingest parsers >&2; then
  echo "FAIL: SQL statements outside schema/store (files above)" >&2
  failures=$((failures + 1))
fi
if [ "$failures" -ne 0 ]; then
  echo "$failures layering violations" >&2
  exit 1
fi
echo "ok: $(echo "$sources" | wc -l) files respect the stage order and the library wrappers"
