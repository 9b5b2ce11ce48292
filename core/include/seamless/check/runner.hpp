// Runs checks on a loaded model. A check that throws becomes a `check-error` finding; the other
// checks still run. Checks run in the order given (the registry's name order by default).
#pragma once

#include <vector>

#include "seamless/check/check.hpp"

namespace seamless::check {

std::vector<CheckResult> run_checks(const model::Model& model,
                                    const std::vector<const Check*>& checks,
                                    const Options& options);

// With everything the behavioural checks use: compiled guards, engine settings, the case solver.
// The checks share one AnalysisCache (made here when `context.cache` is null).
std::vector<CheckResult> run_checks(const CheckContext& context,
                                    const std::vector<const Check*>& checks);

// A check with its own options (from the configuration), replacing `context.options` for it.
struct PlannedCheck {
  const Check* check = nullptr;
  const Options* options = nullptr;  // null: context.options
};
std::vector<CheckResult> run_checks(const CheckContext& context,
                                    const std::vector<PlannedCheck>& checks);

}  // namespace seamless::check
