// Sections of a document (sections_store.h).

#include "schema/store/sections_store.h"

namespace afstem {

Status InsertSections(sql::Database& db, std::int64_t document_id,
                      const ExtractedDocument& document,
                      std::vector<std::int64_t>& ids) {
  ids.clear();
  if (document.sections.empty()) return Status::Ok();
  auto statement = db.Cached(
      "INSERT INTO sections (document_id, parent_id, ordinal, level, label, "
      "number, title, "
      "heading, generic, page, x0, y0, x1, y1) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!statement.ok()) return statement.status();
  sql::Statement& insert = *statement.value();
  for (const Section& section : document.sections) {
    insert.Bind(1, document_id);
    if (section.parent >= 0) {
      insert.Bind(2, ids.at(static_cast<std::size_t>(section.parent)));
    } else {
      insert.BindNull(2);
    }
    insert.Bind(3, static_cast<std::int64_t>(ids.size() + 1));
    insert.Bind(4, std::int64_t{section.level});
    for (const auto& [index, text] :
         {std::pair{5, &section.label}, std::pair{6, &section.number}}) {
      if (text->empty()) {
        insert.BindNull(index);
      } else {
        insert.Bind(index, std::string_view(*text));
      }
    }
    insert.Bind(7, std::string_view(section.title))
        .Bind(8, std::string_view(section.heading));
    insert.Bind(9, std::int64_t{section.generic ? 1 : 0})
        .Bind(10, std::int64_t{section.page});
    insert.Bind(11, section.box.x0).Bind(12, section.box.y0);
    insert.Bind(13, section.box.x1).Bind(14, section.box.y1);
    if (Status status = insert.Run(); !status.ok()) return status;
    ids.push_back(db.LastInsertRowId());
  }
  return Status::Ok();
}

}  // namespace afstem
