// Table geometry (table_geometry.h).

#include "parsers/tables/table_geometry.h"

#include <algorithm>

#include "parsers/layout/line_builder.h"
#include "parsers/layout/word_style.h"
#include "parsers/money/table_number.h"

namespace afstem {
namespace {

bool IsBareYear(const std::string& text) {
  return text.size() == 4 && (text.compare(0, 2, "19") == 0 || text.compare(0, 2, "20") == 0) &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A note reference or ordinal before a label: "6, 7", "30, 31", "12", "3.".
bool IsLeadNumber(const std::string& text) {
  if (text.empty() || text.size() > 9) return false;
  bool digit = false;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c != ',' && c != ' ' && c != '.' && c != ')') {
      return false;
    }
  }
  return digit;
}

std::vector<Fragment> Fragments(const Page& page, const std::vector<int>& ids) {
  std::vector<Fragment> fragments;
  for (int id : ids) {
    const Word& word = page.words[static_cast<std::size_t>(id)];
    if (!fragments.empty()) {
      const Word& previous = page.words[static_cast<std::size_t>(fragments.back().word_ids.back())];
      const double em = std::max(FontSizeOf(previous), FontSizeOf(word));
      if (word.box.x0 - previous.box.x1 <= kCellGapEm * em) {
        Fragment& last = fragments.back();
        last.word_ids.push_back(id);
        last.box = Union(last.box, word.box);
        last.text += ' ';
        last.text += word.text;
        continue;
      }
    }
    fragments.push_back(Fragment{word.box, {id}, word.text});
  }
  for (Fragment& fragment : fragments) {
    const ParsedNumber number = ParseTableNumber(fragment.text);
    fragment.number = number.error.empty();
    fragment.year = fragment.number && IsBareYear(fragment.text);
  }
  return fragments;
}

void SortFragments(PageLine& line) {
  std::size_t first_text = 0;
  // A note reference that is not one number ("6, 7") leads like one.
  while (first_text < line.fragments.size() &&
         (line.fragments[first_text].number ||
          (first_text + 1 < line.fragments.size() && IsLeadNumber(line.fragments[first_text].text)))) {
    ++first_text;
  }
  if (first_text == line.fragments.size()) {
    // No text: every fragment is a value (a row without a label, a year line).
    for (std::size_t i = 0; i < line.fragments.size(); ++i) line.values.push_back(static_cast<int>(i));
    return;
  }
  // Lead fragments: numbers before the label. A single leading number
  // before text is a lead only when it looks like one ("6, 7"), not "1.200".
  bool leads_ok = true;
  for (std::size_t i = 0; i < first_text; ++i) leads_ok = leads_ok && IsLeadNumber(line.fragments[i].text);
  if (!leads_ok) {
    // "2.500 Aktionærer": values before text are not a label layout;
    // the whole line is text.
    line.label_begin = 0;
    return;
  }
  // A lead note like "6, 7" is its own fragment; a lead that is not a
  // number ("Note") is text and starts the label.
  line.label_begin = static_cast<int>(first_text);
  for (std::size_t i = first_text + 1; i < line.fragments.size(); ++i) {
    if (line.fragments[i].number) line.values.push_back(static_cast<int>(i));
  }
}

}  // namespace

bool PageLine::IsValueLine() const {
  for (int v : values) {
    if (!fragments[static_cast<std::size_t>(v)].year) return true;
  }
  return false;
}

bool PageLine::IsYearLine() const { return !values.empty() && !IsValueLine(); }

double Overlap(const Box& a, const Box& b) { return std::min(a.x1, b.x1) - std::max(a.x0, b.x0); }

Box Union(const Box& a, const Box& b) {
  return Box{std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

std::vector<std::vector<PageLine>> TableLines(const std::vector<Page>& pages) {
  std::vector<std::vector<PageLine>> all(pages.size());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const Page& page = pages[p];
    std::vector<bool> include(page.words.size(), true);
    auto exclude = [&](const std::vector<TextLine>& lines) {
      for (const TextLine& line : lines) {
        for (const Token& token : line.tokens) {
          for (int id : token.word_ids) include[static_cast<std::size_t>(id)] = false;
        }
      }
    };
    for (const TextBlock& block : page.blocks) {
      if (block.kind == BlockKind::kHeader || block.kind == BlockKind::kFooter ||
          block.kind == BlockKind::kFootnote) {
        exclude(block.lines);
      }
    }
    for (const Footnote& note : page.footnotes) exclude(note.lines);
    for (const FootnoteMarker& marker : page.markers) include[static_cast<std::size_t>(marker.word_id)] = false;
    for (const VisualLine& visual : BuildVisualLines(page.words, include)) {
      PageLine line;
      line.page = static_cast<int>(p);
      line.box = visual.core;
      line.em = visual.core_size > 0 ? visual.core_size : visual.core.height();
      line.fragments = Fragments(page, visual.word_ids);
      for (const Fragment& fragment : line.fragments) line.box = Union(line.box, fragment.box);
      SortFragments(line);
      all[p].push_back(std::move(line));
    }
  }
  return all;
}

}  // namespace afstem
