// One model explored for behavioural checks: its Net, the cells of its case data and its state
// space, with the reason the analysis could not start or could not finish. Check plugins share
// one per model and purpose (a key) through the context's AnalysisCache, so the four soundness
// checks explore once, and reform checks that need the same Net reuse it too.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "seamless/analysis/counterexample.hpp"
#include "seamless/analysis/data_setup.hpp"
#include "seamless/check/check.hpp"
#include "seamless/explore/explorer.hpp"
#include "seamless/semantics/build.hpp"

namespace seamless::analysis {

struct ExploreRequest {
  semantics::BuildOptions build;  // abstract_guards is taken from the engine settings
  bool completion = true;         // compute option-to-complete (Tarjan / deadlocks)
  bool reduction = true;          // allow partial-order reduction (if the user did not turn it off)
};

struct ExploredModel {
  std::unique_ptr<semantics::Net> net;
  std::unique_ptr<DataSetup> data;
  std::unique_ptr<explore::Exploration> exploration;  // null when `unusable` is set
  // No analysis was possible: an untranslatable element, no case data, the solver failed.
  i18n::Text unusable;
  bool complete = false;  // the whole state space was explored
  i18n::Text limit;       // why not: the state or time limit
  i18n::Text saturation;  // non-empty when some token count saturated (possibly unbounded)
  // Non-empty when message channels were widened (explore::Exploration's `widened`): results
  // that need exact counts there are not settled.
  i18n::Text widening;
  // Non-empty when a process that messages instantiate needed more copies than
  // --max-instances: runs with more instances are missing, the runs explored are real.
  i18n::Text shortage;
  unsigned solver_timeout_ms = 10'000;
  std::map<std::string, double> stats;  // states, edges, cells, exploration-ms, ...

  // For make_counterexample; valid while this ExploredModel lives.
  RunContext run_context(const check::CheckContext& context) const;
  // Number of explored states (StateIds are 0 .. state_count() - 1, breadth-first).
  explore::StateId state_count() const;
  // Markers of a history exploration (history_exploration below): a token arrived for `node` in
  // the run to `state`; how often `document` was produced in it (up to 3).
  bool reached(explore::StateId state, model::Index node) const;
  std::uint32_t produced(explore::StateId state, model::Index document) const;

  // Why a verdict built on this exploration cannot claim `pass`: `unusable`, the limit, the
  // saturation, the widening or the shortage of instances; empty when the exploration is exact
  // and complete.
  i18n::Text incomplete_reason() const;
};

ExploredModel explore_model(const check::CheckContext& context, const ExploreRequest& request);

// Reasons shared by the analyses, in both languages: "internal error: " + problem, the state
// and time limits, a place where tokens gather without bound, no case data at all.
i18n::Text internal_error(const i18n::Text& problem);
i18n::Text state_limit_reason(std::uint64_t max_states);
i18n::Text time_limit_reason(double seconds);
i18n::Text saturation_reason(const semantics::Net& net, semantics::PlaceIndex place);
i18n::Text widening_reason(const semantics::Net& net, semantics::PlaceIndex place);
i18n::Text no_case_data();
i18n::Text instance_shortage_reason(const model::Model& model, model::Index process,
                                    std::uint32_t max_instances);

// The exploration stored in the context's cache under `key` (computed on first use).
const ExploredModel& shared_exploration(const check::CheckContext& context, const std::string& key,
                                        const ExploreRequest& request);

// Attaches the run to `state` (then `last`, an enabled step, when given) to the last finding of
// `findings`, concretised and replayed. Returns it for the caller to complete, or null when no
// concrete run was found (the check is then made inconclusive, naming the internal error).
check::Counterexample* attach_run(const check::CheckContext& context, const ExploredModel& explored,
                                  explore::StateId state, check::Findings& findings,
                                  std::optional<semantics::TransitionIndex> last = std::nullopt);

// The exploration the reform checks on documents and dependencies share (dept-cycle,
// document-flow): `produced` markers for documents, and a `reached` marker for every node that
// produces or needs a document or sends or receives a message. Explored without reduction.
const ExploredModel& history_exploration(const check::CheckContext& context);

}  // namespace seamless::analysis
