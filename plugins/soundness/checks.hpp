// The four soundness checks of spec/properties.md, each a view of the shared analysis.
#pragma once

#include <memory>

#include "seamless/check/check.hpp"

namespace seamless::plugins::soundness {

std::unique_ptr<check::Check> make_safeness_check();
std::unique_ptr<check::Check> make_option_to_complete_check();
std::unique_ptr<check::Check> make_proper_completion_check();
std::unique_ptr<check::Check> make_dead_activity_check();

}  // namespace seamless::plugins::soundness
