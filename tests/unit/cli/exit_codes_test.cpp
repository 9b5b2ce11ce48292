// The exit codes of spec/cli.md, and other end-to-end behaviour of the seamless binary.
#include <tinyxml2.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "seamless/plugin/host.hpp"

#include "support/run_command.hpp"

using seamless::test::run_seamless;

TEST_CASE("exit 0: valid models, no findings", "[cli]") {
  // The feature samples at the top of bpmn-samples/ (the subfolders hold failing ones), except
  // the complex gateway, which the engine does not support (exit 3, below), under the structure
  // and soundness checks: they show elements, not reform promises (data-objects.bpmn, a window
  // handing work to a back office and back, is a departmental cycle by definition).
  std::vector<std::string> args{
      "check", "--check", "structure,safeness,option-to-complete,proper-completion,dead-activity"};
  for (const auto& entry :
       std::filesystem::directory_iterator(seamless::test::source_path("bpmn-samples")))
    if (entry.path().extension() == ".bpmn" && entry.path().stem() != "gateway-complex")
      args.push_back("bpmn-samples/" + entry.path().filename().string());
  auto r = run_seamless(args);
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("0 errors"));
  CHECK_THAT(r.out, Catch::Contains("0 inconclusive"));
}

TEST_CASE("exit 3: an element the engine does not support makes checks inconclusive", "[cli]") {
  auto r = run_seamless({"check", "bpmn-samples/gateway-complex.bpmn"});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 3);
  CHECK_THAT(r.out, Catch::Contains("complexGateway 'Gateway_join' is not supported"));
  // --check structure alone does not explore, so it is not affected.
  CHECK(run_seamless({"check", "--check", "structure", "bpmn-samples/gateway-complex.bpmn"})
            .exit_code == 0);
}

TEST_CASE("exit 1: findings at or above --fail-on", "[cli]") {
  auto r = run_seamless({"check", "plugins/structure/fixtures/invalid/no-end-event.bpmn"});
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.out, Catch::Contains("has no end event [structure]"));
  // A warning-only model passes by default and fails with --fail-on warning (structure only: the
  // fixtures have no applicant role, which makes one-visit inconclusive, exit 3).
  auto w = run_seamless({"check", "--check", "structure",
                         "plugins/structure/fixtures/invalid/gateway-pass-through.bpmn"});
  CHECK(w.exit_code == 0);
  auto w2 = run_seamless({"check", "--check", "structure", "--fail-on", "warning",
                          "plugins/structure/fixtures/invalid/gateway-pass-through.bpmn"});
  CHECK(w2.exit_code == 1);
  auto none = run_seamless({"check", "--check", "structure", "--fail-on", "none",
                            "plugins/structure/fixtures/invalid/no-end-event.bpmn"});
  CHECK(none.exit_code == 0);
}

TEST_CASE("exit 2: usage errors, missing paths, nothing matched, malformed input", "[cli]") {
  CHECK(run_seamless({}).exit_code == 2);
  CHECK(run_seamless({"frobnicate"}).exit_code == 2);
  CHECK(run_seamless({"check"}).exit_code == 2);
  auto missing = run_seamless({"check", "no/such/dir"});
  CHECK(missing.exit_code == 2);
  CHECK_THAT(missing.out, Catch::Contains("no/such/dir: error: no such file or directory"));
  auto empty = run_seamless({"check", "core/include"});
  CHECK(empty.exit_code == 2);
  CHECK_THAT(empty.out, Catch::Contains("no .bpmn files found"));
  auto malformed = run_seamless({"check", "tests/inputs/malformed.bpmn"});
  CHECK(malformed.exit_code == 2);
  CHECK_THAT(malformed.out, Catch::Contains("tests/inputs/malformed.bpmn:"));
  CHECK_THAT(malformed.out, Catch::Contains("malformed XML"));
  CHECK(run_seamless({"check", "--check", "no-such-check", "bpmn-samples"}).exit_code == 2);
  CHECK(run_seamless({"check", "--format", "yaml", "bpmn-samples"}).exit_code == 2);
  CHECK(run_seamless({"inspect", "tests/inputs/malformed.bpmn"}).exit_code == 2);
}

TEST_CASE("exit 2 wins over findings when some input is malformed", "[cli]") {
  auto r = run_seamless({"check", "tests/inputs/malformed.bpmn",
                         "plugins/structure/fixtures/invalid/no-end-event.bpmn"});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.out, Catch::Contains("has no end event"));  // the good model was still checked
}

TEST_CASE("a throwing plugin check fails the run but the others still report", "[cli]") {
  auto r = run_seamless({"check", "--plugin", SEAMLESS_TEST_PLUGIN_THROWING,
                         "plugins/structure/fixtures/invalid/no-end-event.bpmn"});
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.out, Catch::Contains("check 'always-throws' failed: deliberate failure"));
  CHECK_THAT(r.out, Catch::Contains("has no end event [structure]"));
}

TEST_CASE("output is identical whatever --jobs is", "[cli]") {
  auto one =
      run_seamless({"check", "--jobs", "1", "--format", "json", "plugins/structure/fixtures"});
  auto two =
      run_seamless({"check", "--jobs", "2", "--format", "json", "plugins/structure/fixtures"});
  CHECK(one.exit_code == two.exit_code);
  CHECK(one.out == two.out);
  CHECK_NOTHROW(nlohmann::json::parse(one.out));
}

TEST_CASE("seamless plugins lists the check and guard-language plugins", "[cli]") {
  auto r = run_seamless({"plugins", "--format", "json"});
  CHECK(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  std::set<std::string> names;
  for (const auto& p : j["plugins"]) names.insert(p["name"].get<std::string>());
  CHECK(names.count("structure"));
  CHECK(names.count("feel"));
  CHECK(names.count("juel"));
}

TEST_CASE("inspect --format json keeps Chinese names", "[cli]") {
  auto r = run_seamless({"inspect", "--format", "json", "bpmn-samples/reform-annotated.bpmn"});
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("市场监管局 Market Supervision Bureau"));
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["model"]["processes"].size() == 2);
}

TEST_CASE("seamless eval: FEEL and JUEL text to a value, with both backends", "[cli]") {
  const std::vector<std::vector<std::string>> cases = {
      {"=area > 500 and foodBusiness", "--set", "area=600", "--set", "foodBusiness=true"},
      {"${amount >= 1000 && district == 'qingpu'}", "--set", "amount=999.5", "--set",
       "district=qingpu"},
      {"=x / 0 = null", "--set", "x=3"},
      {"=面积 in [100..500]", "--set", "面积=500"},
  };
  const std::vector<std::string> expected = {"true\n", "false\n", "true\n", "true\n"};
  // The JIT plugin is skipped in builds without LLVM.
  const bool jit = std::filesystem::exists(
      std::filesystem::path(seamless::plugin::Host::installed_plugin_directory()) /
      "seamless-jit.so");
  for (std::size_t i = 0; i < cases.size(); ++i) {
    for (const char* backend : {"interp", "jit"}) {
      if (!jit && std::string(backend) == "jit") continue;
      std::vector<std::string> args{"eval"};
      args.insert(args.end(), cases[i].begin(), cases[i].end());
      args.insert(args.end(), {"--backend", backend});
      auto r = run_seamless(args);
      INFO(cases[i][0] << " with " << backend << "\n" << r.err);
      CHECK(r.exit_code == 0);
      CHECK(r.out == expected[i]);
    }
  }
  auto value = run_seamless({"eval", "${amount / 3}", "--set", "amount=10"});
  CHECK(value.out == "3.333333\n");
  auto error = run_seamless({"eval", "=contains(name, \"x\")", "--set", "name=abc"});
  CHECK(error.exit_code == 2);
  CHECK_THAT(error.err, Catch::Contains("column 2: function call 'contains' is not supported"));
  auto missing = run_seamless({"eval", "=a > 1"});
  CHECK(missing.exit_code == 2);
  CHECK_THAT(missing.err, Catch::Contains("no value for 'a'"));
}

TEST_CASE("check reports a malformed guard with its column and exits 2", "[cli]") {
  auto r = run_seamless({"check", "tests/inputs/bad-guard.bpmn"});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.out, Catch::Contains("tests/inputs/bad-guard.bpmn:5:56: error: condition of "
                                    "sequence flow 'f1', column 8 of '=area >> 5'"));
  CHECK_THAT(r.out, Catch::Contains("(1 analysed)"));  // the structure check still ran
}

TEST_CASE("output that cannot be written is an error", "[cli]") {
  if (!std::filesystem::exists("/dev/full")) return;
  auto r = run_seamless({"check", "bpmn-samples/gateway-parallel.bpmn", "-o", "/dev/full"});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("cannot write the output"));
}

TEST_CASE("a bare file name given to --plugin opens that file", "[cli]") {
  const std::string dir = std::filesystem::path(SEAMLESS_TEST_PLUGIN_THROWING).parent_path();
  const std::string name = std::filesystem::path(SEAMLESS_TEST_PLUGIN_THROWING).filename();
  // run_seamless runs in the source directory: make the bare name resolve there.
  std::filesystem::copy_file(SEAMLESS_TEST_PLUGIN_THROWING, seamless::test::source_path(name),
                             std::filesystem::copy_options::overwrite_existing);
  auto r = run_seamless({"plugins", "--plugin", name});
  std::filesystem::remove(seamless::test::source_path(name));
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("always-throws"));
}

TEST_CASE("options may follow the paths, and --check may be repeated", "[cli]") {
  const std::string file = "bpmn-samples/soundness/correlated-guards.bpmn";
  // --check takes one value (or a comma list) per occurrence: the path after it stays a path.
  auto after = run_seamless({"check", "--check", "option-to-complete", file, "--abstract-guards"});
  INFO(after.out << after.err);
  CHECK(after.exit_code == 1);
  CHECK_THAT(after.out, Catch::Contains("[option-to-complete]"));
  auto repeated = run_seamless(
      {"check", "--check", "safeness", "--check", "dead-activity", file, "--format", "json"});
  INFO(repeated.out << repeated.err);
  REQUIRE(repeated.exit_code == 0);
  const auto j = nlohmann::json::parse(repeated.out);
  REQUIRE(j["models"][0]["checks"].size() == 2);
  CHECK(j["models"][0]["checks"][0]["name"] == "safeness");
  CHECK(j["models"][0]["checks"][1]["name"] == "dead-activity");
}

TEST_CASE("every output format keeps the exit codes and stays readable", "[cli]") {
  struct Case {
    std::vector<std::string> args;
    int code;
    bool results;       // SARIF results (findings, whether or not they fail the run)
    bool failures;      // JUnit failures (findings that fail the run)
    bool inconclusive;  // some check is inconclusive (findings still win: exit 1)
  };
  const std::string no_end = "plugins/structure/fixtures/invalid/no-end-event.bpmn";
  const std::string pass_through = "plugins/structure/fixtures/invalid/gateway-pass-through.bpmn";
  const std::string unsupported = "bpmn-samples/gateway-complex.bpmn";
  const std::vector<Case> cases = {
      {{"--check", "structure,safeness,option-to-complete", "bpmn-samples/gateway-parallel.bpmn"},
       0,
       false,
       false,
       false},
      // The fixtures have no applicant role: one-visit is inconclusive, the findings win.
      {{no_end}, 1, true, true, true},
      {{"--check", "structure", "--fail-on", "warning", pass_through}, 1, true, true, false},
      {{"--check", "structure", pass_through}, 0, true, false, false},
      {{"--fail-on", "none", "--check", "structure", no_end}, 0, true, false, false},
      {{"no/such/dir"}, 2, false, false, false},
      {{"core/include"}, 2, false, false, false},  // nothing matched the path
      {{"tests/inputs/malformed.bpmn", no_end}, 2, true, true, true},
      {{"tests/inputs/bad-guard.bpmn"}, 2, false, false, true},
      {{"--check", "safeness,option-to-complete", unsupported}, 3, false, false, true},
      {{unsupported}, 3, true, false, true},  // warnings only, and inconclusive checks
  };
  for (const Case& c : cases) {
    for (const char* format : {"text", "json", "sarif", "junit"}) {
      std::vector<std::string> args{"check", "--format", format};
      args.insert(args.end(), c.args.begin(), c.args.end());
      auto r = run_seamless(args);
      INFO(format << " " << c.args.back() << "\n" << r.out << r.err);
      CHECK(r.exit_code == c.code);
      const std::string f = format;
      if (f == "json") {
        CHECK_NOTHROW(nlohmann::json::parse(r.out));
      } else if (f == "sarif") {
        const auto j = nlohmann::json::parse(r.out);
        const auto& invocation = j["runs"][0]["invocations"][0];
        CHECK(invocation["executionSuccessful"] == (c.code != 2));
        std::size_t inconclusive = 0;
        for (const auto& n : invocation["toolExecutionNotifications"])
          inconclusive += n["descriptor"]["id"] == "inconclusive";
        CHECK((inconclusive > 0) == c.inconclusive);
        CHECK(j["runs"][0]["results"].empty() == !c.results);
      } else if (f == "junit") {
        tinyxml2::XMLDocument doc;
        REQUIRE(doc.Parse(r.out.c_str(), r.out.size()) == tinyxml2::XML_SUCCESS);
        const auto* root = doc.RootElement();
        CHECK((root->IntAttribute("failures") > 0) == c.failures);
        CHECK((root->IntAttribute("errors") > 0) == (c.code == 2 || c.inconclusive));
      }
    }
  }
}
