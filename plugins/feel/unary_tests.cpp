// FEEL tests of a value against others: `x between a and b`, and `x in` followed by a value,
// a range (`[1..5]`, `(1..5)`, `]1..5[`, `[1..5)`), a list `[1, 2, 3]` or `(1, 2)` whose items
// may be ranges (`[1, 3..5]`, `(1, [3..5])`).
#include "parser_state.hpp"

namespace seamless::plugins::feel {
namespace {

std::string column(const Token& t) {
  return std::to_string(t.begin);
}

i18n::Text range_needs_brackets() {
  return {"a range in a '(...)' list needs its own brackets, e.g. [1..5]",
          "“(...)”列表中的区间需要自己的括号，如 [1..5]"};
}

}  // namespace

SyntaxNode Parser::between(SyntaxNode subject) {
  const Token word = take();
  SyntaxNode low = arithmetic();
  if (!at_word("and")) {
    const i18n::Text found = describe(peek());
    fail(peek().begin,
         {"expected 'and' between the bounds of the 'between' at column " + column(word) +
              " but found " + found.en,
          "第 " + column(word) + " 列“between”的上下界之间应为“and”，实际为" + found.zh});
  }
  take();
  SyntaxNode high = arithmetic();
  const Span span{subject.span.begin, high.span.end};
  return operation(SyntaxKind::between, span,
                   expr::parsing::children(std::move(subject), std::move(low), std::move(high)));
}

SyntaxNode Parser::in_test(SyntaxNode subject) {
  Scope scope(*this);
  take();  // `in`
  ranges_allowed_ = false;
  const Token& t = peek();
  if (is_comparison(t.kind))
    fail(t.begin, {"unary test '" + t.text + "' after 'in' is not supported: write 'x " + t.text +
                       " 5' instead of 'x in " + t.text + " 5'",
                   "不支持“in”之后的一元测试“" + t.text + "”：请写“x " + t.text +
                       " 5”，而不是“x in " + t.text + " 5”"});
  if (t.kind == TokenKind::end)
    fail(t.begin, {"unexpected end of the expression after 'in'", "表达式在“in”之后意外结束"});
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
    SyntaxNode value = arithmetic();
    end = value.span.end;
    items.push_back(std::move(value));
  }
  return in_list(std::move(subject), std::move(items), end);
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
    if (!brackets && at(TokenKind::comma)) fail(dots.begin, range_needs_brackets());
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
        if (!brackets) fail(peek().begin, range_needs_brackets());
        take();
        item = bare_range(std::move(item), range_high());
      }
      items.push_back(std::move(item));
    }
    const char* closing = brackets ? "']'" : "')'";
    const char* closing_zh = brackets ? "“]”" : "“)”";
    const Token close = expect(
        brackets ? TokenKind::rbracket : TokenKind::rparen,
        {std::string("',' or ") + closing + " in the list that starts at column " + column(open),
         "第 " + column(open) + " 列开始的列表中的“,”或" + closing_zh});
    end = close.end;
  }
  return in_list(std::move(subject), std::move(items), end);
}

// `[a..b]`, `]a..b[`, ... as an item after `in`.
SyntaxNode Parser::bracket_range() {
  Scope scope(*this);
  const Token open = take();
  in_range_end_ = false;
  SyntaxNode low = expression();
  if (!at(TokenKind::dotdot)) {
    if (open.kind == TokenKind::lbracket && at(TokenKind::comma))
      fail(open.begin,
           {"a list cannot be an item of the list after 'in'", "列表不能作为“in”之后列表中的一项"});
    const i18n::Text found = describe(peek());
    fail(peek().begin, {"expected '..' in the range that starts at column " + column(open) +
                            " but found " + found.en,
                        "第 " + column(open) + " 列开始的区间中应为“..”，实际为" + found.zh});
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
  if (t.kind != TokenKind::rbracket && t.kind != TokenKind::rparen &&
      t.kind != TokenKind::lbracket) {
    const i18n::Text found = describe(t);
    fail(t.begin, {"expected ']', ')' or '[' to close the range that starts at column " +
                       column(open) + " but found " + found.en,
                   "第 " + column(open) + " 列开始的区间应以“]”、“)”或“[”结束，实际为" + found.zh});
  }
  return take();
}

}  // namespace seamless::plugins::feel
