// seamless.toml end to end through the binary: discovery from the current directory's parents,
// --config, severities deciding the exit code, checks turned off, an override changing
// one-visit's max-visits for one model (for `check` and `replay`), options reaching a check,
// plugins named by name and paths refused without loading anything, the catalogue found
// relative to the configuration, and bad configurations as exit 2 with file:line:col.

#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "support/run_command.hpp"
#include "support/temp_dir.hpp"

using namespace seamless;
namespace fs = std::filesystem;
using test::run_seamless;

using seamless::test::TempDir;

namespace {

const std::string yangtze = "models/yangtze-delta-trans-provincial/before.bpmn";  // 3 visits
const std::string liuyang = "models/liuyang-restaurant-opening/before.bpmn";      // 5 visits
const std::string canary_marker = "test-canary: registered";

// Status of each check of each model: "file check status".
std::vector<std::string> statuses(const std::string& json) {
  std::vector<std::string> out;
  const auto j = nlohmann::json::parse(json);
  for (const auto& m : j["models"])
    for (const auto& c : m["checks"])
      out.push_back(m["file"].get<std::string>() + " " + c["name"].get<std::string>() + " " +
                    c["status"].get<std::string>());
  return out;
}

}  // namespace

TEST_CASE("config: found in a parent of the current directory", "[config][cli]") {
  TempDir dir("discovery");
  fs::create_directories(dir.path() / "nested" / "deeper");
  const std::string model = test::source_path(yangtze);
  const test::RunSettings deeper{(dir.path() / "nested" / "deeper").string(), {}};
  // No configuration yet: the model's reform:maxVisits (0) applies.
  auto none = run_seamless({"check", "--check", "one-visit", model}, deeper);
  INFO(none.out << none.err);
  CHECK(none.exit_code == 1);
  test::write_file((dir.path() / "seamless.toml").string(),
                   "[checks]\none-visit = { max-visits = 3 }\n");
  auto found = run_seamless({"check", "--check", "one-visit", model}, deeper);
  INFO(found.out << found.err);
  CHECK(found.exit_code == 0);
  // The nearest one wins: a configuration in between replaces it entirely.
  test::write_file((dir.path() / "nested" / "seamless.toml").string(),
                   "[checks]\none-visit = \"warning\"\n");
  auto nearest = run_seamless({"check", "--check", "one-visit", model}, deeper);
  INFO(nearest.out << nearest.err);
  CHECK(nearest.exit_code == 0);
  CHECK_THAT(nearest.out,
             Catch::Contains("warning: the applicant must come 3 times (maxVisits 0)"));
  // Errors name the file found, relative to the current directory.
  test::write_file((dir.path() / "nested" / "seamless.toml").string(), "[checks]\nnope = 1\n");
  auto bad = run_seamless({"check", "--check", "one-visit", model}, deeper);
  CHECK(bad.exit_code == 2);
  CHECK_THAT(bad.err, Catch::StartsWith("../seamless.toml:2:8: error: check 'nope' must be set"));
  // --config names another file, and then none is looked for.
  test::write_file((dir.path() / "other.toml").string(), "");
  auto given = run_seamless(
      {"check", "--check", "one-visit", "--config", (dir.path() / "other.toml").string(), model},
      deeper);
  CHECK(given.exit_code == 1);
}

TEST_CASE("config: a --config file that does not exist or is a directory is exit 2",
          "[config][cli]") {
  auto missing = run_seamless({"check", "--config", "no/such.toml", yangtze});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err == "no/such.toml: error: no such configuration file\n");
  CHECK(missing.out.empty());
  auto directory = run_seamless({"check", "--config", "models", yangtze});
  CHECK(directory.exit_code == 2);
  CHECK(directory.err == "models: error: the configuration is a directory, not a file\n");
  CHECK(run_seamless({"check", "--config", "", yangtze}).exit_code == 2);
  auto replay = run_seamless({"replay", yangtze, "--cases", "tests/inputs/config/yangtze-cases.csv",
                              "--config", "no/such.toml"});
  CHECK(replay.exit_code == 2);
  CHECK(replay.err == "no/such.toml: error: no such configuration file\n");
}

TEST_CASE("config: a bad configuration is exit 2 with every problem, nothing checked",
          "[config][cli]") {
  auto r = run_seamless({"check", "--config", "tests/inputs/config/bad.toml", yangtze});
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err ==
        "tests/inputs/config/bad.toml:3:1: error: unknown check 'one-visits'; the checks are: "
        "dead-activity, dept-cycle, document-flow, one-visit, option-to-complete, "
        "proper-completion, responsibility, safeness, structure, time-limit\n"
        "tests/inputs/config/bad.toml:4:28: error: option 'max-visits' of check 'one-visit' must "
        "be from 0 to 100, not -1\n");
}

TEST_CASE("config: severities decide the exit code, off removes a check", "[config][cli]") {
  const std::string config = "tests/inputs/config/severities.toml";
  // document-flow warns about the paper file; configured as error it fails the run.
  CHECK(run_seamless({"check", "--check", "document-flow", yangtze}).exit_code == 0);
  auto paper = run_seamless({"check", "--check", "document-flow", "--config", config, yangtze});
  INFO(paper.out << paper.err);
  CHECK(paper.exit_code == 1);
  CHECK_THAT(paper.out, Catch::Contains("error: document '总公司登记档案"));
  // one-visit fails with an error; configured as note it passes unless --fail-on note.
  CHECK(run_seamless({"check", "--check", "one-visit", liuyang}).exit_code == 1);
  auto visits = run_seamless({"check", "--check", "one-visit", "--config", config, liuyang});
  INFO(visits.out << visits.err);
  CHECK(visits.exit_code == 0);
  CHECK_THAT(visits.out, Catch::Contains("note: the applicant must come 5 times"));
  CHECK(run_seamless(
            {"check", "--check", "one-visit", "--fail-on", "note", "--config", config, liuyang})
            .exit_code == 1);
  // dept-cycle is off: it does not run, while the unlisted checks still do.
  auto all = run_seamless({"check", "--format", "json", "--config", config, liuyang});
  const auto checks = statuses(all.out);
  CHECK(std::none_of(checks.begin(), checks.end(),
                     [](const std::string& s) { return s.find(" dept-cycle ") != s.npos; }));
  CHECK(std::find(checks.begin(), checks.end(), liuyang + " structure pass") != checks.end());
  CHECK(std::find(checks.begin(), checks.end(), liuyang + " one-visit fail") != checks.end());
  // Named by --check but off: it still does not run, and a note says why.
  auto named = run_seamless({"check", "--check", "dept-cycle,one-visit", "--format", "json",
                             "--config", config, liuyang});
  CHECK(statuses(named.out) == std::vector<std::string>{liuyang + " one-visit fail"});
  const auto j = nlohmann::json::parse(named.out);
  REQUIRE(j["diagnostics"].size() == 1);
  CHECK(j["diagnostics"][0]["severity"] == "note");
  CHECK(j["diagnostics"][0]["message"] ==
        "check 'dept-cycle', named by --check, is turned off for this model by " + config +
            ":5:14");
  // Every selected check off: a note, so that a model checked by nothing does not pass silently.
  auto nothing = run_seamless({"check", "--config", config, "--check", "dept-cycle", liuyang});
  CHECK(nothing.exit_code == 0);
  CHECK_THAT(nothing.out,
             Catch::Contains(liuyang + ": note: check 'dept-cycle', named by --check"));
}

TEST_CASE("config: SARIF rules default to the severity [checks] gives their check",
          "[config][cli][sarif]") {
  auto levels = [](const std::string& sarif) {
    std::map<std::string, std::string> out;
    const auto j = nlohmann::json::parse(sarif);
    for (const auto& rule : j["runs"][0]["tool"]["driver"]["rules"])
      out[rule["id"]] = rule["defaultConfiguration"]["level"];
    return out;
  };
  const auto plain = levels(run_seamless({"check", "--format", "sarif", liuyang}).out);
  REQUIRE(plain.size() > 3);
  for (const auto& [id, level] : plain) CHECK(level == "error");
  auto r = run_seamless(
      {"check", "--format", "sarif", "--config", "tests/inputs/config/severities.toml", liuyang});
  INFO(r.out << r.err);
  const auto configured = levels(r.out);
  CHECK(configured.at("document-flow") == "error");
  CHECK(configured.at("one-visit") == "note");
  CHECK(configured.at("structure") == "error");  // not configured
  CHECK(configured.count("dept-cycle") == 1);    // off for this model, yet selected: still a rule
  // The results carry the severity too.
  const auto j = nlohmann::json::parse(r.out);
  std::size_t visits = 0;
  for (const auto& result : j["runs"][0]["results"])
    if (result["ruleId"] == "one-visit") {
      CHECK(result["level"] == "note");
      ++visits;
    }
  CHECK(visits > 0);
}

TEST_CASE("config: an override gives one model max-visits 3 for check and replay",
          "[config][cli]") {
  const std::string config = "tests/inputs/config/override.toml";
  auto r = run_seamless(
      {"check", "--check", "one-visit", "--format", "json", "--config", config, yangtze, liuyang});
  INFO(r.out << r.err);
  // yangtze needs 3 visits: within its overridden bound; liuyang keeps its own bound (1).
  // The `**` override turning one-visit off matches neither (wildcards stay in the directory).
  CHECK(statuses(r.out) ==
        std::vector<std::string>{yangtze + " one-visit pass", liuyang + " one-visit fail"});
  CHECK(r.exit_code == 1);
  auto alone = run_seamless({"check", "--check", "one-visit", "--config", config, yangtze});
  CHECK(alone.exit_code == 0);
  // Without the configuration the model's own reform:maxVisits (0) applies.
  CHECK(run_seamless({"check", "--check", "one-visit", yangtze}).exit_code == 1);

  const std::vector<std::string> replay = {
      "replay",    yangtze,  "--cases",  "tests/inputs/config/yangtze-cases.csv",
      "--backend", "interp", "--summary"};
  auto own = run_seamless(replay);
  CHECK(own.exit_code == 1);
  CHECK_THAT(own.out, Catch::Contains("within maxVisits 0: 0 of 2 cases"));
  std::vector<std::string> configured = replay;
  configured.insert(configured.end(), {"--config", config});
  auto with = run_seamless(configured);
  INFO(with.out << with.err);
  CHECK(with.exit_code == 0);
  CHECK_THAT(with.out, Catch::Contains("within maxVisits 3: 2 of 2 cases"));
}

TEST_CASE("config: options reach the check in their declared types", "[config][cli]") {
  auto r =
      run_seamless({"check", "--plugin", SEAMLESS_TEST_PLUGIN_CANARY, "--check", "echo-options",
                    "--config", "tests/inputs/config/echo-options.toml", yangtze});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);  // a warning
  CHECK_THAT(r.out, Catch::Contains("warning: options: count=3 (integer) flag=true label=\"x\" "
                                    "ratio=1.000000 (decimal) [echo-options]"));
}

TEST_CASE("config: plugins by name load; a path is refused and nothing is loaded",
          "[config][cli]") {
  TempDir dir("plugins");
  const std::string canary = SEAMLESS_TEST_PLUGIN_CANARY;
  const std::string canary_dir = fs::path(canary).parent_path().string();
  const std::string config = (dir.path() / "seamless.toml").string();
  const std::vector<std::string> args = {"check",    "--check", "structure",
                                         "--config", config,    test::source_path(yangtze)};

  // The control: loaded from the command line, the module announces itself.
  auto control = run_seamless({"check", "--check", "structure", "--plugin", canary, yangtze});
  CHECK(control.exit_code == 0);
  CHECK_THAT(control.err, Catch::Contains(canary_marker));

  // By name, found in SEAMLESS_PLUGIN_PATH: accepted, and the module is there.
  test::write_file(config, "plugins = [\"test-canary\"]\n");
  auto by_name = run_seamless(args, {"", {{"SEAMLESS_PLUGIN_PATH", canary_dir}}});
  INFO(by_name.out << by_name.err);
  CHECK(by_name.exit_code == 0);
  CHECK_THAT(by_name.err, Catch::Contains(canary_marker));
  // A name that is nowhere: exit 2 at its place in the file.
  test::write_file(config, "plugins = [\"structure\", \"no-such-plugin\"]\n");
  auto unknown = run_seamless(args);
  CHECK(unknown.exit_code == 2);
  CHECK_THAT(unknown.err, Catch::StartsWith(config + ":1:25: error: plugin 'no-such-plugin' "
                                                     "cannot be loaded; plugin 'no-such-plugin' "
                                                     "not found"));

  // Paths are refused before any module is loaded, each run from where it would resolve: the
  // absolute path, a relative one, and a bare file name (which dlopen would take for ./NAME).
  // The canary's folder is on SEAMLESS_PLUGIN_PATH too, so had anything been loaded at all, the
  // marker would show.
  const std::string parent = fs::path(canary_dir).parent_path().string();
  const std::vector<std::pair<std::string, std::string>> paths = {
      {canary, parent},
      {fs::relative(canary, parent).string(), parent},
      {fs::path(canary).filename().string(), canary_dir}};
  for (const auto& [path, cwd] : paths) {
    INFO(path);
    test::write_file(config, "plugins = [\"" + path + "\"]\n");
    auto refused = run_seamless(args, {cwd, {{"SEAMLESS_PLUGIN_PATH", canary_dir}}});
    CHECK(refused.exit_code == 2);
    CHECK(refused.out.empty());
    CHECK_THAT(refused.err, Catch::StartsWith(config + ":1:12: error: plugin \"" + path +
                                              "\" looks like a file path"));
    CHECK_THAT(refused.err, !Catch::Contains(canary_marker));
  }
}

TEST_CASE("config: the catalogue is read relative to the configuration", "[config][cli]") {
  // Run from the samples' folder: its seamless.toml is found and names catalogue.csv there.
  const test::RunSettings samples{test::source_path("bpmn-samples/responsibility"), {}};
  auto r = run_seamless({"check", "--check", "responsibility", "--format", "json", "."}, samples);
  INFO(r.out << r.err);
  CHECK(r.exit_code == 1);
  std::vector<std::string> rules;
  const auto j = nlohmann::json::parse(r.out);
  for (const auto& m : j["models"])
    for (const auto& c : m["checks"])
      for (const auto& f : c["findings"])
        if (f["rule"].get<std::string>().rfind("matter-", 0) == 0)
          rules.push_back(m["file"].get<std::string>() + " " + f["rule"].get<std::string>());
  CHECK(rules ==
        std::vector<std::string>{"./catalogue-department-missing.bpmn matter-department-missing",
                                 "./catalogue-unknown-matter.bpmn matter-not-in-catalogue",
                                 "./catalogue-wrong-department.bpmn matter-wrong-department"});
  CHECK_THAT(r.out, Catch::Contains("the catalogue (catalogue.csv:3)"));
  // A bad catalogue is a configuration error: exit 2, the catalogue's file and line.
  TempDir dir("catalogue");
  test::write_file((dir.path() / "seamless.toml").string(), "[catalogue]\nfile = \"c.csv\"\n");
  test::write_file((dir.path() / "c.csv").string(), "matter,department\nA\n");
  auto bad = run_seamless({"check", test::source_path(yangtze)}, {dir.path().string(), {}});
  CHECK(bad.exit_code == 2);
  CHECK(bad.err == "c.csv:2: error: 1 field, but the header has 2\n");
}

TEST_CASE("config: a model every check is turned off for gets a note", "[config][cli]") {
  TempDir dir("all-off");
  std::string text = "[checks]\n";
  for (const char* name :
       {"structure", "safeness", "option-to-complete", "proper-completion", "dead-activity",
        "one-visit", "dept-cycle", "responsibility", "document-flow", "time-limit"})
    text += std::string(name) + " = \"off\"\n";
  test::write_file((dir.path() / "seamless.toml").string(), text);
  auto r = run_seamless({"check", test::source_path(liuyang)}, {dir.path().string(), {}});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains(": note: no check runs on this model: seamless.toml turns "
                                    "off 'dead-activity', 'dept-cycle', 'document-flow', "
                                    "'one-visit', 'option-to-complete', 'proper-completion', "
                                    "'responsibility', 'safeness', 'structure', 'time-limit'"));
}

TEST_CASE("config: seamless plugins lists the options checks declare", "[config][cli]") {
  auto text = run_seamless({"plugins"});
  CHECK_THAT(text.out, Catch::Contains("    option max-visits (integer 0..100): the visit bound"));
  auto text_zh = run_seamless({"plugins", "--lang", "zh"});
  CHECK_THAT(text_zh.out,
             Catch::Contains("    选项 max-visits（整数 0..100）：适用模型的到场次数上限"));
  auto json = run_seamless({"plugins", "--format", "json"});
  const auto j = nlohmann::json::parse(json.out);
  bool found = false;
  for (const auto& p : j["plugins"])
    for (const auto& c : p["provides"])
      if (c["name"] == "one-visit") {
        REQUIRE(c["options"].size() == 1);
        CHECK(c["options"][0]["name"] == "max-visits");
        CHECK(c["options"][0]["type"] == "integer");
        CHECK(c["options"][0]["min"] == 0);
        CHECK(c["options"][0]["max"] == 100);
        CHECK_FALSE(c["options"][0].contains("meaning_zh"));
        found = true;
      }
  CHECK(found);
  const auto zh =
      nlohmann::json::parse(run_seamless({"plugins", "--format", "json", "--lang", "zh"}).out);
  bool found_zh = false;
  for (const auto& p : zh["plugins"])
    for (const auto& c : p["provides"])
      if (c["name"] == "one-visit") {
        const std::string meaning = c["options"][0]["meaning_zh"];
        CHECK(meaning.rfind("适用模型", 0) == 0);
        found_zh = true;
      }
  CHECK(found_zh);
}
