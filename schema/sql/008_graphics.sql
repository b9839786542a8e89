-- Schema version 8: what is drawn on each page besides text (rules,
-- rectangles, list markers, image boxes: ingest/extract/graphics_classify.h)
-- and what each page is (text, scanned, mixed, blank, figure:
-- ingest/extract/page_kind.h). Geometry as everywhere: PDF points, origin
-- top-left of the displayed crop box.

-- Pages stored before version 8 were never classified: a page without words
-- is taken as a scan (what the no_text_layer warning assumed then), any
-- other as text.
ALTER TABLE pages ADD COLUMN kind TEXT NOT NULL DEFAULT 'text'
  CHECK (kind IN ('text', 'scanned', 'mixed', 'blank', 'figure'));
UPDATE pages SET kind = 'scanned' WHERE word_count = 0;

CREATE TABLE page_graphics (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  page        INTEGER NOT NULL,
  ordinal     INTEGER NOT NULL,             -- painting order on the page, from 1
  kind        TEXT    NOT NULL CHECK (kind IN ('rule', 'rectangle', 'marker', 'image', 'shape')),
  x0          REAL    NOT NULL,
  y0          REAL    NOT NULL,
  x1          REAL    NOT NULL,
  y1          REAL    NOT NULL,
  thickness   REAL    NOT NULL,             -- line width in points; 0 for fills and images
  filled      INTEGER NOT NULL CHECK (filled IN (0, 1)),
  UNIQUE (document_id, page, ordinal),
  FOREIGN KEY (document_id, page) REFERENCES pages(document_id, page_number)
    ON DELETE CASCADE
);
CREATE INDEX page_graphics_by_kind ON page_graphics(document_id, kind);
