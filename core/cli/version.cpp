// The version of seamless, from the project() version in CMakeLists.txt.
#include "commands.hpp"

#ifndef SEAMLESS_VERSION
#error "SEAMLESS_VERSION must be defined by the build"
#endif

namespace seamless::cli {
std::string version() {
  return SEAMLESS_VERSION;
}
}  // namespace seamless::cli
