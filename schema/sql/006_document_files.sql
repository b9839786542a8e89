-- Schema version 6: every path a document was seen under. The same bytes
-- under a second name (a copy in another folder) are one document with two
-- rows here; documents.path stays the path it was first imported from.

CREATE TABLE document_files (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  path        TEXT    NOT NULL,             -- as given or found on the command line
  file_name   TEXT    NOT NULL,             -- its last component
  PRIMARY KEY (document_id, path)
);

INSERT INTO document_files (document_id, path, file_name)
  SELECT id, path, file_name FROM documents;
