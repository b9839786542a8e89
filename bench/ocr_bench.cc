// OCR benchmark: scanned pages per second through the whole OCR step
// (render at 400 dpi, erase column rules, orientation, Tesseract), over
// given PDFs, on one core. The engine is opened once, before timing (its
// cost is printed apart: a worker pays it once per process).
// Usage: OMP_THREAD_LIMIT=1 build/bench/ocr_bench [--rounds N] FILE.pdf...
// (afstem itself runs with one OpenMP thread: ingest/cli/openmp_threads.h.)
// Not a test; figures are recorded in bench/README.md.

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "bench/bench_args.h"
#include "ingest/batch/input_files.h"
#include "ingest/extract/extract.h"
#include "ingest/extract/ocr_pages.h"

int main(int argc, char** argv) {
  auto args = afstem::bench::ParseBenchArgs(argc, argv, "ocr_bench");
  if (!args) return 2;
  using Clock = std::chrono::steady_clock;
  afstem::OcrEngine engine;
  const auto open_start = Clock::now();
  auto opened = engine.Get();
  if (!opened.ok()) {
    std::fprintf(stderr, "ocr_bench: %s\n", opened.status().message().c_str());
    return 1;
  }
  std::printf("engine open (dan + osd models)  %8.3f s\n",
              std::chrono::duration<double>(Clock::now() - open_start).count());
  long all_pages = 0;
  double all_seconds = 0;
  for (const std::string& file : args->files) {
    auto bytes = afstem::ReadFileBytes(file);
    if (!bytes.ok()) continue;
    long pages = 0;
    double seconds = 0;
    for (int round = 0; round < args->rounds; ++round) {
      auto document = afstem::ExtractDocument(bytes.value(), afstem::PopplerOptions{});
      if (!document.ok()) break;
      const auto start = Clock::now();
      auto read = afstem::RecognizeScannedPages(bytes.value(), engine, document.value());
      seconds += std::chrono::duration<double>(Clock::now() - start).count();
      if (read.ok()) pages += read.value();
    }
    std::printf("%-48s %4ld OCR pages %8.3f s %6.2f s/page %6.2f pages/s\n", file.c_str(), pages, seconds,
                pages ? seconds / pages : 0.0, seconds > 0 ? pages / seconds : 0.0);
    all_pages += pages;
    all_seconds += seconds;
  }
  std::printf("%-48s %4ld OCR pages %8.3f s %6.2f s/page %6.2f pages/s\n", "all", all_pages, all_seconds,
              all_pages ? all_seconds / all_pages : 0.0, all_seconds > 0 ? all_pages / all_seconds : 0.0);
  return 0;
}
