// One document's work in a worker (document_job.h). Response: "D" and the
// encoded document, or "F" and the failure reason.

#include "ingest/batch/document_job.h"

#include <signal.h>
#include <unistd.h>

#include <algorithm>

#include "ingest/extract/extract.h"
#include "ingest/batch/input_files.h"
#include "ingest/batch/sha256.h"
#include "ingest/batch/document_codec.h"

namespace afstem {
namespace {

bool Names(const std::vector<std::string>& names, const std::string& path) {
  return std::find(names.begin(), names.end(), FileNameOf(path)) != names.end();
}

std::string Failure(const std::string& reason) { return "F" + reason; }

}  // namespace

WorkerFaults WorkerFaults::Parse(const std::string& spec) {
  WorkerFaults faults;
  std::size_t start = 0;
  while (start < spec.size()) {
    std::size_t end = spec.find(',', start);
    if (end == std::string::npos) end = spec.size();
    const std::string item = spec.substr(start, end - start);
    if (item.rfind("crash:", 0) == 0) faults.crash_on.push_back(item.substr(6));
    if (item.rfind("hang:", 0) == 0) faults.hang_on.push_back(item.substr(5));
    start = end + 1;
  }
  return faults;
}

std::string EncodeJob(const DocumentJob& job) { return job.sha256 + "\n" + job.path; }

std::string RunDocumentJob(const std::string& payload, const WorkerContext& context) {
  const WorkerFaults& faults = context.faults;
  const std::size_t newline = payload.find('\n');
  if (newline == std::string::npos) return Failure("malformed job");
  const DocumentJob job{payload.substr(newline + 1), payload.substr(0, newline)};
  if (Names(faults.crash_on, job.path)) raise(SIGSEGV);
  if (Names(faults.hang_on, job.path)) {
    while (true) pause();
  }
  Result<std::string> bytes = ReadFileBytes(job.path);
  if (!bytes.ok()) return Failure(bytes.status().message());
  if (Sha256::Of(bytes.value()) != job.sha256) return Failure("changed while it was being imported");
  Result<ExtractedDocument> extracted = ExtractDocument(bytes.value(), context.poppler);
  if (!extracted.ok()) return Failure(extracted.status().message());
  if (context.ocr != nullptr) {
    // Without the models every scan stays unread; that is the pages' own
    // no_text_layer warning, not a failure of the document.
    (void)RecognizeScannedPages(bytes.value(), *context.ocr, extracted.value());
  }
  RunPipeline(extracted.value(), *context.tools);
  return "D" + EncodeDocument(extracted.value());
}

Result<JobResult> DecodeJobResponse(const std::string& response) {
  JobResult result;
  if (!response.empty() && response[0] == 'F') {
    result.failure = response.substr(1);
    return result;
  }
  if (response.empty() || response[0] != 'D') return Status::Corruption("worker sent an unknown response");
  auto document = DecodeDocument(std::string_view(response).substr(1));
  if (!document.ok()) return Status::Corruption("worker sent a damaged document: " + document.status().message());
  result.document = std::move(document).value();
  return result;
}

}  // namespace afstem
