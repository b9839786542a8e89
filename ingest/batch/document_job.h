// One document's work in a worker process (worker_pool.h): the file is read
// again, checked to be the bytes the parent hashed, extracted and run
// through the pipeline (RunPipeline); the result goes back to the parent as
// an encoded document (ingest/batch/document_codec.h) or a failure reason.
#ifndef AFSTEM_INGEST_BATCH_DOCUMENT_JOB_H_
#define AFSTEM_INGEST_BATCH_DOCUMENT_JOB_H_

#include <optional>
#include <string>
#include <vector>

#include "ingest/pipeline/pipeline.h"
#include "ingest/extract/ocr_pages.h"
#include "ingest/extract/poppler_reader.h"
#include "schema/model/records.h"
#include "schema/model/status.h"

namespace afstem {

struct DocumentJob {
  std::string path;
  std::string sha256;  // what the parent hashed; the worker checks it
};

// Test-only faults, from AFSTEM_TEST_WORKER_FAULT ("crash:a.pdf,hang:b.pdf"):
// the worker aborts with SIGSEGV, or sleeps forever, on a file with that
// name, to show that a crash or a hang inside the PDF library costs only
// that file. Empty in normal use.
struct WorkerFaults {
  std::vector<std::string> crash_on;
  std::vector<std::string> hang_on;
  static WorkerFaults Parse(const std::string& spec);
};

std::string EncodeJob(const DocumentJob& job);

// What a worker needs for every job: the pipeline's rule tables, the
// extraction options, and its own OCR engine (opened at the first scan,
// then kept; nullptr with --ocr off).
struct WorkerContext {
  const PipelineTools* tools = nullptr;
  PopplerOptions poppler;
  OcrEngine* ocr = nullptr;
  WorkerFaults faults;
};

// Runs in the worker: payload (EncodeJob) in, response out. Scanned pages
// are read by OCR before the pipeline runs; when OCR cannot run at all (a
// model is missing) they stay without words and keep their no_text_layer
// warning.
std::string RunDocumentJob(const std::string& payload, const WorkerContext& context);

// A worker's response, read by the parent: the document, or why it failed.
struct JobResult {
  std::optional<ExtractedDocument> document;
  std::string failure;
};
// Fails with kCorruption when the response is neither (a damaged answer):
// the batch records that as the document's failure.
Result<JobResult> DecodeJobResponse(const std::string& response);

}  // namespace afstem

#endif  // AFSTEM_INGEST_BATCH_DOCUMENT_JOB_H_
