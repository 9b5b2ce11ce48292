// The HTML audit report (audit_report.hpp): one self-contained page, inline CSS and SVG, no
// scripts, nothing from the network. Every text from the models and findings is escaped.
#include <map>
#include <sstream>

#include "audit_contents.hpp"
#include "html_style.hpp"
#include "seamless/report/audit_report.hpp"
#include "seamless/report/counterexample_format.hpp"
#include "seamless/report/diagram.hpp"
#include "seamless/report/highlight.hpp"
#include "seamless/report/markup.hpp"
#include "seamless/report/svg_diagram.hpp"

namespace seamless::report {
namespace {

using audit::department_name;
using audit::department_text;

std::string esc(std::string_view text) {
  return escape_xml(text);
}

std::string code(std::string_view text) {
  return "<code>" + esc(text) + "</code>";
}

std::string location_text(const std::string& file, model::Location at) {
  std::string out = file;
  if (at.line > 0) out += ':' + std::to_string(at.line);
  if (at.line > 0 && at.column > 0) out += ':' + std::to_string(at.column);
  return out;
}

class HtmlWriter {
 public:
  HtmlWriter(const AuditReport& report, std::ostream& out)
      : r_(report), t_(report.texts()), out_(out) {}

  void write() {
    out_ << "<!DOCTYPE html>\n<html lang=\"" << esc(t_.language) << "\">\n<head>\n"
         << "<meta charset=\"utf-8\">\n"
         << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         << "<meta name=\"generator\" content=\"seamless " << esc(r_.run.tool_version) << "\">\n"
         << "<title>" << esc(t_.title) << "</title>\n<style>\n"
         << audit::html_style() << "</style>\n</head>\n<body>\n";
    out_ << "<header>\n<h1>" << esc(t_.title) << "</h1>\n<p class=\"meta\">"
         << esc(fill(t_.generated_by, "seamless " + r_.run.tool_version)) << "</p>\n"
         << "<p class=\"meta\">" << esc(totals_line(r_.run, t_)) << "</p>\n</header>\n";
    write_summary();
    write_diagnostics();
    const std::vector<std::size_t> first = audit::first_finding_numbers(r_.run);
    for (std::size_t m = 0; m < r_.run.models.size(); ++m)
      if (audit::has_details(r_.run.models[m]))
        write_model(m, r_.run.models[m], m < r_.models.size() ? r_.models[m] : nullptr, first[m]);
    out_ << "</body>\n</html>\n";
  }

 private:
  void write_summary() {
    const std::vector<std::string> columns = audit::check_columns(r_.run);
    const std::vector<std::size_t> first = audit::first_finding_numbers(r_.run);
    out_ << "<section id=\"summary\">\n<h2>" << esc(t_.summary) << "</h2>\n"
         << "<table class=\"summary\">\n<thead><tr><th>" << esc(t_.model) << "</th>";
    for (const std::string& c : columns) out_ << "<th>" << esc(c) << "</th>";
    out_ << "</tr></thead>\n<tbody>\n";
    for (std::size_t m = 0; m < r_.run.models.size(); ++m) {
      const ModelResult& model = r_.run.models[m];
      out_ << "<tr><td class=\"file\">";
      if (audit::has_details(model))
        out_ << "<a href=\"#m" << m + 1 << "\">" << code(model.file) << "</a>";
      else
        out_ << code(model.file);
      out_ << "</td>";
      if (!model.analysed) {
        out_ << "<td colspan=\"" << std::max<std::size_t>(1, columns.size())
             << "\" class=\"status-inconclusive\">" << esc(t_.not_analysed) << "</td></tr>\n";
        continue;
      }
      std::size_t number = first[m];
      std::map<std::string, std::size_t> first_of_check;
      for (const check::CheckResult& c : model.checks) {
        first_of_check[c.name] = number;
        number += c.findings.size();
      }
      for (const std::string& name : columns) {
        const check::CheckResult* c = audit::find_check(model, name);
        if (c == nullptr) {
          out_ << "<td></td>";
          continue;
        }
        const std::string status(check::to_string(c->status));
        out_ << "<td class=\"status-" << status << "\"";
        if (c->status == check::Status::inconclusive)
          out_ << " title=\"" << esc(audit::in_language(r_.run, c->reason, c->reason_zh)) << '"';
        out_ << '>';
        std::string text(t_.status(c->status));
        if (!c->findings.empty())
          text += fill(t_.parenthesized, std::to_string(c->findings.size()));
        if (c->status == check::Status::fail)
          out_ << "<a href=\"#f" << first_of_check[c->name] << "\">" << esc(text) << "</a>";
        else if (c->status == check::Status::inconclusive)
          out_ << "<a href=\"#m" << m + 1 << "\">" << esc(text) << "</a>";
        else
          out_ << esc(text);
        out_ << "</td>";
      }
      out_ << "</tr>\n";
    }
    out_ << "</tbody>\n</table>\n";
    const RunTotals totals = report::totals(r_.run);
    if (totals.errors + totals.warnings + totals.notes + totals.checks_inconclusive == 0 &&
        totals.analysed > 0)
      out_ << "<p>" << esc(t_.no_findings) << "</p>\n";
    out_ << "</section>\n";
  }

  void write_diagnostics() {
    if (r_.run.diagnostics.empty()) return;
    out_ << "<section id=\"input\">\n<h2>" << esc(t_.input_problems) << "</h2>\n<ul>\n";
    for (const diag::Diagnostic& d : r_.run.diagnostics) {
      std::string where = d.file;
      if (d.line > 0) where += ':' + std::to_string(d.line);
      if (d.line > 0 && d.column > 0) where += ':' + std::to_string(d.column);
      out_ << "<li>" << code(where) << " <span class=\"sev sev-" << diag::to_string(d.severity)
           << "\">" << esc(t_.severity(d.severity)) << "</span>"
           << esc(audit::in_language(r_.run, d.message, d.message_zh)) << "</li>\n";
    }
    out_ << "</ul>\n</section>\n";
  }

  void write_model(std::size_t index, const ModelResult& result, const model::Model* model,
                   std::size_t number) {
    out_ << "<section class=\"model\" id=\"m" << index + 1 << "\">\n<h2>" << code(result.file)
         << "</h2>\n";
    std::optional<diagram::Diagram> drawing;
    if (model != nullptr) drawing = diagram::diagram_of(*model);
    bool any_inconclusive = false;
    for (const check::CheckResult& c : result.checks) {
      for (const check::Finding& f : c.findings)
        write_finding(result, model, drawing ? &*drawing : nullptr, f, number++);
      any_inconclusive = any_inconclusive || c.status == check::Status::inconclusive;
    }
    if (any_inconclusive) {
      out_ << "<h3>" << esc(t_.inconclusive_checks) << "</h3>\n<ul>\n";
      for (const check::CheckResult& c : result.checks)
        if (c.status == check::Status::inconclusive)
          out_ << "<li>" << code(c.name) << t_.colon
               << esc(audit::in_language(r_.run, c.reason, c.reason_zh)) << "</li>\n";
      out_ << "</ul>\n";
    }
    write_assumptions(result);
    out_ << "</section>\n";
  }

  // One line per assumption: its text, then the checks that rely on it.
  void write_assumptions(const ModelResult& result) {
    const std::vector<ModelAssumption> assumptions = assumptions_of(result);
    if (assumptions.empty()) return;
    out_ << "<h3>" << esc(t_.assumptions) << "</h3>\n<ul>\n";
    for (const ModelAssumption& a : assumptions) {
      std::string checks;
      for (const std::string& c : a.checks)
        checks += (checks.empty() ? "" : std::string(t_.list_separator)) + code(c);
      out_ << "<li>" << esc(audit::in_language(r_.run, a.text, a.text_zh))
           << fill(t_.parenthesized, checks) << "</li>\n";
    }
    out_ << "</ul>\n";
  }

  void write_finding(const ModelResult& result, const model::Model* model,
                     const diagram::Diagram* drawing, const check::Finding& f, std::size_t number) {
    const std::string severity(diag::to_string(f.severity));
    out_ << "<article class=\"finding\" id=\"f" << number << "\">\n<h3><span class=\"sev sev-"
         << severity << "\">" << esc(t_.severity(f.severity)) << "</span>"
         << (f.baselined ? "<span class=\"sev sev-baselined\">" + esc(t_.baselined) + "</span>"
                         : "")
         << esc(f.check) << " \xE2\x80\x94 " << esc(fill(t_.finding, std::to_string(number)))
         << "</h3>\n"
         << "<p class=\"message\">" << esc(audit::in_language(r_.run, f.message, f.message_zh))
         << "</p>\n<p class=\"meta\">" << esc(t_.location) << t_.colon
         << code(location_text(result.file, f.location));
    if (!f.element.empty()) out_ << " \xC2\xB7 " << esc(t_.element) << t_.colon << code(f.element);
    if (!f.rule.empty()) out_ << " \xC2\xB7 " << esc(t_.rule) << t_.colon << code(f.rule);
    out_ << "</p>\n";
    Highlight highlight;
    if (model != nullptr) highlight = highlight_of(*model, f);
    if (drawing != nullptr) write_diagram(*drawing, highlight, number, f);
    if (!f.counterexample) {
      out_ << "<p class=\"meta\">" << esc(t_.no_counterexample) << "</p>\n";
    } else {
      write_counterexample(model, *f.counterexample);
    }
    out_ << "</article>\n";
  }

  void write_diagram(const diagram::Diagram& drawing, const Highlight& h, std::size_t number,
                     const check::Finding& f) {
    const std::string title = std::string(t_.diagram) + std::string(t_.colon) + f.check +
                              " \xE2\x80\x94 " + fill(t_.finding, std::to_string(number));
    out_ << "<figure>\n"
         << svg_diagram(drawing, h, "d" + std::to_string(number), title) << "\n<figcaption>";
    write_legend(h);
    if (drawing.generated) out_ << "<p>" << esc(t_.diagram_generated) << "</p>";
    std::string missing;
    std::set<std::string, std::less<>> drawn;
    for (const diagram::Figure& fig : drawing.figures) drawn.insert(fig.id);
    std::set<std::string, std::less<>> wanted(h.seam.begin(), h.seam.end());
    wanted.insert(h.subject.begin(), h.subject.end());
    for (const auto& [id, steps] : h.steps) wanted.insert(id);
    for (const std::string& id : wanted)
      if (!drawn.count(id)) missing += (missing.empty() ? "" : std::string(t_.list_separator)) + id;
    if (!missing.empty()) out_ << "<p>" << esc(fill(t_.not_in_diagram, missing)) << "</p>";
    out_ << "</figcaption>\n</figure>\n";
  }

  void write_legend(const Highlight& h) {
    auto swatch = [&](const MarkColours& c, double width, std::string_view text) {
      out_ << "<span><svg width=\"26\" height=\"16\" aria-hidden=\"true\"><rect x=\"2\" y=\"2\" "
              "width=\"22\" height=\"12\" rx=\"4\" fill=\""
           << c.fill << "\" stroke=\"" << c.stroke << "\" stroke-width=\"" << width << "\"/></svg>"
           << esc(text) << "</span>";
    };
    out_ << "<div class=\"legend\">";
    if (!h.path.empty()) swatch(path_colours, 2.5, t_.legend_path);
    if (!h.seam.empty()) swatch(seam_colours, 3, t_.legend_seam);
    if (!h.subject.empty()) swatch(subject_colours, 2.5, t_.legend_subject);
    if (!h.steps.empty())
      out_ << "<span><svg width=\"22\" height=\"16\" aria-hidden=\"true\"><rect x=\"1\" y=\"1\" "
              "width=\"20\" height=\"14\" rx=\"7\" fill=\""
           << path_colours.stroke
           << "\"/><text x=\"11\" y=\"12\" font-size=\"10\" font-weight=\"bold\" "
              "text-anchor=\"middle\" fill=\"#ffffff\">1</text></svg>"
           << esc(t_.legend_step) << "</span>";
    out_ << "<span><svg width=\"40\" height=\"10\" aria-hidden=\"true\"><path d=\"M2 5H32\" "
            "stroke=\"#22242a\" stroke-width=\"1.5\"/><path d=\"M30 1L38 5L30 9Z\" "
            "fill=\"#22242a\"/></svg>"
         << esc(t_.legend_sequence_flow) << "</span>";
    out_ << "<span><svg width=\"40\" height=\"10\" aria-hidden=\"true\"><circle cx=\"5\" cy=\"5\" "
            "r=\"3\" fill=\"#ffffff\" stroke=\"#22242a\"/><path d=\"M8 5H32\" stroke=\"#22242a\" "
            "stroke-dasharray=\"5 3\"/><path d=\"M30 1L38 5L30 9Z\" fill=\"#ffffff\" "
            "stroke=\"#22242a\"/></svg>"
         << esc(t_.legend_message_flow) << "</span>";
    out_ << "</div>";
  }

  void write_counterexample(const model::Model* model, const check::Counterexample& cx) {
    const std::set<std::string, std::less<>> seam(cx.seam.begin(), cx.seam.end());
    if (!cx.steps.empty()) {
      out_ << "<h4>" << esc(t_.run) << "</h4>\n<table class=\"steps\">\n<thead><tr><th>"
           << esc(t_.step_number) << "</th><th>" << esc(t_.step_element) << "</th><th>"
           << esc(t_.step_name) << "</th><th>" << esc(t_.step_department) << "</th><th>"
           << esc(t_.step_note) << "</th></tr></thead>\n<tbody>\n";
      for (std::size_t i = 0; i < cx.steps.size(); ++i) {
        const check::RunStep& s = cx.steps[i];
        out_ << "<tr" << (seam.count(s.element) ? " class=\"seam\"" : "") << "><td class=\"num\">"
             << i + 1 << "</td><td>" << code(s.element) << "</td><td>" << esc(s.name) << "</td><td>"
             << esc(department_text(model, s.department, r_.run.language)) << "</td><td>"
             << esc(audit::in_language(r_.run, s.note, s.note_zh)) << "</td></tr>\n";
      }
      out_ << "</tbody>\n</table>\n";
    }
    if (!cx.case_data.empty()) {
      out_ << "<h4>" << esc(t_.case_data) << "</h4>\n<table class=\"case\">\n<thead><tr><th>"
           << esc(t_.variable) << "</th><th>" << esc(t_.type) << "</th><th>" << esc(t_.value)
           << "</th></tr></thead>\n<tbody>\n";
      for (const check::CaseValue& v : cx.case_data)
        out_ << "<tr><td>" << code(v.variable) << "</td><td>" << esc(t_.type_name(v.type))
             << "</td><td>" << code(v.text) << "</td></tr>\n";
      out_ << "</tbody>\n</table>\n";
    }
    if (!cx.departments.empty()) {
      out_ << "<h4>" << esc(t_.departments) << "</h4>\n<table class=\"departments\">\n"
           << "<thead><tr><th>" << esc(t_.department_name) << "</th><th>" << esc(t_.department_id)
           << "</th></tr></thead>\n<tbody>\n";
      for (const std::string& id : cx.departments) {
        const audit::DepartmentName d = department_name(model, id);
        out_ << "<tr><td>" << esc(d.name) << "</td><td>" << code(d.id) << "</td></tr>\n";
      }
      out_ << "</tbody>\n</table>\n";
    }
    if (!cx.seam.empty()) {
      out_ << "<h4>" << esc(t_.seam) << "</h4>\n<ul class=\"seam\">\n";
      for (const std::string& id : cx.seam) {
        const std::string name = audit::element_name(model, id);
        out_ << "<li>" << code(id) << (name.empty() ? "" : " ") << esc(name) << "</li>\n";
      }
      out_ << "</ul>\n";
    }
    write_list(t_.left, i18n::pick_lines(r_.run.language, cx.state, cx.state_zh));
    write_list(t_.notes, i18n::pick_lines(r_.run.language, cx.notes, cx.notes_zh));
    if (!cx.figures.empty()) {
      out_ << "<h4>" << esc(t_.figures) << "</h4>\n<table class=\"figures\">\n<thead><tr><th>"
           << esc(t_.figure_name) << "</th><th>" << esc(t_.figure_value)
           << "</th></tr></thead>\n<tbody>\n";
      for (const auto& [name, value] : cx.figures)
        out_ << "<tr><td>" << esc(figure_label(name, r_.run.language)) << "</td><td class=\"num\">"
             << value << "</td></tr>\n";
      out_ << "</tbody>\n</table>\n";
    }
  }

  void write_list(std::string_view heading, const std::vector<std::string>& items) {
    if (items.empty()) return;
    out_ << "<h4>" << esc(heading) << "</h4>\n<ul>\n";
    for (const std::string& item : items) out_ << "<li>" << esc(item) << "</li>\n";
    out_ << "</ul>\n";
  }

  const AuditReport& r_;
  const ReportTexts& t_;
  std::ostream& out_;
};

}  // namespace

void write_html_report(const AuditReport& report, std::ostream& out) {
  HtmlWriter(report, out).write();
}

}  // namespace seamless::report
