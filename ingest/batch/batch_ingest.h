// The batch driver: hashes each input file in the parent, skips what is
// already imported, runs the rest (extract -> pipeline) in a pool of worker
// processes (worker_pool.h, document_job.h) and loads the results, one
// transaction per document, in input order — so the database is the same
// whatever the number of workers, and an interrupted run resumes where it
// stopped. A bad file, a crash or a hang costs only that file: its failure
// is recorded and the batch goes on. Only an environment failure (the
// database cannot be written, no process can be started) stops it.
#ifndef AFSTEM_INGEST_BATCH_BATCH_INGEST_H_
#define AFSTEM_INGEST_BATCH_BATCH_INGEST_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "ingest/batch/document_job.h"
#include "ingest/batch/input_files.h"
#include "ingest/extract/ocr_pages.h"
#include "ingest/extract/poppler_reader.h"
#include "ingest/batch/worker_pool.h"
#include "schema/store/document_store.h"
#include "schema/model/status.h"

namespace afstem {

struct IngestOptions {
  bool force = false;          // re-import documents that are already loaded
  PopplerOptions poppler;      // max_pages: --max-pages
  OcrMode ocr = OcrMode::kAuto;  // --ocr
  WorkerLimits workers;        // --jobs, --timeout, --max-memory
  std::int64_t max_size_bytes = 200'000'000;  // --max-size; 0: no limit
  WorkerFaults faults;         // test-only (AFSTEM_TEST_WORKER_FAULT)
};

enum class FileOutcome {
  kLoaded,     // new document written
  kReplaced,   // existing document re-imported (--force, or it had failed)
  kUnchanged,  // same bytes already imported; nothing written but its path
  kFailed,     // could not be read or extracted; reason in `detail`
};

struct FileReport {
  std::string path;
  FileOutcome outcome = FileOutcome::kFailed;
  std::string detail;            // failure reason, or where it was imported
  std::int64_t document_id = 0;  // 0 when no row exists for the file
  std::int64_t pages = 0, words = 0, links = 0;  // what this run wrote
  std::int64_t ocr_pages = 0;    // of those pages, read by OCR
  std::int64_t initiatives = 0, allocations = 0;
  FindingCounts findings;  // the document's findings (also when unchanged)
};

struct IngestSummary {
  int loaded = 0, replaced = 0, unchanged = 0, failed = 0;
  std::int64_t pages = 0, words = 0, links = 0;  // written in this run
  std::int64_t ocr_pages = 0;
  std::int64_t initiatives = 0, allocations = 0;
  FindingCounts findings;  // of every document named in this run
  std::vector<FileReport> failures;              // in processing order
};

// Called once per file, in input order, as soon as it is done.
using FileCallback = std::function<void(const FileReport&)>;

// Processes `inputs` (problems first, as failures, then files in order).
// Returns the summary, or the environment error that stopped the batch
// (documents committed before it stay committed): a store failure (kBusy,
// kIoError, kCorruption, ...) or the worker pool's (kIoError: no pipe or
// process). A document's own failure (any code of ExtractDocument or
// ReadFileBytes, a damaged worker answer, a crash, a timeout) never stops
// it: it is recorded as that file's failure.
Result<IngestSummary> IngestFiles(const InputList& inputs, DocumentStore& store,
                                  const IngestOptions& options,
                                  const FileCallback& on_file);

}  // namespace afstem

#endif  // AFSTEM_INGEST_BATCH_BATCH_INGEST_H_
