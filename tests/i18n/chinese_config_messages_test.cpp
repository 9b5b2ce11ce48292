// Configuration and baseline messages in Chinese: every problem of seamless.toml (syntax, keys,
// types, severities, overrides and their path patterns, plugin names, the catalogue section and
// the catalogue file, check names and options validated against the plugins), of the
// configuration file itself, and of baseline files (read and written) is printed in Chinese under
// `--lang zh` (and SEAMLESS_LANG=zh), at the same file:line:col as in English, while
// `--lang en` prints the English text (tests/config has its exact wording).

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "support/chinese_text.hpp"
#include "support/run_command.hpp"
#include "support/temp_dir.hpp"

using namespace seamless;
namespace fs = std::filesystem;

using seamless::test::TempDir;

namespace {

const std::string yangtze = "models/yangtze-delta-trans-provincial/before.bpmn";
const std::string canary_marker = "test-canary: registered";

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (line != canary_marker) lines.push_back(line);
  return lines;
}

// What a diagnostic line says before its severity: "file:line:col", "file:line", "file" or
// "seamless" (the command's own errors); "" when the line is not a diagnostic.
std::string location_of(const std::string& line) {
  for (const char* severity : {": error: ", ": warning: ", ": note: "}) {
    const std::size_t at = line.find(severity);
    if (at != std::string::npos) return line.substr(0, at);
  }
  return "";
}

// English left in a Chinese message (a Chinese prefix before an English sentence is not a
// translation): the parts of the English message between ": " and "; " made of several words,
// and every two adjacent English words of it ("empty pattern").
std::vector<std::string> english_phrases(const std::string& message) {
  std::vector<std::string> phrases;
  for (std::size_t start = 0; start < message.size();) {
    std::size_t end = std::min(message.find(": ", start), message.find("; ", start));
    if (end == std::string::npos) end = message.size();
    const std::string phrase = message.substr(start, end - start);
    if (phrase.find(' ') != std::string::npos) phrases.push_back(phrase);
    start = end + 2;
  }
  static const std::regex word("[A-Za-z]+");
  std::vector<std::string> words;
  std::istringstream in(message);
  for (std::string w; in >> w;) words.push_back(w);
  for (std::size_t i = 0; i + 1 < words.size(); ++i)
    if (std::regex_match(words[i], word) && std::regex_match(words[i + 1], word))
      phrases.push_back(words[i] + " " + words[i + 1]);
  return phrases;
}

// What the cases saw, so that the tests cannot pass on empty output.
struct Seen {
  std::size_t lines = 0;
  std::size_t positioned = 0;  // with file:line:col
};

// Runs `arguments` with --lang zh and --lang en in `directory` and requires the same exit code,
// exactly `count` diagnostic lines on stderr in both, each Chinese under zh (no English phrase
// of the English line left in it) and English under en, at the same place, which matches
// `location` (a regular expression). The cases whose `what` starts with "syntax error" keep the
// parser's English description after a Chinese prefix.
void require_chinese_stderr(const std::string& what, const std::vector<std::string>& arguments,
                            const std::string& directory, std::size_t count,
                            const std::string& location, Seen& seen) {
  const bool parser_text = what.rfind("syntax error", 0) == 0;
  std::vector<std::string> zh_arguments = arguments, en_arguments = arguments;
  zh_arguments.insert(zh_arguments.begin() + 1, {"--lang", "zh"});
  en_arguments.insert(en_arguments.begin() + 1, {"--lang", "en"});
  const test::RunSettings settings{directory, {}};
  const auto zh = test::run_seamless(zh_arguments, settings);
  const auto en = test::run_seamless(en_arguments, settings);
  INFO(what << "\n--- zh:\n" << zh.err << "--- en:\n" << en.err);
  CHECK(zh.exit_code == 2);
  CHECK(en.exit_code == zh.exit_code);
  const std::vector<std::string> zh_lines = lines_of(zh.err), en_lines = lines_of(en.err);
  REQUIRE(zh_lines.size() == count);
  REQUIRE(en_lines.size() == count);
  const std::regex place(location);
  for (std::size_t i = 0; i < count; ++i) {
    INFO(zh_lines[i] << "\n" << en_lines[i]);
    const std::string zh_place = location_of(zh_lines[i]);
    CHECK(std::regex_match(zh_place, place));
    CHECK(zh_place == location_of(en_lines[i]));
    CHECK(test::has_chinese(zh_lines[i]));
    CHECK_FALSE(test::has_chinese(en_lines[i]));
    const std::string en_message = en_lines[i].substr(location_of(en_lines[i]).size());
    const std::string zh_message = zh_lines[i].substr(zh_place.size());
    if (!parser_text)
      for (const std::string& phrase :
           english_phrases(en_message.substr(en_message.find(": ") + 2)))
        CHECK_THAT(zh_message, !Catch::Contains(phrase));
    ++seen.lines;
    if (std::regex_match(zh_place, std::regex(".+:[0-9]+:[0-9]+"))) ++seen.positioned;
  }
}

struct ConfigCase {
  std::string what;
  std::string toml;
  std::size_t count;  // problems reported
};

// Configuration problems found while reading the file, each at its line and column.
const std::vector<ConfigCase> config_cases = {
    {"syntax error (toml++)", "[checks\n", 1},
    {"unknown top-level key", "colour = 1\n", 1},
    {"severity of the wrong type", "[checks]\none-visit = { severity = 3 }\n", 1},
    {"unknown severity", "[checks]\none-visit = \"loud\"\n", 1},
    {"check set to the wrong type", "[checks]\nnope = 1\n", 1},
    {"option value of an unusable type", "[checks]\none-visit = { max-visits = [1] }\n", 1},
    {"checks not a table", "checks = 1\n", 1},
    {"override files not an array", "[[override]]\nfiles = \"x\"\nchecks = {}\n", 1},
    {"bad path patterns: not a string, empty, absolute",
     "[[override]]\nfiles = [1, \"\", \"/abs/x.bpmn\"]\nchecks = {}\n", 3},
    {"override with an unknown key and neither files nor checks", "[[override]]\ncolour = 1\n", 3},
    {"override not a list of tables", "override = 1\n", 1},
    {"plugins not an array", "plugins = \"x\"\n", 1},
    {"plugin names: not a string, a path refused, not a name",
     "plugins = [1, \"./evil.so\", \"bad name\"]\n", 3},
    {"plugin path with a directory refused", "plugins = [\"lib/seamless-x.so\"]\n", 1},
    {"plugin not found", "plugins = [\"structure\", \"no-such-plugin\"]\n", 1},
    {"catalogue not a table", "catalogue = 1\n", 1},
    {"catalogue with an unknown key and no file", "[catalogue]\ncolour = 1\n", 2},
    {"catalogue file an empty string", "[catalogue]\nfile = \"\"\n", 1},
    {"catalogue file not a string", "[catalogue]\nfile = 1\n", 1},
    {"catalogue a directory", "[catalogue]\nfile = \".\"\n", 1},
    {"catalogue missing", "[catalogue]\nfile = \"missing.csv\"\n", 1},
    {"unknown check", "[checks]\nnope = \"error\"\n", 1},
    {"unknown option, option of the wrong type, option of a check without options",
     "[checks]\none-visit = { colour = 1, max-visits = \"x\" }\nstructure = { colour = 1 }\n", 3},
    {"integer out of range", "[checks]\none-visit = { max-visits = 101 }\n", 1},
    {"unknown check in an override",
     "[[override]]\nfiles = [\"**\"]\nchecks = { nope = \"off\" }\n", 1},
};

// The test plugin's echo-options check has an option of every type.
const std::vector<ConfigCase> option_type_cases = {
    {"boolean option given a number", "[checks]\necho-options = { flag = 1 }\n", 1},
    {"decimal option given a string", "[checks]\necho-options = { ratio = \"x\" }\n", 1},
    {"decimal option not finite", "[checks]\necho-options = { ratio = inf }\n", 1},
    {"string option given a boolean", "[checks]\necho-options = { label = true }\n", 1},
    {"integer option out of its range", "[checks]\necho-options = { count = 0 }\n", 1},
};

struct CatalogueCase {
  std::string what;
  std::string csv;
  std::size_t count;
};

// Problems of the catalogue file: at their line (the reader gives no column).
const std::vector<CatalogueCase> catalogue_cases = {
    {"empty catalogue", "", 1},
    {"malformed header row", "matter,\"department\n", 1},
    {"a column named twice", "matter,matter,department\n", 1},
    {"columns missing", "name,dept\n", 1},
    {"columns missing, not UTF-8", "name,\xff\n", 1},
    {"bad records", "matter,department\nA,\"x\"y\nB\n,d\nC,\nD,d\nD,e\n\xff,d\n", 6},
};

struct BaselineCase {
  std::string what;
  std::string json;
  std::string location;
};

const std::vector<BaselineCase> baseline_cases = {
    {"syntax error", "{\"version\": 1, \"findings\": [}", "b\\.json:1:[0-9]+"},
    {"not an object", "[]", "b\\.json:1"},
    {"unknown key", "{\"version\": 1, \"findings\": [],\n \"colour\": 1}", "b\\.json:2"},
    {"no version", "{\"findings\": []}", "b\\.json:1"},
    {"unsupported version", "{\"version\": 2, \"findings\": []}", "b\\.json:1"},
    {"no findings", "{\"version\": 1}", "b\\.json:1"},
    {"findings not an array", "{\"version\": 1, \"findings\": {}}", "b\\.json:1"},
    {"finding not an object", "{\"version\": 1, \"findings\": [\n 3]}", "b\\.json:2"},
    {"finding with an unknown key", "{\"version\": 1, \"findings\": [\n {\"colour\": 1}]}",
     "b\\.json:2"},
    {"finding without a field", "{\"version\": 1, \"findings\": [\n {\"file\": \"a\"}]}",
     "b\\.json:2"},
    {"finding field not a string",
     "{\"version\": 1, \"findings\": [\n {\"file\": \"a\", \"check\": 1, \"rule\": \"r\", "
     "\"element\": \"e\", \"message\": \"m\"}]}",
     "b\\.json:2"},
};

}  // namespace

TEST_CASE("i18n: every configuration problem is reported in Chinese under --lang zh",
          "[i18n][config][cli]") {
  TempDir dir("config");
  const std::string model = test::source_path(yangtze);
  Seen seen;
  for (const ConfigCase& c : config_cases) {
    test::write_file(dir.file("seamless.toml"), c.toml);
    require_chinese_stderr(c.what, {"check", "--config", "seamless.toml", model},
                           dir.path().string(), c.count, "seamless\\.toml:[0-9]+:[0-9]+", seen);
  }
  const std::string canary = SEAMLESS_TEST_PLUGIN_CANARY;
  for (const ConfigCase& c : option_type_cases) {
    test::write_file(dir.file("seamless.toml"), c.toml);
    require_chinese_stderr(c.what,
                           {"check", "--plugin", canary, "--config", "seamless.toml", model},
                           dir.path().string(), c.count, "seamless\\.toml:[0-9]+:[0-9]+", seen);
  }
  CHECK(seen.lines == seen.positioned);
  CHECK(seen.lines == 39);
}

TEST_CASE("i18n: the bad configuration fixtures are reported in Chinese", "[i18n][config][cli]") {
  Seen seen;
  // tests/inputs/config/bad.toml: an unknown check and an option out of range.
  require_chinese_stderr("bad.toml", {"check", "--config", "tests/inputs/config/bad.toml", yangtze},
                         "", 2, "tests/inputs/config/bad\\.toml:[0-9]+:[0-9]+", seen);
  // tests/inputs/config/bad-catalogue.csv, named by a configuration: a matter listed twice.
  TempDir dir("bad-catalogue");
  test::write_file(dir.file("seamless.toml"),
                   "[catalogue]\nfile = \"" +
                       test::source_path("tests/inputs/config/bad-catalogue.csv") + "\"\n");
  require_chinese_stderr(
      "bad-catalogue.csv", {"check", "--config", "seamless.toml", test::source_path(yangtze)},
      dir.path().string(), 1, ".*/tests/inputs/config/bad-catalogue\\.csv:3", seen);
  // The same through the environment variable instead of --lang.
  const auto env =
      test::run_seamless({"check", "--config", "tests/inputs/config/bad.toml", yangtze},
                         test::RunSettings{"", {{"SEAMLESS_LANG", "zh"}}});
  const auto option = test::run_seamless(
      {"check", "--lang", "zh", "--config", "tests/inputs/config/bad.toml", yangtze});
  CHECK(env.exit_code == 2);
  CHECK(env.err == option.err);
  // `replay` reads the configuration too.
  require_chinese_stderr("replay with bad.toml",
                         {"replay", yangtze, "--cases", "tests/inputs/config/yangtze-cases.csv",
                          "--config", "tests/inputs/config/bad.toml"},
                         "", 2, "tests/inputs/config/bad\\.toml:[0-9]+:[0-9]+", seen);
  // So does `report`.
  require_chinese_stderr(
      "report with bad.toml",
      {"report", yangtze, "--markdown", "/dev/null", "--config", "tests/inputs/config/bad.toml"},
      "", 2, "tests/inputs/config/bad\\.toml:[0-9]+:[0-9]+", seen);
  CHECK(seen.lines == 7);
}

TEST_CASE("i18n: catalogue problems are reported in Chinese at their line", "[i18n][config][cli]") {
  TempDir dir("catalogue");
  test::write_file(dir.file("seamless.toml"), "[catalogue]\nfile = \"c.csv\"\n");
  Seen seen;
  for (const CatalogueCase& c : catalogue_cases) {
    test::write_file(dir.file("c.csv"), c.csv);
    require_chinese_stderr(c.what,
                           {"check", "--config", "seamless.toml", test::source_path(yangtze)},
                           dir.path().string(), c.count, "c\\.csv:[0-9]+", seen);
  }
  CHECK(seen.lines == 11);
}

TEST_CASE("i18n: a configuration file that cannot be used is reported in Chinese",
          "[i18n][config][cli]") {
  Seen seen;
  require_chinese_stderr("no such file", {"check", "--config", "no/such.toml", yangtze}, "", 1,
                         "no/such\\.toml", seen);
  require_chinese_stderr("a directory", {"check", "--config", "models", yangtze}, "", 1, "models",
                         seen);
  CHECK(seen.lines == 2);
}

TEST_CASE("i18n: baseline problems are reported in Chinese", "[i18n][cli]") {
  TempDir dir("baseline");
  const std::string model = test::source_path(yangtze);
  Seen seen;
  for (const BaselineCase& c : baseline_cases) {
    test::write_file(dir.file("b.json"), c.json);
    require_chinese_stderr(c.what, {"check", "--baseline", "b.json", model}, dir.path().string(), 1,
                           c.location, seen);
  }
  require_chinese_stderr("no baseline file", {"check", "--baseline", "missing.json", model},
                         dir.path().string(), 1, "missing\\.json", seen);
  // Writing: refused when some input has errors, and a file that cannot be written.
  require_chinese_stderr("not written after input errors",
                         {"check", "--write-baseline", "out.json", model, "missing.bpmn"},
                         dir.path().string(), 1, "seamless", seen);
  CHECK_FALSE(fs::exists(dir.path() / "out.json"));
  require_chinese_stderr("cannot be written",
                         {"check", "--write-baseline", "no-such-dir/out.json", model},
                         dir.path().string(), 1, "seamless", seen);
  CHECK(seen.lines == baseline_cases.size() + 3);
}

TEST_CASE("i18n: an unknown output format is reported in Chinese", "[i18n][cli]") {
  Seen seen;
  require_chinese_stderr("--format nope", {"check", "--format", "nope", yangtze}, "", 1, "seamless",
                         seen);
  CHECK(seen.lines == 1);
}

TEST_CASE("i18n: notes about checks the configuration turns off are in Chinese", "[i18n][cli]") {
  TempDir dir("off");
  const std::string model = test::source_path(yangtze);
  const test::RunSettings here{dir.path().string(), {}};
  // Named by --check but off.
  test::write_file(dir.file("seamless.toml"), "[checks]\none-visit = \"off\"\n");
  const auto named =
      test::run_seamless({"check", "--lang", "zh", "--check", "one-visit", model}, here);
  INFO(named.out << named.err);
  CHECK(named.exit_code == 0);
  const std::string note = model + ": note: ";
  REQUIRE_THAT(named.out, Catch::Contains(note));
  const std::string line = named.out.substr(named.out.find(note));
  CHECK(test::has_chinese(line.substr(0, line.find('\n'))));
  CHECK_THAT(line, Catch::Contains("seamless.toml:2:13"));

  // Every check off: the list of checks comes from the message about an unknown one.
  test::write_file(dir.file("seamless.toml"), "[checks]\nnope = \"off\"\n");
  const auto unknown = test::run_seamless({"check", model}, here);
  const std::string marker = "the checks are: ";
  const std::size_t at = unknown.err.find(marker);
  REQUIRE(at != std::string::npos);
  std::string names = unknown.err.substr(at + marker.size());
  names = names.substr(0, names.find('\n'));
  std::string toml = "[checks]\n";
  std::size_t checks = 0;
  for (std::size_t start = 0; start < names.size();) {
    const std::size_t comma = names.find(", ", start);
    toml += names.substr(start, comma - start) + " = \"off\"\n";
    ++checks;
    start = comma == std::string::npos ? names.size() : comma + 2;
  }
  CHECK(checks >= 5);
  test::write_file(dir.file("seamless.toml"), toml);
  const auto none = test::run_seamless({"check", "--lang", "zh", model}, here);
  INFO(none.out << none.err);
  CHECK(none.exit_code == 0);
  REQUIRE_THAT(none.out, Catch::Contains(note));
  const std::string none_line = none.out.substr(none.out.find(note));
  CHECK(test::has_chinese(none_line.substr(0, none_line.find('\n'))));
  const auto none_en = test::run_seamless({"check", "--lang", "en", model}, here);
  CHECK_THAT(none_en.out, Catch::Contains(note + "no check runs on this model: seamless.toml "
                                                 "turns off 'dead-activity', "));
}
