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
    const std::string reason = why ? why : "unknown";
    diagnostics.error(path, 0, 0, {"cannot load plugin: " + reason, "无法加载插件：" + reason});
    return false;
  }
  using Entry = const seamless_plugin_descriptor* (*)();
  auto entry = reinterpret_cast<Entry>(dlsym(handle, SEAMLESS_PLUGIN_ENTRY_SYMBOL));
  const seamless_plugin_descriptor* d = entry ? entry() : nullptr;
  if (d == nullptr) {
    diagnostics.error(
        path, 0, 0,
        i18n::Text{"not a seamless plugin: no " SEAMLESS_PLUGIN_ENTRY_SYMBOL "() entry point",
                   "不是 seamless 插件：没有入口函数 " SEAMLESS_PLUGIN_ENTRY_SYMBOL "()"});
    dlclose(handle);
    return false;
  }
  if (d->abi_version != SEAMLESS_PLUGIN_ABI_VERSION) {
    const std::string plugin = d->name ? d->name : "?";
    const std::string built = std::to_string(d->abi_version);
    const std::string ours = std::to_string(SEAMLESS_PLUGIN_ABI_VERSION);
    diagnostics.error(path, 0, 0,
                      {"plugin '" + plugin + "' was built for ABI " + built +
                           ", this seamless has ABI " + ours + "; rebuild the plugin",
                       "插件“" + plugin + "”按 ABI " + built + " 构建，本 seamless 的 ABI 为 " +
                           ours + "；请重新构建该插件"});
    dlclose(handle);
    return false;
  }
  const std::string name = d->name ? d->name : "";
  if (name.empty() || d->register_plugin == nullptr) {
    diagnostics.error(path, 0, 0,
                      i18n::Text{"plugin descriptor has no name or no register function",
                                 "插件描述缺少名称或注册函数"});
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
          {"plugin '" + name + "' already loaded from " + p.path + "; this copy is ignored",
           "插件“" + name + "”已从 " + p.path + " 加载；忽略此副本"});
      dlclose(handle);
      return false;
    }
  }
  registry_.set_current_plugin(name);
  try {
    d->register_plugin(registry_);
  } catch (const std::exception& e) {
    diagnostics.error(path, 0, 0,
                      {"plugin '" + name + "' failed to register: " + e.what(),
                       "插件“" + name + "”注册失败：" + e.what()});
  }
  registry_.set_current_plugin("builtin");
  diagnostics.merge(registry_.take_diagnostics());
  plugins_.push_back({name, d->version ? d->version : "", d->description ? d->description : "",
                      path, d->description_zh ? d->description_zh : ""});
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
  const std::string module = "seamless-" + name + ".so";
  diagnostics.error("seamless", 0, 0,
                    {"plugin '" + name + "' not found (looked for " + module +
                         " in SEAMLESS_PLUGIN_PATH and " + installed_plugin_directory() + ")",
                     "找不到插件“" + name + "”（在 SEAMLESS_PLUGIN_PATH 和 " +
                         installed_plugin_directory() + " 中查找 " + module + "）"});
  return false;
}

}  // namespace seamless::plugin
