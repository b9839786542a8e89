// `afstem datasette-metadata [--db FILE]`: writes a Datasette metadata.json
// for the database to stdout, so that
//   datasette afstem.sqlite -m metadata.json
// shows every table, view and column with its description, amounts marked
// as whole kroner, the full-text search on pages configured, and sensible
// default sorting and facets, with no other glue. The descriptions are
// docs/schema.md's (schema_doc.h); only tables and columns that exist in
// the database are named. Returns the exit code.
#ifndef AFSTEM_INGEST_CLI_CLI_METADATA_H_
#define AFSTEM_INGEST_CLI_CLI_METADATA_H_

#include <iosfwd>
#include <string>
#include <vector>

#include "schema/model/status.h"
#include "schema/store/document_store.h"
#include "schema/store/schema_doc.h"

namespace afstem {

// The --help text.
std::string MetadataUsage();

// The metadata JSON for the database of `store`, which Datasette names
// `database_name` (the file name without its extension). Ready-made
// queries come from schema_catalog.h.
Result<std::string> DatasetteMetadata(DocumentStore& store, const std::string& database_name,
                                      const std::vector<DocumentedTable>& documentation);

// `args` are the arguments after "datasette-metadata".
int RunDatasetteMetadata(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace afstem

#endif  // AFSTEM_INGEST_CLI_CLI_METADATA_H_
