// The `document-flow` check (spec/properties.md).
#pragma once

#include <memory>

#include "seamless/check/check.hpp"

namespace seamless::plugins::document_flow {

std::unique_ptr<check::Check> make_document_flow_check();

}  // namespace seamless::plugins::document_flow
