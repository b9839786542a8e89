// A pool of forked worker processes, after Apache Tika's pipes mode: each
// job runs in a child, so a crash (signal), an endless loop (timeout) or a
// memory blow-up (RLIMIT_AS) costs that job alone; the child is replaced and
// the pool goes on. Workers are recycled after a number of jobs, and die
// with the parent (PR_SET_PDEATHSIG), so a killed import leaves no orphans.
//
// The pool moves bytes only: a job's payload goes to the child over a pipe,
// `work` turns it into a response there, and the response comes back over
// another pipe. Each worker is handed the next job while it runs the current
// one (`queue_depth`), so it never waits for a parent that is busy writing
// to the database; a job queued behind one that crashed or timed out is not
// failed but run again on a fresh worker. Not thread-safe; one owner (the
// batch driver) drives it.
#ifndef AFSTEM_INGEST_BATCH_WORKER_POOL_H_
#define AFSTEM_INGEST_BATCH_WORKER_POOL_H_

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "schema/model/status.h"

namespace afstem {

struct WorkerLimits {
  int workers = 1;                      // processes at most
  double timeout_seconds = 120;         // per job, wall time
  std::int64_t max_memory_bytes = 2LL << 30;  // RLIMIT_AS of each worker; 0: none
  int jobs_per_worker = 50;             // then the worker is replaced
  int queue_depth = 2;                  // jobs handed to one worker at a time
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
  // Jobs submitted whose outcome Wait has not returned yet.
  std::size_t Busy() const;

  // Queues `payload` as job `job` on the least busy worker with room
  // (forking one if needed). Fails only when no process or pipe can be
  // created (kIoError); calling it without HasFreeWorker() is kInternal.
  Status Submit(std::uint64_t job, const std::string& payload);

  // Waits up to `timeout` for jobs to end and returns those that did, in
  // any order: with their response, or failed (crash, timeout). Fails
  // (kIoError) only when poll itself does, or a retry cannot be started.
  Result<std::vector<WorkerOutcome>> Wait(std::chrono::milliseconds timeout);

 private:
  struct QueuedJob {
    std::uint64_t job = 0;
    std::string payload;  // kept to run it again if its worker dies first
  };
  struct Worker {
    pid_t pid = -1;
    int to_child = -1;
    int from_child = -1;
    int jobs_assigned = 0;         // over its life, up to jobs_per_worker
    std::deque<QueuedJob> queue;   // sent to it, in order; the front one runs
    std::chrono::steady_clock::time_point started;  // of the front job
    std::string received;          // response bytes read so far
  };
  bool HasRoom(const Worker& worker) const;
  Status Send(Worker& worker, QueuedJob job);
  Status Spawn(Worker& worker);
  // Ends `worker`'s process: killed now, or (idle) told to exit and reaped
  // later, so the parent never waits for a worker's exit.
  void Retire(Worker& worker, bool kill_it);
  void ReapRetired(bool block);
  // A worker died or was killed: its front job failed for `reason`, the
  // jobs queued behind it are run again.
  void Lost(Worker& worker, const std::string& reason, std::vector<WorkerOutcome>& outcomes);
  Status SubmitRetries();
  // The reason a worker that ended without answering ended.
  static std::string ExitReason(int wait_status);
  void RunChild(int job_in, int response_out);

  WorkerLimits limits_;
  WorkerFunction work_;
  std::vector<Worker> workers_;
  std::deque<QueuedJob> retries_;  // jobs to run again, first in line
  std::vector<pid_t> retired_;     // told to exit, not yet reaped
};

}  // namespace afstem

#endif  // AFSTEM_INGEST_BATCH_WORKER_POOL_H_
