// The printed title, kind, date and committee (document_header.h).

#include "parsers/structure/document_header.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <map>
#include <set>

#include "parsers/layout/page_orientation.h"
#include "parsers/layout/word_style.h"
#include "parsers/text/icu_text.h"

namespace afstem {
namespace {

// A line is emphasized when bold or this much larger than the body text.
constexpr double kEmphasisRatio = 1.15;
// Bold counts as this much extra size when lines compete for the title.
constexpr double kBoldWeight = 1.1;
// Lines within this share of each other's prominence are equally prominent;
// OCR sizes are estimated from line heights, so they get a wider margin.
constexpr double kSameProminence = 0.03;
constexpr double kSameProminenceOcr = 0.1;
// A block with more lines is a paragraph, never a title.
constexpr std::size_t kMaxTitleBlockLines = 6;
constexpr std::size_t kMaxTitleLines = 6;
// Lines of one title: font sizes within this share, and at most this many
// font sizes apart vertically (a title set with generous leading).
constexpr double kSameSize = 0.1;
constexpr double kTitleLineGap = 1.6;
// A number line joins a title above it when at least this share of its size.
constexpr double kNumberLineSize = 0.8;
// A paragraph of body text: two or more lines at the body size (within
// this share), one of them with kRunningTextWords words or more. The title
// stands above the first one: a heading under it is a section of a page that
// starts with the text.
constexpr double kBodySize = 0.1;
constexpr std::size_t kParagraphLines = 2;
constexpr std::size_t kRunningTextWords = 8;
// A printed e-mail has at least this many different mail fields.
constexpr int kMailFields = 3;
// A field's value printed to its right: baselines within this share of the
// label's height.
constexpr double kSameBaseline = 0.5;
// Dates and committees are looked for in this upper share of the page.
constexpr double kUpperPart = 0.5;

struct PageLine {
  const TextLine* line = nullptr;
  const TextBlock* block = nullptr;
  std::string text;  // normalized
  std::size_t block_lines = 0;
  bool table_row = false;  // a figure is printed on its baseline: a table row
};

bool HasLetter(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](unsigned char c) {
    return std::isalpha(c) || c >= 0x80;
  });
}

bool HasDigit(std::string_view text) {
  return std::any_of(text.begin(), text.end(),
                     [](unsigned char c) { return std::isdigit(c); });
}

Box Union(const Box& a, const Box& b) {
  return Box{std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1),
             std::max(a.y1, b.y1)};
}

bool OverlapsHorizontally(const Box& a, const Box& b) {
  return a.x0 < b.x1 && b.x0 < a.x1;
}

// The first page with text among the first two: a blank or figure cover
// before the title page is skipped.
const Page* TitlePage(const ExtractedDocument& document) {
  for (std::size_t p = 0; p < document.pages.size() && p < 2; ++p) {
    for (const TextBlock& block : document.pages[p].blocks) {
      if (!block.lines.empty() && block.kind != BlockKind::kHeader &&
          block.kind != BlockKind::kFooter &&
          block.kind != BlockKind::kFootnote) {
        return &document.pages[p];
      }
    }
  }
  return nullptr;
}

std::vector<PageLine> LinesOf(const Page& page, const LineJoiner& joiner) {
  std::vector<PageLine> lines;
  for (const TextBlock& block : page.blocks) {
    if (block.kind == BlockKind::kHeader || block.kind == BlockKind::kFooter ||
        block.kind == BlockKind::kFootnote) {
      continue;
    }
    for (const TextLine& line : block.lines) {
      std::string text = joiner({line});
      if (text.empty()) continue;
      lines.push_back(
          PageLine{&line, &block, std::move(text), block.lines.size()});
    }
  }
  // A line with a figure (no letters) beside it on its baseline is a table row.
  for (PageLine& line : lines) {
    const Box& box = line.line->box;
    const double centre = (box.y0 + box.y1) / 2;
    for (const PageLine& other : lines) {
      const Box& candidate = other.line->box;
      if (&other == &line || HasLetter(other.text) || !HasDigit(other.text) ||
          candidate.x0 < box.x1 ||
          std::abs((candidate.y0 + candidate.y1) / 2 - centre) >
              kSameBaseline * box.height()) {
        continue;
      }
      line.table_row = true;
      break;
    }
  }
  return lines;
}

double Prominence(const TextLine& line) {
  return line.font_size * (line.bold ? kBoldWeight : 1.0);
}

class HeaderReader {
 public:
  HeaderReader(const ExtractedDocument& document, const StructureRules& rules,
               const LineJoiner& joiner)
      : document_(document), rules_(rules), joiner_(joiner) {}

  DocumentHeader Read() {
    const Page* page = TitlePage(document_);
    if (page) {
      // Geometry in the text's upright frame: on a turned page "above" is
      // not the display's.
      upright_ = UprightLayoutCopy(*page);
      page_ = &upright_;
      lines_ = LinesOf(upright_, joiner_);
      body_size_ = BodyFontSize(document_.pages);
      FindFirstParagraph();
      if (!ReadMailHeader()) ReadPrintedTitle();
      ReadDate();
      ReadCommittee();
    }
    if (header_.title.empty() && !document_.info.title.empty() &&
        !rules_.IsJunkTitle(document_.info.title)) {
      header_.title = document_.info.title;
      header_.title_source = TitleSource::kMetadata;
    }
    if (header_.kind.empty()) header_.kind = rules_.FirstKind(header_.title);
    if (page && header_.page != 0) header_.box = ToDisplay(header_.box, *page);
    return header_;
  }

 private:
  void FindFirstParagraph() {
    // Lines of running text by block: body size, regular, no letterhead
    // field or date.
    // field or date; one of them a line of running text, not an address.
    struct Count {
      std::size_t lines = 0;
      bool running = false;
    };
    std::map<const TextBlock*, Count> body_lines;
    for (const PageLine& line : lines_) {
      const TextBlock& block = *line.block;
      if ((block.kind != BlockKind::kBody &&
           block.kind != BlockKind::kListItem) ||
          std::abs(line.line->font_size - body_size_) >
              kBodySize * body_size_ ||
          line.line->bold || rules_.Field(line.text).role != FieldRole::kNone ||
          rules_.IsDateLine(line.text)) {
        continue;
      }
      Count& count = body_lines[&block];
      ++count.lines;
      count.running =
          count.running || line.line->tokens.size() >= kRunningTextWords;
      if (count.lines >= kParagraphLines && count.running) {
        first_paragraph_y_ = std::min(first_paragraph_y_, block.box.y0);
      }
    }
  }

  // Above the running text and in the upper part of the page: where a
  // letterhead prints the date and the committee (a date or a council named
  // in the body's sentences is something the text is about).
  bool InMasthead(const TextLine& line) const {
    return line.box.y0 < first_paragraph_y_ &&
           line.box.y0 <= kUpperPart * page_->height;
  }

  bool Emphasized(const TextLine& line) const {
    return line.bold || line.font_size >= kEmphasisRatio * body_size_;
  }

  // The text printed right of a field label that stands alone on its line
  // (a mail header set as two columns).
  std::string ValueRightOf(const PageLine& label) const {
    const Box& box = label.line->box;
    const double centre = (box.y0 + box.y1) / 2;
    const PageLine* best = nullptr;
    for (const PageLine& other : lines_) {
      const Box& candidate = other.line->box;
      const double other_centre = (candidate.y0 + candidate.y1) / 2;
      if (&other == &label || candidate.x0 < box.x1 - 1 ||
          std::abs(other_centre - centre) > kSameBaseline * box.height()) {
        continue;
      }
      if (!best || candidate.x0 < best->line->box.x0) best = &other;
    }
    return best ? best->text : "";
  }

  std::string FieldValue(const PageLine& line, const FieldLabel& field) const {
    if (field.value_start < line.text.size())
      return line.text.substr(field.value_start);
    return ValueRightOf(line);
  }

  bool ReadMailHeader() {
    std::set<FieldRole> roles;
    const PageLine* subject = nullptr;
    FieldLabel subject_field;
    for (const PageLine& line : lines_) {
      const FieldLabel field = rules_.Field(line.text);
      switch (field.role) {
        case FieldRole::kMailSubject:
          if (!subject) {
            subject = &line;
            subject_field = field;
          }
          [[fallthrough]];
        case FieldRole::kMailSender:
        case FieldRole::kMailRecipient:
        case FieldRole::kMailSent:
        case FieldRole::kMailOther:
          roles.insert(field.role);
          break;
        default:
          break;
      }
      if (field.role == FieldRole::kMailSent && mail_date_.empty()) {
        const auto dates = rules_.FindDates(FieldValue(line, field));
        if (!dates.empty()) mail_date_ = dates.front().iso;
      }
    }
    if (static_cast<int>(roles.size()) < kMailFields || !subject) {
      mail_date_.clear();
      return false;
    }
    header_.title = rules_.MailSubject(FieldValue(*subject, subject_field));
    if (header_.title.empty()) return false;
    header_.title_source = TitleSource::kPage;
    header_.kind = std::string(kMailKind);
    header_.page = page_->number;
    header_.box = subject->line->box;
    return true;
  }

  // A line that may be (a part of) the title. A kind word alone on its line
  // is the kind, not the title, unless `kind_lines` (the page has nothing
  // else).
  bool MayBeTitle(const PageLine& line, bool kind_lines = false) const {
    return HasLetter(line.text) && line.block_lines <= kMaxTitleBlockLines &&
           !line.table_row && line.line->box.y0 < first_paragraph_y_ &&
           rules_.Field(line.text).role == FieldRole::kNone &&
           (kind_lines || rules_.KindLine(line.text).empty()) &&
           !rules_.IsDateLine(line.text) &&
           !rules_.IsGenericHeading(line.text) && Emphasized(*line.line);
  }

  // Whether `next` continues the title whose last line is `last`.
  bool ContinuesTitle(const TextLine& title_line, const Box& last,
                      const PageLine& next) const {
    const TextLine& line = *next.line;
    const double gap =
        line.box.y0 > last.y1 ? line.box.y0 - last.y1 : last.y0 - line.box.y1;
    const double size = std::max(title_line.font_size, line.font_size);
    // A kind word in the title's own style is a part of it ("Politik" / "for
    // Kultur og Fritid").
    return gap <= kTitleLineGap * size && MayBeTitle(next, true) &&
           line.bold == title_line.bold &&
           std::abs(line.font_size - title_line.font_size) <=
               kSameSize * title_line.font_size;
  }

  bool IsNumberLine(const TextLine& title_line, const Box& last,
                    const PageLine& next) const {
    const TextLine& line = *next.line;
    // Below the title (boxes of large type may overlap a little).
    return !HasLetter(next.text) && HasDigit(next.text) &&
           line.box.y0 > (last.y0 + last.y1) / 2 &&
           line.box.y0 - last.y1 <= kTitleLineGap * line.font_size &&
           line.font_size >= kNumberLineSize * title_line.font_size;
  }

  void ReadPrintedTitle() {
    // The kind word printed on its own above the title ("Notat", "Referat").
    double kind_prominence = 0;
    for (const PageLine& line : lines_) {
      const std::string kind = rules_.KindLine(line.text);
      if (!kind.empty() && Emphasized(*line.line) &&
          Prominence(*line.line) > kind_prominence) {
        header_.kind = kind;
        kind_prominence = Prominence(*line.line);
      }
    }
    const double same = page_->text_source == TextSource::kOcr
                            ? kSameProminenceOcr
                            : kSameProminence;
    const PageLine* best = nullptr;
    for (const bool kind_lines : {false, true}) {
      for (const PageLine& line : lines_) {
        if (!MayBeTitle(line, kind_lines)) continue;
        if (!best) {
          best = &line;
          continue;
        }
        const double a = Prominence(*line.line), b = Prominence(*best->line);
        if (a > b * (1 + same) ||
            (a >= b * (1 - same) && line.line->box.y0 < best->line->box.y0)) {
          best = &line;
        }
      }
      if (best) break;
    }
    if (!best) return;
    // Lines in the title's column, top to bottom.
    std::vector<const PageLine*> column;
    for (const PageLine& line : lines_) {
      if (OverlapsHorizontally(line.line->box, best->line->box))
        column.push_back(&line);
    }
    std::stable_sort(column.begin(), column.end(),
                     [](const PageLine* a, const PageLine* b) {
                       return a->line->box.y0 < b->line->box.y0;
                     });
    const auto at =
        std::find(column.begin(), column.end(), best) - column.begin();
    std::size_t first = static_cast<std::size_t>(at), last = first;
    Box box = best->line->box;
    // A kind word above the title is a part of it only when the title goes
    // on in lower case ("Politik" / "for Kultur og Fritid"), not before a
    // title of its own ("Notat" / "Foreløbige bud …").
    while (first > 0 && last - first + 1 < kMaxTitleLines &&
           ContinuesTitle(*best->line, box, *column[first - 1]) &&
           (rules_.KindLine(column[first - 1]->text).empty() ||
            StartsWithLowercase(column[first]->text))) {
      --first;
      box = Union(box, column[first]->line->box);
    }
    while (last + 1 < column.size() && last - first + 1 < kMaxTitleLines) {
      const PageLine& next = *column[last + 1];
      if (ContinuesTitle(*best->line, box, next)) {
        ++last;
        box = Union(box, next.line->box);
        continue;
      }
      if (IsNumberLine(*best->line, box, next)) {
        ++last;
        box = Union(box, next.line->box);
      }
      break;
    }
    std::vector<TextLine> title_lines;
    for (std::size_t i = first; i <= last; ++i)
      title_lines.push_back(*column[i]->line);
    header_.title = joiner_(title_lines);
    header_.title_source = TitleSource::kPage;
    if (first == static_cast<std::size_t>(at))
      header_.label = best->block->label;
    header_.page = page_->number;
    header_.box = box;
  }

  // The date in the title; else the mail's sending date; else a "Dato:"
  // field; else a line that is only a date; else the first full date in
  // the masthead.
  void ReadDate() {
    if (auto dates = rules_.FindDates(header_.title); !dates.empty()) {
      header_.date = dates.front().iso;
      return;
    }
    if (!mail_date_.empty()) {
      header_.date = mail_date_;
      return;
    }
    std::string field_date, line_date, any_date;
    for (const PageLine& line : lines_) {
      const FieldLabel field = rules_.Field(line.text);
      if (field.role == FieldRole::kDate && field_date.empty()) {
        const auto dates = rules_.FindDates(FieldValue(line, field));
        if (!dates.empty()) field_date = dates.front().iso;
      }
      if (line_date.empty() && rules_.IsDateLine(line.text)) {
        line_date = rules_.FindDates(line.text).front().iso;
      }
      if (any_date.empty() && InMasthead(*line.line)) {
        const auto dates = rules_.FindDates(line.text);
        if (!dates.empty()) any_date = dates.front().iso;
      }
    }
    header_.date = !field_date.empty()  ? field_date
                   : !line_date.empty() ? line_date
                                        : any_date;
  }

  void ReadCommittee() {
    header_.committee = rules_.Committee(header_.title);
    // Blocks, not lines: a name broken over a line end ("Beskæftigelses- /
    // og Integrationsudvalget") is whole in the block's joined text.
    const TextBlock* previous = nullptr;
    for (const PageLine& line : lines_) {
      if (!header_.committee.empty()) return;
      if (line.block == previous || !InMasthead(*line.line)) continue;
      previous = line.block;
      header_.committee = rules_.Committee(line.block->text);
    }
  }

  const ExtractedDocument& document_;
  const StructureRules& rules_;
  const LineJoiner& joiner_;
  Page upright_;
  const Page* page_ = nullptr;  // &upright_
  std::vector<PageLine> lines_;
  double body_size_ = 0;
  double first_paragraph_y_ = std::numeric_limits<double>::infinity();
  std::string mail_date_;
  DocumentHeader header_;
};

}  // namespace

DocumentHeader ReadDocumentHeader(const ExtractedDocument& document,
                                  const StructureRules& rules,
                                  const LineJoiner& joiner) {
  return HeaderReader(document, rules, joiner).Read();
}

}  // namespace afstem
