// Forked worker processes (worker_pool.h). Frames on the pipes: 8 bytes of
// little-endian length, then the bytes; a response frame starts with one
// byte, 0 for a response and 1 for a failure the worker caught itself
// ("out of memory").

#include "ingest/batch/worker_pool.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <new>

#if defined(__SANITIZE_ADDRESS__)
#define AFSTEM_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define AFSTEM_UNDER_ASAN 1
#endif
#endif

namespace afstem {
namespace {

constexpr int kResponsePipeBytes = 1 << 20;
constexpr char kResponse = 0;
constexpr char kCaughtFailure = 1;

std::string Frame(std::string_view payload) {
  std::string frame(8, '\0');
  std::uint64_t size = payload.size();
  for (int i = 0; i < 8; ++i) frame[static_cast<std::size_t>(i)] = static_cast<char>((size >> (8 * i)) & 0xFF);
  frame.append(payload);
  return frame;
}

// The payload of a complete frame at the start of `bytes`, if there is one.
std::optional<std::string> TakeFrame(std::string& bytes) {
  if (bytes.size() < 8) return std::nullopt;
  std::uint64_t size = 0;
  for (int i = 0; i < 8; ++i) {
    size |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[static_cast<std::size_t>(i)])) << (8 * i);
  }
  if (bytes.size() - 8 < size) return std::nullopt;
  std::string payload = bytes.substr(8, size);
  bytes.erase(0, 8 + size);
  return payload;
}

bool WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t written = write(fd, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

// Blocking read of one frame (in the worker). `pending` holds bytes read
// past the frame: the parent may already have sent the next job. None at
// end of input.
std::optional<std::string> ReadFrame(int fd, std::string& pending) {
  char chunk[1 << 16];
  while (true) {
    if (auto payload = TakeFrame(pending)) return payload;
    const ssize_t got = read(fd, chunk, sizeof(chunk));
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return std::nullopt;
    pending.append(chunk, static_cast<std::size_t>(got));
  }
}

std::string SignalName(int signal_number) {
  switch (signal_number) {
    case SIGSEGV: return "SIGSEGV";
    case SIGABRT: return "SIGABRT";
    case SIGBUS: return "SIGBUS";
    case SIGFPE: return "SIGFPE";
    case SIGILL: return "SIGILL";
    case SIGKILL: return "SIGKILL";
    case SIGTERM: return "SIGTERM";
    default: return "signal " + std::to_string(signal_number);
  }
}

std::string Seconds(double seconds) {
  char text[32];
  std::snprintf(text, sizeof(text), "%g", seconds);
  return text;
}

}  // namespace

WorkerPool::WorkerPool(WorkerLimits limits, WorkerFunction work)
    : limits_(limits), work_(std::move(work)) {
  if (limits_.workers < 1) limits_.workers = 1;
  if (limits_.jobs_per_worker < 1) limits_.jobs_per_worker = 1;
  workers_.resize(static_cast<std::size_t>(limits_.workers));
  // A worker that dies mid-write must not take the parent with it.
  signal(SIGPIPE, SIG_IGN);
}

WorkerPool::~WorkerPool() {
  for (Worker& worker : workers_) Retire(worker, /*kill_it=*/!worker.queue.empty());
  ReapRetired(/*block=*/true);
}

bool WorkerPool::HasRoom(const Worker& worker) const {
  return worker.pid < 0 || (static_cast<int>(worker.queue.size()) < limits_.queue_depth &&
                            worker.jobs_assigned < limits_.jobs_per_worker);
}

bool WorkerPool::HasFreeWorker() const {
  if (!retries_.empty()) return false;
  for (const Worker& worker : workers_) {
    if (HasRoom(worker)) return true;
  }
  return false;
}

std::size_t WorkerPool::Busy() const {
  std::size_t busy = retries_.size();
  for (const Worker& worker : workers_) busy += worker.queue.size();
  return busy;
}

Status WorkerPool::Spawn(Worker& worker) {
  int jobs[2], responses[2];
  if (pipe2(jobs, O_CLOEXEC) != 0) return Status::IoError(std::string("cannot create a pipe: ") + std::strerror(errno));
  if (pipe2(responses, O_CLOEXEC) != 0) {
    close(jobs[0]);
    close(jobs[1]);
    return Status::IoError(std::string("cannot create a pipe: ") + std::strerror(errno));
  }
  const pid_t parent = getpid();
  const pid_t pid = fork();
  if (pid < 0) {
    for (int fd : {jobs[0], jobs[1], responses[0], responses[1]}) close(fd);
    return Status::IoError(std::string("cannot start a worker process: ") + std::strerror(errno));
  }
  if (pid == 0) {
    // The child keeps only its own pipe ends: another worker's pipe held
    // open here would keep that worker from ever seeing end of input.
    for (Worker& other : workers_) {
      if (other.to_child >= 0) close(other.to_child);
      if (other.from_child >= 0) close(other.from_child);
    }
    close(jobs[1]);
    close(responses[0]);
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(0);  // the parent died before prctl
    RunChild(jobs[0], responses[1]);
    _exit(0);
  }
  close(jobs[0]);
  close(responses[1]);
  fcntl(responses[0], F_SETFL, fcntl(responses[0], F_GETFL) | O_NONBLOCK);
  // Room for a whole document's result (most are 50-500 KB), so a worker
  // can hand it over and start on the next file while the parent is busy
  // loading; the default 64 KB would keep it waiting. Best effort: the
  // system may allow less (fs.pipe-max-size).
  fcntl(responses[0], F_SETPIPE_SZ, kResponsePipeBytes);
  worker = Worker{};
  worker.pid = pid;
  worker.to_child = jobs[1];
  worker.from_child = responses[0];
  return Status::Ok();
}

void WorkerPool::RunChild(int job_in, int response_out) {
  // A crash must end the worker, not run handlers the parent installed.
  for (int signal_number : {SIGPIPE, SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGTERM, SIGINT}) {
    signal(signal_number, SIG_DFL);
  }
#ifndef AFSTEM_UNDER_ASAN  // ASan reserves terabytes of address space
  if (limits_.max_memory_bytes > 0) {
    const rlimit limit{static_cast<rlim_t>(limits_.max_memory_bytes),
                       static_cast<rlim_t>(limits_.max_memory_bytes)};
    setrlimit(RLIMIT_AS, &limit);
  }
#endif
  std::string pending;
  while (std::optional<std::string> payload = ReadFrame(job_in, pending)) {
    std::string response;
    try {
      response = std::string(1, kResponse) + work_(*payload);
    } catch (const std::bad_alloc&) {
      response = std::string(1, kCaughtFailure) + "out of memory";
    } catch (const std::exception& error) {
      response = std::string(1, kCaughtFailure) + "crashed (" + error.what() + ")";
    }
    if (!WriteAll(response_out, Frame(response))) return;
  }
}

void WorkerPool::Retire(Worker& worker, bool kill_it) {
  if (worker.pid < 0) return;
  if (kill_it) kill(worker.pid, SIGKILL);
  close(worker.to_child);  // end of input: an idle worker exits
  close(worker.from_child);
  retired_.push_back(worker.pid);
  worker = Worker{};
  ReapRetired(/*block=*/false);
}

void WorkerPool::ReapRetired(bool block) {
  // An idle worker exits at once; one that has not within a second of a
  // blocking reap is killed.
  for (int waited = 0; !retired_.empty(); ++waited) {
    std::erase_if(retired_, [](pid_t pid) {
      int status = 0;
      const pid_t reaped = waitpid(pid, &status, WNOHANG);
      return reaped == pid || (reaped < 0 && errno == ECHILD);
    });
    if (!block || retired_.empty()) return;
    if (waited == 100) {
      for (pid_t pid : retired_) kill(pid, SIGKILL);
    }
    usleep(10'000);
  }
}

void WorkerPool::Lost(Worker& worker, const std::string& reason, std::vector<WorkerOutcome>& outcomes) {
  outcomes.push_back(WorkerOutcome{worker.queue.front().job, std::nullopt, reason});
  for (std::size_t i = worker.queue.size(); i-- > 1;) retries_.push_front(std::move(worker.queue[i]));
}

std::string WorkerPool::ExitReason(int wait_status) {
  if (WIFSIGNALED(wait_status)) return "crashed (" + SignalName(WTERMSIG(wait_status)) + ")";
  if (WIFEXITED(wait_status)) return "worker exited with status " + std::to_string(WEXITSTATUS(wait_status));
  return "worker ended";
}

Status WorkerPool::Submit(std::uint64_t job, const std::string& payload) {
  Worker* chosen = nullptr;
  for (Worker& worker : workers_) {
    if (!HasRoom(worker)) continue;
    if (chosen == nullptr || worker.queue.size() < chosen->queue.size()) chosen = &worker;
  }
  if (chosen == nullptr) return Status::Internal("no free worker");
  return Send(*chosen, QueuedJob{job, payload});
}

Status WorkerPool::Send(Worker& worker, QueuedJob job) {
  if (worker.pid < 0) {
    Status status = Spawn(worker);
    if (!status.ok()) return status;
  }
  if (worker.queue.empty()) worker.started = std::chrono::steady_clock::now();
  ++worker.jobs_assigned;
  // A failed write means the worker is gone: Wait reports why when it
  // reads the end of its pipe.
  (void)WriteAll(worker.to_child, Frame(job.payload));
  worker.queue.push_back(std::move(job));
  return Status::Ok();
}

Status WorkerPool::SubmitRetries() {
  while (!retries_.empty()) {
    Worker* chosen = nullptr;
    for (Worker& worker : workers_) {
      if (HasRoom(worker) && (chosen == nullptr || worker.queue.size() < chosen->queue.size())) chosen = &worker;
    }
    if (chosen == nullptr) return Status::Ok();
    QueuedJob job = std::move(retries_.front());
    retries_.pop_front();
    Status status = Send(*chosen, std::move(job));
    if (!status.ok()) return status;
  }
  return Status::Ok();
}

Result<std::vector<WorkerOutcome>> WorkerPool::Wait(std::chrono::milliseconds timeout) {
  using Clock = std::chrono::steady_clock;
  const auto limit = std::chrono::duration<double>(limits_.timeout_seconds);
  std::vector<WorkerOutcome> outcomes;
  std::vector<pollfd> polled;
  std::vector<Worker*> owners;
  auto wait_for = timeout;
  const auto now = Clock::now();
  ReapRetired(/*block=*/false);
  for (Worker& worker : workers_) {
    if (worker.queue.empty()) continue;
    polled.push_back(pollfd{worker.from_child, POLLIN, 0});
    owners.push_back(&worker);
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(worker.started + limit - now);
    wait_for = std::max(std::chrono::milliseconds(0), std::min(wait_for, left + std::chrono::milliseconds(1)));
  }
  if (polled.empty()) return outcomes;
  int ready = poll(polled.data(), polled.size(), static_cast<int>(wait_for.count()));
  if (ready < 0 && errno != EINTR) return Status::IoError(std::string("poll: ") + std::strerror(errno));
  for (std::size_t i = 0; i < polled.size(); ++i) {
    Worker& worker = *owners[i];
    if (ready > 0 && (polled[i].revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
      char chunk[1 << 16];
      ssize_t got = 0;
      while ((got = read(worker.from_child, chunk, sizeof(chunk))) > 0) {
        worker.received.append(chunk, static_cast<std::size_t>(got));
      }
      // A worker answers its jobs in order; several answers may be in.
      while (!worker.queue.empty()) {
        std::optional<std::string> frame = TakeFrame(worker.received);
        if (!frame) break;
        WorkerOutcome outcome{worker.queue.front().job, std::nullopt, ""};
        if (!frame->empty() && (*frame)[0] == kResponse) {
          frame->erase(0, 1);
          outcome.response = std::move(*frame);
        } else {
          outcome.failure = frame->empty() ? "worker sent nothing" : frame->substr(1);
        }
        outcomes.push_back(std::move(outcome));
        worker.queue.pop_front();
        // It went on with the next job as soon as it had answered this one.
        worker.started = Clock::now();
      }
      if (got == 0) {  // end of the pipe: the worker died
        int status = 0;
        waitpid(worker.pid, &status, 0);
        if (!worker.queue.empty()) Lost(worker, ExitReason(status), outcomes);
        close(worker.to_child);
        close(worker.from_child);
        worker = Worker{};
        continue;
      }
      if (worker.queue.empty()) {
        if (worker.jobs_assigned >= limits_.jobs_per_worker) Retire(worker, /*kill_it=*/false);
        continue;
      }
    }
    if (Clock::now() - worker.started > limit) {
      Lost(worker, "timed out after " + Seconds(limits_.timeout_seconds) + " s", outcomes);
      Retire(worker, /*kill_it=*/true);
    }
  }
  Status status = SubmitRetries();
  if (!status.ok()) return status;
  return outcomes;
}

}  // namespace afstem
