// The messages for guards past the parsers' limits (see limits.hpp).
#include "seamless/expr/parsing/limits.hpp"

namespace seamless::expr::parsing {

std::string nested_too_deeply() {
  return "the expression is nested too deeply (more than " + std::to_string(max_nesting) +
         " levels)";
}

std::string too_many_operators() {
  return "the expression has too many operators (more than " + std::to_string(max_depth) +
         " one inside the other)";
}

}  // namespace seamless::expr::parsing
