// Tests of the built-in output formats and of the inspect JSON's field names.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "seamless/report/builtin_formats.hpp"
#include "seamless/report/inspect_json.hpp"
#include "support/load.hpp"

using namespace seamless;

namespace {
report::RunResult sample_result() {
  report::RunResult r;
  r.tool_version = "9.9.9";
  report::ModelResult m;
  m.file = "models/x.bpmn";
  m.analysed = true;
  check::CheckResult c;
  c.name = "structure";
  c.status = check::Status::fail;
  c.findings.push_back({"structure",
                        "no-end-event",
                        check::Severity::error,
                        "process 'P' has no end event",
                        "P",
                        {57, 5},
                        {}});
  m.checks.push_back(c);
  check::CheckResult i;
  i.name = "other";
  i.status = check::Status::inconclusive;
  i.reason = "state limit reached";
  m.checks.push_back(i);
  r.models.push_back(m);
  r.diagnostics.push_back({diag::Severity::warning, "models/x.bpmn", 3, 7, "odd"});
  return r;
}
}  // namespace

TEST_CASE("text format: gcc-style lines and a summary", "[report]") {
  std::ostringstream out;
  report::make_text_format()->write(sample_result(), out);
  CHECK(out.str() ==
        "models/x.bpmn:3:7: warning: odd\n"
        "models/x.bpmn:57:5: error: process 'P' has no end event [structure]\n"
        "models/x.bpmn: note: inconclusive: state limit reached [other]\n"
        "seamless: 1 model (1 analysed), 1 error, 0 warnings, 1 inconclusive\n");
}

TEST_CASE("json format: the stable field names of spec/cli.md", "[report]") {
  std::ostringstream out;
  report::make_json_format()->write(sample_result(), out);
  auto j = nlohmann::json::parse(out.str());
  CHECK(j["tool"]["name"] == "seamless");
  CHECK(j["tool"]["version"] == "9.9.9");
  const auto& check = j["models"][0]["checks"][0];
  CHECK(j["models"][0]["file"] == "models/x.bpmn");
  CHECK(check["name"] == "structure");
  CHECK(check["status"] == "fail");
  const auto& f = check["findings"][0];
  CHECK(f["severity"] == "error");
  CHECK(f["message"] == "process 'P' has no end event");
  CHECK(f["element"] == "P");
  CHECK(f["line"] == 57);
  CHECK(f["column"] == 5);
  CHECK(j["models"][0]["checks"][1]["reason"] == "state limit reached");
  CHECK(j["diagnostics"][0]["line"] == 3);
  CHECK(j["diagnostics"][0]["column"] == 7);
}

TEST_CASE("inspect JSON lists processes, nodes, flows, lanes, variables, documents",
          "[report][inspect]") {
  auto loaded = test::load_text(test::definitions(R"(
  <bpmn:collaboration id="c"><bpmn:participant id="p" name="窗口" processRef="P"/>
  </bpmn:collaboration>
  <bpmn:process id="P" name="审批">
    <bpmn:extensionElements><reform:variable name="area" type="integer" min="0"/></bpmn:extensionElements>
    <bpmn:startEvent id="s"/><bpmn:endEvent id="e"/>
    <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e"><bpmn:conditionExpression>=area &gt; 1</bpmn:conditionExpression></bpmn:sequenceFlow>
  </bpmn:process>)"));
  REQUIRE(loaded.model);
  const auto j = report::inspect_json(*loaded.model);
  const auto& p = j["processes"][0];
  CHECK(p["id"] == "P");
  CHECK(p["name"] == "审批");
  CHECK(p["nodes"][0]["id"] == "s");
  CHECK(p["nodes"][0]["type"] == "startEvent");
  CHECK(p["nodes"][0]["department"] == "p");
  CHECK(p["nodes"][0]["line"] == 8);
  CHECK(p["flows"][0]["source"] == "s");
  CHECK(p["flows"][0]["guard"]["text"] == "=area > 1");
  CHECK(p["flows"][0]["guard"]["language"] == "feel");
  CHECK(p["variables"][0]["name"] == "area");
  CHECK(p["lanes"].is_array());
  CHECK(p["documents"].is_array());
  CHECK(j["participants"][0]["name"] == "窗口");
  CHECK(j["messageFlows"].is_array());
}
