// The optional function-level IR pass pipeline run before codegen (CodegenOptions::passes):
// early CSE, instcombine and CFG simplification over every guard function. Off by default: it
// does not pay off (bench/guards/README.md), but it stays selectable for re-measuring.
#pragma once

namespace llvm {
class Module;
}

namespace seamless::plugins::jit {

void run_function_passes(llvm::Module& module);

}  // namespace seamless::plugins::jit
