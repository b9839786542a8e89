// One OpenMP thread per process for `afstem ingest`. Tesseract runs its
// LSTM layers on OpenMP threads (up to 4 a call); afstem already runs one
// worker process per core, so those threads only oversubscribe the cores
// and spin: measured on 2 cores, 3 scanned pages took 14.1 s with them and
// 4.3 s without (bench/README.md). libgomp reads OMP_THREAD_LIMIT once, when
// it is loaded, so the limit is set by re-executing the program with it.
#ifndef AFSTEM_INGEST_CLI_OPENMP_THREADS_H_
#define AFSTEM_INGEST_CLI_OPENMP_THREADS_H_

namespace afstem {

// When OMP_THREAD_LIMIT is not set: sets it to 1 and re-executes
// /proc/self/exe with `argv`; returns only when that is impossible (then the
// program runs on, just slower). A limit the user set is kept.
void RunWithOneOpenMpThread(char** argv);

}  // namespace afstem

#endif  // AFSTEM_INGEST_CLI_OPENMP_THREADS_H_
