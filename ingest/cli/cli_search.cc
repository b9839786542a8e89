// `afstem search` command (cli_search.h).

#include "ingest/cli/cli_search.h"

#include <memory>
#include <ostream>

#include "ingest/cli/cli_options.h"
#include "ingest/cli/exit_codes.h"
#include "ingest/cli/open_store.h"
#include "schema/model/json_text.h"
#include "schema/store/search_index.h"

namespace afstem {

namespace {

struct SearchArgs {
  std::string db = "afstem.sqlite";
  std::string format = "text";
  std::int64_t limit = 20;
  bool raw = false;
  std::string query;
};

// The one description of `afstem search`'s options, parsed into `parsed`.
std::unique_ptr<CommandLine> SearchCommandLine(SearchArgs& parsed, std::vector<std::string>& words) {
  auto line = std::make_unique<CommandLine>(
      "search", "[--db FILE] [--limit N] [--format text|json] [--raw] QUERY...",
      "Searches the normalized text of every page; prints the best matches\n"
      "first: document, page and a snippet with the matches marked; then,\n"
      "on stderr, how many pages matched.\n"
      "All words must occur on the page; end a word with * to match any\n"
      "ending (integr*).\n",
      "exit status: 0 when something matched, 1 when nothing did or the\n"
      "database could not be read, 2 on a usage error.\n");
  line->Text("--db", "FILE", "database file (default: ./afstem.sqlite)", parsed.db);
  line->Option("--limit", "N", "at most N pages (default 20)", "--limit needs a number",
               [&parsed](const std::string& value) {
                 if (value.empty() || value.size() > 6 || value.find_first_not_of("0123456789") != std::string::npos ||
                     std::stoll(value) == 0) {
                   return "--limit must be a whole number from 1 to 999999";
                 }
                 parsed.limit = std::stoll(value);
                 return "";
               });
  line->Option("--format", "F", "text (default) or json", "--format needs text or json",
               [&parsed](const std::string& value) {
                 parsed.format = value;
                 return "";
               });
  line->Flag("--raw", "QUERY is FTS5 query syntax (OR, NOT, \"phrases\", NEAR)", parsed.raw);
  line->Positionals("QUERY", words);
  line->Check([&parsed, &words]() -> std::string {
    for (const std::string& word : words) parsed.query += (parsed.query.empty() ? "" : " ") + word;
    if (parsed.format != "text" && parsed.format != "json") return "--format must be text or json";
    if (parsed.query.find_first_not_of(" \t") == std::string::npos) return "say what to search for";
    return "";
  });
  return line;
}

using Hit = SearchHit;

constexpr char kMarkStart[] = {kSnippetMarkStart, '\0'};  // replaced by the output's own marks
constexpr char kMarkEnd[] = {kSnippetMarkEnd, '\0'};

std::string Marked(std::string snippet, const std::string& start, const std::string& end) {
  std::string marked;
  for (char c : snippet) {
    if (c == kMarkStart[0]) {
      marked += start;
    } else if (c == kMarkEnd[0]) {
      marked += end;
    } else {
      marked += c == '\n' ? ' ' : c;
    }
  }
  return marked;
}

}  // namespace

std::string SearchUsage() {
  SearchArgs unused;
  std::vector<std::string> words;
  return SearchCommandLine(unused, words)->Help();
}

std::string SearchQueryToFts(const std::string& query) {
  std::string fts;
  std::size_t at = 0;
  while (at < query.size()) {
    const std::size_t start = query.find_first_not_of(" \t\r\n", at);
    if (start == std::string::npos) break;
    std::size_t end = query.find_first_of(" \t\r\n", start);
    if (end == std::string::npos) end = query.size();
    std::string word = query.substr(start, end - start);
    at = end;
    const bool prefix = word.size() > 1 && word.back() == '*';
    if (prefix) word.pop_back();
    std::string quoted = "\"";
    for (char c : word) {
      if (c == '"') quoted += '"';
      quoted += c;
    }
    quoted += '"';
    if (!fts.empty()) fts += ' ';
    fts += quoted + (prefix ? "*" : "");
  }
  return fts;
}

int RunSearch(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, bool highlight) {
  SearchArgs parsed;
  std::vector<std::string> words;
  if (auto stop = SearchCommandLine(parsed, words)->Parse(args, out, err)) return *stop;
  auto store = OpenExistingDocumentStore(parsed.db);
  if (!store.ok()) {
    err << "afstem: " << store.status().message() << "\n";
    return kExitSomeFailed;
  }
  const std::string fts = parsed.raw ? parsed.query : SearchQueryToFts(parsed.query);
  auto found = store.value()->SearchPages(fts, parsed.limit);
  if (!found.ok() && !found.status().IsInvalidArgument()) {
    err << "afstem: " << parsed.db << ": " << found.status().message() << "\n";
    return kExitSomeFailed;
  }
  if (!found.ok()) {
    err << "afstem search: cannot search for '" << parsed.query << "': " << found.status().message() << "\n";
    return parsed.raw ? kExitUsage : kExitSomeFailed;
  }
  const std::vector<Hit>& hits = found.value();
  if (parsed.format == "json") {
    Json listed = Json::array();
    for (const Hit& hit : hits) {
      listed.push_back({{"document", hit.file_name},
                        {"document_id", hit.document_id},
                        {"page", hit.page},
                        {"rank", hit.rank},
                        {"snippet", Marked(hit.snippet, "«", "»")}});
    }
    out << JsonText(Json{{"query", parsed.query}, {"fts_query", fts}, {"hits", std::move(listed)}}) << "\n";
  } else {
    for (const Hit& hit : hits) {
      out << hit.file_name << ", p. " << hit.page << ": "
          << (highlight ? Marked(hit.snippet, "\x1b[1m", "\x1b[0m") : Marked(hit.snippet, "«", "»")) << "\n";
    }
    err << hits.size() << (hits.size() == 1 ? " page" : " pages") << " matched"
        << (static_cast<std::int64_t>(hits.size()) == parsed.limit ? " (--limit reached)" : "") << "\n";
  }
  return hits.empty() ? kExitSomeFailed : kExitOk;
}

}  // namespace afstem
