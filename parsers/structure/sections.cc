// Sections from typography and numbering (sections.h).

#include "parsers/structure/sections.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>

#include "parsers/layout/page_orientation.h"

namespace afstem {
namespace {

// Font sizes within this share of each other are one size.
constexpr double kSameSize = 0.05;

struct Heading {
  int page = 0;
  TextBlock* block = nullptr;
  double size = 0;
  bool bold = false;
  std::string
      scheme;  // the label without its number: "Punkt", "Tema", "" for "1."
  int depth =
      0;  // components of its number: "1" -> 1, "1.2" -> 2; 0 unnumbered
  int first_number = 0;
  bool generic = false;
};

bool HasLetter(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](unsigned char c) {
    return std::isalpha(c) || c >= 0x80;
  });
}

// "Punkt 5:" -> "5", "2.3" -> "2.3", "1." -> "1", "Tema 2a:" -> "2".
std::string NumberOf(std::string_view label) {
  std::size_t start = 0;
  while (start < label.size() &&
         !std::isdigit(static_cast<unsigned char>(label[start])))
    ++start;
  std::size_t end = start;
  while (end < label.size() &&
         (std::isdigit(static_cast<unsigned char>(label[end])) ||
          (label[end] == '.' && end + 1 < label.size() &&
           std::isdigit(static_cast<unsigned char>(label[end + 1]))))) {
    ++end;
  }
  return std::string(label.substr(start, end - start));
}

std::string SchemeOf(std::string_view label) {
  std::string scheme;
  for (char c : label) {
    if (std::isdigit(static_cast<unsigned char>(c))) break;
    scheme += c;
  }
  while (!scheme.empty() && scheme.back() == ' ') scheme.pop_back();
  return scheme;
}

std::string TitleWithoutLabel(const std::string& text,
                              const std::string& label) {
  std::string_view title(text);
  if (!label.empty() && title.substr(0, label.size()) == label)
    title.remove_prefix(label.size());
  while (!title.empty() && std::string_view(" :.–-").find(title.front()) !=
                               std::string_view::npos) {
    title.remove_prefix(1);
  }
  return std::string(title);
}

bool IsTitleBlock(const DocumentHeader& header, const Page& page,
                  const Box& box) {
  // The title and what page 1 prints above it (masthead, kind, date), in
  // the text's upright frame.
  if (header.page == 0 || page.number != header.page) return false;
  const Box block = ToUpright(box, page), title = ToUpright(header.box, page);
  return block.Overlaps(title) || block.y1 <= title.y1;
}

int Compare(double a, double b) {
  if (a > b * (1 + kSameSize)) return 1;
  if (b > a * (1 + kSameSize)) return -1;
  return 0;
}

class SectionBuilder {
 public:
  SectionBuilder(ExtractedDocument& document, const StructureRules& rules)
      : document_(document), rules_(rules) {}

  void Run() {
    document_.sections.clear();
    CollectHeadings();
    CapAtNumberedSeries();
    std::vector<int> open;  // indices into headings_, outermost first
    std::map<const TextBlock*, int> section_of_heading;
    for (std::size_t h = 0; h < headings_.size(); ++h) {
      const Heading& heading = headings_[h];
      while (!open.empty() &&
             !Outranks(headings_[static_cast<std::size_t>(open.back())],
                       heading)) {
        open.pop_back();
      }
      Section section;
      section.parent =
          open.empty() ? -1
                       : section_index_[static_cast<std::size_t>(open.back())];
      section.level = static_cast<int>(open.size()) + 1;
      section.label = heading.block->label;
      section.number = NumberOf(section.label);
      section.heading = heading.block->text;
      section.title = TitleWithoutLabel(heading.block->text, section.label);
      section.generic = heading.generic;
      section.page = heading.page;
      section.box = heading.block->box;
      section_index_.push_back(static_cast<int>(document_.sections.size()));
      section_of_heading[heading.block] = section_index_.back();
      document_.sections.push_back(std::move(section));
      open.push_back(static_cast<int>(h));
    }
    int current = -1;
    for (Page& page : document_.pages) {
      for (TextBlock& block : page.blocks) {
        if (auto found = section_of_heading.find(&block);
            found != section_of_heading.end()) {
          current = found->second;
        }
        const bool margin = block.kind == BlockKind::kHeader ||
                            block.kind == BlockKind::kFooter;
        block.section = margin ? -1 : current;
      }
    }
  }

 private:
  void CollectHeadings() {
    for (Page& page : document_.pages) {
      for (TextBlock& block : page.blocks) {
        if (block.kind != BlockKind::kHeading || block.row != 0 ||
            block.lines.empty() || !HasLetter(block.text) ||
            IsTitleBlock(document_.header, page, block.box) ||
            rules_.IsDateLine(block.text)) {
          continue;
        }
        Heading heading;
        heading.page = page.number;
        heading.block = &block;
        heading.size = block.lines.front().font_size;
        heading.bold = block.lines.front().bold;
        const std::string number = NumberOf(block.label);
        if (!number.empty()) {
          heading.scheme = SchemeOf(block.label);
          heading.depth =
              static_cast<int>(std::count(number.begin(), number.end(), '.')) +
              1;
          heading.first_number = std::stoi(number.substr(0, number.find('.')));
        }
        heading.generic = rules_.IsGenericHeading(block.text);
        headings_.push_back(heading);
      }
    }
  }

  // The largest size used by a numbered series (two or more headings of one
  // scheme numbered at the first level with different numbers); headings
  // above it are ranked at it.
  void CapAtNumberedSeries() {
    struct Series {
      std::set<int> numbers;
      double size = 0;
    };
    std::map<std::pair<std::string, long>, Series> series;
    for (const Heading& heading : headings_) {
      if (heading.depth == 1) {
        Series& one = series[{heading.scheme, std::lround(heading.size * 2)}];
        one.numbers.insert(heading.first_number);
        one.size = std::max(one.size, heading.size);
      }
    }
    double cap = 0;
    for (const auto& [key, one] : series) {
      if (one.numbers.size() >= 2) cap = std::max(cap, one.size);
    }
    if (cap <= 0) return;
    for (Heading& heading : headings_) {
      if (Compare(heading.size, cap) > 0) heading.size = cap;
    }
  }

  static bool Outranks(const Heading& outer, const Heading& inner) {
    if (outer.depth > 0 && inner.depth > 0 && outer.scheme == inner.scheme &&
        Compare(outer.size, inner.size) == 0 && outer.bold == inner.bold) {
      return outer.depth < inner.depth;
    }
    if (const int size = Compare(outer.size, inner.size); size != 0)
      return size > 0;
    if (outer.bold != inner.bold) return outer.bold;
    // In one style, a numbered item holds the generic parts after it
    // ("5. Anlægsbevilling …", "Sagsfremstilling", "Indstilling"); after an
    // unnumbered heading a generic one is its sibling ("Rådgivning",
    // "Økonomi": the note's economy, not the counselling's).
    return inner.generic && !outer.generic && outer.depth > 0;
  }

  ExtractedDocument& document_;
  const StructureRules& rules_;
  std::vector<Heading> headings_;
  std::vector<int> section_index_;  // section of headings_[h]
};

}  // namespace

void BuildSections(ExtractedDocument& document, const StructureRules& rules) {
  SectionBuilder(document, rules).Run();
}

int SectionAt(const ExtractedDocument& document, int page, const Box& box) {
  int section = -1;
  for (const Page& candidate : document.pages) {
    if (candidate.number > page) break;
    const double top = ToUpright(box, candidate).y0;
    for (const TextBlock& block : candidate.blocks) {
      if (block.kind == BlockKind::kHeader || block.kind == BlockKind::kFooter)
        continue;
      if (candidate.number == page && ToUpright(block.box, candidate).y0 > top)
        continue;
      section = block.section;
    }
  }
  return section;
}

bool WithinSection(const ExtractedDocument& document, int inner, int outer) {
  while (inner >= 0) {
    if (inner == outer) return true;
    inner = document.sections[static_cast<std::size_t>(inner)].parent;
  }
  return false;
}

}  // namespace afstem
