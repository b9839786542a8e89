// Finding and reading input files: command-line PATHs (files or folders) to
// a deterministic list of PDF files, and a file's bytes with a clear reason
// when it cannot be read.
#ifndef AFSTEM_INGEST_BATCH_INPUT_FILES_H_
#define AFSTEM_INGEST_BATCH_INPUT_FILES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "schema/model/status.h"

namespace afstem {

// A path that could not be used, with the reason ("no such file or directory").
struct InputProblem {
  std::string path;
  std::string reason;
};

struct InputList {
  std::vector<std::string> files;      // in processing order, no duplicates
  std::vector<InputProblem> problems;  // paths that could not be listed
};

// Expands `paths` in argument order: a file is taken as it is (whatever its
// extension: the user named it); a folder contributes every regular file
// ending in ".pdf" (any case) below it, recursively, sorted by path, and a
// problem for each "*.pdf" that is a broken link or not a regular file.
// Links to folders are not followed (no loops). The same file reached
// twice (same canonical path) is listed once.
InputList FindInputFiles(const std::vector<std::string>& paths);

// Reads the whole file. Fails with "no such file or directory" (kNotFound),
// "is a directory" or "not a regular file" (a pipe or device:
// kInvalidArgument), "permission denied", "read error" or the system's
// reason (kIoError).
Result<std::string> ReadFileBytes(const std::string& path);

// The SHA-256 (lowercase hex) and size of a file, read in chunks so that
// memory stays flat whatever its size. Fails like ReadFileBytes.
struct FileDigest {
  std::string sha256;
  std::int64_t size = 0;
};
Result<FileDigest> HashFile(const std::string& path);

// The last component of `path` ("fixtures/pdf/a.pdf" -> "a.pdf").
std::string FileNameOf(const std::string& path);

}  // namespace afstem

#endif  // AFSTEM_INGEST_BATCH_INPUT_FILES_H_
