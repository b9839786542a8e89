// The stages after extraction (pipeline.h).

#include "ingest/pipeline/pipeline.h"

#include "parsers/layout/layout.h"
#include "parsers/layout/page_text.h"
#include "parsers/prose/prose_money.h"
#include "parsers/reconcile/reconcile.h"
#include "parsers/structure/document_header.h"
#include "parsers/structure/sections.h"
#include "parsers/tables/table_detector.h"
#include "parsers/tables/table_semantics.h"

namespace afstem {
namespace {

// Provenance: what was read from a scan's OCR words says so (origin ocr),
// whether a table or prose found it, so a person knows to check its digits.
void MarkOcrOrigins(ExtractedDocument& document) {
  auto on_ocr_page = [&document](int number) {
    return number >= 1 && static_cast<std::size_t>(number) <= document.pages.size() &&
           document.pages[static_cast<std::size_t>(number) - 1].text_source == TextSource::kOcr;
  };
  for (Initiative& initiative : document.initiatives) {
    if (on_ocr_page(initiative.page)) initiative.origin = Origin::kOcr;
  }
  for (Allocation& allocation : document.allocations) {
    if (on_ocr_page(allocation.page)) allocation.origin = Origin::kOcr;
  }
}

// Table rows stand in the section the table starts in.
void PlaceTableInitiatives(ExtractedDocument& document) {
  for (Initiative& initiative : document.initiatives) {
    if (initiative.table < 0 || initiative.section >= 0) continue;
    const Table& table = document.tables[static_cast<std::size_t>(initiative.table)];
    initiative.section = SectionAt(document, table.first_page, table.box);
  }
}

}  // namespace

Result<PipelineTools> PipelineTools::Create() {
  auto rules = LayoutRules::Create();
  if (!rules.ok()) return rules.status();
  auto structure_rules = StructureRules::Create();
  if (!structure_rules.ok()) return structure_rules.status();
  auto table_rules = TableRules::Create();
  if (!table_rules.ok()) return table_rules.status();
  auto prose_rules = ProseRules::Create();
  if (!prose_rules.ok()) return prose_rules.status();
  auto normalizer = TextNormalizer::Create();
  if (!normalizer.ok()) return normalizer.status();
  return PipelineTools{std::move(rules).value(), std::move(structure_rules).value(),
                       std::move(table_rules).value(),
                       std::move(prose_rules).value(), std::move(normalizer).value()};
}

void RunPipeline(ExtractedDocument& document, const PipelineTools& tools) {
  LayOutDocument(document.pages, *tools.layout_rules);
  for (Page& page : document.pages) {
    page.raw_text = BuildRawText(page.words);
    tools.normalizer->NormalizePage(page);
  }
  const TextNormalizer& normalizer = *tools.normalizer;
  document.header = ReadDocumentHeader(
      document, *tools.structure_rules,
      [&normalizer](const std::vector<TextLine>& lines) { return normalizer.JoinedText(lines); });
  BuildSections(document, *tools.structure_rules);
  document.tables = DetectTables(document.pages, *tools.table_rules);
  for (Table& table : document.tables) tools.normalizer->NormalizeTable(table);
  document.initiatives.clear();
  document.allocations.clear();
  document.stated_totals.clear();
  document.prose_money.clear();
  InterpretTables(document, *tools.table_rules);
  PlaceTableInitiatives(document);
  ReadProseMoney(document, *tools.prose_rules);
  MarkOcrOrigins(document);
  document.findings = Reconcile(document);
}

}  // namespace afstem
