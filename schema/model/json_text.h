// JSON for the store's JSON columns and the command line's JSON outputs:
// the one wrapper around nlohmann-json. Build a Json value, write it with
// JsonText. Pure; values are not shared between threads.
#ifndef AFSTEM_SCHEMA_MODEL_JSON_TEXT_H_
#define AFSTEM_SCHEMA_MODEL_JSON_TEXT_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace afstem {

// A JSON value whose objects keep their members in insertion order.
// Example: Json{{"unit", "1.000 kr."}, {"part_rows", {1, 2}}}.
using Json = nlohmann::ordered_json;

// `value` rounded to `digits` significant digits first: what "%.{digits}g"
// prints (8655000.0 -> 8655000, 56.6929133858 -> 56.69291339 at 10).
Json JsonNumber(double value, int digits);

// [x0,y0,x1,y1] of a box in PDF points.
Json JsonBox(double x0, double y0, double x1, double y1);

// `value` as JSON text: compact ({"a":1,"b":[2,3]}) or, with `indent` >= 0,
// one member per line indented that many spaces per level. Strings are
// escaped by nlohmann-json: UTF-8 passes through, invalid UTF-8 becomes
// U+FFFD, control characters are escaped. Numbers are written as the store
// has always written them: integers as such, others as "%.15g" (8655000.0
// -> 8655000, 0.5 -> 0.5, 1e15 -> 1e+15); NaN and infinities as null.
std::string JsonText(const Json& value, int indent = -1);

// The JSON object text `object` ("" reads as {}) with the members of
// `fields` added at the end (or set in place when it has them already).
// Example: JsonWithFields("{\"unit\":\"kr.\"}", {{"bullets", 3}}) ==
// "{\"unit\":\"kr.\",\"bullets\":3}".
std::string JsonWithFields(std::string_view object, const Json& fields);

// The value `text` holds; null when it is not JSON.
Json JsonParse(std::string_view text);

}  // namespace afstem

#endif  // AFSTEM_SCHEMA_MODEL_JSON_TEXT_H_
