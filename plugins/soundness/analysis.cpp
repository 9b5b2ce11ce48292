// The shared soundness analysis: Net, data cells, one exploration, four verdicts.
#include "analysis.hpp"

#include <chrono>

#include "findings.hpp"
#include "seamless/analysis/explored_model.hpp"

namespace seamless::plugins::soundness {

using analysis::RunContext;

namespace {

void all_inconclusive(SoundnessAnalysis& a, const i18n::Text& reason) {
  for (Verdict* v : {&a.safeness, &a.option_to_complete, &a.proper_completion, &a.dead_activity}) {
    v->inconclusive = true;
    v->reason = reason;
  }
}

}  // namespace

SoundnessAnalysis analyse_soundness(const check::CheckContext& context) {
  SoundnessAnalysis analysis;
  const analysis::ExploredModel& m =
      analysis::shared_exploration(context, "exploration:plain", analysis::ExploreRequest{});
  analysis.assumptions = m.net->assumptions;
  if (!m.unusable.empty()) {
    all_inconclusive(analysis, m.unusable);
    return analysis;
  }
  const RunContext run = m.run_context(context);
  Explored explored{run, *m.exploration, m.complete, m.limit, m.saturation, m.widening, m.shortage};
  safeness_findings(explored, analysis.safeness);
  proper_completion_findings(explored, analysis.proper_completion);
  option_to_complete_findings(explored, analysis.option_to_complete);
  dead_activity_findings(explored, analysis.dead_activity);
  analysis.stats = m.stats;
  analysis.stats["analysis-ms"] =  // since the model's analysis began, findings included
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - context.started)
          .count();
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
