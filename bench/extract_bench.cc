// Extraction benchmark: time per page for Poppler words with and without
// font information, and for the whole extraction stage, over given PDFs.
// Usage: build/bench/extract_bench [--rounds N] FILE.pdf...
// Not a test; figures are recorded in bench/README.md.

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench/bench_args.h"
#include "ingest/extract/extract.h"
#include "ingest/batch/input_files.h"
#include "ingest/extract/poppler_reader.h"

namespace {

struct Timing {
  double seconds = 0;
  long pages = 0;
};

Timing Measure(const std::vector<std::string>& files, int rounds,
               bool include_fonts, bool full_stage) {
  afstem::PopplerOptions options;
  options.include_fonts = include_fonts;
  Timing timing;
  for (const std::string& file : files) {
    auto bytes = afstem::ReadFileBytes(file);
    if (!bytes.ok()) continue;
    const auto start = std::chrono::steady_clock::now();
    for (int round = 0; round < rounds; ++round) {
      if (full_stage) {
        auto document = afstem::ExtractDocument(bytes.value(), options);
        if (document.ok()) timing.pages += document.value().pages.size();
      } else {
        auto output = afstem::ReadWithPoppler(bytes.value(), options);
        if (output.ok()) timing.pages += output.value().document.pages.size();
      }
    }
    timing.seconds += std::chrono::duration<double>(
                          std::chrono::steady_clock::now() - start).count();
  }
  return timing;
}

void Report(const char* label, const Timing& timing) {
  std::printf("%-34s %6ld pages %8.3f s %8.2f ms/page %8.1f pages/s\n", label,
              timing.pages, timing.seconds,
              timing.pages ? 1000 * timing.seconds / timing.pages : 0.0,
              timing.seconds > 0 ? timing.pages / timing.seconds : 0.0);
}

}  // namespace

int main(int argc, char** argv) {
  auto args = afstem::bench::ParseBenchArgs(argc, argv, "extract_bench");
  if (!args) return 2;
  const std::vector<std::string>& files = args->files;
  const int rounds = args->rounds;
  // Warm-up so file cache and font setup do not count against the first run.
  Measure(files, 1, true, true);
  Report("poppler words, no fonts", Measure(files, rounds, false, false));
  Report("poppler words + fonts", Measure(files, rounds, true, false));
  Report("extract stage (words+fonts+links)", Measure(files, rounds, true, true));
  return 0;
}
