// How the JIT generates code: LLVM's codegen optimisation level and whether a small
// function-level IR pass pipeline runs first. The defaults are the measured best (see
// bench/guards/README.md): CodeGenOpt::None compiles about 5x faster than Less/Default and its
// code is within a few percent of theirs, because the lowering already emits lean,
// branch-free IR; the pass pipeline costs compile time and, at None, even slows the code
// (instcombine turns the branch-free Truth encoding back into a select, which the fast
// instruction selector emits as a branch). SEAMLESS_JIT_OPT_LEVEL (0..3) and
// SEAMLESS_JIT_PASSES (0 or 1) override them, for benchmarking.
#pragma once

namespace seamless::plugins::jit {

struct CodegenOptions {
  int opt_level = 0;    // 0 None, 1 Less, 2 Default, 3 Aggressive
  bool passes = false;  // run the function pass pipeline before codegen
};

// The defaults, overridden by the environment variables above when they are set and valid.
CodegenOptions codegen_options_from_environment();

}  // namespace seamless::plugins::jit
