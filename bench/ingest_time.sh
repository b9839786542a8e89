#!/usr/bin/env bash
# Whole-ingest timing: runs `afstem ingest` of a folder into a fresh
# database ROUNDS times for each given binary and prints the median wall
# time, so two builds (e.g. before and after a change) can be compared.
# Usage: bench/ingest_time.sh [-r ROUNDS] FOLDER AFSTEM_BINARY...
set -euo pipefail
rounds=15
if [ "${1:-}" = "-r" ]; then rounds=$2; shift 2; fi
folder=$1; shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for binary in "$@"; do
  times=()
  for _ in $(seq "$rounds"); do
    rm -f "$work"/db.sqlite*
    start=$(date +%s%N)
    "$binary" ingest --db "$work/db.sqlite" "$folder" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (rounds + 1) / 2 ))p")
  awk -v b="$binary" -v m="$median" -v r="$rounds" 'BEGIN { printf "%-40s median %6.1f ms over %d runs\n", b, m / 1000, r }'
done
