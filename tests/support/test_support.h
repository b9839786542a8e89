// Helpers shared by tests: a temporary folder removed at scope exit, and
// paths to the committed fixtures.
#ifndef AFSTEM_TESTS_SUPPORT_TEST_SUPPORT_H_
#define AFSTEM_TESTS_SUPPORT_TEST_SUPPORT_H_

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace afstem::testing {

inline std::filesystem::path SourceDir() { return AFSTEM_SOURCE_DIR; }
inline std::filesystem::path FixturePdf(const std::string& name) {
  return SourceDir() / "fixtures" / "pdf" / name;
}
inline std::filesystem::path BadFixture(const std::string& name) {
  return SourceDir() / "fixtures" / "bad" / name;
}

class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "afstem-test-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::filesystem::path operator/(const std::string& name) const {
    return path_ / name;
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// What a CLI command printed and returned.
struct CliRun {
  int exit_code = 0;
  std::string out;
  std::string err;
};

inline std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();  // CSV's CRLF
    lines.push_back(line);
  }
  return lines;
}

inline void WriteFile(const std::filesystem::path& path,
                      const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

}  // namespace afstem::testing

#endif  // AFSTEM_TESTS_SUPPORT_TEST_SUPPORT_H_
