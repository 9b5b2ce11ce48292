// Finding the model files a command works on.
#include <algorithm>
#include <filesystem>
#include <system_error>

#include "commands.hpp"

namespace seamless::cli {

namespace fs = std::filesystem;

std::vector<std::string> collect_model_files(const std::vector<std::string>& paths,
                                             diag::Diagnostics& diagnostics) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      diagnostics.error(path, 0, 0, i18n::Text{"no such file or directory", "文件或目录不存在"});
      continue;
    }
    if (!fs::is_directory(status)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (it->path().extension() == ".bpmn" && it->is_regular_file(ec))
        found.push_back(it->path().string());
    }
    if (ec) {
      diagnostics.error(
          path, 0, 0, {"cannot read directory: " + ec.message(), "无法读取目录：" + ec.message()});
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

}  // namespace seamless::cli
