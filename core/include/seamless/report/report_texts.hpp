// Every fixed text of the audit reports (HTML and Markdown) in one table per language, chosen by
// the run's language (`--lang`). Texts with a `{}` take one value.
#pragma once

#include <string>
#include <string_view>

#include "seamless/check/check.hpp"
#include "seamless/i18n/text.hpp"

namespace seamless::report {

struct ReportTexts {
  std::string_view language;  // the HTML `lang` attribute
  std::string_view title;
  std::string_view generated_by;  // "{}" is the tool and its version
  std::string_view summary;
  std::string_view model;
  // Labels of the totals line ("models: 10 · analysed: 10 · ...").
  std::string_view models_word, analysed_word, errors_word, warnings_word, notes_word,
      inconclusive_word, input_errors_word;
  std::string_view not_analysed;
  std::string_view no_findings;
  std::string_view input_problems;
  std::string_view inconclusive_checks;
  std::string_view assumptions;  // the heading of a model's assumptions
  std::string_view finding;      // "Finding {}"
  std::string_view location;
  std::string_view element;
  std::string_view rule;
  std::string_view diagram;
  std::string_view diagram_generated;  // caption note for a generated layout
  std::string_view not_in_diagram;     // "not drawn in the diagram: {}"
  std::string_view legend_path, legend_seam, legend_subject, legend_sequence_flow,
      legend_message_flow, legend_step;
  std::string_view run;
  std::string_view step_number, step_element, step_name, step_department, step_note;
  std::string_view case_data;
  std::string_view variable, type, value;
  std::string_view departments;
  std::string_view department_name, department_id;
  std::string_view seam;
  std::string_view left;
  std::string_view notes;
  std::string_view figures;
  std::string_view figure_name, figure_value;
  std::string_view no_counterexample;
  std::string_view baselined;        // a finding recorded in the baseline given with --baseline
  std::string_view diagram_in_html;  // Markdown: where the diagram is
  std::string_view path_elements;    // Markdown: the highlighted elements
  // Names of statuses and severities as shown (the CSS classes keep the English keys).
  std::string_view status_pass, status_fail, status_inconclusive;
  std::string_view severity_error, severity_warning, severity_note;
  std::string_view wrote;           // "seamless: wrote {}"
  std::string_view colon;           // between a label and its value (": ", "：")
  std::string_view comma;           // between items of a list (", ", "，")
  std::string_view list_separator;  // between ids of a list (", ", "、")
  std::string_view parenthesized;   // a remark after a text (" ({})", "（{}）")
  // Names of the value types (integer, decimal, boolean, string) as shown: case data in reports,
  // variables in `inspect`, option types in `seamless plugins`.
  std::string_view type_integer, type_decimal, type_boolean, type_string;

  std::string_view status(check::Status status) const;
  std::string_view severity(check::Severity severity) const;
  // A case value's type name (`integer`, ...) as shown; an unknown name as it is.
  std::string_view type_name(std::string_view name) const;
};

// The English texts, and the texts in a language (Chinese: chinese_report_texts).
const ReportTexts& english_report_texts();
const ReportTexts& chinese_report_texts();
const ReportTexts& report_texts(i18n::Language language);

// `pattern` with its first "{}" replaced by `value`.
std::string fill(std::string_view pattern, std::string_view value);

}  // namespace seamless::report
