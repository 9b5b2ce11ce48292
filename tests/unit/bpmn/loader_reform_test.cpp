// Tests of the reform: vocabulary in the loader: roles, departments, channels, defaults,
// variables, process targets, and warnings for unknown attributes and bad values.
#include <catch2/catch.hpp>

#include "support/load.hpp"

using namespace seamless;
using seamless::test::definitions;
using seamless::test::load_text;

namespace {
std::string applicant_model(const std::string& task_attributes,
                            const std::string& process_extra = "") {
  return definitions(R"(
  <bpmn:collaboration id="c">
    <bpmn:participant id="app" name="申请人 Applicant" processRef="PA" reform:role="applicant"/>
    <bpmn:participant id="gov" name="政务中心" processRef="PG" reform:department="county-centre"/>
  </bpmn:collaboration>
  <bpmn:process id="PA" reform:maxVisits="0" reform:timeLimit="P20D")" +
                     process_extra + R"(>
    <bpmn:extensionElements>
      <reform:variable name="area" type="integer" min="0" max="100000"/>
      <reform:variable name="foodBusiness" type="boolean"/>
      <reform:variable name="district" type="string" values="qingpu, wujiang,jiashan"/>
      <reform:variable name="investment" type="decimal" min="0.5"/>
    </bpmn:extensionElements>
    <bpmn:startEvent id="s"/>
    <bpmn:task id="submit" )" +
                     task_attributes + R"(/>
    <bpmn:endEvent id="e"/>
    <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="submit"/>
    <bpmn:sequenceFlow id="f2" sourceRef="submit" targetRef="e"/>
  </bpmn:process>
  <bpmn:process id="PG"><bpmn:extensionElements><reform:variable name="area" type="integer"/></bpmn:extensionElements><bpmn:task id="review" reform:duration="P2D" reform:sets="area"/></bpmn:process>)");
}
}  // namespace

TEST_CASE("applicant steps default to on-site, departments come from reform:department",
          "[bpmn][reform]") {
  auto loaded = load_text(applicant_model(R"(reform:location="county-hall")"));
  REQUIRE(loaded.model);
  INFO(loaded.messages());
  CHECK(loaded.diagnostics.empty());
  const auto& m = *loaded.model;
  const auto* submit = m.find_node("submit");
  CHECK(submit->role == model::Role::applicant);
  REQUIRE(submit->channel);
  CHECK(*submit->channel == model::Channel::onsite);
  CHECK(submit->visit_location == "county-hall");
  CHECK(submit->duration.seconds == 0);
  CHECK(submit->duration.text == "PT0S");
  const auto* review = m.find_node("review");
  CHECK_FALSE(review->channel);  // channel only matters for applicant steps
  CHECK(review->duration.seconds == 2 * 86400);
  CHECK(review->sets == std::vector<std::string>{"area"});
  CHECK(m.departments[review->department].id == "county-centre");
  CHECK(m.departments[review->department].name == "政务中心");
  const auto& pa = m.processes[0];
  CHECK(pa.max_visits == 0);
  REQUIRE(pa.time_limit);
  CHECK(pa.time_limit->seconds == 20 * 86400);
  CHECK(m.processes[1].max_visits == 1);
}

TEST_CASE("reform:variable declarations", "[bpmn][reform]") {
  auto loaded = load_text(applicant_model(""));
  REQUIRE(loaded.model);
  const auto& vars = loaded.model->processes[0].variables;
  REQUIRE(vars.size() == 4);
  CHECK(vars[0].type == model::VariableType::integer);
  CHECK(vars[0].min == "0");
  CHECK(vars[0].max == "100000");
  CHECK(vars[2].values == std::vector<std::string>{"qingpu", "wujiang", "jiashan"});
  CHECK(vars[3].type == model::VariableType::decimal);
  CHECK(vars[3].min == "0.5");
  CHECK_FALSE(vars[3].max);
}

TEST_CASE("explicit channel, immediate, matter", "[bpmn][reform]") {
  auto loaded = load_text(applicant_model(
      R"(reform:channel="online" reform:immediate="true" reform:matter="XK-01" reform:duration="PT30M")"));
  REQUIRE(loaded.model);
  const auto* submit = loaded.model->find_node("submit");
  CHECK(*submit->channel == model::Channel::online);
  CHECK(submit->immediate);
  CHECK(submit->matter == "XK-01");
  CHECK(submit->duration.seconds == 1800);
}

TEST_CASE("bad reform values and unknown attributes are warnings with a line", "[bpmn][reform]") {
  auto loaded = load_text(applicant_model(
      R"(reform:channel="teleport" reform:immediate="yes" reform:duration="2 days" reform:colour="red")",
      R"( reform:role="applicant")"));
  REQUIRE(loaded.model);
  const std::string messages = loaded.messages();
  CHECK_FALSE(loaded.diagnostics.has_errors());
  CHECK_THAT(messages, Catch::Contains("test.bpmn:16:5: warning: reform:channel=\"teleport\""));
  CHECK_THAT(messages, Catch::Contains("reform:immediate=\"yes\" is not true or false"));
  CHECK_THAT(messages, Catch::Contains("reform:duration=\"2 days\" is not an ISO 8601 duration"));
  CHECK_THAT(messages, Catch::Contains("unknown attribute reform:colour on 'task'"));
  CHECK_THAT(messages, Catch::Contains("reform:role has no meaning on 'process'"));
  // Defaults apply.
  CHECK(*loaded.model->find_node("submit")->channel == model::Channel::onsite);
}

TEST_CASE("bad variable declarations and undeclared reform:sets are warnings", "[bpmn][reform]") {
  auto loaded = load_text(definitions(R"(
  <bpmn:process id="P">
    <bpmn:extensionElements>
      <reform:variable name="a" type="float"/>
      <reform:variable name="b" type="integer" min="x"/>
      <reform:variable name="c" type="boolean" values="1,2"/>
      <reform:variable name="d" type="integer" min="5" max="1"/>
      <reform:variable name="d" type="integer"/>
      <reform:unknown/>
    </bpmn:extensionElements>
    <bpmn:task id="t" reform:sets="zz"/>
  </bpmn:process>)"));
  REQUIRE(loaded.model);
  const std::string messages = loaded.messages();
  CHECK_THAT(messages, Catch::Contains("type \"float\" is not one of"));
  CHECK_THAT(messages, Catch::Contains("min=\"x\" is not a 64-bit integer"));
  CHECK_THAT(messages, Catch::Contains("'values' applies only to string variables"));
  CHECK_THAT(messages, Catch::Contains("min 5 is greater than max 1"));
  CHECK_THAT(messages, Catch::Contains("reform:variable 'd' is declared twice"));
  CHECK_THAT(messages, Catch::Contains("unknown element reform:unknown"));
  CHECK_THAT(messages, Catch::Contains("reform:sets names 'zz', which is not a reform:variable"));
  CHECK(loaded.model->processes[0].variables.size() == 3);  // b, c, d
}

TEST_CASE("the reform namespace is matched by URI, not by prefix", "[bpmn][reform]") {
  auto loaded = load_text(
      R"(<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:r="urn:seamless:reform:1" xmlns:reform="urn:not-reform">
  <collaboration id="c"><participant id="p" processRef="P" r:role="applicant"/></collaboration>
  <process id="P"><task id="t" reform:channel="nonsense"/></process></definitions>)");
  REQUIRE(loaded.model);
  CHECK(loaded.diagnostics.empty());
  CHECK(loaded.model->participants[0].role == model::Role::applicant);
}

TEST_CASE("lanes inherit the role of their pool, agents keep theirs", "[bpmn][reform]") {
  auto loaded = load_text(definitions(R"(
  <bpmn:collaboration id="c"><bpmn:participant id="p" processRef="P" reform:role="applicant"/></bpmn:collaboration>
  <bpmn:process id="P"><bpmn:laneSet id="ls">
    <bpmn:lane id="self"><bpmn:flowNodeRef>a</bpmn:flowNodeRef></bpmn:lane>
    <bpmn:lane id="agent" reform:role="agent" reform:department="agency-service"><bpmn:flowNodeRef>b</bpmn:flowNodeRef></bpmn:lane>
  </bpmn:laneSet><bpmn:task id="a"/><bpmn:task id="b"/></bpmn:process>)"));
  REQUIRE(loaded.model);
  const auto& m = *loaded.model;
  CHECK(m.find_node("a")->role == model::Role::applicant);
  CHECK(m.find_node("a")->channel == model::Channel::onsite);
  CHECK(m.find_node("b")->role == model::Role::agent);
  CHECK_FALSE(m.find_node("b")->channel);
  CHECK(m.departments[m.find_node("b")->department].id == "agency-service");
}

TEST_CASE("reform: attributes on elements where they mean nothing are reported", "[bpmn][reform]") {
  auto loaded = load_text(definitions(R"(
  <bpmn:message id="m" reform:shared="true"/>
  <bpmn:process id="P"><bpmn:textAnnotation id="a" reform:matter="X"/></bpmn:process>)"));
  REQUIRE(loaded.model);
  CHECK_THAT(loaded.messages(), Catch::Contains("reform:shared has no meaning on 'message'"));
  CHECK_THAT(loaded.messages(),
             Catch::Contains("reform:matter has no meaning on 'textAnnotation'"));
}
