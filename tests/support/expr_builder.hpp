// The builder of typed IR expressions (expr.hpp) for tests and benchmarks, without a guard
// language: `finish(gt(var(env, "area"), integer(500)))` is `area > 500` as a post-order Expr.
// Variables by name in an Environment (var) or by bare slot (variable); constants by type.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "seamless/expr/environment.hpp"
#include "seamless/expr/expr.hpp"

namespace seamless::test::build {

using expr::Node;
using expr::Op;
using expr::Type;

// A subtree: post-order nodes with operand indices local to it.
struct E {
  std::vector<Node> nodes;
  Type type() const { return nodes.back().type; }
};

inline E leaf(Node n) {
  return E{{n}};
}
// A finished expression as a subtree again.
inline E of(const expr::Expr& e) {
  return E{e.nodes};
}

inline E constant(Type type, std::int64_t bits) {
  Node n;
  n.op = Op::constant;
  n.type = type;
  n.constant = bits;
  return leaf(n);
}
inline E integer(std::int64_t v) {
  return constant(Type::integer, v);
}
inline E decimal_bits(std::int64_t scaled) {
  return constant(Type::decimal, scaled);
}
inline E decimal(std::string_view text) {
  auto v = expr::parse_decimal(text);
  if (!v) throw std::invalid_argument("bad decimal " + std::string(text));
  return decimal_bits(*v);
}
inline E boolean(bool v) {
  return constant(Type::boolean, v ? 1 : 0);
}
inline E string(expr::Environment& env, std::string_view text) {
  return constant(Type::string, env.strings().intern(text));
}
inline E null(Type type = Type::null) {
  Node n;
  n.op = Op::constant;
  n.type = type;
  n.constant_null = true;
  return leaf(n);
}
// Variable `slot`, with no Environment to look its type up in.
inline E variable(Type type, std::uint32_t slot) {
  Node n;
  n.op = Op::variable;
  n.type = type;
  n.slot = slot;
  return leaf(n);
}
inline E var(const expr::Environment& env, std::string_view name) {
  auto slot = env.slot_of(name);
  if (!slot) throw std::invalid_argument("no variable " + std::string(name));
  return variable(env.variables()[*slot].type, *slot);
}
// The constant `v` of `type` (null when v is).
inline E value(Type type, expr::Value v) {
  return v.null ? null(type) : constant(type, v.bits);
}

inline E unary(Op op, Type type, E a, std::int64_t constant = 0) {
  Node n;
  n.op = op;
  n.type = type;
  n.a = static_cast<std::uint32_t>(a.nodes.size() - 1);
  n.constant = constant;
  a.nodes.push_back(n);
  return a;
}

// op(a, b): b's nodes after a's, operand indices shifted past a.
inline E binary(Op op, Type type, E a, const E& b) {
  const auto offset = static_cast<std::uint32_t>(a.nodes.size());
  a.nodes.resize(a.nodes.size() + b.nodes.size() + 1);
  for (std::size_t i = 0; i < b.nodes.size(); ++i) {
    Node n = b.nodes[i];
    if (n.a != expr::no_operand) n.a += offset;
    if (n.b != expr::no_operand) n.b += offset;
    a.nodes[offset + i] = n;
  }
  Node& n = a.nodes.back();
  n.op = op;
  n.type = type;
  n.a = offset - 1;
  n.b = static_cast<std::uint32_t>(a.nodes.size() - 2);
  return a;
}

// Arithmetic takes its type from the left operand; mixed operands need to_decimal first.
inline E add(E a, const E& b) {
  const Type t = a.type();
  return binary(Op::add, t, std::move(a), b);
}
inline E sub(E a, const E& b) {
  const Type t = a.type();
  return binary(Op::subtract, t, std::move(a), b);
}
inline E mul(E a, const E& b) {
  const Type t = a.type();
  return binary(Op::multiply, t, std::move(a), b);
}
inline E div(E a, const E& b) {
  return binary(Op::divide, Type::decimal, std::move(a), b);
}
inline E mod(E a, const E& b) {
  return binary(Op::modulo, Type::integer, std::move(a), b);
}
inline E neg(E a) {
  const Type t = a.type();
  return unary(Op::negate, t, std::move(a));
}
inline E to_decimal(E a) {
  return unary(Op::to_decimal, Type::decimal, std::move(a));
}

inline E eq(E a, const E& b) {
  return binary(Op::equal, Type::boolean, std::move(a), b);
}
inline E ne(E a, const E& b) {
  return binary(Op::not_equal, Type::boolean, std::move(a), b);
}
inline E lt(E a, const E& b) {
  return binary(Op::less, Type::boolean, std::move(a), b);
}
inline E le(E a, const E& b) {
  return binary(Op::less_equal, Type::boolean, std::move(a), b);
}
inline E gt(E a, const E& b) {
  return binary(Op::greater, Type::boolean, std::move(a), b);
}
inline E ge(E a, const E& b) {
  return binary(Op::greater_equal, Type::boolean, std::move(a), b);
}
inline E and_(E a, const E& b) {
  return binary(Op::logical_and, Type::boolean, std::move(a), b);
}
inline E or_(E a, const E& b) {
  return binary(Op::logical_or, Type::boolean, std::move(a), b);
}
inline E not_(E a) {
  return unary(Op::logical_not, Type::boolean, std::move(a));
}
inline E is_null(E a) {
  return unary(Op::is_null, Type::boolean, std::move(a));
}
// `empty_id`: the empty string's id in the StringTable.
inline E is_empty(E a, std::int64_t empty_id) {
  return unary(Op::is_empty, Type::boolean, std::move(a), empty_id);
}
inline E is_empty(expr::Environment& env, E a) {
  return is_empty(std::move(a), env.strings().intern(""));
}

inline expr::Expr finish(E e, std::string text = "<built>") {
  expr::Expr out;
  out.text = std::move(text);
  out.nodes = std::move(e.nodes);
  return out;
}

// Adds a variable to `env` and returns its slot.
inline std::uint32_t declare(expr::Environment& env, std::string name, Type type,
                             std::optional<std::int64_t> min = {},
                             std::optional<std::int64_t> max = {},
                             std::vector<std::string> values = {}) {
  expr::Variable v;
  v.name = std::move(name);
  v.type = type;
  v.min = min;
  v.max = max;
  for (const std::string& s : values) v.values.push_back(env.strings().intern(s));
  return env.add(std::move(v));
}

}  // namespace seamless::test::build
