// Escaping for the report formats (markup.hpp).
#include "seamless/report/markup.hpp"

#include <algorithm>

#include "seamless/report/xml_text.hpp"

namespace seamless::report {

std::string escape_xml(std::string_view raw) {
  const std::string text = xml_text(raw);  // valid UTF-8, no characters XML forbids
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
        out += c;
    }
  }
  return out;
}

std::string escape_markdown(std::string_view raw) {
  const std::string text = xml_text(raw);  // valid UTF-8 without control characters
  // Inline punctuation everywhere; block markers (`# `, `- `, `1. `, `> `) only where a line could
  // start, which is the text's beginning (line breaks become spaces).
  static constexpr std::string_view special = "\\`*_[]<>|&~";
  static constexpr std::string_view leading = "#+-=>!";
  std::string out;
  out.reserve(text.size() + text.size() / 4);
  std::size_t digits = 0;  // leading digits so far ("1." would start an ordered list)
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
    } else if (static_cast<unsigned char>(c) < 0x20) {
      continue;
    } else {
      const bool list_number = digits > 0 && digits == i && (c == '.' || c == ')');
      if (special.find(c) != std::string_view::npos ||
          (out.empty() && leading.find(c) != std::string_view::npos) || list_number)
        out += '\\';
      out += c;
    }
    if (c >= '0' && c <= '9' && digits == i) ++digits;
  }
  return out;
}

std::string markdown_code(std::string_view raw) {
  const std::string text = xml_text(raw);
  // A code span's fence is one backtick more than the longest run inside; `|` must still be
  // escaped for tables.
  std::size_t longest = 0, run = 0;
  std::string body;
  for (const char c : text) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
    if (c == '\n' || c == '\r' || c == '\t')
      body += ' ';
    else if (c == '|')
      body += "\\|";
    else if (static_cast<unsigned char>(c) >= 0x20)
      body += c;
  }
  const std::string fence(longest + 1, '`');
  const bool pad = !body.empty() && (body.front() == '`' || body.back() == '`');
  return fence + (pad ? " " : "") + body + (pad ? " " : "") + fence;
}

}  // namespace seamless::report
