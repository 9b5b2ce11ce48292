// Test support: shrinking a failing differential case. Given an expression, a case and a
// predicate that says whether they still show the failure, repeatedly replaces subtrees by one
// of their operands of the same type or by a constant (0, 1, null) and case values by 0, keeping
// every change that still fails, until no change does. The result is what a test prints.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "seamless/expr/expr.hpp"

namespace seamless::test {

struct Counterexample {
  expr::Expr expr;
  std::vector<std::int64_t> slots;
};

using StillFails = std::function<bool(const expr::Expr&, const std::vector<std::int64_t>&)>;

Counterexample shrink(Counterexample failing, const StillFails& still_fails, int max_rounds = 200);

}  // namespace seamless::test
