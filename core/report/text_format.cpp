// The `text` output format: diagnostics, then findings as `file:line:col: severity: message
// [check]` (each with its counterexample drawn below it), then inconclusive checks and, per model,
// the assumptions its verdicts rely on (`FILE: note: assumption: ... [CHECK,...]`), then one
// summary line. Findings the baseline records are left out and counted in the summary. In
// Chinese the messages, labels and the summary are Chinese; the severity and `[check]` stay as
// they are, so editors and CI parsers still match the lines.
#include <ostream>

#include "seamless/report/builtin_formats.hpp"
#include "seamless/report/counterexample_format.hpp"

namespace seamless::report {
namespace {

std::string plural(std::size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string summary_line(const RunTotals& t, bool baseline, i18n::Language language) {
  if (language == i18n::Language::zh) {
    std::string line = "seamless: 共 " + std::to_string(t.models) + " 个模型（已分析 " +
                       std::to_string(t.analysed) + " 个），" + std::to_string(t.errors) +
                       " 个错误，" + std::to_string(t.warnings) + " 个警告，" +
                       std::to_string(t.checks_inconclusive) + " 项检查无结论";
    if (baseline || t.baselined > 0) line += "，" + std::to_string(t.baselined) + " 个已列入基线";
    if (t.input_errors > 0) line += "，" + std::to_string(t.input_errors) + " 个输入错误";
    return line;
  }
  std::string line = "seamless: " + plural(t.models, "model") + " (" + std::to_string(t.analysed) +
                     " analysed), " + plural(t.errors, "error") + ", " +
                     plural(t.warnings, "warning") + ", " + std::to_string(t.checks_inconclusive) +
                     " inconclusive";
  if (baseline || t.baselined > 0) line += ", " + std::to_string(t.baselined) + " baselined";
  if (t.input_errors > 0) line += ", " + plural(t.input_errors, "input error");
  return line;
}

class TextFormat final : public OutputFormat {
 public:
  std::string_view name() const override { return "text"; }
  std::string_view summary() const override {
    return "gcc-style lines: file:line:col: severity: message [check]";
  }
  std::string_view summary_zh() const override {
    return "gcc 风格的行：file:line:col: severity: 消息 [检查]";
  }

  void write(const RunResult& result, std::ostream& out) const override {
    const i18n::Language language = result.language;
    for (const diag::Diagnostic& d : result.diagnostics) out << diag::format(d, language) << '\n';
    for (const ModelResult& model : result.models) {
      for (const check::CheckResult& check : model.checks) {
        for (const check::Finding& f : check.findings) {
          if (f.baselined) continue;
          diag::Diagnostic line{
              f.severity, model.file, f.location.line, f.location.column,
              i18n::pick(language, f.message, f.message_zh) + " [" + f.check + "]"};
          out << diag::format(line) << '\n';
          if (f.counterexample) write_counterexample_text(*f.counterexample, out, language);
        }
        if (check.status == check::Status::inconclusive)
          out << model.file << ": note: " << i18n::Text{"inconclusive: ", "无结论："}.in(language)
              << i18n::pick(language, check.reason, check.reason_zh) << " [" << check.name << "]\n";
      }
      for (const ModelAssumption& a : assumptions_of(model))
        out << assumption_line(model.file, a, language) << '\n';
    }
    out << summary_line(totals(result), result.baseline, language) << '\n';
  }
};

}  // namespace

std::unique_ptr<OutputFormat> make_text_format() {
  return std::make_unique<TextFormat>();
}

}  // namespace seamless::report
