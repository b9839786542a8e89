-- Schema version 3: tables rebuilt from word boxes, and the money they
-- carry: initiatives, allocations and stated totals (the contract tables).

CREATE TABLE tables (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal     INTEGER NOT NULL,             -- table number in the document, from 1
  first_page  INTEGER NOT NULL,
  last_page   INTEGER NOT NULL,
  x0          REAL    NOT NULL,             -- box on the first page
  y0          REAL    NOT NULL,
  x1          REAL    NOT NULL,
  y1          REAL    NOT NULL,
  column_count INTEGER NOT NULL,
  row_count   INTEGER NOT NULL,             -- rows below the header, totals included
  header      TEXT    NOT NULL,             -- JSON array of the header cells' texts
  caption     TEXT,                         -- the lines just above the header
  unit        TEXT    NOT NULL,             -- "kr.", "1.000 kr.", "mio. kr.", "mia. kr."
  unit_dkk    INTEGER NOT NULL,             -- kroner per printed unit
  unit_source TEXT    NOT NULL CHECK (unit_source IN ('stated', 'inferred')),
  unit_note   TEXT    NOT NULL,             -- where the unit was read, or why inferred
  UNIQUE (document_id, ordinal)
);

CREATE TABLE table_cells (
  id        INTEGER PRIMARY KEY,
  table_id  INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
  row       INTEGER NOT NULL,               -- 0 = header row, then 1, 2, …
  column    INTEGER NOT NULL,               -- from 1
  page      INTEGER,                        -- NULL for an empty cell
  x0        REAL,
  y0        REAL,
  x1        REAL,
  y1        REAL,
  text      TEXT    NOT NULL,               -- normalized; '' for an empty cell
  value     REAL,                           -- parsed number in the table's unit
  problem   TEXT,                           -- why a number cell did not parse
  UNIQUE (table_id, row, column)
);

CREATE TABLE initiatives (
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
  origin         TEXT    NOT NULL CHECK (origin IN ('table', 'text')),
  table_id       INTEGER REFERENCES tables(id) ON DELETE CASCADE,
  table_row      INTEGER                    -- table_cells.row of its row
);
CREATE INDEX initiatives_by_document ON initiatives(document_id);

CREATE TABLE allocations (
  id            INTEGER PRIMARY KEY,
  initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
  year          INTEGER NOT NULL,
  amount_dkk    INTEGER NOT NULL,           -- whole kroner
  category      TEXT,                       -- servicemidler, indsatsmidler, …; NULL
  origin        TEXT    NOT NULL CHECK (origin IN ('table', 'text')),
  page          INTEGER,
  x0            REAL,
  y0            REAL,
  x1            REAL,
  y1            REAL,
  unit          TEXT    NOT NULL,           -- the unit the amount was printed in
  unit_source   TEXT    NOT NULL CHECK (unit_source IN ('stated', 'inferred'))
);
CREATE INDEX allocations_by_initiative ON allocations(initiative_id);

CREATE TABLE stated_totals (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  scope       TEXT    NOT NULL CHECK (scope IN ('table_column', 'table_row', 'group', 'document')),
  label       TEXT    NOT NULL,             -- "Samlet", or the row's label
  year        INTEGER,                      -- NULL for a row total
  amount_dkk  INTEGER NOT NULL,
  page        INTEGER,
  x0          REAL,
  y0          REAL,
  x1          REAL,
  y1          REAL,
  table_id    INTEGER REFERENCES tables(id) ON DELETE CASCADE,
  table_row   INTEGER
);
CREATE INDEX stated_totals_by_document ON stated_totals(document_id);
