// What the HTML and Markdown reports both show, computed once: the checks as summary columns,
// findings numbered through the report, totals, departments by name and id.
#pragma once

#include <string>
#include <vector>

#include "seamless/report/audit_report.hpp"

namespace seamless::report::audit {

// Check names in the order they first appear (the registry's order for every model).
std::vector<std::string> check_columns(const RunResult& run);
const check::CheckResult* find_check(const ModelResult& model, const std::string& name);

// Whether the model has anything to show beyond its summary row (findings, inconclusive checks,
// assumptions).
bool has_details(const ModelResult& model);

struct DepartmentName {
  std::string name;  // display name; empty when the model does not know the id
  std::string id;
};
DepartmentName department_name(const model::Model* model, const std::string& id);
// "市场监管局 Market Supervision Bureau (market-supervision)", the id alone without a name; in
// Chinese with full-width parentheses.
std::string department_text(const model::Model* model, const std::string& id,
                            i18n::Language language);

// A text in the report's language: the Chinese one when the run is Chinese and has it.
inline const std::string& in_language(const RunResult& run, const std::string& en,
                                      const std::string& zh) {
  return i18n::pick(run.language, en, zh);
}

// The name of the element with that id ("" when it has none or is unknown).
std::string element_name(const model::Model* model, const std::string& id);

// Number of the first finding of every model (1-based, through the report) and in total.
std::vector<std::size_t> first_finding_numbers(const RunResult& run);

}  // namespace seamless::report::audit
