// One OpenMP thread per process (openmp_threads.h).

#include "ingest/cli/openmp_threads.h"

#include <unistd.h>

#include <cstdlib>

namespace afstem {

void RunWithOneOpenMpThread(char** argv) {
  if (std::getenv("OMP_THREAD_LIMIT") != nullptr) return;
  if (setenv("OMP_THREAD_LIMIT", "1", 0) != 0) return;
  execv("/proc/self/exe", argv);
  // execv failed (no /proc): carry on in this process.
}

}  // namespace afstem
