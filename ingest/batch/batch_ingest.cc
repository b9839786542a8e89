// Batch driver implementation (batch_ingest.h).
//
// The parent walks the files in input order, hashing each; a file already
// imported is done at once, the others become jobs for the worker pool.
// Results are loaded strictly in input order (a bounded window of files is
// in flight), which makes document ids, and so the whole database, the
// same for any number of workers and for a run resumed after a kill.

#include "ingest/batch/batch_ingest.h"

#include <deque>
#include <map>
#include <memory>

#include "ingest/pipeline/pipeline.h"

namespace afstem {
namespace {

// Files in flight per worker: enough to keep every worker busy while one
// slow file holds up loading, few enough to bound the parent's memory.
constexpr std::size_t kWindowPerWorker = 16;
constexpr std::chrono::milliseconds kPollInterval{200};

void Count(const FileReport& report, IngestSummary& summary) {
  switch (report.outcome) {
    case FileOutcome::kLoaded: ++summary.loaded; break;
    case FileOutcome::kReplaced: ++summary.replaced; break;
    case FileOutcome::kUnchanged: ++summary.unchanged; break;
    case FileOutcome::kFailed:
      ++summary.failed;
      summary.failures.push_back(report);
      break;
  }
  summary.pages += report.pages;
  summary.ocr_pages += report.ocr_pages;
  summary.words += report.words;
  summary.links += report.links;
  summary.initiatives += report.initiatives;
  summary.allocations += report.allocations;
  summary.findings += report.findings;
}

// "250.0 MB", "12.3 KB", "900 bytes".
std::string Size(std::int64_t bytes) {
  char text[32];
  const double value = static_cast<double>(bytes);
  if (value >= 1e9) {
    std::snprintf(text, sizeof(text), "%.1f GB", value / 1e9);
  } else if (value >= 1e6) {
    std::snprintf(text, sizeof(text), "%.1f MB", value / 1e6);
  } else if (value >= 1e3) {
    std::snprintf(text, sizeof(text), "%.1f KB", value / 1e3);
  } else {
    std::snprintf(text, sizeof(text), "%lld bytes", static_cast<long long>(bytes));
  }
  return text;
}

// One input file on its way through the batch.
struct Entry {
  enum class State {
    kDone,       // report complete, nothing to write
    kQueued,     // waiting for a worker
    kRunning,    // a worker has it
    kFinished,   // the worker answered; `result` or `failure` holds it
    kAlias,      // the same bytes as an earlier file of this run
  };
  State state = State::kDone;
  FileReport report;
  SourceFile source;
  bool existed = false;            // a row with this SHA-256 was there (failed, or --force)
  std::size_t alias_of = 0;        // kAlias: index of the earlier entry
  std::optional<ExtractedDocument> document;
  std::string failure;
};

class Batch {
 public:
  Batch(const InputList& inputs, DocumentStore& store, const IngestOptions& options,
        const FileCallback& on_file)
      : inputs_(inputs), store_(store), options_(options), on_file_(on_file) {}

  Result<IngestSummary> Run() {
    for (const InputProblem& problem : inputs_.problems) {
      FileReport report;
      report.path = problem.path;
      report.detail = problem.reason;
      Finish(report);
    }
    const std::size_t window = kWindowPerWorker * static_cast<std::size_t>(options_.workers.workers);
    while (next_file_ < inputs_.files.size() || !entries_.empty()) {
      while (next_file_ < inputs_.files.size() && entries_.size() < window) {
        Status status = Admit(inputs_.files[next_file_++]);
        if (!status.ok()) return status;
      }
      Status status = Dispatch();
      if (status.ok()) status = LoadFinished();
      if (!status.ok()) return status;
      if (pool_ && pool_->Busy() > 0) {
        status = Collect();
        if (!status.ok()) return status;
      }
    }
    return summary_;
  }

 private:
  // Hashes the file and decides what it needs.
  Status Admit(const std::string& path) {
    Entry entry;
    entry.report.path = path;
    const std::size_t index = first_index_ + entries_.size();
    Result<FileDigest> digest = HashFile(path);
    if (!digest.ok()) {
      entry.report.detail = digest.status().message();
      entries_.push_back(std::move(entry));
      return Status::Ok();
    }
    entry.source = SourceFile{path, FileNameOf(path), digest.value().sha256, digest.value().size};
    if (auto earlier = by_sha256_.find(entry.source.sha256); earlier != by_sha256_.end()) {
      entry.state = Entry::State::kAlias;
      entry.alias_of = earlier->second;
      entries_.push_back(std::move(entry));
      return Status::Ok();
    }
    by_sha256_[entry.source.sha256] = index;
    auto existing = store_.Find(entry.source.sha256);
    if (!existing.ok()) return existing.status();
    if (existing.value() && !existing.value()->failed && !options_.force) {
      entry.report.outcome = FileOutcome::kUnchanged;
      entry.report.document_id = existing.value()->id;
      entry.report.detail = "already imported as document " + std::to_string(existing.value()->id) +
                            " (from " + existing.value()->path + ")";
      Status status = store_.RecordFilePath(existing.value()->id, path);
      if (!status.ok()) return status;
      auto counts = store_.CountFindings(existing.value()->id);
      if (!counts.ok()) return counts.status();
      entry.report.findings = counts.value();
      entries_.push_back(std::move(entry));
      return Status::Ok();
    }
    entry.existed = existing.value().has_value();
    if (options_.max_size_bytes > 0 && entry.source.size > options_.max_size_bytes) {
      entry.state = Entry::State::kFinished;
      entry.failure = "file too large (" + Size(entry.source.size) + ", over --max-size " +
                      Size(options_.max_size_bytes) + ")";
    } else {
      entry.state = Entry::State::kQueued;
    }
    entries_.push_back(std::move(entry));
    return Status::Ok();
  }

  // Gives queued files to free workers, in input order.
  Status Dispatch() {
    for (std::size_t i = 0; i < entries_.size(); ++i) {
      Entry& entry = entries_[i];
      if (entry.state != Entry::State::kQueued) continue;
      if (!pool_) {
        Status status = StartPool();
        if (!status.ok()) return status;
      }
      if (!pool_->HasFreeWorker()) break;
      Status status = pool_->Submit(first_index_ + i, EncodeJob({entry.source.path, entry.source.sha256}));
      if (!status.ok()) return status;
      entry.state = Entry::State::kRunning;
    }
    return Status::Ok();
  }

  // The pipeline tools are built before the first fork, so every worker
  // shares them; a run with nothing to import builds neither.
  Status StartPool() {
    auto tools = PipelineTools::Create();
    if (!tools.ok()) return tools.status();
    tools_ = std::make_unique<PipelineTools>(std::move(tools).value());
    const PipelineTools* tools_ptr = tools_.get();
    // Each worker process has its own copy of the engine holder (made
    // before the fork, opened in the child at its first scan).
    auto ocr = std::make_shared<OcrEngine>();
    WorkerContext context{tools_ptr, options_.poppler, options_.ocr == OcrMode::kAuto ? ocr.get() : nullptr,
                          options_.faults};
    pool_ = std::make_unique<WorkerPool>(options_.workers, [context, ocr](const std::string& job) {
      return RunDocumentJob(job, context);
    });
    return Status::Ok();
  }

  // Waits for workers and files their answers.
  Status Collect(std::chrono::milliseconds timeout = kPollInterval) {
    auto outcomes = pool_->Wait(timeout);
    if (!outcomes.ok()) return outcomes.status();
    for (WorkerOutcome& outcome : outcomes.value()) {
      Entry& entry = entries_[outcome.job - first_index_];
      entry.state = Entry::State::kFinished;
      if (!outcome.response) {
        entry.failure = outcome.failure;
        continue;
      }
      auto result = DecodeJobResponse(*outcome.response);
      if (!result.ok()) {
        entry.failure = result.status().message();
      } else if (result.value().document) {
        entry.document = std::move(result.value().document);
      } else {
        entry.failure = result.value().failure;
      }
    }
    return Status::Ok();
  }

  // Loads and reports the finished files at the front of the window.
  Status LoadFinished() {
    while (!entries_.empty()) {
      Entry& entry = entries_.front();
      if (entry.state == Entry::State::kQueued || entry.state == Entry::State::kRunning) break;
      if (entry.state == Entry::State::kFinished) {
        Status status = Load(entry);
        if (!status.ok()) return status;
      } else if (entry.state == Entry::State::kAlias) {
        Status status = LoadAlias(entry);
        if (!status.ok()) return status;
      }
      Finish(entry.report);
      loaded_[first_index_] = entry.report;
      entries_.pop_front();
      ++first_index_;
      if (pool_ && pool_->Busy() > 0) {
        Status status = Collect(std::chrono::milliseconds(0));
        if (status.ok()) status = Dispatch();
        if (!status.ok()) return status;
      }
    }
    return Status::Ok();
  }

  Status Load(Entry& entry) {
    FileReport& report = entry.report;
    if (!entry.document) {
      report.outcome = FileOutcome::kFailed;
      report.detail = entry.failure;
      auto id = store_.SaveFailure(entry.source, entry.failure, {});
      if (!id.ok()) return id.status();
      report.document_id = id.value();
      return Status::Ok();
    }
    const ExtractedDocument& document = *entry.document;
    auto id = store_.SaveDocument(entry.source, document);
    if (!id.ok()) return id.status();
    report.outcome = entry.existed ? FileOutcome::kReplaced : FileOutcome::kLoaded;
    report.document_id = id.value();
    report.pages = static_cast<std::int64_t>(document.pages.size());
    for (const Page& page : document.pages) {
      report.words += static_cast<std::int64_t>(page.words.size());
      if (page.text_source == TextSource::kOcr) ++report.ocr_pages;
    }
    report.links = static_cast<std::int64_t>(document.links.size());
    report.initiatives = static_cast<std::int64_t>(document.initiatives.size());
    report.allocations = static_cast<std::int64_t>(document.allocations.size());
    for (const Finding& finding : document.findings) report.findings.Add(finding.severity);
    entry.document.reset();
    return Status::Ok();
  }

  // The same bytes as an earlier file of this run: that file's document.
  Status LoadAlias(Entry& entry) {
    const FileReport& earlier = loaded_.at(entry.alias_of);
    const std::int64_t id = earlier.document_id;
    FileReport& report = entry.report;
    report.document_id = id;
    if (earlier.outcome == FileOutcome::kFailed) {
      report.outcome = FileOutcome::kFailed;
      report.detail = earlier.detail + " (same bytes as " + earlier.path + ")";
    } else {
      report.outcome = FileOutcome::kUnchanged;
      report.detail = "same bytes as " + earlier.path + " (document " + std::to_string(id) + ")";
    }
    if (id == 0) return Status::Ok();
    Status status = store_.RecordFilePath(id, entry.source.path);
    if (!status.ok()) return status;
    auto counts = store_.CountFindings(id);
    if (!counts.ok()) return counts.status();
    report.findings = counts.value();
    return Status::Ok();
  }

  void Finish(const FileReport& report) {
    Count(report, summary_);
    if (on_file_) on_file_(report);
  }

  const InputList& inputs_;
  DocumentStore& store_;
  const IngestOptions& options_;
  const FileCallback& on_file_;
  IngestSummary summary_;
  std::size_t next_file_ = 0;
  std::deque<Entry> entries_;       // files in flight, in input order
  std::size_t first_index_ = 0;     // file index of entries_.front()
  std::map<std::string, std::size_t> by_sha256_;  // first file index of each content
  std::map<std::size_t, FileReport> loaded_;  // what became of each file done, by index
  std::unique_ptr<PipelineTools> tools_;
  std::unique_ptr<WorkerPool> pool_;
};

}  // namespace

Result<IngestSummary> IngestFiles(const InputList& inputs, DocumentStore& store,
                                  const IngestOptions& options, const FileCallback& on_file) {
  return Batch(inputs, store, options, on_file).Run();
}

}  // namespace afstem
