-- Schema version 9: words read by OCR from scanned pages
-- (ingest/extract/ocr_pages.h). Pages say where their words come from;
-- OCR words keep their boxes and Tesseract's confidence in ocr_words;
-- initiatives and allocations read from OCR words have origin 'ocr'.

-- Pages stored before version 9 had no OCR: words are the text layer's,
-- and a page without words has none.
ALTER TABLE pages ADD COLUMN text_source TEXT NOT NULL DEFAULT 'pdf'
  CHECK (text_source IN ('pdf', 'ocr', 'none'));
UPDATE pages SET text_source = 'none' WHERE word_count = 0;
-- Clockwise turn from the displayed page to the upright scan that OCR read;
-- OCR words' boxes (and width_pt, height_pt) are in that upright frame.
ALTER TABLE pages ADD COLUMN ocr_rotation INTEGER NOT NULL DEFAULT 0
  CHECK (ocr_rotation IN (0, 90, 180, 270));

CREATE TABLE ocr_words (
  id             INTEGER PRIMARY KEY,
  document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  page           INTEGER NOT NULL,
  ordinal        INTEGER NOT NULL,          -- index in the page's words, from 1
  text           TEXT    NOT NULL,
  x0             REAL    NOT NULL,
  y0             REAL    NOT NULL,
  x1             REAL    NOT NULL,
  y1             REAL    NOT NULL,
  confidence     REAL    NOT NULL CHECK (confidence BETWEEN 0 AND 100),  -- Tesseract's
  low_confidence INTEGER NOT NULL CHECK (low_confidence IN (0, 1)),      -- below 60: check it
  UNIQUE (document_id, page, ordinal),
  FOREIGN KEY (document_id, page) REFERENCES pages(document_id, page_number)
    ON DELETE CASCADE
);
CREATE INDEX ocr_words_uncertain ON ocr_words(document_id, page) WHERE low_confidence = 1;

-- origin gains 'ocr'. SQLite cannot alter a CHECK constraint, so both tables
-- are rebuilt (SQLite's documented procedure: the runner has foreign keys
-- off and runs foreign_key_check before committing). legacy_alter_table
-- keeps the views, which name these tables, as they are through the rename.
PRAGMA legacy_alter_table = ON;

CREATE TABLE initiatives_v9 (
  id             INTEGER PRIMARY KEY,
  document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal        TEXT,                      -- "12"; NULL if unnumbered
  title          TEXT    NOT NULL,          -- normalized
  funding_source TEXT,
  funding_url    TEXT,
  page           INTEGER,
  x0             REAL,
  y0             REAL,
  x1             REAL,
  y1             REAL,
  origin         TEXT    NOT NULL CHECK (origin IN ('table', 'text', 'ocr')),
  table_id       INTEGER REFERENCES tables(id) ON DELETE CASCADE,
  table_row      INTEGER,                   -- table_cells.row of its row
  committee      TEXT                       -- "KFU" from "(KFU)"
);
INSERT INTO initiatives_v9
  SELECT id, document_id, ordinal, title, funding_source, funding_url, page, x0, y0, x1, y1,
         origin, table_id, table_row, committee
  FROM initiatives;
DROP TABLE initiatives;
ALTER TABLE initiatives_v9 RENAME TO initiatives;
CREATE INDEX initiatives_by_document ON initiatives(document_id);

CREATE TABLE allocations_v9 (
  id            INTEGER PRIMARY KEY,
  initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
  year          INTEGER NOT NULL,
  amount_dkk    INTEGER NOT NULL,           -- whole kroner
  category      TEXT,                       -- servicemidler, indsatsmidler, …; NULL
  origin        TEXT    NOT NULL CHECK (origin IN ('table', 'text', 'ocr')),
  page          INTEGER,
  x0            REAL,
  y0            REAL,
  x1            REAL,
  y1            REAL,
  unit          TEXT    NOT NULL,           -- the unit the amount was printed in
  unit_source   TEXT    NOT NULL CHECK (unit_source IN ('stated', 'inferred')),
  year_source   TEXT    NOT NULL DEFAULT 'stated' CHECK (year_source IN ('stated', 'inferred')),
  precision_dkk REAL    NOT NULL DEFAULT 0,  -- amount_dkk ± this
  round_figure  INTEGER NOT NULL DEFAULT 0 CHECK (round_figure IN (0, 1))
);
INSERT INTO allocations_v9
  SELECT id, initiative_id, year, amount_dkk, category, origin, page, x0, y0, x1, y1,
         unit, unit_source, year_source, precision_dkk, round_figure
  FROM allocations;
DROP TABLE allocations;
ALTER TABLE allocations_v9 RENAME TO allocations;
CREATE INDEX allocations_by_initiative ON allocations(initiative_id);

PRAGMA legacy_alter_table = OFF;
