// The reform-case library (models/*/README.md, "What the checks should find"): the time-limit
// verdict of every before and after model, the total of the longest run of the failing ones,
// and the longest runs of the passing ones (government work, and with every process's steps).
#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>

#include "support/run_command.hpp"

using namespace seamless;

namespace {

// ISO 8601 as the READMEs write it -> seconds (a day is 24 hours).
std::int64_t seconds(const std::string& iso) {
  const std::regex form(R"(P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?)");
  std::smatch m;
  REQUIRE(std::regex_match(iso, m, form));
  auto part = [&](int i) { return m[i].matched ? std::stoll(m[i].str()) : 0; };
  return part(1) * 86400 + part(2) * 3600 + part(3) * 60;
}

struct Figures {
  const char* status;
  const char* own;  // longest complete run, the limited process's own steps
  const char* all;  // the same with every process's steps
};

// From the models' READMEs.
const std::map<std::string, Figures>& expected() {
  static const std::map<std::string, Figures> table = {
      {"models/j-county-business-start/before.bpmn", {"fail", "P7DT1H", "P7DT3H30M"}},
      {"models/j-county-business-start/after.bpmn", {"pass", "P2DT14H", "P2DT15H30M"}},
      {"models/g-district-agency-service/before.bpmn", {"pass", "P11DT1H", "P11DT3H"}},
      {"models/g-district-agency-service/after.bpmn", {"pass", "P11DT1H", "P11DT3H"}},
      {"models/yangtze-delta-trans-provincial/before.bpmn", {"pass", "P3DT2H30M", "P3DT9H30M"}},
      {"models/yangtze-delta-trans-provincial/after.bpmn", {"pass", "P4DT3H", "P4DT4H30M"}},
      {"models/liuyang-restaurant-opening/before.bpmn", {"fail", "P28DT4H", "P28DT8H30M"}},
      {"models/liuyang-restaurant-opening/after.bpmn", {"pass", "P5DT2H", "P5DT3H30M"}},
      {"models/construction-project-joint-approval/before.bpmn", {"fail", "P87DT4H", "P87DT9H30M"}},
      {"models/construction-project-joint-approval/after.bpmn", {"pass", "P20DT7H", "P20DT8H30M"}},
  };
  return table;
}

// "name=value" from the --stats line on standard error.
std::int64_t stat(const std::string& err, const std::string& name) {
  const auto at = err.find(" " + name + "=");
  REQUIRE(at != std::string::npos);
  return std::stoll(err.substr(at + name.size() + 2));
}

}  // namespace

TEST_CASE("time-limit: the reform-case library gives the READMEs' verdicts and figures",
          "[models]") {
  for (const auto& [file, want] : expected()) {
    INFO(file);
    const auto r =
        test::run_seamless({"check", "--check", "time-limit", "--format", "json", "--stats", file});
    INFO(r.out << r.err);
    const auto j = nlohmann::json::parse(r.out);
    const auto& check = j["models"][0]["checks"][0];
    CHECK(check["status"] == want.status);
    CHECK(stat(r.err, "longest-seconds:Process_government") == seconds(want.own));
    CHECK(stat(r.err, "longest-all-steps-seconds:Process_government") == seconds(want.all));
    if (std::string(want.status) == "fail") {
      REQUIRE(check["findings"].size() == 1);
      const auto& f = check["findings"][0];
      CHECK(f["rule"] == "over-time-limit");
      CHECK(f["element"] == "Process_government");
      CHECK(f["counterexample"]["seconds"].get<std::int64_t>() == seconds(want.own));
      CHECK_THAT(f["message"].get<std::string>(),
                 Catch::Contains("some complete run takes " + std::string(want.own)));
    }
  }
}
