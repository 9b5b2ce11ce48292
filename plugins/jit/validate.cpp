// Structural checks of a guard (see validate.hpp).
#include "validate.hpp"

namespace seamless::plugins::jit {

namespace {

// How many operands (a, then b) an op reads; -1 for an unknown op.
int arity(expr::Op op) {
  using expr::Op;
  switch (op) {
    case Op::constant:
    case Op::variable:
      return 0;
    case Op::logical_not:
    case Op::negate:
    case Op::to_decimal:
    case Op::is_null:
    case Op::is_empty:
      return 1;
    case Op::add:
    case Op::subtract:
    case Op::multiply:
    case Op::divide:
    case Op::modulo:
    case Op::equal:
    case Op::not_equal:
    case Op::less:
    case Op::less_equal:
    case Op::greater:
    case Op::greater_equal:
    case Op::logical_and:
    case Op::logical_or:
      return 2;
  }
  return -1;
}

}  // namespace

std::string validate(const expr::Expr& guard) {
  for (std::size_t i = 0; i < guard.nodes.size(); ++i) {
    const expr::Node& node = guard.nodes[i];
    const int operands = arity(node.op);
    const std::string where = "node " + std::to_string(i);
    if (operands < 0) return where + ": unknown op " + std::to_string(static_cast<int>(node.op));
    if (operands >= 1 && node.a >= i) return where + ": operand a does not precede it";
    if (operands >= 2 && node.b >= i) return where + ": operand b does not precede it";
  }
  return {};
}

}  // namespace seamless::plugins::jit
