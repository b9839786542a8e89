// JSON text helpers shared by the store (JSON columns) and the exports:
// string literals with the escapes JSON requires. Pure.
#ifndef AFSTEM_SCHEMA_MODEL_JSON_TEXT_H_
#define AFSTEM_SCHEMA_MODEL_JSON_TEXT_H_

#include <cstdio>
#include <string>
#include <string_view>

namespace afstem {

// "Åben \"Skole\"" -> "\"Åben \\\"Skole\\\"\"": quotes, backslashes and
// control characters escaped; UTF-8 passes through.
inline std::string JsonString(std::string_view text) {
  std::string json = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      json += '\\';
      json += static_cast<char>(c);
    } else if (c == '\n') {
      json += "\\n";
    } else if (c < 0x20) {
      char escaped[8];
      std::snprintf(escaped, sizeof(escaped), "\\u%04x", c);
      json += escaped;
    } else {
      json += static_cast<char>(c);
    }
  }
  return json + "\"";
}

// 500 -> "500", 0.5 -> "0.5", 12000.25 -> "12000.25": shortest round-trip
// form up to 15 significant digits.
inline std::string JsonNumber(double value) {
  char text[32];
  std::snprintf(text, sizeof(text), "%.15g", value);
  return text;
}

// "[x0,y0,x1,y1]" of a box in PDF points.
inline std::string JsonBox(double x0, double y0, double x1, double y1) {
  return "[" + JsonNumber(x0) + "," + JsonNumber(y0) + "," + JsonNumber(x1) + "," + JsonNumber(y1) + "]";
}

}  // namespace afstem

#endif  // AFSTEM_SCHEMA_MODEL_JSON_TEXT_H_
