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

// “name”: a check, option or plugin name in a Chinese message.
std::string in_quotes_zh(std::string_view s) {
  return "“" + std::string(s) + "”";
}

// The names joined by ", " (English) and "、" (Chinese).
i18n::Text name_list(const std::vector<std::string>& names) {
  i18n::Text out;
  for (const std::string& name : names) {
    out.en += (out.en.empty() ? "" : ", ") + name;
    out.zh += (out.zh.empty() ? "" : "、") + name;
  }
  return out;
}

i18n::Text check_names(const plugin::Registry& registry) {
  std::vector<std::string> names;
  for (const check::Check* c : registry.checks()) names.emplace_back(c->name());
  if (names.empty()) return {"none", "无"};
  return name_list(names);
}

i18n::Text option_names(const std::vector<check::OptionSpec>& specs) {
  std::vector<std::string> names;
  for (const check::OptionSpec& s : specs) names.push_back(s.name);
  return name_list(names);
}

i18n::Text type_with_article(check::OptionType type) {
  switch (type) {
    case check::OptionType::boolean:
      return {"a boolean", "布尔值"};
    case check::OptionType::integer:
      return {"an integer", "整数"};
    case check::OptionType::decimal:
      return {"a decimal", "小数"};
    case check::OptionType::string:
      return {"a string", "字符串"};
  }
  return {"a string", "字符串"};
}

// Checks one option value against its spec; converts an integer given for a decimal option.
// Returns the problem ("must be ...", 须为……), or an empty text.
i18n::Text check_value(const check::OptionSpec& spec, check::OptionValue& value) {
  switch (spec.type) {
    case check::OptionType::boolean:
      if (std::holds_alternative<bool>(value)) return {};
      break;
    case check::OptionType::integer:
      if (const auto* i = std::get_if<std::int64_t>(&value)) {
        if (*i >= spec.min && *i <= spec.max) return {};
        const std::string min = std::to_string(spec.min), max = std::to_string(spec.max);
        const std::string given = std::to_string(*i);
        return {"must be from " + min + " to " + max + ", not " + given,
                "须为 " + min + " 到 " + max + " 之间的整数，不能是 " + given};
      }
      break;
    case check::OptionType::decimal:
      if (const auto* i = std::get_if<std::int64_t>(&value)) value = static_cast<double>(*i);
      if (const auto* d = std::get_if<double>(&value)) {
        if (std::isfinite(*d)) return {};
        return {"must be a finite number", "须为有限的数"};
      }
      break;
    case check::OptionType::string:
      if (std::holds_alternative<std::string>(value)) return {};
      break;
  }
  const i18n::Text type = type_with_article(spec.type);
  return {"must be " + type.en, "须为" + type.zh};
}

bool validate_settings(const Configuration& configuration, std::vector<CheckSetting>& settings,
                       const plugin::Registry& registry, diag::Diagnostics& diagnostics) {
  bool ok = true;
  auto error = [&](ConfigPlace place, i18n::Text message) {
    diagnostics.error(configuration.file, place.line, place.column, std::move(message));
    ok = false;
  };
  for (CheckSetting& setting : settings) {
    const check::Check* check = registry.find_check(setting.check);
    if (check == nullptr) {
      const i18n::Text names = check_names(registry);
      error(setting.place,
            {"unknown check " + in_quotes(setting.check) + "; the checks are: " + names.en,
             "未知检查" + in_quotes_zh(setting.check) + "；可用的检查：" + names.zh});
      continue;
    }
    const std::vector<check::OptionSpec> specs = check->options();
    for (auto& [name, option] : setting.options) {
      const auto spec = std::find_if(specs.begin(), specs.end(),
                                     [&](const check::OptionSpec& s) { return s.name == name; });
      if (spec == specs.end()) {
        const std::string check_en = "check " + in_quotes(setting.check);
        const std::string check_zh = "检查" + in_quotes_zh(setting.check);
        if (specs.empty()) {
          error(option.place, {check_en + " has no options (only 'severity')",
                               check_zh + "没有选项（只有“severity”）"});
        } else {
          const i18n::Text names = option_names(specs);
          error(option.place, {check_en + " has no option " + in_quotes(name) +
                                   "; its options are: severity, " + names.en,
                               check_zh + "没有选项" + in_quotes_zh(name) +
                                   "；它的选项有：severity、" + names.zh});
        }
        continue;
      }
      const i18n::Text problem = check_value(*spec, option.value);
      if (!problem.empty())
        error(option.place,
              {"option " + in_quotes(name) + " of check " + in_quotes(setting.check) + " " +
                   problem.en,
               "检查" + in_quotes_zh(setting.check) + "的选项" + in_quotes_zh(name) + problem.zh});
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
    i18n::Text reason;
    for (const diag::Diagnostic& d : why.all()) {
      reason.en += "; " + (d.file == "seamless" ? "" : d.file + ": ") + d.message;
      reason.zh += "；" + (d.file == "seamless" ? "" : d.file + "：") +
                   i18n::pick(i18n::Language::zh, d.message, d.message_zh);
    }
    if (reason.en.empty()) {
      const std::string module = "seamless-" + wanted.name + ".so";
      reason = {"; " + module + " holds a plugin with another name",
                "；" + module + " 中的插件名称与此不同"};
    }
    diagnostics.error(configuration.file, wanted.place.line, wanted.place.column,
                      {"plugin " + in_quotes(wanted.name) + " cannot be loaded" + reason.en,
                       "无法加载插件" + in_quotes_zh(wanted.name) + reason.zh});
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
