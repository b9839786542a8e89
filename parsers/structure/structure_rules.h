// The vocabulary of document structure, as data: document kinds, dates,
// e-mail and letterhead fields, committees, generic section headings and
// junk PDF titles. Geometry and typography decide where a title or a section
// is (document_header.h, sections.h); these words only name what was found
// or keep a line out of a title. Patterns are RE2 (parsers/pattern/pattern.h),
// compiled once by StructureRules::Create(); immutable, safe to share.
#ifndef AFSTEM_PARSERS_STRUCTURE_STRUCTURE_RULES_H_
#define AFSTEM_PARSERS_STRUCTURE_STRUCTURE_RULES_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/pattern/pattern.h"
#include "schema/model/status.h"

namespace afstem {

// Kinds other stages name: annual accounts (their bare year columns are
// actual figures, parsers/tables/table_semantics.h) and a printed e-mail.
inline constexpr std::string_view kAccountsKind = "regnskab";
inline constexpr std::string_view kMailKind = "e-mail";

// A date found in a text: where it is printed and its ISO 8601 form.
struct FoundDate {
  std::size_t start = 0;
  std::size_t length = 0;
  std::string iso;  // "2025-08-27"
};

// What a "Label: value" line of a printed e-mail or a letterhead is.
enum class FieldRole {
  kNone,
  kMailSender,     // Fra:, From:
  kMailRecipient,  // Til:, To:, Cc:
  kMailSent,       // Sendt:, Sent:, Date:
  kMailSubject,    // Emne:, Subject:
  kMailOther,      // Vedhæftede filer:, Attachments:
  kDate,           // Dato:, Mødedato:, Vedtatt dato:
  kReference,      // Sagsnr.:, J.nr.:, Dok.nr.:, Mødested:, …
};

// A field label at the start of a line, and where its value begins.
struct FieldLabel {
  FieldRole role = FieldRole::kNone;
  std::size_t value_start =
      0;  // byte offset of the value in the line ("" when none)
};

class StructureRules {
 public:
  // Compiles every rule; fails naming the first pattern that does not compile.
  static Result<std::unique_ptr<StructureRules>> Create();

  // The document kind a word names ("Referat" -> "referat", "Årsrapport" ->
  // "regnskab", "Udmøntningsnotat" -> "notat"), or "".
  std::string KindOfWord(std::string_view word) const;
  // The kind when the whole line is only a document-type word ("NOTAT",
  // "Referat", "Dagsorden:"), or "".
  std::string KindLine(std::string_view line) const;
  // The first kind named by a word of `text`, or "".
  std::string FirstKind(std::string_view text) const;

  // Every full date in `text` (day, month and year): "27. august 2025",
  // "d. 27-08-2025", "11.12.2023", "2023-12-11", "January 5, 2017".
  // Impossible dates (31.02.) are not dates.
  std::vector<FoundDate> FindDates(std::string_view text) const;
  // True when the line is a date and nothing else but weekday, "den",
  // "kl. 16:00" and the like ("torsdag den 21. marts 2024 kl. 20.00").
  bool IsDateLine(std::string_view line) const;

  // The field label a line starts with ("Emne: …", "Sagsnr.: …"), if any.
  FieldLabel Field(std::string_view line) const;
  // The subject of a printed e-mail without reply/forward prefixes
  // ("SV: Re: Nyhedsbrev" -> "Nyhedsbrev").
  std::string MailSubject(std::string_view value) const;

  // The first committee named in `text` ("Udvalget for plan, udvikling og
  // kultur", "Børne- og Ungdomsudvalget", "Aarhus Byråd"), or "".
  std::string Committee(std::string_view text) const;

  // A heading that is a part of an agenda item or a note rather than an
  // item: Sagsfremstilling, Indstilling, Beslutning, Økonomi, Baggrund, …
  bool IsGenericHeading(std::string_view heading) const;

  // A PDF /Title that says nothing about the document: "Microsoft Word -
  // Dokument1", a file name, a GUID, a bare kind word ("Notat"), "Untitled".
  bool IsJunkTitle(std::string_view title) const;

 private:
  StructureRules() = default;
  struct KindRow {
    Pattern word;
    std::string kind;
  };
  std::vector<KindRow> kinds_;
  std::vector<Pattern>
      dates_;  // groups: day, month (word or number), year — see .cc
  std::vector<Pattern>
      date_fillers_;  // what may stand beside a date on a date line
  struct FieldRow {
    Pattern label;
    FieldRole role;
  };
  std::vector<FieldRow> fields_;
  std::vector<Pattern> reply_prefixes_;
  std::vector<Pattern> committees_;
  std::vector<Pattern> generic_headings_;
  std::vector<Pattern> junk_titles_;
};

}  // namespace afstem

#endif  // AFSTEM_PARSERS_STRUCTURE_STRUCTURE_RULES_H_
