// Worker processes (ingest/batch/worker_pool.h): answers come back, a crash or a
// hang costs only its job, memory is limited, workers are recycled.

#include "ingest/batch/worker_pool.h"

#include <catch2/catch.hpp>
#include <csignal>
#include <map>
#include <unistd.h>

namespace afstem {
namespace {

// Runs every payload through a pool and returns job -> response or failure.
std::map<std::uint64_t, std::string> RunAll(WorkerPool& pool, const std::vector<std::string>& payloads) {
  std::map<std::uint64_t, std::string> results;
  std::size_t next = 0;
  while (results.size() < payloads.size()) {
    while (next < payloads.size() && pool.HasFreeWorker()) {
      REQUIRE(pool.Submit(next, payloads[next]).ok());
      ++next;
    }
    auto outcomes = pool.Wait(std::chrono::milliseconds(100));
    REQUIRE(outcomes.ok());
    for (const WorkerOutcome& outcome : outcomes.value()) {
      results[outcome.job] = outcome.response ? "ok:" + *outcome.response : "failed:" + outcome.failure;
    }
  }
  return results;
}

std::string Work(const std::string& payload) {
  if (payload == "crash") raise(SIGSEGV);
  if (payload == "abort") std::abort();
  if (payload == "hang") {
    while (true) pause();
  }
  if (payload == "throw") throw std::runtime_error("bad input");
  if (payload == "pid") return std::to_string(getpid());
  return "<" + payload + ">";
}

TEST_CASE("worker pool: answers come back by job", "[ingest][workers]") {
  WorkerPool pool(WorkerLimits{2, 10, 0, 50}, Work);
  const auto results = RunAll(pool, {"a", "b", std::string(300'000, 'x'), "d"});
  CHECK(results.at(0) == "ok:<a>");
  CHECK(results.at(1) == "ok:<b>");
  CHECK(results.at(2) == "ok:<" + std::string(300'000, 'x') + ">");  // larger than a pipe's buffer
  CHECK(results.at(3) == "ok:<d>");
}

TEST_CASE("worker pool: a crash or a hang costs only its job", "[ingest][workers]") {
  WorkerPool pool(WorkerLimits{2, 0.5, 0, 50}, Work);
  const auto results = RunAll(pool, {"a", "crash", "b", "hang", "abort", "throw", "c"});
  CHECK(results.at(0) == "ok:<a>");
  CHECK(results.at(1) == "failed:crashed (SIGSEGV)");
  CHECK(results.at(2) == "ok:<b>");
  CHECK(results.at(3) == "failed:timed out after 0.5 s");
  CHECK(results.at(4) == "failed:crashed (SIGABRT)");
  CHECK(results.at(5) == "failed:crashed (bad input)");
  CHECK(results.at(6) == "ok:<c>");
  CHECK(pool.Busy() == 0);
}

TEST_CASE("worker pool: a job queued behind a crash or a hang runs again", "[ingest][workers]") {
  WorkerPool pool(WorkerLimits{1, 0.5, 0, 50, 2}, Work);
  REQUIRE(pool.Submit(0, "crash").ok());
  REQUIRE(pool.Submit(1, "a").ok());  // already sent to the worker that crashes
  CHECK_FALSE(pool.HasFreeWorker());
  std::map<std::uint64_t, std::string> results;
  while (results.size() < 2) {
    auto outcomes = pool.Wait(std::chrono::milliseconds(100));
    REQUIRE(outcomes.ok());
    for (const WorkerOutcome& outcome : outcomes.value()) {
      results[outcome.job] = outcome.response ? "ok:" + *outcome.response : "failed:" + outcome.failure;
    }
  }
  CHECK(results.at(0) == "failed:crashed (SIGSEGV)");
  CHECK(results.at(1) == "ok:<a>");
  const auto after_hang = RunAll(pool, {"hang", "b", "c"});
  CHECK(after_hang.at(0) == "failed:timed out after 0.5 s");
  CHECK(after_hang.at(1) == "ok:<b>");
  CHECK(after_hang.at(2) == "ok:<c>");
  CHECK(pool.Busy() == 0);
}

TEST_CASE("worker pool: workers are recycled after their jobs", "[ingest][workers]") {
  WorkerPool pool(WorkerLimits{1, 10, 0, 2}, Work);
  const auto results = RunAll(pool, {"pid", "pid", "pid", "pid"});
  CHECK(results.at(0) == results.at(1));
  CHECK(results.at(1) != results.at(2));
  CHECK(results.at(2) == results.at(3));
  CHECK(results.at(0) != "ok:" + std::to_string(getpid()));  // never the parent
}

#if !defined(__SANITIZE_ADDRESS__)
TEST_CASE("worker pool: a job over the memory limit fails as out of memory", "[ingest][workers]") {
  WorkerPool pool(WorkerLimits{1, 10, 256LL << 20, 50}, [](const std::string& payload) {
    if (payload == "big") {
      std::string huge(std::size_t{1} << 30, 'x');  // 1 GiB, over the 256 MiB limit
      return std::string(1, huge[12345]);
    }
    return payload;
  });
  const auto results = RunAll(pool, {"big", "small"});
  CHECK(results.at(0) == "failed:out of memory");
  CHECK(results.at(1) == "ok:small");
}
#endif

}  // namespace
}  // namespace afstem
