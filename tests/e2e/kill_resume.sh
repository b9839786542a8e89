#!/usr/bin/env bash
# Exactly once under interruption: imports a generated corpus while killing
# `afstem ingest` with SIGKILL at random moments, re-running it after each
# kill. After every kill: PRAGMA integrity_check is ok and no document is
# present twice. At the end the database equals, in a canonical dump (the
# import times left out), that of an uninterrupted run.
# Usage: kill_resume.sh AFSTEM FIXTUREGEN [DOCUMENTS [KILLS]]
set -euo pipefail
afstem=$1
fixturegen=$2
documents=${3:-120}
kills=${4:-25}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
RANDOM=20261122  # the same kill moments on every run

# Under LeakSanitizer the generator reports fontconfig's process-wide caches.
ASAN_OPTIONS=detect_leaks=0 "$fixturegen" --corpus "$documents" "$work/corpus"

# The canonical form: every table but the full-text index's shadow tables
# (checked by its own integrity check), with documents.imported_at blanked.
canonical() {
  sqlite3 "$1" ".backup '$work/copy.sqlite'"
  sqlite3 "$work/copy.sqlite" "UPDATE documents SET imported_at = '';
    INSERT INTO pages_fts(pages_fts) VALUES ('integrity-check');"
  sqlite3 "$work/copy.sqlite" .dump | grep -v -e 'pages_fts' > "$2"
  rm -f "$work/copy.sqlite"
}

start=$(date +%s%N)
"$afstem" ingest --quiet --jobs 2 --db "$work/reference.sqlite" "$work/corpus" > /dev/null
full_ms=$(( ($(date +%s%N) - start) / 1000000 ))
canonical "$work/reference.sqlite" "$work/reference.dump"
echo "uninterrupted run: $documents documents in ${full_ms} ms"

interrupted=0
for ((i = 1; i <= kills; i++)); do
  # A moment within the first twelfth of a full run, so that nearly every
  # kill lands while documents are still being loaded.
  delay_ms=$(( 10 + RANDOM % (full_ms / 12 + 1) ))
  "$afstem" ingest --quiet --jobs 2 --db "$work/killed.sqlite" "$work/corpus" > /dev/null 2>&1 &
  pid=$!
  sleep "$(printf '0.%03d' "$delay_ms")"
  kill -KILL "$pid" 2> /dev/null || true
  # Its exit status says whether the kill landed (137) or the run was
  # done before it came (0); the braces keep the shell's "Killed" notice quiet.
  set +e
  { wait "$pid"; } 2> /dev/null
  code=$?
  set -e
  case $code in
    137) status=killed; interrupted=$((interrupted + 1)) ;;
    0) status=complete ;;
    *) echo "FAIL: afstem exited with $code"; exit 1 ;;
  esac
  check=$(sqlite3 "$work/killed.sqlite" "PRAGMA integrity_check")
  # A kill before the first migration committed leaves a database without
  # tables (SQLite rolls the schema back): nothing loaded, nothing twice.
  twice=0 loaded=0
  if [ "$(sqlite3 "$work/killed.sqlite" "SELECT count(*) FROM sqlite_schema WHERE name = 'documents'")" = 1 ]; then
    twice=$(sqlite3 "$work/killed.sqlite" "SELECT count(*) FROM (SELECT sha256 FROM documents GROUP BY sha256 HAVING count(*) > 1)")
    loaded=$(sqlite3 "$work/killed.sqlite" "SELECT count(*) FROM documents")
  fi
  echo "kill $i after ${delay_ms} ms: $status, $loaded documents, integrity $check, duplicates $twice"
  [ "$check" = ok ] || { echo "FAIL: integrity_check: $check"; exit 1; }
  [ "$twice" = 0 ] || { echo "FAIL: documents present twice"; exit 1; }
done
# No worker outlives its parent.
sleep 0.2
for process in /proc/[0-9]*; do
  command_line=$({ tr '\0' ' ' < "$process/cmdline"; } 2> /dev/null || true)
  case "$command_line" in
    "$afstem ingest"*"$work/killed.sqlite"*)
      echo "FAIL: afstem process ${process#/proc/} left running: $command_line"; exit 1 ;;
  esac
done
"$afstem" ingest --quiet --jobs 2 --db "$work/killed.sqlite" "$work/corpus" > /dev/null
canonical "$work/killed.sqlite" "$work/killed.dump"
[ "$interrupted" -ge 20 ] || { echo "FAIL: only $interrupted of $kills runs were interrupted"; exit 1; }
if ! cmp -s "$work/reference.dump" "$work/killed.dump"; then
  echo "FAIL: the resumed database differs from the uninterrupted one:"
  diff "$work/reference.dump" "$work/killed.dump" | head -20
  exit 1
fi
echo "ok: $interrupted of $kills runs killed mid-import; final database identical to the uninterrupted run ($(wc -l < "$work/reference.dump") dump lines, $documents documents)"
