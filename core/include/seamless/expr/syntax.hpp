// The syntax tree a guard-language plugin produces from a guard's text: untyped, with variables
// by name and literals as written. core/expr binds it (names to slots, types checked) into an
// Expr. Positions are 1-based columns in characters of the guard text as written (the leading
// `=` of FEEL or `${` of JUEL included).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace seamless::expr {

struct Span {
  std::uint32_t begin = 0;  // column of the first character
  std::uint32_t end = 0;    // column one past the last character
};

enum class SyntaxKind : std::uint8_t {
  name,             // text: the variable's name
  integer_literal,  // text: digits as written
  decimal_literal,  // text: digits with one '.', as written
  string_literal,   // text: the string's value (escapes resolved)
  true_literal,
  false_literal,
  null_literal,
  logical_not,  // children: [operand]
  negate,       // children: [operand]
  add,          // children: [left, right] (all binary kinds)
  subtract,
  multiply,
  divide,
  modulo,
  equal,
  not_equal,
  less,
  less_equal,
  greater,
  greater_equal,
  logical_and,
  logical_or,
  in_list,  // children: [subject, item...]; an item is a value (equality) or a `range`
  range,    // children: [low, high]; low_closed / high_closed say whether ends are included
  between,  // children: [subject, low, high]: low <= subject <= high
  empty,    // children: [operand]: JUEL `empty x` (null, or the empty string)
};

struct SyntaxNode {
  SyntaxKind kind = SyntaxKind::null_literal;
  Span span;
  std::string text;
  bool low_closed = true;
  bool high_closed = true;
  std::vector<SyntaxNode> children;
};

struct SyntaxError {
  std::uint32_t column = 0;  // where in the guard text, 1-based
  std::string message;  // names the construct, e.g. "function call 'contains' is not supported"
  std::string message_zh{};  // the message in Chinese
};

// Exactly one of tree and error is set.
struct ParseResult {
  std::optional<SyntaxNode> tree;
  std::optional<SyntaxError> error;
};

}  // namespace seamless::expr
