// Load stage implementation: documents, pages, links in one transaction.

#include "schema/store/document_store.h"

#include <algorithm>
#include <chrono>
#include <ctime>

#include "schema/model/json_text.h"
#include "schema/store/findings_store.h"
#include "schema/store/migrations.h"
#include "schema/store/money_records.h"
#include "schema/store/sqlite.h"
#include "schema/store/sections_store.h"
#include "schema/store/table_rows_store.h"
#include "schema/store/word_blob.h"

namespace afstem {

std::string FormatIsoUtc(std::int64_t unix_seconds) {
  std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm utc{};
  gmtime_r(&t, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof(buffer), "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

namespace {

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string joined;
  for (const std::string& line : lines) {
    if (!joined.empty()) joined += '\n';
    joined += line;
  }
  return joined;
}

std::string NowIsoUtc() {
  auto now = std::chrono::system_clock::now();
  return FormatIsoUtc(
      std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch())
          .count());
}

// Binds a possibly-empty string: empty becomes NULL.
void BindOptionalText(sql::Statement& statement, int index,
                      const std::string& text) {
  if (text.empty()) {
    statement.BindNull(index);
  } else {
    statement.Bind(index, std::string_view(text));
  }
}

// JSON array of integers: [3,4,5].
std::string JsonIds(const std::vector<int>& ids) { return JsonText(ids); }

// A line's tokens as a JSON array of word-id arrays: [[3],[4,5,6],[7]].
std::string JsonTokenIds(const TextLine& line) {
  Json json = Json::array();
  for (const auto& token : line.tokens) json.push_back(token.word_ids);
  return JsonText(json);
}

std::string LineText(const TextLine& line) {
  std::string text;
  for (const Token& token : line.tokens) {
    if (!text.empty()) text += ' ';
    text += token.text;
  }
  return text;
}

void BindBox(sql::Statement& statement, int first_index, const Box& box) {
  statement.Bind(first_index, box.x0);
  statement.Bind(first_index + 1, box.y0);
  statement.Bind(first_index + 2, box.x1);
  statement.Bind(first_index + 3, box.y1);
}

}  // namespace

Result<std::unique_ptr<DocumentStore>> DocumentStore::Open(
    const std::string& path, StoreOptions options) {
  auto db = sql::Database::Open(path);
  if (!db.ok()) return db.status();
  Status status = db.value()->Execute(
      "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
      "PRAGMA foreign_keys = ON;");
  if (status.ok()) status = MigrateToLatest(*db.value());
  if (status.ok() && options.text_order) {
    // The name every query sorting text for people uses: COLLATE da.
    status = db.value()->RegisterCollation("da", std::move(options.text_order));
  }
  if (!status.ok()) return status;
  return std::unique_ptr<DocumentStore>(
      new DocumentStore(std::move(db).value(), std::move(options.afstem_version)));
}

Result<std::unique_ptr<DocumentStore>> DocumentStore::Open(
    const std::string& path, std::string afstem_version) {
  return Open(path, StoreOptions{std::move(afstem_version), {}});
}

DocumentStore::DocumentStore(std::unique_ptr<sql::Database> db, std::string afstem_version)
    : db_(std::move(db)), afstem_version_(std::move(afstem_version)) {}

DocumentStore::~DocumentStore() = default;

Result<std::vector<DocumentName>> DocumentStore::ListLoadedDocuments() {
  auto query = db_->Prepare(
      "SELECT id, file_name FROM documents WHERE status = 'ok' "
      "ORDER BY file_name COLLATE da, id");
  if (!query.ok()) return query.status();
  std::vector<DocumentName> documents;
  while (true) {
    auto row = query.value()->Step();
    if (!row.ok()) return row.status();
    if (!row.value()) return documents;
    documents.push_back({query.value()->ColumnInt(0), query.value()->ColumnText(1)});
  }
}

Status DocumentStore::RecheckFindings(std::int64_t document_id, const Reconciler& reconcile) {
  auto stored = LoadMoneyRecords(*db_, document_id);
  if (!stored.ok()) return stored.status();
  const std::vector<Finding> findings = reconcile(stored.value().records);
  return ReplaceFindings(*db_, document_id, findings, stored.value().ids);
}

Result<std::optional<StoredDocument>> DocumentStore::Find(
    const std::string& sha256) {
  auto statement =
      db_->Prepare("SELECT id, status, path FROM documents WHERE sha256 = ?");
  if (!statement.ok()) return statement.status();
  sql::Statement& query = *statement.value();
  query.Bind(1, std::string_view(sha256));
  auto row = query.Step();
  if (!row.ok()) return row.status();
  if (!row.value()) return std::optional<StoredDocument>();
  return std::optional<StoredDocument>(StoredDocument{
      query.ColumnInt(0), query.ColumnText(1) == "failed", query.ColumnText(2)});
}

Result<std::optional<std::int64_t>> DocumentStore::RemoveExisting(
    const std::string& sha256, std::vector<std::string>& paths) {
  auto existing = Find(sha256);
  if (!existing.ok()) return existing.status();
  if (!existing.value()) return std::optional<std::int64_t>();
  auto known = db_->Prepare("SELECT path FROM document_files WHERE document_id = ? ORDER BY rowid");
  if (!known.ok()) return known.status();
  known.value()->Bind(1, existing.value()->id);
  while (true) {
    auto row = known.value()->Step();
    if (!row.ok()) return row.status();
    if (!row.value()) break;
    paths.push_back(known.value()->ColumnText(0));
  }
  auto statement = db_->Prepare("DELETE FROM documents WHERE id = ?");
  if (!statement.ok()) return statement.status();
  statement.value()->Bind(1, existing.value()->id);
  Status status = statement.value()->Run();
  if (!status.ok()) return status;
  return std::optional<std::int64_t>(existing.value()->id);
}

Result<std::int64_t> DocumentStore::InsertDocumentRow(
    const SourceFile& source, const ExtractedDocument* document,
    const std::string* failure, const std::vector<std::string>& diagnostics,
    std::optional<std::int64_t> reuse_id) {
  auto statement = db_->Cached(
      "INSERT INTO documents (id, sha256, file_name, path, file_size, title, "
      "author, subject, keywords, creator, producer, created_at, modified_at, "
      "pdf_version, page_count, status, error, diagnostics, imported_at, "
      "afstem_version, pdf_title, title_source, kind, document_date, committee) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!statement.ok()) return statement.status();
  sql::Statement& insert = *statement.value();
  insert.Bind(1, reuse_id);
  insert.Bind(2, std::string_view(source.sha256));
  insert.Bind(3, std::string_view(source.file_name));
  insert.Bind(4, std::string_view(source.path));
  insert.Bind(5, std::int64_t{source.size});
  const DocumentInfo info = document ? document->info : DocumentInfo{};
  const DocumentHeader header = document ? document->header : DocumentHeader{};
  BindOptionalText(insert, 6, header.title);
  BindOptionalText(insert, 7, info.author);
  BindOptionalText(insert, 8, info.subject);
  BindOptionalText(insert, 9, info.keywords);
  BindOptionalText(insert, 10, info.creator);
  BindOptionalText(insert, 11, info.producer);
  BindOptionalText(insert, 12,
                   info.created_unix ? FormatIsoUtc(*info.created_unix) : "");
  BindOptionalText(insert, 13,
                   info.modified_unix ? FormatIsoUtc(*info.modified_unix) : "");
  BindOptionalText(insert, 14, info.pdf_version);
  if (document) {
    insert.Bind(15, static_cast<std::int64_t>(document->pages.size()));
  } else {
    insert.BindNull(15);
  }
  insert.Bind(16, std::string_view(failure ? "failed" : "ok"));
  if (failure) {
    insert.Bind(17, std::string_view(*failure));
  } else {
    insert.BindNull(17);
  }
  BindOptionalText(insert, 18, JoinLines(diagnostics));
  insert.Bind(19, std::string_view(NowIsoUtc()));
  insert.Bind(20, std::string_view(afstem_version_));
  BindOptionalText(insert, 21, info.title);
  if (document) {
    insert.Bind(22, ToString(header.title_source));
  } else {
    insert.BindNull(22);
  }
  BindOptionalText(insert, 23, header.kind);
  BindOptionalText(insert, 24, header.date);
  BindOptionalText(insert, 25, header.committee);
  Status status = insert.Run();
  if (!status.ok()) return status;
  return db_->LastInsertRowId();
}

Status DocumentStore::InsertPages(std::int64_t document_id,
                                  const ExtractedDocument& document) {
  auto statement = db_->Cached(
      "INSERT INTO pages (document_id, page_number, width_pt, height_pt, "
      "rotation, word_count, raw_text, text, words, kind, text_source, ocr_rotation) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!statement.ok()) return statement.status();
  sql::Statement& insert = *statement.value();
  for (const Page& page : document.pages) {
    insert.Bind(1, document_id);
    insert.Bind(2, std::int64_t{page.number});
    insert.Bind(3, page.width);
    insert.Bind(4, page.height);
    insert.Bind(5, std::int64_t{page.rotation});
    insert.Bind(6, static_cast<std::int64_t>(page.words.size()));
    insert.Bind(7, std::string_view(page.raw_text));
    insert.Bind(8, std::string_view(page.text));
    insert.BindBlob(9, EncodeWordBlob(page.words));
    insert.Bind(10, ToString(page.kind));
    insert.Bind(11, ToString(page.text_source));
    insert.Bind(12, std::int64_t{page.ocr_rotation});
    Status status = insert.Run();
    if (!status.ok()) return status;
  }
  Status status = InsertGraphics(document_id, document);
  if (status.ok()) status = InsertOcrWords(document_id, document);
  return status;
}

Status DocumentStore::InsertOcrWords(std::int64_t document_id, const ExtractedDocument& document) {
  auto statement = db_->Cached(
      "INSERT INTO ocr_words (document_id, page, ordinal, text, x0, y0, x1, y1, confidence, low_confidence) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!statement.ok()) return statement.status();
  sql::Statement& insert = *statement.value();
  for (const Page& page : document.pages) {
    if (page.text_source != TextSource::kOcr) continue;
    std::int64_t ordinal = 0;
    for (const Word& word : page.words) {
      const double confidence = std::clamp(word.confidence, 0.0, 100.0);
      insert.Bind(1, document_id).Bind(2, std::int64_t{page.number});
      insert.Bind(3, ++ordinal).Bind(4, std::string_view(word.text));
      BindBox(insert, 5, word.box);
      insert.Bind(9, confidence).Bind(10, std::int64_t{confidence < kLowOcrConfidence ? 1 : 0});
      Status status = insert.Run();
      if (!status.ok()) return status;
    }
  }
  return Status::Ok();
}

Status DocumentStore::InsertGraphics(std::int64_t document_id, const ExtractedDocument& document) {
  auto statement = db_->Cached(
      "INSERT INTO page_graphics (document_id, page, ordinal, kind, x0, y0, x1, y1, thickness, filled) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!statement.ok()) return statement.status();
  sql::Statement& insert = *statement.value();
  for (const Page& page : document.pages) {
    std::int64_t ordinal = 0;
    for (const Graphic& graphic : page.graphics) {
      insert.Bind(1, document_id).Bind(2, std::int64_t{page.number});
      insert.Bind(3, ++ordinal).Bind(4, ToString(graphic.kind));
      BindBox(insert, 5, graphic.box);
      insert.Bind(9, graphic.thickness).Bind(10, std::int64_t{graphic.filled ? 1 : 0});
      Status status = insert.Run();
      if (!status.ok()) return status;
    }
  }
  return Status::Ok();
}

Status DocumentStore::InsertLinks(std::int64_t document_id,
                                  const ExtractedDocument& document) {
  auto statement = db_->Cached(
      "INSERT INTO links (document_id, page, x0, y0, x1, y1, uri) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)");
  if (!statement.ok()) return statement.status();
  sql::Statement& insert = *statement.value();
  for (const Link& link : document.links) {
    insert.Bind(1, document_id);
    insert.Bind(2, std::int64_t{link.page});
    insert.Bind(3, link.box.x0);
    insert.Bind(4, link.box.y0);
    insert.Bind(5, link.box.x1);
    insert.Bind(6, link.box.y1);
    insert.Bind(7, std::string_view(link.uri));
    Status status = insert.Run();
    if (!status.ok()) return status;
  }
  return Status::Ok();
}

Status DocumentStore::InsertLayout(std::int64_t document_id,
                                   const ExtractedDocument& document) {
  auto blocks = db_->Cached(
      "INSERT INTO blocks (document_id, page, ordinal, kind, label, row_group, "
      "x0, y0, x1, y1, text, list_level) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  auto lines = db_->Cached(
      "INSERT INTO lines (block_id, ordinal, x0, y0, x1, y1, font_size, bold, "
      "word_ids, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  auto notes = db_->Cached(
      "INSERT INTO footnotes (document_id, page, number, x0, y0, x1, y1, "
      "word_ids, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  auto markers = db_->Cached(
      "INSERT INTO footnote_markers (document_id, page, number, word_id, x0, "
      "y0, x1, y1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  for (auto* statement : {&blocks, &lines, &notes, &markers}) {
    if (!statement->ok()) return statement->status();
  }
  for (const Page& page : document.pages) {
    std::int64_t ordinal = 0;
    for (const TextBlock& block : page.blocks) {
      sql::Statement& insert = *blocks.value();
      insert.Bind(1, document_id).Bind(2, std::int64_t{page.number});
      insert.Bind(3, ++ordinal).Bind(4, ToString(block.kind));
      BindOptionalText(insert, 5, block.label);
      if (block.row != 0) {
        insert.Bind(6, std::int64_t{block.row});
      } else {
        insert.BindNull(6);
      }
      BindBox(insert, 7, block.box);
      insert.Bind(11, std::string_view(block.text));
      if (block.list_level > 0) {
        insert.Bind(12, std::int64_t{block.list_level});
      } else {
        insert.BindNull(12);
      }
      Status status = insert.Run();
      if (!status.ok()) return status;
      const std::int64_t block_id = db_->LastInsertRowId();
      std::int64_t line_ordinal = 0;
      for (const TextLine& line : block.lines) {
        sql::Statement& add = *lines.value();
        add.Bind(1, block_id).Bind(2, ++line_ordinal);
        BindBox(add, 3, line.box);
        add.Bind(7, line.font_size).Bind(8, std::int64_t{line.bold ? 1 : 0});
        add.Bind(9, std::string_view(JsonTokenIds(line)));
        add.Bind(10, std::string_view(LineText(line)));
        status = add.Run();
        if (!status.ok()) return status;
      }
    }
    for (const Footnote& note : page.footnotes) {
      std::vector<int> ids;
      for (const TextLine& line : note.lines) {
        for (const Token& token : line.tokens) {
          ids.insert(ids.end(), token.word_ids.begin(), token.word_ids.end());
        }
      }
      sql::Statement& insert = *notes.value();
      insert.Bind(1, document_id).Bind(2, std::int64_t{page.number});
      insert.Bind(3, std::int64_t{note.number});
      BindBox(insert, 4, note.box);
      insert.Bind(8, std::string_view(JsonIds(ids)));
      insert.Bind(9, std::string_view(note.text));
      Status status = insert.Run();
      if (!status.ok()) return status;
    }
    for (const FootnoteMarker& marker : page.markers) {
      sql::Statement& insert = *markers.value();
      insert.Bind(1, document_id).Bind(2, std::int64_t{page.number});
      insert.Bind(3, std::int64_t{marker.number});
      insert.Bind(4, std::int64_t{marker.word_id});
      BindBox(insert, 5, marker.box);
      Status status = insert.Run();
      if (!status.ok()) return status;
    }
  }
  return Status::Ok();
}

Result<std::int64_t> DocumentStore::SaveDocument(
    const SourceFile& source, const ExtractedDocument& document) {
  auto transaction = sql::Transaction::Begin(*db_);
  if (!transaction.ok()) return transaction.status();
  std::vector<std::string> paths;
  auto old_id = RemoveExisting(source.sha256, paths);
  if (!old_id.ok()) return old_id.status();
  auto id = InsertDocumentRow(source, &document, nullptr, document.diagnostics,
                              old_id.value());
  if (!id.ok()) return id.status();
  Status status = RecordFilePaths(id.value(), source, paths);
  if (status.ok()) status = InsertPages(id.value(), document);
  if (status.ok()) status = InsertLinks(id.value(), document);
  if (status.ok()) status = InsertLayout(id.value(), document);
  MoneyRowIds ids;
  if (status.ok()) status = InsertSections(*db_, id.value(), document, ids.sections);
  if (status.ok()) status = InsertTablesAndMoney(*db_, id.value(), document, ids);
  if (status.ok()) status = InsertFindings(*db_, id.value(), document.findings, ids);
  if (status.ok()) status = transaction.value()->Commit();
  if (!status.ok()) return status;
  return id.value();
}

void FindingCounts::Add(Severity severity) {
  switch (severity) {
    case Severity::kError: ++errors; return;
    case Severity::kWarning: ++warnings; return;
    case Severity::kInfo: ++infos; return;
  }
}

void FindingCounts::Add(const std::string& severity) {
  Add(FromString<Severity>(severity).value_or(Severity::kInfo));
}

FindingCounts& FindingCounts::operator+=(const FindingCounts& other) {
  errors += other.errors;
  warnings += other.warnings;
  infos += other.infos;
  return *this;
}

Status DocumentStore::RecordFilePath(std::int64_t document_id, const std::string& path) {
  // A re-run sees every path again: a read, not a write transaction each.
  auto known = db_->Prepare("SELECT 1 FROM document_files WHERE document_id = ? AND path = ?");
  if (!known.ok()) return known.status();
  known.value()->Bind(1, document_id).Bind(2, std::string_view(path));
  auto found = known.value()->Step();
  if (!found.ok()) return found.status();
  if (found.value()) return Status::Ok();
  auto insert = db_->Cached(
      "INSERT OR IGNORE INTO document_files (document_id, path, file_name) VALUES (?, ?, ?)");
  if (!insert.ok()) return insert.status();
  const std::size_t slash = path.find_last_of('/');
  insert.value()->Bind(1, document_id).Bind(2, std::string_view(path));
  insert.value()->Bind(3, std::string_view(path).substr(slash == std::string::npos ? 0 : slash + 1));
  return insert.value()->Run();
}

Status DocumentStore::RecordFilePaths(std::int64_t document_id, const SourceFile& source,
                                      const std::vector<std::string>& paths) {
  for (const std::string& path : paths) {
    Status status = RecordFilePath(document_id, path);
    if (!status.ok()) return status;
  }
  return RecordFilePath(document_id, source.path);
}

std::string FindingCounts::Describe() const {
  return std::to_string(errors) + (errors == 1 ? " error, " : " errors, ") + std::to_string(warnings) +
         (warnings == 1 ? " warning, " : " warnings, ") + std::to_string(infos) + " info";
}

Result<FindingCounts> DocumentStore::CountFindings(std::int64_t document_id) {
  auto query = db_->Prepare("SELECT severity FROM findings WHERE document_id = ?");
  if (!query.ok()) return query.status();
  query.value()->Bind(1, document_id);
  FindingCounts counts;
  while (true) {
    auto row = query.value()->Step();
    if (!row.ok()) return row.status();
    if (!row.value()) return counts;
    counts.Add(query.value()->ColumnText(0));
  }
}

Result<std::int64_t> DocumentStore::SaveFailure(
    const SourceFile& source, const std::string& reason,
    const std::vector<std::string>& diagnostics) {
  auto transaction = sql::Transaction::Begin(*db_);
  if (!transaction.ok()) return transaction.status();
  std::vector<std::string> paths;
  auto old_id = RemoveExisting(source.sha256, paths);
  if (!old_id.ok()) return old_id.status();
  auto id = InsertDocumentRow(source, nullptr, &reason, diagnostics,
                              old_id.value());
  if (!id.ok()) return id.status();
  Status status = RecordFilePaths(id.value(), source, paths);
  if (status.ok()) status = transaction.value()->Commit();
  if (!status.ok()) return status;
  return id.value();
}

}  // namespace afstem
