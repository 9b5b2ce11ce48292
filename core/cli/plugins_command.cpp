// `seamless plugins`: the loaded plugin modules and everything they contribute.
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "language.hpp"
#include "seamless/plugin/host.hpp"

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
      for (const plugin::Contribution& c : contributions)
        if (c.plugin == p.name) provides.push_back({{"kind", c.kind}, {"name", c.name}});
      json entry{{"name", p.name},
                 {"version", p.version},
                 {"description", p.description},
                 {"path", p.path},
                 {"provides", std::move(provides)}};
      if (lang == i18n::Language::zh)
        entry["description_zh"] = i18n::pick(lang, p.description, p.description_zh);
      plugins.push_back(std::move(entry));
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
      for (const plugin::Contribution& c : contributions)
        if (c.plugin == p.name) write_contribution(c, lang, false);
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
