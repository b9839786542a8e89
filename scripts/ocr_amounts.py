#!/usr/bin/env python3
"""How well OCR read the figures of scanned documents (issue 14's measure).

For every truth file in REALDOCS whose document has OCR pages in DB
(pages.text_source = 'ocr'), counts the amounts of the truth (table cells and
stated totals, zeros left out) that appear among the document's OCR words
(ocr_words) with the right digits: a word read as a Danish number
("-48.934,50", "39.000,00", "1.005,05") rounded half away from zero to whole
kroner, compared by absolute value. Each printed occurrence of a word is used
once (multiset), so an amount printed once cannot match two truth entries.
Also tells whether the truth's title_contains text is in page 1's text
(pages.text: the OCR words laid out and normalized, look-alike misreadings
repaired from the dictionary; ocr_words keep what Tesseract read).

  python3 scripts/ocr_amounts.py afstem.sqlite ../shared/realdocs

Prints one line per document and the total share; exits 1 when a document
has no OCR pages in DB.
"""
import collections
import decimal
import json
import pathlib
import re
import sqlite3
import sys

NUMBER = re.compile(r"^[-−÷(]?\d{1,3}(?:\.\d{3})*(?:,\d+)?\)?$|^[-−÷(]?\d+(?:,\d+)?\)?$")


def kroner(token):
    """A whole-kroner absolute value of a Danish number token, or None."""
    text = token.strip().rstrip(".:;|!").lstrip("|")
    if not NUMBER.match(text):
        return None
    digits = text.strip("-−÷()").replace(".", "").replace(",", ".")
    value = decimal.Decimal(digits)
    return int(value.quantize(decimal.Decimal(1), rounding=decimal.ROUND_HALF_UP))


def truth_amounts(truth):
    amounts = []
    for row in truth.get("table_initiatives", []):
        amounts.extend(row.get("allocations", {}).values())
    for row in truth.get("text_initiatives", []):
        amounts.extend(row.get("allocations", {}).values())
    amounts.extend(total["amount_dkk"] for total in truth.get("stated_totals", []))
    return [abs(int(a)) for a in amounts if a]


def normalized(text):
    return " ".join(text.lower().split())


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        print("usage: ocr_amounts.py DB REALDOCS", file=sys.stderr)
        return 2
    db = sqlite3.connect(sys.argv[1])
    found_all = total_all = 0
    missing_ocr = False
    for truth_path in sorted(pathlib.Path(sys.argv[2]).glob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        row = db.execute("SELECT id FROM documents WHERE file_name = ? ORDER BY id DESC LIMIT 1",
                         (truth["file"],)).fetchone()
        if row is None:
            continue
        document_id = row[0]
        ocr_pages = db.execute("SELECT count(*) FROM pages WHERE document_id = ? AND text_source = 'ocr'",
                               (document_id,)).fetchone()[0]
        scanned = db.execute("SELECT count(*) FROM pages WHERE document_id = ? AND kind = 'scanned'",
                             (document_id,)).fetchone()[0]
        if scanned == 0:
            continue
        if ocr_pages == 0:
            print(f"{truth['file']}: {scanned} scanned pages, none read by OCR")
            missing_ocr = True
            continue
        words = [w for (w,) in db.execute("SELECT text FROM ocr_words WHERE document_id = ? ORDER BY page, ordinal",
                                          (document_id,))]
        available = collections.Counter(v for v in map(kroner, words) if v is not None)
        wanted = truth_amounts(truth)
        found = 0
        missed = []
        for amount in wanted:
            if available[amount] > 0:
                available[amount] -= 1
                found += 1
            else:
                missed.append(amount)
        page1 = normalized(db.execute("SELECT text FROM pages WHERE document_id = ? AND page_number = 1",
                                      (document_id,)).fetchone()[0])
        title = truth.get("title_contains") or ""
        title_read = bool(title) and normalized(title) in page1
        share = found / len(wanted) if wanted else 1.0
        print(f"{truth['file']}: {found}/{len(wanted)} amounts read ({share:.1%}), "
              f"title {'read' if title_read else 'NOT read'} ({title!r}); {ocr_pages} OCR pages"
              + (f"; missed {missed}" if missed else ""))
        found_all += found
        total_all += len(wanted)
    if total_all:
        print(f"all: {found_all}/{total_all} amounts read ({found_all / total_all:.1%})")
    return 1 if missing_ocr else 0


if __name__ == "__main__":
    sys.exit(main())
