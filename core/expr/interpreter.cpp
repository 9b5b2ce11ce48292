// The reference interpreter (semantics in value.hpp): one pass over the post-order nodes.
#include "seamless/expr/interpreter.hpp"

#include <vector>

#include "seamless/expr/arithmetic.hpp"

namespace seamless::expr {

namespace {

Value step(const Node& n, const Value* v, const std::int64_t* slots) {
  using namespace arith;
  switch (n.op) {
    case Op::constant:
      return {n.constant, n.constant_null};
    case Op::variable:
      return {slots[n.slot], false};
    case Op::logical_not:
      return logical_not(v[n.a]);
    case Op::negate:
      return negate(v[n.a]);
    case Op::to_decimal:
      return to_decimal(v[n.a]);
    case Op::add:
      return add(v[n.a], v[n.b]);
    case Op::subtract:
      return subtract(v[n.a], v[n.b]);
    case Op::multiply:
      return n.type == Type::decimal ? multiply_decimal(v[n.a], v[n.b])
                                     : multiply_integer(v[n.a], v[n.b]);
    case Op::divide:
      return divide_decimal(v[n.a], v[n.b]);
    case Op::modulo:
      return modulo_integer(v[n.a], v[n.b]);
    case Op::equal:
      return equal(v[n.a], v[n.b]);
    case Op::not_equal:
      return logical_not(equal(v[n.a], v[n.b]));
    case Op::less:
      return compare(v[n.a], v[n.b], 0);
    case Op::less_equal:
      return compare(v[n.a], v[n.b], 1);
    case Op::greater:
      return compare(v[n.a], v[n.b], 2);
    case Op::greater_equal:
      return compare(v[n.a], v[n.b], 3);
    case Op::logical_and:
      return logical_and(v[n.a], v[n.b]);
    case Op::logical_or:
      return logical_or(v[n.a], v[n.b]);
    case Op::is_null:
      return {v[n.a].null ? 1 : 0, false};
    case Op::is_empty:
      // The constant operand b holds the empty string's id.
      return {v[n.a].null || v[n.a].bits == n.constant ? 1 : 0, false};
  }
  return null_value;
}

}  // namespace

Value evaluate(const Expr& expr, const std::int64_t* slots) {
  const std::size_t size = expr.nodes.size();
  if (size == 0) return arith::null_value;
  Value small[64];
  std::vector<Value> large;
  Value* values = small;
  if (size > 64) {
    large.resize(size);
    values = large.data();
  }
  for (std::size_t i = 0; i < size; ++i) values[i] = step(expr.nodes[i], values, slots);
  return values[size - 1];
}

}  // namespace seamless::expr
