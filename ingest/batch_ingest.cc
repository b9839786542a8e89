// Batch driver implementation (batch_ingest.h).

#include "ingest/batch_ingest.h"

#include "ingest/extract.h"
#include "ingest/normalize.h"
#include "ingest/sha256.h"
#include "parsers/layout.h"
#include "parsers/table_detector.h"
#include "parsers/prose_money.h"
#include "parsers/reconcile.h"
#include "parsers/table_semantics.h"
#include "parsers/page_text.h"

namespace afstem {

Result<PipelineTools> PipelineTools::Create() {
  auto rules = LayoutRules::Create();
  if (!rules.ok()) return rules.status();
  auto table_rules = TableRules::Create();
  if (!table_rules.ok()) return table_rules.status();
  auto prose_rules = ProseRules::Create();
  if (!prose_rules.ok()) return prose_rules.status();
  auto normalizer = TextNormalizer::Create();
  if (!normalizer.ok()) return normalizer.status();
  return PipelineTools{std::move(rules).value(), std::move(table_rules).value(),
                       std::move(prose_rules).value(), std::move(normalizer).value()};
}

void RunPipeline(ExtractedDocument& document, const PipelineTools& tools) {
  LayOutDocument(document.pages, *tools.layout_rules);
  for (Page& page : document.pages) {
    page.raw_text = BuildRawText(page.words);
    tools.normalizer->NormalizePage(page);
  }
  document.tables = DetectTables(document.pages, *tools.table_rules);
  for (Table& table : document.tables) tools.normalizer->NormalizeTable(table);
  document.initiatives.clear();
  document.allocations.clear();
  document.stated_totals.clear();
  document.prose_money.clear();
  InterpretTables(document, *tools.table_rules);
  ReadProseMoney(document, *tools.prose_rules);
  document.findings = Reconcile(document);
}

namespace {

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
  summary.words += report.words;
  summary.links += report.links;
  summary.findings += report.findings;
}

// Runs one readable file through the pipeline. Returns a non-ok Status only
// for environment failures (database writes).
Status IngestOne(const std::string& path, const std::string& bytes,
                 DocumentStore& store, const IngestOptions& options,
                 const PipelineTools& tools, FileReport& report) {
  SourceFile source{path, FileNameOf(path), Sha256::Of(bytes),
                    static_cast<std::int64_t>(bytes.size())};
  auto existing = store.Find(source.sha256);
  if (!existing.ok()) return existing.status();
  if (existing.value() && !existing.value()->failed && !options.force) {
    report.outcome = FileOutcome::kUnchanged;
    report.document_id = existing.value()->id;
    report.detail = "already imported as document " +
                    std::to_string(existing.value()->id) + " (from " +
                    existing.value()->path + ")";
    auto counts = store.CountFindings(report.document_id);
    if (!counts.ok()) return counts.status();
    report.findings = counts.value();
    return Status::Ok();
  }

  Result<ExtractedDocument> extracted = ExtractDocument(bytes, options.poppler);
  if (!extracted.ok()) {
    report.outcome = FileOutcome::kFailed;
    report.detail = extracted.status().message();
    auto id = store.SaveFailure(source, report.detail, {});
    if (!id.ok()) return id.status();
    report.document_id = id.value();
    return Status::Ok();
  }
  ExtractedDocument& document = extracted.value();
  RunPipeline(document, tools);
  auto id = store.SaveDocument(source, document);
  if (!id.ok()) return id.status();
  report.outcome =
      existing.value() ? FileOutcome::kReplaced : FileOutcome::kLoaded;
  report.document_id = id.value();
  report.pages = static_cast<std::int64_t>(document.pages.size());
  for (const Page& page : document.pages) {
    report.words += static_cast<std::int64_t>(page.words.size());
  }
  report.links = static_cast<std::int64_t>(document.links.size());
  for (const Finding& finding : document.findings) report.findings.Add(finding.severity);
  return Status::Ok();
}

}  // namespace

Result<IngestSummary> IngestFiles(const InputList& inputs, DocumentStore& store,
                                  const IngestOptions& options,
                                  const FileCallback& on_file) {
  auto tools = PipelineTools::Create();
  if (!tools.ok()) return tools.status();
  IngestSummary summary;
  for (const InputProblem& problem : inputs.problems) {
    FileReport report;
    report.path = problem.path;
    report.detail = problem.reason;
    Count(report, summary);
    if (on_file) on_file(report);
  }
  for (const std::string& path : inputs.files) {
    FileReport report;
    report.path = path;
    Result<std::string> bytes = ReadFileBytes(path);
    if (!bytes.ok()) {
      report.detail = bytes.status().message();
    } else {
      Status status =
          IngestOne(path, bytes.value(), store, options, tools.value(), report);
      if (!status.ok()) return status;
    }
    Count(report, summary);
    if (on_file) on_file(report);
  }
  return summary;
}

}  // namespace afstem
