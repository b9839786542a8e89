#!/usr/bin/env bash
# Derives the bad-input and variant fixtures, mostly from a committed good
# fixture:
#   fixtures/bad/       files that must fail with a clear reason
#   fixtures/variants/  good files in unusual shapes (rotation, permissions,
#                       no text layer)
# The outputs are committed; rerun only to change them (qpdf encryption uses
# random salts, so encrypted outputs differ byte-wise on every run).
#
#   scripts/make-variant-fixtures.sh [NAME...]
#
# With no NAME it rewrites every file below; with names (e.g. zero_pages.pdf
# image_only.pdf) only those, so the others keep their committed bytes.
# image_only.pdf comes from the fixture generator: run `make build` first.
set -euo pipefail
export LC_ALL=C  # byte lengths below are lengths of ASCII strings
cd "$(dirname "$0")/.."
source_pdf=fixtures/pdf/notat_racisme_2025_libreoffice.pdf
generator=build/fixtures/afstem-fixturegen
bad=fixtures/bad
variants=fixtures/variants

known=(not_a_pdf.pdf empty.pdf truncated.pdf encrypted_user_password.pdf zero_pages.pdf
       owner_password_only.pdf damaged_xref.pdf rotated_90.pdf image_only.pdf)
for name in "$@"; do
  if [[ " ${known[*]} " != *" $name "* ]]; then
    echo "make-variant-fixtures.sh: unknown fixture '$name' (known: ${known[*]})" >&2
    exit 2
  fi
done
requested=("$@")
# Whether to write fixture $1: all without arguments, else the named ones.
want() {
  ((${#requested[@]} == 0)) || [[ " ${requested[*]} " == *" $1 "* ]]
}
mkdir -p "$bad" "$variants"

# A text file with a .pdf name (as web portals sometimes serve error pages).
if want not_a_pdf.pdf; then
  printf 'Dagsorden: Beskæftigelses- og Integrationsudvalget\nMødet er aflyst.\n' \
    > "$bad/not_a_pdf.pdf"
fi
if want empty.pdf; then
  : > "$bad/empty.pdf"
fi
# An interrupted download: the first half of the file.
if want truncated.pdf; then
  size=$(stat -c %s "$source_pdf")
  head -c $((size / 2)) "$source_pdf" > "$bad/truncated.pdf"
fi
# Needs a user password to open at all.
if want encrypted_user_password.pdf; then
  qpdf --encrypt bruger ejer 256 -- "$source_pdf" "$bad/encrypted_user_password.pdf"
fi
# A well-formed PDF without a single page, as a report writer emits for an
# empty export: the catalog's page tree is /Type /Pages /Kids [] /Count 0.
# Written by hand with a correct xref table, then rewritten by qpdf
# (deterministic /ID). pdfinfo refuses it ("Invalid page count 0"); afstem
# must fail it with the reason "PDF has no pages".
if want zero_pages.pdf; then
  objects=("<< /Type /Catalog /Pages 2 0 R >>"
           "<< /Type /Pages /Kids [] /Count 0 >>")
  pdf=$'%PDF-1.4\n'
  offsets=()
  for i in "${!objects[@]}"; do
    offsets+=("${#pdf}")
    pdf+="$((i + 1)) 0 obj"$'\n'"${objects[i]}"$'\nendobj\n'
  done
  xref=${#pdf}
  pdf+="xref"$'\n'"0 $((${#objects[@]} + 1))"$'\n'"0000000000 65535 f "$'\n'
  for offset in "${offsets[@]}"; do
    printf -v entry '%010d 00000 n \n' "$offset"
    pdf+=$entry
  done
  pdf+="trailer"$'\n'"<< /Size $((${#objects[@]} + 1)) /Root 1 0 R >>"$'\n'
  pdf+="startxref"$'\n'"$xref"$'\n''%%EOF'$'\n'
  handwritten=$(mktemp)
  trap 'rm -f "$handwritten"' EXIT
  printf '%s' "$pdf" > "$handwritten"
  qpdf --deterministic-id "$handwritten" "$bad/zero_pages.pdf"
fi

# Opens without a password; only permissions are restricted.
if want owner_password_only.pdf; then
  qpdf --encrypt "" ejer 256 --modify=none -- "$source_pdf" "$variants/owner_password_only.pdf"
fi
# A broken cross-reference offset (as after a careless edit): readers must
# rebuild the xref table, and their complaints become diagnostics.
if want damaged_xref.pdf; then
  sed '/^startxref$/{n; s/^[0-9]*$/12345/}' \
    fixtures/pdf/notat_racisme_2025.pdf > "$variants/damaged_xref.pdf"
fi
# Every page turned 90 degrees clockwise with /Rotate.
if want rotated_90.pdf; then
  qpdf --rotate=+90 --deterministic-id "$source_pdf" "$variants/rotated_90.pdf"
fi
# Two scanned-looking pages with no text layer at all: each page is one
# raster image drawn by cairo (afstem-fixturegen --variants, see
# fixtures/generator/variant_fixtures.h), so a reader finds zero words.
# afstem must load it, warning that each page has no text layer. The
# fixtures_regenerate_identical test checks that it regenerates unchanged.
if want image_only.pdf; then
  if [[ ! -x $generator ]]; then
    echo "make-variant-fixtures.sh: $generator is missing; run make build first" >&2
    exit 1
  fi
  "$generator" --variants "$variants"
fi
