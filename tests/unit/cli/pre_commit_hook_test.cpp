// The pre-commit hook definition (.pre-commit-hooks.yaml) names seamless as pre-commit runs
// it: `seamless check` followed by the staged .bpmn files.
#include <catch2/catch.hpp>
#include <map>
#include <regex>
#include <sstream>
#include <string>

#include "support/run_command.hpp"

using seamless::test::run_seamless;

namespace {

// The keys of the single hook, read line by line ("- id: x", "  key: value").
std::map<std::string, std::string> hook_fields(const std::string& text) {
  std::map<std::string, std::string> fields;
  std::istringstream in(text);
  std::string line;
  std::size_t hooks = 0;
  const std::regex field(R"(^(- |  )([a-z_]+): (.*)$)");
  while (std::getline(in, line)) {
    std::smatch m;
    if (!std::regex_match(line, m, field)) continue;
    if (m[1] == "- ") ++hooks;
    fields[m[2]] = m[3];
  }
  if (hooks != 1) fields.clear();
  return fields;
}

}  // namespace

TEST_CASE("pre-commit hook: one hook running seamless check on .bpmn files", "[cli][pre-commit]") {
  const auto fields =
      hook_fields(seamless::test::read_file(seamless::test::source_path(".pre-commit-hooks.yaml")));
  REQUIRE(fields.size() >= 5);
  CHECK(fields.at("id") == "seamless");
  CHECK(fields.at("entry") == "seamless check");
  CHECK(fields.at("language") == "system");
  CHECK(fields.at("files") == R"(\.bpmn$)");
  const std::regex files(fields.at("files"));
  CHECK(std::regex_search("models/x/before.bpmn", files));
  CHECK_FALSE(std::regex_search("models/x/before.bpmn.orig", files));
  CHECK_FALSE(std::regex_search("models/x/README.md", files));
}

TEST_CASE("pre-commit hook: the command as pre-commit runs it on staged files",
          "[cli][pre-commit]") {
  // pre-commit appends the staged files to the entry's arguments.
  auto clean = run_seamless({"check", "models/liuyang-restaurant-opening/after.bpmn",
                             "models/j-county-business-start/after.bpmn"});
  INFO(clean.out << clean.err);
  CHECK(clean.exit_code == 0);
  auto failing = run_seamless({"check", "models/liuyang-restaurant-opening/after.bpmn",
                               "models/liuyang-restaurant-opening/before.bpmn"});
  CHECK(failing.exit_code == 1);
  CHECK_THAT(failing.out, Catch::Contains("models/liuyang-restaurant-opening/before.bpmn:"));
}
