// The plugins and the configuration of an analysing command (`check`, `replay`), set up in the
// order that keeps a bad configuration from loading anything: the configuration is read and
// checked first, then the --plugin modules and the plugin search path are loaded, then the
// plugins the configuration names, and last its check names and options are validated.
#include <iostream>

#include "configuration.hpp"
#include "configured_host.hpp"
#include "seamless/plugin/host.hpp"

namespace seamless::cli {

bool set_up_plugins_and_configuration(const std::string& config_file,
                                      const std::vector<std::string>& plugin_files,
                                      plugin::Host& host, Configuration& configuration,
                                      diag::Diagnostics& plugin_diagnostics,
                                      i18n::Language language) {
  diag::Diagnostics problems;
  const bool ok = load_configuration(config_file, configuration, problems) && [&] {
    host.load_all(plugin_files, plugin_diagnostics);
    return load_configured_plugins(configuration, host, problems) &&
           validate_checks(configuration, host.registry(), problems);
  }();
  problems.sort();
  for (const diag::Diagnostic& d : problems.all()) std::cerr << diag::format(d, language) << '\n';
  return ok;
}

}  // namespace seamless::cli
