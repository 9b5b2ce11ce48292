// Path patterns of [[override]] files (core/cli/path_glob.hpp).
#include <catch2/catch.hpp>

#include "path_glob.hpp"

using seamless::cli::path_matches;
using seamless::cli::pattern_problem;

TEST_CASE("path patterns: literal paths, * and ? stay within a segment", "[config]") {
  CHECK(path_matches("models/a/before.bpmn", "models/a/before.bpmn"));
  CHECK_FALSE(path_matches("models/a/before.bpmn", "models/a/after.bpmn"));
  CHECK(path_matches("models/*/before.bpmn", "models/a/before.bpmn"));
  CHECK_FALSE(path_matches("models/*/before.bpmn", "models/a/b/before.bpmn"));
  CHECK(path_matches("*.bpmn", "x.bpmn"));
  CHECK_FALSE(path_matches("*.bpmn", "x.bpmnx"));
  CHECK(path_matches("a?c.bpmn", "abc.bpmn"));
  CHECK_FALSE(path_matches("a?c.bpmn", "ac.bpmn"));
  CHECK(path_matches("??.bpmn", "浏阳.bpmn"));  // ? is one character, not one byte
  CHECK(path_matches("*-visit*.bpmn", "one-visit-ok.bpmn"));
  CHECK(path_matches("a*b*c", "aXbYbZc"));
  CHECK_FALSE(path_matches("a*b*c", "aXbYbZ"));
}

TEST_CASE("path patterns: ** spans any number of segments, none included", "[config]") {
  CHECK(path_matches("zero-visit/**", "zero-visit/a.bpmn"));
  CHECK(path_matches("zero-visit/**", "zero-visit/x/y/a.bpmn"));
  CHECK_FALSE(path_matches("zero-visit/**", "other/a.bpmn"));
  CHECK(path_matches("**/before.bpmn", "before.bpmn"));
  CHECK(path_matches("**/before.bpmn", "models/x/before.bpmn"));
  CHECK_FALSE(path_matches("**/before.bpmn", "models/x/after.bpmn"));
  CHECK(path_matches("models/**/x.bpmn", "models/x.bpmn"));
  CHECK(path_matches("models/**/x.bpmn", "models/a/b/x.bpmn"));
  CHECK(path_matches("**", "anything/at/all.bpmn"));
}

TEST_CASE("path patterns: a directory applies to everything below it", "[config]") {
  CHECK(path_matches("legacy", "legacy/a.bpmn"));
  CHECK(path_matches("legacy/", "legacy/x/a.bpmn"));
  CHECK(path_matches("./legacy//x", "legacy/x/a.bpmn"));
  CHECK_FALSE(path_matches("legacy", "legacy-2/a.bpmn"));
}

TEST_CASE("path patterns: wildcards never climb out of the directory", "[config]") {
  CHECK_FALSE(path_matches("**", "../models/a.bpmn"));
  CHECK_FALSE(path_matches("**", ".."));
  CHECK_FALSE(path_matches("**/**", "../a.bpmn"));
  CHECK_FALSE(path_matches("*/models/a.bpmn", "../models/a.bpmn"));
  CHECK_FALSE(path_matches("**/a.bpmn", "../a.bpmn"));
  CHECK(path_matches("../models/*.bpmn", "../models/a.bpmn"));
  CHECK(path_matches("../../m/**", "../../m/x/a.bpmn"));
}

TEST_CASE("path patterns: unusable patterns are named", "[config]") {
  CHECK(pattern_problem("models/**").empty());
  CHECK(pattern_problem("").en == "an empty pattern");
  CHECK(pattern_problem("./").en == "an empty pattern");
  CHECK(pattern_problem("./").zh == "是空模式");
  CHECK_THAT(pattern_problem("/abs/x.bpmn").en, Catch::StartsWith("an absolute pattern"));
  CHECK_THAT(pattern_problem("/abs/x.bpmn").zh, Catch::StartsWith("是绝对路径"));
  CHECK_FALSE(path_matches("", "a.bpmn"));
}
