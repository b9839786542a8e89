// The live progress line of `afstem ingest` on a terminal: documents
// done/total, pages per second, failures so far, time left. Redrawn in
// place ("\r", erase line), at most ten times a second; other lines are
// printed above it. Writes nothing when disabled (not a terminal, --quiet).
#ifndef AFSTEM_INGEST_CLI_PROGRESS_LINE_H_
#define AFSTEM_INGEST_CLI_PROGRESS_LINE_H_

#include <chrono>
#include <cstdint>
#include <iosfwd>
#include <string>

namespace afstem {

class ProgressLine {
 public:
  ProgressLine(std::ostream& out, bool enabled, std::size_t total);

  // Prints `line` (with its newline) above the progress line.
  void PrintAbove(const std::string& line);
  // One more file done: its pages, of which `ocr_pages` were read by OCR.
  void Advance(std::int64_t pages, std::int64_t ocr_pages, bool failed);
  // Erases the line (at the end).
  void Clear();

  // "[ 37/200] 12.3 pages/s · 1 failed · 4 OCR pages · ETA 0:42" (no OCR
  // count before the first OCR page, no ETA before the first file nor
  // after the last).
  static std::string Render(std::size_t done, std::size_t total, double pages_per_second,
                            std::size_t failed, double seconds_left, std::int64_t ocr_pages = 0);

 private:
  void Draw(bool force);
  std::ostream& out_;
  bool enabled_;
  std::size_t total_;
  std::size_t done_ = 0, failed_ = 0;
  std::int64_t pages_ = 0, ocr_pages_ = 0;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace afstem

#endif  // AFSTEM_INGEST_CLI_PROGRESS_LINE_H_
