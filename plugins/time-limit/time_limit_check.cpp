// The `time-limit` check: per process with a reform:timeLimit, the longest complete run (timed
// along its critical path, over the unreduced state space shared through the context's cache)
// against the limit; a loop that adds time each round fails it too.
#include "time_limit_check.hpp"

#include <algorithm>

#include "durations.hpp"
#include "findings.hpp"
#include "longest_run.hpp"
#include "seamless/analysis/assumptions.hpp"
#include "state_graph.hpp"

namespace seamless::plugins::time_limit {

namespace {

Deadline deadline_of(const check::CheckContext& context) {
  if (context.engine == nullptr || context.engine->timeout_seconds <= 0) return std::nullopt;
  return context.started + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                               std::chrono::duration<double>(context.engine->timeout_seconds));
}

std::uint64_t token_budget(const check::CheckContext& context) {
  const std::uint64_t states =
      context.engine ? context.engine->max_states : check::EngineSettings{}.max_states;
  return std::min<std::uint64_t>(states * 8, 20'000'000);
}

class TimeLimitCheck final : public check::Check {
 public:
  std::string_view name() const override { return "time-limit"; }
  std::string_view summary() const override {
    return "every complete run ends within the process's reform:timeLimit (critical path)";
  }
  std::string_view summary_zh() const override {
    return "每次完整运行都在流程的办理时限 reform:timeLimit 内结束（按关键路径）";
  }
  bool uses_case_data() const override { return true; }

  void run(const check::CheckContext& context, check::Findings& findings) const override {
    std::vector<model::Index> limited;
    for (model::Index p = 0; p < context.model.processes.size(); ++p)
      if (context.model.processes[p].time_limit) limited.push_back(p);
    if (limited.empty()) return;  // no promised time: nothing to check

    analysis::ExploreRequest request;
    request.completion = false;
    request.reduction = false;  // every interleaving: a reduced space may miss the longest run
    const analysis::ExploredModel& explored =
        analysis::shared_exploration(context, "exploration:time-limit", request);
    for (const auto& [name, value] : explored.stats) findings.statistic(name, value);
    analysis::note_assumptions(*explored.net, findings);
    if (!explored.unusable.empty()) {
      findings.inconclusive(explored.unusable);
      return;
    }
    const Deadline deadline = deadline_of(context);
    const StateGraph graph = build_state_graph(explored, deadline);
    if (!graph.problem.empty()) {
      findings.inconclusive(graph.problem);
      return;
    }
    const TokenGraph tokens(*explored.net, graph);
    findings.statistic("tokens", double(tokens.node_count()));
    for (model::Index p : limited)
      if (!judge(context, explored, tokens, p, deadline, findings)) return;
    if (findings.items().empty() && !explored.incomplete_reason().empty())
      findings.inconclusive(explored.incomplete_reason());
  }

 private:
  // False when the analysis had to stop (the check is then inconclusive).
  static bool judge(const check::CheckContext& context, const analysis::ExploredModel& explored,
                    const TokenGraph& tokens, model::Index process, const Deadline& deadline,
                    check::Findings& findings) {
    const semantics::Net& net = *explored.net;
    const model::Process& limited = context.model.processes[process];
    const std::vector<std::int64_t> weights = step_weights(net, process);
    const Longest longest = longest_after(tokens, weights, deadline, token_budget(context));
    if (!longest.problem.empty()) {
      if (findings.items().empty()) findings.inconclusive(longest.problem);
      return false;
    }
    Judged judged{context, explored, process, weights, std::nullopt};
    if (longest.unbounded) {
      report_unbounded(judged, loop_run(*explored.exploration, tokens, weights, longest), findings);
      return true;
    }
    const TimedRun run = longest_run(net, *explored.exploration, tokens, weights, longest);
    findings.statistic("longest-seconds:" + limited.id, double(run.seconds));
    // The same measure with every process's steps counted (the applicant's too).
    const std::vector<std::int64_t> all = step_weights(net, model::no_index);
    if (all != weights) {
      const Longest with_all = longest_after(tokens, all, deadline, token_budget(context));
      if (with_all.problem.empty() && !with_all.unbounded)
        judged.all_steps = longest_run(net, *explored.exploration, tokens, all, with_all).seconds;
    } else {
      judged.all_steps = run.seconds;
    }
    if (judged.all_steps)
      findings.statistic("longest-all-steps-seconds:" + limited.id, double(*judged.all_steps));
    if (run.seconds > limited.time_limit->seconds) report_over_limit(judged, run, findings);
    return true;
  }
};

}  // namespace

std::unique_ptr<check::Check> make_time_limit_check() {
  return std::make_unique<TimeLimitCheck>();
}

}  // namespace seamless::plugins::time_limit
