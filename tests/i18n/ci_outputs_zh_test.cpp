// `seamless check --format sarif|junit --lang zh` end to end over models/, bpmn-samples/ and a
// run with input errors: the output is valid (SARIF against the SARIF 2.1.0 schema with the
// pinned ajv of tests/sarif, JUnit against tests/junit/junit.xsd with xmllint), every text a
// person reads is Chinese, and everything that identifies something (rule ids, fingerprints,
// locations, suite and test-case names) is what the English run writes. Golden files of one
// sample show the Chinese output whole (tests/golden/zh/deadlock-xor-and.*).
// Registered as the test `i18n.ci-outputs-zh`, after `npm ci` in tests/sarif.
#include <stdlib.h>
#include <tinyxml2.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <vector>

#include "golden/golden_compare.hpp"
#include "support/chinese_text.hpp"
#include "support/run_command.hpp"
#include "support/temp_dir.hpp"

using namespace seamless;
using json = nlohmann::ordered_json;
namespace fs = std::filesystem;

using seamless::test::TempDir;

namespace {

// The runs: both example trees, and input errors (a bad guard, malformed XML, a missing path).
const std::vector<std::vector<std::string>>& runs() {
  static const std::vector<std::vector<std::string>> list{
      {"models"},
      {"bpmn-samples"},
      {"tests/inputs/bad-guard.bpmn", "tests/inputs/malformed.bpmn", "no/such/path"}};
  return list;
}

std::string describe(const std::vector<std::string>& paths) {
  std::string out;
  for (const std::string& p : paths) out += (out.empty() ? "" : " ") + p;
  return out;
}

struct Outputs {
  test::CommandResult en, zh;
};

Outputs check_both(const std::vector<std::string>& paths, const std::string& format) {
  std::vector<std::string> args{"check", "--format", format};
  args.insert(args.end(), paths.begin(), paths.end());
  Outputs o{test::run_seamless(args), {}};
  args.insert(args.end(), {"--lang", "zh"});
  o.zh = test::run_seamless(args);
  return o;
}

// The log without what a person reads: every message and description text (`text`), the
// Chinese properties beside the English ones (`*_zh`) and the run's `language`. What is left
// (ids, levels, locations, fingerprints, counts) must be the same in both languages.
json without_texts(const json& j) {
  if (j.is_array()) {
    json out = json::array();
    for (const json& e : j) out.push_back(without_texts(e));
    return out;
  }
  if (!j.is_object()) return j;
  json out = json::object();
  for (const auto& [key, value] : j.items()) {
    if (key == "text" || key == "language") continue;
    if (key.size() > 3 && key.compare(key.size() - 3, 3, "_zh") == 0) continue;
    out[key] = without_texts(value);
  }
  return out;
}

std::vector<std::string> rule_ids(const json& run) {
  std::vector<std::string> ids;
  for (const json& r : run["tool"]["driver"]["rules"]) ids.push_back(r["id"]);
  return ids;
}

std::string text_of(const tinyxml2::XMLElement* e) {
  return e && e->GetText() ? e->GetText() : "";
}

// What identifies the suites and test cases of a JUnit report, one line per test case: suite
// name, file and counts; test case name, class name and file; the type of its failure or error.
std::string junit_identity(const tinyxml2::XMLDocument& doc) {
  auto attribute = [](const tinyxml2::XMLElement* e, const char* name) {
    const char* v = e->Attribute(name);
    return std::string(v ? v : "-");
  };
  std::string out;
  const tinyxml2::XMLElement* root = doc.RootElement();
  out += attribute(root, "name") + " " + attribute(root, "tests") + "/" +
         attribute(root, "failures") + "/" + attribute(root, "errors") + "\n";
  for (auto* s = root->FirstChildElement("testsuite"); s; s = s->NextSiblingElement("testsuite")) {
    const std::string suite = attribute(s, "name") + " (" + attribute(s, "file") + ") " +
                              attribute(s, "tests") + "/" + attribute(s, "failures") + "/" +
                              attribute(s, "errors");
    for (auto* t = s->FirstChildElement("testcase"); t; t = t->NextSiblingElement("testcase")) {
      out += suite + ": " + attribute(t, "name") + " " + attribute(t, "classname") + " " +
             attribute(t, "file");
      for (const char* kind : {"error", "failure"})
        if (const auto* p = t->FirstChildElement(kind))
          out += std::string(" ") + kind + "=" + attribute(p, "type");
      out += t->FirstChildElement("system-out") ? " out\n" : "\n";
    }
  }
  return out;
}

}  // namespace

TEST_CASE("sarif --lang zh: valid, zh-CN, every text Chinese, the same rules and results",
          "[i18n][ci-zh]") {
  const std::string validator = test::source_path("tests/sarif/validate-sarif.mjs");
  const std::string schema = test::source_path("tests/sarif/sarif-schema-2.1.0.json");
  INFO("ajv is installed by `npm ci` in tests/sarif (the test sarif.ajv-install)");
  REQUIRE(fs::exists(test::source_path("tests/sarif/node_modules/ajv")));
  TempDir dir;
  std::size_t results = 0, steps = 0, notifications = 0, rules = 0, seams = 0, index = 0;
  for (const std::vector<std::string>& paths : runs()) {
    INFO("check " << describe(paths));
    const Outputs o = check_both(paths, "sarif");
    INFO(o.zh.err);
    CHECK(o.zh.exit_code == o.en.exit_code);
    CHECK(o.zh.exit_code != 0);

    const std::string file = dir / ("run-" + std::to_string(index++) + ".zh.sarif");
    test::write_file(file, o.zh.out);
    const auto valid = test::run_program(SEAMLESS_NODE_PROGRAM, {validator, schema, file});
    INFO(valid.out << valid.err);
    CHECK(valid.exit_code == 0);
    CHECK_THAT(valid.out, Catch::Contains(": valid ("));

    const json en_log = json::parse(o.en.out);
    const json zh_log = json::parse(o.zh.out);
    REQUIRE(zh_log["runs"].size() == 1);
    const json& en = en_log["runs"][0];
    const json& zh = zh_log["runs"][0];
    CHECK(zh["language"] == "zh-CN");
    CHECK_FALSE(en.contains("language"));

    // Rules: a Chinese description each, the same ids.
    CHECK(rule_ids(zh) == rule_ids(en));
    for (const json& rule : zh["tool"]["driver"]["rules"]) {
      INFO("rule " << rule["id"]);
      CHECK(test::has_chinese(rule["shortDescription"]["text"].get<std::string>()));
      CHECK(test::has_chinese(rule["fullDescription"]["text"].get<std::string>()));
      ++rules;
    }
    for (const json& d : zh["tool"]["driver"]["notifications"])
      CHECK(test::has_chinese(d["shortDescription"]["text"].get<std::string>()));

    // Results: Chinese messages, code flows, seams.
    for (const json& r : zh["results"]) {
      const std::string message = r["message"]["text"];
      INFO(r["ruleId"] << ": " << message);
      CHECK(test::has_chinese(message));
      ++results;
      for (const json& flow : r.value("codeFlows", json::array())) {
        CHECK(test::has_chinese(flow["message"]["text"].get<std::string>()));
        for (const json& thread : flow["threadFlows"])
          for (const json& step : thread["locations"]) {
            const std::string text = step["location"]["message"]["text"];
            INFO("step " << text);
            CHECK(test::has_chinese(text));
            ++steps;
          }
      }
      for (const json& related : r.value("relatedLocations", json::array())) {
        CHECK(test::has_chinese(related["message"]["text"].get<std::string>()));
        ++seams;
      }
    }

    // Notifications: input problems and inconclusive checks.
    for (const json& n : zh["invocations"][0]["toolExecutionNotifications"]) {
      const std::string text = n["message"]["text"];
      INFO("notification " << text);
      CHECK(test::has_chinese(text));
      ++notifications;
    }

    // Everything but the texts is the same: rule ids and indices, levels, locations,
    // fingerprints, baseline states, the English properties.
    CHECK(without_texts(zh) == without_texts(en));
  }
  // So that it cannot pass on empty output.
  CHECK(results > 20);
  CHECK(steps > 100);
  CHECK(notifications > 5);
  CHECK(rules > 5);
  CHECK(seams > 0);
}

TEST_CASE("junit --lang zh: valid, every failure and error Chinese, the same suites and cases",
          "[i18n][ci-zh]") {
  const std::string schema = test::source_path("tests/junit/junit.xsd");
  TempDir dir;
  std::size_t failures = 0, errors = 0, outputs = 0, index = 0;
  for (const std::vector<std::string>& paths : runs()) {
    INFO("check " << describe(paths));
    const Outputs o = check_both(paths, "junit");
    INFO(o.zh.err);
    CHECK(o.zh.exit_code == o.en.exit_code);

    const std::string file = dir / ("run-" + std::to_string(index++) + ".zh.xml");
    test::write_file(file, o.zh.out);
    const auto valid =
        test::run_program(SEAMLESS_XMLLINT_PROGRAM, {"--noout", "--schema", schema, file});
    INFO(valid.out << valid.err);
    CHECK(valid.exit_code == 0);

    tinyxml2::XMLDocument en, zh;
    REQUIRE(en.Parse(o.en.out.c_str(), o.en.out.size()) == tinyxml2::XML_SUCCESS);
    REQUIRE(zh.Parse(o.zh.out.c_str(), o.zh.out.size()) == tinyxml2::XML_SUCCESS);
    CHECK(junit_identity(zh) == junit_identity(en));

    for (auto* s = zh.RootElement()->FirstChildElement("testsuite"); s;
         s = s->NextSiblingElement("testsuite"))
      for (auto* t = s->FirstChildElement("testcase"); t; t = t->NextSiblingElement("testcase")) {
        INFO(s->Attribute("name") << " " << t->Attribute("name"));
        for (const char* kind : {"failure", "error"}) {
          const tinyxml2::XMLElement* p = t->FirstChildElement(kind);
          if (!p) continue;
          INFO(kind << ": " << p->Attribute("message"));
          CHECK(test::has_chinese(p->Attribute("message")));
          CHECK(test::has_chinese(text_of(p)));
          ++(kind[0] == 'f' ? failures : errors);
        }
        if (const auto* out = t->FirstChildElement("system-out")) {
          INFO("system-out: " << text_of(out));
          CHECK(test::has_chinese(text_of(out)));
          ++outputs;
        }
      }
  }
  CHECK(failures > 10);
  CHECK(errors > 5);
  CHECK(outputs > 0);
}

TEST_CASE("sarif and junit --lang zh of a failing sample match their golden files",
          "[i18n][ci-zh]") {
  const std::string sample = "bpmn-samples/soundness/deadlock-xor-and.bpmn";
  const auto sarif = test::run_seamless({"check", sample, "--format", "sarif", "--lang", "zh"});
  CHECK(sarif.exit_code == 1);
  // The tool's version changes with every release: the golden file says VERSION.
  const std::regex version(R"(("name": "seamless",\n *"version": ")[^"]*")");
  test::compare_golden(test::source_path("tests/golden/zh/deadlock-xor-and.sarif"),
                       std::regex_replace(sarif.out, version, "$1VERSION\""));
  const auto junit = test::run_seamless({"check", sample, "--format", "junit", "--lang", "zh"});
  CHECK(junit.exit_code == 1);
  test::compare_golden(test::source_path("tests/golden/zh/deadlock-xor-and.junit.xml"), junit.out);
}
