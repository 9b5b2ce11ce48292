// Escaping text for the report formats: XML/HTML (text and attribute values) and Markdown.
#pragma once

#include <string>
#include <string_view>

namespace seamless::report {

// `&`, `<`, `>`, `"`, `'` as character references; invalid UTF-8 and the characters XML forbids
// become U+FFFD (xml_text.hpp).
std::string escape_xml(std::string_view text);

// Markdown punctuation backslash-escaped, line breaks as spaces: safe in paragraphs and table
// cells. Invalid UTF-8 and control characters become U+FFFD.
std::string escape_markdown(std::string_view text);

// Text as a Markdown code span (for ids and file names).
std::string markdown_code(std::string_view text);

}  // namespace seamless::report
