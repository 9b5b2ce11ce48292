// Loading plugin modules with dlopen (see host.hpp).
#include "seamless/plugin/host.hpp"

#include <dlfcn.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <system_error>

#include "seamless/plugin/abi.hpp"
#include "seamless/report/builtin_formats.hpp"

#ifndef SEAMLESS_PLUGIN_RELATIVE_DIR
#define SEAMLESS_PLUGIN_RELATIVE_DIR "../lib/seamless/plugins"
#endif

namespace seamless::plugin {

namespace fs = std::filesystem;

Host::Host() {
  registry_.add_output_format(report::make_text_format());
  registry_.add_output_format(report::make_json_format());
  registry_.add_output_format(report::make_sarif_format());
  registry_.add_output_format(report::make_junit_format());
}

std::string Host::installed_plugin_directory() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  return (exe.parent_path() / SEAMLESS_PLUGIN_RELATIVE_DIR).lexically_normal().string();
}

bool Host::load(const std::string& path, diag::Diagnostics& diagnostics) {
  // A name without '/' would make dlopen search the library path instead of opening the file.
  const std::string file = path.find('/') == std::string::npos ? "./" + path : path;
  void* handle = dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* why = dlerror();
    diagnostics.error(path, 0, 0, std::string("cannot load plugin: ") + (why ? why : "unknown"));
    return false;
  }
  using Entry = const seamless_plugin_descriptor* (*)();
  auto entry = reinterpret_cast<Entry>(dlsym(handle, SEAMLESS_PLUGIN_ENTRY_SYMBOL));
  const seamless_plugin_descriptor* d = entry ? entry() : nullptr;
  if (d == nullptr) {
    diagnostics.error(path, 0, 0,
                      "not a seamless plugin: no " SEAMLESS_PLUGIN_ENTRY_SYMBOL "() entry point");
    dlclose(handle);
    return false;
  }
  if (d->abi_version != SEAMLESS_PLUGIN_ABI_VERSION) {
    diagnostics.error(path, 0, 0,
                      "plugin '" + std::string(d->name ? d->name : "?") + "' was built for ABI " +
                          std::to_string(d->abi_version) + ", this seamless has ABI " +
                          std::to_string(SEAMLESS_PLUGIN_ABI_VERSION) + "; rebuild the plugin");
    dlclose(handle);
    return false;
  }
  const std::string name = d->name ? d->name : "";
  if (name.empty() || d->register_plugin == nullptr) {
    diagnostics.error(path, 0, 0, "plugin descriptor has no name or no register function");
    dlclose(handle);
    return false;
  }
  for (const LoadedPlugin& p : plugins_) {
    if (p.name == name) {
      std::error_code ec;
      if (fs::equivalent(p.path, path, ec)) {  // the same file again
        dlclose(handle);
        return true;
      }
      diagnostics.note(
          path, 0, 0,
          "plugin '" + name + "' already loaded from " + p.path + "; this copy is ignored");
      dlclose(handle);
      return false;
    }
  }
  registry_.set_current_plugin(name);
  try {
    d->register_plugin(registry_);
  } catch (const std::exception& e) {
    diagnostics.error(path, 0, 0, "plugin '" + name + "' failed to register: " + e.what());
  }
  registry_.set_current_plugin("builtin");
  diagnostics.merge(registry_.take_diagnostics());
  plugins_.push_back(
      {name, d->version ? d->version : "", d->description ? d->description : "", path});
  return true;
}

void Host::load_directory(const std::string& directory, diag::Diagnostics& diagnostics,
                          bool include_on_demand) {
  std::error_code ec;
  std::vector<std::string> modules;
  for (const auto& entry : fs::directory_iterator(directory, ec)) {
    if (entry.path().extension() == ".so" && entry.is_regular_file(ec) &&
        (include_on_demand || !on_demand_only(entry.path().string())))
      modules.push_back(entry.path().string());
  }
  std::sort(modules.begin(), modules.end());
  for (const std::string& m : modules) load(m, diagnostics);
}

bool Host::on_demand_only(const std::string& path) {
  const fs::path name = fs::path(path).filename();
  return name == "seamless-jit.so" || name == "seamless-smt.so";
}

std::vector<std::string> Host::search_directories() const {
  std::vector<std::string> dirs;
  if (const char* path = std::getenv("SEAMLESS_PLUGIN_PATH")) {
    std::string_view rest = path;
    while (!rest.empty()) {
      const auto colon = rest.find(':');
      const std::string dir(rest.substr(0, colon));
      if (!dir.empty()) dirs.push_back(dir);
      if (colon == std::string_view::npos) break;
      rest.remove_prefix(colon + 1);
    }
  }
  const std::string installed = installed_plugin_directory();
  if (!installed.empty()) dirs.push_back(installed);
  return dirs;
}

void Host::load_all(const std::vector<std::string>& explicit_modules,
                    diag::Diagnostics& diagnostics, bool include_on_demand) {
  for (const std::string& m : explicit_modules) load(m, diagnostics);
  for (const std::string& dir : search_directories())
    load_directory(dir, diagnostics, include_on_demand);
}

bool Host::load_on_demand(const std::string& name, diag::Diagnostics& diagnostics) {
  for (const LoadedPlugin& p : plugins_)
    if (p.name == name) return true;
  for (const std::string& dir : search_directories()) {
    const fs::path candidate = fs::path(dir) / ("seamless-" + name + ".so");
    std::error_code ec;
    if (fs::is_regular_file(candidate, ec)) return load(candidate.string(), diagnostics);
  }
  diagnostics.error("seamless", 0, 0,
                    "plugin '" + name + "' not found (looked for seamless-" + name +
                        ".so in SEAMLESS_PLUGIN_PATH and " + installed_plugin_directory() + ")");
  return false;
}

}  // namespace seamless::plugin
