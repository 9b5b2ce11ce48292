// Test support: runs a command (the seamless binary) and captures its output and exit code,
// and small file helpers.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace seamless::test {

struct CommandResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs SEAMLESS_BINARY with the arguments (no shell), in the source directory, with
// SEAMLESS_PLUGIN_PATH and SEAMLESS_LANG unset.
CommandResult run_seamless(const std::vector<std::string>& arguments);

// Where and with what environment to run it.
struct RunSettings {
  std::string directory;  // the working directory; "" = the source directory
  std::vector<std::pair<std::string, std::string>> environment;  // set after the unset above
};
CommandResult run_seamless(const std::vector<std::string>& arguments, const RunSettings& settings);

// Runs another program (an absolute path, no shell) the same way: the validators of the CI
// outputs (node, xmllint).
CommandResult run_program(const std::string& program, const std::vector<std::string>& arguments,
                          const RunSettings& settings = {});

std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& text);
std::string source_path(const std::string& relative);  // SEAMLESS_SOURCE_DIR/relative

}  // namespace seamless::test
