// The Markdown audit report (audit_report.hpp): the HTML report's content as text, with the
// summary table, each finding's message, the elements the diagram would mark, the run as a
// table, the case data, the departments, the seam and the notes.
#include <map>

#include "audit_contents.hpp"
#include "seamless/report/audit_report.hpp"
#include "seamless/report/counterexample_format.hpp"
#include "seamless/report/highlight.hpp"
#include "seamless/report/markup.hpp"

namespace seamless::report {
namespace {

using audit::department_text;

std::string md(std::string_view text) {
  return escape_markdown(text);
}
std::string mcode(std::string_view text) {
  return markdown_code(text);
}

std::string location_text(const std::string& file, model::Location at) {
  std::string out = file;
  if (at.line > 0) out += ':' + std::to_string(at.line);
  if (at.line > 0 && at.column > 0) out += ':' + std::to_string(at.column);
  return out;
}

class MarkdownWriter {
 public:
  MarkdownWriter(const AuditReport& report, std::ostream& out)
      : r_(report), t_(report.texts()), out_(out) {}

  void write() {
    out_ << "# " << md(t_.title) << "\n\n"
         << md(fill(t_.generated_by, "seamless " + r_.run.tool_version)) << "\n\n"
         << md(totals_line(r_.run, t_)) << "\n\n";
    write_summary();
    write_diagnostics();
    const std::vector<std::size_t> first = audit::first_finding_numbers(r_.run);
    for (std::size_t m = 0; m < r_.run.models.size(); ++m)
      if (audit::has_details(r_.run.models[m]))
        write_model(r_.run.models[m], m < r_.models.size() ? r_.models[m] : nullptr, first[m]);
  }

 private:
  void write_summary() {
    const std::vector<std::string> columns = audit::check_columns(r_.run);
    out_ << "## " << md(t_.summary) << "\n\n| " << md(t_.model) << " |";
    for (const std::string& c : columns) out_ << ' ' << md(c) << " |";
    out_ << "\n|---|";
    for (std::size_t i = 0; i < columns.size(); ++i) out_ << "---|";
    out_ << '\n';
    for (const ModelResult& model : r_.run.models) {
      out_ << "| " << mcode(model.file) << " |";
      for (const std::string& name : columns) {
        const check::CheckResult* c = audit::find_check(model, name);
        if (!model.analysed) {
          out_ << ' ' << md(t_.not_analysed) << " |";
          continue;
        }
        if (c == nullptr) {
          out_ << "  |";
          continue;
        }
        std::string text(t_.status(c->status));
        if (!c->findings.empty())
          text += fill(t_.parenthesized, std::to_string(c->findings.size()));
        const bool strong = c->status != check::Status::pass;
        out_ << ' ' << (strong ? "**" : "") << md(text) << (strong ? "**" : "") << " |";
      }
      out_ << '\n';
    }
    out_ << '\n';
    const RunTotals totals = report::totals(r_.run);
    if (totals.errors + totals.warnings + totals.notes + totals.checks_inconclusive == 0 &&
        totals.analysed > 0)
      out_ << md(t_.no_findings) << "\n\n";
  }

  void write_diagnostics() {
    if (r_.run.diagnostics.empty()) return;
    out_ << "## " << md(t_.input_problems) << "\n\n";
    for (const diag::Diagnostic& d : r_.run.diagnostics) {
      std::string where = d.file;
      if (d.line > 0) where += ':' + std::to_string(d.line);
      if (d.line > 0 && d.column > 0) where += ':' + std::to_string(d.column);
      out_ << "- " << mcode(where) << ' ' << md(t_.severity(d.severity)) << t_.colon
           << md(audit::in_language(r_.run, d.message, d.message_zh)) << '\n';
    }
    out_ << '\n';
  }

  void write_model(const ModelResult& result, const model::Model* model, std::size_t number) {
    out_ << "## " << mcode(result.file) << "\n\n";
    bool any_inconclusive = false;
    for (const check::CheckResult& c : result.checks) {
      for (const check::Finding& f : c.findings) write_finding(result, model, f, number++);
      any_inconclusive = any_inconclusive || c.status == check::Status::inconclusive;
    }
    if (any_inconclusive) {
      out_ << "### " << md(t_.inconclusive_checks) << "\n\n";
      for (const check::CheckResult& c : result.checks)
        if (c.status == check::Status::inconclusive)
          out_ << "- " << mcode(c.name) << t_.colon
               << md(audit::in_language(r_.run, c.reason, c.reason_zh)) << '\n';
      out_ << '\n';
    }
    const std::vector<ModelAssumption> assumptions = assumptions_of(result);
    if (!assumptions.empty()) {
      out_ << "### " << md(t_.assumptions) << "\n\n";
      for (const ModelAssumption& a : assumptions) {
        std::string checks;
        for (const std::string& c : a.checks)
          checks += (checks.empty() ? "" : std::string(t_.list_separator)) + mcode(c);
        out_ << "- " << md(audit::in_language(r_.run, a.text, a.text_zh))
             << fill(t_.parenthesized, checks) << '\n';
      }
      out_ << '\n';
    }
  }

  void write_finding(const ModelResult& result, const model::Model* model, const check::Finding& f,
                     std::size_t number) {
    out_ << "### " << md(fill(t_.finding, std::to_string(number))) << t_.colon
         << md(t_.severity(f.severity)) << t_.comma << md(f.check)
         << (f.baselined ? fill(t_.parenthesized, md(t_.baselined)) : "") << "\n\n"
         << md(audit::in_language(r_.run, f.message, f.message_zh)) << "\n\n"
         << md(t_.location) << t_.colon << mcode(location_text(result.file, f.location));
    if (!f.element.empty()) out_ << " \xC2\xB7 " << md(t_.element) << t_.colon << mcode(f.element);
    if (!f.rule.empty()) out_ << " \xC2\xB7 " << md(t_.rule) << t_.colon << mcode(f.rule);
    out_ << "\n\n";
    if (!f.counterexample) {
      out_ << md(t_.no_counterexample) << "\n\n";
      return;
    }
    const check::Counterexample& cx = *f.counterexample;
    if (model != nullptr) {
      const Highlight h = highlight_of(*model, f);
      std::string list;
      for (const std::string& id : h.path)
        list += (list.empty() ? "" : std::string(t_.list_separator)) + mcode(id);
      if (!list.empty()) out_ << md(t_.path_elements) << t_.colon << list << "\n\n";
      out_ << md(t_.diagram_in_html) << "\n\n";
    }
    const std::set<std::string, std::less<>> seam(cx.seam.begin(), cx.seam.end());
    if (!cx.steps.empty()) {
      out_ << "#### " << md(t_.run) << "\n\n| " << md(t_.step_number) << " | "
           << md(t_.step_element) << " | " << md(t_.step_name) << " | " << md(t_.step_department)
           << " | " << md(t_.step_note) << " |\n|---:|---|---|---|---|\n";
      for (std::size_t i = 0; i < cx.steps.size(); ++i) {
        const check::RunStep& s = cx.steps[i];
        const bool in_seam = seam.count(s.element) > 0;
        out_ << "| " << i + 1 << " | " << mcode(s.element)
             << (in_seam ? fill(t_.parenthesized, md(t_.legend_seam)) : "") << " | " << md(s.name)
             << " | " << md(department_text(model, s.department, r_.run.language)) << " | "
             << md(audit::in_language(r_.run, s.note, s.note_zh)) << " |\n";
      }
      out_ << '\n';
    }
    if (!cx.case_data.empty()) {
      out_ << "#### " << md(t_.case_data) << "\n\n| " << md(t_.variable) << " | " << md(t_.type)
           << " | " << md(t_.value) << " |\n|---|---|---|\n";
      for (const check::CaseValue& v : cx.case_data)
        out_ << "| " << mcode(v.variable) << " | " << md(t_.type_name(v.type)) << " | "
             << mcode(v.text) << " |\n";
      out_ << '\n';
    }
    if (!cx.departments.empty()) {
      out_ << "#### " << md(t_.departments) << "\n\n| " << md(t_.department_name) << " | "
           << md(t_.department_id) << " |\n|---|---|\n";
      for (const std::string& id : cx.departments) {
        const audit::DepartmentName d = audit::department_name(model, id);
        out_ << "| " << md(d.name) << " | " << mcode(d.id) << " |\n";
      }
      out_ << '\n';
    }
    if (!cx.seam.empty()) {
      out_ << "#### " << md(t_.seam) << "\n\n";
      for (const std::string& id : cx.seam) {
        const std::string name = audit::element_name(model, id);
        out_ << "- " << mcode(id) << (name.empty() ? "" : " ") << md(name) << '\n';
      }
      out_ << '\n';
    }
    write_list(t_.left, i18n::pick_lines(r_.run.language, cx.state, cx.state_zh));
    write_list(t_.notes, i18n::pick_lines(r_.run.language, cx.notes, cx.notes_zh));
    if (!cx.figures.empty()) {
      out_ << "#### " << md(t_.figures) << "\n\n| " << md(t_.figure_name) << " | "
           << md(t_.figure_value) << " |\n|---|---:|\n";
      for (const auto& [name, value] : cx.figures)
        out_ << "| " << md(figure_label(name, r_.run.language)) << " | " << value << " |\n";
      out_ << '\n';
    }
  }

  void write_list(std::string_view heading, const std::vector<std::string>& items) {
    if (items.empty()) return;
    out_ << "#### " << md(heading) << "\n\n";
    for (const std::string& item : items) out_ << "- " << md(item) << '\n';
    out_ << '\n';
  }

  const AuditReport& r_;
  const ReportTexts& t_;
  std::ostream& out_;
};

}  // namespace

void write_markdown_report(const AuditReport& report, std::ostream& out) {
  MarkdownWriter(report, out).write();
}

}  // namespace seamless::report
