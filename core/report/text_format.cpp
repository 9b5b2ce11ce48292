// The `text` output format: diagnostics, then findings as `file:line:col: severity: message
// [check]` (each with its counterexample drawn below it), then inconclusive checks, then one
// summary line. Findings the baseline records are left out and counted in the summary.
#include <ostream>

#include "seamless/report/builtin_formats.hpp"
#include "seamless/report/counterexample_format.hpp"

namespace seamless::report {
namespace {

std::string plural(std::size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

class TextFormat final : public OutputFormat {
 public:
  std::string_view name() const override { return "text"; }
  std::string_view summary() const override {
    return "gcc-style lines: file:line:col: severity: message [check]";
  }

  void write(const RunResult& result, std::ostream& out) const override {
    for (const diag::Diagnostic& d : result.diagnostics) out << diag::format(d) << '\n';
    for (const ModelResult& model : result.models) {
      for (const check::CheckResult& check : model.checks) {
        for (const check::Finding& f : check.findings) {
          if (f.baselined) continue;
          diag::Diagnostic line{f.severity, model.file, f.location.line, f.location.column,
                                f.message + " [" + f.check + "]"};
          out << diag::format(line) << '\n';
          if (f.counterexample) write_counterexample_text(*f.counterexample, out);
        }
        if (check.status == check::Status::inconclusive)
          out << model.file << ": note: inconclusive: " << check.reason << " [" << check.name
              << "]\n";
      }
    }
    const RunTotals t = totals(result);
    out << "seamless: " << plural(t.models, "model") << " (" << t.analysed << " analysed), "
        << plural(t.errors, "error") << ", " << plural(t.warnings, "warning") << ", "
        << t.checks_inconclusive << " inconclusive";
    if (result.baseline || t.baselined > 0) out << ", " << t.baselined << " baselined";
    if (t.input_errors > 0) out << ", " << plural(t.input_errors, "input error");
    out << '\n';
  }
};

}  // namespace

std::unique_ptr<OutputFormat> make_text_format() {
  return std::make_unique<TextFormat>();
}

}  // namespace seamless::report
