// Pipeline benchmark: time per page of each stage after reading the file —
// extraction (Poppler + qpdf), layout, normalization — and the one-time
// setup (layout rules, ICU, the hunspell dictionary), over given PDFs.
// Usage: build/bench/pipeline_bench [--rounds N] FILE.pdf...
// Not a test; figures are recorded in bench/README.md.

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "ingest/batch_ingest.h"
#include "ingest/extract.h"
#include "ingest/input_files.h"
#include "parsers/layout.h"
#include "parsers/page_text.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

}  // namespace

int main(int argc, char** argv) {
  int rounds = 20;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--rounds" && i + 1 < argc) {
      rounds = std::atoi(argv[++i]);
    } else {
      files.push_back(arg);
    }
  }
  if (files.empty() || rounds <= 0) {
    std::fprintf(stderr, "usage: pipeline_bench [--rounds N] FILE.pdf...\n");
    return 2;
  }
  auto setup_start = Clock::now();
  auto tools = afstem::PipelineTools::Create();
  const double setup = Seconds(setup_start);
  if (!tools.ok()) {
    std::fprintf(stderr, "pipeline_bench: %s\n", tools.status().message().c_str());
    return 1;
  }
  std::vector<std::string> contents;
  for (const std::string& file : files) {
    auto bytes = afstem::ReadFileBytes(file);
    if (bytes.ok()) contents.push_back(std::move(bytes).value());
  }
  double extract = 0, layout = 0, normalize = 0;
  long pages = 0;
  for (int round = 0; round <= rounds; ++round) {  // round 0 warms up
    for (const std::string& bytes : contents) {
      auto start = Clock::now();
      auto document = afstem::ExtractDocument(bytes, afstem::PopplerOptions{});
      const double extracted = Seconds(start);
      if (!document.ok()) continue;
      std::vector<afstem::Page>& doc_pages = document.value().pages;
      start = Clock::now();
      afstem::LayOutDocument(doc_pages, *tools.value().layout_rules);
      const double laid_out = Seconds(start);
      start = Clock::now();
      for (afstem::Page& page : doc_pages) {
        page.raw_text = afstem::BuildRawText(page.words);
        tools.value().normalizer->NormalizePage(page);
      }
      const double normalized = Seconds(start);
      if (round == 0) continue;
      extract += extracted;
      layout += laid_out;
      normalize += normalized;
      pages += static_cast<long>(doc_pages.size());
    }
  }
  auto per_page = [&](double seconds) { return pages ? 1000 * seconds / pages : 0.0; };
  std::printf("pages measured          %ld (%d rounds)\n", pages, rounds);
  std::printf("extract (poppler+qpdf)  %.3f ms/page\n", per_page(extract));
  std::printf("layout                  %.3f ms/page\n", per_page(layout));
  std::printf("normalize               %.3f ms/page\n", per_page(normalize));
  std::printf("layout+normalize        %.1f %% of extraction\n",
              extract > 0 ? 100 * (layout + normalize) / extract : 0.0);
  std::printf("one-time setup          %.1f ms (layout rules, hyphenation patterns)\n",
              1000 * setup);
  std::printf("hunspell dictionary     %s\n",
              tools.value().normalizer->dictionary_loaded()
                  ? "loaded on demand (about 0.1 s once per process)"
                  : "not needed");
  return 0;
}
