// HTML escaping for the report (html_text.h).

#include "ingest/report/html_text.h"

namespace afstem {

std::string EscapeHtml(std::string_view text) {
  std::string html;
  html.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': html += "&amp;"; break;
      case '<': html += "&lt;"; break;
      case '>': html += "&gt;"; break;
      case '"': html += "&quot;"; break;
      case '\'': html += "&#39;"; break;
      default: html += c;
    }
  }
  return html;
}

}  // namespace afstem
