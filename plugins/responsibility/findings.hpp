// The parts of the responsibility check: who owns each activity (from the lanes), whether the
// departments handle the matters the catalogue gives them (when one is configured), and who
// takes the applicant at each guarded gateway (from the explored runs and their case data).
#pragma once

#include <vector>

#include "guarded_gateways.hpp"
#include "seamless/analysis/explored_model.hpp"
#include "seamless/check/check.hpp"

namespace seamless::plugins::responsibility {

// Activities that belong to no department, or that two lanes (neither inside the other) list.
void lane_findings(const model::Model& model, check::Findings& findings);

// Steps whose `reform:matter` the catalogue gives to another department, matters the model
// refers to that no step of the catalogue's department handles, matters not in the catalogue.
void catalogue_findings(const model::Model& model, const check::Catalogue& catalogue,
                        check::Findings& findings);

// Gaps and overlaps at `gateways`, found in the reachable states of `explored` (one per gateway
// and gap, one per new overlapping pair of branches, the first in breadth-first order). Makes
// the check inconclusive when the exploration was incomplete and a gateway is left undecided.
void gateway_findings(const check::CheckContext& context, const analysis::ExploredModel& explored,
                      const std::vector<GuardedGateway>& gateways, check::Findings& findings);

}  // namespace seamless::plugins::responsibility
