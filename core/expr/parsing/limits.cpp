// The messages for guards past the parsers' limits (see limits.hpp).
#include "seamless/expr/parsing/limits.hpp"

namespace seamless::expr::parsing {

i18n::Text nested_too_deeply() {
  const std::string n = std::to_string(max_nesting);
  return {"the expression is nested too deeply (more than " + n + " levels)",
          "表达式嵌套过深（超过 " + n + " 层）"};
}

i18n::Text too_many_operators() {
  const std::string n = std::to_string(max_depth);
  return {"the expression has too many operators (more than " + n + " one inside the other)",
          "表达式的运算符过多（超过 " + n + " 个层层嵌套）"};
}

}  // namespace seamless::expr::parsing
