// Text that XML 1.0 can carry. Messages hold model names and paths given on the command line:
// invalid UTF-8 bytes and the characters XML forbids (control characters other than tab, line
// feed and carriage return; U+FFFE, U+FFFF) become U+FFFD. The XML writer escapes the rest.
#pragma once

#include <string>
#include <string_view>

namespace seamless::report {

std::string xml_text(std::string_view text);

// The same on one line, for attribute values (an XML reader turns a line break inside an
// attribute into a space anyway): tabs and line breaks become spaces.
std::string xml_attribute_text(std::string_view text);

}  // namespace seamless::report
