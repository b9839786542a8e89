// The report's output folder, staged and swapped in (report_site.h).

#include "ingest/report/report_site.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>

#include "schema/model/version.h"

namespace afstem {
namespace fs = std::filesystem;
namespace {

// "/a/b/" and "/a/b/." -> "/a/b": the folder itself, to rename.
fs::path FolderPath(const fs::path& path) {
  fs::path absolute = fs::absolute(path).lexically_normal();
  if (!absolute.has_filename() && absolute.has_relative_path()) absolute = absolute.parent_path();
  return absolute;
}

// A new empty folder beside `out`, ".NAME.SUFFIX-PID-N", made with the
// usual permissions (mkdtemp's would be 0700, too tight for a web folder).
Result<fs::path> MakeSibling(const fs::path& out, const std::string& suffix) {
  const std::string stem = "." + out.filename().string() + "." + suffix + "-" + std::to_string(getpid()) + "-";
  std::error_code error;
  for (int attempt = 0; attempt < 1000; ++attempt) {
    const fs::path candidate = out.parent_path() / (stem + std::to_string(attempt));
    if (fs::create_directory(candidate, error)) return candidate;
    if (error) break;
  }
  return Status::IoError(out.parent_path().string() + ": cannot create a folder: " +
                       (error ? error.message() : "every name is taken"));
}

}  // namespace

Status CheckReplaceable(const fs::path& out) {
  std::error_code error;
  const fs::file_status status = fs::status(out, error);
  if (status.type() == fs::file_type::not_found) return Status::Ok();
  if (error) return Status::IoError(error.message());
  if (!fs::is_directory(status)) return Status::InvalidArgument("exists and is not a folder");
  if (fs::is_regular_file(out / kReportMarker, error)) return Status::Ok();
  const bool empty = fs::is_empty(out, error);
  if (error) return Status::IoError(error.message());
  if (empty) return Status::Ok();
  return Status::InvalidArgument(std::string("is not empty and was not written by afstem report (it has no ") + kReportMarker +
                       ")");
}

Result<std::unique_ptr<StagedSite>> StagedSite::Begin(const fs::path& out) {
  const fs::path folder = FolderPath(out);
  if (!folder.has_relative_path()) return Status::InvalidArgument(out.string() + ": cannot replace the root folder");
  std::error_code error;
  fs::create_directories(folder.parent_path(), error);
  if (error) return Status::IoError(folder.parent_path().string() + ": cannot create: " + error.message());
  auto staging = MakeSibling(folder, "new");
  if (!staging.ok()) return staging.status();
  std::unique_ptr<StagedSite> site(new StagedSite(folder, std::move(staging).value()));
  Status marked = site->Write(kReportMarker, std::string("written by afstem report ") + kVersion + "\n");
  if (!marked.ok()) return marked;
  return site;
}

StagedSite::~StagedSite() {
  if (published_) return;
  std::error_code ignored;
  fs::remove_all(staging_, ignored);
}

Status StagedSite::MakeFolder(const fs::path& relative) const {
  std::error_code error;
  fs::create_directories(staging_ / relative, error);
  if (error) return Status::IoError((staging_ / relative).string() + ": cannot create: " + error.message());
  return Status::Ok();
}

Status StagedSite::Write(const fs::path& relative, const std::string& text) const {
  if (Status status = MakeFolder(relative.parent_path()); !status.ok()) return status;
  const fs::path path = staging_ / relative;
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file.write(text.data(), static_cast<std::streamsize>(text.size()));
  file.close();
  if (!file) return Status::IoError(path.string() + ": cannot write: " + std::strerror(errno));
  return Status::Ok();
}

Status StagedSite::Publish() {
  std::error_code error;
  std::optional<fs::path> old;
  if (fs::exists(fs::symlink_status(out_, error))) {
    auto aside = MakeSibling(out_, "old");
    if (!aside.ok()) return aside.status();
    // Renaming a folder onto an empty folder replaces it (POSIX rename).
    fs::rename(out_, aside.value(), error);
    if (error) {
      const std::string reason = error.message();
      fs::remove(aside.value(), error);
      return Status::IoError(out_.string() + ": cannot move the old report aside: " + reason);
    }
    old = aside.value();
  }
  fs::rename(staging_, out_, error);
  if (error) {
    const std::string reason = error.message();
    if (old) fs::rename(*old, out_, error);
    return Status::IoError(out_.string() + ": cannot put the new report in place: " + reason);
  }
  published_ = true;
  if (old) fs::remove_all(*old, error);  // a leftover old copy costs only space
  return Status::Ok();
}

}  // namespace afstem
