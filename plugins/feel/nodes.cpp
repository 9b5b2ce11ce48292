// FEEL's syntax tree nodes: ranges with their open or closed ends, `in` lists (whose items may be
// ranges), and the check that keeps ranges from being operands of anything else.
#include "parser_state.hpp"

namespace seamless::plugins::feel {

void refuse_range(const SyntaxNode& operand) {
  if (operand.kind == SyntaxKind::range)
    fail(operand.span.begin, {"a range can only be an item of the list after 'in'",
                              "区间只能作为“in”之后列表中的一项"});
}

SyntaxNode Parser::range(const Token& open, SyntaxNode low, SyntaxNode high,
                         const Token& close) const {
  for (const SyntaxNode* end : {&low, &high})
    if (end->kind == SyntaxKind::range)
      fail(end->span.begin,
           {"a range cannot be an end of another range", "区间不能作为另一个区间的端点"});
  SyntaxNode n = expr::parsing::node(SyntaxKind::range, {open.begin, close.end},
                                     expr::parsing::children(std::move(low), std::move(high)));
  n.low_closed = open.kind == TokenKind::lbracket;
  n.high_closed = close.kind == TokenKind::rbracket;
  return n;
}

// `1..5` without brackets (an item of a `[...]` list): closed at both ends.
SyntaxNode Parser::bare_range(SyntaxNode low, SyntaxNode high) const {
  Token open, close;
  open.kind = TokenKind::lbracket;
  open.begin = low.span.begin;
  close.kind = TokenKind::rbracket;
  close.end = high.span.end;
  return range(open, std::move(low), std::move(high), close);
}

SyntaxNode Parser::in_list(SyntaxNode subject, std::vector<SyntaxNode> items,
                           std::uint32_t end) const {
  const Span span{subject.span.begin, end};
  items.insert(items.begin(), std::move(subject));
  return expr::parsing::node(SyntaxKind::in_list, span, std::move(items));
}

}  // namespace seamless::plugins::feel
