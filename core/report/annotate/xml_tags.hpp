// A scanner over XML text that finds every start tag with its byte offsets and resolves the
// namespaces of its name and attributes, so that attributes can be added or changed in place and
// everything else in the file stays byte for byte as it was (tinyxml2 would rewrite the file).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "seamless/i18n/text.hpp"

namespace seamless::report::xml {

struct Attribute {
  std::string qname;
  std::string uri;    // namespace; "" for unprefixed attributes and xmlns declarations
  std::string local;  // local name
  std::string value;  // entity references decoded
  std::size_t value_begin = 0, value_end = 0;  // the value's bytes, without the quotes
};

struct StartTag {
  std::string uri;             // the element's namespace
  std::string local;           // its local name
  std::size_t depth = 0;       // 0 for the root element
  std::size_t attributes_end;  // where a new attribute can be inserted (after the last one)
  std::vector<Attribute> attributes;
  std::vector<std::pair<std::string, std::string>> declarations;  // prefix ("" default), uri
  const Attribute* find(std::string_view uri, std::string_view local) const;
};

struct Scan {
  std::vector<StartTag> tags;  // in document order
  i18n::Text error;            // empty when the text scanned cleanly
};

Scan scan_tags(std::string_view text);

}  // namespace seamless::report::xml
