// The configuration file, `seamless.toml` (spec/cli.md, "Configuration"): per check a severity
// or `off` and the check's options, per-path overrides, the catalogue of matters, and plugins
// named by name. It is read in two steps: `read_configuration` parses the file and checks
// everything that needs no plugin (syntax, keys, types, values, plugin names, the catalogue);
// after the plugins are loaded, `validate_checks` checks the check names and options against
// the registry. Every problem is an error diagnostic under the file's name with line and column.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "seamless/check/catalogue.hpp"
#include "seamless/check/check.hpp"
#include "seamless/diag/diagnostics.hpp"

namespace seamless::plugin {
class Host;
class Registry;
}  // namespace seamless::plugin

namespace seamless::cli {

// Where something is written in the configuration file (1-based).
struct ConfigPlace {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

// A check's severity in the configuration: one of the finding severities, or off.
enum class CheckLevel : std::uint8_t { note, warning, error, off };

struct OptionSetting {
  check::OptionValue value;
  ConfigPlace place;  // of the value
};

// `NAME = "LEVEL"` or `NAME = { severity = "LEVEL", OPTION = VALUE, ... }`.
struct CheckSetting {
  std::string check;
  ConfigPlace place;  // of the check's name
  std::optional<CheckLevel> level;
  ConfigPlace level_place;
  std::map<std::string, OptionSetting, std::less<>> options;
};

// `[[override]]`: settings for the model files the patterns match.
struct Override {
  std::vector<std::string> patterns;  // relative to the configuration's directory
  ConfigPlace place;
  std::vector<CheckSetting> checks;
};

struct PluginName {
  std::string name;
  ConfigPlace place;
};

struct Configuration {
  std::string file;                 // as messages name it; "" when there is no configuration
  std::filesystem::path directory;  // absolute: the base of patterns and of the catalogue
  std::vector<CheckSetting> checks;
  std::vector<Override> overrides;  // in file order; later ones win
  std::optional<check::Catalogue> catalogue;
  std::vector<PluginName> plugins;

  bool present() const { return !file.empty(); }
};

// The configuration a command runs with: `explicit_file` (--config) when given, else the first
// `seamless.toml` in the current directory or its parents, else none (an empty Configuration,
// and true). False, with error diagnostics, when the file cannot be read or is invalid.
bool load_configuration(const std::string& explicit_file, Configuration& configuration,
                        diag::Diagnostics& diagnostics);

// The first `seamless.toml` in `start` or its parents, or nullopt.
std::optional<std::filesystem::path> find_configuration(const std::filesystem::path& start);

// Parses the TOML text of the configuration file `file` (named so in messages) whose directory
// is `directory`, reading the catalogue it names. False, with error diagnostics, when invalid.
bool read_configuration(const std::string& text, const std::string& file,
                        const std::filesystem::path& directory, Configuration& configuration,
                        diag::Diagnostics& diagnostics);

// Loads the plugins the configuration names that are not loaded yet (by name, from the plugin
// search path only). False, with error diagnostics, when one is not found or does not load.
bool load_configured_plugins(const Configuration& configuration, plugin::Host& host,
                             diag::Diagnostics& diagnostics);

// Checks that every check named exists and every option is one it declares, of its type and in
// its range; converts integers given for decimal options. False, with error diagnostics, if not.
bool validate_checks(Configuration& configuration, const plugin::Registry& registry,
                     diag::Diagnostics& diagnostics);

// What the configuration says about one check for one model file: [checks], then the matching
// overrides in order (a later severity replaces an earlier one; options are merged by name).
struct EffectiveCheck {
  std::optional<CheckLevel> level;
  ConfigPlace level_place;  // of the setting that decided `level`
  check::Options options;
  bool off() const { return level == CheckLevel::off; }
};
using EffectiveChecks = std::map<std::string, EffectiveCheck, std::less<>>;

EffectiveChecks checks_for(const Configuration& configuration, const std::string& model_file);

// Gives every finding of `result` the configured severity, except `check-error` findings (the
// check failed to run: that stays an error whatever the configuration says).
void apply_level(CheckLevel level, check::CheckResult& result);

// The finding severity a level stands for; nullopt for off.
std::optional<check::Severity> severity_of(CheckLevel level);

// The severity the configuration's [checks] table gives a check (the last setting of it that
// names one), before any [[override]]; nullopt when none does or it is off.
std::optional<check::Severity> configured_severity(const Configuration& configuration,
                                                   std::string_view check);

std::string_view to_string(CheckLevel level);

}  // namespace seamless::cli
