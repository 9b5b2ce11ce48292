// The `dept-cycle` check (spec/properties.md).
#pragma once

#include <memory>

#include "seamless/check/check.hpp"

namespace seamless::plugins::dept_cycle {

std::unique_ptr<check::Check> make_dept_cycle_check();

}  // namespace seamless::plugins::dept_cycle
