// Audit reports (spec/cli.md, "Reports for auditors"): the analysis of a run written for people,
// as one self-contained HTML file (summary table, then per finding its diagram with the run and
// the seam marked, the steps, the case data, the departments) or as Markdown with the same
// content in text. Both are deterministic: the same run gives the same bytes.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "seamless/model/model.hpp"
#include "seamless/report/report_texts.hpp"
#include "seamless/report/run_result.hpp"

namespace seamless::report {

struct AuditReport {
  const RunResult& run;
  // The loaded model of each run.models entry (same order); null when it could not be loaded.
  std::vector<const model::Model*> models;

  // The report's fixed texts, in the run's language (`--lang`); the findings' own messages are
  // chosen in the same language.
  const ReportTexts& texts() const { return report_texts(run.language); }
};

// "models: 10 · analysed: 10 · errors: 17 · warnings: 12 · notes: 0 · inconclusive: 0".
std::string totals_line(const RunResult& run, const ReportTexts& texts);

void write_html_report(const AuditReport& report, std::ostream& out);
void write_markdown_report(const AuditReport& report, std::ostream& out);

}  // namespace seamless::report
