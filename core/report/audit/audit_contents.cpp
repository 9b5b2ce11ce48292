// Contents shared by the HTML and Markdown reports (audit_contents.hpp).
#include "audit_contents.hpp"

#include <algorithm>

namespace seamless::report::audit {

std::vector<std::string> check_columns(const RunResult& run) {
  std::vector<std::string> names;
  for (const ModelResult& m : run.models)
    for (const check::CheckResult& c : m.checks)
      if (std::find(names.begin(), names.end(), c.name) == names.end()) names.push_back(c.name);
  return names;
}

const check::CheckResult* find_check(const ModelResult& model, const std::string& name) {
  for (const check::CheckResult& c : model.checks)
    if (c.name == name) return &c;
  return nullptr;
}

bool has_details(const ModelResult& model) {
  return std::any_of(model.checks.begin(), model.checks.end(), [](const check::CheckResult& c) {
    return !c.findings.empty() || c.status == check::Status::inconclusive || !c.assumptions.empty();
  });
}

DepartmentName department_name(const model::Model* model, const std::string& id) {
  if (model != nullptr)
    for (const model::Department& d : model->departments)
      if (d.id == id) return {d.name == d.id ? "" : d.name, d.id};
  return {"", id};
}

std::string department_text(const model::Model* model, const std::string& id,
                            i18n::Language language) {
  if (id.empty()) return "";
  const DepartmentName d = department_name(model, id);
  if (d.name.empty()) return d.id;
  return language == i18n::Language::zh ? d.name + "\xEF\xBC\x88" + d.id + "\xEF\xBC\x89"
                                        : d.name + " (" + d.id + ")";
}

std::string element_name(const model::Model* model, const std::string& id) {
  if (model == nullptr) return "";
  const auto it = model->ids.find(id);
  if (it == model->ids.end()) return "";
  const model::Index i = it->second.index;
  switch (it->second.category) {
    case model::ElementCategory::node:
      return i < model->nodes.size() ? model->nodes[i].name : "";
    case model::ElementCategory::sequence_flow:
      return i < model->flows.size() ? model->flows[i].name : "";
    case model::ElementCategory::message_flow:
      return i < model->message_flows.size() ? model->message_flows[i].name : "";
    case model::ElementCategory::lane:
      return i < model->lanes.size() ? model->lanes[i].name : "";
    case model::ElementCategory::participant:
      return i < model->participants.size() ? model->participants[i].name : "";
    case model::ElementCategory::process:
      return i < model->processes.size() ? model->processes[i].name : "";
    case model::ElementCategory::document:
      return i < model->documents.size() ? model->documents[i].name : "";
    case model::ElementCategory::document_reference:
      return i < model->document_references.size() ? model->document_references[i].name : "";
    default:
      return "";
  }
}

std::vector<std::size_t> first_finding_numbers(const RunResult& run) {
  std::vector<std::size_t> first;
  std::size_t next = 1;
  for (const ModelResult& m : run.models) {
    first.push_back(next);
    for (const check::CheckResult& c : m.checks) next += c.findings.size();
  }
  first.push_back(next);
  return first;
}

}  // namespace seamless::report::audit

namespace seamless::report {

std::string totals_line(const RunResult& run, const ReportTexts& t) {
  const RunTotals totals = report::totals(run);
  auto item = [&](std::string_view word, std::size_t n) {
    return std::string(word) + std::string(t.colon) + std::to_string(n);
  };
  std::string line =
      item(t.models_word, totals.models) + " \xC2\xB7 " + item(t.analysed_word, totals.analysed) +
      " \xC2\xB7 " + item(t.errors_word, totals.errors) + " \xC2\xB7 " +
      item(t.warnings_word, totals.warnings) + " \xC2\xB7 " + item(t.notes_word, totals.notes) +
      " \xC2\xB7 " + item(t.inconclusive_word, totals.checks_inconclusive);
  if (totals.input_errors > 0)
    line += " \xC2\xB7 " + item(t.input_errors_word, totals.input_errors);
  return line;
}

}  // namespace seamless::report
