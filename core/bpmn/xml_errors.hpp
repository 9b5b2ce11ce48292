// Human-readable messages for tinyxml2 parse errors.
#pragma once

#include <tinyxml2.h>

#include <string>

namespace seamless::bpmn {

// "malformed XML: end tag does not match the open element (element 'bpmn:task')".
std::string describe_xml_error(const tinyxml2::XMLDocument& document);

}  // namespace seamless::bpmn
