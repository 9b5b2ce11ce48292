// The responsibility check on the reform-case library (models/*/): exactly the findings each
// case README lists under "What the checks should find" for before.bpmn, nothing on any
// after.bpmn, and counterexamples that name the case data, the run and the branch departments.
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "support/run_command.hpp"

using namespace seamless;
namespace fs = std::filesystem;

namespace {

nlohmann::json responsibility_json(const std::string& file) {
  const auto r =
      test::run_seamless({"check", "--format", "json", "--check", "responsibility", file});
  INFO(file << '\n' << r.out << r.err);
  REQUIRE((r.exit_code == 0 || r.exit_code == 1));
  return nlohmann::json::parse(r.out)["models"][0]["checks"][0];
}

std::vector<std::string> rules_and_elements(const nlohmann::json& check) {
  std::vector<std::string> out;
  for (const auto& f : check["findings"])
    out.push_back(f["rule"].get<std::string>() + " " + f["element"].get<std::string>());
  return out;
}

const nlohmann::json& finding_on(const nlohmann::json& check, const std::string& element) {
  for (const auto& f : check["findings"])
    if (f["element"] == element) return f;
  static const nlohmann::json none;
  FAIL("no finding on " << element);
  return none;
}

}  // namespace

TEST_CASE("responsibility: the reform cases give exactly their listed findings", "[models]") {
  // Per case folder, the responsibility findings of before.bpmn (README); after.bpmn: none.
  const std::map<std::string, std::vector<std::string>> before = {
      {"g-district-agency-service",
       {"unassigned-activity Task_site_inspection", "gap Gateway_handover"}},
      {"liuyang-restaurant-opening", {"gap Gateway_area"}},
  };
  std::size_t cases = 0;
  for (const auto& entry : fs::directory_iterator(test::source_path("models"))) {
    if (!entry.is_directory()) continue;
    ++cases;
    const std::string name = entry.path().filename().string();
    const auto listed = before.find(name);
    const std::vector<std::string> want =
        listed == before.end() ? std::vector<std::string>{} : listed->second;
    const auto b = responsibility_json("models/" + name + "/before.bpmn");
    CHECK(rules_and_elements(b) == want);
    CHECK(b["status"] == (want.empty() ? "pass" : "fail"));
    const auto a = responsibility_json("models/" + name + "/after.bpmn");
    INFO(name << "/after.bpmn");
    CHECK(a["status"] == "pass");
    CHECK(a["findings"].empty());
  }
  CHECK(cases >= 5);
}

TEST_CASE("responsibility: G District's gap leaves the environment case with no supervisor",
          "[models]") {
  const auto check = responsibility_json("models/g-district-agency-service/before.bpmn");
  const auto& gap = finding_on(check, "Gateway_handover");
  CHECK_THAT(gap["message"].get<std::string>(),
             Catch::Contains("for category=\"environment\" no outgoing condition holds") &&
                 Catch::Contains("Flow_handover_food → ") &&
                 Catch::Contains("(housing-construction)"));
  const auto& cx = gap["counterexample"];
  CHECK(cx["case"]["category"] == "environment");
  CHECK(cx["seam"] == nlohmann::json::array({"Gateway_handover"}));
  CHECK(cx["departments"] == nlohmann::json::array({"market-supervision", "housing-construction"}));
  REQUIRE(!cx["steps"].empty());
  CHECK(cx["steps"].back()["element"] == "Send_permit");  // the step that reaches the gateway
  CHECK(cx["notes"].size() == 2);

  const auto& unassigned = finding_on(check, "Task_site_inspection");
  CHECK(unassigned["line"] == 128);
  CHECK_THAT(unassigned["message"].get<std::string>(), Catch::Contains("belongs to no department"));
}

TEST_CASE("responsibility: Liuyang's gap is for 300 <= area <= 500, both branches fire brigade",
          "[models]") {
  const auto check = responsibility_json("models/liuyang-restaurant-opening/before.bpmn");
  const auto& gap = finding_on(check, "Gateway_area");
  const auto& cx = gap["counterexample"];
  const std::int64_t area = cx["case"]["area"].get<std::int64_t>();
  CHECK(area >= 300);
  CHECK(area <= 500);
  CHECK(cx["departments"] == nlohmann::json::array({"fire-brigade"}));
  CHECK(cx["steps"].back()["element"] == "Receive_fire_application");
  CHECK_THAT(gap["message"].get<std::string>(),
             Catch::Contains("gap at gateway '营业面积 Floor area?' (Gateway_area): for area=" +
                             std::to_string(area)));
}
