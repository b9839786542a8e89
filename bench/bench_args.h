// Command line shared by the benchmarks: [--rounds N] FILE.pdf...
#ifndef AFSTEM_BENCH_BENCH_ARGS_H_
#define AFSTEM_BENCH_BENCH_ARGS_H_

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

namespace afstem::bench {

struct BenchArgs {
  int rounds = 20;
  std::vector<std::string> files;
};

// Parses argv; prints the usage line for `program` and returns nullopt when
// no file is given or the round count is not positive.
inline std::optional<BenchArgs> ParseBenchArgs(int argc, char** argv,
                                               const char* program) {
  BenchArgs args;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--rounds" && i + 1 < argc) {
      args.rounds = std::atoi(argv[++i]);
    } else {
      args.files.push_back(arg);
    }
  }
  if (args.files.empty() || args.rounds <= 0) {
    std::fprintf(stderr, "usage: %s [--rounds N] FILE.pdf...\n", program);
    return std::nullopt;
  }
  return args;
}

}  // namespace afstem::bench

#endif  // AFSTEM_BENCH_BENCH_ARGS_H_
