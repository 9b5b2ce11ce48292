// The English texts of the audit reports (report_texts.hpp).
#include "seamless/report/report_texts.hpp"

namespace seamless::report {

std::string_view ReportTexts::status(check::Status s) const {
  switch (s) {
    case check::Status::pass:
      return status_pass;
    case check::Status::fail:
      return status_fail;
    case check::Status::inconclusive:
      return status_inconclusive;
  }
  return status_fail;
}

std::string_view ReportTexts::severity(check::Severity s) const {
  switch (s) {
    case check::Severity::error:
      return severity_error;
    case check::Severity::warning:
      return severity_warning;
    case check::Severity::note:
      return severity_note;
  }
  return severity_error;
}

const ReportTexts& english_report_texts() {
  static const ReportTexts texts{
      .language = "en",
      .title = "seamless audit report",
      .generated_by = "Written by {}.",
      .summary = "Summary",
      .model = "Model",
      .models_word = "models",
      .analysed_word = "analysed",
      .errors_word = "errors",
      .warnings_word = "warnings",
      .notes_word = "notes",
      .inconclusive_word = "inconclusive",
      .input_errors_word = "input errors",
      .not_analysed = "not analysed (see the problems with the input)",
      .no_findings = "Every check passed on every model.",
      .input_problems = "Problems with the input",
      .inconclusive_checks = "Inconclusive checks",
      .finding = "Finding {}",
      .location = "Location",
      .element = "Element",
      .rule = "Rule",
      .diagram = "Diagram",
      .diagram_generated =
          "The model has no diagram of its own (BPMN DI); this layout was generated.",
      .not_in_diagram = "Not drawn in the diagram: {}",
      .legend_path = "on the run",
      .legend_seam = "seam",
      .legend_subject = "the finding's element",
      .legend_sequence_flow = "sequence flow",
      .legend_message_flow = "message flow",
      .legend_step = "step number",
      .run = "Run",
      .step_number = "#",
      .step_element = "Element",
      .step_name = "Name",
      .step_department = "Department",
      .step_note = "Note",
      .case_data = "Case data",
      .variable = "Variable",
      .type = "Type",
      .value = "Value",
      .departments = "Departments involved",
      .department_name = "Department",
      .department_id = "Id",
      .seam = "Seam",
      .left = "Left at the end",
      .notes = "Notes",
      .figures = "Figures",
      .figure_name = "Figure",
      .figure_value = "Value",
      .no_counterexample = "This finding has no counterexample run.",
      .baselined = "in the baseline",
      .diagram_in_html = "The diagram with the run highlighted is in the HTML report (--html).",
      .path_elements = "Elements on the run",
      .status_pass = "pass",
      .status_fail = "fail",
      .status_inconclusive = "inconclusive",
      .severity_error = "error",
      .severity_warning = "warning",
      .severity_note = "note",
      .wrote = "seamless: wrote {}",
  };
  return texts;
}

std::string fill(std::string_view pattern, std::string_view value) {
  const auto at = pattern.find("{}");
  if (at == std::string_view::npos) return std::string(pattern);
  std::string out(pattern.substr(0, at));
  out += value;
  out += pattern.substr(at + 2);
  return out;
}

}  // namespace seamless::report
