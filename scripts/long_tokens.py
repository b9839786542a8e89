#!/usr/bin/env python3
# Counts long tokens (whitespace-separated strings of 24 or more Unicode
# characters) in one document as afstem stored it and as pdftotext reads it:
# a glued-words check for extraction (issue 14). Many more long tokens than
# pdftotext gives means words were run together.
#
#   scripts/long_tokens.py DB FILE.pdf [--min 24] [--show N]
#
# Our counts come from pages.raw_text (words in reading order, as extracted)
# and pages.text (after normalization, which joins line-end hyphenations);
# pdftotext's from its plain reading-order mode, per page (form feeds split
# pages), over the same pages. Plain rather than -layout: -layout pads
# columns with spaces and so can only split more, never join, while plain
# mode reads like our raw_text. Both pdftotext modes are printed.

import argparse
import os
import sqlite3
import subprocess
import sys


def long_tokens(text, minimum):
    return [token for token in text.split() if len(token) >= minimum]


def pdftotext_pages(pdf, layout):
    command = ["pdftotext", "-enc", "UTF-8"]
    if layout:
        command.append("-layout")
    command += [pdf, "-"]
    output = subprocess.run(command, check=True, capture_output=True).stdout
    return output.decode("utf-8", errors="replace").split("\f")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db")
    parser.add_argument("pdf")
    parser.add_argument("--min", type=int, default=24)
    parser.add_argument("--show", type=int, default=0,
                        help="also print the N most frequent of our raw long tokens")
    args = parser.parse_args()

    db = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    rows = db.execute(
        "SELECT p.page_number, p.raw_text, p.text FROM pages p "
        "JOIN documents d ON d.id = p.document_id WHERE d.file_name = ? "
        "ORDER BY p.page_number", (os.path.basename(args.pdf),)).fetchall()
    if not rows:
        sys.exit(f"long_tokens: {os.path.basename(args.pdf)} is not in {args.db}")
    numbers = [number for number, _, _ in rows]

    raw = [t for _, text, _ in rows for t in long_tokens(text, args.min)]
    clean = [t for _, _, text in rows for t in long_tokens(text, args.min)]
    print(f"pages                    {len(numbers)}")
    print(f"afstem raw_text          {len(raw)}")
    print(f"afstem text              {len(clean)}")
    for layout in (False, True):
        pages = pdftotext_pages(args.pdf, layout)
        count = sum(len(long_tokens(pages[n - 1], args.min))
                    for n in numbers if n - 1 < len(pages))
        name = "pdftotext -layout" if layout else "pdftotext (plain)"
        print(f"{name:<24} {count}")
    if args.show:
        counts = {}
        for token in raw:
            counts[token] = counts.get(token, 0) + 1
        for token, n in sorted(counts.items(), key=lambda kv: -kv[1])[:args.show]:
            print(f"  {n:4d}  {token}")


if __name__ == "__main__":
    main()
