// Building syntax tree nodes (see nodes.hpp).
#include "seamless/expr/parsing/nodes.hpp"

namespace seamless::expr::parsing {

SyntaxNode leaf(SyntaxKind kind, Span span, std::string text) {
  SyntaxNode n;
  n.kind = kind;
  n.span = span;
  n.text = std::move(text);
  return n;
}

SyntaxNode node(SyntaxKind kind, Span span, std::vector<SyntaxNode> children) {
  SyntaxNode n;
  n.kind = kind;
  n.span = span;
  n.children = std::move(children);
  return n;
}

}  // namespace seamless::expr::parsing
