// The `time-limit` check (spec/properties.md).
#pragma once

#include <memory>

#include "seamless/check/check.hpp"

namespace seamless::plugins::time_limit {

std::unique_ptr<check::Check> make_time_limit_check();

}  // namespace seamless::plugins::time_limit
