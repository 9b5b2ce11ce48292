// The FEEL parser's entry point, token handling, node building and operator levels:
// or < and < comparison (= != < <= > >=, between, in) < + - < * / < unary minus.
#include "parser.hpp"

#include <array>

#include "parser_state.hpp"

namespace seamless::plugins::feel {

bool is_keyword(std::string_view word) {
  static constexpr std::array<std::string_view, 18> keywords = {
      "and", "or",   "not",  "between", "in",   "instance", "true",      "false",  "null",
      "if",  "then", "else", "for",     "some", "every",    "satisfies", "return", "function"};
  for (std::string_view k : keywords)
    if (k == word) return true;
  return false;
}

expr::ParseResult parse(std::string_view text) {
  expr::ParseResult result;
  try {
    Parser parser(text);
    result.tree = parser.guard();
  } catch (const Failure& failure) {
    result.error = expr::SyntaxError{failure.column, failure.message};
  }
  return result;
}

bool recognises(std::string_view text) {
  for (const Char& c : decode_utf8(text)) {
    if (c.valid && is_space(c.code)) continue;
    return c.valid && c.code == '=';
  }
  return false;
}

SyntaxNode Parser::guard() {
  if (at(TokenKind::equal)) take();  // Zeebe's marker: `=` starts an expression
  if (at(TokenKind::end)) fail(peek().begin, "the expression is empty");
  SyntaxNode tree = expression();
  const Token& t = peek();
  if (t.kind == TokenKind::end) return tree;
  if (t.kind == TokenKind::rparen) fail(t.begin, "unmatched ')'");
  if (t.kind == TokenKind::dotdot) fail(t.begin, "ranges ('..') are only supported after 'in'");
  if (t.kind == TokenKind::name && !is_keyword(t.text))
    fail(t.begin, "unexpected '" + t.text + "' after a complete expression (missing operator?)");
  fail(t.begin, "unexpected " + describe(t) + " after a complete expression");
}

// ---- tokens ----

const Token& Parser::peek(std::size_t ahead) {
  while (ahead_.size() <= ahead) ahead_.push_back(lexer_.next());
  const Token& t = ahead_[ahead];
  if (t.kind == TokenKind::error) fail(t.begin, t.text);
  return t;
}

Token Parser::take() {
  peek();
  previous_ = std::move(ahead_.front());
  has_previous_ = true;
  ahead_.pop_front();
  return previous_;
}

bool Parser::at_word(std::string_view word, std::size_t ahead) {
  const Token& t = peek(ahead);
  return t.kind == TokenKind::name && t.text == word;
}

bool Parser::at_plain_name(std::size_t ahead) {
  const Token& t = peek(ahead);
  return t.kind == TokenKind::name && !is_keyword(t.text);
}

Token Parser::expect(TokenKind kind, const std::string& what) {
  const Token& t = peek();
  if (t.kind != kind) fail(t.begin, "expected " + what + " but found " + describe(t));
  return take();
}

void Parser::nest() {
  if (++nesting_ > max_nesting)
    fail(peek().begin, "the expression is nested too deeply (more than " +
                           std::to_string(max_nesting) + " levels)");
  deeper();
}

void Parser::deeper() {
  if (++depth_ > max_depth)
    fail(peek().begin, "the expression has too many operators (more than " +
                           std::to_string(max_depth) + " one inside the other)");
}

void Parser::fail(std::uint32_t column, std::string message) const {
  throw Failure{column, std::move(message)};
}

std::string Parser::describe(const Token& t) const {
  switch (t.kind) {
    case TokenKind::end:
      return "the end of the expression";
    case TokenKind::string: {
      std::string source = lexer_.text_of(t.begin, t.end);
      if (t.end - t.begin > 24) source = lexer_.text_of(t.begin, t.begin + 20) + "...";
      return "the string " + source;
    }
    default:
      return "'" + t.text + "'";
  }
}

// ---- nodes ----

SyntaxNode Parser::make(SyntaxKind kind, Span span, std::vector<SyntaxNode> children) const {
  for (const SyntaxNode& child : children)
    if (child.kind == SyntaxKind::range)
      fail(child.span.begin, "a range can only be an item of the list after 'in'");
  SyntaxNode n;
  n.kind = kind;
  n.span = span;
  n.children = std::move(children);
  return n;
}

SyntaxNode Parser::leaf(SyntaxKind kind, const Token& t, std::string text) const {
  SyntaxNode n;
  n.kind = kind;
  n.span = {t.begin, t.end};
  n.text = std::move(text);
  return n;
}

SyntaxNode Parser::binary(SyntaxKind kind, SyntaxNode left, SyntaxNode right) const {
  const Span span{left.span.begin, right.span.end};
  std::vector<SyntaxNode> children;
  children.push_back(std::move(left));
  children.push_back(std::move(right));
  return make(kind, span, std::move(children));
}

// ---- operators ----

SyntaxNode Parser::expression() {
  Scope scope(*this);
  nest();
  return disjunction();
}

SyntaxNode Parser::disjunction() {
  Scope scope(*this);
  SyntaxNode left = conjunction();
  while (at_word("or")) {
    take();
    deeper();
    left = binary(SyntaxKind::logical_or, std::move(left), conjunction());
  }
  return left;
}

SyntaxNode Parser::conjunction() {
  Scope scope(*this);
  SyntaxNode left = comparison();
  while (at_word("and")) {
    take();
    deeper();
    left = binary(SyntaxKind::logical_and, std::move(left), comparison());
  }
  return left;
}

SyntaxNode Parser::comparison() {
  SyntaxNode left = additive();
  const Token& t = peek();
  SyntaxNode result;
  if (is_comparison(t.kind)) {
    const TokenKind op = take().kind;
    SyntaxKind kind = SyntaxKind::equal;
    switch (op) {
      case TokenKind::not_equal:
        kind = SyntaxKind::not_equal;
        break;
      case TokenKind::less:
        kind = SyntaxKind::less;
        break;
      case TokenKind::less_equal:
        kind = SyntaxKind::less_equal;
        break;
      case TokenKind::greater:
        kind = SyntaxKind::greater;
        break;
      case TokenKind::greater_equal:
        kind = SyntaxKind::greater_equal;
        break;
      default:
        break;
    }
    result = binary(kind, std::move(left), additive());
  } else if (at_word("between")) {
    result = between(std::move(left));
  } else if (at_word("in")) {
    result = in_test(std::move(left));
  } else if (at_word("instance")) {
    fail(t.begin, "'instance of' is not supported");
  } else {
    return left;
  }
  const Token& next = peek();
  if (is_comparison(next.kind) || at_word("between") || at_word("in") || at_word("instance"))
    fail(next.begin, "chained comparison: '" + next.text +
                         "' cannot follow another comparison; combine comparisons with 'and'");
  return result;
}

SyntaxNode Parser::additive() {
  Scope scope(*this);
  SyntaxNode left = multiplicative();
  while (at(TokenKind::plus) || at(TokenKind::minus)) {
    const SyntaxKind kind = take().kind == TokenKind::plus ? SyntaxKind::add : SyntaxKind::subtract;
    deeper();
    left = binary(kind, std::move(left), multiplicative());
  }
  return left;
}

SyntaxNode Parser::multiplicative() {
  Scope scope(*this);
  SyntaxNode left = unary();
  while (at(TokenKind::star) || at(TokenKind::slash)) {
    const SyntaxKind kind =
        take().kind == TokenKind::star ? SyntaxKind::multiply : SyntaxKind::divide;
    deeper();
    left = binary(kind, std::move(left), unary());
  }
  return left;
}

SyntaxNode Parser::unary() {
  if (!at(TokenKind::minus)) return postfix();
  Scope scope(*this);
  const Token minus = take();
  nest();
  SyntaxNode operand = unary();
  const Span span{minus.begin, operand.span.end};
  std::vector<SyntaxNode> children;
  children.push_back(std::move(operand));
  return make(SyntaxKind::negate, span, std::move(children));
}

}  // namespace seamless::plugins::feel
