// Money in sentences (prose_money.h).

#include "parsers/prose/prose_money.h"

#include <algorithm>
#include <map>
#include <optional>

#include "parsers/structure/sections.h"

namespace afstem {
namespace {

// A paragraph is the document's opening text only while no real section
// has begun: the opening ends at the first heading after a paragraph of at
// least this many words (a letterhead or title block is shorter).
constexpr std::size_t kOpeningParagraphWords = 20;

std::size_t WordCount(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) + 1;
}

// The single year a heading names ("… frie midler i 2025"), or nothing.
std::optional<int> ContextYear(const ProseRules& rules, const std::string& text) {
  ProseYears years = rules.FindYears(text);
  if (years.years.size() != 1) return std::nullopt;
  // Only if no other year stands in the heading.
  int count = 0;
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    if ((text.compare(i, 2, "19") == 0 || text.compare(i, 2, "20") == 0) &&
        std::isdigit(static_cast<unsigned char>(text[i + 2])) &&
        std::isdigit(static_cast<unsigned char>(text[i + 3]))) {
      ++count;
    }
  }
  if (count != 1) return std::nullopt;
  return years.years.front();
}

class ProseReader {
 public:
  ProseReader(ExtractedDocument& document, const ProseRules& rules)
      : document_(document), rules_(rules) {}

  void Run() {
    for (const Page& page : document_.pages) {
      for (std::size_t b = 0; b < page.blocks.size(); ++b) {
        const TextBlock& block = page.blocks[b];
        const TextBlock* next = b + 1 < page.blocks.size() ? &page.blocks[b + 1] : nullptr;
        switch (block.kind) {
          case BlockKind::kHeading: OnHeading(block); break;
          case BlockKind::kBody: OnParagraph(page, block); break;
          case BlockKind::kListItem: OnBullet(page, block, next); break;
          default: break;
        }
      }
    }
  }

 private:
  void OnHeading(const TextBlock& block) {
    if (block.row != 0) return;  // a bold table cell, not a heading
    breakdown_total_ = -1;  // a heading or a paragraph ends a nested list
    if (opening_paragraph_seen_) in_opening_ = false;
    if (auto year = ContextYear(rules_, block.text)) {
      context_year_ = *year;
    } else if (!rules_.FindYears(block.text).years.empty()) {
      context_year_.reset();
    }
    // A numbered heading ("1. Udvalgsgodkendte …") opens a group; any
    // heading outside the open group's section closes it.
    if (!block.label.empty() && std::isdigit(static_cast<unsigned char>(block.label[0]))) {
      group_total_ = -1;
      group_heading_ = &block;
      group_section_ = block.section;
      group_bullets_.clear();
    } else if (group_heading_ && !WithinSection(document_, block.section, group_section_)) {
      group_total_ = -1;
      group_heading_ = nullptr;
      group_bullets_.clear();
    }
  }

  void OnParagraph(const Page& page, const TextBlock& block) {
    if (block.row != 0) return;  // table cells are read as tables
    // A paragraph cut by a column break is read whole, from its first block.
    if (block.continues_paragraph) return;
    breakdown_total_ = -1;
    const std::string& text = block.paragraph.empty() ? block.text : block.paragraph;
    if (WordCount(text) >= kOpeningParagraphWords) opening_paragraph_seen_ = true;
    if (!rules_.MayHoldMoney(text)) return;
    for (std::string_view sentence : rules_.Sentences(text)) {
      std::vector<ProseAmount> amounts = rules_.FindAmounts(sentence);
      for (std::size_t a = 0; a < amounts.size(); ++a) {
        const ProseAmount& amount = amounts[a];
        const std::size_t clause_end =
            a + 1 < amounts.size() ? amounts[a + 1].start : sentence.size();
        const std::size_t clause_begin = a > 0 ? amounts[a - 1].start + amounts[a - 1].length : 0;
        const std::string_view before = sentence.substr(clause_begin, amount.start - clause_begin);
        const std::string_view after =
            sentence.substr(amount.start + amount.length, clause_end - amount.start - amount.length);
        MoneyRole role = MoneyRole::kMention;
        if (group_heading_ && rules_.StatesGroupTotal(before)) {
          role = MoneyRole::kGroupTotal;
          AddGroupTotal(page, block, amount, after);
        } else if (rules_.Allocates(sentence)) {
          role = in_opening_ ? MoneyRole::kDocumentTotal : MoneyRole::kAllocation;
          ProseYears years = YearsFor(before, after);
          if (in_opening_) {
            AddDocumentTotals(page, block, amount, years);
          } else if (int initiative = SectionInitiative(block); initiative >= 0) {
            AddAllocations(initiative, page, block, amount, years,
                           rules_.Category(std::string(after)));
          } else {
            role = MoneyRole::kMention;
          }
        }
        Record(page, block, amount, sentence, role);
      }
    }
  }

  // Whether `block` is a list item nested right under `outer` with an amount.
  bool BreaksDown(const TextBlock& outer, const TextBlock* block) const {
    return block && block->kind == BlockKind::kListItem && block->row == 0 &&
           block->list_level == outer.list_level + 1 && block->section == outer.section &&
           rules_.MayHoldMoney(block->text) && !rules_.FindAmounts(block->text).empty();
  }

  void OnBullet(const Page& page, const TextBlock& block, const TextBlock* next) {
    if (block.list_level <= breakdown_level_) breakdown_total_ = -1;
    if (block.row != 0 || !rules_.MayHoldMoney(block.text)) return;
    std::vector<ProseAmount> amounts = rules_.FindAmounts(block.text);
    if (amounts.empty()) return;
    // An item with one amount whose nested items carry amounts is their
    // total ("26.000 kr. … fordelt på:" over "15.000 kr.", "2.600 kr.", …):
    // a group total over them, not an initiative beside them.
    if (amounts.size() == 1 && BreaksDown(block, next)) {
      AddBreakdownTotal(page, block, amounts.front());
      return;
    }
    Initiative initiative;
    initiative.origin = Origin::kText;
    initiative.title = BulletTitle(block, amounts.back());
    initiative.committee = rules_.CommitteeTag(initiative.title);
    if (!initiative.committee.empty()) {
      initiative.title = Trim(initiative.title.substr(0, initiative.title.rfind('(')));
    }
    initiative.page = page.number;
    initiative.box = block.box;
    initiative.section = block.section;
    const int index = static_cast<int>(document_.initiatives.size());
    document_.initiatives.push_back(initiative);
    for (std::size_t a = 0; a < amounts.size(); ++a) {
      const ProseAmount& amount = amounts[a];
      const std::size_t clause_end =
          a + 1 < amounts.size() ? amounts[a + 1].start : block.text.size();
      const std::string_view after = std::string_view(block.text).substr(
          amount.start + amount.length, clause_end - amount.start - amount.length);
      // Years in a bullet's title are dates ("efter 7. oktober 2023"): only
      // years after the amount count, else the context's year.
      ProseYears years = rules_.FindYears(after);
      AddAllocations(index, page, block, amount, years, rules_.Category(std::string(after)));
      Record(page, block, amount, block.text, MoneyRole::kAllocation);
    }
    if (breakdown_total_ >= 0 && block.list_level == breakdown_level_ + 1) {
      document_.stated_totals[static_cast<std::size_t>(breakdown_total_)].parts.push_back(index);
      return;
    }
    // A group collects the bullets of its own section only, printed after
    // its total or, when the total follows them, before it; of a nested list
    // only the outer items (the inner ones break an item down).
    if (group_bullets_.empty()) group_level_ = block.list_level;
    if (group_heading_ && WithinSection(document_, block.section, group_section_) &&
        block.list_level <= group_level_) {
      group_bullets_.push_back(index);
      if (group_total_ >= 0) {
        document_.stated_totals[static_cast<std::size_t>(group_total_)].parts.push_back(index);
      }
    }
  }

  static std::string Trim(std::string text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == ',')) text.pop_back();
    while (!text.empty() && text.front() == ' ') text.erase(text.begin());
    return text;
  }

  // The bullet's text without its label and a closing "(300.000 kr.)".
  std::string BulletTitle(const TextBlock& block, const ProseAmount& last) {
    std::string text = block.text;
    if (!block.label.empty() && text.rfind(block.label, 0) == 0) text.erase(0, block.label.size());
    const std::size_t offset = block.text.size() - text.size();
    const std::size_t amount_start = last.start - offset;
    if (amount_start > 0 && text[amount_start - 1] == '(' &&
        text.find(')', amount_start + last.length) != std::string::npos &&
        Trim(text.substr(text.find(')', amount_start + last.length) + 1)).empty()) {
      text.erase(amount_start - 1);
    }
    return Trim(text);
  }

  ProseYears YearsFor(std::string_view before, std::string_view after) const {
    ProseYears years = rules_.FindYears(after);
    const bool yearly = years.yearly || rules_.FindYears(before).yearly;
    if (years.years.empty()) years = rules_.FindYears(before);
    years.yearly = yearly;
    return years;
  }

  // The initiative money in a paragraph belongs to: the innermost enclosing
  // section that is an item (generic parts such as "Økonomi" or
  // "Sagsfremstilling" belong to their item), or the innermost enclosing
  // section numbered by a word ("Tema 1: …", "Punkt 5: …") if one is open.
  int SectionInitiative(const TextBlock& block) {
    int chosen = -1;
    for (int s = block.section; s >= 0; s = document_.sections[static_cast<std::size_t>(s)].parent) {
      const Section& section = document_.sections[static_cast<std::size_t>(s)];
      if (section.generic) continue;
      if (chosen < 0) chosen = s;
      if (!section.label.empty() && !std::isdigit(static_cast<unsigned char>(section.label[0]))) {
        chosen = s;
        break;
      }
    }
    // Money before the first heading or in the document's own generic parts
    // (a note's "Økonomi") belongs to the document: its printed title.
    if (chosen < 0 && document_.header.page == 0) return -1;
    auto [found, inserted] = initiative_of_section_.try_emplace(chosen, -1);
    if (inserted) {
      const bool whole_document = chosen < 0;
      const Section section = whole_document ? TitleSection() : document_.sections[static_cast<std::size_t>(chosen)];
      Initiative initiative;
      initiative.origin = Origin::kText;
      initiative.title = section.heading;
      std::string label = section.label;
      while (!label.empty() && (label.back() == ':' || label.back() == '.' ||
                                label.back() == ' ')) {
        label.pop_back();
      }
      initiative.ordinal = label;
      initiative.page = section.page;
      initiative.box = section.box;
      initiative.section = whole_document ? block.section : chosen;
      found->second = static_cast<int>(document_.initiatives.size());
      document_.initiatives.push_back(initiative);
    }
    return found->second;
  }

  // The document's printed title as the section of its own generic parts.
  Section TitleSection() const {
    Section section;
    section.heading = document_.header.title;
    section.label = document_.header.label;
    section.page = document_.header.page;
    section.box = document_.header.box;
    return section;
  }

  // Allocations of one amount: each year when "årligt" or a list, the one
  // year when single, none when a span has no "årligt" (a total over the
  // period is not split by guess). No year printed: the context's year,
  // recorded as inferred.
  void AddAllocations(int initiative, const Page& page, const TextBlock& block,
                      const ProseAmount& amount, const ProseYears& years,
                      const std::string& category) {
    std::vector<int> chosen = years.years;
    Basis year_source = Basis::kStated;
    if (chosen.empty() && context_year_) {
      chosen = {*context_year_};
      year_source = Basis::kInferred;
    }
    if (years.span && !years.yearly) chosen.clear();
    for (int year : chosen) {
      Allocation allocation;
      allocation.initiative = initiative;
      allocation.year = year;
      allocation.amount_dkk = amount.dkk;
      allocation.precision_dkk = amount.precision_dkk;
      allocation.round_figure = amount.round_figure;
      allocation.category = category;
      allocation.origin = Origin::kText;
      allocation.page = page.number;
      allocation.box = block.box;
      allocation.unit = amount.unit;
      allocation.unit_source = Basis::kStated;
      allocation.year_source = year_source;
      document_.allocations.push_back(allocation);
    }
  }

  void AddGroupTotal(const Page& page, const TextBlock& block, const ProseAmount& amount,
                     std::string_view after) {
    StatedTotal total;
    total.scope = TotalScope::kGroup;
    total.label = group_heading_->text;
    ProseYears years = rules_.FindYears(after);
    if (years.years.size() == 1) {
      total.year = years.years.front();
    } else if (context_year_) {
      total.year = *context_year_;
    }
    total.amount_dkk = amount.dkk;
    total.precision_dkk = amount.precision_dkk;
    total.round_figure = amount.round_figure;
    total.page = page.number;
    total.box = block.box;
    total.parts = group_bullets_;  // the group's bullets above the total, if any
    group_total_ = static_cast<int>(document_.stated_totals.size());
    document_.stated_totals.push_back(total);
  }

  // The total of a nested list item's breakdown: its amount, in the one
  // year printed after it (none: a yearly or undated figure stays undated).
  void AddBreakdownTotal(const Page& page, const TextBlock& block, const ProseAmount& amount) {
    StatedTotal total;
    total.scope = TotalScope::kGroup;
    total.label = BulletTitle(block, amount);
    const std::string_view after = std::string_view(block.text).substr(amount.start + amount.length);
    ProseYears years = rules_.FindYears(after);
    if (years.years.size() == 1 && !years.span) total.year = years.years.front();
    total.amount_dkk = amount.dkk;
    total.precision_dkk = amount.precision_dkk;
    total.round_figure = amount.round_figure;
    total.page = page.number;
    total.box = block.box;
    breakdown_total_ = static_cast<int>(document_.stated_totals.size());
    breakdown_level_ = block.list_level;
    document_.stated_totals.push_back(total);
    Record(page, block, amount, block.text, MoneyRole::kGroupTotal);
  }

  void AddDocumentTotals(const Page& page, const TextBlock& block, const ProseAmount& amount,
                         const ProseYears& years) {
    if (years.span && !years.yearly) return;
    for (int year : years.years) {
      StatedTotal total;
      total.scope = TotalScope::kDocument;
      total.label = block.text.substr(0, std::min<std::size_t>(block.text.size(), 200));
      total.year = year;
      total.amount_dkk = amount.dkk;
      total.precision_dkk = amount.precision_dkk;
      total.round_figure = amount.round_figure;
      total.page = page.number;
      total.box = block.box;
      document_.stated_totals.push_back(total);
    }
  }

  void Record(const Page& page, const TextBlock& block, const ProseAmount& amount,
              std::string_view sentence, MoneyRole role) {
    ProseMoney money;
    money.page = page.number;
    money.box = block.box;
    money.text = amount.text;
    money.sentence = std::string(sentence);
    money.amount_dkk = amount.dkk;
    money.unit = amount.unit;
    money.implausible = amount.implausible;
    money.role = role;
    document_.prose_money.push_back(money);
  }

  ExtractedDocument& document_;
  const ProseRules& rules_;
  std::optional<int> context_year_;
  bool in_opening_ = true;
  bool opening_paragraph_seen_ = false;
  const TextBlock* group_heading_ = nullptr;
  int group_section_ = -1;
  int group_total_ = -1;
  std::vector<int> group_bullets_;  // bullet initiatives of the open group
  int group_level_ = 0;             // the list level its bullets are at
  int breakdown_total_ = -1;        // the open nested list's total (AddBreakdownTotal)
  int breakdown_level_ = 0;         // its item's list level
  std::map<int, int> initiative_of_section_;  // section -> its initiative
};

}  // namespace

void ReadProseMoney(ExtractedDocument& document, const ProseRules& rules) {
  ProseReader(document, rules).Run();
}

}  // namespace afstem
