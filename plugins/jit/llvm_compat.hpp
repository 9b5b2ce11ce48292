// The few places where the LLVM API differs between the supported versions (14..19).
#pragma once

#include <cstdint>

#include "llvm/Config/llvm-config.h"
#include "llvm/ExecutionEngine/Orc/LLJIT.h"
#include "llvm/Support/CodeGen.h"

namespace seamless::plugins::jit::compat {

// The codegen optimisation level: CodeGenOpt::Level until 17, CodeGenOptLevel from 18.
#if LLVM_VERSION_MAJOR >= 18
using CodeGenLevel = llvm::CodeGenOptLevel;
inline CodeGenLevel codegen_level(int level) {
  switch (level) {
    case 0:
      return llvm::CodeGenOptLevel::None;
    case 1:
      return llvm::CodeGenOptLevel::Less;
    case 2:
      return llvm::CodeGenOptLevel::Default;
    default:
      return llvm::CodeGenOptLevel::Aggressive;
  }
}
#else
using CodeGenLevel = llvm::CodeGenOpt::Level;
inline CodeGenLevel codegen_level(int level) {
  switch (level) {
    case 0:
      return llvm::CodeGenOpt::None;
    case 1:
      return llvm::CodeGenOpt::Less;
    case 2:
      return llvm::CodeGenOpt::Default;
    default:
      return llvm::CodeGenOpt::Aggressive;
  }
}
#endif

// The address of a looked-up symbol: LLJIT::lookup gives a JITEvaluatedSymbol until 14 and an
// ExecutorAddr from 15.
#if LLVM_VERSION_MAJOR >= 15
inline std::uint64_t address_of(const llvm::orc::ExecutorAddr& symbol) {
  return symbol.getValue();
}
#else
inline std::uint64_t address_of(const llvm::JITEvaluatedSymbol& symbol) {
  return symbol.getAddress();
}
#endif

}  // namespace seamless::plugins::jit::compat
