#!/usr/bin/env bash
# Writes a generated corpus of N distinct, valid PDFs for batch-import tests
# and benchmarks: DIR/corpus_0001.pdf ... (see fixtures/README.md, "Generated
# corpus"). Builds nothing: it runs the fixture generator that `make build`
# made. The corpus is never committed; write it to a temporary or build
# directory.
#
#   scripts/make-corpus.sh N DIR        e.g. scripts/make-corpus.sh 200 /tmp/corpus
set -euo pipefail
if (($# != 2)); then
  echo "usage: scripts/make-corpus.sh N DIR" >&2
  exit 2
fi
generator="$(cd "$(dirname "$0")/.." && pwd)/build/fixtures/afstem-fixturegen"
if [[ ! -x $generator ]]; then
  echo "make-corpus.sh: $generator is missing; run make build first" >&2
  exit 1
fi
exec "$generator" --corpus "$1" "$2"
