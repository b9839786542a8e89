// Input discovery and file reading (input_files.h).

#include "ingest/batch/input_files.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>

#include "ingest/batch/sha256.h"

namespace afstem {
namespace fs = std::filesystem;
namespace {

bool HasPdfExtension(const fs::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return extension == ".pdf";
}

// The system's reason in lower case ("Permission denied" -> "permission
// denied"), to read well after "PATH: ".
std::string Reason(const std::error_code& error) {
  std::string message = error.message();
  if (message.empty()) return "cannot be read";
  message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
  return message;
}

// Adds `path` unless its canonical form was seen already.
void AddOnce(const fs::path& path, std::set<std::string>& seen,
             std::vector<std::string>& files) {
  std::error_code error;
  fs::path canonical = fs::weakly_canonical(path, error);
  std::string key = error ? path.lexically_normal().string() : canonical.string();
  if (seen.insert(key).second) files.push_back(path.string());
}

void ListFolder(const fs::path& folder, std::set<std::string>& seen,
                InputList& list) {
  std::vector<fs::path> found;
  std::error_code error;
  fs::recursive_directory_iterator it(
      folder, fs::directory_options::skip_permission_denied, error);
  if (error) {
    list.problems.push_back({folder.string(), Reason(error)});
    return;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (error) {
      list.problems.push_back({it->path().string(), Reason(error)});
      break;
    }
    if (!HasPdfExtension(it->path())) continue;
    std::error_code type_error;
    if (it->is_regular_file(type_error)) {
      found.push_back(it->path());
    } else if (it->is_symlink(type_error) && !it->exists(type_error)) {
      list.problems.push_back({it->path().string(), "no such file or directory (a broken link)"});
    } else if (!it->is_directory(type_error)) {
      list.problems.push_back({it->path().string(), "not a regular file"});
    }
  }
  std::sort(found.begin(), found.end());
  for (const fs::path& path : found) AddOnce(path, seen, list.files);
}

}  // namespace

InputList FindInputFiles(const std::vector<std::string>& paths) {
  InputList list;
  std::set<std::string> seen;
  for (const std::string& argument : paths) {
    fs::path path(argument);
    std::error_code error;
    fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) {
      list.problems.push_back(
          {argument, error && error != std::errc::no_such_file_or_directory
                         ? Reason(error)
                         : "no such file or directory"});
    } else if (fs::is_directory(status)) {
      ListFolder(path, seen, list);
    } else {
      AddOnce(path, seen, list.files);
    }
  }
  return list;
}

namespace {

// Opens `path` for reading, or says why it cannot be.
Result<std::unique_ptr<std::ifstream>> OpenForReading(const std::string& path) {
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (fs::is_directory(status)) return Status::InvalidArgument("is a directory");
  // A pipe or device would block the batch, or never end.
  if (!error && fs::exists(status) && !fs::is_regular_file(status)) {
    return Status::InvalidArgument("not a regular file");
  }
  auto in = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*in) {
    int saved = errno;
    if (saved == ENOENT) return Status::NotFound("no such file or directory");
    if (saved == EACCES) return Status::IoError("permission denied");
    return Status::IoError(std::string("cannot be read: ") + std::strerror(saved));
  }
  return in;
}

// Calls `chunk` with the file's bytes, in order. Chunked reads work for
// files whose size the system cannot tell (pipes).
template <typename OnChunk>
Status ReadChunks(const std::string& path, OnChunk on_chunk) {
  auto in = OpenForReading(path);
  if (!in.ok()) return in.status();
  std::ifstream& stream = *in.value();
  std::string buffer(1 << 20, '\0');
  while (stream.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || stream.gcount() > 0) {
    on_chunk(std::string_view(buffer.data(), static_cast<std::size_t>(stream.gcount())));
  }
  if (stream.bad()) return Status::IoError("read error");
  return Status::Ok();
}

}  // namespace

Result<std::string> ReadFileBytes(const std::string& path) {
  std::string bytes;
  Status status = ReadChunks(path, [&](std::string_view chunk) { bytes.append(chunk); });
  if (!status.ok()) return status;
  return bytes;
}

Result<FileDigest> HashFile(const std::string& path) {
  Sha256 hash;
  FileDigest digest;
  Status status = ReadChunks(path, [&](std::string_view chunk) {
    hash.Update(chunk);
    digest.size += static_cast<std::int64_t>(chunk.size());
  });
  if (!status.ok()) return status;
  digest.sha256 = hash.HexDigest();
  return digest;
}

std::string FileNameOf(const std::string& path) {
  return fs::path(path).filename().string();
}

}  // namespace afstem
