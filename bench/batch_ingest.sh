#!/usr/bin/env bash
# Batch-import benchmark over a generated corpus (scripts/make-corpus.sh):
#   - `--jobs 1` and `--jobs 2` into fresh databases: wall time, speed-up,
#     and whether the two databases are identical (canonical dump);
#   - a re-run over the unchanged corpus: its wall time as a share of the
#     first run;
#   - peak RSS of the parent and of its workers (GNU time's "Maximum
#     resident set size" is the largest of the process and its children);
#   - where the CPU time goes (`--jobs 2`): the parent, the only SQLite
#     writer, against its workers (needs `perf`; skipped without it), and
#     the speed-up that split allows on this machine's cores.
# Usage: bench/batch_ingest.sh [DOCUMENTS] [ROUNDS]   (default 200 3)
# Not a test; figures are recorded in bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
documents=${1:-200}
rounds=${2:-3}
afstem=build/afstem
time_tool=/usr/bin/time
[ -x "$time_tool" ] || { echo "batch_ingest.sh: needs GNU time (apt-get install time)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
scripts/make-corpus.sh "$documents" "$work/corpus" > /dev/null

canonical() {
  sqlite3 "$1" ".backup '$work/copy.sqlite'"
  sqlite3 "$work/copy.sqlite" "UPDATE documents SET imported_at = ''"
  sqlite3 "$work/copy.sqlite" .dump | grep -v -e 'pages_fts'
  rm -f "$work/copy.sqlite"
}

# run NAME JOBS DB: one import; prints "seconds kilobytes".
run() {
  "$time_tool" -f "%e %M" -o "$work/time.txt" "$afstem" ingest --quiet --jobs "$2" --db "$3" "$work/corpus" > /dev/null
  cat "$work/time.txt"
}

best() { sort -n | head -1; }

declare -A wall rss
for jobs in 1 2; do
  times=()
  for ((r = 1; r <= rounds; r++)); do
    rm -f "$work/jobs$jobs.sqlite"*
    read -r seconds kilobytes < <(run first "$jobs" "$work/jobs$jobs.sqlite")
    times+=("$seconds")
    rss[$jobs]=$kilobytes
  done
  wall[$jobs]=$(printf '%s\n' "${times[@]}" | best)
done
canonical "$work/jobs1.sqlite" > "$work/jobs1.dump"
canonical "$work/jobs2.sqlite" > "$work/jobs2.dump"
identical=no
cmp -s "$work/jobs1.dump" "$work/jobs2.dump" && identical=yes
reruns=()
for ((r = 1; r <= rounds; r++)); do
  read -r seconds kilobytes < <(run rerun 2 "$work/jobs2.sqlite")
  reruns+=("$seconds")
done
rerun=$(printf '%s\n' "${reruns[@]}" | best)
pages=$(sqlite3 "$work/jobs2.sqlite" "SELECT sum(page_count) FROM documents")

# CPU split of one --jobs 2 run: total (GNU time, parent and workers) and
# the parent alone (perf stat without inheritance).
parent_cpu=-1
total_cpu=-1
if command -v perf > /dev/null; then
  rm -f "$work/split.sqlite"*
  if perf stat --no-inherit -x, -e task-clock -o "$work/perf.txt" \
      "$time_tool" -f "%U %S" -o "$work/cpu.txt" \
      "$afstem" ingest --quiet --jobs 2 --db "$work/split.sqlite" "$work/corpus" > /dev/null 2>&1; then
    total_cpu=$(awk '{print $1 + $2}' "$work/cpu.txt")
  fi
  rm -f "$work/split.sqlite"*
  # perf follows GNU time without inheritance, so measure the parent itself.
  if perf stat --no-inherit -x, -e task-clock -o "$work/perf.txt" \
      "$afstem" ingest --quiet --jobs 2 --db "$work/split.sqlite" "$work/corpus" > /dev/null 2>&1; then
    parent_cpu=$(awk -F, '/task-clock/ {print $1 / 1000}' "$work/perf.txt")
  fi
fi

awk -v d="$documents" -v p="$pages" -v w1="${wall[1]}" -v w2="${wall[2]}" -v r="$rerun" \
    -v m1="${rss[1]}" -v m2="${rss[2]}" -v same="$identical" -v n="$rounds" \
    -v parent="$parent_cpu" -v total="$total_cpu" -v cores="$(nproc)" 'BEGIN {
  printf "corpus                 %d documents, %d pages (best of %d runs)\n", d, p, n
  printf "--jobs 1               %.2f s  (%.0f pages/s), peak RSS %.1f MiB\n", w1, p / w1, m1 / 1024
  printf "--jobs 2               %.2f s  (%.0f pages/s), peak RSS %.1f MiB\n", w2, p / w2, m2 / 1024
  printf "speed-up               %.2fx\n", w1 / w2
  printf "same database          %s (canonical dump, --jobs 1 vs --jobs 2)\n", same
  printf "re-run, unchanged      %.2f s = %.1f %% of the first run (--jobs 2)\n", r, 100 * r / w2
  if (parent < 0 || total < 0) {
    printf "CPU split              not measured (needs perf)\n"
  } else {
    workers = total - parent
    # --jobs 1 runs the parent beside its one worker: at best max(W, P).
    # --jobs 2 at best max(W / 2, P, (W + P) / cores).
    one = workers > parent ? workers : parent
    two = workers / 2 > parent ? workers / 2 : parent
    if ((workers + parent) / cores > two) two = (workers + parent) / cores
    bound = one / two
    printf "CPU split (--jobs 2)   parent %.2f s, workers %.2f s; on %d cores --jobs 2 can be at most %.2fx faster\n", parent, workers, cores, bound
  }
}'
[ "$identical" = yes ]
