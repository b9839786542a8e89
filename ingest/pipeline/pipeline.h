// The stages after extraction, as one call: layout -> normalize ->
// structure (title, sections) -> tables -> money in prose -> reconcile. The same code runs in worker processes
// (document_job.h) and in tests.
#ifndef AFSTEM_INGEST_PIPELINE_PIPELINE_H_
#define AFSTEM_INGEST_PIPELINE_PIPELINE_H_

#include <memory>

#include "parsers/text/normalize.h"
#include "parsers/layout/layout_rules.h"
#include "parsers/prose/prose_rules.h"
#include "parsers/structure/structure_rules.h"
#include "parsers/tables/table_rules.h"
#include "schema/model/records.h"
#include "schema/model/status.h"

namespace afstem {

// What the stages after extraction need, built once per batch: the compiled
// layout rules and the normalizer with its dictionary.
struct PipelineTools {
  static Result<PipelineTools> Create();
  std::unique_ptr<LayoutRules> layout_rules;
  std::unique_ptr<StructureRules> structure_rules;
  std::unique_ptr<TableRules> table_rules;
  std::unique_ptr<ProseRules> prose_rules;
  std::unique_ptr<TextNormalizer> normalizer;
};

// The stages after extraction, in order: layout, normalization, the
// document's header and sections (every initiative gets the innermost
// section of its money), tables
// (detection, cell text, meaning), money in prose, reconciliation
// (findings). raw_text keeps the words in the PDF library's reading order.
// Values read from OCR pages get origin ocr before reconciliation.
void RunPipeline(ExtractedDocument& document, const PipelineTools& tools);

}  // namespace afstem

#endif  // AFSTEM_INGEST_PIPELINE_PIPELINE_H_
