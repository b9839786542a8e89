// SHA-256 (FIPS 180-4), used to identify documents by their bytes.
// Incremental: feed bytes with Update, read the digest once with HexDigest.
// An object is not safe to share between threads; use one per file.
#ifndef AFSTEM_INGEST_BATCH_SHA256_H_
#define AFSTEM_INGEST_BATCH_SHA256_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace afstem {

class Sha256 {
 public:
  // kFastest uses the CPU's SHA extensions when it has them (x86-64);
  // kPortable always the plain C++ rounds (tests compare the two).
  enum class Engine { kFastest, kPortable };
  explicit Sha256(Engine engine = Engine::kFastest);
  void Update(std::string_view bytes);
  // Finishes the hash and returns 64 lowercase hex digits. Call once.
  std::string HexDigest();

  // Convenience: SHA-256 of `bytes` as lowercase hex.
  // Example: Sha256::Of("abc") == "ba7816bf8f01cfea4141...f20015ad".
  static std::string Of(std::string_view bytes);

 private:
  void Compress(const unsigned char block[64]);

  bool use_extensions_ = false;
  std::array<std::uint32_t, 8> state_;
  std::array<unsigned char, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t total_bytes_ = 0;
};

}  // namespace afstem

#endif  // AFSTEM_INGEST_BATCH_SHA256_H_
