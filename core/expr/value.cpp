// Names of types, truth values and IR operations.
#include "seamless/expr/expr.hpp"

namespace seamless::expr {

std::string_view to_string(Type type) {
  switch (type) {
    case Type::boolean:
      return "boolean";
    case Type::integer:
      return "integer";
    case Type::decimal:
      return "decimal";
    case Type::string:
      return "string";
    case Type::null:
      return "null";
  }
  return "null";
}

std::string_view to_string(Truth truth) {
  switch (truth) {
    case Truth::false_:
      return "false";
    case Truth::true_:
      return "true";
    case Truth::null:
      return "null";
  }
  return "null";
}

std::string_view to_string(Op op) {
  static constexpr std::string_view names[] = {
      "constant", "variable", "not", "negate", "to_decimal", "+",       "-",
      "*",        "/",        "%",   "=",      "!=",         "<",       "<=",
      ">",        ">=",       "and", "or",     "is_null",    "is_empty"};
  return names[static_cast<int>(op)];
}

}  // namespace seamless::expr
