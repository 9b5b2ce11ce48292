// Text made fit for XML (see xml_text.hpp).
#include "seamless/report/xml_text.hpp"

#include "seamless/expr/characters.hpp"

namespace seamless::report {
namespace {

bool allowed_in_xml(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

}  // namespace

std::string xml_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const expr::text::Char& c : expr::text::decode_utf8(text)) {
    if (c.valid && allowed_in_xml(c.code))
      out.append(text.substr(c.offset, c.size));
    else
      expr::text::append_utf8(out, 0xFFFD);
  }
  return out;
}

std::string xml_attribute_text(std::string_view text) {
  std::string out = xml_text(text);
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

}  // namespace seamless::report
