// Lowering one guard to LLVM IR: `i8 guard_<i>(ptr slots)` returning the guard's Truth (0 false,
// 1 true, 2 null). Every node becomes a pair {i64 value, i1 null}; the generated code is total
// (no poison or undefined behaviour for any input), and agrees with the reference interpreter.
#pragma once

#include <cstddef>
#include <string>

#include "seamless/expr/expr.hpp"

namespace llvm {
class Function;
class Module;
}  // namespace llvm

namespace seamless::plugins::jit {

// The symbol of the guard at `index` in its set.
std::string guard_symbol(std::size_t index);

// Adds the guard's function to `module`. `guard` must have passed validate().
llvm::Function* lower_guard(const expr::Expr& guard, std::size_t index, llvm::Module& module);

}  // namespace seamless::plugins::jit
