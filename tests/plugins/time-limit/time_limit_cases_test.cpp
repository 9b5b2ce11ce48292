// The time-limit check on purpose-built models: messages carry time between pools, each
// limited process is judged on its own steps, unsafe models and resource limits end in
// inconclusive, and a model without reform:timeLimit passes without analysis.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "support/load.hpp"
#include "support/run_command.hpp"

using seamless::test::run_seamless;
namespace fs = std::filesystem;

namespace {

std::string temp_model(const std::string& name, const std::string& text) {
  const fs::path path = fs::temp_directory_path() / ("seamless-time-limit-" + name + ".bpmn");
  seamless::test::write_file(path.string(), text);
  return path.string();
}

nlohmann::json check_of(const seamless::test::CommandResult& r) {
  return nlohmann::json::parse(r.out)["models"][0]["checks"][0];
}

// The government issues the licence (P2D) while waiting for the fee in parallel; the applicant
// pays only once the licence has arrived, so the fee's receipt waits for that message.
std::string fee_after_licence(const std::string& government_limit) {
  return seamless::test::definitions(R"(<bpmn:collaboration id="c">
    <bpmn:participant id="pa" processRef="A" reform:role="applicant"/>
    <bpmn:participant id="pg" processRef="G"/>
    <bpmn:messageFlow id="m1" sourceRef="sendApp" targetRef="receiveApp"/>
    <bpmn:messageFlow id="m2" sourceRef="sendLicence" targetRef="receiveLicence"/>
    <bpmn:messageFlow id="m3" sourceRef="sendFee" targetRef="receiveFee"/>
  </bpmn:collaboration>
  <bpmn:process id="A" reform:timeLimit="PT1H">
    <bpmn:startEvent id="as"/><bpmn:sendTask id="sendApp" reform:channel="online"/>
    <bpmn:receiveTask id="receiveLicence"/><bpmn:sendTask id="sendFee" reform:channel="online"/>
    <bpmn:endEvent id="ae"/>
    <bpmn:sequenceFlow id="a1" sourceRef="as" targetRef="sendApp"/>
    <bpmn:sequenceFlow id="a2" sourceRef="sendApp" targetRef="receiveLicence"/>
    <bpmn:sequenceFlow id="a3" sourceRef="receiveLicence" targetRef="sendFee"/>
    <bpmn:sequenceFlow id="a4" sourceRef="sendFee" targetRef="ae"/>
  </bpmn:process>
  <bpmn:process id="G" reform:timeLimit=")" +
                                     government_limit + R"(">
    <bpmn:startEvent id="gs"/><bpmn:receiveTask id="receiveApp" reform:duration="PT1H"/>
    <bpmn:parallelGateway id="fork"/><bpmn:task id="issue" reform:duration="P2D"/>
    <bpmn:sendTask id="sendLicence"/><bpmn:receiveTask id="receiveFee" reform:duration="PT1H"/>
    <bpmn:parallelGateway id="join"/><bpmn:endEvent id="ge"/>
    <bpmn:sequenceFlow id="g1" sourceRef="gs" targetRef="receiveApp"/>
    <bpmn:sequenceFlow id="g2" sourceRef="receiveApp" targetRef="fork"/>
    <bpmn:sequenceFlow id="g3" sourceRef="fork" targetRef="issue"/>
    <bpmn:sequenceFlow id="g4" sourceRef="issue" targetRef="sendLicence"/>
    <bpmn:sequenceFlow id="g5" sourceRef="sendLicence" targetRef="join"/>
    <bpmn:sequenceFlow id="g6" sourceRef="fork" targetRef="receiveFee"/>
    <bpmn:sequenceFlow id="g7" sourceRef="receiveFee" targetRef="join"/>
    <bpmn:sequenceFlow id="g8" sourceRef="join" targetRef="ge"/>
  </bpmn:process>)");
}

// An exclusive merge after a parallel split: two tokens may wait on one flow.
std::string unsafe_model() {
  return seamless::test::definitions(R"(<bpmn:process id="P" reform:timeLimit="P5D">
    <bpmn:startEvent id="s"/><bpmn:parallelGateway id="fork"/>
    <bpmn:exclusiveGateway id="merge"/><bpmn:task id="work" reform:duration="P1D"/>
    <bpmn:endEvent id="e"/>
    <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="fork"/>
    <bpmn:sequenceFlow id="f1" sourceRef="fork" targetRef="merge"/>
    <bpmn:sequenceFlow id="f2" sourceRef="fork" targetRef="merge"/>
    <bpmn:sequenceFlow id="f3" sourceRef="merge" targetRef="work"/>
    <bpmn:sequenceFlow id="f4" sourceRef="work" targetRef="e"/>
  </bpmn:process>)");
}

}  // namespace

TEST_CASE("time-limit: a receive waits for the time its message was sent", "[cli]") {
  // Receipt of the fee: after the licence (PT1H + P2D) reached the applicant, PT1H more.
  const std::string file = temp_model("fee", fee_after_licence("P2DT1H"));
  const auto r = run_seamless({"check", "--check", "time-limit", "--format", "json", file});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 1);
  const auto check = check_of(r);
  CHECK(check["status"] == "fail");
  // Only the government is over its limit: the applicant's own steps take no time.
  REQUIRE(check["findings"].size() == 1);
  const auto& f = check["findings"][0];
  CHECK(f["element"] == "G");
  CHECK(f["counterexample"]["seconds"].get<std::int64_t>() == 2 * 86400 + 2 * 3600);
  CHECK_THAT(f["message"].get<std::string>(), Catch::Contains("takes P2DT2H"));
  std::vector<std::string> seam = f["counterexample"]["seam"];
  CHECK(seam == std::vector<std::string>{"receiveApp", "issue", "receiveFee"});

  const std::string enough = temp_model("fee-enough", fee_after_licence("P2DT2H"));
  const auto ok = run_seamless({"check", "--check", "time-limit", enough});
  INFO(ok.out << ok.err);
  CHECK(ok.exit_code == 0);
  fs::remove(file);
  fs::remove(enough);
}

TEST_CASE("time-limit: two tokens on one flow make the check inconclusive", "[cli]") {
  const std::string file = temp_model("unsafe", unsafe_model());
  const auto r = run_seamless({"check", "--check", "time-limit", "--format", "json", file});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 3);
  const auto check = check_of(r);
  CHECK(check["status"] == "inconclusive");
  CHECK_THAT(check["reason"].get<std::string>(), Catch::Contains("not safe"));
  fs::remove(file);
}

TEST_CASE("time-limit: resource limits end in inconclusive, never pass", "[cli]") {
  const char* model = "models/liuyang-restaurant-opening/after.bpmn";
  const auto states = run_seamless(
      {"check", "--check", "time-limit", "--format", "json", "--max-states", "3", model});
  INFO(states.out << states.err);
  CHECK(states.exit_code == 3);
  CHECK(check_of(states)["status"] == "inconclusive");
  CHECK_THAT(check_of(states)["reason"].get<std::string>(), Catch::Contains("--max-states"));

  const auto time = run_seamless(
      {"check", "--check", "time-limit", "--format", "json", "--timeout", "0.000001", model});
  INFO(time.out << time.err);
  CHECK(time.exit_code == 3);
  CHECK(check_of(time)["status"] == "inconclusive");
  CHECK_THAT(check_of(time)["reason"].get<std::string>(), Catch::Contains("--timeout"));
}

TEST_CASE("time-limit: a model without reform:timeLimit passes", "[cli]") {
  const auto r = run_seamless({"check", "--check", "time-limit", "--format", "json", "--stats",
                               "bpmn-samples/gateway-parallel.bpmn"});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK(check_of(r)["status"] == "pass");
  CHECK_THAT(r.err, Catch::Contains("no behavioural analysis ran"));
}
