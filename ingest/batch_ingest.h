// The batch driver: runs each input file through the pipeline
// (read -> hash -> extract -> page text -> load) and reports per file.
// A bad file costs only itself: its failure is recorded and the batch goes
// on. Only an environment failure (the database cannot be written) stops it.
#ifndef AFSTEM_INGEST_BATCH_INGEST_H_
#define AFSTEM_INGEST_BATCH_INGEST_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "ingest/input_files.h"
#include "ingest/normalize.h"
#include "ingest/poppler_reader.h"
#include "parsers/layout_rules.h"
#include "parsers/prose_rules.h"
#include "parsers/table_rules.h"
#include "schema/document_store.h"
#include "schema/status.h"

namespace afstem {

struct IngestOptions {
  bool force = false;  // re-import documents that are already loaded
  PopplerOptions poppler;
};

enum class FileOutcome {
  kLoaded,     // new document written
  kReplaced,   // existing document re-imported (--force, or it had failed)
  kUnchanged,  // same bytes already imported; nothing written
  kFailed,     // could not be read or extracted; reason in `detail`
};

struct FileReport {
  std::string path;
  FileOutcome outcome = FileOutcome::kFailed;
  std::string detail;            // failure reason, or where it was imported
  std::int64_t document_id = 0;  // 0 when no row exists for the file
  std::int64_t pages = 0, words = 0, links = 0;  // what this run wrote
  FindingCounts findings;  // the document's findings (also when unchanged)
};

struct IngestSummary {
  int loaded = 0, replaced = 0, unchanged = 0, failed = 0;
  std::int64_t pages = 0, words = 0, links = 0;  // written in this run
  FindingCounts findings;  // of every document named in this run
  std::vector<FileReport> failures;              // in processing order
};

// What the stages after extraction need, built once per batch: the compiled
// layout rules and the normalizer with its dictionary.
struct PipelineTools {
  static Result<PipelineTools> Create();
  std::unique_ptr<LayoutRules> layout_rules;
  std::unique_ptr<TableRules> table_rules;
  std::unique_ptr<ProseRules> prose_rules;
  std::unique_ptr<TextNormalizer> normalizer;
};

// The stages after extraction, in order: layout, normalization, tables
// (detection, cell text, meaning), money in prose, reconciliation
// (findings). raw_text keeps the words in the PDF library's reading order.
void RunPipeline(ExtractedDocument& document, const PipelineTools& tools);

// Called once per file, in processing order, as soon as it is done.
using FileCallback = std::function<void(const FileReport&)>;

// Processes `inputs` (problems first, as failures, then files in order).
// Returns the summary, or the environment error that stopped the batch
// (documents committed before it stay committed).
Result<IngestSummary> IngestFiles(const InputList& inputs, DocumentStore& store,
                                  const IngestOptions& options,
                                  const FileCallback& on_file);

}  // namespace afstem

#endif  // AFSTEM_INGEST_BATCH_INGEST_H_
