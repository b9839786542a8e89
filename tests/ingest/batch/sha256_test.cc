// SHA-256 against the FIPS 180-4 / NIST example vectors.

#include "ingest/batch/sha256.h"

#include <catch2/catch.hpp>
#include <string>

namespace afstem {

TEST_CASE("SHA-256 of the NIST example messages", "[ingest][sha256]") {
  CHECK(Sha256::Of("") ==
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(Sha256::Of("abc") ==
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(Sha256::Of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(Sha256::Of(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("SHA-256 fed in pieces equals one-shot", "[ingest][sha256]") {
  std::string message;
  for (int i = 0; i < 1000; ++i) message += static_cast<char>(i * 7);
  for (std::size_t step : {1u, 3u, 63u, 64u, 65u, 999u}) {
    Sha256 hash;
    for (std::size_t at = 0; at < message.size(); at += step) {
      hash.Update(std::string_view(message).substr(at, step));
    }
    CHECK(hash.HexDigest() == Sha256::Of(message));
  }
}

TEST_CASE("SHA-256: the CPU's SHA extensions and the portable rounds agree", "[ingest][sha256]") {
  std::string bytes;
  std::uint32_t seed = 2026;
  for (std::size_t size : {0, 1, 55, 56, 63, 64, 65, 1000, 100'000}) {
    while (bytes.size() < size) {
      seed = seed * 1664525u + 1013904223u;
      bytes += static_cast<char>(seed >> 24);
    }
    INFO(size);
    Sha256 fastest(Sha256::Engine::kFastest), portable(Sha256::Engine::kPortable);
    fastest.Update(std::string_view(bytes).substr(0, size));
    portable.Update(std::string_view(bytes).substr(0, size));
    CHECK(fastest.HexDigest() == portable.HexDigest());
  }
  Sha256 portable_abc(Sha256::Engine::kPortable);
  portable_abc.Update("abc");
  CHECK(portable_abc.HexDigest() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

}  // namespace afstem
