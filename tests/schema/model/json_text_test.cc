// JSON text (schema/model/json_text.h): the store's number form, escapes, NaN,
// invalid UTF-8, member order and adding fields to stored objects.

#include "schema/model/json_text.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdio>
#include <limits>
#include <random>
#include <string>

namespace afstem {

TEST_CASE("JSON numbers keep the store's %.15g form", "[schema][json]") {
  CHECK(JsonText(Json::array({500, 8655000.0, 0.5, 12000.25, 1e15, 1e-5, -0.0})) ==
        "[500,8655000,0.5,12000.25,1e+15,1e-05,-0]");
  CHECK(JsonText(56.69291338582677) == "56.6929133858268");
  // Against snprintf over many magnitudes, and through a stored text and back.
  std::mt19937_64 random(2026);
  for (int i = 0; i < 20000; ++i) {
    const double value = std::uniform_real_distribution<double>(-1, 1)(random) *
                         std::pow(10.0, std::uniform_real_distribution<double>(-8, 18)(random));
    char expected[32];
    std::snprintf(expected, sizeof(expected), "%.15g", value);
    INFO(expected);
    CHECK(JsonText(value) == expected);
    CHECK(JsonText(JsonParse(expected)) == expected);
  }
  CHECK(JsonText(JsonNumber(56.69291338582677, 10)) == "56.69291339");
}

TEST_CASE("JSON never holds NaN, infinities or invalid UTF-8", "[schema][json]") {
  CHECK(JsonText(Json::array({std::nan(""), std::numeric_limits<double>::infinity()})) == "[null,null]");
  CHECK(JsonText(JsonNumber(std::nan(""), 10)) == "null");
  CHECK(JsonText("Åben \"Skole\"\n\x01") == "\"Åben \\\"Skole\\\"\\n\\u0001\"");
  CHECK(JsonText("bad \xff byte") == "\"bad \xEF\xBF\xBD byte\"");
}

TEST_CASE("JSON objects keep insertion order, fields are added at the end", "[schema][json]") {
  CHECK(JsonText(Json{{"unit", "1.000 kr."}, {"part_rows", {1, 2}}, {"against", nullptr}}) ==
        "{\"unit\":\"1.000 kr.\",\"part_rows\":[1,2],\"against\":null}");
  CHECK(JsonWithFields("{\"unit\":\"kr.\"}", {{"bullets", 3}}) == "{\"unit\":\"kr.\",\"bullets\":3}");
  CHECK(JsonWithFields("", {{"a", true}}) == "{\"a\":true}");
  CHECK(JsonText(Json{{"a", 1}, {"b", Json::array()}}, 2) == "{\n  \"a\": 1,\n  \"b\": []\n}");
  CHECK(JsonParse("not json").is_null());
}

}  // namespace afstem
