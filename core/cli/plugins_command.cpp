// `seamless plugins`: the loaded plugin modules and everything they contribute.
#include <iostream>
#include <limits>
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "language.hpp"
#include "seamless/plugin/host.hpp"
#include "seamless/report/report_texts.hpp"

namespace seamless::cli {
namespace {

// What a contribution is, for a person: "check", or "检查" in Chinese.
std::string kind_label(const std::string& kind, i18n::Language language) {
  if (language != i18n::Language::zh) return kind;
  static const std::pair<const char*, const char*> kinds[] = {{"check", "检查"},
                                                              {"guard-language", "条件语言"},
                                                              {"output-format", "输出格式"},
                                                              {"guard-compiler", "条件编译器"},
                                                              {"case-solver", "办件数据求解器"}};
  for (const auto& [en, zh] : kinds)
    if (kind == en) return zh;
  return kind;
}

void write_contribution(const plugin::Contribution& c, i18n::Language language, bool colon) {
  const std::string& summary = i18n::pick(language, c.summary, c.summary_zh);
  std::cout << "  " << kind_label(c.kind, language) << ' ' << c.name;
  if (colon || !summary.empty()) std::cout << (language == i18n::Language::zh ? "：" : ": ");
  std::cout << summary << '\n';
}

}  // namespace

namespace {

// The options a check declares (seamless.toml `[checks] NAME = { OPTION = VALUE }`).
std::vector<check::OptionSpec> options_of(const plugin::Registry& registry,
                                          const plugin::Contribution& c) {
  if (c.kind != "check") return {};
  const check::Check* check = registry.find_check(c.name);
  return check ? check->options() : std::vector<check::OptionSpec>{};
}

// "integer 0..100", "decimal"; in Chinese "整数 0..100", "小数".
std::string type_text(const check::OptionSpec& o, i18n::Language language) {
  std::string text(report::report_texts(language).type_name(check::to_string(o.type)));
  if (o.type == check::OptionType::integer && (o.min != std::numeric_limits<std::int64_t>::min() ||
                                               o.max != std::numeric_limits<std::int64_t>::max()))
    text += " " + std::to_string(o.min) + ".." + std::to_string(o.max);
  return text;
}

}  // namespace

int run_plugins(const PluginsOptions& options) {
  const i18n::Language lang = options.lang;
  diag::Diagnostics diagnostics;
  plugin::Host host;
  host.load_all(options.plugins, diagnostics, /*include_on_demand=*/true);
  diagnostics.sort();
  const auto& contributions = host.registry().contributions();
  if (options.format == "json") {
    using json = nlohmann::ordered_json;
    json plugins = json::array();
    for (const plugin::LoadedPlugin& p : host.plugins()) {
      json provides = json::array();
      for (const plugin::Contribution& c : contributions) {
        if (c.plugin != p.name) continue;
        json entry{{"kind", c.kind}, {"name", c.name}};
        const std::vector<check::OptionSpec> declared = options_of(host.registry(), c);
        if (!declared.empty()) {
          json list = json::array();
          for (const check::OptionSpec& o : declared) {
            json option{{"name", o.name}, {"type", check::to_string(o.type)}};
            if (o.type == check::OptionType::integer) {
              option["min"] = o.min;
              option["max"] = o.max;
            }
            option["meaning"] = o.meaning;
            if (lang == i18n::Language::zh)
              option["meaning_zh"] = i18n::pick(lang, o.meaning, o.meaning_zh);
            list.push_back(std::move(option));
          }
          entry["options"] = std::move(list);
        }
        provides.push_back(std::move(entry));
      }
      json plugin_entry{{"name", p.name},
                        {"version", p.version},
                        {"description", p.description},
                        {"path", p.path},
                        {"provides", std::move(provides)}};
      if (lang == i18n::Language::zh)
        plugin_entry["description_zh"] = i18n::pick(lang, p.description, p.description_zh);
      plugins.push_back(std::move(plugin_entry));
    }
    json builtin = json::array();
    for (const plugin::Contribution& c : contributions)
      if (c.plugin == "builtin") builtin.push_back({{"kind", c.kind}, {"name", c.name}});
    json root{{"tool", {{"name", "seamless"}, {"version", version()}}},
              {"pluginDirectory", plugin::Host::installed_plugin_directory()},
              {"plugins", std::move(plugins)},
              {"builtin", std::move(builtin)}};
    std::cout << root.dump(2) << '\n';
  } else if (options.format == "text") {
    std::cout << i18n::Text{"plugin directory: ", "插件目录："}.in(lang)
              << plugin::Host::installed_plugin_directory() << '\n';
    for (const plugin::LoadedPlugin& p : host.plugins()) {
      std::cout << p.name << ' ' << p.version << "  "
                << i18n::pick(lang, p.description, p.description_zh) << "\n  " << p.path << '\n';
      for (const plugin::Contribution& c : contributions) {
        if (c.plugin != p.name) continue;
        write_contribution(c, lang, false);
        for (const check::OptionSpec& o : options_of(host.registry(), c))
          std::cout << "    " << i18n::Text{"option ", "选项 "}.in(lang) << o.name
                    << (lang == i18n::Language::zh ? "（" : " (") << type_text(o, lang)
                    << (lang == i18n::Language::zh ? "）：" : "): ")
                    << i18n::pick(lang, o.meaning, o.meaning_zh) << '\n';
      }
    }
    std::cout << i18n::Text{"builtin", "内置"}.in(lang) << '\n';
    for (const plugin::Contribution& c : contributions)
      if (c.plugin == "builtin") write_contribution(c, lang, true);
  } else {
    print_error(lang,
                {"plugins supports --format text or json", "plugins 支持 --format text 或 json"});
    return exit_input_error;
  }
  for (const diag::Diagnostic& d : diagnostics.all()) std::cerr << diag::format(d, lang) << '\n';
  return diagnostics.has_errors() ? exit_input_error : exit_ok;
}

}  // namespace seamless::cli
