// SHA-256 against the FIPS 180-4 / NIST example vectors.

#include "ingest/batch/sha256.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <utility>

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

TEST_CASE("SHA-256 across block and padding boundaries", "[ingest][sha256]") {
  // Digests of the first `size` bytes of a fixed pseudo-random stream, as
  // computed by the earlier hand-written implementation (portable rounds and
  // SHA extensions agreed on each) and by sha256sum.
  const std::pair<std::size_t, const char*> kExpected[] = {
      {0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
      {1, "e77b9a9ae9e30b0dbdb6f510a264ef9de781501d7b6b92ae89eb059c5ab743db"},
      {55, "f529cad99d9eee12f3d875071e50ce859024c0c1736261d8953ee804db4b22a7"},
      {56, "e7b7bb64e1725253fe29b2d1eb16b4fcbce92de35a90ec25c4a75a225ce22c99"},
      {63, "c79a60f1723a7446fbd1d2b9af5faaa303a8dc32997eb441ca6350b1fa0c3db1"},
      {64, "f91c66a01a4da2bbf1e7bc9568ecf097373de787f79f23c726f81b2b6ef374bc"},
      {65, "6fe66b04d4da7efe21986e37ee4d61fab7dfc2f245ea362257405274973ac666"},
      {1000, "03a3aabc2f0ae61961747aca5ff9f3c037712544e9e8465eeb61897487a2f8c3"},
      {100000, "91b2c2f83e8ece85b51f61e5de18753e0b22e47f086f10f336cf4bf1fe979e63"},
  };
  std::string bytes;
  std::uint32_t seed = 2026;
  for (const auto& [size, digest] : kExpected) {
    while (bytes.size() < size) {
      seed = seed * 1664525u + 1013904223u;
      bytes += static_cast<char>(seed >> 24);
    }
    INFO(size);
    CHECK(Sha256::Of(std::string_view(bytes).substr(0, size)) == digest);
  }
}

}  // namespace afstem
