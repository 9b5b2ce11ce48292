// The responsibility check on small models: the path condition decides which gaps count, data
// changed by reform:sets is judged at the gateway, each overlapping pair and each gap is reported
// once per gateway, the result does not depend on partial-order reduction, and limits,
// --abstract-guards and unusable guards give inconclusive, never pass.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "support/load.hpp"
#include "support/run_command.hpp"

using namespace seamless;
namespace fs = std::filesystem;

namespace {

struct Result {
  int exit_code = -1;
  nlohmann::json check;  // the responsibility check's JSON
};

Result run_check(const std::vector<std::string>& extra) {
  std::vector<std::string> args = {"check", "--format", "json", "--check", "responsibility"};
  args.insert(args.end(), extra.begin(), extra.end());
  const auto r = test::run_seamless(args);
  INFO(r.out << r.err);
  Result result;
  result.exit_code = r.exit_code;
  result.check = nlohmann::json::parse(r.out)["models"][0]["checks"][0];
  return result;
}

std::string temp_model(const std::string& name, const std::string& process_body) {
  const fs::path path = fs::temp_directory_path() / ("seamless-responsibility-" + name + ".bpmn");
  test::write_file(path.string(), test::definitions(R"(<bpmn:collaboration id="C">
    <bpmn:participant id="Pool" name="Centre" processRef="P" reform:department="centre"/>
  </bpmn:collaboration>
  <bpmn:process id="P">)" + process_body + "</bpmn:process>"));
  return path.string();
}

const char* const sample_gap = "bpmn-samples/responsibility/gap-reachable-part.bpmn";

// Three nested conditions and a default: 200 < area <= 300 makes two hold, area > 300 three.
const char* const three_conditions = R"(
    <bpmn:extensionElements><reform:variable name="area" type="integer" min="0" max="1000"/></bpmn:extensionElements>
    <bpmn:startEvent id="s"/><bpmn:exclusiveGateway id="g" default="fd"/>
    <bpmn:task id="t1"/><bpmn:task id="t2"/><bpmn:task id="t3"/><bpmn:task id="td"/>
    <bpmn:endEvent id="e1"/><bpmn:endEvent id="e2"/><bpmn:endEvent id="e3"/><bpmn:endEvent id="ed"/>
    <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="g"/>
    <bpmn:sequenceFlow id="f1" sourceRef="g" targetRef="t1"><bpmn:conditionExpression>=area &gt; 100</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f2" sourceRef="g" targetRef="t2"><bpmn:conditionExpression>=area &gt; 200</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f3" sourceRef="g" targetRef="t3"><bpmn:conditionExpression>=area &gt; 300</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="fd" sourceRef="g" targetRef="td"/>
    <bpmn:sequenceFlow id="x1" sourceRef="t1" targetRef="e1"/><bpmn:sequenceFlow id="x2" sourceRef="t2" targetRef="e2"/>
    <bpmn:sequenceFlow id="x3" sourceRef="t3" targetRef="e3"/><bpmn:sequenceFlow id="xd" sourceRef="td" targetRef="ed"/>)";

// A gap for area <= 500 that every value of foodBusiness reaches (two gap cells, one gateway).
const char* const two_gap_cells = R"(
    <bpmn:extensionElements>
      <reform:variable name="area" type="integer" min="0" max="1000"/>
      <reform:variable name="foodBusiness" type="boolean"/>
    </bpmn:extensionElements>
    <bpmn:startEvent id="s"/><bpmn:exclusiveGateway id="food" default="fn"/>
    <bpmn:task id="permit"/><bpmn:task id="register"/><bpmn:exclusiveGateway id="merge"/>
    <bpmn:exclusiveGateway id="area"/><bpmn:task id="inspect"/><bpmn:endEvent id="e"/>
    <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="food"/>
    <bpmn:sequenceFlow id="fy" sourceRef="food" targetRef="permit"><bpmn:conditionExpression>=foodBusiness</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="fn" sourceRef="food" targetRef="register"/>
    <bpmn:sequenceFlow id="f1" sourceRef="permit" targetRef="merge"/>
    <bpmn:sequenceFlow id="f2" sourceRef="register" targetRef="merge"/>
    <bpmn:sequenceFlow id="f3" sourceRef="merge" targetRef="area"/>
    <bpmn:sequenceFlow id="fl" sourceRef="area" targetRef="inspect"><bpmn:conditionExpression>=area &gt; 500</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f4" sourceRef="inspect" targetRef="e"/>)";

}  // namespace

TEST_CASE("responsibility: a gap is reported only for case data that reaches the gateway",
          "[cli]") {
  const Result r = run_check({sample_gap});
  REQUIRE(r.check["findings"].size() == 1);
  const auto& cx = r.check["findings"][0]["counterexample"];
  const std::int64_t area = cx["case"]["area"].get<std::int64_t>();
  CHECK(area >= 800);  // area <= 200 is a gap too, but never reaches Gateway_area
  CHECK(area <= 999);
  CHECK(cx["steps"].back()["element"] == "Gateway_scope");

  const Result unreachable = run_check({"bpmn-samples/responsibility/gap-unreachable.bpmn"});
  CHECK(unreachable.check["status"] == "pass");
  CHECK(unreachable.exit_code == 0);
}

TEST_CASE("responsibility: findings do not depend on partial-order reduction", "[cli]") {
  for (const char* sample : {"overlap", "inclusive-gap", "gap-after-sets", "gap-reachable-part"}) {
    const std::string file = std::string("bpmn-samples/responsibility/") + sample + ".bpmn";
    INFO(file);
    const Result plain = run_check({file});
    const Result unreduced = run_check({file, "--no-reduction"});
    CHECK(plain.check["findings"] == unreduced.check["findings"]);
  }
}

TEST_CASE("responsibility: data decided in the run is judged at the gateway", "[cli]") {
  const Result r = run_check({"bpmn-samples/responsibility/gap-after-sets.bpmn"});
  REQUIRE(r.check["findings"].size() == 1);
  const auto& f = r.check["findings"][0];
  CHECK(f["counterexample"]["case"]["materialsComplete"] == true);  // to pass the pre-check
  CHECK_THAT(f["message"].get<std::string>(),
             Catch::Contains("for materialsComplete=false, supplementAllowed=false (case data as "
                             "steps of the run changed it)"));
}

TEST_CASE("responsibility: an overlap names its branches, their departments and conditions",
          "[cli]") {
  const Result r = run_check({"bpmn-samples/responsibility/overlap.bpmn"});
  REQUIRE(r.check["findings"].size() == 1);
  const auto& f = r.check["findings"][0];
  CHECK(f["rule"] == "overlap");
  const auto& cx = f["counterexample"];
  CHECK(cx["case"]["foodBusiness"] == true);
  CHECK(cx["case"]["area"].get<std::int64_t>() > 500);
  CHECK(cx["departments"] == nlohmann::json::array({"market-supervision", "fire-brigade"}));
  CHECK(cx["seam"] == nlohmann::json::array({"Gateway_review"}));
  REQUIRE(cx["notes"].size() == 2);
  for (const auto& note : cx["notes"])
    CHECK_THAT(note.get<std::string>(), Catch::EndsWith(": holds"));
}

TEST_CASE("responsibility: each overlapping pair once per gateway", "[cli]") {
  const std::string file = temp_model("three-conditions", three_conditions);
  const Result r = run_check({file});
  std::set<std::pair<std::string, std::string>> pairs;
  for (const auto& f : r.check["findings"]) {
    CHECK(f["rule"] == "overlap");
    std::vector<std::string> named;
    for (const char* flow : {"f1", "f2", "f3"})
      if (f["message"].get<std::string>().find(std::string(flow) + " → ") != std::string::npos)
        named.push_back(flow);
    for (std::size_t i = 0; i < named.size(); ++i)
      for (std::size_t j = i + 1; j < named.size(); ++j) pairs.insert({named[i], named[j]});
  }
  CHECK(r.check["findings"].size() == 2);  // {f1, f2}, then {f1, f2, f3} for the new pairs
  CHECK(pairs.size() == 3);
  fs::remove(file);
}

TEST_CASE("responsibility: a gap is reported once per gateway", "[cli]") {
  const std::string file = temp_model("two-gap-cells", two_gap_cells);
  const Result r = run_check({file});
  REQUIRE(r.check["findings"].size() == 1);
  CHECK(r.check["findings"][0]["element"] == "area");
  CHECK(r.check["findings"][0]["counterexample"]["case"]["area"].get<std::int64_t>() <= 500);
  fs::remove(file);
}

TEST_CASE("responsibility: limits, abstract guards and unusable guards are inconclusive", "[cli]") {
  const Result limited = run_check({sample_gap, "--max-states", "2"});
  CHECK(limited.check["status"] == "inconclusive");
  CHECK_THAT(limited.check["reason"].get<std::string>(), Catch::Contains("state limit of 2"));
  CHECK(limited.exit_code == 3);

  const Result abstract = run_check({sample_gap, "--abstract-guards"});
  CHECK(abstract.check["status"] == "inconclusive");
  CHECK_THAT(abstract.check["reason"].get<std::string>(), Catch::Contains("--abstract-guards"));

  const std::string broken = temp_model("broken-guard", R"(
    <bpmn:extensionElements><reform:variable name="area" type="integer"/></bpmn:extensionElements>
    <bpmn:startEvent id="s"/><bpmn:exclusiveGateway id="g"/><bpmn:task id="t"/><bpmn:endEvent id="e"/>
    <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="g"/>
    <bpmn:sequenceFlow id="f1" sourceRef="g" targetRef="t"><bpmn:conditionExpression>=area &gt;</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="e"/>)");
  const Result unusable = run_check({broken});
  CHECK(unusable.check["status"] == "inconclusive");
  CHECK_THAT(unusable.check["reason"].get<std::string>(), Catch::Contains("'f1'"));
  fs::remove(broken);
}

TEST_CASE("responsibility: unassigned activities are found without any guard", "[cli]") {
  // A pool with lanes that list only the start and end: the task is nobody's work.
  const fs::path path = fs::temp_directory_path() / "seamless-responsibility-unlisted.bpmn";
  test::write_file(path.string(), test::definitions(R"(<bpmn:collaboration id="C">
    <bpmn:participant id="Pool" processRef="P"/></bpmn:collaboration>
  <bpmn:process id="P">
    <bpmn:laneSet id="LS"><bpmn:lane id="L" reform:department="window">
      <bpmn:flowNodeRef>s</bpmn:flowNodeRef><bpmn:flowNodeRef>e</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
    <bpmn:startEvent id="s"/><bpmn:task id="t" name="Review"/><bpmn:endEvent id="e"/>
    <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
    <bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="e"/>
  </bpmn:process>)"));
  for (const char* mode : {"--no-reduction", "--abstract-guards"}) {
    const Result r = run_check({path.string(), mode});
    REQUIRE(r.check["findings"].size() == 1);
    CHECK(r.check["findings"][0]["rule"] == "unassigned-activity");
    CHECK(r.check["findings"][0]["element"] == "t");
    CHECK(r.exit_code == 1);
  }
  fs::remove(path);
}

TEST_CASE("responsibility: activities of a process in no pool and without lanes are warnings",
          "[cli]") {
  // A plain sample that models no organisation: every activity is pointed out, as a warning.
  const Result r = run_check({"bpmn-samples/gateway-parallel.bpmn"});
  CHECK(r.check["status"] == "fail");
  REQUIRE(r.check["findings"].size() == 5);
  for (const auto& f : r.check["findings"]) {
    CHECK(f["rule"] == "unassigned-activity");
    CHECK(f["severity"] == "warning");
  }
  CHECK(r.exit_code == 0);  // below the default --fail-on error
}
