// Guard expressions (expr.hpp) lowered to Z3 terms with exactly the semantics of value.hpp:
// every subterm is a (value, null) pair; integer results outside int64 are null (Z3 integers are
// unbounded, so overflow is the exact condition "outside [INT64_MIN, INT64_MAX]"); decimals are
// scaled integers; division and modulo truncate toward zero (built from Z3's Euclidean div/mod);
// equality is null-aware and logic is Kleene's. Booleans are Z3 Bools: an encoded boolean is 0
// or 1 (other bits in a boolean slot or constant would be read as true).
#pragma once

#include <cstdint>

#include <z3++.h>

#include "seamless/expr/expr.hpp"
#include "seamless/smt/variables.hpp"

namespace seamless::smt {

// A lowered value: `value` is a Bool for booleans and an Int otherwise; it is meaningful only
// when `null` is false.
struct Term {
  z3::expr value;
  z3::expr null;
};

class Lowering {
 public:
  explicit Lowering(Variables& variables) : variables_(&variables) {}

  // The expression over the variables' Z3 constants.
  Term lower(const expr::Expr& expr);
  // The expression with every variable fixed to its encoded value in `slots`.
  Term lower(const expr::Expr& expr, const std::int64_t* slots);

  // The guard holds: its value is true and not null.
  static z3::expr holds(const Term& term);
  z3::expr holds(const expr::Expr& expr) { return holds(lower(expr)); }
  // The guard is false or null: the flow is not taken.
  static z3::expr fails(const Term& term) { return !holds(term); }

  Variables& variables() const { return *variables_; }

 private:
  Variables* variables_;
};

}  // namespace seamless::smt
