-- Schema version 4: money written in sentences. Initiatives and allocations
-- may now come from prose (origin 'text'); group and document totals name
-- their parts; every amount found in the body text is kept with its role.

ALTER TABLE initiatives ADD COLUMN committee TEXT;   -- "KFU" from "(KFU)"
ALTER TABLE allocations ADD COLUMN year_source TEXT NOT NULL DEFAULT 'stated'
  CHECK (year_source IN ('stated', 'inferred'));

CREATE TABLE stated_total_parts (
  stated_total_id INTEGER NOT NULL REFERENCES stated_totals(id) ON DELETE CASCADE,
  initiative_id   INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
  PRIMARY KEY (stated_total_id, initiative_id)
);

CREATE TABLE prose_amounts (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  page        INTEGER NOT NULL,
  x0          REAL    NOT NULL,             -- the block it stands in
  y0          REAL    NOT NULL,
  x1          REAL    NOT NULL,
  y1          REAL    NOT NULL,
  text        TEXT    NOT NULL,             -- as written: "2,8 mio. kr."
  sentence    TEXT    NOT NULL,
  amount_dkk  INTEGER NOT NULL,
  unit        TEXT    NOT NULL,
  implausible INTEGER NOT NULL CHECK (implausible IN (0, 1)),
  role        TEXT    NOT NULL CHECK (role IN ('allocation', 'group_total',
                                               'document_total', 'mention'))
);
CREATE INDEX prose_amounts_by_document ON prose_amounts(document_id);
