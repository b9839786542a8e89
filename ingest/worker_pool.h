// A pool of forked worker processes, after Apache Tika's pipes mode: each
// job runs in a child, so a crash (signal), an endless loop (timeout) or a
// memory blow-up (RLIMIT_AS) costs that job alone; the child is replaced and
// the pool goes on. Workers are recycled after a number of jobs, and die
// with the parent (PR_SET_PDEATHSIG), so a killed import leaves no orphans.
//
// The pool moves bytes only: a job's payload goes to the child over a pipe,
// `work` turns it into a response there, and the response comes back over
// another pipe. Not thread-safe; one owner (the batch driver) drives it.
#ifndef AFSTEM_INGEST_WORKER_POOL_H_
#define AFSTEM_INGEST_WORKER_POOL_H_

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "schema/status.h"

namespace afstem {

struct WorkerLimits {
  int workers = 1;                      // processes at most
  double timeout_seconds = 120;         // per job, wall time
  std::int64_t max_memory_bytes = 2LL << 30;  // RLIMIT_AS of each worker; 0: none
  int jobs_per_worker = 50;             // then the worker is replaced
};

// Runs in the worker for each job: payload in, response out. Must not
// touch the parent's resources (its SQLite connection): the child is a
// fork of the parent.
using WorkerFunction = std::function<std::string(const std::string& payload)>;

struct WorkerOutcome {
  std::uint64_t job = 0;
  std::optional<std::string> response;  // none when the worker failed
  std::string failure;                  // "crashed (SIGSEGV)", "timed out after 120 s"
};

class WorkerPool {
 public:
  WorkerPool(WorkerLimits limits, WorkerFunction work);
  ~WorkerPool();  // kills and reaps every worker
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // True when a job can be submitted now.
  bool HasFreeWorker() const;
  std::size_t Busy() const;

  // Starts `payload` as job `job` on a free worker (forking one if needed).
  // Fails only when no process or pipe can be created.
  Status Submit(std::uint64_t job, const std::string& payload);

  // Waits up to `timeout` for jobs to end and returns those that did, in
  // any order: with their response, or failed (crash, timeout).
  Result<std::vector<WorkerOutcome>> Wait(std::chrono::milliseconds timeout);

 private:
  struct Worker {
    pid_t pid = -1;
    int to_child = -1;
    int from_child = -1;
    int jobs_done = 0;
    bool busy = false;
    std::uint64_t job = 0;
    std::chrono::steady_clock::time_point started;
    std::string received;  // response bytes read so far
  };
  Status Spawn(Worker& worker);
  void Stop(Worker& worker, bool kill_it);
  // The reason a worker that ended without answering ended.
  static std::string ExitReason(int wait_status);
  void RunChild(int job_in, int response_out);

  WorkerLimits limits_;
  WorkerFunction work_;
  std::vector<Worker> workers_;
};

}  // namespace afstem

#endif  // AFSTEM_INGEST_WORKER_POOL_H_
