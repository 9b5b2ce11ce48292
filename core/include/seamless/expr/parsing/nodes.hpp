// Building syntax tree nodes: leaves and nodes with children, each with its span.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "seamless/expr/syntax.hpp"

namespace seamless::expr::parsing {

SyntaxNode leaf(SyntaxKind kind, Span span, std::string text);
SyntaxNode node(SyntaxKind kind, Span span, std::vector<SyntaxNode> children);

// The nodes, moved into a vector (an initializer list would copy them).
template <class... Nodes>
std::vector<SyntaxNode> children(Nodes&&... nodes) {
  std::vector<SyntaxNode> out;
  out.reserve(sizeof...(nodes));
  (out.push_back(std::forward<Nodes>(nodes)), ...);
  return out;
}

}  // namespace seamless::expr::parsing
