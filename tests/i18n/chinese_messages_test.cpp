// Every message seamless prints about the models has its Chinese text: the findings, notes,
// step notes, tokens left and inconclusive reasons of every check on the reform models, the
// samples and the structure fixtures (with and without --abstract-guards), and the diagnostics
// of the loader and the guard parsers. Read from `--format json --lang zh`, where each English
// text has its Chinese one beside it; the English texts must be those of `--lang en`.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "support/chinese_text.hpp"
#include "support/run_command.hpp"

using namespace seamless;
using json = nlohmann::json;

namespace {

const std::vector<std::string> inputs{"models", "bpmn-samples", "plugins/structure/fixtures",
                                      "tests/inputs"};

// What was looked at, so that the test cannot pass on an empty output.
struct Seen {
  std::size_t findings = 0, notes = 0, left = 0, steps = 0, reasons = 0, diagnostics = 0;
  std::set<std::string> checks, rules;
};

// Every English text of `j` has a Chinese text beside it (`x` and `x_zh`).
void require_chinese(const std::string& where, const std::string& en, const json& zh) {
  INFO(where << ": " << en << "\n  zh: " << zh.dump());
  REQUIRE(zh.is_string());
  CHECK(test::has_chinese(zh.get<std::string>()));
}

void require_chinese_lines(const std::string& where, const json& en, const json& zh) {
  REQUIRE(zh.is_array());
  REQUIRE(zh.size() == en.size());
  for (std::size_t i = 0; i < en.size(); ++i)
    require_chinese(where, en[i].get<std::string>(), zh[i]);
}

void check_run(const json& root, Seen& seen) {
  for (const json& d : root["diagnostics"]) {
    ++seen.diagnostics;
    require_chinese(d["file"].get<std::string>() + " diagnostic", d["message"], d["message_zh"]);
  }
  for (const json& model : root["models"]) {
    const std::string file = model["file"];
    for (const json& check : model["checks"]) {
      const std::string where = file + " [" + check["name"].get<std::string>() + "]";
      if (check["status"] == "inconclusive") {
        ++seen.reasons;
        require_chinese(where + " reason", check["reason"], check["reason_zh"]);
      }
      for (const json& f : check["findings"]) {
        ++seen.findings;
        seen.checks.insert(check["name"]);
        if (f.contains("rule")) seen.rules.insert(f["rule"]);
        require_chinese(where, f["message"], f["message_zh"]);
        if (!f.contains("counterexample")) continue;
        const json& cx = f["counterexample"];
        if (cx.contains("notes")) {
          seen.notes += cx["notes"].size();
          require_chinese_lines(where + " note", cx["notes"], cx["notes_zh"]);
        }
        if (cx.contains("left")) {
          seen.left += cx["left"].size();
          require_chinese_lines(where + " left", cx["left"], cx["left_zh"]);
        }
        for (const json& step : cx["steps"]) {
          if (!step.contains("note")) continue;
          ++seen.steps;
          require_chinese(where + " step " + step["element"].get<std::string>(), step["note"],
                          step["note_zh"]);
        }
      }
    }
  }
}

// The JSON without its Chinese fields.
json english_only(json j) {
  if (j.is_object()) {
    json out = json::object();
    for (auto it = j.begin(); it != j.end(); ++it) {
      const std::string& key = it.key();
      if (key.size() > 3 && key.compare(key.size() - 3, 3, "_zh") == 0) continue;
      out[key] = english_only(it.value());
    }
    return out;
  }
  if (j.is_array())
    for (json& item : j) item = english_only(item);
  return j;
}

json run_json(std::vector<std::string> arguments) {
  const auto r = test::run_seamless(arguments);
  INFO(r.err);
  REQUIRE(r.exit_code == 2);  // tests/inputs holds malformed models
  return json::parse(r.out);
}

}  // namespace

TEST_CASE("i18n: every finding, note, reason and diagnostic has its Chinese text", "[i18n]") {
  Seen seen;
  for (const bool abstract : {false, true}) {
    std::vector<std::string> arguments{"check", "--format", "json", "--lang", "zh"};
    if (abstract) arguments.push_back("--abstract-guards");
    arguments.insert(arguments.end(), inputs.begin(), inputs.end());
    const json zh = run_json(arguments);
    check_run(zh, seen);

    // The English texts stay what `--lang en` prints: the Chinese ones are only added.
    arguments[4] = "en";
    const json en = run_json(arguments);
    CHECK(english_only(zh) == en);
  }
  // Every check reported something, with notes, steps and tokens left among them.
  CHECK(seen.checks == std::set<std::string>{"dead-activity", "dept-cycle", "document-flow",
                                             "one-visit", "option-to-complete", "proper-completion",
                                             "responsibility", "safeness", "structure",
                                             "time-limit"});
  CHECK(seen.rules.size() >= 30);
  CHECK(seen.findings >= 300);
  CHECK(seen.notes >= 100);
  CHECK(seen.left >= 20);
  CHECK(seen.steps >= 100);
  CHECK(seen.reasons >= 20);
  CHECK(seen.diagnostics >= 5);
}

TEST_CASE("i18n: guard problems in inspect and bad replay rows have their Chinese text", "[i18n]") {
  const auto inspect = test::run_seamless(
      {"inspect", "--format", "json", "--lang", "zh", "tests/inputs/bad-guard.bpmn"});
  REQUIRE(inspect.exit_code == 2);
  const json j = json::parse(inspect.out);
  std::size_t problems = 0;
  for (const json& p : j["model"]["processes"])
    for (const json& f : p["flows"])
      if (f["guard"].is_object() && f["guard"].contains("problem")) {
        ++problems;
        require_chinese("inspect problem", f["guard"]["problem"], f["guard"]["problem_zh"]);
      }
  CHECK(problems >= 1);
  for (const json& d : j["diagnostics"]) require_chinese("inspect", d["message"], d["message_zh"]);

  const std::string csv = "tests/golden/zh/guarded-cases.csv";
  const auto replay =
      test::run_seamless({"replay", "bpmn-samples/one-visit/guarded-cases.bpmn", "--cases", csv,
                          "--format", "json", "--lang", "zh", "--backend", "interp"});
  REQUIRE(replay.exit_code == 2);  // the file has bad rows
  const json r = json::parse(replay.out);
  REQUIRE(r["bad_rows"].size() >= 3);
  for (const json& row : r["bad_rows"])
    require_chinese("replay", row["message"], row["message_zh"]);
  for (const char* line : {":3: ", ":4: ", ":5: "})
    CHECK(replay.err.find(csv + line) != std::string::npos);
  CHECK(test::has_chinese(replay.err));
}
