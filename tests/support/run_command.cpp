// Test support: fork/exec of the seamless binary (or another program) with captured output (see
// run_command.hpp).
#include "support/run_command.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace seamless::test {

namespace {
std::string slurp_fd(int fd) {
  std::string text;
  char buffer[65536];
  ssize_t n;
  while ((n = read(fd, buffer, sizeof buffer)) > 0) text.append(buffer, static_cast<size_t>(n));
  return text;
}
}  // namespace

CommandResult run_seamless(const std::vector<std::string>& arguments) {
  return run_seamless(arguments, RunSettings{});
}

CommandResult run_seamless(const std::vector<std::string>& arguments, const RunSettings& settings) {
  return run_program(SEAMLESS_BINARY, arguments, settings);
}

CommandResult run_program(const std::string& program, const std::vector<std::string>& arguments,
                          const RunSettings& settings) {
  const std::string directory =
      settings.directory.empty() ? SEAMLESS_SOURCE_DIR : settings.directory;
  // Output goes to unlinked temporary files in the system's temporary directory ($TMPDIR).
  const std::string base = (std::filesystem::temp_directory_path() / "seamless-test-").string();
  std::string out_name = base + "out-XXXXXX";
  std::string err_name = base + "err-XXXXXX";
  const int out_fd = mkstemp(out_name.data());
  const int err_fd = mkstemp(err_name.data());
  if (out_fd < 0 || err_fd < 0) throw std::runtime_error("mkstemp failed");
  unlink(out_name.c_str());
  unlink(err_name.c_str());
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(out_fd, 1);
    dup2(err_fd, 2);
    if (chdir(directory.c_str()) != 0) _exit(127);
    unsetenv("SEAMLESS_PLUGIN_PATH");
    unsetenv("SEAMLESS_LANG");
    for (const auto& [name, value] : settings.environment) setenv(name.c_str(), value.c_str(), 1);
    std::vector<char*> argv;
    std::string binary = program;
    argv.push_back(binary.data());
    std::vector<std::string> copy = arguments;
    for (std::string& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  lseek(out_fd, 0, SEEK_SET);
  lseek(err_fd, 0, SEEK_SET);
  result.out = slurp_fd(out_fd);
  result.err = slurp_fd(err_fd);
  close(out_fd);
  close(err_fd);
  return result;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

std::string source_path(const std::string& relative) {
  return std::string(SEAMLESS_SOURCE_DIR) + "/" + relative;
}

}  // namespace seamless::test
