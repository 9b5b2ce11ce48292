// The `one-visit` check (spec/properties.md): fails when some run, for some applicant, begins
// more than `maxVisits` visits; the counterexample shows the run and its seams.
#pragma once

#include <memory>

#include "seamless/check/check.hpp"

namespace seamless::plugins::one_visit {

std::unique_ptr<check::Check> make_one_visit_check();

}  // namespace seamless::plugins::one_visit
