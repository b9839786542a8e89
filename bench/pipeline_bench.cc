// Pipeline benchmark: time per page of each ingest stage — hashing,
// extraction (Poppler + qpdf), layout, normalization, tables, prose money,
// reconciliation, loading into SQLite
// (a temporary database, one transaction per document) — and the one-time
// setup, over given PDFs; then what layout + normalization add to ingest.
// Usage: build/bench/pipeline_bench [--rounds N] FILE.pdf...
// Not a test; figures are recorded in bench/README.md.

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <unistd.h>

#include "bench/bench_args.h"
#include "ingest/batch/batch_ingest.h"
#include "ingest/extract/extract.h"
#include "ingest/batch/input_files.h"
#include "ingest/batch/sha256.h"
#include "schema/store/document_store.h"
#include "parsers/layout/layout.h"
#include "parsers/layout/page_text.h"
#include "parsers/prose/prose_money.h"
#include "parsers/reconcile/reconcile.h"
#include "parsers/tables/table_detector.h"
#include "parsers/tables/table_semantics.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

}  // namespace

int main(int argc, char** argv) {
  auto args = afstem::bench::ParseBenchArgs(argc, argv, "pipeline_bench");
  if (!args) return 2;
  const std::vector<std::string>& files = args->files;
  const int rounds = args->rounds;
  auto setup_start = Clock::now();
  auto tools = afstem::PipelineTools::Create();
  const double setup = Seconds(setup_start);
  if (!tools.ok()) {
    std::fprintf(stderr, "pipeline_bench: %s\n", tools.status().message().c_str());
    return 1;
  }
  // Two databases, so each replace deletes rows of its own kind.
  char db_path[] = "/tmp/afstem-bench-XXXXXX";
  char bare_path[] = "/tmp/afstem-bench-bare-XXXXXX";
  for (char* path : {db_path, bare_path}) {
    const int fd = mkstemp(path);
    if (fd < 0) return 1;
    close(fd);
  }
  auto store = afstem::DocumentStore::Open(db_path, "bench");
  auto bare_store = afstem::DocumentStore::Open(bare_path, "bench");
  if (!store.ok() || !bare_store.ok()) {
    std::fprintf(stderr, "pipeline_bench: cannot open the benchmark databases\n");
    return 1;
  }
  std::vector<std::string> contents;
  for (const std::string& file : files) {
    auto bytes = afstem::ReadFileBytes(file);
    if (bytes.ok()) contents.push_back(std::move(bytes).value());
  }
  double hash = 0, extract = 0, layout = 0, normalize = 0, tables = 0, prose = 0, reconcile = 0,
         load = 0, bare_load = 0;
  long pages = 0;
  for (int round = 0; round <= rounds; ++round) {  // round 0 warms up
    for (const std::string& bytes : contents) {
      auto start = Clock::now();
      afstem::SourceFile source{"bench.pdf", "bench.pdf", afstem::Sha256::Of(bytes),
                                static_cast<std::int64_t>(bytes.size())};
      const double hashed = Seconds(start);
      // A new identity each round: every load is a first import, as in a
      // real batch, not a replace.
      source.sha256 += "-" + std::to_string(round) + "-" + std::to_string(pages);
      start = Clock::now();
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
      // The money stages, as RunPipeline runs them.
      afstem::ExtractedDocument& doc = document.value();
      start = Clock::now();
      doc.tables = afstem::DetectTables(doc.pages, *tools.value().table_rules);
      for (afstem::Table& table : doc.tables) tools.value().normalizer->NormalizeTable(table);
      afstem::InterpretTables(doc, *tools.value().table_rules);
      const double tabled = Seconds(start);
      start = Clock::now();
      afstem::ReadProseMoney(doc, *tools.value().prose_rules);
      const double prosed = Seconds(start);
      start = Clock::now();
      doc.findings = afstem::Reconcile(doc);
      const double reconciled = Seconds(start);
      // The same document without its layout rows: what loading cost
      // before the layout stage existed.
      afstem::ExtractedDocument bare = document.value();
      for (afstem::Page& page : bare.pages) {
        page.blocks.clear();
        page.footnotes.clear();
        page.markers.clear();
      }
      bare.tables.clear();
      bare.initiatives.clear();
      bare.allocations.clear();
      bare.stated_totals.clear();
      bare.prose_money.clear();
      bare.findings.clear();
      start = Clock::now();
      auto bare_saved = bare_store.value()->SaveDocument(source, bare);
      const double bare_loaded = Seconds(start);
      start = Clock::now();
      auto saved = store.value()->SaveDocument(source, document.value());
      const double loaded = Seconds(start);
      if (!bare_saved.ok()) return 1;
      if (!saved.ok()) {
        std::fprintf(stderr, "pipeline_bench: %s\n", saved.status().message().c_str());
        return 1;
      }
      if (round == 0) continue;
      hash += hashed;
      tables += tabled;
      prose += prosed;
      reconcile += reconciled;
      load += loaded;
      bare_load += bare_loaded;
      extract += extracted;
      layout += laid_out;
      normalize += normalized;
      pages += static_cast<long>(doc_pages.size());
    }
  }
  auto per_page = [&](double seconds) { return pages ? 1000 * seconds / pages : 0.0; };
  std::printf("pages measured          %ld (%d rounds)\n", pages, rounds);
  std::printf("hash (sha-256)          %.3f ms/page\n", per_page(hash));
  std::printf("extract (poppler+qpdf)  %.3f ms/page\n", per_page(extract));
  std::printf("layout                  %.3f ms/page\n", per_page(layout));
  std::printf("normalize               %.3f ms/page\n", per_page(normalize));
  std::printf("tables                  %.3f ms/page\n", per_page(tables));
  std::printf("prose money             %.3f ms/page\n", per_page(prose));
  std::printf("reconcile               %.3f ms/page\n", per_page(reconcile));
  std::printf("load (sqlite)           %.3f ms/page (%.3f without layout and money rows)\n",
              per_page(load), per_page(bare_load));
  // Ingest without the later stages: hash + extract + load of pages, words
  // and links. They add layout, normalization, tables, prose money and the
  // rows they write.
  const double before = hash + extract + bare_load;
  const double added = layout + normalize + tables + prose + reconcile + (load - bare_load);
  const double ingest = before + added;
  std::printf("stages after extract   %.1f %% on top of extract+load (%.3f ms/page on %.3f)\n",
              before > 0 ? 100 * added / before : 0.0, per_page(added), per_page(before));
  std::printf("prose money            %.2f %% of ingest time\n",
              ingest > 0 ? 100 * prose / ingest : 0.0);
  std::printf("one-time setup          %.1f ms (layout rules, hyphenation patterns)\n",
              1000 * setup);
  std::printf("hunspell dictionary     %s\n",
              tools.value().normalizer->dictionary_loaded()
                  ? "loaded on demand (about 0.1 s once per process)"
                  : "not needed");
  store.value().reset();
  bare_store.value().reset();
  for (const char* path : {db_path, bare_path}) {
    for (const char* suffix : {"", "-wal", "-shm"}) {
      std::remove((std::string(path) + suffix).c_str());
    }
  }
  return 0;
}
