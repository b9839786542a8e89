-- Schema version 5: reconciliation. Findings (totals that do not add up,
-- sums that could not be completed, units to confirm), the precision each
-- amount was printed with, and the table structure the checks read back:
-- column roles and row kinds (item, total, "heraf" subset).

ALTER TABLE allocations ADD COLUMN precision_dkk REAL NOT NULL DEFAULT 0;  -- amount_dkk ± this
ALTER TABLE allocations ADD COLUMN round_figure INTEGER NOT NULL DEFAULT 0
  CHECK (round_figure IN (0, 1));                                          -- "3 mio.": exact or rounded
ALTER TABLE stated_totals ADD COLUMN precision_dkk REAL NOT NULL DEFAULT 0;
ALTER TABLE stated_totals ADD COLUMN round_figure INTEGER NOT NULL DEFAULT 0
  CHECK (round_figure IN (0, 1));
ALTER TABLE stated_totals ADD COLUMN table_column INTEGER;                 -- table_cells.column of a table total

CREATE TABLE table_columns (
  table_id INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
  column   INTEGER NOT NULL,               -- table_cells.column, from 1
  header   TEXT    NOT NULL,               -- normalized header text
  role     TEXT    NOT NULL CHECK (role IN ('label', 'year', 'row_total', 'funding', 'other')),
  year     INTEGER,                        -- for role 'year'
  PRIMARY KEY (table_id, column)
);

CREATE TABLE table_rows (
  table_id INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
  row      INTEGER NOT NULL,               -- table_cells.row, from 1
  kind     TEXT    NOT NULL CHECK (kind IN ('item', 'total', 'subset')),
  PRIMARY KEY (table_id, row)
);

CREATE TABLE findings (
  id              INTEGER PRIMARY KEY,
  document_id     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  rule            TEXT    NOT NULL,        -- table_column_sum, group_sum, unit_inferred, …
  severity        TEXT    NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  year            INTEGER,
  stated_dkk      INTEGER,                 -- the stated total (or the amount flagged)
  computed_dkk    INTEGER,                 -- the sum of its readable parts
  difference_dkk  INTEGER,                 -- stated_dkk - computed_dkk
  tolerance_dkk   REAL,                    -- |difference| the printed precision allows
  label           TEXT    NOT NULL,        -- where, for people: table, row, year; a group
  message         TEXT    NOT NULL,
  page            INTEGER,                 -- where the stated total is printed
  x0              REAL,
  y0              REAL,
  x1              REAL,
  y1              REAL,
  table_id        INTEGER REFERENCES tables(id) ON DELETE CASCADE,
  table_row       INTEGER,                 -- table_cells.row
  table_column    INTEGER,                 -- table_cells.column
  stated_total_id INTEGER REFERENCES stated_totals(id) ON DELETE CASCADE,
  parts           TEXT    NOT NULL,        -- JSON: [{label, amount_dkk, text, precision_dkk, page, box}]
  parameters      TEXT    NOT NULL         -- JSON object: the rule's parameters
);
CREATE INDEX findings_by_document ON findings(document_id);
