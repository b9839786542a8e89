// Text for HTML documents: escaping of everything that comes from the
// database or a PDF before it is put into the report's pages. Pure.
#ifndef AFSTEM_INGEST_REPORT_HTML_TEXT_H_
#define AFSTEM_INGEST_REPORT_HTML_TEXT_H_

#include <string>
#include <string_view>

namespace afstem {

// Escapes the five characters HTML gives meaning to, so the result is safe
// as element content and inside a quoted attribute value:
// `Tema 1: "Børn" & <unge>` -> `Tema 1: &quot;Børn&quot; &amp; &lt;unge&gt;`.
// Other UTF-8 passes through unchanged.
std::string EscapeHtml(std::string_view text);

}  // namespace afstem

#endif  // AFSTEM_INGEST_REPORT_HTML_TEXT_H_
