// The time-limit samples (bpmn-samples/time-limit): each file's verdict, rule, element and
// figures are pinned here, with and without --abstract-guards, and the text output is compared
// with tests/golden/time-limit/X.txt. SEAMLESS_UPDATE_GOLDEN=1 rewrites the golden files.
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "golden/golden_compare.hpp"
#include "support/run_command.hpp"

using namespace seamless;
namespace fs = std::filesystem;

namespace {

struct Expected {
  const char* status;
  std::string finding;   // "rule element", or "" for a pass
  std::int64_t seconds;  // `seconds` (over the limit) or `loop-seconds` (a loop); 0 for a pass
  std::vector<std::string> seam;
};

constexpr std::int64_t hour = 3600, day = 24 * hour;

const std::map<std::string, Expected>& expected() {
  static const std::map<std::string, Expected> table = {
      {"sequence-within-limit", {"pass", "", 0, {}}},
      {"sequence-over-limit",
       {"fail",
        "over-time-limit Process_licence",
        3 * day + 2 * hour,
        {"Task_accept", "Task_review", "Task_issue"}}},
      {"parallel-branches", {"pass", "", 0, {}}},
      {"exclusive-guarded",
       {"fail",
        "over-time-limit Process_fire",
        10 * day + 2 * hour,
        {"Task_accept", "Task_inspection", "Task_issue"}}},
      {"unbounded-loop",
       {"fail",
        "unbounded-loop Task_review",
        3 * day,
        {"Task_review", "Gateway_complete", "Task_supplement", "Gateway_merge"}}},
      {"zero-duration-loop", {"pass", "", 0, {}}},
      {"subprocess-over-limit",
       {"fail",
        "over-time-limit Process_licence",
        3 * day + 2 * hour,
        {"Task_accept", "Task_check", "Task_opinion", "Task_issue"}}},
      {"two-pools", {"pass", "", 0, {}}},
  };
  return table;
}

nlohmann::json run_json(const std::string& file, bool abstract_guards) {
  std::vector<std::string> args = {"check", "--format", "json", "--check", "time-limit", file};
  if (abstract_guards) args.push_back("--abstract-guards");
  const auto r = test::run_seamless(args);
  INFO(r.out << r.err);
  const auto j = nlohmann::json::parse(r.out);
  const auto& check = j["models"][0]["checks"][0];
  CHECK(r.exit_code == (check["status"] == "fail" ? 1 : 0));
  return check;
}

void check_verdict(const nlohmann::json& check, const Expected& want) {
  CHECK(check["status"] == want.status);
  if (want.finding.empty()) {
    CHECK(check["findings"].empty());
    return;
  }
  REQUIRE(check["findings"].size() == 1);
  const auto& f = check["findings"][0];
  CHECK(f["rule"].get<std::string>() + " " + f["element"].get<std::string>() == want.finding);
  const auto& figures = f["counterexample"];
  const char* figure = f["rule"] == "unbounded-loop" ? "loop-seconds" : "seconds";
  CHECK(figures[figure].get<std::int64_t>() == want.seconds);
  CHECK(figures["seam"].get<std::vector<std::string>>() == want.seam);
}

}  // namespace

TEST_CASE("time-limit: samples give their pinned verdicts and golden output", "[golden]") {
  const auto files = test::bpmn_files(test::source_path("bpmn-samples/time-limit"));
  CHECK(files.size() == expected().size());
  for (const fs::path& file : files) {
    const std::string relative = fs::relative(file, test::source_path("")).string();
    const std::string stem = file.stem().string();
    INFO(relative);
    const auto row = expected().find(stem);
    REQUIRE(row != expected().end());  // every sample has its verdict listed above
    check_verdict(run_json(relative, false), row->second);
    // Without case data every guarded choice is free: the same runs exist here, so the same
    // verdicts (the guarded branch of exclusive-guarded is still possible).
    check_verdict(run_json(relative, true), row->second);

    const auto text = test::run_seamless({"check", "--check", "time-limit", relative});
    test::compare_golden(test::source_path("tests/golden/time-limit/" + stem + ".txt"), text.out);
  }
}

TEST_CASE("time-limit: the slow branch's counterexample carries the case data taking it", "[cli]") {
  const auto check = run_json("bpmn-samples/time-limit/exclusive-guarded.bpmn", false);
  REQUIRE(check["findings"].size() == 1);
  const auto& cx = check["findings"][0]["counterexample"];
  CHECK(cx["case"]["area"].get<std::int64_t>() > 500);
  CHECK(cx["limit-seconds"].get<std::int64_t>() == 5 * day);
  std::vector<std::string> critical;
  for (const auto& step : cx["steps"])
    if (step.contains("note") &&
        step["note"].get<std::string>().find("critical, ") != std::string::npos)
      critical.push_back(step["element"].get<std::string>() + " " +
                         step["note"].get<std::string>());
  CHECK(critical == std::vector<std::string>{"Task_accept critical, PT1H",
                                             "Task_inspection critical, P10D",
                                             "Task_issue critical, PT1H"});
}
