// Poppler core wrapper for drawn graphics (poppler_graphics.h): a GraphicsDev
// (an OutputDev that keeps paths and image boxes and draws nothing) run over
// each page of a PDFDoc opened from the bytes in memory.

#include "ingest/extract/poppler_graphics.h"

#include <poppler/Error.h>
#include <poppler/GfxState.h>
#include <poppler/GlobalParams.h>
#include <poppler/OutputDev.h>
#include <poppler/PDFDoc.h>
#include <poppler/Stream.h>
#include <poppler/TextOutputDev.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <memory>

#include "ingest/extract/graphics_classify.h"

namespace afstem {
namespace {

// ---- Poppler's messages, collected instead of printed ----

constexpr std::size_t kMaxMessages = 10;

struct MessageSink {
  std::vector<std::string>* messages = nullptr;
  std::size_t kept = 0;
  std::size_t dropped = 0;
};
MessageSink g_sink;  // process-global, as Poppler's callback is

// Formats as poppler-cpp does, so the same message from both passes reads the same.
void CollectMessage(ErrorCategory, Goffset pos, const char* message) {
  if (g_sink.messages == nullptr) return;
  if (g_sink.kept >= kMaxMessages) {
    ++g_sink.dropped;
    return;
  }
  std::string text = pos >= 0 ? "poppler: error (" + std::to_string(pos) + "): " : "poppler: error: ";
  g_sink.messages->push_back(text + (message != nullptr ? message : ""));
  ++g_sink.kept;
}

void DiscardMessage(ErrorCategory, Goffset, const char*) {}

// Holds Poppler's GlobalParams (shared with poppler-cpp through Poppler's own
// reference count: GlobalParamsIniter creates it when none exists and frees
// it when the last holder goes) and routes Poppler's messages to `messages`
// for its lifetime, leaving a silent handler behind.
class ScopedPopplerCore {
 public:
  explicit ScopedPopplerCore(std::vector<std::string>& messages) : params_(&CollectMessage) {
    g_sink = MessageSink{&messages, 0, 0};
    setErrorCallback(&CollectMessage);  // also when another holder set its own
  }
  ~ScopedPopplerCore() {
    setErrorCallback(&DiscardMessage);
    if (g_sink.dropped > 0) {
      g_sink.messages->push_back("poppler: " + std::to_string(g_sink.dropped) + " more messages like these");
    }
    g_sink = MessageSink{};
  }
  ScopedPopplerCore(const ScopedPopplerCore&) = delete;
  ScopedPopplerCore& operator=(const ScopedPopplerCore&) = delete;

 private:
  GlobalParamsIniter params_;
};

// ---- The output device ----

// Paint lighter than this in every RGB component leaves no mark on paper
// (white backgrounds, white masking boxes): it is not kept.
constexpr double kWhite = 0.98;
// A luminance at least this high is paper (page_kind.h, kPaperFraction).
constexpr double kLightLuminance = 0.75;
// Images measured for paper: at least this share of the page, at most this
// many per page, at most this many pixels each (a 600 dpi A3 scan is 70 M).
constexpr double kMinSampledShare = 0.05;
constexpr int kMaxSampledImages = 8;
constexpr double kMaxSampledPixels = 80e6;
// Pixels sampled per row and rows per image, at most (about 256 x 256).
constexpr int kSamplesPerAxis = 256;
// A subpath of more points than this is skipped (a hostile path; a drawn
// table needs 5 points per cell outline).
constexpr int kMaxSubpathPoints = 100000;

bool IsWhite(const GfxRGB& rgb) {
  return colToDbl(rgb.r) >= kWhite && colToDbl(rgb.g) >= kWhite && colToDbl(rgb.b) >= kWhite;
}

class GraphicsDev final : public OutputDev {
 public:
  // One device serves every page of a document, so that Poppler's cache of
  // parsed ICC colour spaces (an OutputDev member) lasts the document: a
  // page's ICCBased colour space is read and its Little CMS transform built
  // once, not on every page. BeginPage points it at the next page.
  // `text_drawn` turns true once the page drew a glyph: paper is then no
  // longer measured (it decides only pages without words).
  void BeginPage(PageGraphics& page, const bool& text_drawn) {
    page_ = &page;
    text_drawn_ = &text_drawn;
    page_box_ = Box{};
    groups_.clear();
    soft_mask_depth_ = 0;
    sampled_images_ = 0;
    sampled_light_ = 0;
    sampled_weight_ = 0;
  }

  bool upsideDown() override { return true; }       // y down, as words
  bool useDrawChar() override { return false; }     // text: one drawString per op, ignored
  bool interpretType3Chars() override { return false; }
  bool needNonText() override { return true; }
  // Pattern and shading fills are taken whole (their clip box), never
  // decomposed into the many small fills Gfx would otherwise issue.
  bool useTilingPatternFill() override { return true; }
  bool useShadedFills(int) override { return true; }

  void startPage(int, GfxState* state, XRef*) override {
    page_box_ = Box{0, 0, state->getPageWidth(), state->getPageHeight()};
  }

  void stroke(GfxState* state) override {
    if (!Keeping() || state->getStrokeOpacity() <= 0) return;
    GfxRGB rgb;
    state->getStrokeRGB(&rgb);
    if (IsWhite(rgb)) return;
    AddPath(state, /*filled=*/false);
  }
  void fill(GfxState* state) override { Fill(state); }
  void eoFill(GfxState* state) override { Fill(state); }

  bool tilingPatternFill(GfxState* state, Gfx*, Catalog*, GfxTilingPattern*, const double*, int, int, int, int,
                         double, double) override {
    AddClipArea(state);
    return true;
  }
  bool functionShadedFill(GfxState* state, GfxFunctionShading*) override { return AddClipArea(state); }
  bool axialShadedFill(GfxState* state, GfxAxialShading*, double, double) override { return AddClipArea(state); }
  bool radialShadedFill(GfxState* state, GfxRadialShading*, double, double) override { return AddClipArea(state); }
  bool gouraudTriangleShadedFill(GfxState* state, GfxGouraudTriangleShading*) override {
    return AddClipArea(state);
  }
  bool patchMeshShadedFill(GfxState* state, GfxPatchMeshShading*) override { return AddClipArea(state); }

  void drawImage(GfxState* state, Object* ref, Stream* str, int width, int height, GfxImageColorMap* color_map,
                 bool interpolate, const int* mask_colors, bool inline_image) override {
    const double share = AddImage(state);
    if (!inline_image && share >= kMinSampledShare && ShouldSample(width, height) && color_map != nullptr) {
      SampleImage(str, width, height, *color_map, share);
      return;
    }
    // Consumes an inline image's data so that the content stream goes on after it.
    OutputDev::drawImage(state, ref, str, width, height, color_map, interpolate, mask_colors, inline_image);
  }
  void drawImageMask(GfxState* state, Object* ref, Stream* str, int width, int height, bool invert,
                     bool interpolate, bool inline_image) override {
    const double share = AddImage(state);
    if (!inline_image && share >= kMinSampledShare && ShouldSample(width, height)) {
      SampleMask(str, width, height, invert, share);
      return;
    }
    OutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inline_image);
  }
  void setSoftMaskFromImageMask(GfxState* state, Object* ref, Stream* str, int width, int height, bool invert,
                                bool inline_image, double*) override {
    AddImage(state);
    OutputDev::drawImageMask(state, ref, str, width, height, invert, false, inline_image);
  }
  void unsetSoftMaskFromImageMask(GfxState*, double*) override {}
  void drawMaskedImage(GfxState* state, Object*, Stream*, int, int, GfxImageColorMap*, bool, Stream*, int, int,
                       bool, bool) override {
    AddImage(state);
  }
  void drawSoftMaskedImage(GfxState* state, Object*, Stream*, int, int, GfxImageColorMap*, bool, Stream*, int, int,
                           GfxImageColorMap*, bool) override {
    AddImage(state);
  }

  // What a soft mask group paints is a mask, not a mark: it is not kept.
  void beginTransparencyGroup(GfxState*, const double*, GfxColorSpace*, bool, bool, bool for_soft_mask) override {
    groups_.push_back(for_soft_mask);
    if (for_soft_mask) ++soft_mask_depth_;
  }
  void endTransparencyGroup(GfxState*) override {
    if (groups_.empty()) return;
    if (groups_.back()) --soft_mask_depth_;
    groups_.pop_back();
  }

  // The area-weighted paper share of the sampled images, if any.
  std::optional<double> PaperFraction() const {
    if (sampled_weight_ <= 0) return std::nullopt;
    return sampled_light_ / sampled_weight_;
  }

 private:
  bool Keeping() {
    if (soft_mask_depth_ > 0 || page_->truncated) return false;
    return true;
  }

  void Keep(std::vector<Graphic>& found) {
    for (Graphic& graphic : found) {
      if (page_->graphics.size() >= kMaxGraphicsPerPage) {
        page_->truncated = true;
        return;
      }
      page_->graphics.push_back(graphic);
    }
  }

  void Fill(GfxState* state) {
    if (!Keeping() || state->getFillOpacity() <= 0) return;
    GfxRGB rgb;
    state->getFillRGB(&rgb);
    if (IsWhite(rgb)) return;
    AddPath(state, /*filled=*/true);
  }

  void AddPath(GfxState* state, bool filled) {
    const GfxPath* path = state->getPath();
    if (path == nullptr) return;
    PaintedPath painted;
    painted.filled = filled;
    painted.line_width = state->getTransformedLineWidth();
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
      const GfxSubpath* subpath = path->getSubpath(s);
      const int n = subpath->getNumPoints();
      if (n < 2 || n > kMaxSubpathPoints) continue;
      Subpath out;
      out.closed = subpath->isClosed();
      out.points.reserve(static_cast<std::size_t>(n));
      for (int i = 0; i < n; ++i) {
        PathPoint point;
        state->transform(subpath->getX(i), subpath->getY(i), &point.x, &point.y);
        point.curve = subpath->getCurve(i);
        out.points.push_back(point);
      }
      painted.subpaths.push_back(std::move(out));
    }
    std::vector<Graphic> found;
    ClassifyPath(painted, page_box_, found);
    Keep(found);
  }

  // A pattern or shading fill: the area it may paint is the clip region.
  bool AddClipArea(GfxState* state) {
    if (!Keeping()) return true;
    double x0, y0, x1, y1;
    state->getClipBBox(&x0, &y0, &x1, &y1);
    PaintedPath painted;
    painted.filled = true;
    painted.subpaths.push_back(Subpath{{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}, true});
    std::vector<Graphic> found;
    ClassifyPath(painted, page_box_, found);
    for (Graphic& graphic : found) graphic.kind = GraphicKind::kShape;  // not a cell: a painted area
    Keep(found);
    return true;
  }

  // Records the image's box; returns its share of the page (0 when not kept).
  double AddImage(GfxState* state) {
    if (!Keeping()) return 0;
    PathPoint corners[4];
    state->transform(0, 0, &corners[0].x, &corners[0].y);
    state->transform(1, 0, &corners[1].x, &corners[1].y);
    state->transform(0, 1, &corners[2].x, &corners[2].y);
    state->transform(1, 1, &corners[3].x, &corners[3].y);
    std::vector<Graphic> found;
    ClassifyImage(corners, page_box_, found);
    if (found.empty()) return 0;
    const Box box = found.front().box;
    Keep(found);
    const double page_area = page_box_.width() * page_box_.height();
    return page_area > 0 ? box.width() * box.height() / page_area : 0;
  }

  bool ShouldSample(int width, int height) {
    if (*text_drawn_ || sampled_images_ >= kMaxSampledImages ||
        width <= 0 || height <= 0) {
      return false;
    }
    if (static_cast<double>(width) * height > kMaxSampledPixels) return false;
    ++sampled_images_;
    return true;
  }

  void SampleImage(Stream* str, int width, int height, GfxImageColorMap& color_map, double share) {
    const int components = color_map.getNumPixelComps();
    const int bits = color_map.getBits();
    if (components <= 0 || components > gfxColorMaxComps || bits <= 0 || bits > 16) return;
    ImageStream image(str, width, components, bits);
    image.reset();
    const int row_step = std::max(1, height / kSamplesPerAxis);
    const int column_step = std::max(1, width / kSamplesPerAxis);
    double light = 0, samples = 0;
    for (int y = 0; y < height; ++y) {
      if (y % row_step != 0) {
        image.skipLine();
        continue;
      }
      unsigned char* line = image.getLine();
      if (line == nullptr) break;
      for (int x = 0; x < width; x += column_step) {
        GfxGray gray;
        color_map.getGray(line + static_cast<std::size_t>(x) * static_cast<std::size_t>(components), &gray);
        light += colToDbl(gray) >= kLightLuminance ? 1 : 0;
        ++samples;
      }
    }
    image.close();
    AddSample(light, samples, share);
  }

  // A stencil mask paints where its sample is 0 ([0 1] decode) or 1 (inverted).
  void SampleMask(Stream* str, int width, int height, bool invert, double share) {
    ImageStream image(str, width, 1, 1);
    image.reset();
    const int row_step = std::max(1, height / kSamplesPerAxis);
    const int column_step = std::max(1, width / kSamplesPerAxis);
    const unsigned char painted = invert ? 1 : 0;
    double light = 0, samples = 0;
    for (int y = 0; y < height; ++y) {
      if (y % row_step != 0) {
        image.skipLine();
        continue;
      }
      unsigned char* line = image.getLine();
      if (line == nullptr) break;
      for (int x = 0; x < width; x += column_step) {
        light += line[x] != painted ? 1 : 0;
        ++samples;
      }
    }
    image.close();
    AddSample(light, samples, share);
  }

  void AddSample(double light, double samples, double share) {
    if (samples <= 0) return;
    sampled_light_ += share * light / samples;
    sampled_weight_ += share;
  }

  PageGraphics* page_ = nullptr;  // set by BeginPage before each page
  const bool* text_drawn_ = nullptr;  // set by BeginPage
  Box page_box_;
  std::vector<bool> groups_;  // open transparency groups: true for a soft mask
  int soft_mask_depth_ = 0;
  int sampled_images_ = 0;
  double sampled_light_ = 0;
  double sampled_weight_ = 0;
};

// Words and graphics from one interpretation: text operations go to
// Poppler's TextOutputDev exactly as when it runs alone (poppler-cpp's
// text_list()), paths and images to the GraphicsDev. Annotation appearances,
// drawn after the page content, reach the text device only (they carry form
// field text; their borders are not the page's drawing).
class ContentTee final : public OutputDev {
 public:
  ContentTee(TextOutputDev& text, GraphicsDev& graphics) : text_(text), graphics_(graphics) {}

  // What each device asks of Gfx: glyph by glyph for the text, every path
  // and image for the graphics.
  bool upsideDown() override { return true; }
  bool useDrawChar() override { return true; }
  bool interpretType3Chars() override { return false; }
  bool needNonText() override { return true; }
  bool needCharCount() override { return true; }
  bool useTilingPatternFill() override { return true; }
  bool useShadedFills(int) override { return true; }

  const bool& text_drawn() const { return text_drawn_; }
  static bool EnterAnnotations(Annot*, void* self) {
    static_cast<ContentTee*>(self)->annotations_ = true;
    return true;
  }

  void startPage(int number, GfxState* state, XRef* xref) override {
    annotations_ = false;
    text_drawn_ = false;
    text_.startPage(number, state, xref);
    graphics_.startPage(number, state, xref);
  }
  void endPage() override {
    text_.endPage();
    graphics_.endPage();
  }
  void restoreState(GfxState* state) override {
    text_.restoreState(state);
    graphics_.restoreState(state);
  }

  // ---- text ----
  void updateFont(GfxState* state) override { text_.updateFont(state); }
  void beginString(GfxState* state, const GooString* s) override { text_.beginString(state, s); }
  void endString(GfxState* state) override { text_.endString(state); }
  void drawChar(GfxState* state, double x, double y, double dx, double dy, double origin_x, double origin_y,
                CharCode code, int bytes, const Unicode* u, int u_length) override {
    text_drawn_ = true;
    text_.drawChar(state, x, y, dx, dy, origin_x, origin_y, code, bytes, u, u_length);
  }
  void incCharCount(int count) override { text_.incCharCount(count); }
  void beginActualText(GfxState* state, const GooString* text) override { text_.beginActualText(state, text); }
  void endActualText(GfxState* state) override { text_.endActualText(state); }
  void processLink(AnnotLink* link) override { text_.processLink(link); }

  // ---- paths: both (TextOutputDev finds underlines in them) ----
  void stroke(GfxState* state) override {
    text_.stroke(state);
    if (!annotations_) graphics_.stroke(state);
  }
  void fill(GfxState* state) override {
    text_.fill(state);
    if (!annotations_) graphics_.fill(state);
  }
  void eoFill(GfxState* state) override {
    text_.eoFill(state);
    if (!annotations_) graphics_.eoFill(state);
  }

  // ---- graphics only ----
  bool tilingPatternFill(GfxState* state, Gfx* gfx, Catalog* catalog, GfxTilingPattern* pattern, const double* mat,
                         int x0, int y0, int x1, int y1, double x_step, double y_step) override {
    if (annotations_) return true;  // not drawn: it is no word's either
    return graphics_.tilingPatternFill(state, gfx, catalog, pattern, mat, x0, y0, x1, y1, x_step, y_step);
  }
  bool functionShadedFill(GfxState* state, GfxFunctionShading* shading) override {
    return annotations_ || graphics_.functionShadedFill(state, shading);
  }
  bool axialShadedFill(GfxState* state, GfxAxialShading* shading, double t_min, double t_max) override {
    return annotations_ || graphics_.axialShadedFill(state, shading, t_min, t_max);
  }
  bool radialShadedFill(GfxState* state, GfxRadialShading* shading, double s_min, double s_max) override {
    return annotations_ || graphics_.radialShadedFill(state, shading, s_min, s_max);
  }
  bool gouraudTriangleShadedFill(GfxState* state, GfxGouraudTriangleShading* shading) override {
    return annotations_ || graphics_.gouraudTriangleShadedFill(state, shading);
  }
  bool patchMeshShadedFill(GfxState* state, GfxPatchMeshShading* shading) override {
    return annotations_ || graphics_.patchMeshShadedFill(state, shading);
  }
  void drawImage(GfxState* state, Object* ref, Stream* str, int width, int height, GfxImageColorMap* color_map,
                 bool interpolate, const int* mask_colors, bool inline_image) override {
    if (annotations_) {
      OutputDev::drawImage(state, ref, str, width, height, color_map, interpolate, mask_colors, inline_image);
      return;
    }
    graphics_.drawImage(state, ref, str, width, height, color_map, interpolate, mask_colors, inline_image);
  }
  void drawImageMask(GfxState* state, Object* ref, Stream* str, int width, int height, bool invert,
                     bool interpolate, bool inline_image) override {
    if (annotations_) {
      OutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inline_image);
      return;
    }
    graphics_.drawImageMask(state, ref, str, width, height, invert, interpolate, inline_image);
  }
  void setSoftMaskFromImageMask(GfxState* state, Object* ref, Stream* str, int width, int height, bool invert,
                                bool inline_image, double* base_matrix) override {
    if (annotations_) {
      OutputDev::drawImageMask(state, ref, str, width, height, invert, false, inline_image);
      return;
    }
    graphics_.setSoftMaskFromImageMask(state, ref, str, width, height, invert, inline_image, base_matrix);
  }
  void unsetSoftMaskFromImageMask(GfxState* state, double* base_matrix) override {
    if (!annotations_) graphics_.unsetSoftMaskFromImageMask(state, base_matrix);
  }
  void drawMaskedImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                       GfxImageColorMap* color_map, bool interpolate, Stream* mask_str, int mask_width,
                       int mask_height, bool mask_invert, bool mask_interpolate) override {
    if (!annotations_) {
      graphics_.drawMaskedImage(state, ref, str, width, height, color_map, interpolate, mask_str, mask_width,
                                mask_height, mask_invert, mask_interpolate);
    }
  }
  void drawSoftMaskedImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                           GfxImageColorMap* color_map, bool interpolate, Stream* mask_str, int mask_width,
                           int mask_height, GfxImageColorMap* mask_color_map, bool mask_interpolate) override {
    if (!annotations_) {
      graphics_.drawSoftMaskedImage(state, ref, str, width, height, color_map, interpolate, mask_str, mask_width,
                                    mask_height, mask_color_map, mask_interpolate);
    }
  }
  void beginTransparencyGroup(GfxState* state, const double* box, GfxColorSpace* space, bool isolated,
                              bool knockout, bool for_soft_mask) override {
    graphics_.beginTransparencyGroup(state, box, space, isolated, knockout, for_soft_mask);
  }
  void endTransparencyGroup(GfxState* state) override { graphics_.endTransparencyGroup(state); }

 private:
  TextOutputDev& text_;
  GraphicsDev& graphics_;
  bool annotations_ = false;  // drawing annotation appearances now
  bool text_drawn_ = false;   // the page drew a glyph
};

// A TextOutputDev word as a glyph run: one box per character (code point),
// as poppler-cpp's text_box gives them.
void FillGlyphRun(const TextWord& word, bool include_fonts, GlyphRun& run) {
  run.glyphs.clear();
  for (int i = 0; i < word.getLength(); ++i) {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    word.getCharBBox(i, &x0, &y0, &x1, &y1);
    run.glyphs.push_back(Glyph{static_cast<char32_t>(*word.getChar(i)), Box{x0, y0, x1, y1}});
  }
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  word.getBBox(&x0, &y0, &x1, &y1);
  run.box = Box{x0, y0, x1, y1};
  run.rotation = word.getRotation();
  run.space_after = word.hasSpaceAfter();
  const GooString* font = include_fonts && word.getLength() > 0 ? word.getFontName(0) : nullptr;
  run.font_name = font != nullptr ? font->toStr() : std::string();
  run.word_font_size = include_fonts ? word.getFontSize() : 0;
  run.font_size = run.word_font_size;
}

}  // namespace

namespace {

// Opens `bytes` with Poppler's core (the bytes stay the caller's).
Result<std::unique_ptr<PDFDoc>> OpenCoreDocument(std::string_view bytes) {
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    return Status::NotSupported("file too large for Poppler (over 2 GiB)");
  }
  // MemStream reads the caller's bytes in place; PDFDoc owns the stream.
  auto doc = std::make_unique<PDFDoc>(
      new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull)));
  if (!doc->isOk()) {
    if (doc->getErrorCode() == errEncrypted) {
      return Status::NotSupported("encrypted: a user password is required to open it");
    }
    return Status::InvalidInput("damaged PDF: Poppler cannot open it for its graphics");
  }
  if (doc->getNumPages() <= 0) return Status::InvalidInput("PDF has no pages");
  return doc;
}

}  // namespace

Result<GraphicsOutput> ReadPageContent(std::string_view bytes, bool include_fonts) {
  GraphicsOutput output;
  ScopedPopplerCore core(output.diagnostics);
  Result<std::unique_ptr<PDFDoc>> opened = OpenCoreDocument(bytes);
  if (!opened.ok()) return opened.status();
  PDFDoc& doc = *opened.value();
  const int page_count = doc.getNumPages();
  output.pages.resize(static_cast<std::size_t>(page_count));
  GraphicsDev graphics;
  for (int number = 1; number <= page_count; ++number) {
    PageGraphics& page = output.pages[static_cast<std::size_t>(number - 1)];
    // As poppler-cpp's text_list(): reading order, no physical layout.
    TextOutputDev text(nullptr, /*physLayoutA=*/false, /*fixedPitchA=*/0, /*rawOrderA=*/false, /*append=*/false);
    ContentTee tee(text, graphics);
    graphics.BeginPage(page, tee.text_drawn());
    // As text_list(): 72 dpi, the page's rotation, the crop box, not clipped
    // (the graphics device keeps to the page box itself), annotations drawn;
    // no copy of the cross-reference table (that is for threads).
    doc.displayPageSlice(&tee, number, 72, 72, 0, /*useMediaBox=*/false, /*crop=*/false, /*printing=*/false, -1, -1,
                         -1, -1, nullptr, nullptr, &ContentTee::EnterAnnotations, &tee, /*copyXRef=*/false);
    page.paper_fraction = graphics.PaperFraction();
    if (std::unique_ptr<TextWordList> words = text.makeWordList()) {
      page.runs.resize(static_cast<std::size_t>(words->getLength()));
      for (int i = 0; i < words->getLength(); ++i) {
        FillGlyphRun(*words->get(i), include_fonts, page.runs[static_cast<std::size_t>(i)]);
      }
    }
  }
  return output;
}

}  // namespace afstem
