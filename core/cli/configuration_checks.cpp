// The configuration against what the plugins provide, and per model file (configuration.hpp):
// plugins named by the configuration, check names and options validated against the registry,
// the settings in effect for one file after the overrides, severities applied to findings.
#include <algorithm>
#include <cmath>
#include <system_error>

#include "configuration.hpp"
#include "path_glob.hpp"
#include "seamless/plugin/host.hpp"

namespace seamless::cli {

namespace {

namespace fs = std::filesystem;

std::string in_quotes(std::string_view s) {
  return "'" + std::string(s) + "'";
}

std::string check_names(const plugin::Registry& registry) {
  std::string out;
  for (const check::Check* c : registry.checks())
    out += (out.empty() ? "" : ", ") + std::string(c->name());
  return out.empty() ? "none" : out;
}

std::string option_names(const std::vector<check::OptionSpec>& specs) {
  std::string out;
  for (const check::OptionSpec& s : specs) out += (out.empty() ? "" : ", ") + s.name;
  return out;
}

const char* type_with_article(check::OptionType type) {
  switch (type) {
    case check::OptionType::boolean:
      return "a boolean";
    case check::OptionType::integer:
      return "an integer";
    case check::OptionType::decimal:
      return "a decimal";
    case check::OptionType::string:
      return "a string";
  }
  return "a string";
}

// Checks one option value against its spec; converts an integer given for a decimal option.
// Returns the problem, or "".
std::string check_value(const check::OptionSpec& spec, check::OptionValue& value) {
  switch (spec.type) {
    case check::OptionType::boolean:
      if (std::holds_alternative<bool>(value)) return "";
      break;
    case check::OptionType::integer:
      if (const auto* i = std::get_if<std::int64_t>(&value)) {
        if (*i >= spec.min && *i <= spec.max) return "";
        return "must be from " + std::to_string(spec.min) + " to " + std::to_string(spec.max) +
               ", not " + std::to_string(*i);
      }
      break;
    case check::OptionType::decimal:
      if (const auto* i = std::get_if<std::int64_t>(&value)) value = static_cast<double>(*i);
      if (const auto* d = std::get_if<double>(&value)) {
        if (std::isfinite(*d)) return "";
        return "must be a finite number";
      }
      break;
    case check::OptionType::string:
      if (std::holds_alternative<std::string>(value)) return "";
      break;
  }
  return std::string("must be ") + type_with_article(spec.type);
}

bool validate_settings(const Configuration& configuration, std::vector<CheckSetting>& settings,
                       const plugin::Registry& registry, diag::Diagnostics& diagnostics) {
  bool ok = true;
  auto error = [&](ConfigPlace place, std::string message) {
    diagnostics.error(configuration.file, place.line, place.column, std::move(message));
    ok = false;
  };
  for (CheckSetting& setting : settings) {
    const check::Check* check = registry.find_check(setting.check);
    if (check == nullptr) {
      error(setting.place, "unknown check " + in_quotes(setting.check) +
                               "; the checks are: " + check_names(registry));
      continue;
    }
    const std::vector<check::OptionSpec> specs = check->options();
    for (auto& [name, option] : setting.options) {
      const auto spec = std::find_if(specs.begin(), specs.end(),
                                     [&](const check::OptionSpec& s) { return s.name == name; });
      if (spec == specs.end()) {
        error(option.place,
              "check " + in_quotes(setting.check) +
                  (specs.empty() ? " has no options (only 'severity')"
                                 : " has no option " + in_quotes(name) +
                                       "; its options are: severity, " + option_names(specs)));
        continue;
      }
      const std::string problem = check_value(*spec, option.value);
      if (!problem.empty())
        error(option.place, "option " + in_quotes(name) + " of check " + in_quotes(setting.check) +
                                " " + problem);
    }
  }
  return ok;
}

void merge(const CheckSetting& setting, EffectiveChecks& out) {
  EffectiveCheck& effective = out[setting.check];
  if (setting.level) {
    effective.level = setting.level;
    effective.level_place = setting.level_place;
  }
  for (const auto& [name, option] : setting.options) effective.options[name] = option.value;
}

}  // namespace

std::string_view to_string(CheckLevel level) {
  switch (level) {
    case CheckLevel::note:
      return "note";
    case CheckLevel::warning:
      return "warning";
    case CheckLevel::error:
      return "error";
    case CheckLevel::off:
      return "off";
  }
  return "off";
}

bool load_configured_plugins(const Configuration& configuration, plugin::Host& host,
                             diag::Diagnostics& diagnostics) {
  bool ok = true;
  for (const PluginName& wanted : configuration.plugins) {
    auto loaded = [&] {
      const auto& plugins = host.plugins();
      return std::any_of(plugins.begin(), plugins.end(),
                         [&](const plugin::LoadedPlugin& p) { return p.name == wanted.name; });
    };
    if (loaded()) continue;
    diag::Diagnostics why;
    host.load_on_demand(wanted.name, why);
    if (loaded()) {
      diagnostics.merge(why);  // notes and warnings of a module that did load
      continue;
    }
    std::string reason;
    for (const diag::Diagnostic& d : why.all())
      reason += "; " + (d.file == "seamless" ? "" : d.file + ": ") + d.message;
    if (reason.empty())
      reason = "; seamless-" + wanted.name + ".so holds a plugin with another name";
    diagnostics.error(configuration.file, wanted.place.line, wanted.place.column,
                      "plugin " + in_quotes(wanted.name) + " cannot be loaded" + reason);
    ok = false;
  }
  return ok;
}

bool validate_checks(Configuration& configuration, const plugin::Registry& registry,
                     diag::Diagnostics& diagnostics) {
  bool ok = validate_settings(configuration, configuration.checks, registry, diagnostics);
  for (Override& o : configuration.overrides)
    ok = validate_settings(configuration, o.checks, registry, diagnostics) && ok;
  return ok;
}

EffectiveChecks checks_for(const Configuration& configuration, const std::string& model_file) {
  EffectiveChecks out;
  for (const CheckSetting& setting : configuration.checks) merge(setting, out);
  if (configuration.overrides.empty()) return out;
  std::error_code ec;
  const fs::path absolute = fs::absolute(model_file, ec).lexically_normal();
  const std::string relative =
      ec ? std::string() : absolute.lexically_relative(configuration.directory).generic_string();
  if (relative.empty()) return out;  // another root: no pattern can match
  for (const Override& o : configuration.overrides) {
    const bool applies = std::any_of(o.patterns.begin(), o.patterns.end(),
                                     [&](const auto& p) { return path_matches(p, relative); });
    if (!applies) continue;
    for (const CheckSetting& setting : o.checks) merge(setting, out);
  }
  return out;
}

std::optional<check::Severity> severity_of(CheckLevel level) {
  switch (level) {
    case CheckLevel::error:
      return check::Severity::error;
    case CheckLevel::warning:
      return check::Severity::warning;
    case CheckLevel::note:
      return check::Severity::note;
    case CheckLevel::off:
      return std::nullopt;
  }
  return std::nullopt;
}

void apply_level(CheckLevel level, check::CheckResult& result) {
  const std::optional<check::Severity> severity = severity_of(level);
  if (!severity) return;
  for (check::Finding& finding : result.findings)
    if (finding.rule != "check-error") finding.severity = *severity;
}

std::optional<check::Severity> configured_severity(const Configuration& configuration,
                                                   std::string_view check) {
  std::optional<CheckLevel> level;
  for (const CheckSetting& setting : configuration.checks)
    if (setting.check == check && setting.level) level = setting.level;
  return level ? severity_of(*level) : std::nullopt;
}

}  // namespace seamless::cli
