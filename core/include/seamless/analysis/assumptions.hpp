// What a behavioural verdict assumes about the model (spec/properties.md): a condition no
// guard-language plugin can read is a label, and the choice at its node is free. Every check
// that explores a Net states the Net's assumptions with note_assumptions, so they appear beside
// its verdict (a note in text, `assumptions` in JSON).
#pragma once

#include <vector>

#include "seamless/check/check.hpp"
#include "seamless/semantics/net.hpp"

namespace seamless::analysis {

// Adds every assumption to the check's findings (Findings::assume), in order.
void note_assumptions(const std::vector<semantics::Assumption>& assumptions,
                      check::Findings& findings);
// The same for the assumptions the Net's translation recorded.
void note_assumptions(const semantics::Net& net, check::Findings& findings);

}  // namespace seamless::analysis
