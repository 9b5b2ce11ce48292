// Baseline options of `seamless check` (see check_baseline.hpp).
#include "check_baseline.hpp"

#include <fstream>
#include <iostream>

#include "language.hpp"

namespace seamless::cli {

BaselineChoice read_baseline_option(const std::string& path, i18n::Language language) {
  BaselineChoice choice;
  if (path.empty()) return choice;
  diag::Diagnostics problems;
  choice.baseline = report::Baseline::read(path, problems);
  if (!choice.baseline) {
    choice.ok = false;
    for (const diag::Diagnostic& d : problems.all()) std::cerr << diag::format(d, language) << '\n';
  }
  return choice;
}

bool apply_baseline_options(std::optional<report::Baseline> baseline, const std::string& write_path,
                            report::RunResult& result, i18n::Language language) {
  bool ok = true;
  if (!write_path.empty()) {
    bool input_errors = false;
    for (const diag::Diagnostic& d : result.diagnostics)
      input_errors |= d.severity == diag::Severity::error;
    if (input_errors) {
      // A model that did not load has no findings: recording now would drop its entries.
      print_error(language,
                  {"the baseline " + write_path + " was not written: the input has errors",
                   "未写入基线文件 " + write_path + "：输入有错误"});
      ok = false;
    } else {
      report::Baseline recorded = report::Baseline::record(result, write_path);
      std::ofstream out(write_path, std::ios::binary);
      if (out) recorded.write(out);
      out.close();
      if (out) {
        baseline = std::move(recorded);
      } else {
        print_error(language,
                    {"cannot write the baseline " + write_path, "无法写入基线文件 " + write_path});
        ok = false;
      }
    }
  }
  if (baseline) baseline->apply(result);
  return ok;
}

}  // namespace seamless::cli
