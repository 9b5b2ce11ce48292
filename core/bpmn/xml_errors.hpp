// Human-readable messages for tinyxml2 parse errors.
#pragma once

#include <tinyxml2.h>

#include "seamless/i18n/text.hpp"

namespace seamless::bpmn {

// "malformed XML: end tag does not match the open element (element 'bpmn:task')", and in
// Chinese.
i18n::Text describe_xml_error(const tinyxml2::XMLDocument& document);

}  // namespace seamless::bpmn
