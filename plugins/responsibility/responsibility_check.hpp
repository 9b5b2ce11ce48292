// The `responsibility` check of spec/properties.md: complete responsibility coverage.
#pragma once

#include <memory>

#include "seamless/check/check.hpp"

namespace seamless::plugins::responsibility {

std::unique_ptr<check::Check> make_responsibility_check();

}  // namespace seamless::plugins::responsibility
