// The responsibility samples (bpmn-samples/responsibility): each file's verdict is pinned here,
// with and without --abstract-guards, together with the rule and element of every finding, and
// the text output is compared with tests/golden/responsibility/X.txt (guards respected).
// SEAMLESS_UPDATE_GOLDEN=1 rewrites the golden files for review.
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "golden/golden_compare.hpp"
#include "support/check_outcome.hpp"
#include "support/run_command.hpp"

using namespace seamless;
namespace fs = std::filesystem;

namespace {

struct Expected {
  const char* respected;              // verdict with the case data
  const char* abstract;               // verdict with --abstract-guards
  std::vector<std::string> findings;  // "rule element", sorted as reported (by line)
};

const std::map<std::string, Expected>& expected() {
  static const std::map<std::string, Expected> table = {
      {"gap-reachable-part", {"fail", "inconclusive", {"gap Gateway_area"}}},
      {"gap-unreachable", {"pass", "inconclusive", {}}},
      {"gap-after-sets", {"fail", "inconclusive", {"gap Gateway_materials"}}},
      {"overlap", {"fail", "inconclusive", {"overlap Gateway_review"}}},
      {"inclusive-gap", {"fail", "inconclusive", {"gap Gateway_split"}}},
      {"unassigned-activity", {"fail", "fail", {"unassigned-activity Task_site_visit"}}},
      {"activity-in-two-lanes", {"fail", "fail", {"activity-in-several-lanes Task_joint_review"}}},
      {"covered-nested-lanes", {"pass", "inconclusive", {}}},
      {"free-choice", {"pass", "pass", {}}},
      // Without a catalogue the matters are not judged (responsibility_catalogue_test.cpp).
      {"catalogue-covered", {"pass", "pass", {}}},
      {"catalogue-wrong-department", {"pass", "pass", {}}},
      {"catalogue-department-missing", {"pass", "pass", {}}},
      {"catalogue-unknown-matter", {"pass", "pass", {}}},
  };
  return table;
}

using Outcome = test::CheckOutcome;

Outcome run_json(const std::string& file, bool abstract_guards) {
  std::vector<std::string> args = {"--check", "responsibility", file};
  if (abstract_guards) args.push_back("--abstract-guards");
  return test::run_check_outcome(args);
}

}  // namespace

TEST_CASE("responsibility: samples give their pinned verdicts and golden output", "[golden]") {
  const auto files = test::bpmn_files(test::source_path("bpmn-samples/responsibility"));
  CHECK(files.size() == expected().size());
  for (const fs::path& file : files) {
    const std::string relative = fs::relative(file, test::source_path("")).string();
    const std::string stem = file.stem().string();
    INFO(relative);
    const auto row = expected().find(stem);
    REQUIRE(row != expected().end());  // every sample has its verdicts listed above

    const Outcome respected = run_json(relative, false);
    CHECK(respected.status == row->second.respected);
    CHECK(respected.findings == row->second.findings);
    CHECK(respected.exit_code == (respected.status == "fail" ? 1 : 0));

    const Outcome abstract = run_json(relative, true);
    CHECK(abstract.status == row->second.abstract);
    if (abstract.status != "inconclusive") CHECK(abstract.findings == row->second.findings);

    const auto text = test::run_seamless({"check", "--check", "responsibility", relative});
    CHECK(text.exit_code == respected.exit_code);
    test::compare_golden(test::source_path("tests/golden/responsibility/" + stem + ".txt"),
                         text.out);
  }
}
