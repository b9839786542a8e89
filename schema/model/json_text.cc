// JSON text through nlohmann-json (json_text.h). nlohmann builds the value
// and escapes strings; numbers keep the "%.15g" form the store has always
// written (nlohmann's own shortest-round-trip form would print 8655000.0
// and 17-digit neighbours of 15-digit values), so the layout is written
// here.

#include "schema/model/json_text.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace afstem {
namespace {

void AppendString(const std::string& text, std::string& out) {
  out += Json(text).dump(-1, ' ', false, Json::error_handler_t::replace);
}

void AppendDouble(double value, std::string& out) {
  if (!std::isfinite(value)) {
    out += "null";
    return;
  }
  char text[32];
  std::snprintf(text, sizeof(text), "%.15g", value);
  out += text;
}

void AppendBreak(int indent, int depth, std::string& out) {
  if (indent < 0) return;
  out += '\n';
  out.append(static_cast<std::size_t>(indent * depth), ' ');
}

void Append(const Json& value, int indent, int depth, std::string& out) {
  switch (value.type()) {
    case Json::value_t::number_float:
      AppendDouble(value.get<double>(), out);
      return;
    case Json::value_t::string:
      AppendString(value.get_ref<const std::string&>(), out);
      return;
    case Json::value_t::object:
    case Json::value_t::array: {
      const bool object = value.is_object();
      out += object ? '{' : '[';
      bool first = true;
      for (auto member = value.begin(); member != value.end(); ++member) {
        if (!first) out += ',';
        first = false;
        AppendBreak(indent, depth + 1, out);
        if (object) {
          AppendString(member.key(), out);
          out += indent < 0 ? ":" : ": ";
        }
        Append(member.value(), indent, depth + 1, out);
      }
      if (!first) AppendBreak(indent, depth, out);
      out += object ? '}' : ']';
      return;
    }
    default:  // null, booleans, integers, binary
      out += value.dump();
      return;
  }
}

}  // namespace

Json JsonNumber(double value, int digits) {
  if (!std::isfinite(value)) return nullptr;
  char text[40];
  std::snprintf(text, sizeof(text), "%.*g", digits, value);
  return std::strtod(text, nullptr);
}

Json JsonBox(double x0, double y0, double x1, double y1) { return Json::array({x0, y0, x1, y1}); }

std::string JsonText(const Json& value, int indent) {
  std::string out;
  Append(value, indent, 0, out);
  return out;
}

std::string JsonWithFields(std::string_view object, const Json& fields) {
  Json json = object.empty() ? Json::object() : JsonParse(object);
  if (!json.is_object()) json = Json::object();
  for (const auto& [key, value] : fields.items()) json[key] = value;
  return JsonText(json);
}

Json JsonParse(std::string_view text) {
  Json json = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  return json.is_discarded() ? Json() : json;
}

}  // namespace afstem
