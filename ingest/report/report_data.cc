// Assembling the report's data from the store's reads (report_data.h).

#include "ingest/report/report_data.h"

#include <algorithm>
#include <unordered_map>

namespace afstem {
namespace {

ReportDocument FromDetails(DocumentDetails details) {
  ReportDocument document;
  document.id = details.id;
  document.file_name = std::move(details.file_name);
  document.path = std::move(details.path);
  document.sha256 = std::move(details.sha256);
  document.status = std::move(details.status);
  document.error = std::move(details.error);
  document.diagnostics = std::move(details.diagnostics);
  document.title = std::move(details.title);
  document.author = std::move(details.author);
  document.subject = std::move(details.subject);
  document.creator = std::move(details.creator);
  document.producer = std::move(details.producer);
  document.created_at = std::move(details.created_at);
  document.modified_at = std::move(details.modified_at);
  document.imported_at = std::move(details.imported_at);
  document.pdf_version = std::move(details.pdf_version);
  document.file_size = details.file_size;
  document.page_count = details.page_count;
  return document;
}

ReportFinding FromStored(StoredFinding stored) {
  ReportFinding finding;
  finding.id = stored.id;
  finding.rule = std::move(stored.rule);
  finding.severity = std::move(stored.severity);
  finding.label = std::move(stored.label);
  finding.message = std::move(stored.message);
  finding.year = stored.year;
  finding.stated_dkk = stored.stated;
  finding.computed_dkk = stored.computed;
  finding.difference_dkk = stored.difference;
  finding.page = stored.page;
  finding.tolerance_dkk = stored.tolerance;
  finding.box = stored.box;
  finding.parts = std::move(stored.part_list);
  return finding;
}

// The report lists a document's findings worst first, then by page with
// findings that have none last, then by id.
bool ReportFindingBefore(const ReportFinding& a, const ReportFinding& b) {
  const int rank_a = SeverityRank(a.severity), rank_b = SeverityRank(b.severity);
  if (rank_a != rank_b) return rank_a < rank_b;
  if (a.page.has_value() != b.page.has_value()) return a.page.has_value();
  if (a.page != b.page) return a.page < b.page;
  return a.id < b.id;
}

// The documents being loaded, found by id.
class DocumentIndex {
 public:
  explicit DocumentIndex(std::vector<ReportDocument>& documents) : documents_(documents) {
    for (std::size_t i = 0; i < documents.size(); ++i) at_[documents[i].id] = i;
  }
  // nullptr for an id with no document (the foreign keys make it rare).
  ReportDocument* Find(std::int64_t id) {
    auto found = at_.find(id);
    return found == at_.end() ? nullptr : &documents_[found->second];
  }

 private:
  std::vector<ReportDocument>& documents_;
  std::unordered_map<std::int64_t, std::size_t> at_;
};

Status AddPaths(DocumentStore& store, DocumentIndex& index) {
  auto paths = store.ReadDocumentPaths();
  if (!paths.ok()) return paths.status();
  for (DocumentPath& path : paths.value()) {
    ReportDocument* document = index.Find(path.document_id);
    if (document != nullptr) document->paths.push_back(std::move(path.path));
  }
  return Status::Ok();
}

// One sum per initiative and year; an initiative without allocations has
// one with no sum.
Status AddInitiatives(DocumentStore& store, DocumentIndex& index) {
  auto sums = store.ReadInitiativeYearSums();
  if (!sums.ok()) return sums.status();
  for (InitiativeYearSum& sum : sums.value()) {
    ReportDocument* document = index.Find(sum.document_id);
    if (document == nullptr) continue;
    if (document->initiatives.empty() || document->initiatives.back().id != sum.initiative_id) {
      document->initiatives.push_back(
          {sum.initiative_id, std::move(sum.ordinal), std::move(sum.title), sum.page, {}});
    }
    if (sum.amount_dkk) document->initiatives.back().amounts[sum.year] = *sum.amount_dkk;
  }
  return Status::Ok();
}

Status AddFindings(DocumentStore& store, DocumentIndex& index, std::vector<ReportDocument>& documents) {
  FindingFilter filter;
  filter.parse_parts = true;
  auto findings = store.ReadFindings(filter);
  if (!findings.ok()) return findings.status();
  for (StoredFinding& finding : findings.value()) {
    if (ReportDocument* document = index.Find(finding.document_id)) {
      document->findings.push_back(FromStored(std::move(finding)));
    }
  }
  for (ReportDocument& document : documents) {
    std::sort(document.findings.begin(), document.findings.end(), ReportFindingBefore);
  }
  return Status::Ok();
}

}  // namespace

SeverityCounts CountSeverities(const std::vector<ReportFinding>& findings) {
  FindingCounts counts;
  for (const ReportFinding& finding : findings) counts.Add(finding.severity);
  return SeverityCounts{counts.errors, counts.warnings, counts.infos};
}

Result<ReportData> LoadReportData(DocumentStore& store) {
  auto details = store.ReadDocumentDetails();
  if (!details.ok()) return details.status();
  ReportData data;
  for (DocumentDetails& document : details.value()) {
    data.documents.push_back(FromDetails(std::move(document)));
  }
  DocumentIndex index(data.documents);
  Status status = AddPaths(store, index);
  if (status.ok()) status = AddInitiatives(store, index);
  if (status.ok()) status = AddFindings(store, index, data.documents);
  if (!status.ok()) return status;
  return data;
}

}  // namespace afstem
