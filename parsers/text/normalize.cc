// Normalization stage implementation (normalize.h).

#include "parsers/text/normalize.h"

#include <cmath>
#include <cstdio>

#include "parsers/text/icu_text.h"
#include "parsers/text/ocr_repair.h"

namespace afstem {
namespace {

// Splits UTF-8 text into its code points' byte sequences (invalid bytes
// stand alone), enough to ask ICU about one character at a time.
std::vector<std::string_view> CodePoints(std::string_view text) {
  std::vector<std::string_view> points;
  std::size_t i = 0;
  while (i < text.size()) {
    const unsigned char lead = static_cast<unsigned char>(text[i]);
    std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3
                                          : lead >= 0xC0 ? 2 : 1;
    length = std::min(length, text.size() - i);
    points.push_back(text.substr(i, length));
    i += length;
  }
  return points;
}

// A body paragraph continues in the next block (the next column) when that
// block starts in lower case: paragraphs do not. Grid cells never continue.
bool ContinuesParagraphShape(const TextBlock& previous, const TextBlock& next) {
  return previous.kind == BlockKind::kBody && next.kind == BlockKind::kBody &&
         previous.row == 0 && next.row == 0 && !previous.lines.empty() &&
         !next.lines.empty() && !previous.lines.back().tokens.empty() &&
         !next.lines.front().tokens.empty();
}

// The smallest drawn box (a rectangle graphic: a sidebar's frame or
// background) that holds the block, or -1 when it stands in none.
int ContainerOf(const Page& page, const TextBlock& block) {
  constexpr double kSlack = 2;  // points: text may touch its frame
  int best = -1;
  double best_area = 0;
  for (std::size_t g = 0; g < page.graphics.size(); ++g) {
    const Graphic& graphic = page.graphics[g];
    const Box& box = graphic.box;
    if (graphic.kind != GraphicKind::kRectangle || box.x0 > block.box.x0 + kSlack ||
        box.y0 > block.box.y0 + kSlack || box.x1 < block.box.x1 - kSlack || box.y1 < block.box.y1 - kSlack) {
      continue;
    }
    const double area = box.width() * box.height();
    if (best < 0 || area < best_area) {
      best = static_cast<int>(g);
      best_area = area;
    }
  }
  return best;
}

bool IsBodyKind(BlockKind kind) {
  return kind == BlockKind::kBody || kind == BlockKind::kHeading ||
         kind == BlockKind::kListItem;
}

}  // namespace

Result<std::unique_ptr<TextNormalizer>> TextNormalizer::Create() {
  for (const char* file : {DanishDictionary::kDefaultAff, DanishDictionary::kDefaultDic}) {
    if (std::FILE* handle = std::fopen(file, "rb")) {
      std::fclose(handle);
    } else {
      return Status::IoError(std::string("cannot read Danish dictionary ") + file +
                           " (Debian package hunspell-da)");
    }
  }
  auto hyphenator = DanishHyphenator::Open();
  if (!hyphenator.ok()) return hyphenator.status();
  return std::unique_ptr<TextNormalizer>(
      new TextNormalizer(std::move(hyphenator).value()));
}

bool TextNormalizer::IsHyphenationPoint(std::string_view stem,
                                        std::string_view rest) const {
  return hyphenator_->IsHyphenationPoint(stem, rest);
}

bool TextNormalizer::ContinuesParagraph(const Page& page, const TextBlock& previous,
                                        const TextBlock& next) const {
  // A column goes on in its own frame and type size: never into a sidebar
  // box, a caption or a note set smaller.
  constexpr double kSameSize = 0.1;
  const double size = previous.lines.empty() ? 0 : previous.lines.back().font_size;
  return ContinuesParagraphShape(previous, next) &&
         afstem::StartsWithLowercase(next.lines.front().tokens.front().text) &&
         std::abs(next.lines.front().font_size - size) <= kSameSize * size &&
         ContainerOf(page, previous) == ContainerOf(page, next);
}

bool TextNormalizer::StartsWithLowercase(std::string_view word) const {
  return afstem::StartsWithLowercase(word);
}

bool TextNormalizer::StartsWithLetter(std::string_view word) const {
  return afstem::StartsWithLowercase(word) || afstem::StartsWithUppercase(word);
}

bool TextNormalizer::EndsWithLetter(std::string_view word) const {
  std::vector<std::string_view> points = CodePoints(word);
  return !points.empty() && StartsWithLetter(points.back());
}

bool TextNormalizer::IsUppercaseWord(std::string_view word) const {
  bool any_letter = false;
  for (std::string_view point : CodePoints(word)) {
    if (afstem::StartsWithLowercase(point)) return false;
    any_letter = any_letter || afstem::StartsWithUppercase(point);
  }
  return any_letter;
}

bool TextNormalizer::IsKnownWord(std::string_view word) const {
  if (!dictionary_tried_) {
    dictionary_tried_ = true;
    auto dictionary = DanishDictionary::Open();
    if (dictionary.ok()) dictionary_ = std::move(dictionary).value();
  }
  return dictionary_ && dictionary_->Knows(NormalizeText(word));
}

std::string TextNormalizer::JoinedText(const std::vector<TextLine>& lines) const {
  std::string text;
  const Token* previous_last = nullptr;
  for (const TextLine& line : lines) {
    std::string line_text;
    for (const Token& token : line.tokens) {
      std::string normalized = NormalizeText(token.text);
      if (normalized.empty()) continue;
      if (!line_text.empty()) line_text += ' ';
      line_text += normalized;
    }
    if (line.tokens.empty() || line_text.empty()) continue;
    if (!previous_last) {
      text = std::move(line_text);
    } else {
      LineJoin join = DecideLineJoin(previous_last->text, line.tokens.front().text, *this);
      text = JoinLines(std::move(text), line_text, join);
    }
    previous_last = &line.tokens.back();
  }
  return text;
}

void TextNormalizer::NormalizeTable(Table& table) const {
  for (TableColumn& column : table.columns) column.header = NormalizeText(column.header);
  table.caption = JoinedText(table.caption_lines);
  for (TableRow& row : table.rows) {
    for (TableCell& cell : row.cells) cell.text = JoinedText(cell.lines);
  }
}

void TextNormalizer::RepairOcrTokens(Page& page) const {
  const KnownWord known = [this](std::string_view word) { return IsKnownWord(word); };
  for (TextBlock& block : page.blocks) {
    for (TextLine& line : block.lines) {
      for (Token& token : line.tokens) token.text = RepairOcrWord(token.text, known);
    }
  }
}

void TextNormalizer::NormalizePage(Page& page) const {
  if (page.text_source == TextSource::kOcr) RepairOcrTokens(page);
  page.text.clear();
  const TextBlock* previous = nullptr;
  TextBlock* paragraph_start = nullptr;  // the block the current paragraph began in
  std::size_t paragraph_offset = 0;      // where it begins in page.text
  for (TextBlock& block : page.blocks) {
    block.text = JoinedText(block.lines);
    block.paragraph.clear();
    block.continues_paragraph = false;
    if (!IsBodyKind(block.kind) || block.text.empty()) continue;
    if (previous && ContinuesParagraph(page, *previous, block)) {
      // A paragraph broken by a column break: "Ung\u00AD" | "domsforvaltningen".
      const LineJoin join = DecideLineJoin(previous->lines.back().tokens.back().text,
                                           block.lines.front().tokens.front().text, *this);
      page.text = JoinLines(std::move(page.text), block.text, join);
      block.continues_paragraph = true;
      if (paragraph_start) paragraph_start->paragraph = page.text.substr(paragraph_offset);
    } else {
      // Single-line cells of one grid row read as one line, as in the
      // document: "800 600 600 600 Integrationsbevilling".
      const bool same_row = previous && block.row != 0 && previous->row == block.row &&
                            previous->lines.size() == 1 && block.lines.size() == 1;
      if (!page.text.empty()) page.text += same_row ? " " : "\n\n";
      paragraph_start = &block;
      paragraph_offset = page.text.size();
      page.text += block.text;
    }
    previous = &block;
  }
  for (Footnote& note : page.footnotes) note.text = JoinedText(note.lines);
}

}  // namespace afstem
