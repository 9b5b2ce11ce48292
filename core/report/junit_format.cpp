// The `junit` output format: JUnit XML as Jenkins, GitLab and the GitHub test-report actions
// read it. One <testsuite> per model file, one <testcase> per check run on it (classname: the
// path without `.bpmn`, '/' as '.', so Jenkins shows folders as packages). Findings that fail
// the run (not baselined, at or above --fail-on) make a <failure> whose text is the findings
// with their counterexamples; the others are listed in <system-out>. An inconclusive check is
// an <error>, as the run's exit code (3) is not a success either. The assumptions a verdict
// relies on are notes in its test case's <system-out>. Input problems of a model are
// a test case `input` (an <error> when one is an error); problems outside any model file go to a
// suite `seamless`.
// In Chinese (`--lang zh`) the messages and texts of failures and errors are Chinese (findings,
// counterexamples, inconclusive reasons, input problems), as the text format writes them; suite,
// test-case and class names, types and the severity words stay as they are.
#include <tinyxml2.h>

#include <map>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "seamless/report/builtin_formats.hpp"
#include "seamless/report/counterexample_format.hpp"
#include "seamless/report/xml_text.hpp"

namespace seamless::report {
namespace {

struct Problem {
  std::string type;     // the <error>/<failure> type attribute
  std::string message;  // one line
  std::string text;     // the details
};

struct TestCase {
  std::string name;
  std::optional<Problem> error, failure;
  std::string output;  // <system-out>
};

struct Suite {
  std::string name, file;
  std::vector<TestCase> cases;
};

std::string finding_text(const std::string& file, const check::Finding& f,
                         i18n::Language language) {
  std::ostringstream out;
  out << diag::format({f.severity, file, f.location.line, f.location.column,
                       i18n::pick(language, f.message, f.message_zh) + " [" + f.check + "]"})
      << (f.baselined ? i18n::Text{" (baselined)", "（已列入基线）"}.in(language) : "") << '\n';
  if (f.counterexample) write_counterexample_text(*f.counterexample, out, language);
  return out.str();
}

std::string class_name(const std::string& file) {
  std::string name = file;
  if (name.size() > 5 && name.compare(name.size() - 5, 5, ".bpmn") == 0)
    name.resize(name.size() - 5);
  while (name.size() > 2 && name.compare(0, 2, "./") == 0) name.erase(0, 2);
  for (char& c : name)
    if (c == '/') c = '.';
  return name;
}

TestCase check_case(const std::string& file, const check::CheckResult& c, const RunResult& result) {
  const i18n::Language language = result.language;
  TestCase t;
  t.name = c.name;
  if (c.status == check::Status::inconclusive) {
    const std::string& reason = i18n::pick(language, c.reason, c.reason_zh);
    t.error =
        Problem{"inconclusive", i18n::Text{"inconclusive: ", "无结论："}.in(language) + reason,
                reason + '\n'};
  }
  std::size_t failing = 0;
  std::string first, text;
  for (const check::Finding& f : c.findings) {
    if (fails_run(f, result)) {
      if (failing++ == 0)
        first = std::string(diag::to_string(f.severity)) + ": " +
                i18n::pick(language, f.message, f.message_zh);
      text += finding_text(file, f, language);
    } else {
      t.output += finding_text(file, f, language);
    }
  }
  if (failing > 0) {
    const std::string more = std::to_string(failing - 1);
    if (failing > 1)
      first += i18n::Text{" (and " + more + " more)", "（另有 " + more + " 个问题）"}.in(language);
    t.failure = Problem{c.name, first, text};
  }
  for (const std::string& line : i18n::pick_lines(language, c.assumptions, c.assumptions_zh))
    t.output += assumption_line(file, {line, "", {c.name}}, language) + '\n';
  return t;
}

std::optional<TestCase> input_case(const std::vector<const diag::Diagnostic*>& diagnostics,
                                   i18n::Language language) {
  if (diagnostics.empty()) return std::nullopt;
  TestCase t;
  t.name = "input";
  std::string text, first_error;
  for (const diag::Diagnostic* d : diagnostics) {
    text += diag::format(*d, language) + '\n';
    if (d->severity == diag::Severity::error && first_error.empty())
      first_error = i18n::pick(language, d->message, d->message_zh);
  }
  if (first_error.empty())
    t.output = text;
  else
    t.error = Problem{"input", first_error, text};
  return t;
}

struct Counts {
  std::size_t tests = 0, failures = 0, errors = 0;
  void add(const TestCase& t) {
    ++tests;
    if (t.failure) ++failures;
    if (t.error) ++errors;
  }
};

void write_problem(tinyxml2::XMLPrinter& xml, const char* element, const Problem& p) {
  xml.OpenElement(element);
  xml.PushAttribute("message", xml_attribute_text(p.message).c_str());
  xml.PushAttribute("type", xml_attribute_text(p.type).c_str());
  xml.PushText(xml_text(p.text).c_str());
  xml.CloseElement();
}

void write_counts(tinyxml2::XMLPrinter& xml, const Counts& counts) {
  xml.PushAttribute("tests", std::to_string(counts.tests).c_str());
  xml.PushAttribute("failures", std::to_string(counts.failures).c_str());
  xml.PushAttribute("errors", std::to_string(counts.errors).c_str());
  xml.PushAttribute("skipped", "0");
}

void write_suite(tinyxml2::XMLPrinter& xml, const Suite& suite) {
  Counts counts;
  for (const TestCase& t : suite.cases) counts.add(t);
  xml.OpenElement("testsuite");
  xml.PushAttribute("name", xml_attribute_text(suite.name).c_str());
  write_counts(xml, counts);
  if (!suite.file.empty()) xml.PushAttribute("file", xml_attribute_text(suite.file).c_str());
  const std::string classname = suite.file.empty() ? suite.name : class_name(suite.file);
  for (const TestCase& t : suite.cases) {
    xml.OpenElement("testcase");
    xml.PushAttribute("name", xml_attribute_text(t.name).c_str());
    xml.PushAttribute("classname", xml_attribute_text(classname).c_str());
    if (!suite.file.empty()) xml.PushAttribute("file", xml_attribute_text(suite.file).c_str());
    // The order of junit-10.xsd (Jenkins): error before failure, then the output.
    if (t.error) write_problem(xml, "error", *t.error);
    if (t.failure) write_problem(xml, "failure", *t.failure);
    if (!t.output.empty()) {
      xml.OpenElement("system-out");
      xml.PushText(xml_text(t.output).c_str());
      xml.CloseElement();
    }
    xml.CloseElement();
  }
  xml.CloseElement();
}

class JunitFormat final : public OutputFormat {
 public:
  std::string_view name() const override { return "junit"; }
  std::string_view summary() const override {
    return "JUnit XML: a test suite per model, a test case per check";
  }
  std::string_view summary_zh() const override {
    return "JUnit XML：每个模型一个测试套件，每项检查一个测试用例";
  }

  void write(const RunResult& result, std::ostream& out) const override {
    std::map<std::string, std::vector<const diag::Diagnostic*>> by_file;
    for (const diag::Diagnostic& d : result.diagnostics) by_file[d.file].push_back(&d);

    std::vector<Suite> suites;
    for (const ModelResult& model : result.models) {
      Suite suite{model.file, model.file, {}};
      auto found = by_file.find(model.file);
      if (found != by_file.end()) {
        if (auto t = input_case(found->second, result.language))
          suite.cases.push_back(std::move(*t));
        by_file.erase(found);
      }
      for (const check::CheckResult& c : model.checks)
        suite.cases.push_back(check_case(model.file, c, result));
      suites.push_back(std::move(suite));
    }
    // Diagnostics about no model: paths, plugins, a file given twice.
    std::vector<const diag::Diagnostic*> rest;
    for (const auto& [file, list] : by_file) rest.insert(rest.end(), list.begin(), list.end());
    if (auto t = input_case(rest, result.language))
      suites.push_back({"seamless", "", {std::move(*t)}});

    Counts total;
    for (const Suite& s : suites)
      for (const TestCase& t : s.cases) total.add(t);
    tinyxml2::XMLPrinter xml(nullptr, false);
    xml.PushDeclaration("xml version=\"1.0\" encoding=\"UTF-8\"");
    xml.OpenElement("testsuites");
    xml.PushAttribute("name", "seamless");
    write_counts(xml, total);
    for (const Suite& s : suites) write_suite(xml, s);
    xml.CloseElement();
    out << xml.CStr();
  }
};

}  // namespace

std::unique_ptr<OutputFormat> make_junit_format() {
  return std::make_unique<JunitFormat>();
}

}  // namespace seamless::report
