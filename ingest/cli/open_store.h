// Opens the document store for the command line: the SQLite store
// (schema/store/document_store.h) given what needs ICU, the text order (ICU's
// Danish order: æ, ø, å after z) that the store uses wherever it sorts text
// for people, e.g. documents by file name.

#ifndef AFSTEM_INGEST_CLI_OPEN_STORE_H_
#define AFSTEM_INGEST_CLI_OPEN_STORE_H_
#include <memory>
#include <string>

#include "schema/store/document_store.h"
#include "schema/model/status.h"

namespace afstem {

// Opens (creating and migrating) the database at `path` with ICU's Danish
// order as its text order.
Result<std::unique_ptr<DocumentStore>> OpenDocumentStore(const std::string& path);

// For commands that read what `afstem ingest` wrote: as OpenDocumentStore,
// but a missing file is an error (kNotFound, "PATH: no database here (import
// PDFs with afstem ingest first)") rather than a new empty database.
Result<std::unique_ptr<DocumentStore>> OpenExistingDocumentStore(const std::string& path);

}  // namespace afstem

#endif  // AFSTEM_INGEST_CLI_OPEN_STORE_H_
