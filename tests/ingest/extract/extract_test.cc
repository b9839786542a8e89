// The extraction stage's envelope check on byte strings.

#include "ingest/extract/extract.h"

#include <catch2/catch.hpp>
#include <string>

namespace afstem {

TEST_CASE("envelope check names what is wrong", "[ingest][extract]") {
  CHECK(CheckPdfEnvelope("").message() == "empty file (0 bytes)");
  CHECK(CheckPdfEnvelope("<html>not a pdf</html>").message() ==
        "not a PDF (no %PDF- header)");
  CHECK(CheckPdfEnvelope("%PDF-1.5\n1 0 obj\n<<").message() ==
        "truncated PDF (no %%EOF at the end)");
  CHECK(CheckPdfEnvelope("%PDF-1.5\n...\n%%EOF\n").ok());
  // Junk before the header and after the end marker is tolerated.
  CHECK(CheckPdfEnvelope(std::string(100, ' ') + "%PDF-1.4\n%%EOF" +
                         std::string(500, '\0'))
            .ok());
  CHECK_FALSE(CheckPdfEnvelope(std::string(2000, ' ') + "%PDF-1.4\n%%EOF").ok());
}

TEST_CASE("extraction of a non-PDF fails before Poppler", "[ingest][extract]") {
  auto result = ExtractDocument("GIF89a", PopplerOptions{});
  REQUIRE_FALSE(result.ok());
  CHECK(result.status().message() == "not a PDF (no %PDF- header)");
}

TEST_CASE("a PDF Poppler cannot open is damaged", "[ingest][extract]") {
  auto result = ExtractDocument("%PDF-1.4\ngarbage\n%%EOF\n", PopplerOptions{});
  REQUIRE_FALSE(result.ok());
  CHECK(result.status().message().rfind("damaged PDF: Poppler cannot open it", 0) == 0);
}

}  // namespace afstem
