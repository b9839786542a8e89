// The table of export formats (export_format.h).

#include "ingest/export/export_format.h"

#include <array>

#include "ingest/export/export_records.h"
#include "ingest/export/export_tables.h"

namespace afstem {
namespace {

constexpr std::array kFormats = {
    ExportFormat{"csv", WriteRecordsCsv, WriteTablesCsv},
    ExportFormat{"json", WriteRecordsJson, WriteTablesJson},
    ExportFormat{"ndjson", WriteRecordsNdjson, WriteTablesNdjson},
};

}  // namespace

std::span<const ExportFormat> ExportFormats() { return kFormats; }

const ExportFormat* FindExportFormat(std::string_view name) {
  for (const ExportFormat& format : kFormats) {
    if (format.name == name) return &format;
  }
  return nullptr;
}

std::string ExportFormatNames(std::string_view separator, std::string_view last_separator) {
  std::string names;
  for (std::size_t i = 0; i < kFormats.size(); ++i) {
    if (i > 0) names += i + 1 == kFormats.size() ? last_separator : separator;
    names += kFormats[i].name;
  }
  return names;
}

}  // namespace afstem
