// FEEL tests of a value against others: `x between a and b`, and `x in` followed by a value,
// a range (`[1..5]`, `(1..5)`, `]1..5[`, `[1..5)`), a list `[1, 2, 3]` or `(1, 2)` whose items
// may be ranges (`[1, 3..5]`, `(1, [3..5])`).
#include "parser_state.hpp"

namespace seamless::plugins::feel {
namespace {

std::string column(const Token& t) {
  return std::to_string(t.begin);
}

}  // namespace

SyntaxNode Parser::range(const Token& open, SyntaxNode low, SyntaxNode high,
                         const Token& close) const {
  for (const SyntaxNode* end : {&low, &high})
    if (end->kind == SyntaxKind::range)
      fail(end->span.begin, "a range cannot be an end of another range");
  SyntaxNode n;
  n.kind = SyntaxKind::range;
  n.span = {open.begin, close.end};
  n.low_closed = open.kind == TokenKind::lbracket;
  n.high_closed = close.kind == TokenKind::rbracket;
  n.children.push_back(std::move(low));
  n.children.push_back(std::move(high));
  return n;
}

SyntaxNode Parser::bare_range(SyntaxNode low, SyntaxNode high) const {
  Token open, close;
  open.kind = TokenKind::lbracket;
  open.begin = low.span.begin;
  close.kind = TokenKind::rbracket;
  close.end = high.span.end;
  return range(open, std::move(low), std::move(high), close);
}

SyntaxNode Parser::between(SyntaxNode subject) {
  const Token word = take();
  SyntaxNode low = additive();
  if (!at_word("and"))
    fail(peek().begin, "expected 'and' between the bounds of the 'between' at column " +
                           column(word) + " but found " + describe(peek()));
  take();
  SyntaxNode high = additive();
  const Span span{subject.span.begin, high.span.end};
  std::vector<SyntaxNode> children;
  children.push_back(std::move(subject));
  children.push_back(std::move(low));
  children.push_back(std::move(high));
  return make(SyntaxKind::between, span, std::move(children));
}

SyntaxNode Parser::in_test(SyntaxNode subject) {
  Scope scope(*this);
  take();  // `in`
  ranges_allowed_ = false;
  const Token& t = peek();
  if (is_comparison(t.kind))
    fail(t.begin, "unary test '" + t.text + "' after 'in' is not supported: write 'x " + t.text +
                      " 5' instead of 'x in " + t.text + " 5'");
  if (t.kind == TokenKind::end) fail(t.begin, "unexpected end of the expression after 'in'");
  std::vector<SyntaxNode> items;
  std::uint32_t end = 0;
  if (t.kind == TokenKind::lparen || t.kind == TokenKind::lbracket) {
    return in_list_items(std::move(subject), take());
  } else if (t.kind == TokenKind::rbracket) {
    ranges_allowed_ = true;
    SyntaxNode r = bracket_range();
    end = r.span.end;
    items.push_back(std::move(r));
  } else {
    SyntaxNode value = additive();
    end = value.span.end;
    items.push_back(std::move(value));
  }
  SyntaxNode n;
  n.kind = SyntaxKind::in_list;
  n.span = {subject.span.begin, end};
  n.children.push_back(std::move(subject));
  for (SyntaxNode& item : items) n.children.push_back(std::move(item));
  return n;
}

// After `in (` or `in [`: one range with that opening (`(1..5]`), or a list.
SyntaxNode Parser::in_list_items(SyntaxNode subject, const Token& open) {
  Scope scope(*this);
  ranges_allowed_ = true;
  in_range_end_ = false;
  const bool brackets = open.kind == TokenKind::lbracket;
  std::vector<SyntaxNode> items;
  SyntaxNode first = expression();
  std::uint32_t end = 0;
  if (at(TokenKind::dotdot)) {
    const Token dots = take();
    SyntaxNode high = range_high();
    if (!brackets && at(TokenKind::comma))
      fail(dots.begin, "a range in a '(...)' list needs its own brackets, e.g. [1..5]");
    if (brackets && at(TokenKind::comma)) {
      items.push_back(bare_range(std::move(first), std::move(high)));  // `[1..5, 7]`
    } else {
      const Token close = range_closer(open);
      items.push_back(range(open, std::move(first), std::move(high), close));
      end = close.end;
    }
  } else {
    items.push_back(std::move(first));
  }
  if (end == 0) {
    while (at(TokenKind::comma)) {
      take();
      SyntaxNode item = expression();
      if (at(TokenKind::dotdot)) {
        if (!brackets)
          fail(peek().begin, "a range in a '(...)' list needs its own brackets, e.g. [1..5]");
        take();
        item = bare_range(std::move(item), range_high());
      }
      items.push_back(std::move(item));
    }
    const char* closing = brackets ? "']'" : "')'";
    const Token close = expect(
        brackets ? TokenKind::rbracket : TokenKind::rparen,
        std::string("',' or ") + closing + " in the list that starts at column " + column(open));
    end = close.end;
  }
  SyntaxNode n;
  n.kind = SyntaxKind::in_list;
  n.span = {subject.span.begin, end};
  n.children.push_back(std::move(subject));
  for (SyntaxNode& item : items) n.children.push_back(std::move(item));
  return n;
}

// `[a..b]`, `]a..b[`, ... as an item after `in`.
SyntaxNode Parser::bracket_range() {
  Scope scope(*this);
  const Token open = take();
  in_range_end_ = false;
  SyntaxNode low = expression();
  if (!at(TokenKind::dotdot)) {
    if (open.kind == TokenKind::lbracket && at(TokenKind::comma))
      fail(open.begin, "a list cannot be an item of the list after 'in'");
    fail(peek().begin, "expected '..' in the range that starts at column " + column(open) +
                           " but found " + describe(peek()));
  }
  take();
  SyntaxNode high = range_high();
  const Token close = range_closer(open);
  return range(open, std::move(low), std::move(high), close);
}

SyntaxNode Parser::range_high() {
  Scope scope(*this);
  in_range_end_ = true;
  return expression();
}

Token Parser::range_closer(const Token& open) {
  const Token& t = peek();
  if (t.kind != TokenKind::rbracket && t.kind != TokenKind::rparen && t.kind != TokenKind::lbracket)
    fail(t.begin, "expected ']', ')' or '[' to close the range that starts at column " +
                      column(open) + " but found " + describe(t));
  return take();
}

}  // namespace seamless::plugins::feel
