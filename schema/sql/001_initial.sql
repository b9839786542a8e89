-- Schema version 1: documents, their pages with word geometry, and links.
-- Columns named in PRODUCT.md's contract are never renamed or dropped.
-- Geometry: PDF points, origin top-left of the displayed crop box.

CREATE TABLE documents (
  id             INTEGER PRIMARY KEY,
  sha256         TEXT    NOT NULL UNIQUE,   -- lowercase hex of the file bytes
  file_name      TEXT    NOT NULL,          -- last path component
  path           TEXT    NOT NULL,          -- path as given when imported
  file_size      INTEGER NOT NULL,          -- bytes
  title          TEXT,                      -- PDF info /Title
  author         TEXT,
  subject        TEXT,
  keywords       TEXT,
  creator        TEXT,
  producer       TEXT,
  created_at     TEXT,                      -- ISO 8601 UTC, from /CreationDate
  modified_at    TEXT,                      -- ISO 8601 UTC, from /ModDate
  pdf_version    TEXT,
  page_count     INTEGER,                   -- NULL when the file could not be opened
  status         TEXT    NOT NULL CHECK (status IN ('ok', 'failed')),
  error          TEXT,                      -- reason when status = 'failed'
  diagnostics    TEXT,                      -- PDF library warnings, one per line
  imported_at    TEXT    NOT NULL,          -- ISO 8601 UTC
  afstem_version TEXT    NOT NULL,
  CHECK ((status = 'failed') = (error IS NOT NULL))
);

CREATE TABLE pages (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  page_number INTEGER NOT NULL CHECK (page_number >= 1),
  width_pt    REAL    NOT NULL,
  height_pt   REAL    NOT NULL,
  rotation    INTEGER NOT NULL CHECK (rotation IN (0, 90, 180, 270)),
  word_count  INTEGER NOT NULL,
  raw_text    TEXT    NOT NULL,             -- words in reading order
  text        TEXT    NOT NULL,             -- cleaned text
  words       BLOB    NOT NULL,             -- AFW1 word blob (docs/schema.md)
  UNIQUE (document_id, page_number)
);

CREATE TABLE links (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  page        INTEGER NOT NULL,
  x0          REAL    NOT NULL,
  y0          REAL    NOT NULL,
  x1          REAL    NOT NULL,
  y1          REAL    NOT NULL,
  uri         TEXT    NOT NULL,
  FOREIGN KEY (document_id, page) REFERENCES pages(document_id, page_number)
    ON DELETE CASCADE
);
CREATE INDEX links_by_page ON links(document_id, page);
