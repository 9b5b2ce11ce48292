// One exploration of a model's Net answering all four soundness checks; the checks share it
// through the context's AnalysisCache, so a model is explored once however many run.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "seamless/check/check.hpp"
#include "seamless/semantics/net.hpp"

namespace seamless::plugins::soundness {

struct Verdict {
  bool inconclusive = false;
  i18n::Text reason;
  std::vector<check::Finding> findings;
};

struct SoundnessAnalysis {
  Verdict safeness, option_to_complete, proper_completion, dead_activity;
  std::map<std::string, double> stats;
  // The Net's assumptions (conditions read as labels), which all four verdicts rely on.
  std::vector<semantics::Assumption> assumptions;
};

const SoundnessAnalysis& soundness_analysis(const check::CheckContext& context);

// Computes it without a cache (tests).
SoundnessAnalysis analyse_soundness(const check::CheckContext& context);

}  // namespace seamless::plugins::soundness
