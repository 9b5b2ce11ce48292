// Partial-order reduction must not change any soundness verdict: reduced and full exploration
// are compared on every sample, on random models, and on the shape a published BPMN analyzer's
// reduction gets wrong (a parallel branch looping back into an exclusive merge before the join).
#include <catch2/catch.hpp>
#include <filesystem>

#include "seamless/bpmn/loader.hpp"
#include "support/random_bpmn.hpp"
#include "support/run_command.hpp"
#include "unit/explore/engine_support.hpp"

using namespace seamless;
namespace fs = std::filesystem;

namespace {

void require_same_verdicts(const model::Model& model, const std::string& what) {
  semantics::BuildOptions options;
  options.abstract_guards = true;
  const semantics::Net net = semantics::build_net(model, nullptr, options);
  if (!net.untranslatable.empty()) return;
  const test::Verdicts full = test::explore_verdicts(net, false);
  const test::Verdicts reduced = test::explore_verdicts(net, true);
  INFO(what << "\n full:    " << test::describe(full) << "\n reduced: " << test::describe(reduced));
  if (!full.complete) return;  // too big to compare
  CHECK(reduced.complete);
  CHECK(full == reduced);
  CHECK(reduced.states <= full.states);
}

}  // namespace

TEST_CASE("reduction: same verdicts as full exploration on every sample", "[explore]") {
  std::size_t compared = 0;
  for (const auto& entry : fs::recursive_directory_iterator(test::source_path("bpmn-samples"))) {
    if (entry.path().extension() != ".bpmn") continue;
    diag::Diagnostics d;
    auto model = bpmn::load_file(entry.path().string(), d);
    REQUIRE(model);
    require_same_verdicts(*model, entry.path().string());
    ++compared;
  }
  CHECK(compared >= 20);
}

TEST_CASE("reduction: same verdicts as full exploration on 600 random models", "[explore]") {
  for (std::uint64_t seed = 1; seed <= 600; ++seed) {
    test::RandomBpmnOptions options;
    options.nodes = 5 + static_cast<int>(seed % 10);
    const std::string xml = test::random_bpmn(seed, options);
    auto loaded = test::load_text(xml, "random-" + std::to_string(seed) + ".bpmn");
    REQUIRE(loaded.model);
    require_same_verdicts(*loaded.model, "seed " + std::to_string(seed) + "\n" + xml);
  }
}

TEST_CASE("reduction: a parallel branch looping back before the join is found unsafe",
          "[explore]") {
  // Branch A: merge -> work -> decide, which loops back to the merge through a parallel
  // gateway that also sends a token on towards the join; branch B: one task to the join. A
  // second round of the loop puts a second token on flow `toJoinA`.
  const std::string xml = test::definitions(R"(<bpmn:process id="P">
    <bpmn:startEvent id="s"/><bpmn:parallelGateway id="split"/>
    <bpmn:exclusiveGateway id="merge"/><bpmn:task id="work"/><bpmn:exclusiveGateway id="decide"/>
    <bpmn:parallelGateway id="again"/><bpmn:task id="b"/><bpmn:parallelGateway id="join"/>
    <bpmn:endEvent id="e"/>
    <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="split"/>
    <bpmn:sequenceFlow id="a1" sourceRef="split" targetRef="merge"/>
    <bpmn:sequenceFlow id="a2" sourceRef="merge" targetRef="work"/>
    <bpmn:sequenceFlow id="a3" sourceRef="work" targetRef="decide"/>
    <bpmn:sequenceFlow id="loop" sourceRef="decide" targetRef="again"/>
    <bpmn:sequenceFlow id="back" sourceRef="again" targetRef="merge"/>
    <bpmn:sequenceFlow id="toJoinLoop" sourceRef="again" targetRef="join"/>
    <bpmn:sequenceFlow id="toJoinA" sourceRef="decide" targetRef="join"/>
    <bpmn:sequenceFlow id="b1" sourceRef="split" targetRef="b"/>
    <bpmn:sequenceFlow id="b2" sourceRef="b" targetRef="join"/>
    <bpmn:sequenceFlow id="fe" sourceRef="join" targetRef="e"/></bpmn:process>)");
  auto loaded = test::load_text(xml);
  REQUIRE(loaded.model);
  const semantics::Net net = semantics::build_net(*loaded.model, nullptr);
  const test::Verdicts full = test::explore_verdicts(net, false);
  const test::Verdicts reduced = test::explore_verdicts(net, true);
  INFO("full: " << test::describe(full) << "\nreduced: " << test::describe(reduced));
  CHECK(full.unsafe.count("toJoinLoop"));
  CHECK(reduced.unsafe == full.unsafe);
  CHECK(full == reduced);
}

TEST_CASE("parallel branches: (m+1)^n + 3 states in full, linear with reduction", "[explore]") {
  for (auto [n, m] : {std::pair{8, 1}, std::pair{5, 2}, std::pair{4, 3}}) {
    auto loaded = test::load_text(test::parallel_branches(n, m));
    REQUIRE(loaded.model);
    const semantics::Net net = semantics::build_net(*loaded.model, nullptr);
    std::uint64_t expected = 3;
    std::uint64_t power = 1;
    for (int i = 0; i < n; ++i) power *= static_cast<std::uint64_t>(m + 1);
    expected += power;
    const test::Verdicts full = test::explore_verdicts(net, false);
    const test::Verdicts reduced = test::explore_verdicts(net, true);
    INFO("n=" << n << " m=" << m);
    CHECK(full.states == expected);
    CHECK(reduced.states ==
          static_cast<std::uint64_t>(n * m + 4));  // start, split, tasks, join, end
    CHECK(full == reduced);
    CHECK(full.unsafe.empty());
    CHECK_FALSE(full.stuck);
    CHECK(full.executed.size() == static_cast<std::size_t>(n * m));
  }
}
