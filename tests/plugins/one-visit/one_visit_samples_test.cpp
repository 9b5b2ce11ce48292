// The one-visit samples (bpmn-samples/one-visit): each sample's verdict, visit count and seams
// pinned, and the text output compared with tests/golden/one-visit/<sample>.txt.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "golden/golden_compare.hpp"
#include "support/run_command.hpp"

using namespace seamless;

namespace {

struct Expected {
  const char* sample;
  const char* status;
  int visits;        // the counterexample's figure (fail only)
  const char* seam;  // the first seam (fail only)
  const char* text;  // in the message or reason
};

const Expected expected[] = {
    {"one-visit-ok", "pass", 0, "", ""},
    {"collect-in-person", "fail", 2, "Task_review", "must come 2 times (maxVisits 1)"},
    {"immediate-review", "pass", 0, "", ""},
    {"agent-collects", "pass", 0, "", ""},
    {"parallel-locations", "fail", 3, "Task_submit", "must come 3 times"},
    {"resubmission-loop", "fail", 16, "Task_review", "must come at least 16 times"},
    {"online-zero", "pass", 0, "", ""},
    {"no-applicant", "inconclusive", 0, "", "no applicant role"},
    {"guarded-cases", "fail", 3, "Task_review", "must come 3 times"},
};

}  // namespace

TEST_CASE("one-visit: every sample has its pinned verdict", "[one-visit]") {
  for (const Expected& e : expected) {
    const std::string file = std::string("bpmn-samples/one-visit/") + e.sample + ".bpmn";
    INFO(file);
    const auto r = test::run_seamless({"check", "--check", "one-visit", "--format", "json", file});
    INFO(r.err);
    REQUIRE(!r.out.empty());
    const auto j = nlohmann::json::parse(r.out);
    const auto& c = j["models"][0]["checks"][0];
    CHECK(c["status"] == e.status);
    const std::string status = e.status;
    if (status == "pass") {
      CHECK(r.exit_code == 0);
      CHECK(c["findings"].empty());
    } else if (status == "inconclusive") {
      CHECK(r.exit_code == 3);
      CHECK(c["reason"].get<std::string>().find(e.text) != std::string::npos);
    } else {
      CHECK(r.exit_code == 1);
      REQUIRE(c["findings"].size() == 1);
      const auto& f = c["findings"][0];
      CHECK(f["message"].get<std::string>().find(e.text) != std::string::npos);
      CHECK(f["counterexample"]["visits"] == e.visits);
      CHECK(f["counterexample"]["seam"][0] == e.seam);
    }
  }
}

TEST_CASE("one-visit: the samples' text output matches the golden files", "[one-visit][golden]") {
  for (const Expected& e : expected) {
    const std::string file = std::string("bpmn-samples/one-visit/") + e.sample + ".bpmn";
    const auto r = test::run_seamless({"check", "--check", "one-visit", file});
    test::compare_golden(test::source_path("tests/golden/one-visit/") + e.sample + ".txt", r.out);
  }
}

TEST_CASE("one-visit: max-visits from the model; the agent and immediate steps count no visit",
          "[one-visit]") {
  // The same shape as collect-in-person with an immediate review passes: the difference is
  // only reform:immediate, so the seam is really the non-immediate review.
  const auto slow = test::run_seamless(
      {"check", "--check", "one-visit", "bpmn-samples/one-visit/collect-in-person.bpmn"});
  const auto quick = test::run_seamless(
      {"check", "--check", "one-visit", "bpmn-samples/one-visit/immediate-review.bpmn"});
  CHECK(slow.exit_code == 1);
  CHECK(quick.exit_code == 0);
  // Without reduction and with it the verdict is the same (the check never reduces).
  const auto full = test::run_seamless({"check", "--check", "one-visit", "--no-reduction",
                                        "bpmn-samples/one-visit/collect-in-person.bpmn"});
  CHECK(full.out == slow.out);
}

TEST_CASE("one-visit: a state limit without a violation found is inconclusive", "[one-visit]") {
  const auto r = test::run_seamless({"check", "--check", "one-visit", "--max-states", "3",
                                     "bpmn-samples/one-visit/one-visit-ok.bpmn"});
  CHECK(r.exit_code == 3);
  CHECK(r.out.find("state limit") != std::string::npos);
}
