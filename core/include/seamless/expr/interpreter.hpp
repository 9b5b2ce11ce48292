// The reference interpreter: defines what a guard means for every input (value.hpp).
#pragma once

#include <cstdint>

#include "seamless/expr/expr.hpp"

namespace seamless::expr {

// The root's value for the case `slots` (one encoded value per variable slot).
Value evaluate(const Expr& expr, const std::int64_t* slots);

inline Truth evaluate_truth(const Expr& expr, const std::int64_t* slots) {
  return truth_of(evaluate(expr, slots));
}

}  // namespace seamless::expr
