// The catalogue rules of the responsibility check (spec/properties.md, item 4) on the
// catalogue-*.bpmn samples, with the catalogue of bpmn-samples/responsibility/seamless.toml:
// verdict, rule and element of every finding, exit code, and the text output compared with
// tests/golden/responsibility/X.catalogue.txt (SEAMLESS_UPDATE_GOLDEN=1 rewrites them).
#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>

#include "golden/golden_compare.hpp"
#include "support/check_outcome.hpp"
#include "support/run_command.hpp"

using namespace seamless;

namespace {

using Outcome = test::CheckOutcome;

Outcome run_json(const std::string& file, const std::string& config) {
  return test::run_check_outcome({"--check", "responsibility", "--config", config, file},
                                 test::FindingKey::severity_rule_element);
}

const std::string samples_config = "bpmn-samples/responsibility/seamless.toml";

}  // namespace

TEST_CASE("responsibility: matters against the catalogue of the samples", "[golden]") {
  struct Expected {
    const char* status;
    std::vector<std::string> findings;
    int exit_code;
  };
  const std::map<std::string, Expected> expected = {
      {"catalogue-covered", {"pass", {}, 0}},
      {"catalogue-wrong-department",
       {"fail", {"error matter-wrong-department Task_window_review"}, 1}},
      {"catalogue-department-missing", {"fail", {"error matter-department-missing Task_apply"}, 1}},
      {"catalogue-unknown-matter", {"fail", {"warning matter-not-in-catalogue Task_accept"}, 0}},
  };
  for (const auto& [stem, want] : expected) {
    const std::string file = "bpmn-samples/responsibility/" + stem + ".bpmn";
    INFO(file);
    const Outcome o = run_json(file, samples_config);
    CHECK(o.status == want.status);
    CHECK(o.findings == want.findings);
    CHECK(o.exit_code == want.exit_code);
    const auto text = test::run_seamless(
        {"check", "--check", "responsibility", "--config", samples_config, file});
    CHECK(text.exit_code == want.exit_code);
    test::compare_golden(
        test::source_path("tests/golden/responsibility/" + stem + ".catalogue.txt"), text.out);
  }
}

TEST_CASE("responsibility: a catalogue department the model does not have", "[golden]") {
  // The catalogue gives the fire-safety inspection to emergency-management: the fire brigade's
  // step is in the wrong department, and no step of emergency-management handles the matter.
  const std::string file = "bpmn-samples/responsibility/catalogue-covered.bpmn";
  const std::string config = "tests/inputs/config/other-catalogue/seamless.toml";
  const Outcome o = run_json(file, config);
  CHECK(o.status == "fail");
  CHECK(o.findings ==
        std::vector<std::string>{"error matter-department-missing Task_fire_inspection",
                                 "error matter-wrong-department Task_fire_inspection"});
  const auto text =
      test::run_seamless({"check", "--check", "responsibility", "--config", config, file});
  CHECK_THAT(text.out, Catch::Contains("matter XK-XF-0203 is handled by no step of "
                                       "emergency-management, its department in the catalogue "
                                       "(tests/inputs/config/other-catalogue/catalogue.csv:3), "
                                       "which this model does not have"));
  CHECK_THAT(text.out, Catch::Contains("but the catalogue "
                                       "(tests/inputs/config/other-catalogue/catalogue.csv:3) "
                                       "gives it to emergency-management"));
}

TEST_CASE("responsibility: the catalogue changes nothing for models without matters", "[golden]") {
  // Samples that carry no reform:matter give the same output with and without a catalogue.
  for (const char* stem : {"overlap", "unassigned-activity", "free-choice"}) {
    const std::string file = std::string("bpmn-samples/responsibility/") + stem + ".bpmn";
    INFO(file);
    const auto with = test::run_seamless(
        {"check", "--check", "responsibility", "--config", samples_config, file});
    const auto without = test::run_seamless({"check", "--check", "responsibility", file});
    CHECK(with.exit_code == without.exit_code);
    CHECK(with.out == without.out);
  }
}
