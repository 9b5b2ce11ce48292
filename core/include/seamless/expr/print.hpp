// Typed IR as text: an S-expression with variable names, e.g. `(and (> area 500) food)`.
#pragma once

#include <string>

#include "seamless/expr/environment.hpp"
#include "seamless/expr/expr.hpp"

namespace seamless::expr {

std::string print(const Expr& expr, const Environment& environment);

}  // namespace seamless::expr
