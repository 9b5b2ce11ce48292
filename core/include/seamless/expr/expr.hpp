// The typed expression IR: one guard as a flat array of nodes in post-order (every node's
// operands come before it; the root is the last node), so backends evaluate it in one pass.
// Produced by bind() (binder.hpp); semantics in value.hpp.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "seamless/expr/syntax.hpp"
#include "seamless/expr/value.hpp"

namespace seamless::expr {

enum class Op : std::uint8_t {
  constant,     // `constant` (null if constant_null)
  variable,     // slot `slot`
  logical_not,  // a
  negate,       // a (integer or decimal)
  to_decimal,   // a: integer -> decimal (null when out of the decimal range)
  add,          // a, b: both integer or both decimal (the node's type)
  subtract,
  multiply,
  divide,  // a, b decimal; result decimal
  modulo,  // a, b integer; result integer
  equal,   // a, b of one type (or either the null constant); null-aware; never null
  not_equal,
  less,  // a, b both integer or both decimal
  less_equal,
  greater,
  greater_equal,
  logical_and,  // a, b boolean; Kleene
  logical_or,
  is_null,   // a: true when a is null; never null
  is_empty,  // a (string): true when a is null or its id equals `constant` (the empty string's
             // id in the StringTable); never null
};
std::string_view to_string(Op op);

inline constexpr std::uint32_t no_operand = 0xFFFFFFFFu;

struct Node {
  Op op = Op::constant;
  Type type = Type::null;
  bool constant_null = false;
  std::uint32_t a = no_operand;  // operand indices into Expr::nodes
  std::uint32_t b = no_operand;
  std::int64_t constant = 0;  // Op::constant: the encoded value
  std::uint32_t slot = 0;     // Op::variable
  Span span;                  // where in the guard text
};

struct Expr {
  std::string text;         // the guard as written
  std::vector<Node> nodes;  // post-order; nodes.back() is the root
  Type type() const { return nodes.empty() ? Type::null : nodes.back().type; }
};

}  // namespace seamless::expr
