// The binary document form (document_codec.h). One description of each
// record's fields (Fields) serves both directions.

#include "ingest/batch/document_codec.h"

#include <cstdint>
#include <cstring>
#include <optional>
#include <type_traits>
#include <vector>

namespace afstem {
namespace {

constexpr std::string_view kMagic = "AFD1";

class Writer {
 public:
  std::string bytes;
  void Unsigned(std::uint64_t value) {
    do {
      std::uint8_t byte = value & 0x7F;
      value >>= 7;
      if (value != 0) byte |= 0x80;
      bytes += static_cast<char>(byte);
    } while (value != 0);
  }
  void Signed(std::int64_t value) {
    Unsigned((static_cast<std::uint64_t>(value) << 1) ^ static_cast<std::uint64_t>(value >> 63));
  }
  void Real(double value) {
    char raw[8];
    std::memcpy(raw, &value, 8);
    bytes.append(raw, 8);
  }
  void Text(const std::string& text) {
    Unsigned(text.size());
    bytes += text;
  }
};

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  bool ok() const { return ok_; }
  bool AtEnd() const { return at_ == bytes_.size(); }
  std::uint64_t Unsigned() {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (at_ >= bytes_.size()) return Fail();
      const auto byte = static_cast<std::uint8_t>(bytes_[at_++]);
      value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
      if ((byte & 0x80) == 0) return value;
    }
    return Fail();
  }
  std::int64_t Signed() {
    const std::uint64_t raw = Unsigned();
    return static_cast<std::int64_t>((raw >> 1) ^ (~(raw & 1) + 1));
  }
  double Real() {
    double value = 0;
    if (bytes_.size() - at_ < 8) return static_cast<double>(Fail());
    std::memcpy(&value, bytes_.data() + at_, 8);
    at_ += 8;
    return value;
  }
  std::string Text() {
    const std::uint64_t size = Unsigned();
    if (!ok_ || size > bytes_.size() - at_) {
      Fail();
      return "";
    }
    std::string text(bytes_.substr(at_, size));
    at_ += size;
    return text;
  }
  // A count of elements, each at least one byte: no more than remain.
  std::size_t Count() {
    const std::uint64_t count = Unsigned();
    if (count > bytes_.size() - at_) return Fail();
    return static_cast<std::size_t>(count);
  }
  std::uint64_t Fail() {
    ok_ = false;
    at_ = bytes_.size();
    return 0;
  }

 private:
  std::string_view bytes_;
  std::size_t at_ = 0;
  bool ok_ = true;
};

// The fields of each record, in declaration order (schema/model/records.h). A
// field added there must be added here; the round-trip test compares an
// encoding of every fixture with the encoding of its decoding.
template <typename A> void Fields(A& a, Box& r) { a(r.x0, r.y0, r.x1, r.y1); }
template <typename A> void Fields(A& a, Word& r) { a(r.text, r.box, r.space_after, r.font_name, r.font_size, r.confidence); }
template <typename A> void Fields(A& a, Link& r) { a(r.page, r.box, r.uri); }
template <typename A> void Fields(A& a, Token& r) { a(r.word_ids, r.text); }
template <typename A> void Fields(A& a, TextLine& r) { a(r.box, r.tokens, r.font_size, r.bold); }
template <typename A> void Fields(A& a, TextBlock& r) { a(r.kind, r.box, r.lines, r.label, r.row, r.text, r.section, r.list_level, r.paragraph, r.continues_paragraph); }
template <typename A> void Fields(A& a, FootnoteMarker& r) { a(r.number, r.word_id, r.box); }
template <typename A> void Fields(A& a, Footnote& r) { a(r.number, r.box, r.lines, r.text); }
template <typename A> void Fields(A& a, Graphic& r) { a(r.kind, r.box, r.thickness, r.filled); }
template <typename A> void Fields(A& a, Page& r) {
  a(r.number, r.width, r.height, r.rotation, r.words, r.graphics, r.kind, r.text_source, r.ocr_rotation, r.raw_text, r.word_gap_em, r.blocks, r.footnotes,
    r.markers, r.text);
}
template <typename A> void Fields(A& a, TableColumn& r) { a(r.header, r.header_box, r.header_page, r.role, r.year, r.basis); }
template <typename A> void Fields(A& a, TableCell& r) { a(r.page, r.box, r.lines, r.text, r.value, r.problem); }
template <typename A> void Fields(A& a, TableRow& r) { a(r.cells, r.is_total, r.is_subset, r.not_money); }
template <typename A> void Fields(A& a, Table& r) {
  a(r.first_page, r.last_page, r.box, r.columns, r.rows, r.caption_lines, r.caption, r.page_unit_text, r.unit, r.unit_dkk,
    r.unit_source, r.unit_note);
}
template <typename A> void Fields(A& a, Initiative& r) {
  a(r.origin, r.table, r.row, r.ordinal, r.title, r.funding_source, r.funding_url, r.committee, r.page, r.box, r.section);
}
template <typename A> void Fields(A& a, Allocation& r) {
  a(r.initiative, r.year, r.amount_dkk, r.basis, r.category, r.origin, r.page, r.box, r.unit, r.unit_source,
    r.year_source, r.precision_dkk, r.round_figure);
}
template <typename A> void Fields(A& a, StatedTotal& r) {
  a(r.scope, r.label, r.year, r.amount_dkk, r.basis, r.page, r.box, r.table, r.row, r.column, r.parts, r.precision_dkk,
    r.round_figure);
}
template <typename A> void Fields(A& a, ProseMoney& r) {
  a(r.page, r.box, r.text, r.sentence, r.amount_dkk, r.unit, r.implausible, r.role);
}
template <typename A> void Fields(A& a, FindingPart& r) {
  a(r.label, r.amount_dkk, r.text, r.precision_dkk, r.page, r.box);
}
template <typename A> void Fields(A& a, Finding& r) {
  a(r.rule, r.severity, r.year, r.stated_dkk, r.computed_dkk, r.tolerance_dkk, r.label, r.message, r.page, r.box,
    r.table, r.row, r.column, r.stated_total, r.parts, r.parameters);
}
template <typename A> void Fields(A& a, DocumentInfo& r) {
  a(r.title, r.author, r.subject, r.keywords, r.creator, r.producer, r.created_unix, r.modified_unix,
    r.pdf_version);
}
template <typename A> void Fields(A& a, DocumentHeader& r) {
  a(r.title, r.title_source, r.label, r.kind, r.date, r.committee, r.page, r.box);
}
template <typename A> void Fields(A& a, Section& r) {
  a(r.parent, r.level, r.label, r.number, r.title, r.heading, r.generic, r.page, r.box);
}
template <typename A> void Fields(A& a, ExtractedDocument& r) {
  a(r.info, r.header, r.sections, r.pages, r.links, r.tables, r.initiatives, r.allocations, r.stated_totals, r.prose_money, r.findings,
    r.diagnostics);
}

// Encode and Decode share one Fields(archive, record) per record type; the
// archive's operator() takes each field.
struct Encode {
  Writer& out;
  template <typename... T>
  void operator()(const T&... fields) {
    (Put(fields), ...);
  }
  template <typename T>
  void Put(const T& value) {
    if constexpr (std::is_same_v<T, bool>) {
      out.Unsigned(value ? 1 : 0);
    } else if constexpr (std::is_enum_v<T>) {
      out.Unsigned(static_cast<std::uint64_t>(value));
    } else if constexpr (std::is_integral_v<T>) {
      out.Signed(static_cast<std::int64_t>(value));
    } else if constexpr (std::is_floating_point_v<T>) {
      out.Real(value);
    } else if constexpr (std::is_same_v<T, std::string>) {
      out.Text(value);
    } else {
      PutOther(value);
    }
  }
  template <typename T>
  void PutOther(const std::optional<T>& value) {
    out.Unsigned(value ? 1 : 0);
    if (value) Put(*value);
  }
  template <typename T>
  void PutOther(const std::vector<T>& values) {
    out.Unsigned(values.size());
    for (const T& value : values) Put(value);
  }
  template <typename T>
  void PutOther(const T& record) {
    Fields(*this, const_cast<T&>(record));
  }
};

struct Decode {
  Reader& in;
  template <typename... T>
  void operator()(T&... fields) {
    (Get(fields), ...);
  }
  template <typename T>
  void Get(T& value) {
    if constexpr (std::is_same_v<T, bool>) {
      value = in.Unsigned() != 0;
    } else if constexpr (std::is_enum_v<T>) {
      value = static_cast<T>(in.Unsigned());
    } else if constexpr (std::is_integral_v<T>) {
      value = static_cast<T>(in.Signed());
    } else if constexpr (std::is_floating_point_v<T>) {
      value = in.Real();
    } else if constexpr (std::is_same_v<T, std::string>) {
      value = in.Text();
    } else {
      GetOther(value);
    }
  }
  template <typename T>
  void GetOther(std::optional<T>& value) {
    value.reset();
    if (in.Unsigned() != 0) {
      T inner{};
      Get(inner);
      value = std::move(inner);
    }
  }
  template <typename T>
  void GetOther(std::vector<T>& values) {
    const std::size_t count = in.Count();
    values.clear();
    values.reserve(count);
    for (std::size_t i = 0; i < count && in.ok(); ++i) {
      values.emplace_back();
      Get(values.back());
    }
  }
  template <typename T>
  void GetOther(T& record) {
    Fields(*this, record);
  }
};

}  // namespace

std::string EncodeDocument(const ExtractedDocument& document) {
  Writer writer;
  writer.bytes = kMagic;
  Encode{writer}.Put(document);
  return std::move(writer.bytes);
}

Result<ExtractedDocument> DecodeDocument(std::string_view bytes) {
  if (bytes.substr(0, kMagic.size()) != kMagic) return Status::Corruption("not an encoded document (no AFD1)");
  Reader reader(bytes.substr(kMagic.size()));
  ExtractedDocument document;
  Decode{reader}.Get(document);
  if (!reader.ok()) return Status::Corruption("encoded document is truncated or damaged");
  if (!reader.AtEnd()) return Status::Corruption("encoded document has trailing bytes");
  return document;
}

}  // namespace afstem
