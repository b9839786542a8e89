// Helpers for end-to-end tests: a fixture run through the whole pipeline
// (extract, layout, normalize, tables), and the link targets of the memo.
#ifndef AFSTEM_TESTS_SUPPORT_PIPELINE_SUPPORT_H_
#define AFSTEM_TESTS_SUPPORT_PIPELINE_SUPPORT_H_

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "ingest/batch/batch_ingest.h"
#include "ingest/extract/extract.h"
#include "ingest/batch/input_files.h"

namespace afstem::testing {

// The PDF at `path` after every stage but the load.
inline ExtractedDocument ProcessPdf(const std::filesystem::path& path) {
  static const PipelineTools tools = std::move(PipelineTools::Create()).value();
  auto bytes = ReadFileBytes(path.string());
  REQUIRE(bytes.ok());
  auto document = ExtractDocument(bytes.value(), PopplerOptions{});
  REQUIRE(document.ok());
  RunPipeline(document.value(), tools);
  return std::move(document).value();
}

// The memo's Finansiering links (shared/seeds/000_*.txt).
inline const std::string kPunkt9 =
    "https://www.kk.dk/dagsordener-og-referater/Besk%C3%A6ftigelses-%20og%20"
    "Integrationsudvalget/m%C3%B8de-11122023/referat/punkt-9";
inline const std::string kPunkt10 =
    "https://www.kk.dk/dagsordener-og-referater/Besk%C3%A6ftigelses-%20og%20"
    "Integrationsudvalget/m%C3%B8de-17062024/referat/punkt-10";
inline const std::string kBudget2024 =
    "https://www.kk.dk/sites/default/files/2023-10/Aftaletekst%20Budget%20"
    "2024%20-%20v.%2002.10.2023.pdf";
inline const std::string kBudget2023 =
    "https://www.kk.dk/sites/default/files/2022-10/Aftaletekst%20pa%CC%8A%20"
    "budget%202023%20rev%206%20oktober%202022.pdf";
inline const std::string kOfs =
    "https://www.kk.dk/sites/default/files/2024-03/OFS%20Aftaletekst%2019.03.24.pdf";

}  // namespace afstem::testing

#endif  // AFSTEM_TESTS_SUPPORT_PIPELINE_SUPPORT_H_
