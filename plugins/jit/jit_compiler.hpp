// The guard compiler of the jit plugin: one LLVM module per guard set, compiled in-process with
// ORC's LLJIT; the CompiledGuards keeps the JIT (and so the code) alive. Codegen options are
// read from the environment at each compile (codegen_options.hpp).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "seamless/plugin/registry.hpp"

namespace seamless::plugins::jit {

class JitGuardCompiler final : public plugin::GuardCompiler {
 public:
  std::string_view name() const override { return "llvm-orc"; }
  std::unique_ptr<plugin::CompiledGuards> compile(const std::vector<const expr::Expr*>& guards,
                                                  std::string& error) const override;
};

}  // namespace seamless::plugins::jit
