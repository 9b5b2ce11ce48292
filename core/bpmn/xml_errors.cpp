// Human-readable messages for tinyxml2 parse errors (see xml_errors.hpp).
#include "xml_errors.hpp"

namespace seamless::bpmn {
namespace {

const char* explain(tinyxml2::XMLError error) {
  using namespace tinyxml2;
  switch (error) {
    case XML_ERROR_PARSING_ELEMENT:
      return "cannot parse an element";
    case XML_ERROR_PARSING_ATTRIBUTE:
      return "cannot parse an attribute (missing quotes or '=', or a repeated attribute)";
    case XML_ERROR_PARSING_TEXT:
      return "cannot parse text content";
    case XML_ERROR_PARSING_CDATA:
      return "cannot parse a CDATA section";
    case XML_ERROR_PARSING_COMMENT:
      return "unterminated comment";
    case XML_ERROR_PARSING_DECLARATION:
      return "cannot parse the XML declaration";
    case XML_ERROR_PARSING_UNKNOWN:
      return "cannot parse a markup declaration";
    case XML_ERROR_EMPTY_DOCUMENT:
      return "the file contains no XML element";
    case XML_ERROR_MISMATCHED_ELEMENT:
      return "an end tag does not match the element it closes";
    case XML_ELEMENT_DEPTH_EXCEEDED:
      return "elements are nested too deeply";
    default:
      return "parse error";
  }
}

}  // namespace

std::string describe_xml_error(const tinyxml2::XMLDocument& document) {
  std::string message = std::string("malformed XML: ") + explain(document.ErrorID());
  // tinyxml2's own text ends with details such as "XMLElement name=bpmn:task".
  const std::string raw = document.ErrorStr() ? document.ErrorStr() : "";
  if (auto at = raw.find("name="); at != std::string::npos) {
    message += " (element '" + raw.substr(at + 5) + "')";
  }
  return message;
}

}  // namespace seamless::bpmn
