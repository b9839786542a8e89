-- Schema version 10: what page 1 says the document is, and its sections
-- (parsers/structure/). documents.title is now the printed title (the PDF
-- /Title only when page 1 prints none and it is no junk); the /Title itself
-- moves to pdf_title. Documents imported before keep their old title and
-- NULL in the new columns until re-imported (--force).

ALTER TABLE documents ADD COLUMN pdf_title TEXT;      -- PDF info /Title
UPDATE documents SET pdf_title = title;
ALTER TABLE documents ADD COLUMN title_source TEXT
  CHECK (title_source IN ('page', 'metadata', 'none'));
ALTER TABLE documents ADD COLUMN kind TEXT;           -- notat, referat, dagsorden, …
ALTER TABLE documents ADD COLUMN document_date TEXT;  -- ISO 8601 date printed on page 1
ALTER TABLE documents ADD COLUMN committee TEXT;      -- "Aarhus Byråd", "Økonomiudvalget"

ALTER TABLE blocks ADD COLUMN list_level INTEGER;  -- a list item's nesting, 1 = outermost; NULL otherwise

CREATE TABLE sections (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  parent_id   INTEGER REFERENCES sections(id) ON DELETE CASCADE,
  ordinal     INTEGER NOT NULL,             -- reading order in the document, from 1
  level       INTEGER NOT NULL CHECK (level >= 1),
  label       TEXT,                         -- numbering as printed: "Punkt 5:", "1.2"
  number      TEXT,                         -- "5", "1.2"; NULL when unnumbered
  title       TEXT    NOT NULL,             -- the heading without its label
  heading     TEXT    NOT NULL,             -- the heading as printed
  generic     INTEGER NOT NULL CHECK (generic IN (0, 1)),  -- Økonomi, Beslutning, …
  page        INTEGER NOT NULL,
  x0          REAL    NOT NULL,
  y0          REAL    NOT NULL,
  x1          REAL    NOT NULL,
  y1          REAL    NOT NULL,
  UNIQUE (document_id, ordinal)
);
CREATE INDEX sections_by_parent ON sections(parent_id);

ALTER TABLE initiatives ADD COLUMN section_id INTEGER REFERENCES sections(id) ON DELETE SET NULL;
CREATE INDEX initiatives_by_section ON initiatives(section_id);

-- The overview names what each document is and when (columns appended, so
-- readers of the old columns are unaffected).
DROP VIEW document_overview;
CREATE VIEW document_overview AS
SELECT
  d.id                 AS document_id,
  d.file_name          AS file_name,
  d.title              AS title,
  d.status             AS status,
  d.error              AS error,
  d.page_count         AS page_count,
  (SELECT COUNT(*) FROM initiatives AS i WHERE i.document_id = d.id) AS initiatives,
  (SELECT COUNT(*) FROM allocations AS a JOIN initiatives AS i ON i.id = a.initiative_id
     WHERE i.document_id = d.id) AS allocations,
  (SELECT SUM(a.amount_dkk) FROM allocations AS a JOIN initiatives AS i ON i.id = a.initiative_id
     WHERE i.document_id = d.id) AS allocated_dkk,
  (SELECT MIN(a.year) FROM allocations AS a JOIN initiatives AS i ON i.id = a.initiative_id
     WHERE i.document_id = d.id) AS first_year,
  (SELECT MAX(a.year) FROM allocations AS a JOIN initiatives AS i ON i.id = a.initiative_id
     WHERE i.document_id = d.id) AS last_year,
  (SELECT COUNT(*) FROM stated_totals AS s WHERE s.document_id = d.id) AS stated_totals,
  (SELECT COUNT(*) FROM findings AS f WHERE f.document_id = d.id AND f.severity = 'error') AS errors,
  (SELECT COUNT(*) FROM findings AS f WHERE f.document_id = d.id AND f.severity = 'warning') AS warnings,
  (SELECT COUNT(*) FROM findings AS f WHERE f.document_id = d.id AND f.severity = 'info') AS infos,
  d.path               AS path,
  d.imported_at        AS imported_at,
  d.kind               AS kind,
  d.document_date      AS document_date,
  d.committee          AS committee
FROM documents AS d;
