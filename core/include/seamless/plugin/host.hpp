// The plugin host: finds plugin modules, dlopens them, checks their ABI version and lets them
// register. Modules come from `--plugin FILE`, then the directories of SEAMLESS_PLUGIN_PATH,
// then the installation's plugin directory (`<exe>/../lib/seamless/plugins`). When two modules
// have the same plugin name the first one found wins. Modules stay loaded until the process
// ends (objects they registered live in the Registry).
// Heavy modules are loaded only on demand: `seamless-jit.so` (LLVM) is skipped by the directory
// scans and loaded by load_on_demand("jit") when guards are evaluated in bulk, and
// `seamless-smt.so` (Z3) by load_on_demand("smt") for models whose guards exploration must
// respect.
#pragma once

#include <string>
#include <vector>

#include "seamless/diag/diagnostics.hpp"
#include "seamless/plugin/registry.hpp"

namespace seamless::plugin {

struct LoadedPlugin {
  std::string name;
  std::string version;
  std::string description;
  std::string path;
  std::string description_zh{};  // in Chinese; empty: English
};

class Host {
 public:
  Host();

  // Loads one module. Problems (cannot open, no entry point, ABI mismatch, duplicate name) are
  // diagnostics under the module's path; returns whether it was loaded.
  bool load(const std::string& path, diag::Diagnostics& diagnostics);
  // Loads every module (`*.so`) of a directory, in name order; on-demand modules only when
  // `include_on_demand` (for `seamless plugins`, which lists everything).
  void load_directory(const std::string& directory, diag::Diagnostics& diagnostics,
                      bool include_on_demand = false);
  // --plugin files, SEAMLESS_PLUGIN_PATH, then the installation directory.
  void load_all(const std::vector<std::string>& explicit_modules, diag::Diagnostics& diagnostics,
                bool include_on_demand = false);
  // Finds `seamless-<name>.so` in SEAMLESS_PLUGIN_PATH, then the installation directory, and
  // loads it (once). False, with an error diagnostic, when it is not found or does not load.
  bool load_on_demand(const std::string& name, diag::Diagnostics& diagnostics);
  // Whether a module file is one of those loaded only on demand.
  static bool on_demand_only(const std::string& path);

  Registry& registry() { return registry_; }
  const Registry& registry() const { return registry_; }
  const std::vector<LoadedPlugin>& plugins() const { return plugins_; }

  // `<directory of the running executable>/../lib/seamless/plugins`.
  static std::string installed_plugin_directory();

 private:
  std::vector<std::string> search_directories() const;
  Registry registry_;
  std::vector<LoadedPlugin> plugins_;
};

}  // namespace seamless::plugin
