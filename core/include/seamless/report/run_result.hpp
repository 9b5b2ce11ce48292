// The outcome of an analysing run (`seamless check`): per model, each check's verdict and
// findings, plus the diagnostics about the input. Output formats render this.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "seamless/check/check.hpp"
#include "seamless/diag/diagnostics.hpp"
#include "seamless/i18n/text.hpp"

namespace seamless::report {

struct ModelResult {
  std::string file;
  bool analysed = false;  // false when loading failed or the model has errors
  std::vector<check::CheckResult> checks;
};

// A check that ran, as the formats describe it (SARIF rules).
struct CheckInfo {
  std::string name;
  std::string summary;
  std::string plugin;        // the plugin that registered it
  std::string summary_zh{};  // the summary in Chinese; empty: shown in English
  // The severity the configuration's [checks] gives it (every finding of the check gets it
  // unless an [[override]] says otherwise); none: not configured, or off.
  std::optional<diag::Severity> level{};
};

struct RunResult {
  std::string tool_version;
  std::vector<ModelResult> models;            // in file order
  std::vector<diag::Diagnostic> diagnostics;  // sorted
  // The language of the messages, headings and summaries the formats write (`--lang`).
  i18n::Language language = i18n::Language::en;
  std::vector<CheckInfo> checks;  // the checks that ran, sorted by name
  // The lowest finding severity that fails the run (--fail-on); none: nothing fails.
  std::optional<diag::Severity> fail_on = diag::Severity::error;
  bool baseline = false;  // a baseline was applied: findings say whether it records them
};

// Totals for summaries and exit codes.
struct RunTotals {
  std::size_t models = 0, analysed = 0;
  std::size_t errors = 0, warnings = 0, notes = 0;  // findings by severity, not baselined
  std::size_t baselined = 0;                        // findings the baseline records
  std::size_t checks_failed = 0, checks_inconclusive = 0;
  std::size_t input_errors = 0;  // error diagnostics
};
RunTotals totals(const RunResult& result);

// Whether a finding fails the run: not baselined, and at or above fail_on.
bool fails_run(const check::Finding& finding, const RunResult& result);

// An assumption the verdicts of some checks on a model rely on (CheckResult::assumptions).
struct ModelAssumption {
  std::string text, text_zh;        // text_zh empty: shown in English
  std::vector<std::string> checks;  // the checks that rely on it, in the model's check order
};
// The model's assumptions, each once, in the order its checks (then each check's assumptions)
// come.
std::vector<ModelAssumption> assumptions_of(const ModelResult& model);
// The note the text format and JUnit write for an assumption, one line without its newline:
// `FILE: note: assumption: TEXT [CHECK,CHECK]` (`假设：` in Chinese).
std::string assumption_line(const std::string& file, const ModelAssumption& assumption,
                            i18n::Language language);

}  // namespace seamless::report
