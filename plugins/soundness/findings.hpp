// The findings of each soundness property, made from an exploration's results.
#pragma once

#include "analysis.hpp"
#include "seamless/analysis/counterexample.hpp"

namespace seamless::plugins::soundness {

using analysis::RunContext;

struct Explored {
  const RunContext& run;
  const explore::Exploration& exploration;
  bool complete;          // the whole state space was explored
  i18n::Text limit;       // why not
  i18n::Text saturation;  // non-empty when some count saturated
  // Non-empty when message channels were widened: what exploration().unsettled() names has no
  // verdict.
  i18n::Text widening;
  // Non-empty when runs with more instances than --max-instances are missing: the runs found
  // are real, but a deadlock may be a message waiting for an instance no copy could take.
  i18n::Text shortage;
};

void safeness_findings(const Explored& e, Verdict& verdict);
void proper_completion_findings(const Explored& e, Verdict& verdict);
void option_to_complete_findings(const Explored& e, Verdict& verdict);
void dead_activity_findings(const Explored& e, Verdict& verdict);

}  // namespace seamless::plugins::soundness
