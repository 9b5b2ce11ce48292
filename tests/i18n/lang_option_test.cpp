// The `--lang` option of every command and the SEAMLESS_LANG environment variable: an unknown
// language is a usage error (exit 2); `--lang en` prints exactly what no option prints; Chinese
// output keeps the machine-readable parts of the text format (file:line:col, the severity word,
// [check]) and the exit codes.
#include <catch2/catch.hpp>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "support/chinese_text.hpp"
#include "support/run_command.hpp"

using namespace seamless;

namespace {

const std::string model = "models/liuyang-restaurant-opening/before.bpmn";
const std::string guarded = "bpmn-samples/one-visit/guarded-cases.bpmn";
const std::string cases = "tests/golden/zh/guarded-cases.csv";

// One command line per command, without --lang.
std::vector<std::vector<std::string>> every_command() {
  return {{"check", model},
          {"report", model, "--markdown", "/dev/null"},
          {"inspect", model},
          {"eval", "=area > 500", "--set", "area=600"},
          {"replay", guarded, "--cases", cases, "--backend", "interp"},
          {"plugins"}};
}

std::vector<std::string> with(std::vector<std::string> arguments,
                              const std::vector<std::string>& more) {
  arguments.insert(arguments.end(), more.begin(), more.end());
  return arguments;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("i18n: an unknown --lang or SEAMLESS_LANG is a usage error of every command",
          "[i18n][cli]") {
  for (const auto& command : every_command()) {
    INFO(command.front());
    const auto r = test::run_seamless(with(command, {"--lang", "fr"}));
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("--lang"));
    CHECK(r.out.empty());
    const auto env = test::run_seamless(command, test::RunSettings{"", {{"SEAMLESS_LANG", "de"}}});
    CHECK(env.exit_code == 2);
    CHECK_THAT(env.err, Catch::Contains("--lang"));
  }
}

TEST_CASE("i18n: --lang en prints exactly what no option prints", "[i18n][cli]") {
  for (const auto& command : every_command()) {
    INFO(command.front());
    const auto plain = test::run_seamless(command);
    const auto en = test::run_seamless(with(command, {"--lang", "en"}));
    CHECK(en.exit_code == plain.exit_code);
    CHECK(en.out == plain.out);
    CHECK(en.err == plain.err);
    CHECK_FALSE(test::has_chinese(en.err));
  }
  for (const char* format : {"text", "json"}) {
    const std::vector<std::string> command{"check", "--format", format, "models"};
    const auto plain = test::run_seamless(command);
    const auto en = test::run_seamless(with(command, {"--lang", "en"}));
    CHECK(en.exit_code == plain.exit_code);
    CHECK(en.out == plain.out);
  }
}

TEST_CASE("i18n: SEAMLESS_LANG chooses the language when --lang is not given", "[i18n][cli]") {
  const auto option = test::run_seamless({"check", "--lang", "zh", model});
  const auto env =
      test::run_seamless({"check", model}, test::RunSettings{"", {{"SEAMLESS_LANG", "zh"}}});
  CHECK(env.exit_code == option.exit_code);
  CHECK(env.out == option.out);
  CHECK(test::has_chinese(env.out));
  // --lang wins over the environment.
  const auto en = test::run_seamless({"check", "--lang", "en", model},
                                     test::RunSettings{"", {{"SEAMLESS_LANG", "zh"}}});
  CHECK(en.out == test::run_seamless({"check", model}).out);
}

TEST_CASE("i18n: Chinese text output keeps file:line:col, the severity and [check]",
          "[i18n][cli]") {
  const auto en = test::run_seamless({"check", "models"});
  const auto zh = test::run_seamless({"check", "--lang", "zh", "models"});
  CHECK(zh.exit_code == en.exit_code);
  // The finding lines without their messages: "file:line:col: severity: " and " [check]".
  auto heads = [](const std::string& text, bool chinese) {
    const std::regex finding(R"(^([^ ]+:\d+:\d+: (error|warning|note): ).*( \[[a-z-]+\])$)");
    std::vector<std::string> out;
    for (const std::string& line : lines_of(text)) {
      std::smatch m;
      if (!std::regex_match(line, m, finding)) continue;
      out.push_back(m[1].str() + m[3].str());
      INFO(line);
      if (chinese) CHECK(test::has_chinese(line));
    }
    return out;
  };
  const std::vector<std::string> heads_en = heads(en.out, false);
  CHECK(heads_en.size() >= 25);
  CHECK(heads(zh.out, true) == heads_en);
  const std::vector<std::string> last = lines_of(zh.out);
  REQUIRE_FALSE(last.empty());
  CHECK(last.back().rfind("seamless: 共 10 个模型（已分析 10 个），", 0) == 0);
}

TEST_CASE("i18n: command-line errors are in the language asked for", "[i18n][cli]") {
  const auto usage = test::run_seamless({"check", "--lang", "zh", "--no-such-option", model});
  CHECK(usage.exit_code == 2);
  CHECK_THAT(usage.err, Catch::Contains("命令行有误"));
  const auto check = test::run_seamless({"check", "--lang", "zh", "--check", "nope", model});
  CHECK(check.exit_code == 2);
  CHECK_THAT(check.err, Catch::StartsWith("seamless: error: 未知检查“nope”"));
  const auto missing = test::run_seamless({"check", "--lang", "zh", "no/such/dir"});
  CHECK(missing.exit_code == 2);
  CHECK_THAT(missing.out, Catch::Contains("no/such/dir: error: 文件或目录不存在"));
  const auto eval =
      test::run_seamless({"eval", "--lang", "zh", "=contains(name, \"x\")", "--set", "name=abc"});
  CHECK(eval.exit_code == 2);
  CHECK_THAT(eval.err, Catch::Contains("不支持函数调用“contains”"));
}
