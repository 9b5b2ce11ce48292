// The findings of the time-limit check: a complete run over the limit (its critical path), or
// a loop through which a run's time grows without bound.
#pragma once

#include <optional>

#include "seamless/analysis/explored_model.hpp"
#include "timed_runs.hpp"

namespace seamless::plugins::time_limit {

struct Judged {
  const check::CheckContext& context;
  const analysis::ExploredModel& explored;
  model::Index process;
  const std::vector<std::int64_t>& weights;  // seconds per Net transition, for `process`
  // The longest complete run with every process's steps counted (the applicant's too), when
  // known; shown beside the process's own figure when it differs.
  std::optional<std::int64_t> all_steps;
};

// Adds the finding with its counterexample (replayed); on a run that does not replay, makes the
// check inconclusive instead (an internal error).
void report_over_limit(const Judged& judged, const TimedRun& run, check::Findings& findings);
void report_unbounded(const Judged& judged, const TimedRun& run, check::Findings& findings);

// "'政府 Government' (Process_government)"; in Chinese "“政府 Government”（Process_government）".
std::string process_label(const model::Process& process);
std::string process_label_zh(const model::Process& process);

}  // namespace seamless::plugins::time_limit
