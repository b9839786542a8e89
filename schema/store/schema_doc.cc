// docs/schema.md as data (schema_doc.h).

#include "schema/store/schema_doc.h"

namespace afstem {
namespace {

#include "schema_doc_text.inc"

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

// "| `a` | B | c |" -> {"`a`", "B", "c"}. A `|` inside inline code is part
// of the cell.
std::vector<std::string> Cells(std::string_view row) {
  std::vector<std::string> cells;
  std::string cell;
  bool in_code = false;
  for (std::size_t i = 1; i < row.size(); ++i) {
    const char c = row[i];
    if (c == '\\' && i + 1 < row.size() && row[i + 1] == '|') {  // an escaped |
      cell += '|';
      ++i;
      continue;
    }
    if (c == '`') in_code = !in_code;
    if (c == '|' && !in_code) {
      cells.emplace_back(Trim(cell));
      cell.clear();
    } else {
      cell += c;
    }
  }
  return cells;
}

std::string Unquoted(std::string_view code) {
  if (code.size() >= 2 && code.front() == '`' && code.back() == '`') code = code.substr(1, code.size() - 2);
  return std::string(code);
}

}  // namespace

std::vector<DocumentedTable> ParseSchemaDoc(std::string_view markdown) {
  std::vector<DocumentedTable> tables;
  bool in_section = false;
  bool in_views = false;
  bool description_done = false;
  while (!markdown.empty()) {
    const std::size_t end = markdown.find('\n');
    const std::string_view line = Trim(markdown.substr(0, end));
    markdown.remove_prefix(end == std::string_view::npos ? markdown.size() : end + 1);
    if (StartsWith(line, "### `")) {
      DocumentedTable table;
      table.name = Unquoted(Trim(line.substr(4)));
      table.is_view = in_views;
      tables.push_back(std::move(table));
      in_section = true;
      description_done = false;
    } else if (StartsWith(line, "## ")) {
      in_section = false;
      in_views = line.find("Views") != std::string_view::npos;
    } else if (!in_section) {
      continue;
    } else if (StartsWith(line, "| `")) {
      std::vector<std::string> cells = Cells(line);
      if (cells.size() < 3) continue;
      tables.back().columns.push_back({Unquoted(cells[0]), cells[1], cells[2]});
      description_done = true;
    } else if (StartsWith(line, "|") || StartsWith(line, "```")) {
      description_done = true;
    } else if (line.empty()) {
      if (!tables.back().description.empty()) description_done = true;
    } else if (!description_done) {
      std::string& description = tables.back().description;
      if (!description.empty()) description += ' ';
      description += line;
    }
  }
  return tables;
}

std::string_view SchemaDocMarkdown() { return kSchemaMarkdown; }

std::vector<std::string> CodeSpans(std::string_view markdown) {
  std::vector<std::string> spans;
  for (std::size_t open = markdown.find('`'); open != std::string_view::npos;) {
    const std::size_t close = markdown.find('`', open + 1);
    if (close == std::string_view::npos) break;
    spans.emplace_back(markdown.substr(open + 1, close - open - 1));
    open = markdown.find('`', close + 1);
  }
  return spans;
}

std::string PlainText(std::string_view markdown) {
  std::string plain;
  plain.reserve(markdown.size());
  for (char c : markdown) {
    if (c != '`') plain += c;
  }
  return plain;
}

}  // namespace afstem
