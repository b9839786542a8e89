#!/usr/bin/env bash
# A simulated crash and a simulated hang inside the PDF library, in a batch
# of 50 generated documents: exactly those two fail, with their reasons, and
# the other 48 load. Usage: faults_in_batch.sh AFSTEM FIXTUREGEN
set -euo pipefail
afstem=$1
fixturegen=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ASAN_OPTIONS=detect_leaks=0 "$fixturegen" --corpus 50 "$work/corpus"
set +e
AFSTEM_TEST_WORKER_FAULT=crash:corpus_0013.pdf,hang:corpus_0031.pdf \
  "$afstem" ingest --jobs 2 --timeout 3 --db "$work/a.sqlite" "$work/corpus" > "$work/out.txt" 2> "$work/err.txt"
code=$?
set -e
cat "$work/out.txt"
grep -v "loaded as document" "$work/err.txt" || true
[ "$code" -eq 1 ] || { echo "FAIL: exit $code, expected 1"; exit 1; }
rows=$(sqlite3 "$work/a.sqlite" "SELECT status || ' ' || count(*) FROM documents GROUP BY status ORDER BY status")
[ "$rows" = "$(printf 'failed 2\nok 48')" ] || { echo "FAIL: documents by status: $rows"; exit 1; }
failed=$(sqlite3 "$work/a.sqlite" "SELECT file_name || ': ' || error FROM documents WHERE status = 'failed' ORDER BY file_name")
[ "$failed" = "$(printf 'corpus_0013.pdf: crashed (SIGSEGV)\ncorpus_0031.pdf: timed out after 3 s')" ] ||
  { echo "FAIL: failed documents: $failed"; exit 1; }
grep -qx "afstem: $work/corpus/corpus_0013.pdf: error: crashed (SIGSEGV)" "$work/err.txt"
grep -qx "afstem: $work/corpus/corpus_0031.pdf: error: timed out after 3 s" "$work/err.txt"
echo "ok: 48 loaded, the crash and the hang failed alone with their reasons"
