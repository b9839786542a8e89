// Layout stage implementation (layout.h): segments -> XY-cut blocks ->
// lines -> classification (headers/footers, footnotes, headings, lists).

#include "parsers/layout/layout.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>

#include "parsers/layout/line_builder.h"
#include "parsers/layout/page_orientation.h"
#include "parsers/layout/token_builder.h"
#include "parsers/layout/word_style.h"
#include "parsers/layout/xy_cut.h"

namespace afstem {
namespace {

// Header and footer zones: this share of the page height at top and bottom.
constexpr double kMarginZone = 0.1;
// Footnotes live in the lower part of the page, in a smaller font.
constexpr double kFootnoteZone = 0.6;      // below this share of the height
constexpr double kFootnoteSizeRatio = 0.9;  // at most this share of body size
// A footnote marker is a short number this much smaller than its line...
constexpr double kMarkerSizeRatio = 0.8;
// ...and raised: its bottom this share of the line height above the line's.
constexpr double kMarkerRise = 0.1;
// Headings: bold, or this much larger than body text, and short.
constexpr double kHeadingSizeRatio = 1.15;
constexpr std::size_t kMaxHeadingLines = 4;
// Lines of one block whose font size differs more than this are split.
constexpr double kFontChangeRatio = 0.1;

const Word& WordAt(const Page& page, int id) {
  return page.words[static_cast<std::size_t>(id)];
}

bool IsDigits(std::string_view text) {
  return !text.empty() && text.size() <= 3 &&
         std::all_of(text.begin(), text.end(),
                     [](unsigned char c) { return std::isdigit(c); });
}

bool IsClosingPunctuation(std::string_view text) {
  return !text.empty() && text.size() <= 2 &&
         text.find_first_not_of(".,;:)!?") == std::string_view::npos;
}

Box Union(const Box& a, const Box& b) {
  return Box{std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1),
             std::max(a.y1, b.y1)};
}

// A drawn list marker (a small disc or square, GraphicKind::kMarker) starts
// the line it stands before: its right edge at most this many font sizes
// left of the first word, its centre within the line's height.
constexpr double kMarkerGapEm = 3.0;
// Markers of one list share their left edge within this many points; so do
// a list item's text and its continuation lines.
constexpr double kMarkerAlign = 2.0;
// A continuation line of a list item starts at most this many font sizes
// below it.
constexpr double kContinuationGapEm = 0.8;
// A list's next item starts at most this many font sizes below the last
// one, and nested items are indented at most this many font sizes more.
constexpr double kListGapEm = 2.0;
constexpr double kListIndentEm = 4.0;
// The label a list item with a drawn marker gets.
constexpr std::string_view kDrawnMarkerLabel = "•";

// A line before tokenization: word ids left to right, with the core box.
struct RawLine {
  Box box;
  std::vector<int> word_ids;
  double font_size = 0;
  bool bold = false;
  bool drawn_marker = false;  // a list marker shape is drawn before it
};

// The marker shapes of a page that mark list items: a list is a column of
// them (at least two at one left edge), each alone on its baseline. A row of
// markers, or a lone one, is a chart's legend or a check box.
std::vector<Box> ListMarkers(const Page& page) {
  std::vector<Box> markers;
  for (const Graphic& graphic : page.graphics) {
    if (graphic.kind == GraphicKind::kMarker) markers.push_back(graphic.box);
  }
  auto same_baseline = [](const Box& a, const Box& b) {
    const double centre = (a.y0 + a.y1) / 2;
    return centre >= b.y0 && centre <= b.y1;
  };
  std::vector<Box> list;
  for (const Box& marker : markers) {
    bool alone = true, aligned = false;
    for (const Box& other : markers) {
      if (&other == &marker) continue;
      alone = alone && !same_baseline(marker, other);
      aligned = aligned || std::abs(other.x0 - marker.x0) <= kMarkerAlign;
    }
    if (alone && aligned) list.push_back(marker);
  }
  return list;
}

// Whether a list marker is drawn just left of the line (Word's and
// Chromium's bullets are shapes, not "•" characters).
bool HasDrawnMarker(const std::vector<Box>& markers, const RawLine& line) {
  for (const Box& marker : markers) {
    const double centre = (marker.y0 + marker.y1) / 2;
    if (marker.x1 <= line.box.x0 + 1 &&
        line.box.x0 - marker.x1 <= kMarkerGapEm * std::max(line.font_size, 1.0) &&
        centre >= line.box.y0 && centre <= line.box.y1) {
      return true;
    }
  }
  return false;
}

RawLine MakeRawLine(const Page& page, std::vector<int> ids) {
  RawLine line;
  std::sort(ids.begin(), ids.end(), [&](int a, int b) {
    return WordAt(page, a).box.x0 < WordAt(page, b).box.x0;
  });
  std::vector<double> sizes;
  std::size_t bold_chars = 0, chars = 0;
  line.box = WordAt(page, ids.front()).box;
  for (int id : ids) {
    const Word& word = WordAt(page, id);
    line.box = Union(line.box, word.box);
    sizes.push_back(FontSizeOf(word));
    chars += word.text.size();
    if (IsBoldFont(word.font_name)) bold_chars += word.text.size();
  }
  line.font_size = Median(sizes);
  line.bold = bold_chars * 2 > chars;
  line.word_ids = std::move(ids);
  return line;
}

// Lines of one XY-cut leaf: its segments regrouped by visual line.
std::vector<RawLine> LeafLines(const Page& page,
                               const std::vector<LineSegment>& segments,
                               const std::vector<int>& leaf) {
  std::map<int, std::vector<int>> by_line;
  for (int index : leaf) {
    const LineSegment& segment = segments[static_cast<std::size_t>(index)];
    auto& ids = by_line[segment.visual_line];
    ids.insert(ids.end(), segment.word_ids.begin(), segment.word_ids.end());
  }
  std::vector<RawLine> lines;
  for (auto& [visual_line, ids] : by_line) lines.push_back(MakeRawLine(page, ids));
  return lines;  // visual lines are numbered top to bottom
}

struct RawBlock {
  std::vector<RawLine> lines;
  Box box;
  BlockKind kind = BlockKind::kBody;
  int row = 0;  // XyLeaf::row
};

// Splits a leaf's lines into blocks at list labels and font changes.
void AppendBlocks(const Page& page, std::vector<RawLine> lines, int row,
                  const std::vector<Box>& list_markers, const LayoutRules& rules,
                  std::vector<RawBlock>& blocks) {
  RawBlock* current = nullptr;
  for (RawLine& line : lines) {
    line.drawn_marker = HasDrawnMarker(list_markers, line);
    bool starts_block = current == nullptr || line.drawn_marker;
    if (!starts_block) {
      const RawLine& previous = current->lines.back();
      const double size_change = std::abs(line.font_size - previous.font_size) /
                                 std::max(previous.font_size, 1.0);
      starts_block = rules.IsListLabel(WordAt(page, line.word_ids.front()).text) ||
                     size_change > kFontChangeRatio || line.bold != previous.bold;
    }
    if (starts_block) {
      blocks.push_back(RawBlock{{}, line.box, BlockKind::kBody, row});
      current = &blocks.back();
    }
    current->box = Union(current->box, line.box);
    current->lines.push_back(std::move(line));
  }
}

std::string PlainText(const Page& page, const RawBlock& block) {
  std::string text;
  for (const RawLine& line : block.lines) {
    for (int id : line.word_ids) {
      if (!text.empty()) text += ' ';
      text += WordAt(page, id).text;
    }
  }
  return text;
}

// Digits replaced by '#', so "3/6" and "4/6" compare equal across pages.
std::string Shape(std::string text) {
  for (char& c : text) {
    if (std::isdigit(static_cast<unsigned char>(c))) c = '#';
  }
  return text;
}

enum class Zone { kNone, kTop, kBottom };

Zone ZoneOf(const Page& page, const Box& box) {
  if (box.y1 <= kMarginZone * page.height) return Zone::kTop;
  if (box.y0 >= (1 - kMarginZone) * page.height) return Zone::kBottom;
  return Zone::kNone;
}

// Blocks in a margin zone that are read together: the cells of one grid
// row (a header "Københavns Kommune … Side 3 af 6" set as two cells), or a
// block on its own.
struct MarginGroup {
  Zone zone = Zone::kNone;
  std::vector<std::size_t> blocks;  // indices into the page's blocks
  std::string text;
};

std::vector<MarginGroup> MarginGroups(const Page& page,
                                      const std::vector<RawBlock>& blocks) {
  std::vector<MarginGroup> groups;
  std::map<int, std::size_t> group_of_row;
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    const Zone zone = ZoneOf(page, blocks[b].box);
    if (zone == Zone::kNone) continue;
    const int row = blocks[b].row;
    auto found = row != 0 ? group_of_row.find(row) : group_of_row.end();
    if (found == group_of_row.end() || groups[found->second].zone != zone) {
      if (row != 0) group_of_row[row] = groups.size();
      groups.push_back(MarginGroup{zone, {}, ""});
      found = group_of_row.end();
    }
    MarginGroup& group = found == group_of_row.end() ? groups.back() : groups[found->second];
    group.blocks.push_back(b);
    if (!group.text.empty()) group.text += ' ';
    group.text += PlainText(page, blocks[b]);
  }
  return groups;
}

// The most common difference between printed and physical page numbers in
// the margins ("9" printed on page 12: 3 pages of front matter), if it is
// seen on at least two pages; otherwise 0.
int PageNumberOffset(const std::vector<Page>& pages,
                     const std::vector<std::vector<MarginGroup>>& groups,
                     const std::vector<std::vector<RawBlock>>& blocks,
                     const LayoutRules& rules) {
  std::map<int, std::set<std::size_t>> pages_by_offset;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (const MarginGroup& group : groups[p]) {
      for (std::size_t b : group.blocks) {
        if (auto number = rules.PrintedPageNumber(PlainText(pages[p], blocks[p][b]))) {
          pages_by_offset[*number - pages[p].number].insert(p);
        }
      }
    }
  }
  int best = 0;
  std::size_t best_pages = 1;
  for (const auto& [offset, on_pages] : pages_by_offset) {
    if (on_pages.size() > best_pages) {
      best = offset;
      best_pages = on_pages.size();
    }
  }
  return best;
}

// Marks running headers and footers: page numbers (the page's own, or with
// the document's numbering offset), and texts with letters (digits ignored)
// found in the same zone on at least three pages, or on two when that is
// half of them.
void MarkHeadersAndFooters(const std::vector<Page>& pages,
                           std::vector<std::vector<RawBlock>>& blocks,
                           const LayoutRules& rules) {
  std::vector<std::vector<MarginGroup>> groups(pages.size());
  std::map<std::pair<Zone, std::string>, std::set<std::size_t>> seen_on;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    groups[p] = MarginGroups(pages[p], blocks[p]);
    for (const MarginGroup& group : groups[p]) {
      seen_on[{group.zone, Shape(group.text)}].insert(p);
    }
  }
  const int offset = PageNumberOffset(pages, groups, blocks, rules);
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (const MarginGroup& group : groups[p]) {
      const std::size_t repeats = seen_on[{group.zone, Shape(group.text)}].size();
      const bool has_letter =
          std::any_of(group.text.begin(), group.text.end(),
                      [](unsigned char c) { return std::isalpha(c) || c >= 0x80; });
      const bool running =
          has_letter && repeats >= 2 && (repeats >= 3 || repeats * 2 >= pages.size());
      for (std::size_t b : group.blocks) {
        RawBlock& block = blocks[p][b];
        const auto number = rules.PrintedPageNumber(PlainText(pages[p], block));
        const bool page_number =
            number && (*number == pages[p].number || *number == pages[p].number + offset);
        if (running || page_number) {
          block.kind = group.zone == Zone::kTop ? BlockKind::kHeader : BlockKind::kFooter;
        }
      }
    }
  }
}

// A line that starts a footnote: its first word is a number set smaller or
// higher than the words after it ("1 0,6 mio. kr. af bevillingen …").
bool StartsFootnote(const Page& page, const RawLine& line) {
  const Word& first = WordAt(page, line.word_ids.front());
  if (!IsDigits(first.text)) return false;
  if (line.word_ids.size() == 1) return true;  // the number on its own line
  const Word& next = WordAt(page, line.word_ids[1]);
  return FontSizeOf(first) < FontSizeOf(next) * kMarkerSizeRatio ||
         first.box.y1 < next.box.y1 - kMarkerRise * next.box.height();
}

bool IsFootnoteBlock(const Page& page, const RawBlock& block, double body_size) {
  return block.kind == BlockKind::kBody &&
         block.box.y0 >= kFootnoteZone * page.height &&
         block.lines.front().font_size <= kFootnoteSizeRatio * body_size &&
         StartsFootnote(page, block.lines.front());
}

TextLine MakeTextLine(const Page& page, const RawLine& raw,
                      const std::vector<int>& word_ids) {
  TextLine line;
  line.box = raw.box;
  line.font_size = raw.font_size;
  line.bold = raw.bold;
  line.tokens = BuildTokens(page.words, word_ids, page.word_gap_em);
  return line;
}

// Splits a footnote block into notes at each line that starts with a number.
void AppendFootnotes(Page& page, const RawBlock& block) {
  for (const RawLine& raw : block.lines) {
    std::vector<int> ids = raw.word_ids;
    if (StartsFootnote(page, raw)) {
      Footnote note;
      note.number = std::stoi(WordAt(page, ids.front()).text);
      note.box = raw.box;
      page.footnotes.push_back(note);
      ids.erase(ids.begin());
    }
    if (page.footnotes.empty() || ids.empty()) continue;
    Footnote& note = page.footnotes.back();
    note.box = Union(note.box, raw.box);
    note.lines.push_back(MakeTextLine(page, raw, ids));
  }
}

// Takes footnote markers out of a body line: short numbers set smaller than
// the line and raised above its baseline ("Borgerrepræsentationen¹").
// Punctuation that followed a marker joins the word before it.
TextLine BodyLine(Page& page, const RawLine& raw) {
  std::vector<int> kept;
  std::vector<bool> after_marker;
  bool marker_before = false;
  for (int id : raw.word_ids) {
    const Word& word = WordAt(page, id);
    const bool marker = IsDigits(word.text) && !kept.empty() &&
                        FontSizeOf(word) < kMarkerSizeRatio * raw.font_size &&
                        word.box.y1 < raw.box.y1 - kMarkerRise * raw.box.height();
    if (marker) {
      page.markers.push_back(FootnoteMarker{std::stoi(word.text), id, word.box});
      marker_before = true;
      continue;
    }
    kept.push_back(id);
    after_marker.push_back(marker_before);
    marker_before = false;
  }
  TextLine line = MakeTextLine(page, raw, kept);
  // Re-attach "." or "," that a marker had separated from its word.
  for (std::size_t t = 1; t < line.tokens.size(); ++t) {
    Token& token = line.tokens[t];
    const auto position = std::find(kept.begin(), kept.end(), token.word_ids.front()) - kept.begin();
    if (after_marker[static_cast<std::size_t>(position)] &&
        IsClosingPunctuation(token.text)) {
      Token& previous = line.tokens[t - 1];
      previous.word_ids.insert(previous.word_ids.end(), token.word_ids.begin(),
                               token.word_ids.end());
      previous.text += token.text;
      line.tokens.erase(line.tokens.begin() + static_cast<long>(t));
      --t;
    }
  }
  return line;
}

BlockKind ClassifyBody(const Page& page, const RawBlock& block, double body_size,
                       const LayoutRules& rules, std::string& label) {
  const std::string& first = WordAt(page, block.lines.front().word_ids.front()).text;
  const RawLine& head = block.lines.front();
  const bool emphasized = head.bold || head.font_size >= kHeadingSizeRatio * body_size;
  if (emphasized && block.lines.size() <= kMaxHeadingLines) {
    label = rules.HeadingLabel(PlainText(page, block));
    return BlockKind::kHeading;
  }
  if (rules.IsListLabel(first) && head.word_ids.size() > 1) {
    label = first;
    return BlockKind::kListItem;
  }
  if (head.drawn_marker) {
    label = std::string(kDrawnMarkerLabel);
    return BlockKind::kListItem;
  }
  return BlockKind::kBody;
}

// Where a list item's text starts: after its label word, or at its first
// word when the marker is drawn.
double ItemTextStart(const Page& page, const TextBlock& item) {
  const TextLine& first = item.lines.front();
  if (first.tokens.empty()) return item.box.x0;
  const Word& word = WordAt(page, first.tokens.front().word_ids.front());
  if (word.text != item.label || first.tokens.size() < 2) return word.box.x0;
  return WordAt(page, first.tokens[1].word_ids.front()).box.x0;
}

// A list item's further lines set with a hanging indent (aligned with its
// text, not its marker) can be cut into blocks of their own; they belong to
// the item above: "• Antal normerede senge …" / "er faldet fra 8.895 …".
void JoinListContinuations(Page& page) {
  for (std::size_t b = 1; b < page.blocks.size(); ++b) {
    TextBlock& item = page.blocks[b - 1];
    const TextBlock& next = page.blocks[b];
    if (item.kind != BlockKind::kListItem || next.kind != BlockKind::kBody || item.row != 0 ||
        next.row != 0 || item.lines.empty() || next.lines.empty()) {
      continue;
    }
    const double size = item.lines.back().font_size;
    const bool below = next.box.y0 >= item.box.y1 - kMarkerRise * size &&
                       next.box.y0 - item.box.y1 <= kContinuationGapEm * size;
    const bool hanging = std::abs(next.box.x0 - ItemTextStart(page, item)) <= kMarkerAlign;
    const bool same_size = std::abs(next.lines.front().font_size - size) <= kFontChangeRatio * size;
    if (!below || !hanging || !same_size) continue;
    item.box = Union(item.box, next.box);
    item.lines.insert(item.lines.end(), next.lines.begin(), next.lines.end());
    page.blocks.erase(page.blocks.begin() + static_cast<long>(b));
    --b;
  }
}

// Nesting of consecutive list items from where their text starts: an item
// indented under the one before it is one level deeper; one back at an
// earlier item's indent is at that item's level. Any other block ends the
// list.
void SetListLevels(Page& page) {
  std::vector<double> indents;  // text start of each open level
  const TextBlock* previous = nullptr;
  for (TextBlock& block : page.blocks) {
    if (block.kind != BlockKind::kListItem) {
      indents.clear();
      previous = nullptr;
      continue;
    }
    // A list goes on only right under its last item and within a few font
    // sizes of its indents; an item elsewhere (another column) starts a list.
    const double em = std::max(block.lines.front().font_size, 1.0);
    const double start = ItemTextStart(page, block);
    if (previous && (block.box.y0 < previous->box.y1 - kMarkerRise * em ||
                     block.box.y0 - previous->box.y1 > kListGapEm * em || indents.empty() ||
                     start < indents.front() - kListIndentEm * em ||
                     start > indents.back() + kListIndentEm * em)) {
      indents.clear();
    }
    previous = &block;
    while (!indents.empty() && start < indents.back() - kMarkerAlign) indents.pop_back();
    if (indents.empty() || start > indents.back() + kMarkerAlign) indents.push_back(start);
    block.list_level = static_cast<int>(indents.size());
  }
}

void LayOutUpright(std::vector<Page>& pages, const LayoutRules& rules) {
  const double body_size = BodyFontSize(pages);
  std::vector<std::vector<RawBlock>> blocks(pages.size());
  std::vector<std::vector<LineSegment>> segments(pages.size());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    segments[p] = BuildLineSegments(pages[p].words, rules);
  }
  const double line_gap = TypicalLineGap(segments);
  for (std::size_t p = 0; p < pages.size(); ++p) {
    Page& page = pages[p];
    std::vector<std::vector<int>> lines;
    for (const LineSegment& segment : segments[p]) lines.push_back(segment.word_ids);
    page.word_gap_em = TypicalWordGapEm(page.words, lines);
    page.blocks.clear();
    page.footnotes.clear();
    page.markers.clear();
    const std::vector<Box> list_markers = ListMarkers(page);
    for (const XyLeaf& leaf : XyCut(segments[p], line_gap)) {
      AppendBlocks(page, LeafLines(page, segments[p], leaf.segment_ids), leaf.row,
                   list_markers, rules, blocks[p]);
    }
  }
  MarkHeadersAndFooters(pages, blocks, rules);
  for (std::size_t p = 0; p < pages.size(); ++p) {
    Page& page = pages[p];
    for (RawBlock& raw : blocks[p]) {
      // A note's continuation cut into a block of its own follows it.
      const bool continues_note =
          !page.footnotes.empty() && raw.kind == BlockKind::kBody &&
          raw.box.y0 >= page.footnotes.back().box.y0 &&
          raw.lines.front().font_size <= kFootnoteSizeRatio * body_size;
      if (continues_note || IsFootnoteBlock(page, raw, body_size)) {
        raw.kind = BlockKind::kFootnote;
        AppendFootnotes(page, raw);
      }
      TextBlock block;
      block.box = raw.box;
      block.row = raw.row;
      block.kind = raw.kind == BlockKind::kBody
                       ? ClassifyBody(page, raw, body_size, rules, block.label)
                       : raw.kind;
      for (const RawLine& line : raw.lines) {
        block.lines.push_back(block.kind == BlockKind::kFootnote
                                  ? MakeTextLine(page, line, line.word_ids)
                                  : BodyLine(page, line));
      }
      page.blocks.push_back(std::move(block));
    }
    JoinListContinuations(page);
    SetListLevels(page);
  }
}

}  // namespace

void LayOutDocument(std::vector<Page>& pages, const LayoutRules& rules) {
  const bool any_rotated = std::any_of(pages.begin(), pages.end(),
                                       [](const Page& page) { return page.rotation != 0; });
  if (!any_rotated) {
    LayOutUpright(pages, rules);
    return;
  }
  std::vector<Page> upright;
  upright.reserve(pages.size());
  for (const Page& page : pages) upright.push_back(UprightCopy(page));
  LayOutUpright(upright, rules);
  for (std::size_t p = 0; p < pages.size(); ++p) MoveLayoutToDisplay(upright[p], pages[p]);
}

}  // namespace afstem
