// The fixed texts of the audit reports in English and Chinese (report_texts.hpp). The Chinese
// terms are those of i18n/text.hpp (断点 for seam, 无结论 for inconclusive, ...).
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

std::string_view ReportTexts::type_name(std::string_view name) const {
  if (name == "integer") return type_integer;
  if (name == "decimal") return type_decimal;
  if (name == "boolean") return type_boolean;
  if (name == "string") return type_string;
  return name;
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
      .assumptions = "Assumptions",
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
      .colon = ": ",
      .comma = ", ",
      .list_separator = ", ",
      .parenthesized = " ({})",
      .type_integer = "integer",
      .type_decimal = "decimal",
      .type_boolean = "boolean",
      .type_string = "string",
  };
  return texts;
}

const ReportTexts& chinese_report_texts() {
  static const ReportTexts texts{
      .language = "zh-CN",
      .title = "seamless 审查报告",
      .generated_by = "由 {} 生成",
      .summary = "概要",
      .model = "模型",
      .models_word = "模型",
      .analysed_word = "已分析",
      .errors_word = "错误",
      .warnings_word = "警告",
      .notes_word = "提示",
      .inconclusive_word = "无结论",
      .input_errors_word = "输入错误",
      .not_analysed = "未分析（见输入问题）",
      .no_findings = "所有模型均通过了全部检查",
      .input_problems = "输入问题",
      .inconclusive_checks = "无结论的检查",
      .assumptions = "假设",
      .finding = "问题 {}",
      .location = "位置",
      .element = "元素",
      .rule = "规则",
      .diagram = "流程图",
      .diagram_generated = "模型没有自带的流程图（BPMN DI），此布局为自动生成",
      .not_in_diagram = "未在图中画出：{}",
      .legend_path = "运行经过",
      .legend_seam = "断点",
      .legend_subject = "问题所在元素",
      .legend_sequence_flow = "顺序流",
      .legend_message_flow = "消息流",
      .legend_step = "步骤编号",
      .run = "运行",
      .step_number = "#",
      .step_element = "元素",
      .step_name = "名称",
      .step_department = "部门",
      .step_note = "说明",
      .case_data = "办件数据",
      .variable = "变量",
      .type = "类型",
      .value = "值",
      .departments = "涉及的部门",
      .department_name = "部门",
      .department_id = "id",
      .seam = "断点",
      .left = "运行结束时剩余",
      .notes = "说明",
      .figures = "数据",
      .figure_name = "项目",
      .figure_value = "值",
      .no_counterexample = "此问题没有反例运行",
      .baselined = "已列入基线",
      .diagram_in_html = "标出运行路径的流程图见 HTML 报告（--html）",
      .path_elements = "运行经过的元素",
      .status_pass = "通过",
      .status_fail = "未通过",
      .status_inconclusive = "无结论",
      .severity_error = "错误",
      .severity_warning = "警告",
      .severity_note = "提示",
      .wrote = "seamless: 已写入 {}",
      .colon = "：",
      .comma = "，",
      .list_separator = "、",
      .parenthesized = "（{}）",
      .type_integer = "整数",
      .type_decimal = "小数",
      .type_boolean = "布尔值",
      .type_string = "字符串",
  };
  return texts;
}

const ReportTexts& report_texts(i18n::Language language) {
  return language == i18n::Language::zh ? chinese_report_texts() : english_report_texts();
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
