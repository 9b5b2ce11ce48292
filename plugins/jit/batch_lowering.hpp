// The batch form of a lowered guard: a loop over many cases' slot rows that calls the guard's
// function, with that function inlined into the loop body, so replay evaluates millions of cases
// without an indirect call per case and guard.
#pragma once

#include <cstddef>
#include <string>

namespace llvm {
class Function;
class Module;
}  // namespace llvm

namespace seamless::plugins::jit {

// The symbol of the batch function of the guard at `index` in its set.
std::string guard_batch_symbol(std::size_t index);

// Adds `void guard_batch_<index>(ptr rows, i64 width, i64 count, i64 bit, ptr keys)`, see
// plugin::GuardBatchFunction, calling `guard` (a function made by lower_guard) inlined.
// Returns null when LLVM refuses to inline (the caller reports it).
llvm::Function* lower_guard_batch(llvm::Function& guard, std::size_t index, llvm::Module& module);

}  // namespace seamless::plugins::jit
