// The one-visit finding: message, element, counterexample with seams, notes and figures.
#pragma once

#include "seamless/analysis/visits.hpp"
#include "seamless/check/check.hpp"

namespace seamless::plugins::one_visit {

// Reports the run to `space.worst_state` (which begins more than `bound` visits) as a finding,
// concretised and replayed; inconclusive when no concrete run is found.
void report_visits(const check::CheckContext& context, const analysis::VisitModel& model,
                   const analysis::VisitSpace& space, std::uint32_t bound,
                   check::Findings& findings);

}  // namespace seamless::plugins::one_visit
