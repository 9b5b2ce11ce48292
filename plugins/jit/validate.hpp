// Structural checks of a guard before lowering: every operand index refers to an earlier node
// and every op is known, so the lowering never reads outside the node array.
#pragma once

#include <string>

#include "seamless/expr/expr.hpp"

namespace seamless::plugins::jit {

// Empty when `guard` is well formed, else what is wrong with it.
std::string validate(const expr::Expr& guard);

}  // namespace seamless::plugins::jit
