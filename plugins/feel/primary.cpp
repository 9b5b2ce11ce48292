// FEEL values: literals (read by ParserBase), names (with spaces too), not(...), parentheses;
// and the errors for what may stand where a value is expected but is not supported (function
// calls, paths, filters, if, for, some, every, lists outside `in`).
#include "parser_state.hpp"

namespace seamless::plugins::feel {

i18n::Text closing_parenthesis(const Token& open) {
  const std::string column = std::to_string(open.begin);
  return {"')' to close the '(' at column " + column, "与第 " + column + " 列的“(”配对的“)”"};
}

SyntaxNode Parser::postfix() {
  SyntaxNode value = primary();
  const Token& t = peek();
  if (t.kind == TokenKind::dot) {
    if (peek(1).kind != TokenKind::name) fail(t.begin, {"unexpected '.'", "意外的“.”"});
    const Token member = peek(1);
    const std::string path = text_of({value.span.begin, member.end});
    fail(value.span.begin,
         {"path expression '" + path + "' is not supported", "不支持路径表达式“" + path + "”"});
  }
  if (t.kind == TokenKind::lbracket && !in_range_end_) {
    const std::string filter = text_of(value.span) + "[...]";
    fail(t.begin, {"filter expression '" + filter + "' is not supported",
                   "不支持过滤表达式“" + filter + "”"});
  }
  return value;
}

SyntaxNode Parser::primary() {
  if (std::optional<SyntaxNode> value = literal()) return std::move(*value);
  const Token& t = peek();
  switch (t.kind) {
    case TokenKind::name:
      return name();
    case TokenKind::lparen:
      return parenthesized();
    case TokenKind::lbracket:
      if (ranges_allowed_) return bracket_range();
      fail(t.begin, {"lists and ranges ('[...]') are only supported after 'in'",
                     "列表和区间（“[...]”）只能用在“in”之后"});
    case TokenKind::rbracket: {
      // `]1..5]` opens a range; `]` before `,`, `)`, `]` or the end closes something instead.
      const TokenKind next = peek(1).kind;
      if (ranges_allowed_ && next != TokenKind::end && next != TokenKind::comma &&
          next != TokenKind::rparen && next != TokenKind::rbracket)
        return bracket_range();
      break;
    }
    default:
      break;
  }
  no_value(t);
}

void Parser::no_value(const Token& t) {
  if (t.kind == TokenKind::end) {
    if (!has_previous()) fail(t.begin, {"the expression is empty", "表达式为空"});
    fail(t.begin, {"unexpected end of the expression after '" + previous().text + "'",
                   "表达式在“" + previous().text + "”之后意外结束"});
  }
  if (is_comparison(t.kind))
    fail(t.begin, {"unary test '" + t.text +
                       "' is not supported: write a whole comparison such as 'x " + t.text + " 5'",
                   "不支持一元测试“" + t.text + "”：请写出完整的比较，如“x " + t.text + " 5”"});
  if (t.kind == TokenKind::dotdot)
    fail(t.begin, {"ranges ('..') are only supported after 'in'", "区间（“..”）只能用在“in”之后"});
  const i18n::Text found = describe(t);
  fail(t.begin, {"expected a value but found " + found.en, "此处应为一个值，实际为" + found.zh});
}

SyntaxNode Parser::name() {
  const Token& t = peek();
  if (t.text == "not") return not_call();
  if (t.text == "if") fail(t.begin, {"'if' expressions are not supported", "不支持“if”表达式"});
  if (t.text == "for") fail(t.begin, {"'for' expressions are not supported", "不支持“for”表达式"});
  if (t.text == "some" || t.text == "every")
    fail(t.begin, {"quantified expressions ('" + t.text + "') are not supported",
                   "不支持量化表达式（“" + t.text + "”）"});
  if (t.text == "function")
    fail(t.begin, {"function definitions are not supported", "不支持函数定义"});
  if (is_keyword(t.text)) no_value(t);

  // FEEL's one built-in name with spaces that takes a value: `date and time("...")`.
  if (t.text == "date" && at_word("and", 1) && at_word("time", 2) && at(TokenKind::lparen, 3))
    fail(t.begin,
         {"function call 'date and time' is not supported", "不支持函数调用“date and time”"});

  const Token first = take();
  if (at(TokenKind::lparen))
    fail(first.begin, {"function call '" + first.text + "' is not supported",
                       "不支持函数调用“" + first.text + "”"});
  if (at_plain_name()) {
    // `starts with(...)` is a call of a built-in function; `area food` a missing operator.
    Token last = first;
    std::size_t k = 0;
    while (at_plain_name(k)) last = peek(k++);
    if (at(TokenKind::lparen, k)) {
      const std::string call = text_of({first.begin, last.end});
      fail(first.begin,
           {"function call '" + call + "' is not supported", "不支持函数调用“" + call + "”"});
    }
    // A name with spaces (`Vacation Approval`): its words joined by single spaces. Whether it
    // is a missing operator instead (`area food`) the binder tells from the declarations.
    std::string joined = first.text;
    for (std::size_t i = 0; i < k; ++i) joined += " " + take().text;
    return expr::parsing::leaf(SyntaxKind::name, {first.begin, last.end}, joined);
  }
  if (at(TokenKind::dot) && at(TokenKind::name, 1)) {
    Token last = peek(1);
    std::size_t k = 2;
    while (at(TokenKind::dot, k) && at(TokenKind::name, k + 1)) {
      last = peek(k + 1);
      k += 2;
    }
    const std::string path = text_of({first.begin, last.end});
    if (at(TokenKind::lparen, k))
      fail(first.begin,
           {"function call '" + path + "' is not supported", "不支持函数调用“" + path + "”"});
    fail(first.begin,
         {"path expression '" + path + "' is not supported", "不支持路径表达式“" + path + "”"});
  }
  return expr::parsing::leaf(SyntaxKind::name, span_of(first), first.text);
}

SyntaxNode Parser::not_call() {
  Scope scope(*this);
  const Token word = take();
  if (!at(TokenKind::lparen))
    fail(word.begin, {"'not' must be followed by '(': write not(expression)",
                      "“not”后面必须跟“(”：请写成 not(表达式)"});
  const Token open = take();
  ranges_allowed_ = false;
  in_range_end_ = false;
  SyntaxNode operand = expression();
  if (at(TokenKind::comma))
    fail(peek().begin,
         {"not(...) with several unary tests is not supported", "不支持含多个一元测试的 not(...)"});
  const Token close = expect(TokenKind::rparen, closing_parenthesis(open));
  return operation(SyntaxKind::logical_not, {word.begin, close.end},
                   expr::parsing::children(std::move(operand)));
}

SyntaxNode Parser::parenthesized() {
  Scope scope(*this);
  const Token open = take();
  const bool range_possible = ranges_allowed_;
  ranges_allowed_ = false;
  in_range_end_ = false;
  SyntaxNode inner = expression();
  if (range_possible && at(TokenKind::dotdot)) {
    // `(1..5)`, `(1..5]`: a range open at its low end, as an item after `in`.
    take();
    ranges_allowed_ = true;
    SyntaxNode high = range_high();
    const Token close = range_closer(open);
    return range(open, std::move(inner), std::move(high), close);
  }
  const Token close = expect(TokenKind::rparen, closing_parenthesis(open));
  inner.span = {open.begin, close.end};  // the node as written, with its parentheses
  return inner;
}

}  // namespace seamless::plugins::feel
