// SHA-256 (FIPS 180-4), used to identify documents by their bytes.
// Incremental: feed bytes with Update, read the digest once with HexDigest.
// An object is not safe to share between threads; use one per file.
#ifndef AFSTEM_INGEST_BATCH_SHA256_H_
#define AFSTEM_INGEST_BATCH_SHA256_H_

#include <memory>
#include <string>
#include <string_view>

namespace afstem {

// Computed by nettle (sha256.cc is its one wrapper), which picks the CPU's
// SHA extensions at run time when it has them.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void Update(std::string_view bytes);
  // Finishes the hash and returns 64 lowercase hex digits. Call once.
  std::string HexDigest();

  // Convenience: SHA-256 of `bytes` as lowercase hex.
  // Example: Sha256::Of("abc") == "ba7816bf8f01cfea4141...f20015ad".
  static std::string Of(std::string_view bytes);

 private:
  struct Context;
  std::unique_ptr<Context> context_;
};

}  // namespace afstem

#endif  // AFSTEM_INGEST_BATCH_SHA256_H_
