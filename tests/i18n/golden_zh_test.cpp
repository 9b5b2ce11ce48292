// Golden outputs in Chinese (`--lang zh`), beside the English goldens of the other tests:
//   check of two reform models (every reform check, counterexamples with notes and seams), of
//   a structure fixture and of a model with a malformed guard (diagnostics), inspect of an
//   annotated sample, replay of cases with bad rows.
// The expected files are tests/golden/zh/*.txt; SEAMLESS_UPDATE_GOLDEN=1 rewrites them.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "golden/golden_compare.hpp"
#include "support/run_command.hpp"

using namespace seamless;

namespace {

void check_golden(const std::string& name, const std::vector<std::string>& arguments,
                  int exit_code) {
  const auto r = test::run_seamless(arguments);
  INFO(name << "\n" << r.err);
  CHECK(r.exit_code == exit_code);
  // Standard error too (diagnostics of inspect, bad rows of replay), after the output.
  std::string got = r.out;
  if (!r.err.empty()) got += "--- stderr\n" + r.err;
  test::compare_golden(test::source_path("tests/golden/zh/" + name + ".txt"), got);
}

}  // namespace

TEST_CASE("golden zh: check of reform models", "[golden][i18n]") {
  check_golden("liuyang-restaurant-opening",
               {"check", "--lang", "zh", "models/liuyang-restaurant-opening/before.bpmn"}, 1);
  check_golden("g-district-agency-service",
               {"check", "--lang", "zh", "models/g-district-agency-service/before.bpmn"}, 1);
}

TEST_CASE("golden zh: structure findings and diagnostics", "[golden][i18n]") {
  check_golden("event-gateway-bad-target",
               {"check", "--lang", "zh", "--check", "structure",
                "plugins/structure/fixtures/invalid/event-gateway-bad-target.bpmn"},
               1);
  check_golden("bad-guard", {"check", "--lang", "zh", "tests/inputs/bad-guard.bpmn"}, 2);
}

TEST_CASE("golden zh: inspect and replay", "[golden][i18n]") {
  check_golden("inspect-reform-annotated",
               {"inspect", "--lang", "zh", "bpmn-samples/reform-annotated.bpmn"}, 0);
  check_golden("replay-guarded-cases",
               {"replay", "--lang", "zh", "bpmn-samples/one-visit/guarded-cases.bpmn", "--cases",
                "tests/golden/zh/guarded-cases.csv", "--backend", "interp"},
               2);
}
