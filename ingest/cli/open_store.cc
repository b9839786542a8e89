// Store opening with the Danish collation (open_store.h).

#include "ingest/cli/open_store.h"

#include <filesystem>

#include "parsers/text/icu_text.h"
#include "schema/model/version.h"

namespace afstem {

Result<std::unique_ptr<DocumentStore>> OpenDocumentStore(const std::string& path) {
  auto collator = DanishCollator::Create();
  if (!collator.ok()) return collator.status();
  // The store keeps the comparator, which keeps the collator alive.
  std::shared_ptr<const DanishCollator> shared = std::move(collator).value();
  StoreOptions options;
  options.afstem_version = kVersion;
  options.text_order = [shared](std::string_view a, std::string_view b) { return shared->Compare(a, b); };
  return DocumentStore::Open(path, std::move(options));
}

Result<std::unique_ptr<DocumentStore>> OpenExistingDocumentStore(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) {
    return Status::NotFound(path + ": no database here (import PDFs with afstem ingest first)");
  }
  return OpenDocumentStore(path);
}

}  // namespace afstem
