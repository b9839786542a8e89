#!/usr/bin/env bash
# Derives the bad-input and variant fixtures from a committed good fixture:
#   fixtures/bad/       files that must fail with a clear reason
#   fixtures/variants/  good files in unusual shapes (rotation, permissions)
# The outputs are committed; rerun only to change them (qpdf encryption uses
# random salts, so encrypted outputs differ byte-wise on every run).
set -euo pipefail
cd "$(dirname "$0")/.."
source_pdf=fixtures/pdf/notat_racisme_2025_libreoffice.pdf
bad=fixtures/bad
variants=fixtures/variants
mkdir -p "$bad" "$variants"

# A text file with a .pdf name (as web portals sometimes serve error pages).
printf 'Dagsorden: Beskæftigelses- og Integrationsudvalget\nMødet er aflyst.\n' \
  > "$bad/not_a_pdf.pdf"
: > "$bad/empty.pdf"
# An interrupted download: the first half of the file.
size=$(stat -c %s "$source_pdf")
head -c $((size / 2)) "$source_pdf" > "$bad/truncated.pdf"
# Needs a user password to open at all.
qpdf --encrypt bruger ejer 256 -- "$source_pdf" "$bad/encrypted_user_password.pdf"

# Opens without a password; only permissions are restricted.
qpdf --encrypt "" ejer 256 --modify=none -- "$source_pdf" "$variants/owner_password_only.pdf"
# A broken cross-reference offset (as after a careless edit): readers must
# rebuild the xref table, and their complaints become diagnostics.
sed '/^startxref$/{n; s/^[0-9]*$/12345/}' \
  fixtures/pdf/notat_racisme_2025.pdf > "$variants/damaged_xref.pdf"
# Every page turned 90 degrees clockwise with /Rotate.
qpdf --rotate=+90 --deterministic-id "$source_pdf" "$variants/rotated_90.pdf"
