// Danish table numbers (table_number.h).

#include "parsers/money/table_number.h"

#include <cctype>
#include <cstdlib>

namespace afstem {
namespace {

std::string_view Trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// Digits with "." thousands groups and an optional "," decimal part, or a
// "." decimal part that is not a group of three ("0.5", "4.05", "0.465").
// Sets `decimals` to the number of digits after the decimal mark.
std::optional<double> ParseMagnitude(std::string_view text, int& decimals) {
  if (text.empty() || !std::isdigit(static_cast<unsigned char>(text.front()))) return std::nullopt;
  std::string digits;
  std::size_t i = 0;
  auto take_digits = [&]() {
    std::size_t start = i;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) digits += text[i++];
    return i - start;
  };
  const std::size_t lead = take_digits();
  bool grouped = false;
  while (i < text.size() && text[i] == '.') {
    const std::size_t dot = i++;
    std::size_t group_start = digits.size();
    const std::size_t count = take_digits();
    const bool thousands = count == 3 && !(lead == 1 && text[0] == '0' && !grouped);
    if (!thousands) {
      // A decimal point: only one, nothing after it but its digits.
      if (grouped || count == 0 || i != text.size()) return std::nullopt;
      digits.insert(group_start, ".");
      (void)dot;
      decimals = static_cast<int>(count);
      return std::strtod(digits.c_str(), nullptr);
    }
    grouped = true;
  }
  if (grouped && lead > 3) return std::nullopt;
  if (i < text.size() && text[i] == ',') {
    ++i;
    digits += '.';
    decimals = static_cast<int>(take_digits());
    if (decimals == 0) return std::nullopt;
  }
  if (i != text.size()) return std::nullopt;
  return std::strtod(digits.c_str(), nullptr);
}

}  // namespace

ParsedNumber ParseTableNumber(std::string_view raw) {
  ParsedNumber result;
  std::string_view text = Trim(raw);
  if (text.empty() || text == "-" || text == "\u2013" || text == "\u2014" ||
      text == "\u2212") {
    result.empty = true;
    return result;
  }
  bool negative = false;
  if (text.size() >= 2 && text.front() == '(' && text.back() == ')') {
    negative = true;
    text = Trim(text.substr(1, text.size() - 2));
  } else if (StartsWith(text, "\u00F7")) {  // ÷
    negative = true;
    text = Trim(text.substr(2));
  } else if (StartsWith(text, "\u2212")) {  // minus sign
    negative = true;
    text = Trim(text.substr(3));
  } else if (StartsWith(text, "-") || StartsWith(text, "\u2013")) {
    negative = true;
    text = Trim(text.substr(text.front() == '-' ? 1 : 3));
  }
  // A full stop after the last digit is punctuation, not part of the
  // number: the end of a sentence in a prose cell, or a speck OCR reads
  // after the last figure of a row ("600."). No Danish number form ends in
  // a dot.
  if (text.size() >= 2 && text.back() == '.' && std::isdigit(static_cast<unsigned char>(text[text.size() - 2]))) {
    text.remove_suffix(1);
  }
  std::optional<double> magnitude = ParseMagnitude(text, result.decimals);
  if (!magnitude) {
    result.error = "not a number: \"" + std::string(Trim(raw)) + "\"";
    return result;
  }
  result.value = negative ? -*magnitude : *magnitude;
  return result;
}

}  // namespace afstem
