// Entry point of the jit plugin module: registers the LLVM guard compiler.
#include <memory>

#include "jit_compiler.hpp"
#include "seamless/plugin/abi.hpp"
#include "seamless/plugin/registry.hpp"

namespace {
void register_jit(seamless::plugin::Registry& registry) {
  registry.set_guard_compiler(std::make_unique<seamless::plugins::jit::JitGuardCompiler>());
}
}  // namespace

SEAMLESS_PLUGIN("jit", "0.1.0", "compiles guards to native code with LLVM (ORC LLJIT)",
                register_jit, "用 LLVM（ORC LLJIT）把条件编译为本机代码")
