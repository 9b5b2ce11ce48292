// Totals over a run, for summaries and exit codes.
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

}  // namespace seamless::report
