// seamless.toml read and validated (core/cli/configuration.hpp): a configuration using every key,
// every kind of mistake reported as `seamless.toml:LINE:COL: error: ...`, check names and options
// against the checks' declarations, the settings in effect per model file, severities applied
// to findings, and discovery from the current directory's parents.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <memory>

#include "configuration.hpp"
#include "seamless/plugin/registry.hpp"
#include "support/run_command.hpp"

using namespace seamless;
namespace fs = std::filesystem;

namespace {

// A check that declares one option of each type.
class TypedOptionsCheck final : public check::Check {
 public:
  std::string_view name() const override { return "typed"; }
  std::string_view summary() const override { return "test check"; }
  std::vector<check::OptionSpec> options() const override {
    return {{"flag", check::OptionType::boolean, "a boolean"},
            {"count", check::OptionType::integer, "an integer", 0, 5},
            {"ratio", check::OptionType::decimal, "a decimal"},
            {"label", check::OptionType::string, "a string"}};
  }
  void run(const check::CheckContext&, check::Findings&) const override {}
};

// A check without options.
class PlainCheck final : public check::Check {
 public:
  std::string_view name() const override { return "plain"; }
  std::string_view summary() const override { return "test check"; }
  void run(const check::CheckContext&, check::Findings&) const override {}
};

const plugin::Registry& test_registry() {
  static const auto registry = [] {
    auto r = std::make_unique<plugin::Registry>();
    r->add_check(std::make_unique<TypedOptionsCheck>());
    r->add_check(std::make_unique<PlainCheck>());
    return r;
  }();
  return *registry;
}

const fs::path config_dir = fs::path(test::source_path("tests/inputs/config"));

std::string format_all(const diag::Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics.all()) out += diag::format(d) + "\n";
  return out;
}

// The errors of reading `text` and, when it reads, of validating it against test_registry().
std::string problems(const std::string& text) {
  diag::Diagnostics diagnostics;
  cli::Configuration configuration;
  if (cli::read_configuration(text, "seamless.toml", config_dir, configuration, diagnostics))
    cli::validate_checks(configuration, test_registry(), diagnostics);
  diagnostics.sort();
  return format_all(diagnostics);
}

cli::Configuration valid(const std::string& text) {
  diag::Diagnostics diagnostics;
  cli::Configuration configuration;
  const bool ok =
      cli::read_configuration(text, "seamless.toml", config_dir, configuration, diagnostics) &&
      cli::validate_checks(configuration, test_registry(), diagnostics);
  INFO(format_all(diagnostics));
  REQUIRE(ok);
  return configuration;
}

std::string model_path(const std::string& relative) {
  return (config_dir / relative).string();
}

}  // namespace

TEST_CASE("configuration: every key of seamless.toml", "[config]") {
  const fs::path dir = config_dir / "good";
  diag::Diagnostics diagnostics;
  cli::Configuration c;
  REQUIRE(cli::read_configuration(test::read_file((dir / "seamless.toml").string()),
                                  "good/seamless.toml", dir, c, diagnostics));
  CHECK(diagnostics.empty());
  CHECK(c.present());
  REQUIRE(c.plugins.size() == 2);
  CHECK(c.plugins[0].name == "one-visit");
  CHECK(c.plugins[0].place.line == 2);
  CHECK(c.plugins[0].place.column == 12);
  CHECK(c.plugins[1].name == "responsibility");
  REQUIRE(c.checks.size() == 5);  // in name order
  CHECK(c.checks[0].check == "dept-cycle");
  CHECK(c.checks[0].level == cli::CheckLevel::error);
  CHECK(c.checks[2].check == "one-visit");
  CHECK(c.checks[2].place.line == 5);
  CHECK(c.checks[2].place.column == 1);
  CHECK(c.checks[2].level == cli::CheckLevel::error);
  REQUIRE(c.checks[2].options.count("max-visits") == 1);
  CHECK(std::get<std::int64_t>(c.checks[2].options.at("max-visits").value) == 1);
  CHECK(c.checks[4].check == "time-limit");
  CHECK(c.checks[4].level == cli::CheckLevel::off);
  REQUIRE(c.overrides.size() == 2);
  CHECK(c.overrides[0].patterns == std::vector<std::string>{"zero-visit/**", "online/*.bpmn"});
  CHECK(c.overrides[0].place.line == 11);
  REQUIRE(c.overrides[1].checks.size() == 2);
  REQUIRE(c.catalogue.has_value());
  CHECK(c.catalogue->file == "good/catalogue.csv");
  CHECK(c.catalogue->entries.size() == 2);

  // The settings per file: [checks], then the overrides that match, in order.
  const auto plain = cli::checks_for(c, (dir / "a.bpmn").string());
  CHECK(std::get<std::int64_t>(plain.at("one-visit").options.at("max-visits")) == 1);
  CHECK(plain.at("document-flow").level == cli::CheckLevel::warning);
  const auto online = cli::checks_for(c, (dir / "online/x.bpmn").string());
  CHECK(std::get<std::int64_t>(online.at("one-visit").options.at("max-visits")) == 0);
  CHECK(online.at("one-visit").level == cli::CheckLevel::error);  // kept from [checks]
  const auto nested_online = cli::checks_for(c, (dir / "online/deeper/x.bpmn").string());
  CHECK(std::get<std::int64_t>(nested_online.at("one-visit").options.at("max-visits")) == 1);
  const auto legacy = cli::checks_for(c, (dir / "legacy/old/x.bpmn").string());
  CHECK(legacy.at("one-visit").off());
  CHECK(legacy.at("one-visit").level_place.line == 17);
  CHECK(legacy.at("document-flow").level == cli::CheckLevel::note);
  CHECK(legacy.at("responsibility").level == cli::CheckLevel::error);
  CHECK(legacy.count("structure") == 0);  // unlisted: the check's own severities
}

TEST_CASE("configuration: later overrides win, options merge, off and on again", "[config]") {
  const cli::Configuration c = valid(R"(
[checks]
typed = { severity = "warning", count = 1, label = "base" }

[[override]]
files = ["a/**"]
checks.typed = { count = 2 }

[[override]]
files = ["a/b/**"]
checks.typed = "off"

[[override]]
files = ["a/b/c/**"]
checks.typed = { severity = "error", flag = true }
)");
  const auto top = cli::checks_for(c, model_path("x.bpmn"));
  CHECK(top.at("typed").level == cli::CheckLevel::warning);
  CHECK(std::get<std::int64_t>(top.at("typed").options.at("count")) == 1);
  const auto a = cli::checks_for(c, model_path("a/x.bpmn"));
  CHECK(a.at("typed").level == cli::CheckLevel::warning);
  CHECK(std::get<std::int64_t>(a.at("typed").options.at("count")) == 2);
  CHECK(std::get<std::string>(a.at("typed").options.at("label")) == "base");
  const auto b = cli::checks_for(c, model_path("a/b/x.bpmn"));
  CHECK(b.at("typed").off());
  const auto deep = cli::checks_for(c, model_path("a/b/c/x.bpmn"));
  CHECK(deep.at("typed").level == cli::CheckLevel::error);
  CHECK(std::get<bool>(deep.at("typed").options.at("flag")));
  CHECK(std::get<std::int64_t>(deep.at("typed").options.at("count")) == 2);
  // Paths as given on the command line are made absolute first; outside files match nothing.
  const auto outside = cli::checks_for(c, (config_dir / "../a/x.bpmn").string());
  CHECK(std::get<std::int64_t>(outside.at("typed").options.at("count")) == 1);
}

TEST_CASE("configuration: option values reach the check in their declared type", "[config]") {
  const cli::Configuration c =
      valid("[checks]\ntyped = { flag = false, count = 5, ratio = 2, label = \"x\" }\n");
  const auto effective = cli::checks_for(c, model_path("x.bpmn"));
  const check::Options& o = effective.at("typed").options;
  CHECK(std::get<bool>(o.at("flag")) == false);
  CHECK(std::get<std::int64_t>(o.at("count")) == 5);
  CHECK(std::get<double>(o.at("ratio")) == 2.0);  // an integer given for a decimal
  CHECK(std::get<std::string>(o.at("label")) == "x");
  CHECK_FALSE(effective.at("typed").level.has_value());
}

TEST_CASE("configuration: an empty file is a configuration with nothing set", "[config]") {
  const cli::Configuration c = valid("# nothing\n");
  CHECK(c.checks.empty());
  CHECK(c.overrides.empty());
  CHECK_FALSE(c.catalogue.has_value());
  CHECK(cli::checks_for(c, model_path("x.bpmn")).empty());
}

TEST_CASE("configuration: syntax errors with line and column", "[config]") {
  CHECK(problems("[checks]\ntyped = \n") ==
        "seamless.toml:2:9: error: Error while parsing key-value pair: expected value, saw "
        "'\\n'\n");
  CHECK(problems("[checks]\ntyped = \"error\"\ntyped = \"note\"\n") ==
        "seamless.toml:3:9: error: Error while parsing key-value pair: cannot redefine existing "
        "string 'typed'\n");
  CHECK(problems("x = \"\xff\"\n") ==
        "seamless.toml:1:5: error: Encountered invalid utf-8 sequence\n");
}

TEST_CASE("configuration: unknown keys and wrong types", "[config]") {
  CHECK(problems("fail-on = \"warning\"\n") ==
        "seamless.toml:1:1: error: unknown key 'fail-on'; the configuration has the keys "
        "'checks', 'override', 'catalogue' and 'plugins'\n");
  CHECK(problems("checks = [\"typed\"]\n") ==
        "seamless.toml:1:1: error: 'checks' must be a table of checks, not an array\n");
  CHECK(problems("[checks]\ntyped = 1\n") ==
        "seamless.toml:2:9: error: check 'typed' must be set to a severity (\"error\", "
        "\"warning\", \"note\", \"off\") or a table such as { severity = \"error\" }, not an "
        "integer\n");
  CHECK(problems("[checks]\ntyped = \"fatal\"\n") ==
        "seamless.toml:2:9: error: the severity of check 'typed' must be one of \"error\", "
        "\"warning\", \"note\" or \"off\", not \"fatal\"\n");
  CHECK(problems("[checks]\ntyped = { severity = true }\n") ==
        "seamless.toml:2:22: error: the severity of check 'typed' must be one of \"error\", "
        "\"warning\", \"note\" or \"off\", not a boolean\n");
  CHECK(problems("[checks.typed]\ncount = [1]\nlabel = 1979-05-27\n") ==
        "seamless.toml:2:9: error: option 'count' of check 'typed' must be a boolean, an "
        "integer, a decimal or a string, not an array\n"
        "seamless.toml:3:9: error: option 'label' of check 'typed' must be a boolean, an "
        "integer, a decimal or a string, not a date\n");
}

TEST_CASE("configuration: unknown checks and options, values of the wrong type", "[config]") {
  CHECK(problems("[checks]\nno-such = \"error\"\n") ==
        "seamless.toml:2:1: error: unknown check 'no-such'; the checks are: plain, typed\n");
  CHECK(problems("[checks]\ntyped = { cuont = 1 }\n") ==
        "seamless.toml:2:19: error: check 'typed' has no option 'cuont'; its options are: "
        "severity, flag, count, ratio, label\n");
  CHECK(problems("[checks]\nplain = { count = 1 }\n") ==
        "seamless.toml:2:19: error: check 'plain' has no options (only 'severity')\n");
  CHECK(problems("[checks]\ntyped = { count = 6, flag = 1, ratio = \"x\", label = 2 }\n") ==
        "seamless.toml:2:19: error: option 'count' of check 'typed' must be from 0 to 5, not "
        "6\n"
        "seamless.toml:2:29: error: option 'flag' of check 'typed' must be a boolean\n"
        "seamless.toml:2:40: error: option 'ratio' of check 'typed' must be a decimal\n"
        "seamless.toml:2:53: error: option 'label' of check 'typed' must be a string\n");
  CHECK(problems("[checks]\ntyped = { count = 1.5, ratio = nan }\n") ==
        "seamless.toml:2:19: error: option 'count' of check 'typed' must be an integer\n"
        "seamless.toml:2:32: error: option 'ratio' of check 'typed' must be a finite number\n");
  // The same inside an override.
  CHECK(problems("[[override]]\nfiles = [\"a/**\"]\nchecks.typo = \"off\"\n") ==
        "seamless.toml:3:8: error: unknown check 'typo'; the checks are: plain, typed\n");
}

TEST_CASE("configuration: malformed overrides", "[config]") {
  CHECK(problems("[override]\nfiles = [\"a\"]\n") ==
        "seamless.toml:1:2: error: 'override' must be a list of tables, each written "
        "[[override]], not a table\n");
  CHECK(problems("[[override]]\nchecks.typed = \"off\"\n") ==
        "seamless.toml:1:1: error: [[override]] needs 'files', the paths it applies to\n");
  CHECK(problems("[[override]]\nfiles = [\"a\"]\n") ==
        "seamless.toml:1:1: error: [[override]] needs 'checks', the settings it changes\n");
  CHECK(problems("[[override]]\nfiles = []\nchecks.typed = \"off\"\n") ==
        "seamless.toml:2:9: error: 'files' must be a non-empty array of path patterns, such as "
        "[\"zero-visit/**\"]\n");
  CHECK(problems("[[override]]\nfiles = [\"/etc/x\", 3, \"\"]\nchecks.typed = \"off\"\n") ==
        "seamless.toml:2:10: error: path pattern \"/etc/x\" is an absolute pattern; patterns "
        "are relative to the directory of the configuration file\n"
        "seamless.toml:2:20: error: a path pattern must be a string, not an integer\n"
        "seamless.toml:2:23: error: path pattern \"\" is an empty pattern\n");
  CHECK(problems("[[override]]\nfiles = [\"a\"]\nfile = \"b\"\nchecks.typed = \"off\"\n") ==
        "seamless.toml:3:1: error: unknown key 'file' in [[override]]; it has the keys 'files' "
        "and 'checks'\n");
}

TEST_CASE("configuration: plugins by name only, never a path", "[config]") {
  for (const std::string path : {"./seamless-x.so", "lib/seamless-x", "seamless-x.so",
                                 "seamless-x.DLL", "x.dylib", "plugins\\\\x", "/opt/x"}) {
    INFO(path);
    CHECK_THAT(problems("plugins = [\"" + path + "\"]\n"),
               Catch::StartsWith("seamless.toml:1:12: error: plugin \"") &&
                   Catch::Contains("looks like a file path") &&
                   Catch::Contains("load a module file with --plugin"));
  }
  CHECK(problems("plugins = [\"\", \".hidden\", \"a b\"]\n") ==
        "seamless.toml:1:12: error: \"\" is not a plugin name (letters, digits, '-', '_' and "
        "'.', not starting with '.' or '-')\n"
        "seamless.toml:1:16: error: \".hidden\" is not a plugin name (letters, digits, '-', '_' "
        "and '.', not starting with '.' or '-')\n"
        "seamless.toml:1:27: error: \"a b\" is not a plugin name (letters, digits, '-', '_' and "
        "'.', not starting with '.' or '-')\n");
  CHECK(problems("plugins = \"one-visit\"\n") ==
        "seamless.toml:1:1: error: 'plugins' must be an array of plugin names, such as "
        "[\"one-visit\"], not a string\n");
  CHECK(problems("plugins = [\"one-visit\", \"jit\"]\n").empty());
}

TEST_CASE("configuration: the catalogue section and its file", "[config]") {
  CHECK(problems("[catalogue]\n") ==
        "seamless.toml:1:2: error: [catalogue] needs 'file', the catalogue's CSV file\n");
  CHECK(problems("[catalogue]\nfile = \"good/catalogue.csv\"\nsheet = 1\n") ==
        "seamless.toml:3:1: error: unknown key 'sheet' in [catalogue]; it has the key 'file'\n");
  CHECK(problems("[catalogue]\nfile = 3\n") ==
        "seamless.toml:2:8: error: 'file' must be the path of a CSV file (relative to "
        "seamless.toml's directory), not an integer\n");
  CHECK(problems("[catalogue]\nfile = \"no-such.csv\"\n") ==
        "seamless.toml:2:8: error: cannot read the catalogue no-such.csv\n");
  CHECK(problems("[catalogue]\nfile = \"good\"\n") ==
        "seamless.toml:2:8: error: the catalogue good is a directory, not a CSV file\n");
  // Errors in the catalogue name the catalogue's own file and line.
  CHECK(problems("[catalogue]\nfile = \"bad-catalogue.csv\"\n") ==
        "bad-catalogue.csv:3: error: the matter 'XK-SC-0101' is listed twice (first on line "
        "2)\n");
  CHECK(problems("catalogue = \"x.csv\"\n") ==
        "seamless.toml:1:1: error: 'catalogue' must be a table such as { file = "
        "\"catalogue.csv\" }, not a string\n");
}

TEST_CASE("configuration: every problem of a file is reported, not only the first", "[config]") {
  const std::string all = problems(
      "colour = 1\n[checks]\ntyped = \"loud\"\nplain = { x = 1 }\n[catalogue]\nfile = \"\"\n");
  CHECK(all ==
        "seamless.toml:1:1: error: unknown key 'colour'; the configuration has the keys "
        "'checks', 'override', 'catalogue' and 'plugins'\n"
        "seamless.toml:3:9: error: the severity of check 'typed' must be one of \"error\", "
        "\"warning\", \"note\" or \"off\", not \"loud\"\n"
        "seamless.toml:6:8: error: 'file' must be the path of a CSV file (relative to "
        "seamless.toml's directory), not an empty string\n");
}

TEST_CASE("configuration: severities replace those of findings, check errors stay", "[config]") {
  check::CheckResult result;
  result.findings.push_back({"c", "rule", check::Severity::error, "m", "", {}, {}, false});
  result.findings.push_back({"c", "other", check::Severity::warning, "m", "", {}, {}, false});
  result.findings.push_back({"c", "check-error", check::Severity::error, "m", "", {}, {}, false});
  cli::apply_level(cli::CheckLevel::note, result);
  CHECK(result.findings[0].severity == check::Severity::note);
  CHECK(result.findings[1].severity == check::Severity::note);
  CHECK(result.findings[2].severity == check::Severity::error);
  cli::apply_level(cli::CheckLevel::warning, result);
  CHECK(result.findings[0].severity == check::Severity::warning);
  cli::apply_level(cli::CheckLevel::error, result);
  CHECK(result.findings[1].severity == check::Severity::error);
}

TEST_CASE("configuration: found in the current directory or its parents", "[config]") {
  const fs::path root =
      fs::temp_directory_path() / ("seamless-config-test-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "a" / "b" / "c");
  CHECK_FALSE(cli::find_configuration(root / "a" / "b" / "c").has_value());
  test::write_file((root / "a" / "seamless.toml").string(), "");
  CHECK(cli::find_configuration(root / "a" / "b" / "c") == root / "a" / "seamless.toml");
  CHECK(cli::find_configuration(root / "a") == root / "a" / "seamless.toml");
  test::write_file((root / "a" / "b" / "seamless.toml").string(), "");
  CHECK(cli::find_configuration(root / "a" / "b" / "c") == root / "a" / "b" / "seamless.toml");
  // A directory of that name is not a configuration file.
  fs::create_directories(root / "a" / "b" / "c" / "seamless.toml");
  CHECK(cli::find_configuration(root / "a" / "b" / "c") == root / "a" / "b" / "seamless.toml");
  fs::remove_all(root);
}
