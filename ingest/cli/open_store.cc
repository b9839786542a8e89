// Store opening with the Danish collation (open_store.h).

#include "ingest/cli/open_store.h"

#include <filesystem>

#include "parsers/text/icu_text.h"
#include "schema/model/version.h"

namespace afstem {

Result<std::unique_ptr<DocumentStore>> OpenDocumentStore(const std::string& path) {
  auto store = DocumentStore::Open(path, kVersion);
  if (!store.ok()) return store.status();
  auto collator = DanishCollator::Create();
  if (!collator.ok()) return collator.status();
  // The connection keeps the comparator, which keeps the collator alive.
  std::shared_ptr<const DanishCollator> shared = std::move(collator).value();
  Status status = store.value()->database().RegisterCollation(
      kDanishCollation, [shared](std::string_view a, std::string_view b) {
        return shared->Compare(a, b);
      });
  if (!status.ok()) return status;
  return store;
}

Result<std::unique_ptr<DocumentStore>> OpenExistingDocumentStore(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) {
    return Status::Error(path + ": no database here (import PDFs with afstem ingest first)");
  }
  return OpenDocumentStore(path);
}

}  // namespace afstem
