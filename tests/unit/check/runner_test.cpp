// Tests of the check runner: verdicts, ordering, exceptions become check-error findings.
#include <catch2/catch.hpp>

#include "seamless/check/runner.hpp"
#include "seamless/plugin/host.hpp"
#include "support/load.hpp"

using namespace seamless;

namespace {
class FixedCheck final : public check::Check {
 public:
  FixedCheck(int findings, bool inconclusive) : findings_(findings), inconclusive_(inconclusive) {}
  std::string_view name() const override { return "fixed"; }
  std::string_view summary() const override { return "test"; }
  void run(const check::CheckContext&, check::Findings& f) const override {
    for (int i = findings_; i > 0; --i)
      f.add(check::Severity::warning, "r", std::to_string(i), {static_cast<std::uint32_t>(i), 1},
            "m");
    if (inconclusive_) f.inconclusive("limit reached");
  }

 private:
  int findings_;
  bool inconclusive_;
};
}  // namespace

TEST_CASE("verdicts: pass, fail with any finding, inconclusive", "[check]") {
  auto loaded = test::load_text(test::definitions("<bpmn:process id=\"P\"/>"));
  REQUIRE(loaded.model);
  const check::Options options;
  FixedCheck pass(0, false), fail(2, false), unsure(0, true), fail_and_unsure(1, true);
  auto results =
      check::run_checks(*loaded.model, {&pass, &fail, &unsure, &fail_and_unsure}, options);
  REQUIRE(results.size() == 4);
  CHECK(results[0].status == check::Status::pass);
  CHECK(results[1].status == check::Status::fail);
  CHECK(results[1].findings[0].location.line == 1);  // sorted by position
  CHECK(results[1].findings[0].check == "fixed");
  CHECK(results[2].status == check::Status::inconclusive);
  CHECK(results[2].reason == "limit reached");
  CHECK(results[3].status == check::Status::fail);
}

TEST_CASE("a check that throws becomes a check-error finding and the others still run", "[check]") {
  plugin::Host host;
  diag::Diagnostics d;
  REQUIRE(host.load(SEAMLESS_TEST_PLUGIN_THROWING, d));
  REQUIRE(host.load(SEAMLESS_STRUCTURE_PLUGIN, d));
  auto loaded = test::load_text(
      test::definitions("<bpmn:process id=\"P\"><bpmn:task id=\"t\"/></bpmn:process>"));
  REQUIRE(loaded.model);
  const check::Options options;
  auto results = check::run_checks(*loaded.model, host.registry().checks(), options);
  REQUIRE(results.size() == 2);
  CHECK(results[0].name == "always-throws");
  CHECK(results[0].status == check::Status::fail);
  CHECK(results[0].findings.at(0).rule == "check-error");
  CHECK_THAT(results[0].findings.at(0).message, Catch::Contains("deliberate failure"));
  CHECK(results[1].name == "structure");
  CHECK(results[1].status == check::Status::fail);  // no start, no end, unconnected task
}

TEST_CASE("structure is inconclusive on a process with an unsupported element", "[check]") {
  plugin::Host host;
  diag::Diagnostics d;
  REQUIRE(host.load(SEAMLESS_STRUCTURE_PLUGIN, d));
  auto loaded = test::load_text(test::definitions(R"(<bpmn:process id="P">
    <bpmn:startEvent id="s"/><bpmn:endEvent id="e"/>
    <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e"/>
    <bpmn:choreographyTask id="ct"/></bpmn:process>)"));
  REQUIRE(loaded.model);
  const check::Options options;
  auto results = check::run_checks(*loaded.model, host.registry().checks(), options);
  REQUIRE(results.size() == 1);
  CHECK(results[0].status == check::Status::inconclusive);
  CHECK_THAT(results[0].reason, Catch::Contains("unsupported element 'choreographyTask' (ct)"));
}
