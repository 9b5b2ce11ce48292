// JUEL values: literals (read by ParserBase), identifiers, parentheses; and the errors for what
// may stand where a value is expected but is not supported (function and method calls, property
// and index access, lambdas, collection literals).
#include "parser_state.hpp"

namespace seamless::plugins::juel {

SyntaxNode Parser::postfix() {
  SyntaxNode value = primary();
  const Token& t = peek();
  if (t.kind == TokenKind::dot) {
    take();
    if (!at(TokenKind::name)) {
      const i18n::Text found = describe(peek());
      fail(peek().begin, {"expected a property name after '.' but found " + found.en,
                          "“.”之后应为属性名，实际为" + found.zh});
    }
    const Token member = take();
    if (at(TokenKind::lparen))
      fail(member.begin, {"method call '" + member.text + "' is not supported",
                          "不支持方法调用“" + member.text + "”"});
    const std::string access = text_of({value.span.begin, member.end});
    fail(value.span.begin,
         {"property access '" + access + "' is not supported", "不支持属性访问“" + access + "”"});
  }
  if (t.kind == TokenKind::lbracket) {
    const std::string access = text_of(value.span) + "[...]";
    fail(t.begin,
         {"index access '" + access + "' is not supported", "不支持下标访问“" + access + "”"});
  }
  return value;
}

SyntaxNode Parser::primary() {
  if (std::optional<SyntaxNode> value = literal()) return std::move(*value);
  const Token& t = peek();
  if (t.kind == TokenKind::name) return name();
  if (t.kind == TokenKind::lparen) return parenthesized();
  no_value(t);
}

void Parser::no_value(const Token& t) {
  if (t.kind == TokenKind::end)
    fail(t.begin, {"unexpected end of the guard after '" + previous().text + "'",
                   "条件在“" + previous().text + "”之后意外结束"});
  if (auto message = unsupported(t)) fail(t.begin, *message);
  if (t.kind == TokenKind::lbrace || t.kind == TokenKind::lbracket)
    fail(t.begin, {"collection literals ('[...]', '{...}') are not supported",
                   "不支持集合字面量（“[...]”、“{...}”）"});
  const i18n::Text found = describe(t);
  if (has_previous() && previous().kind != TokenKind::open_eval)
    fail(t.begin, {"expected a value after '" + previous().text + "' but found " + found.en,
                   "“" + previous().text + "”之后应为一个值，实际为" + found.zh});
  fail(t.begin, {"expected a value but found " + found.en, "此处应为一个值，实际为" + found.zh});
}

SyntaxNode Parser::name() {
  const Token& t = peek();
  if (is_keyword(t.text)) no_value(t);
  const Token first = take();
  if (at(TokenKind::lparen))
    fail(first.begin, {"function call '" + first.text + "' is not supported",
                       "不支持函数调用“" + first.text + "”"});
  if (at(TokenKind::colon) && at(TokenKind::name, 1) && at(TokenKind::lparen, 2)) {
    const std::string call = first.text + ":" + peek(1).text;
    fail(first.begin,
         {"function call '" + call + "' is not supported", "不支持函数调用“" + call + "”"});
  }
  if (at(TokenKind::arrow)) fail(first.begin, lambda_not_supported());
  return expr::parsing::leaf(SyntaxKind::name, span_of(first), first.text);
}

bool Parser::at_lambda() {
  // `() ->`, `(x) ->`, `(x, y) ->`
  std::size_t k = 1;
  if (at(TokenKind::rparen, k)) return at(TokenKind::arrow, k + 1);
  for (;;) {
    if (!at(TokenKind::name, k)) return false;
    ++k;
    if (at(TokenKind::rparen, k)) return at(TokenKind::arrow, k + 1);
    if (!at(TokenKind::comma, k)) return false;
    ++k;
  }
}

SyntaxNode Parser::parenthesized() {
  Scope scope(*this);
  if (at_lambda()) fail(peek().begin, lambda_not_supported());
  const Token open = take();
  SyntaxNode inner = expression();
  const std::string column = std::to_string(open.begin);
  const Token close = expect(TokenKind::rparen, {"')' to close the '(' at column " + column,
                                                 "与第 " + column + " 列的“(”配对的“)”"});
  inner.span = {open.begin, close.end};  // the node as written, with its parentheses
  return inner;
}

}  // namespace seamless::plugins::juel
