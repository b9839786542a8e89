// The extraction stage's envelope check on byte strings, and the codes of
// its failures: a bad document is kInvalidInput, one afstem does not read
// (encrypted, over --max-pages) kNotSupported.

#include "ingest/extract/extract.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <string>

#include "tests/support/test_support.h"

namespace afstem {
namespace {

std::string Bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

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
  CHECK(CheckPdfEnvelope("").code() == StatusCode::kInvalidInput);
  CHECK(CheckPdfEnvelope("<html>not a pdf</html>").code() == StatusCode::kInvalidInput);
  CHECK(CheckPdfEnvelope("%PDF-1.5\n1 0 obj\n<<").code() == StatusCode::kInvalidInput);
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
  CHECK(result.status().IsInvalidInput());
}

TEST_CASE("an encrypted PDF, or one over --max-pages, is not supported", "[ingest][extract]") {
  auto encrypted = ExtractDocument(Bytes(testing::BadFixture("encrypted_user_password.pdf")),
                                   PopplerOptions{});
  REQUIRE_FALSE(encrypted.ok());
  CHECK(encrypted.status().code() == StatusCode::kNotSupported);
  CHECK(encrypted.status().message() == "encrypted: a user password is required to open it");

  PopplerOptions one_page;
  one_page.max_pages = 1;
  auto long_one = ExtractDocument(Bytes(testing::FixturePdf("integrationshandleplan_2024.pdf")), one_page);
  REQUIRE_FALSE(long_one.ok());
  CHECK(long_one.status().IsNotSupported());
  CHECK(long_one.status().message().rfind("too many pages (", 0) == 0);
}

}  // namespace afstem
