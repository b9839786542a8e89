// The printed title, kind, date and committee
// (parsers/structure/document_header.h), on laid-out pages built by hand: one
// shape per rule.

#include "parsers/structure/document_header.h"

#include <catch2/catch.hpp>
#include <sstream>

namespace afstem {
namespace {

const StructureRules& Rules() {
  static const std::unique_ptr<StructureRules> rules =
      std::move(StructureRules::Create()).value();
  return *rules;
}

struct LineSpec {
  std::string text;
  double size = 10;
  bool bold = false;
  double x0 = 60, y0 = 100;
  double width = 0;  // 0: from the text's length
};

// A block per call; lines top to bottom. Words are the line's
// space-separated parts (sizes are what the layout would measure).
void AddBlock(Page& page, BlockKind kind, const std::vector<LineSpec>& specs) {
  TextBlock block;
  block.kind = kind;
  for (const LineSpec& spec : specs) {
    TextLine line;
    const double width =
        spec.width > 0
            ? spec.width
            : spec.size * 0.5 * static_cast<double>(spec.text.size());
    line.box =
        Box{spec.x0, spec.y0, spec.x0 + width, spec.y0 + spec.size * 1.2};
    line.font_size = spec.size;
    line.bold = spec.bold;
    std::istringstream words(spec.text);
    for (std::string word; words >> word;) {
      Word w;
      w.text = word;
      w.box = line.box;
      w.font_size = spec.size;
      page.words.push_back(w);
      line.tokens.push_back(
          Token{{static_cast<int>(page.words.size()) - 1}, word});
    }
    block.box = block.lines.empty()
                    ? line.box
                    : Box{std::min(block.box.x0, line.box.x0), block.box.y0,
                          std::max(block.box.x1, line.box.x1), line.box.y1};
    block.lines.push_back(line);
    block.text += (block.text.empty() ? "" : " ") + spec.text;
  }
  page.blocks.push_back(block);
}

// Body text, so the document's body size is 10 pt.
void AddBody(Page& page, double y0) {
  AddBlock(page, BlockKind::kBody,
           {{"Forvaltningen har gennemgået sagen og foreslår, at udvalget "
             "godkender den.",
             10, false, 60, y0},
            {"Sagen har været drøftet med de berørte parter i løbet af foråret "
             "og sommeren.",
             10, false, 60, y0 + 12}});
}

std::string Join(const std::vector<TextLine>& lines) {
  std::string text;
  for (const TextLine& line : lines) {
    for (const Token& token : line.tokens) {
      if (!text.empty()) text += ' ';
      text += token.text;
    }
  }
  return text;
}

DocumentHeader Read(const ExtractedDocument& document) {
  return ReadDocumentHeader(document, Rules(), Join);
}

ExtractedDocument OnePage() {
  ExtractedDocument document;
  Page page;
  page.number = 1;
  page.width = 595;
  page.height = 842;
  document.pages.push_back(page);
  return document;
}

}  // namespace

TEST_CASE(
    "the title is the most prominent line, a kind word above it gives the kind",
    "[parsers][structure]") {
  ExtractedDocument document = OnePage();
  Page& page = document.pages[0];
  AddBlock(page, BlockKind::kBody,
           {{"Staben", 7, true, 450, 60},
            {"Middelfart Kommune", 7, false, 450, 70}});
  AddBlock(page, BlockKind::kBody,
           {{"Dato: 27. april 2016", 10, false, 60, 150}});
  AddBlock(page, BlockKind::kHeading, {{"NOTAT", 16, false, 260, 190}});
  AddBlock(page, BlockKind::kHeading,
           {{"Ny struktur for tilsyn", 10, true, 60, 230}});
  AddBody(page, 260);
  document.info.title = "Microsoft Word - Dokument1";
  const DocumentHeader header = Read(document);
  CHECK(header.title == "Ny struktur for tilsyn");
  CHECK(header.title_source == TitleSource::kPage);
  CHECK(header.kind == "notat");
  CHECK(header.date == "2016-04-27");
  CHECK(header.page == 1);
}

TEST_CASE(
    "a title set on several lines is joined; the date line under it is the "
    "date",
    "[parsers][structure]") {
  ExtractedDocument document = OnePage();
  Page& page = document.pages[0];
  AddBlock(page, BlockKind::kHeading,
           {{"Handleplan for", 20, true, 200, 120},
            {"bedre cykelstier", 20, true, 190, 150},
            {"mandag den 3. marts 2025", 20, true, 180, 180}});
  AddBody(page, 260);
  const DocumentHeader header = Read(document);
  CHECK(header.title == "Handleplan for bedre cykelstier");
  CHECK(header.kind == "handleplan");
  CHECK(header.date == "2025-03-03");
}

TEST_CASE("a cover: a kind word and a larger year are the title",
          "[parsers][structure]") {
  ExtractedDocument document = OnePage();
  Page& page = document.pages[0];
  AddBlock(page, BlockKind::kHeading, {{"Regnskab", 28, false, 220, 300, 150}});
  AddBlock(page, BlockKind::kHeading, {{"2024", 44, false, 240, 340, 100}});
  Page body;  // the report's text, on the pages after the cover
  body.number = 2;
  AddBody(body, 100);
  AddBody(body, 140);
  document.pages.push_back(body);
  const DocumentHeader header = Read(document);
  CHECK(header.title == "Regnskab 2024");
  CHECK(header.kind == "regnskab");
}

TEST_CASE(
    "a printed e-mail is titled by its subject, also when the values form a "
    "column",
    "[parsers][structure]") {
  ExtractedDocument document = OnePage();
  Page& page = document.pages[0];
  AddBlock(page, BlockKind::kHeading,
           {{"From:", 10, true, 40, 80, 30},
            {"Sent:", 10, true, 40, 94, 30},
            {"To:", 10, true, 40, 108, 20}});
  AddBlock(page, BlockKind::kHeading, {{"Subject:", 10, true, 40, 122, 40}});
  AddBlock(page, BlockKind::kBody,
           {{"Kirsten Holm <kh@example.dk>", 10, false, 190, 80},
            {"Thursday, January 5, 2017 5:03 AM", 10, false, 190, 94},
            {"Teknik- og Miljøudvalget", 10, false, 190, 108},
            {"VS: Status på vejprojekter", 10, false, 190, 122}});
  AddBlock(page, BlockKind::kHeading, {{"Kirsten Holm", 11, true, 40, 300}});
  AddBody(page, 200);
  const DocumentHeader header = Read(document);
  CHECK(header.title == "Status på vejprojekter");
  CHECK(header.kind == "e-mail");
  CHECK(header.date == "2017-01-05");
  CHECK(header.committee == "Teknik- og Miljøudvalget");
}

TEST_CASE("no emphasized line: the PDF title unless it is junk",
          "[parsers][structure]") {
  ExtractedDocument document = OnePage();
  AddBody(document.pages[0], 100);
  document.info.title = "Budgetopfølgning 2 for Kultur";
  DocumentHeader header = Read(document);
  CHECK(header.title == "Budgetopfølgning 2 for Kultur");
  CHECK(header.title_source == TitleSource::kMetadata);
  CHECK(header.kind == "budgetopfølgning");
  document.info.title = "budget_2025_final.docx";
  header = Read(document);
  CHECK(header.title.empty());
  CHECK(header.title_source == TitleSource::kNone);
}

TEST_CASE("a table row is no title, however large its label",
          "[parsers][structure]") {
  ExtractedDocument document = OnePage();
  Page& page = document.pages[0];
  AddBlock(page, BlockKind::kHeading,
           {{"FORENINGEN AF VEJLAUG", 12, false, 100, 70}});
  AddBody(page, 100);
  AddBlock(page, BlockKind::kHeading,
           {{"Årets resultat", 13, false, 50, 300, 80}});
  AddBlock(page, BlockKind::kHeading, {{"-2.652,18", 13, false, 320, 300, 50}});
  const DocumentHeader header = Read(document);
  CHECK(header.title == "FORENINGEN AF VEJLAUG");
}

TEST_CASE("the committee printed under a kind word", "[parsers][structure]") {
  ExtractedDocument document = OnePage();
  Page& page = document.pages[0];
  AddBlock(page, BlockKind::kHeading, {{"Dagsorden", 36, true, 70, 110}});
  AddBlock(page, BlockKind::kHeading,
           {{"Børne- og Ungdomsudvalget", 24, false, 70, 165}});
  AddBlock(page, BlockKind::kBody,
           {{"Tirsdag den 4. februar 2025", 16, false, 70, 220}});
  AddBody(page, 300);
  const DocumentHeader header = Read(document);
  CHECK(header.title == "Børne- og Ungdomsudvalget");
  CHECK(header.kind == "dagsorden");
  CHECK(header.date == "2025-02-04");
  CHECK(header.committee == "Børne- og Ungdomsudvalget");
}

}  // namespace afstem
