-- Schema version 2: page layout (blocks, lines, footnotes, footnote markers)
-- and full-text search over the normalized page text.
-- pages.text is now the normalized body text; pages.raw_text is unchanged.
-- Documents imported with version 1 get blocks when re-imported (--force).

CREATE TABLE blocks (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  page        INTEGER NOT NULL,
  ordinal     INTEGER NOT NULL,             -- reading order on the page, from 1
  kind        TEXT    NOT NULL CHECK (kind IN ('body', 'heading', 'list_item',
                                               'header', 'footer', 'footnote')),
  label       TEXT,                         -- "•", "1.", "Tema 2:"
  row_group   INTEGER,                      -- cells of one grid row share it; NULL otherwise
  x0          REAL    NOT NULL,
  y0          REAL    NOT NULL,
  x1          REAL    NOT NULL,
  y1          REAL    NOT NULL,
  text        TEXT    NOT NULL,             -- normalized, lines joined
  FOREIGN KEY (document_id, page) REFERENCES pages(document_id, page_number)
    ON DELETE CASCADE,
  UNIQUE (document_id, page, ordinal)
);

CREATE TABLE lines (
  id        INTEGER PRIMARY KEY,
  block_id  INTEGER NOT NULL REFERENCES blocks(id) ON DELETE CASCADE,
  ordinal   INTEGER NOT NULL,               -- top to bottom within the block, from 1
  x0        REAL    NOT NULL,
  y0        REAL    NOT NULL,
  x1        REAL    NOT NULL,
  y1        REAL    NOT NULL,
  font_size REAL    NOT NULL,
  bold      INTEGER NOT NULL CHECK (bold IN (0, 1)),
  word_ids  TEXT    NOT NULL,               -- JSON array of token word-id arrays
  text      TEXT    NOT NULL,               -- the line's tokens, normalized, space-separated
  UNIQUE (block_id, ordinal)
);

CREATE TABLE footnotes (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  page        INTEGER NOT NULL,
  number      INTEGER NOT NULL,
  x0          REAL    NOT NULL,
  y0          REAL    NOT NULL,
  x1          REAL    NOT NULL,
  y1          REAL    NOT NULL,
  word_ids    TEXT    NOT NULL,             -- JSON array of the note's word ids
  text        TEXT    NOT NULL,             -- normalized, number left out
  FOREIGN KEY (document_id, page) REFERENCES pages(document_id, page_number)
    ON DELETE CASCADE
);

CREATE TABLE footnote_markers (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  page        INTEGER NOT NULL,
  number      INTEGER NOT NULL,
  word_id     INTEGER NOT NULL,             -- the marker's word in pages.words
  x0          REAL    NOT NULL,
  y0          REAL    NOT NULL,
  x1          REAL    NOT NULL,
  y1          REAL    NOT NULL,
  FOREIGN KEY (document_id, page) REFERENCES pages(document_id, page_number)
    ON DELETE CASCADE
);

-- blocks(document_id, page, …) and lines(block_id, …) are already indexed
-- by their UNIQUE constraints.
CREATE INDEX footnotes_by_page ON footnotes(document_id, page);
CREATE INDEX footnote_markers_by_page ON footnote_markers(document_id, page);

-- Full-text search over pages.text, kept in sync by triggers. The unicode61
-- tokenizer with remove_diacritics 0 keeps æ, ø, å distinct letters.
CREATE VIRTUAL TABLE pages_fts USING fts5(
  text, content = 'pages', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 0');
CREATE TRIGGER pages_fts_after_insert AFTER INSERT ON pages BEGIN
  INSERT INTO pages_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER pages_fts_after_delete AFTER DELETE ON pages BEGIN
  INSERT INTO pages_fts(pages_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER pages_fts_after_update AFTER UPDATE OF text ON pages BEGIN
  INSERT INTO pages_fts(pages_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO pages_fts(rowid, text) VALUES (new.id, new.text);
END;
INSERT INTO pages_fts(pages_fts) VALUES ('rebuild');
