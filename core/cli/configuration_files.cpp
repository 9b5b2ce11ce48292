// Finding and reading the configuration file (configuration.hpp): `--config FILE`, else the
// first `seamless.toml` in the current directory or its parents.
#include <fstream>
#include <sstream>
#include <system_error>

#include "configuration.hpp"

namespace seamless::cli {

namespace fs = std::filesystem;

std::optional<fs::path> find_configuration(const fs::path& start) {
  std::error_code ec;
  for (fs::path dir = start;; dir = dir.parent_path()) {
    const fs::path candidate = dir / "seamless.toml";
    if (fs::exists(candidate, ec) && !fs::is_directory(candidate, ec)) return candidate;
    if (dir == dir.root_path() || dir.parent_path() == dir || dir.empty()) return std::nullopt;
  }
}

bool load_configuration(const std::string& explicit_file, Configuration& configuration,
                        diag::Diagnostics& diagnostics) {
  configuration = {};
  std::error_code ec;
  const fs::path cwd = fs::current_path(ec);
  if (ec) {
    diagnostics.error("seamless", 0, 0,
                      i18n::Text{"cannot determine the current directory: " + ec.message(),
                                 "无法确定当前目录：" + ec.message()});
    return false;
  }
  fs::path path;
  std::string shown;  // the file as messages name it
  if (!explicit_file.empty()) {
    path = explicit_file;
    shown = explicit_file;
  } else {
    const std::optional<fs::path> found = find_configuration(cwd);
    if (!found) return true;  // no configuration: every default applies
    path = *found;
    // "seamless.toml", "../seamless.toml": relative to where the command runs.
    shown = found->lexically_relative(cwd).string();
    if (shown.empty()) shown = found->string();
  }
  if (fs::is_directory(path, ec)) {
    diagnostics.error(
        shown, 0, 0,
        i18n::Text{"the configuration is a directory, not a file", "该配置是目录，不是文件"});
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diagnostics.error(shown, 0, 0,
                      explicit_file.empty() || fs::exists(path, ec)
                          ? i18n::Text{"cannot read the configuration file", "无法读取配置文件"}
                          : i18n::Text{"no such configuration file", "配置文件不存在"});
    return false;
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) {
    diagnostics.error(shown, 0, 0,
                      i18n::Text{"cannot read the configuration file", "无法读取配置文件"});
    return false;
  }
  const fs::path directory = (cwd / path).lexically_normal().parent_path();
  return read_configuration(text.str(), shown, directory, configuration, diagnostics);
}

}  // namespace seamless::cli
