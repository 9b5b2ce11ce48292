// `seamless plugins`: the loaded plugin modules and everything they contribute.
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "seamless/plugin/host.hpp"

namespace seamless::cli {

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
      for (const plugin::Contribution& c : contributions)
        if (c.plugin == p.name) provides.push_back({{"kind", c.kind}, {"name", c.name}});
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
      for (const plugin::Contribution& c : contributions)
        if (c.plugin == p.name)
          std::cout << "  " << c.kind << ' ' << c.name << (c.summary.empty() ? "" : ": ")
                    << c.summary << '\n';
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
