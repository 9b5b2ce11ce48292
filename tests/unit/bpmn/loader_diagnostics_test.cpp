// Tests of loader diagnostics for bad input: never a crash, always file:line:col.
#include <catch2/catch.hpp>

#include "support/load.hpp"

using namespace seamless;
using seamless::test::definitions;
using seamless::test::load_text;

TEST_CASE("malformed XML reports tinyxml2's error with the line", "[bpmn][diagnostics]") {
  auto loaded =
      load_text("<?xml version=\"1.0\"?>\n<definitions>\n<process id=\"P\">\n</definitions>\n");
  CHECK_FALSE(loaded.model);
  REQUIRE(loaded.diagnostics.has_errors());
  CHECK(loaded.diagnostics.all()[0].line > 0);
  CHECK_THAT(loaded.messages(), Catch::StartsWith("test.bpmn:"));
  CHECK_THAT(loaded.messages(), Catch::Contains("malformed XML"));
}

TEST_CASE("empty input and non-XML input", "[bpmn][diagnostics]") {
  for (const std::string& input : {std::string(), std::string("hello"), std::string("\0\1\2", 3)}) {
    auto loaded = load_text(input);
    CHECK_FALSE(loaded.model);
    CHECK(loaded.diagnostics.has_errors());
  }
}

TEST_CASE("not BPMN", "[bpmn][diagnostics]") {
  auto loaded = load_text("<html><body/></html>");
  CHECK_FALSE(loaded.model);
  CHECK_THAT(loaded.messages(), Catch::Contains("not a BPMN 2.0 file"));
}

TEST_CASE("dangling references are errors naming the element", "[bpmn][diagnostics]") {
  auto loaded = load_text(definitions(R"(<bpmn:process id="P">
    <bpmn:task id="a" default="nope"/>
    <bpmn:sequenceFlow id="f" sourceRef="a" targetRef="missing"/>
    <bpmn:sequenceFlow id="g" sourceRef="a"/>
    <bpmn:boundaryEvent id="b" attachedToRef="ghost"/>
    <bpmn:laneSet><bpmn:lane id="l"><bpmn:flowNodeRef>phantom</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
  </bpmn:process>
  <bpmn:collaboration id="c"><bpmn:participant id="p" processRef="nothing"/>
    <bpmn:messageFlow id="m" sourceRef="a" targetRef="void"/></bpmn:collaboration>)"));
  REQUIRE(loaded.model);
  const std::string messages = loaded.messages();
  CHECK_THAT(messages,
             Catch::Contains(
                 "test.bpmn:5:5: error: sequence flow 'f': targetRef 'missing' does not exist"));
  CHECK_THAT(messages, Catch::Contains("sequence flow 'g' has no targetRef"));
  CHECK_THAT(messages, Catch::Contains("default flow 'nope' does not exist"));
  CHECK_THAT(messages, Catch::Contains("attachedToRef 'ghost' does not exist"));
  CHECK_THAT(messages, Catch::Contains("flowNodeRef 'phantom' does not exist"));
  CHECK_THAT(messages, Catch::Contains("processRef 'nothing' does not exist"));
  CHECK_THAT(messages, Catch::Contains("message flow 'm': targetRef 'void' does not exist"));
}

TEST_CASE("duplicate ids are errors with both lines", "[bpmn][diagnostics]") {
  auto loaded = load_text(definitions(R"(<bpmn:process id="P">
    <bpmn:task id="a"/>
    <bpmn:task id="a"/>
  </bpmn:process>)"));
  REQUIRE(loaded.model);
  CHECK_THAT(loaded.messages(),
             Catch::Contains("test.bpmn:5:5: error: duplicate id 'a' (first defined at line 4)"));
}

TEST_CASE("a flow node in two lanes is reported", "[bpmn][diagnostics]") {
  auto loaded = load_text(definitions(R"(<bpmn:process id="P">
    <bpmn:laneSet><bpmn:lane id="l1"><bpmn:flowNodeRef>a</bpmn:flowNodeRef></bpmn:lane>
    <bpmn:lane id="l2"><bpmn:flowNodeRef>a</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
    <bpmn:task id="a"/>
  </bpmn:process>)"));
  REQUIRE(loaded.model);
  CHECK_THAT(
      loaded.messages(),
      Catch::Contains("'a' is listed in more than one lane ('l1', 'l2'); it belongs to 'l1'"));
  CHECK(loaded.model->lanes[loaded.model->find_node("a")->lane].id == "l1");
}

TEST_CASE("unsupported elements are warnings recorded on the process", "[bpmn][diagnostics]") {
  auto loaded = load_text(definitions(R"(<bpmn:process id="P">
    <bpmn:choreographyTask id="ct"/>
    <bpmn:task id="a"/>
  </bpmn:process>)"));
  REQUIRE(loaded.model);
  CHECK_FALSE(loaded.diagnostics.has_errors());
  CHECK_THAT(loaded.messages(), Catch::Contains("unsupported element 'choreographyTask' (ct)"));
  REQUIRE(loaded.model->processes[0].unsupported.size() == 1);
  CHECK(loaded.model->processes[0].unsupported[0].location.line == 4);
}

TEST_CASE("QName references with a prefix resolve", "[bpmn][loader]") {
  auto loaded = load_text(definitions(R"(<bpmn:process id="P"/>
  <bpmn:collaboration id="c"><bpmn:participant id="p" processRef="bpmn:P"/></bpmn:collaboration>)"));
  REQUIRE(loaded.model);
  CHECK(loaded.diagnostics.empty());
  CHECK(loaded.model->participants[0].process == 0);
}

TEST_CASE("deeply nested input does not crash", "[bpmn][diagnostics]") {
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<bpmn:subProcess id=\"s" + std::to_string(i) + "\">";
  for (int i = 0; i < 5000; ++i) deep += "</bpmn:subProcess>";
  auto loaded = load_text(definitions("<bpmn:process id=\"P\">" + deep + "</bpmn:process>"));
  // Either loaded or refused with a diagnostic; reaching this line is the point.
  CHECK((loaded.model != nullptr || loaded.diagnostics.has_errors()));
}

TEST_CASE("unreadable files", "[bpmn][diagnostics]") {
  diag::Diagnostics d;
  CHECK_FALSE(bpmn::load_file("/nonexistent/x.bpmn", d));
  CHECK_THAT(diag::format(d.all().at(0)), Catch::Contains("cannot read file"));
  diag::Diagnostics dir;
  CHECK_FALSE(bpmn::load_file(SEAMLESS_SOURCE_DIR, dir));
  CHECK(dir.has_errors());
}

TEST_CASE("DI ids share the id space of the model", "[bpmn][diagnostics]") {
  auto loaded = load_text(definitions(R"(<bpmn:process id="P"><bpmn:task id="A"/></bpmn:process>
  <bpmndi:BPMNDiagram id="D"><bpmndi:BPMNPlane id="PL" bpmnElement="P">
    <bpmndi:BPMNShape id="A" bpmnElement="A"><dc:Bounds x="0" y="0" width="1" height="1"/></bpmndi:BPMNShape>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>)"));
  REQUIRE(loaded.model);
  CHECK_THAT(loaded.messages(), Catch::Contains("duplicate id 'A'"));
}

TEST_CASE("variable bounds must be representable", "[bpmn][reform]") {
  auto loaded = load_text(definitions(R"(<bpmn:process id="P"><bpmn:extensionElements>
    <reform:variable name="i" type="integer" min="-9223372036854775808" max="9223372036854775807"/>
    <reform:variable name="d" type="decimal" min="0.0000001" max="99999999999999"/>
  </bpmn:extensionElements></bpmn:process>)"));
  REQUIRE(loaded.model);
  const auto& vars = loaded.model->processes[0].variables;
  CHECK(vars[0].min == "-9223372036854775808");
  CHECK(vars[0].max == "9223372036854775807");
  CHECK_FALSE(vars[1].min);
  CHECK_FALSE(vars[1].max);
  CHECK_THAT(loaded.messages(), Catch::Contains("min=\"0.0000001\" is not a decimal number"));
  CHECK_THAT(loaded.messages(), Catch::Contains("max=\"99999999999999\" is not a decimal number"));
}
