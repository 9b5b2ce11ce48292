// Shared by the golden tests: compare a command's output with an expected file (writing `.got`
// beside it on a mismatch, or rewriting the file under SEAMLESS_UPDATE_GOLDEN=1), and list the
// BPMN files under a folder in a stable order.
#pragma once

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "support/run_command.hpp"

namespace seamless::test {

inline bool updating_golden() {
  const char* v = std::getenv("SEAMLESS_UPDATE_GOLDEN");
  return v != nullptr && std::string(v) == "1";
}

inline void compare_golden(const std::string& expected_path, const std::string& got) {
  namespace fs = std::filesystem;
  if (updating_golden()) {
    fs::create_directories(fs::path(expected_path).parent_path());
    write_file(expected_path, got);
    return;
  }
  INFO("golden file " << expected_path);
  REQUIRE(fs::exists(expected_path));
  const std::string expected = read_file(expected_path);
  if (expected != got) write_file(expected_path + ".got", got);
  CHECK(expected == got);
}

inline std::vector<std::filesystem::path> bpmn_files(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> out;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
    if (e.path().extension() == ".bpmn") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace seamless::test
