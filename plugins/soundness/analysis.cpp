// The shared soundness analysis: Net, data cells, one exploration, four verdicts.
#include "analysis.hpp"

#include "seamless/analysis/data_setup.hpp"
#include "findings.hpp"
#include "seamless/semantics/build.hpp"

namespace seamless::plugins::soundness {

using analysis::ConcreteRun;
using analysis::DataSetup;
using analysis::RunContext;
using analysis::describe_marking;
using analysis::describe_place;
using analysis::make_counterexample;
using analysis::place_element;
using analysis::place_location;
using analysis::set_up_data;

namespace {

void all_inconclusive(SoundnessAnalysis& a, const std::string& reason) {
  for (Verdict* v : {&a.safeness, &a.option_to_complete, &a.proper_completion, &a.dead_activity}) {
    v->inconclusive = true;
    v->reason = reason;
  }
}

std::string untranslatable_reason(const semantics::Net& net) {
  const semantics::Untranslatable& u = net.untranslatable.front();
  std::string reason = u.reason;
  if (u.location.line) reason += " (line " + std::to_string(u.location.line) + ")";
  if (net.untranslatable.size() > 1)
    reason += ", and " + std::to_string(net.untranslatable.size() - 1) + " more";
  return reason;
}

}  // namespace

SoundnessAnalysis analyse_soundness(const check::CheckContext& context) {
  SoundnessAnalysis analysis;
  const check::EngineSettings defaults;
  const check::EngineSettings& engine = context.engine ? *context.engine : defaults;
  const auto started = std::chrono::steady_clock::now();

  const semantics::Net net =
      semantics::build_net(context.model, context.guards, {engine.abstract_guards});
  if (!net.untranslatable.empty()) {
    all_inconclusive(analysis, untranslatable_reason(net));
    return analysis;
  }
  const unsigned timeout_ms =
      engine.timeout_seconds > 0 ? unsigned(engine.timeout_seconds * 1000) : 10'000;
  const DataSetup data = set_up_data(net, context.guards, context.solver, timeout_ms);
  if (!data.ok) {
    all_inconclusive(analysis, data.reason);
    return analysis;
  }
  if (data.cells.cell_count() == 0) {
    all_inconclusive(analysis, "no case data satisfies the variable declarations");
    return analysis;
  }

  explore::Exploration exploration(net, data.cells);
  explore::ExploreOptions options;
  options.max_states = engine.max_states;
  options.reduction = engine.reduction;
  if (engine.timeout_seconds > 0)
    options.deadline =
        context.started + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                              std::chrono::duration<double>(engine.timeout_seconds));
  exploration.run(options);

  const RunContext run{net, data, context.guards, context.solver, timeout_ms};
  Explored explored{run, exploration, exploration.outcome() == explore::Outcome::complete, "", ""};
  if (exploration.outcome() == explore::Outcome::state_limit)
    explored.limit = "the state limit of " + std::to_string(engine.max_states) +
                     " states was reached (--max-states)";
  if (exploration.outcome() == explore::Outcome::time_limit)
    explored.limit = "the time limit of " + std::to_string(engine.timeout_seconds) +
                     " s was reached (--timeout)";
  if (!exploration.saturated().empty())
    explored.saturation = "more than 3 tokens gather on " +
                          describe_place(net, exploration.saturated().front()) +
                          ": the model may be unbounded";

  safeness_findings(explored, analysis.safeness);
  proper_completion_findings(explored, analysis.proper_completion);
  option_to_complete_findings(explored, analysis.option_to_complete);
  dead_activity_findings(explored, analysis.dead_activity);

  const explore::ExploreStats& s = exploration.stats();
  analysis.stats["states"] = double(s.states);
  analysis.stats["edges"] = double(s.edges);
  analysis.stats["cells"] = double(data.cells.cell_count());
  analysis.stats["exploration-ms"] = s.seconds * 1000;
  analysis.stats["bytes-per-state"] = s.states ? double(s.bytes) / double(s.states) : 0;
  analysis.stats["analysis-ms"] =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  return analysis;
}

const SoundnessAnalysis& soundness_analysis(const check::CheckContext& context) {
  if (context.cache == nullptr) {
    thread_local SoundnessAnalysis last;
    last = analyse_soundness(context);
    return last;
  }
  return context.cache->get<SoundnessAnalysis>(
      "soundness", std::function<SoundnessAnalysis()>([&] { return analyse_soundness(context); }));
}

}  // namespace seamless::plugins::soundness
