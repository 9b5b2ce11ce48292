// Turning an explored run into a reported counterexample: concrete case data for the run's
// guard decisions (from the case solver, or declared defaults for models without guards), a
// concrete replay that must succeed, and the steps with element, name and department.
#pragma once

#include <optional>
#include <string>

#include "seamless/analysis/data_setup.hpp"
#include "seamless/check/check.hpp"
#include "seamless/explore/explorer.hpp"
#include "seamless/explore/replay.hpp"
#include "seamless/expr/environment.hpp"

namespace seamless::analysis {

struct RunContext {
  const semantics::Net& net;
  const DataSetup& data;
  const guards::ModelGuards* guards;
  const explore::CaseSolver* solver;
  unsigned timeout_ms;
};

struct ConcreteRun {
  bool ok = false;
  i18n::Text problem;  // why there is none: no case data, or the replay failed (a bug)
  explore::CaseFrames frames;
  explore::Replay replay;
  check::Counterexample counterexample;
};

// `path`, then `last` when given (a step that is enabled at the end: it is shown as the final
// step and checked to be enabled, not fired).
ConcreteRun make_counterexample(const RunContext& context, const explore::Path& path,
                                std::optional<semantics::TransitionIndex> last = std::nullopt);

// Where a place is, in words: "sequence flow 'Flow_3' (from 'Review' to 'Approve')", and in
// Chinese: "顺序流“Flow_3”（从“Review”到“Approve”）".
// A variable's value as case data shows it; a string no guard mentions (outside the string
// table) is shown as a text outside the table ("other").
std::string value_text(std::int64_t bits, const expr::Variable& v,
                       const expr::StringTable& strings);
std::string describe_place(const semantics::Net& net, semantics::PlaceIndex place);
i18n::Text describe_place_text(const semantics::Net& net, semantics::PlaceIndex place);
// The BPMN element a place is about (for a finding's element and line).
std::string place_element(const semantics::Net& net, semantics::PlaceIndex place);
model::Location place_location(const semantics::Net& net, semantics::PlaceIndex place);

// Tokens left in a marking, one line each.
std::vector<std::string> describe_marking(const semantics::Net& net,
                                          const std::vector<std::uint32_t>& marking);
std::vector<i18n::Text> describe_marking_text(const semantics::Net& net,
                                              const std::vector<std::uint32_t>& marking);
// Sets the counterexample's `left:` lines (state, state_zh) to the tokens left in `marking`.
void set_left(check::Counterexample& counterexample, const semantics::Net& net,
              const std::vector<std::uint32_t>& marking);

}  // namespace seamless::analysis
