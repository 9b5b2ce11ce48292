// Running checks on one model, turning exceptions into check-error findings.
#include "seamless/check/runner.hpp"

#include <algorithm>
#include <exception>
#include <tuple>

namespace seamless::check {

std::vector<CheckResult> run_checks(const model::Model& model,
                                    const std::vector<const Check*>& checks,
                                    const Options& options) {
  return run_checks(CheckContext{model, options}, checks);
}

std::vector<CheckResult> run_checks(const CheckContext& context,
                                    const std::vector<const Check*>& checks) {
  std::vector<PlannedCheck> planned;
  planned.reserve(checks.size());
  for (const Check* check : checks) planned.push_back({check, nullptr});
  return run_checks(context, planned);
}

std::vector<CheckResult> run_checks(const CheckContext& given,
                                    const std::vector<PlannedCheck>& checks) {
  AnalysisCache own_cache;
  std::vector<CheckResult> results;
  results.reserve(checks.size());
  for (const PlannedCheck& planned : checks) {
    const Check* check = planned.check;
    const Options& options = planned.options ? *planned.options : given.options;
    AnalysisCache* cache = given.cache ? given.cache : &own_cache;
    // Every member listed: a member added to CheckContext and forgotten here is a warning.
    const CheckContext context{given.model,  options, given.guards,  given.engine,
                               given.solver, cache,   given.started, given.catalogue};
    CheckResult result;
    result.name = std::string(check->name());
    Findings findings(result.name);
    try {
      check->run(context, findings);
    } catch (const std::exception& e) {
      findings.add(Severity::error, "check-error", "", {},
                   {"check '" + result.name + "' failed: " + e.what(),
                    "检查“" + result.name + "”出错：" + e.what()});
    } catch (...) {
      findings.add(Severity::error, "check-error", "", {},
                   {"check '" + result.name + "' failed with an unknown exception",
                    "检查“" + result.name + "”出错：未知异常"});
    }
    result.findings = findings.items();
    std::stable_sort(
        result.findings.begin(), result.findings.end(), [](const Finding& a, const Finding& b) {
          return std::tie(a.location.line, a.location.column, a.rule, a.element, a.message) <
                 std::tie(b.location.line, b.location.column, b.rule, b.element, b.message);
        });
    if (!result.findings.empty()) {
      result.status = Status::fail;  // a check with any finding fails, whatever the severity
    } else if (findings.is_inconclusive()) {
      result.status = Status::inconclusive;
    }
    result.reason = findings.reason();
    result.reason_zh = findings.reason_zh();
    result.stats = findings.stats();
    result.assumptions = findings.assumptions();
    result.assumptions_zh = findings.assumptions_zh();
    results.push_back(std::move(result));
  }
  return results;
}

}  // namespace seamless::check
