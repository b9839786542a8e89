// The live progress line (progress_line.h).

#include "ingest/cli/progress_line.h"

#include <cmath>
#include <cstdio>
#include <ostream>

namespace afstem {
namespace {

constexpr char kEraseLine[] = "\r\x1b[K";
constexpr std::chrono::milliseconds kRedrawEvery{100};

}  // namespace

ProgressLine::ProgressLine(std::ostream& out, bool enabled, std::size_t total)
    : out_(out), enabled_(enabled), total_(total), start_(std::chrono::steady_clock::now()) {
  Draw(true);
}

std::string ProgressLine::Render(std::size_t done, std::size_t total, double pages_per_second,
                                 std::size_t failed, double seconds_left, std::int64_t ocr_pages) {
  const int width = static_cast<int>(std::to_string(total).size());
  char text[160];
  std::snprintf(text, sizeof(text), "[%*zu/%zu] %.1f pages/s · %zu failed", width, done, total,
                pages_per_second, failed);
  std::string line = text;
  if (ocr_pages > 0) line += " · " + std::to_string(ocr_pages) + " OCR pages";
  if (done > 0 && done < total && std::isfinite(seconds_left)) {
    const long left = std::lround(seconds_left);
    std::snprintf(text, sizeof(text), " · ETA %ld:%02ld", left / 60, left % 60);
    line += text;
  }
  return line;
}

void ProgressLine::Draw(bool force) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (!force && shown_ && now - last_draw_ < kRedrawEvery) return;
  last_draw_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double rate = seconds > 0 ? static_cast<double>(pages_) / seconds : 0;
  const double left = done_ > 0 ? seconds / static_cast<double>(done_) * static_cast<double>(total_ - done_)
                                : NAN;
  out_ << kEraseLine << Render(done_, total_, rate, failed_, left, ocr_pages_) << std::flush;
  shown_ = true;
}

void ProgressLine::PrintAbove(const std::string& line) {
  if (enabled_ && shown_) out_ << kEraseLine;
  out_ << line << '\n';
  if (enabled_ && shown_) Draw(true);
}

void ProgressLine::Advance(std::int64_t pages, std::int64_t ocr_pages, bool failed) {
  ++done_;
  pages_ += pages;
  ocr_pages_ += ocr_pages;
  failed_ += failed ? 1 : 0;
  Draw(done_ == total_);
}

void ProgressLine::Clear() {
  if (enabled_ && shown_) out_ << kEraseLine << std::flush;
  shown_ = false;
}

}  // namespace afstem
