// Reading the codegen options' environment overrides.
#include "codegen_options.hpp"

#include <cstdlib>
#include <cstring>

namespace seamless::plugins::jit {

CodegenOptions codegen_options_from_environment() {
  CodegenOptions options;
  if (const char* level = std::getenv("SEAMLESS_JIT_OPT_LEVEL");
      level != nullptr && std::strlen(level) == 1 && level[0] >= '0' && level[0] <= '3')
    options.opt_level = level[0] - '0';
  if (const char* passes = std::getenv("SEAMLESS_JIT_PASSES"); passes != nullptr)
    options.passes = std::strcmp(passes, "1") == 0;
  return options;
}

}  // namespace seamless::plugins::jit
