// `seamless report PATH... --html FILE --markdown FILE`: the analysis of `seamless check`
// (the same options and exit codes) written as audit reports; input problems are also printed
// on standard error; the totals and the files written on standard output.
#include <fstream>
#include <iostream>

#include "commands.hpp"
#include "configured_host.hpp"
#include "language.hpp"
#include "seamless/report/audit_report.hpp"

namespace seamless::cli {
namespace {

bool write_report_file(const std::string& path, const report::AuditReport& audit, bool html) {
  const i18n::Text cannot_write{"cannot write " + path, "无法写入 " + path};
  std::ofstream out(path, std::ios::binary);
  if (!out) {
    print_error(audit.run.language, cannot_write);
    return false;
  }
  if (html)
    report::write_html_report(audit, out);
  else
    report::write_markdown_report(audit, out);
  out.flush();
  if (!out) {
    print_error(audit.run.language, cannot_write);
    return false;
  }
  return true;
}

}  // namespace

int run_report(const ReportOptions& options) {
  if (options.html.empty() && options.markdown.empty()) {
    print_error(options.analysis.lang, {"report: give --html FILE, --markdown FILE or both",
                                        "report：请给出 --html FILE、--markdown FILE 或两者"});
    return exit_input_error;
  }
  diag::Diagnostics setup;
  plugin::Host host;
  Configuration configuration;
  if (!set_up_plugins_and_configuration(options.analysis.config, options.analysis.plugins, host,
                                        configuration, setup, options.analysis.lang))
    return exit_input_error;
  std::optional<AnalysisRun> analysis =
      analyse(options.analysis, host, configuration, std::move(setup), true);
  if (!analysis) return exit_input_error;
  for (const diag::Diagnostic& d : analysis->result.diagnostics)
    std::cerr << diag::format(d, options.analysis.lang) << '\n';

  report::AuditReport audit{analysis->result, {}};
  for (const auto& model : analysis->models) audit.models.push_back(model.get());
  bool written = true;
  if (!options.html.empty()) written = write_report_file(options.html, audit, true) && written;
  if (!options.markdown.empty())
    written = write_report_file(options.markdown, audit, false) && written;
  if (!options.analysis.annotate.empty())
    written = write_annotated_models(*analysis, options.analysis.annotate) && written;
  if (!written) return exit_input_error;

  const report::ReportTexts& texts = audit.texts();
  std::cout << "seamless: " << report::totals_line(analysis->result, texts) << '\n';
  for (const std::string* file : {&options.html, &options.markdown})
    if (!file->empty()) std::cout << report::fill(texts.wrote, *file) << '\n';
  const report::RunTotals totals = report::totals(analysis->result);
  return exit_code(totals, options.analysis.fail_on, analysis->input_errors);
}

}  // namespace seamless::cli
