// `seamless check --baseline FILE` and `--write-baseline FILE`: reading the baseline before the
// analysis (a malformed one stops the run with exit 2), and after it recording the findings and
// marking the ones the baseline covers. Problems are printed in the command's language.
#pragma once

#include <optional>
#include <string>

#include "seamless/i18n/text.hpp"
#include "seamless/report/baseline.hpp"
#include "seamless/report/run_result.hpp"

namespace seamless::cli {

// The baseline named by --baseline (none when `path` is empty); `ok` is false, with the
// problem printed on stderr in `language`, when the file cannot be read or is not a baseline.
struct BaselineChoice {
  bool ok = true;
  std::optional<report::Baseline> baseline;
};
BaselineChoice read_baseline_option(const std::string& path, i18n::Language language);

// Writes the run's findings to `write_path` when it is not empty (they then make the baseline),
// and marks the findings the baseline covers. False, with the problem on stderr in `language`,
// when the file cannot be written or is not written because some input has errors (a model that
// did not load has no findings, so its entries would be lost); the given baseline, if any, still
// applies, and the caller still writes the output, then exits 2.
bool apply_baseline_options(std::optional<report::Baseline> baseline, const std::string& write_path,
                            report::RunResult& result, i18n::Language language);

}  // namespace seamless::cli
