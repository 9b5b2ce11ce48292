// The reform-case library (models/*/README.md, "What the checks should find"): the intended
// one-visit visit counts and seams of every before.bpmn, and every after.bpmn passes.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/run_command.hpp"

using namespace seamless;

namespace {

nlohmann::json one_visit(const std::string& file, int& exit_code) {
  const auto r = test::run_seamless({"check", "--check", "one-visit", "--format", "json", file});
  INFO(file << "\n" << r.err);
  exit_code = r.exit_code;
  REQUIRE(!r.out.empty());
  return nlohmann::json::parse(r.out)["models"][0]["checks"][0];
}

}  // namespace

TEST_CASE("one-visit: the case library's before models need the intended visits", "[one-visit]") {
  struct Case {
    const char* folder;
    int visits, bound;
    std::vector<std::string> seams;
  };
  const Case cases[] = {
      {"construction-project-joint-approval",
       4,
       1,
       {"Event_land_permit", "Event_eia_decision", "Event_permit_ready"}},
      {"j-county-business-start", 6, 1, {"Event_licence_ready"}},
      {"liuyang-restaurant-opening",
       5,
       1,
       {"Event_licence_ready", "Task_collect_licence", "Event_fire_result", "Event_food_permit"}},
      {"yangtze-delta-trans-provincial", 3, 0, {"Event_file_received", "Event_licence_ready"}},
  };
  for (const Case& c : cases) {
    const std::string file = std::string("models/") + c.folder + "/before.bpmn";
    INFO(file);
    int exit_code = 0;
    const auto check = one_visit(file, exit_code);
    CHECK(exit_code == 1);
    CHECK(check["status"] == "fail");
    REQUIRE(check["findings"].size() == 1);
    const auto& cx = check["findings"][0]["counterexample"];
    CHECK(cx["visits"] == c.visits);
    CHECK(cx["max-visits"] == c.bound);
    std::vector<std::string> seams = cx["seam"];
    for (const std::string& s : c.seams)
      CHECK(std::find(seams.begin(), seams.end(), s) != seams.end());
  }
}

TEST_CASE("one-visit: every after model and the agency case pass", "[one-visit]") {
  for (const char* folder :
       {"construction-project-joint-approval", "g-district-agency-service",
        "j-county-business-start", "liuyang-restaurant-opening", "yangtze-delta-trans-provincial"})
    for (const char* which : {"after", "before"}) {
      const std::string file = std::string("models/") + folder + "/" + which + ".bpmn";
      if (std::string(which) == "before" && std::string(folder) != "g-district-agency-service")
        continue;
      INFO(file);
      int exit_code = 0;
      const auto check = one_visit(file, exit_code);
      CHECK(check["status"] == "pass");
      CHECK(exit_code == 0);
    }
}
