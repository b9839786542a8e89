// The report's output folder. A report is built complete in a staging
// folder beside DIR and then swapped into place, so a re-run replaces the
// old report whole (no stale files) and a failed run leaves it untouched.
// A folder is a report when it holds the marker file `.afstem-report`; a
// non-empty folder without it is never replaced.
#ifndef AFSTEM_INGEST_REPORT_REPORT_SITE_H_
#define AFSTEM_INGEST_REPORT_REPORT_SITE_H_

#include <filesystem>
#include <memory>
#include <string>

#include "schema/model/status.h"

namespace afstem {

inline constexpr char kReportMarker[] = ".afstem-report";

// Ok when `out` does not exist, is an empty folder or holds the marker.
// Else the reason, without the path: "exists and is not a folder", "is not
// empty and was not written by afstem report (it has no .afstem-report)"
// (kInvalidArgument: the folder is refused), or the system's reason when it
// cannot be looked at (kIoError).
Status CheckReplaceable(const std::filesystem::path& out);

// A staging folder for the report that is to become `out`. Not shared.
class StagedSite {
 public:
  // Creates `out`'s parent folders if needed and, beside `out`, a fresh
  // staging folder holding the marker. Fails with a one-line reason:
  // kInvalidArgument for the root folder, kIoError when a folder or the
  // marker cannot be made (so are Write, MakeFolder and Publish).
  static Result<std::unique_ptr<StagedSite>> Begin(const std::filesystem::path& out);
  // Removes the staging folder unless it was published.
  ~StagedSite();
  StagedSite(const StagedSite&) = delete;
  StagedSite& operator=(const StagedSite&) = delete;

  // Where to write the report's files.
  const std::filesystem::path& root() const { return staging_; }
  // Writes `text` to `relative` (under root()), creating its folder.
  // Fails with a one-line reason naming the file.
  Status Write(const std::filesystem::path& relative, const std::string& text) const;
  // Creates the folder `relative` (under root()) and its parents.
  Status MakeFolder(const std::filesystem::path& relative) const;
  // Moves an existing `out` aside, the staging folder into its place, and
  // removes the old one. On failure `out` is as it was.
  Status Publish();

 private:
  StagedSite(std::filesystem::path out, std::filesystem::path staging)
      : out_(std::move(out)), staging_(std::move(staging)) {}

  std::filesystem::path out_;      // absolute, no trailing separator
  std::filesystem::path staging_;  // beside out_
  bool published_ = false;
};

}  // namespace afstem

#endif  // AFSTEM_INGEST_REPORT_REPORT_SITE_H_
