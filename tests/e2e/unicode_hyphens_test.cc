// A Chromium-made PDF (fixtures/chromium/unicode_hyphens.pdf, printed from
// its HTML source by scripts/make-chromium-fixtures.sh) whose line ends are
// U+2010 HYPHEN, as Chromium's and Word's own hyphenation write them: the
// page text reads joined words, and real compounds and ranges keep their
// hyphen (issue 15).

#include <catch2/catch.hpp>

#include <string>

#include "tests/support/pipeline_support.h"
#include "tests/support/test_support.h"

namespace afstem {

TEST_CASE("U+2010 line ends of a Chromium PDF read as the words they break", "[e2e][normalize]") {
  const ExtractedDocument document =
      testing::ProcessPdf(testing::SourceDir() / "fixtures" / "chromium" / "unicode_hyphens.pdf");
  REQUIRE(document.pages.size() == 1);
  CHECK(document.info.producer == "Skia/PDF m156");
  CHECK(document.pages[0].text ==
        "Notat\n\n"
        "Beskæftigelses- og Integrationsudvalget besluttede den 11. december at videreføre indsatsen mod "
        "hadforbrydelser og diskrimination i perioden 2024-2026. Indsatsen omfatter e-læring for medarbejderne "
        "og en pulje til civilsamfundsaktiviteter, som Integrationsudvalget fordeler.");
}

}  // namespace afstem
