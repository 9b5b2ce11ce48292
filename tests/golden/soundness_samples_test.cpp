// The hand-made soundness samples (bpmn-samples/soundness): each file's verdict per check is
// pinned here, independently of the golden text, and the full text output of the four checks is
// compared with tests/golden/soundness/X.txt (guards respected) and X.abstract.txt
// (--abstract-guards). SEAMLESS_UPDATE_GOLDEN=1 rewrites the golden files for review.
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "golden_compare.hpp"
#include "support/run_command.hpp"

using namespace seamless;
namespace fs = std::filesystem;

namespace {

const char* const four_checks = "safeness,option-to-complete,proper-completion,dead-activity";

// Verdicts of safeness, option-to-complete, proper-completion, dead-activity, in that order.
struct Verdicts {
  const char* respected[4];
  const char* abstract[4];
};

const std::map<std::string, Verdicts>& expected_verdicts() {
  static const std::map<std::string, Verdicts> table = {
      {"sound-sequence", {{"pass", "pass", "pass", "pass"}, {"pass", "pass", "pass", "pass"}}},
      {"sound-parallel", {{"pass", "pass", "pass", "pass"}, {"pass", "pass", "pass", "pass"}}},
      {"sound-exclusive-loop",
       {{"pass", "pass", "pass", "pass"}, {"pass", "pass", "pass", "pass"}}},
      {"sound-inclusive", {{"pass", "pass", "pass", "pass"}, {"pass", "pass", "pass", "pass"}}},
      {"sound-event-based", {{"pass", "pass", "pass", "pass"}, {"pass", "pass", "pass", "pass"}}},
      {"sound-subprocess", {{"pass", "pass", "pass", "pass"}, {"pass", "pass", "pass", "pass"}}},
      {"sound-boundary-timer",
       {{"pass", "pass", "pass", "pass"}, {"pass", "pass", "pass", "pass"}}},
      {"sound-collaboration", {{"pass", "pass", "pass", "pass"}, {"pass", "pass", "pass", "pass"}}},
      {"sound-terminate", {{"pass", "pass", "pass", "pass"}, {"pass", "pass", "pass", "pass"}}},
      {"sound-call-activity", {{"pass", "pass", "pass", "pass"}, {"pass", "pass", "pass", "pass"}}},
      {"inclusive-join-wait", {{"pass", "pass", "pass", "pass"}, {"pass", "pass", "pass", "pass"}}},
      {"correlated-guards", {{"pass", "pass", "pass", "pass"}, {"pass", "fail", "pass", "pass"}}},
      {"unsafe-xor-merge", {{"fail", "pass", "fail", "pass"}, {"fail", "pass", "fail", "pass"}}},
      {"unsafe-loop-before-join-1",
       {{"fail", "fail", "inconclusive", "inconclusive"},
        {"fail", "fail", "inconclusive", "inconclusive"}}},
      {"unsafe-loop-before-join-2",
       {{"fail", "fail", "pass", "pass"}, {"fail", "fail", "pass", "pass"}}},
      {"unsafe-loop-before-join-3",
       {{"fail", "pass", "pass", "pass"}, {"fail", "pass", "pass", "pass"}}},
      {"deadlock-xor-and", {{"pass", "fail", "pass", "pass"}, {"pass", "fail", "pass", "pass"}}},
      {"livelock", {{"pass", "fail", "pass", "pass"}, {"pass", "pass", "pass", "pass"}}},
      {"improper-parallel-ends",
       {{"pass", "pass", "pass", "pass"}, {"pass", "pass", "pass", "pass"}}},
      {"dead-activity-guard", {{"pass", "pass", "pass", "fail"}, {"pass", "pass", "pass", "pass"}}},
      {"dead-activity-structure",
       {{"pass", "pass", "pass", "fail"}, {"pass", "pass", "pass", "fail"}}},
      {"unsafe-message-loop", {{"pass", "pass", "fail", "pass"}, {"pass", "pass", "fail", "pass"}}},
      {"deadlock-receive", {{"pass", "fail", "pass", "pass"}, {"pass", "fail", "pass", "pass"}}},
  };
  return table;
}

std::vector<std::string> statuses(const std::string& json_text) {
  const auto j = nlohmann::json::parse(json_text);
  std::vector<std::string> out;
  for (const auto& check : j["models"][0]["checks"]) out.push_back(check["status"]);
  return out;
}

void check_sample(const fs::path& file, bool abstract_guards) {
  const std::string relative = fs::relative(file, test::source_path("")).string();
  const std::string stem = file.stem().string();
  std::vector<std::string> args = {"check", "--check", four_checks, relative};
  if (abstract_guards) args.push_back("--abstract-guards");

  const auto& table = expected_verdicts();
  const auto row = table.find(stem);
  INFO(relative << (abstract_guards ? " with --abstract-guards" : ""));
  REQUIRE(row != table.end());  // every sample has its verdicts listed above
  const char* const* expected = abstract_guards ? row->second.abstract : row->second.respected;

  auto json_args = args;
  json_args.insert(json_args.begin() + 1, {"--format", "json"});
  const auto json = test::run_seamless(json_args);
  INFO(json.out << json.err);
  const std::vector<std::string> got = statuses(json.out);
  REQUIRE(got.size() == 4);
  bool any_fail = false, any_inconclusive = false;
  for (int i = 0; i < 4; ++i) {
    CHECK(got[i] == expected[i]);
    any_fail = any_fail || got[i] == "fail";
    any_inconclusive = any_inconclusive || got[i] == "inconclusive";
  }
  CHECK(json.exit_code == (any_fail ? 1 : any_inconclusive ? 3 : 0));

  const auto text = test::run_seamless(args);
  CHECK(text.exit_code == json.exit_code);
  test::compare_golden(test::source_path("tests/golden/soundness/" + stem +
                                         (abstract_guards ? ".abstract.txt" : ".txt")),
                       text.out);
}

}  // namespace

TEST_CASE("golden: soundness samples, guards respected", "[golden]") {
  const auto files = test::bpmn_files(test::source_path("bpmn-samples/soundness"));
  CHECK(files.size() == expected_verdicts().size());
  for (const fs::path& file : files) check_sample(file, false);
}

TEST_CASE("golden: soundness samples, guards abstracted", "[golden]") {
  for (const fs::path& file : test::bpmn_files(test::source_path("bpmn-samples/soundness")))
    check_sample(file, true);
}
