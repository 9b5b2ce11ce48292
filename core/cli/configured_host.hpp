// Setting up an analysing command's plugins together with its configuration (seamless.toml).
#pragma once

#include <string>
#include <vector>

#include "configuration.hpp"
#include "seamless/diag/diagnostics.hpp"
#include "seamless/i18n/text.hpp"

namespace seamless::plugin {
class Host;
}

namespace seamless::cli {

// Reads the configuration (`config_file`, or the seamless.toml found from the current
// directory) before loading any plugin, then loads `plugin_files` and the plugin search path
// (their problems go to `plugin_diagnostics`, as without a configuration), then the plugins the
// configuration names, and validates its checks against the registry. Configuration problems
// are printed on standard error as `file:line:col: error: ...`, the message in `language`; false
// when there were any (the command then exits with 2).
bool set_up_plugins_and_configuration(const std::string& config_file,
                                      const std::vector<std::string>& plugin_files,
                                      plugin::Host& host, Configuration& configuration,
                                      diag::Diagnostics& plugin_diagnostics,
                                      i18n::Language language = i18n::Language::en);

}  // namespace seamless::cli
