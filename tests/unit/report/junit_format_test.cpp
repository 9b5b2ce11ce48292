// The `junit` output format, read back with tinyxml2: suites per model, test cases per check,
// failures, errors for inconclusive checks and input problems, escaping.
#include <tinyxml2.h>

#include <catch2/catch.hpp>
#include <sstream>
#include <string>

#include "seamless/report/builtin_formats.hpp"
#include "seamless/report/xml_text.hpp"

using namespace seamless;

namespace {

check::Finding finding(diag::Severity severity, std::string message, model::Location at) {
  check::Finding f;
  f.check = "one-visit";
  f.rule = "visits";
  f.severity = severity;
  f.message = std::move(message);
  f.element = "T";
  f.location = at;
  return f;
}

report::RunResult sample_run() {
  report::RunResult r;
  r.tool_version = "9.9.9";
  report::ModelResult a;
  a.file = "models/办事/before.bpmn";
  a.analysed = true;
  check::CheckResult visits{"one-visit", check::Status::fail, "", {}, {}};
  check::Finding f = finding(diag::Severity::error, "applicant <comes> \"twice\" & more", {4, 2});
  check::Counterexample cx;
  cx.case_data = {{"area", "integer", "600"}};
  cx.steps = {{"Start", "开始", "applicant", "", {1, 1}}};
  f.counterexample = cx;
  visits.findings.push_back(f);
  visits.findings.push_back(finding(diag::Severity::warning, "just a warning", {9, 1}));
  a.checks.push_back(visits);
  a.checks.push_back({"structure", check::Status::pass, "", {}, {}});
  a.checks.push_back({"safeness", check::Status::inconclusive, "state limit reached", {}, {}});
  r.models.push_back(a);
  report::ModelResult broken;
  broken.file = "tests/inputs/malformed.bpmn";
  r.models.push_back(broken);
  r.diagnostics = {{diag::Severity::warning, "models/办事/before.bpmn", 2, 1, "undeclared x"},
                   {diag::Severity::error, "no/such/dir", 0, 0, "no such file or directory"},
                   {diag::Severity::error, "tests/inputs/malformed.bpmn", 3, 1, "malformed XML"}};
  return r;
}

std::string junit_of(const report::RunResult& r) {
  std::ostringstream out;
  report::make_junit_format()->write(r, out);
  return out.str();
}

const tinyxml2::XMLElement* test_case(const tinyxml2::XMLElement* suite, const char* name) {
  for (auto* t = suite->FirstChildElement("testcase"); t; t = t->NextSiblingElement("testcase"))
    if (std::string(t->Attribute("name")) == name) return t;
  return nullptr;
}

}  // namespace

TEST_CASE("junit: suites per model, test cases per check, counts", "[report][junit]") {
  const std::string xml = junit_of(sample_run());
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 0) == 0);
  tinyxml2::XMLDocument doc;
  REQUIRE(doc.Parse(xml.c_str(), xml.size()) == tinyxml2::XML_SUCCESS);
  const auto* root = doc.RootElement();
  REQUIRE(std::string(root->Name()) == "testsuites");
  CHECK(root->IntAttribute("tests") == 6);  // input + 3 checks; input; input (seamless)
  CHECK(root->IntAttribute("failures") == 1);
  CHECK(root->IntAttribute("errors") == 3);  // inconclusive, malformed, no such dir

  const auto* suite = root->FirstChildElement("testsuite");
  REQUIRE(suite);
  CHECK(std::string(suite->Attribute("name")) == "models/办事/before.bpmn");
  CHECK(suite->IntAttribute("tests") == 4);
  CHECK(suite->IntAttribute("failures") == 1);
  CHECK(suite->IntAttribute("errors") == 1);

  const auto* input = test_case(suite, "input");
  REQUIRE(input);
  CHECK_FALSE(input->FirstChildElement("error"));  // only a warning
  CHECK_THAT(input->FirstChildElement("system-out")->GetText(),
             Catch::Contains("models/办事/before.bpmn:2:1: warning: undeclared x"));

  const auto* visits = test_case(suite, "one-visit");
  REQUIRE(visits);
  CHECK(std::string(visits->Attribute("classname")) == "models.办事.before");
  CHECK(std::string(visits->Attribute("file")) == "models/办事/before.bpmn");
  const auto* failure = visits->FirstChildElement("failure");
  REQUIRE(failure);
  CHECK(std::string(failure->Attribute("message")) == "error: applicant <comes> \"twice\" & more");
  CHECK(std::string(failure->Attribute("type")) == "one-visit");
  const std::string text = failure->GetText();
  CHECK_THAT(text, Catch::Contains("models/办事/before.bpmn:4:2: error: applicant <comes> "
                                   "\"twice\" & more [one-visit]\n  case: area=600\n  run:\n"));
  CHECK_THAT(text, Catch::Contains("1. Start  开始 [applicant]"));
  // The warning is below --fail-on (error): it does not fail the test case, it is shown.
  CHECK_THAT(text, !Catch::Contains("just a warning"));
  CHECK_THAT(visits->FirstChildElement("system-out")->GetText(),
             Catch::Contains("9:1: warning: just a warning [one-visit]"));

  const auto* structure = test_case(suite, "structure");
  REQUIRE(structure);
  CHECK(structure->NoChildren());
  const auto* safeness = test_case(suite, "safeness");
  REQUIRE(safeness);
  const auto* error = safeness->FirstChildElement("error");
  REQUIRE(error);
  CHECK(std::string(error->Attribute("type")) == "inconclusive");
  CHECK(std::string(error->Attribute("message")) == "inconclusive: state limit reached");

  const auto* broken = suite->NextSiblingElement("testsuite");
  REQUIRE(broken);
  CHECK(std::string(broken->Attribute("name")) == "tests/inputs/malformed.bpmn");
  CHECK(broken->IntAttribute("tests") == 1);
  const auto* load = test_case(broken, "input");
  REQUIRE(load);
  REQUIRE(load->FirstChildElement("error"));
  CHECK(std::string(load->FirstChildElement("error")->Attribute("message")) == "malformed XML");

  const auto* rest = broken->NextSiblingElement("testsuite");
  REQUIRE(rest);
  CHECK(std::string(rest->Attribute("name")) == "seamless");
  const auto* paths = test_case(rest, "input");
  REQUIRE(paths);
  REQUIRE(paths->FirstChildElement("error"));
  CHECK_THAT(paths->FirstChildElement("error")->GetText(),
             Catch::Contains("no/such/dir: error: no such file or directory"));
  CHECK_FALSE(rest->NextSiblingElement("testsuite"));
}

TEST_CASE("junit: --fail-on and the baseline decide what fails", "[report][junit]") {
  report::RunResult run = sample_run();
  run.fail_on = diag::Severity::warning;
  tinyxml2::XMLDocument doc;
  std::string xml = junit_of(run);
  REQUIRE(doc.Parse(xml.c_str(), xml.size()) == tinyxml2::XML_SUCCESS);
  const auto* visits = test_case(doc.RootElement()->FirstChildElement("testsuite"), "one-visit");
  CHECK(std::string(visits->FirstChildElement("failure")->Attribute("message")) ==
        "error: applicant <comes> \"twice\" & more (and 1 more)");

  run.fail_on = diag::Severity::error;
  run.baseline = true;
  run.models[0].checks[0].findings[0].baselined = true;
  xml = junit_of(run);
  REQUIRE(doc.Parse(xml.c_str(), xml.size()) == tinyxml2::XML_SUCCESS);
  visits = test_case(doc.RootElement()->FirstChildElement("testsuite"), "one-visit");
  CHECK_FALSE(visits->FirstChildElement("failure"));
  CHECK_THAT(visits->FirstChildElement("system-out")->GetText(),
             Catch::Contains("[one-visit] (baselined)"));
  CHECK(doc.RootElement()->IntAttribute("failures") == 0);

  run.fail_on = std::nullopt;  // --fail-on none
  run.models[0].checks[0].findings[0].baselined = false;
  xml = junit_of(run);
  REQUIRE(doc.Parse(xml.c_str(), xml.size()) == tinyxml2::XML_SUCCESS);
  CHECK(doc.RootElement()->IntAttribute("failures") == 0);
}

TEST_CASE("junit: in Chinese, messages and texts are Chinese and names stay",
          "[report][junit][i18n]") {
  report::RunResult run = sample_run();
  run.language = i18n::Language::zh;
  check::CheckResult& visits = run.models[0].checks[0];
  visits.findings[0].message_zh = "申请人须到场 2 次";
  visits.findings[1].message_zh = "只是一个警告";
  run.models[0].checks[2].reason_zh = "达到状态数上限";
  run.diagnostics[0].message_zh = "未声明 x";
  run.diagnostics[1].message_zh = "文件或目录不存在";
  run.diagnostics[2].message_zh = "XML 格式错误";
  const std::string en_xml = junit_of(sample_run());
  std::string xml = junit_of(run);
  tinyxml2::XMLDocument en, doc;
  REQUIRE(en.Parse(en_xml.c_str(), en_xml.size()) == tinyxml2::XML_SUCCESS);
  REQUIRE(doc.Parse(xml.c_str(), xml.size()) == tinyxml2::XML_SUCCESS);

  // The same suites and test cases, by name, class and counts.
  auto names = [](const tinyxml2::XMLDocument& d) {
    std::string out;
    for (auto* s = d.RootElement()->FirstChildElement("testsuite"); s;
         s = s->NextSiblingElement("testsuite")) {
      out += std::string(s->Attribute("name")) + " " + s->Attribute("tests") + "/" +
             s->Attribute("failures") + "/" + s->Attribute("errors") + ":";
      for (auto* t = s->FirstChildElement("testcase"); t; t = t->NextSiblingElement("testcase"))
        out += std::string(" ") + t->Attribute("name") + "@" + t->Attribute("classname");
      out += "\n";
    }
    return out;
  };
  CHECK(names(doc) == names(en));

  const auto* suite = doc.RootElement()->FirstChildElement("testsuite");
  const auto* failure = test_case(suite, "one-visit")->FirstChildElement("failure");
  REQUIRE(failure);
  CHECK(std::string(failure->Attribute("message")) == "error: 申请人须到场 2 次");
  CHECK(std::string(failure->Attribute("type")) == "one-visit");
  CHECK_THAT(failure->GetText(),
             Catch::Contains("models/办事/before.bpmn:4:2: error: 申请人须到场 2 次 [one-visit]\n"
                             "  办件数据：area=600\n  运行：\n"));
  CHECK_THAT(test_case(suite, "one-visit")->FirstChildElement("system-out")->GetText(),
             Catch::Contains("9:1: warning: 只是一个警告 [one-visit]"));
  const auto* error = test_case(suite, "safeness")->FirstChildElement("error");
  CHECK(std::string(error->Attribute("message")) == "无结论：达到状态数上限");
  CHECK(std::string(error->Attribute("type")) == "inconclusive");
  CHECK(std::string(error->GetText()) == "达到状态数上限\n");
  CHECK_THAT(test_case(suite, "input")->FirstChildElement("system-out")->GetText(),
             Catch::Contains("models/办事/before.bpmn:2:1: warning: 未声明 x"));
  const auto* broken = suite->NextSiblingElement("testsuite");
  CHECK(std::string(test_case(broken, "input")->FirstChildElement("error")->Attribute("message")) ==
        "XML 格式错误");
  CHECK_THAT(test_case(broken->NextSiblingElement("testsuite"), "input")
                 ->FirstChildElement("error")
                 ->GetText(),
             Catch::Contains("no/such/dir: error: 文件或目录不存在"));

  // More than one failing finding; a baselined one.
  run.fail_on = diag::Severity::warning;
  xml = junit_of(run);
  REQUIRE(doc.Parse(xml.c_str(), xml.size()) == tinyxml2::XML_SUCCESS);
  CHECK(std::string(test_case(doc.RootElement()->FirstChildElement("testsuite"), "one-visit")
                        ->FirstChildElement("failure")
                        ->Attribute("message")) == "error: 申请人须到场 2 次（另有 1 个问题）");
  run.fail_on = diag::Severity::error;
  run.baseline = true;
  run.models[0].checks[0].findings[0].baselined = true;
  xml = junit_of(run);
  REQUIRE(doc.Parse(xml.c_str(), xml.size()) == tinyxml2::XML_SUCCESS);
  CHECK_THAT(test_case(doc.RootElement()->FirstChildElement("testsuite"), "one-visit")
                 ->FirstChildElement("system-out")
                 ->GetText(),
             Catch::Contains("[one-visit]（已列入基线）"));
}

TEST_CASE("junit: text XML cannot carry is replaced, never written raw", "[report][junit]") {
  report::RunResult run = sample_run();
  run.models[0].checks[0].findings[0].message =
      std::string("bell\x07 nul") + '\0' + " bad\xff\xfe utf8 \xe5\xae end\nnext";
  run.models[0].file = std::string("odd\x01name.bpmn");
  const std::string xml = junit_of(run);
  tinyxml2::XMLDocument doc;
  REQUIRE(doc.Parse(xml.c_str(), xml.size()) == tinyxml2::XML_SUCCESS);
  const auto* suite = doc.RootElement()->FirstChildElement("testsuite");
  CHECK(std::string(suite->Attribute("name")) == "odd\uFFFDname.bpmn");
  const auto* failure = test_case(suite, "one-visit")->FirstChildElement("failure");
  CHECK(std::string(failure->Attribute("message")) ==
        "error: bell\uFFFD nul\uFFFD bad\uFFFD\uFFFD utf8 \uFFFD\uFFFD end next");
}

TEST_CASE("xml_text keeps what XML allows", "[report][junit]") {
  CHECK(report::xml_text("审批 <&> \t\r\n") == "审批 <&> \t\r\n");
  CHECK(report::xml_text("\x08") == "\uFFFD");
  CHECK(report::xml_text("\xef\xbf\xbe") == "\uFFFD");  // U+FFFE
  CHECK(report::xml_text("\xf0\x9f\x98\x80") == "\xf0\x9f\x98\x80");
  CHECK(report::xml_text("\xed\xa0\x80") == "\uFFFD\uFFFD\uFFFD");  // a UTF-16 surrogate
  CHECK(report::xml_attribute_text("a\tb\nc") == "a b c");
}
