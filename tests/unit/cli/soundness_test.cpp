// The soundness checks end to end through the binary: correlated guards (data-aware vs.
// --abstract-guards), counterexamples in JSON, limits ending in inconclusive, and that no
// reported counterexample ever fails its concrete replay.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "support/load.hpp"
#include "support/run_command.hpp"

using seamless::test::run_seamless;
namespace fs = std::filesystem;

namespace {

const char* const soundness = "safeness,option-to-complete,proper-completion,dead-activity";

// Two parallel branches each decide on `area`; their branches meet crosswise in parallel joins.
// Ignoring data, one branch may go "large" and the other "small": both joins wait forever.
std::string correlated_guards() {
  return seamless::test::definitions(R"(<bpmn:process id="P">
    <bpmn:extensionElements>
      <reform:variable name="area" type="integer" min="0" max="10000"/>
    </bpmn:extensionElements>
    <bpmn:startEvent id="s"/><bpmn:parallelGateway id="split"/>
    <bpmn:exclusiveGateway id="x1"/><bpmn:exclusiveGateway id="x2"/>
    <bpmn:task id="large1"/><bpmn:task id="small1"/><bpmn:task id="large2"/><bpmn:task id="small2"/>
    <bpmn:parallelGateway id="joinLarge"/><bpmn:parallelGateway id="joinSmall"/>
    <bpmn:endEvent id="endLarge"/><bpmn:endEvent id="endSmall"/>
    <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="split"/>
    <bpmn:sequenceFlow id="f1" sourceRef="split" targetRef="x1"/>
    <bpmn:sequenceFlow id="f2" sourceRef="split" targetRef="x2"/>
    <bpmn:sequenceFlow id="l1" sourceRef="x1" targetRef="large1"><bpmn:conditionExpression>=area &gt; 500</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="s1" sourceRef="x1" targetRef="small1"><bpmn:conditionExpression>=area &lt;= 500</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="l2" sourceRef="x2" targetRef="large2"><bpmn:conditionExpression>=area &gt; 500</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="s2" sourceRef="x2" targetRef="small2"><bpmn:conditionExpression>=area &lt;= 500</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="l1j" sourceRef="large1" targetRef="joinLarge"/>
    <bpmn:sequenceFlow id="l2j" sourceRef="large2" targetRef="joinLarge"/>
    <bpmn:sequenceFlow id="s1j" sourceRef="small1" targetRef="joinSmall"/>
    <bpmn:sequenceFlow id="s2j" sourceRef="small2" targetRef="joinSmall"/>
    <bpmn:sequenceFlow id="el" sourceRef="joinLarge" targetRef="endLarge"/>
    <bpmn:sequenceFlow id="es" sourceRef="joinSmall" targetRef="endSmall"/>
  </bpmn:process>)");
}

std::string temp_model(const std::string& name, const std::string& text) {
  const fs::path path = fs::temp_directory_path() / ("seamless-soundness-" + name + ".bpmn");
  seamless::test::write_file(path.string(), text);
  return path.string();
}

}  // namespace

TEST_CASE("soundness: correlated guards are no deadlock when data is respected", "[cli]") {
  const std::string file = temp_model("correlated", correlated_guards());
  auto aware = run_seamless({"check", "--check", soundness, file});
  INFO(aware.out << aware.err);
  CHECK(aware.exit_code == 0);
  CHECK_THAT(aware.out, Catch::Contains("0 errors"));

  auto blind = run_seamless({"check", "--check", soundness, "--abstract-guards", file});
  INFO(blind.out << blind.err);
  CHECK(blind.exit_code == 1);
  CHECK_THAT(blind.out, Catch::Contains("deadlock") && Catch::Contains("[option-to-complete]"));
  fs::remove(file);
}

TEST_CASE("soundness: a deadlock counterexample in JSON names case data, steps and seam", "[cli]") {
  auto r = run_seamless({"check", "--check", "option-to-complete", "--format", "json",
                         "models/liuyang-restaurant-opening/before.bpmn"});
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 1);
  const auto j = nlohmann::json::parse(r.out);
  const auto& finding = j["models"][0]["checks"][0]["findings"][0];
  CHECK(finding["rule"] == "deadlock");
  const auto& cx = finding["counterexample"];
  REQUIRE(cx["case"].contains("area"));
  const std::int64_t area = cx["case"]["area"].get<std::int64_t>();
  CHECK(area >= 300);  // the gap of the before model: 300 <= area <= 500
  CHECK(area <= 500);
  CHECK(cx["steps"].size() >= 5);
  CHECK(cx["steps"][0]["department"] == "applicant");
  CHECK(cx["seam"].size() == 1);
  CHECK_FALSE(cx["left"].empty());
}

TEST_CASE("soundness: the state limit ends in inconclusive, never pass", "[cli]") {
  std::string body = R"(<bpmn:process id="P"><bpmn:startEvent id="s"/>)"
                     R"(<bpmn:parallelGateway id="split"/><bpmn:parallelGateway id="join"/>)"
                     R"(<bpmn:endEvent id="e"/><bpmn:sequenceFlow id="f0" sourceRef="s" )"
                     R"(targetRef="split"/><bpmn:sequenceFlow id="fe" sourceRef="join" )"
                     R"(targetRef="e"/>)";
  for (int i = 0; i < 12; ++i) {
    const std::string t = "t" + std::to_string(i);
    body += "<bpmn:task id=\"" + t + "\"/><bpmn:sequenceFlow id=\"a" + t +
            "\" sourceRef=\"split\" targetRef=\"" + t + "\"/><bpmn:sequenceFlow id=\"b" + t +
            "\" sourceRef=\"" + t + "\" targetRef=\"join\"/>";
  }
  const std::string file =
      temp_model("limit", seamless::test::definitions(body + "</bpmn:process>"));
  auto limited =
      run_seamless({"check", "--check", soundness, "--no-reduction", "--max-states", "100", file});
  INFO(limited.out << limited.err);
  CHECK(limited.exit_code == 3);
  CHECK_THAT(limited.out, Catch::Contains("state limit of 100 states"));
  auto reduced = run_seamless({"check", "--check", soundness, "--max-states", "100", file});
  CHECK(reduced.exit_code == 0);  // 16 states with reduction
  auto stats = run_seamless({"check", "--check", "safeness", "--stats", "--no-reduction", file});
  CHECK_THAT(stats.err, Catch::Contains("states=4099"));
  fs::remove(file);
}

TEST_CASE("soundness: every counterexample replays (samples, models, research corpus)", "[cli]") {
  for (const std::string& path :
       {std::string("bpmn-samples"), std::string("models"),
        std::string(SEAMLESS_CORPUS_DIR) + "/bpmn-for-research/English"}) {
    if (!fs::exists(seamless::test::source_path(path)) && !fs::exists(path)) continue;
    for (const char* reduction : {"--no-reduction", "--stats"}) {
      auto r = run_seamless({"check", "--check", soundness, reduction, path});
      INFO(path << ' ' << reduction << '\n' << r.err);
      CHECK((r.exit_code != 2 || path.find("corpus") != std::string::npos));
      CHECK_THAT(r.out, !Catch::Contains("internal error"));
      CHECK_THAT(r.out, !Catch::Contains("check-error"));
    }
  }
}
