// poppler-cpp wrapper: words, page geometry and metadata (poppler_reader.h).

#include "ingest/extract/poppler_reader.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>
#include <memory>
#include <string>

#include "ingest/extract/glyph_words.h"

namespace afstem {
namespace {

// Routes Poppler's error messages into a vector for the lifetime of the
// object, restoring a silent handler afterwards (library code never prints).
// A damaged file can make Poppler complain once per byte; the first
// kMaxMessages are kept and the rest counted by Finish().
class ScopedPopplerDiagnostics {
 public:
  explicit ScopedPopplerDiagnostics(std::vector<std::string>& sink)
      : sink_(sink) {
    poppler::set_debug_error_function(&Collect, this);
  }
  ~ScopedPopplerDiagnostics() {
    poppler::set_debug_error_function(&Discard, nullptr);
  }
  ScopedPopplerDiagnostics(const ScopedPopplerDiagnostics&) = delete;
  ScopedPopplerDiagnostics& operator=(const ScopedPopplerDiagnostics&) = delete;

  // Appends the count of messages that were not kept, if any.
  void Finish() {
    if (dropped_ > 0) {
      sink_.push_back("poppler: " + std::to_string(dropped_) +
                      " more messages like these");
      dropped_ = 0;
    }
  }

 private:
  static constexpr std::size_t kMaxMessages = 10;

  static void Collect(const std::string& message, void* closure) {
    auto* self = static_cast<ScopedPopplerDiagnostics*>(closure);
    if (self->kept_ < kMaxMessages) {
      self->sink_.push_back("poppler: " + message);
      ++self->kept_;
    } else {
      ++self->dropped_;
    }
  }
  static void Discard(const std::string&, void*) {}

  std::vector<std::string>& sink_;
  std::size_t kept_ = 0;
  std::size_t dropped_ = 0;
};

std::string ToUtf8(const poppler::ustring& text) {
  poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

std::optional<std::int64_t> InfoDate(const poppler::document& doc,
                                     const char* key) {
  time_t value = doc.info_date_t(key);
  if (value == static_cast<time_t>(-1)) return std::nullopt;
  return static_cast<std::int64_t>(value);
}

DocumentInfo ReadInfo(const poppler::document& doc) {
  DocumentInfo info;
  info.title = ToUtf8(doc.get_title());
  info.author = ToUtf8(doc.get_author());
  info.subject = ToUtf8(doc.get_subject());
  info.keywords = ToUtf8(doc.get_keywords());
  info.creator = ToUtf8(doc.get_creator());
  info.producer = ToUtf8(doc.get_producer());
  info.created_unix = InfoDate(doc, "CreationDate");
  info.modified_unix = InfoDate(doc, "ModDate");
  int major = 0, minor = 0;
  doc.get_pdf_version(&major, &minor);
  info.pdf_version = std::to_string(major) + "." + std::to_string(minor);
  return info;
}

// One text_box as a glyph run: poppler's text is UTF-16 and char_bbox(i)
// is the box of its i-th code point (TextWord holds one per code point).
void FillGlyphRun(const poppler::text_box& box, bool include_fonts, GlyphRun& run) {
  const poppler::ustring text = box.text();
  run.glyphs.clear();
  for (std::size_t i = 0; i < text.size(); ++i) {
    char32_t code = text[i];
    if (code >= 0xD800 && code <= 0xDBFF && i + 1 < text.size() &&
        text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF) {
      code = 0x10000 + ((code - 0xD800) << 10) + (text[i + 1] - 0xDC00);
      ++i;
    }
    const std::size_t index = run.glyphs.size();
    const poppler::rectf r = box.char_bbox(index);
    run.glyphs.push_back(Glyph{code, Box{r.left(), r.top(), r.right(), r.bottom()}});
  }
  const poppler::rectf r = box.bbox();
  run.box = Box{r.left(), r.top(), r.right(), r.bottom()};
  run.rotation = box.rotation();
  run.space_after = box.has_space_after();
  run.font_name = include_fonts ? box.get_font_name() : std::string();
  run.word_font_size = include_fonts ? box.get_font_size() : 0;
  run.font_size = run.word_font_size;
}

int RotationOf(const poppler::page& page) {
  switch (page.orientation()) {
    case poppler::page::landscape: return 90;
    case poppler::page::upside_down: return 180;
    case poppler::page::seascape: return 270;
    default: return 0;
  }
}

Page ReadPage(const poppler::page& source, int number, PageFrame& frame,
              const PopplerOptions& options) {
  poppler::rectf crop = source.page_rect(poppler::crop_box);
  frame = PageFrame{crop.left(), crop.top(), crop.right(), crop.bottom(),
                    RotationOf(source)};
  Page page;
  page.number = number;
  page.rotation = frame.rotation;
  page.width = frame.DisplayWidth();
  page.height = frame.DisplayHeight();
  if (!options.read_words) return page;
  std::vector<poppler::text_box> boxes = source.text_list(
      options.include_fonts ? poppler::page::text_list_include_font : 0);
  page.words.reserve(boxes.size());
  GlyphRun run;  // reused: its glyph vector keeps its capacity
  for (const poppler::text_box& box : boxes) {
    FillGlyphRun(box, options.include_fonts, run);
    AppendGlyphWords(run, page.words);
  }
  return page;
}

}  // namespace

Result<PopplerOutput> ReadWithPoppler(std::string_view bytes,
                                      const PopplerOptions& options) {
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    return Status::NotSupported("file too large for Poppler (over 2 GiB)");
  }
  PopplerOutput output;
  std::vector<std::string>& diagnostics = output.document.diagnostics;
  ScopedPopplerDiagnostics capture(diagnostics);

  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(
      bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) {
    std::string reason = "damaged PDF: Poppler cannot open it";
    if (!diagnostics.empty()) reason += " (" + diagnostics.back() + ")";
    return Status::InvalidInput(reason);
  }
  // A locked document's pages() must not be touched (Poppler crashes).
  if (doc->is_locked()) {
    return Status::NotSupported("encrypted: a user password is required to open it");
  }
  const int page_count = doc->pages();
  if (page_count <= 0) return Status::InvalidInput("PDF has no pages");
  if (options.max_pages > 0 && page_count > options.max_pages) {
    return Status::NotSupported("too many pages (" + std::to_string(page_count) + ", over --max-pages " +
                         std::to_string(options.max_pages) + ")");
  }

  output.document.info = ReadInfo(*doc);
  output.document.pages.reserve(static_cast<std::size_t>(page_count));
  output.frames.resize(static_cast<std::size_t>(page_count));
  for (int index = 0; index < page_count; ++index) {
    std::unique_ptr<poppler::page> page(doc->create_page(index));
    if (!page) {
      return Status::InvalidInput("damaged PDF: page " + std::to_string(index + 1) +
                           " cannot be read");
    }
    output.document.pages.push_back(ReadPage(
        *page, index + 1, output.frames[static_cast<std::size_t>(index)],
        options));
  }
  capture.Finish();
  return output;
}

}  // namespace afstem
