// The database's documentation (docs/schema.md) as data. The Markdown is
// the one place tables and columns are described: a test checks it against
// the schema the migrations create, and `afstem datasette-metadata` turns
// it into Datasette's metadata.json, so neither can drift from the other.
//
// What is read: each "### `name`" heading starts a table or view; the
// paragraph under it is its description; each table row
// "| `column` | TYPE | meaning |" is a column. A "## " heading ends the
// section. Everything else is prose for people.
#ifndef AFSTEM_SCHEMA_STORE_SCHEMA_DOC_H_
#define AFSTEM_SCHEMA_STORE_SCHEMA_DOC_H_

#include <string>
#include <string_view>
#include <vector>

namespace afstem {

struct DocumentedColumn {
  std::string name;
  std::string type;     // as written: INTEGER, TEXT, REAL, BLOB
  std::string meaning;  // Markdown, one line
};

struct DocumentedTable {
  std::string name;
  bool is_view = false;          // under the "## Views" heading
  std::string description;       // the paragraph under the heading, joined
  std::vector<DocumentedColumn> columns;
};

// Parses documentation in the format above.
std::vector<DocumentedTable> ParseSchemaDoc(std::string_view markdown);

// docs/schema.md as built into the binary.
std::string_view SchemaDocMarkdown();

// The inline-code spans of a Markdown text, in order: "`table` (or `text`
// for prose)" -> {"table", "text"}. A column whose meaning lists its values
// lists them so (tests check them against schema/model/vocabulary.h).
std::vector<std::string> CodeSpans(std::string_view markdown);

// Markdown inline-code marks removed ("`ok` or `failed`" -> "ok or
// failed"), for plain-text descriptions.
std::string PlainText(std::string_view markdown);

}  // namespace afstem

#endif  // AFSTEM_SCHEMA_STORE_SCHEMA_DOC_H_
