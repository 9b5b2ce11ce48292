// Totals over a run, for summaries and exit codes; a model's assumptions, for every format.
#include <algorithm>

#include "seamless/report/run_result.hpp"

namespace seamless::report {

RunTotals totals(const RunResult& result) {
  RunTotals t;
  t.models = result.models.size();
  for (const ModelResult& m : result.models) {
    if (m.analysed) ++t.analysed;
    for (const check::CheckResult& c : m.checks) {
      if (c.status == check::Status::fail) ++t.checks_failed;
      if (c.status == check::Status::inconclusive) ++t.checks_inconclusive;
      for (const check::Finding& f : c.findings) {
        if (f.baselined)
          ++t.baselined;
        else if (f.severity == diag::Severity::error)
          ++t.errors;
        else if (f.severity == diag::Severity::warning)
          ++t.warnings;
        else
          ++t.notes;
      }
    }
  }
  for (const diag::Diagnostic& d : result.diagnostics)
    if (d.severity == diag::Severity::error) ++t.input_errors;
  return t;
}

bool fails_run(const check::Finding& finding, const RunResult& result) {
  return !finding.baselined && result.fail_on && finding.severity >= *result.fail_on;
}

std::vector<ModelAssumption> assumptions_of(const ModelResult& model) {
  std::vector<ModelAssumption> out;
  for (const check::CheckResult& c : model.checks)
    for (std::size_t i = 0; i < c.assumptions.size(); ++i) {
      auto it = std::find_if(out.begin(), out.end(),
                             [&](const ModelAssumption& a) { return a.text == c.assumptions[i]; });
      if (it == out.end())
        it = out.insert(
            out.end(),
            {c.assumptions[i], i < c.assumptions_zh.size() ? c.assumptions_zh[i] : "", {}});
      if (std::find(it->checks.begin(), it->checks.end(), c.name) == it->checks.end())
        it->checks.push_back(c.name);
    }
  return out;
}

std::string assumption_line(const std::string& file, const ModelAssumption& assumption,
                            i18n::Language language) {
  std::string checks;
  for (const std::string& c : assumption.checks) checks += (checks.empty() ? "" : ",") + c;
  return file + ": note: " + i18n::Text{"assumption: ", "假设："}.in(language) +
         i18n::pick(language, assumption.text, assumption.text_zh) + " [" + checks + "]";
}

}  // namespace seamless::report
