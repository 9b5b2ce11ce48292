// Test helper: a guard's syntax tree as a compact S-expression, e.g. `(and (> area 500) food)`,
// ranges as `[1..5)`, strings in double quotes with their value as is; every node's span; and a
// parse result printed either way.
#pragma once

#include <string>

#include "seamless/expr/syntax.hpp"

namespace seamless::test {

inline std::string print(const expr::SyntaxNode& n) {
  using K = expr::SyntaxKind;
  auto op = [&](const char* name) {
    std::string out = std::string("(") + name;
    for (const auto& child : n.children) out += " " + print(child);
    return out + ")";
  };
  switch (n.kind) {
    case K::name:
    case K::integer_literal:
    case K::decimal_literal:
      return n.text;
    case K::string_literal:
      return "\"" + n.text + "\"";
    case K::true_literal:
      return "true";
    case K::false_literal:
      return "false";
    case K::null_literal:
      return "null";
    case K::logical_not:
      return op("not");
    case K::negate:
      return op("neg");
    case K::add:
      return op("+");
    case K::subtract:
      return op("-");
    case K::multiply:
      return op("*");
    case K::divide:
      return op("/");
    case K::modulo:
      return op("%");
    case K::equal:
      return op("=");
    case K::not_equal:
      return op("!=");
    case K::less:
      return op("<");
    case K::less_equal:
      return op("<=");
    case K::greater:
      return op(">");
    case K::greater_equal:
      return op(">=");
    case K::logical_and:
      return op("and");
    case K::logical_or:
      return op("or");
    case K::in_list:
      return op("in");
    case K::between:
      return op("between");
    case K::empty:
      return op("empty");
    case K::range:
      return std::string(n.low_closed ? "[" : "(") + print(n.children.at(0)) + ".." +
             print(n.children.at(1)) + (n.high_closed ? "]" : ")");
  }
  return "?";
}

// Every node's span, in pre-order: `and@2-29 >@2-12 area@2-6 ...` (the kind as `print` names
// operators, the text of leaves).
inline std::string print_spans(const expr::SyntaxNode& n) {
  std::string head;
  if (n.children.empty()) {
    head = print(n);
  } else {
    const std::string whole = print(n);  // "(op ..." or "[..." for ranges
    head = n.kind == expr::SyntaxKind::range ? "range" : whole.substr(1, whole.find(' ') - 1);
  }
  std::string out = head + "@" + std::to_string(n.span.begin) + "-" + std::to_string(n.span.end);
  for (const auto& child : n.children) out += " " + print_spans(child);
  return out;
}

// The spans of the tree, or "error <message>".
inline std::string spans(const expr::ParseResult& r) {
  return r.tree ? print_spans(*r.tree) : "error " + r.error->message;
}

// The tree printed, or "error <column>: <message>".
inline std::string parsed(const expr::ParseResult& r) {
  if (r.tree) return print(*r.tree);
  return "error " + std::to_string(r.error->column) + ": " + r.error->message;
}

}  // namespace seamless::test
