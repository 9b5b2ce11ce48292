// `seamless plugins`: the loaded plugin modules and everything they contribute.
#include <iostream>
#include <limits>
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "seamless/plugin/host.hpp"

namespace seamless::cli {

namespace {

// The options a check declares (seamless.toml `[checks] NAME = { OPTION = VALUE }`).
std::vector<check::OptionSpec> options_of(const plugin::Registry& registry,
                                          const plugin::Contribution& c) {
  if (c.kind != "check") return {};
  const check::Check* check = registry.find_check(c.name);
  return check ? check->options() : std::vector<check::OptionSpec>{};
}

// "integer 0..100", "decimal".
std::string type_text(const check::OptionSpec& o) {
  std::string text(check::to_string(o.type));
  if (o.type == check::OptionType::integer && (o.min != std::numeric_limits<std::int64_t>::min() ||
                                               o.max != std::numeric_limits<std::int64_t>::max()))
    text += " " + std::to_string(o.min) + ".." + std::to_string(o.max);
  return text;
}

}  // namespace

int run_plugins(const PluginsOptions& options) {
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
            list.push_back(std::move(option));
          }
          entry["options"] = std::move(list);
        }
        provides.push_back(std::move(entry));
      }
      plugins.push_back({{"name", p.name},
                         {"version", p.version},
                         {"description", p.description},
                         {"path", p.path},
                         {"provides", std::move(provides)}});
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
    std::cout << "plugin directory: " << plugin::Host::installed_plugin_directory() << '\n';
    for (const plugin::LoadedPlugin& p : host.plugins()) {
      std::cout << p.name << ' ' << p.version << "  " << p.description << "\n  " << p.path << '\n';
      for (const plugin::Contribution& c : contributions) {
        if (c.plugin != p.name) continue;
        std::cout << "  " << c.kind << ' ' << c.name << (c.summary.empty() ? "" : ": ") << c.summary
                  << '\n';
        for (const check::OptionSpec& o : options_of(host.registry(), c))
          std::cout << "    option " << o.name << " (" << type_text(o) << "): " << o.meaning
                    << '\n';
      }
    }
    std::cout << "builtin\n";
    for (const plugin::Contribution& c : contributions)
      if (c.plugin == "builtin")
        std::cout << "  " << c.kind << ' ' << c.name << ": " << c.summary << '\n';
  } else {
    std::cerr << "seamless: error: plugins supports --format text or json\n";
    return exit_input_error;
  }
  for (const diag::Diagnostic& d : diagnostics.all()) std::cerr << diag::format(d) << '\n';
  return diagnostics.has_errors() ? exit_input_error : exit_ok;
}

}  // namespace seamless::cli
