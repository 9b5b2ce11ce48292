// The JUEL parser's entry point, token handling, node building and operator levels, with
// Java's precedence: || < && < == != < < > <= >= < + - < * / % < unary ! - empty.
#include "parser.hpp"

#include <array>

#include "parser_state.hpp"

namespace seamless::plugins::juel {

bool is_keyword(std::string_view word) {
  static constexpr std::array<std::string_view, 16> keywords = {
      "and", "or",   "not",   "eq",   "ne",    "lt",  "gt",  "le",
      "ge",  "true", "false", "null", "empty", "div", "mod", "instanceof"};
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
  Lexer lexer(text);
  return lexer.at_eval();
}

SyntaxNode Parser::guard() {
  const std::optional<std::uint32_t> start = lexer_.next_visible_column();
  if (!start) fail(1, "the guard is empty");
  if (!lexer_.at_eval()) {
    if (lexer_.contains_eval())
      fail(*start,
           "JUEL composite text is not supported: the guard must be one ${...} expression "
           "with nothing around it");
    fail(*start, "a JUEL guard must be written as ${expression}");
  }
  const Token open = take();
  if (at(TokenKind::rbrace)) fail(peek().begin, "the expression is empty");
  SyntaxNode tree = expression();
  const Token& t = peek();
  if ((t.kind == TokenKind::name && !is_keyword(t.text)) || t.kind == TokenKind::integer ||
      t.kind == TokenKind::decimal || t.kind == TokenKind::string) {
    const std::string what =
        t.kind == TokenKind::string ? "string " + lexer_.text_of(t.begin, t.end) : describe(t);
    fail(t.begin, "unexpected " + what + " after a complete expression (missing operator?)");
  }
  expect(TokenKind::rbrace,
         "'}' to close the '" + open.text + "' at column " + std::to_string(open.begin));
  std::optional<std::uint32_t> rest;
  if (!ahead_.empty()) {
    if (ahead_.front().kind != TokenKind::end) rest = ahead_.front().begin;
  } else {
    rest = lexer_.next_visible_column();
  }
  if (rest)
    fail(*rest,
         "JUEL composite text is not supported: nothing may follow the '}' that closes the "
         "expression");
  return tree;
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

Token Parser::expect(TokenKind kind, const std::string& what) {
  const Token& t = peek();
  if (t.kind == kind) return take();
  if (auto message = unsupported(t)) fail(t.begin, *message);
  fail(t.begin, "expected " + what + " but found " + describe(t));
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

std::optional<std::string> Parser::unsupported(const Token& t) const {
  switch (t.kind) {
    case TokenKind::question:
      return "conditional expression '? :' is not supported";
    case TokenKind::assign:
      return "assignment '=' is not supported: compare with '=='";
    case TokenKind::plus_assign:
      return "'+=' (string concatenation) is not supported";
    case TokenKind::semicolon:
      return "';' (a sequence of expressions) is not supported";
    case TokenKind::arrow:
      return "lambda expressions ('->') are not supported";
    case TokenKind::open_eval:
      return "a nested '" + t.text + "' is not supported";
    case TokenKind::name:
      if (t.text == "instanceof") return "'instanceof' is not supported";
      return std::nullopt;
    default:
      return std::nullopt;
  }
}

std::string Parser::describe(const Token& t) const {
  switch (t.kind) {
    case TokenKind::end:
      return "the end of the guard";
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

SyntaxNode Parser::leaf(SyntaxKind kind, const Token& t, std::string text) const {
  SyntaxNode n;
  n.kind = kind;
  n.span = {t.begin, t.end};
  n.text = std::move(text);
  return n;
}

SyntaxNode Parser::unary_node(SyntaxKind kind, const Token& op, SyntaxNode operand) const {
  SyntaxNode n;
  n.kind = kind;
  n.span = {op.begin, operand.span.end};
  n.children.push_back(std::move(operand));
  return n;
}

SyntaxNode Parser::binary(SyntaxKind kind, SyntaxNode left, SyntaxNode right) const {
  SyntaxNode n;
  n.kind = kind;
  n.span = {left.span.begin, right.span.end};
  n.children.push_back(std::move(left));
  n.children.push_back(std::move(right));
  return n;
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
  while (at(TokenKind::or_or) || at_word("or")) {
    take();
    deeper();
    left = binary(SyntaxKind::logical_or, std::move(left), conjunction());
  }
  return left;
}

SyntaxNode Parser::conjunction() {
  Scope scope(*this);
  SyntaxNode left = equality();
  while (at(TokenKind::and_and) || at_word("and")) {
    take();
    deeper();
    left = binary(SyntaxKind::logical_and, std::move(left), equality());
  }
  return left;
}

SyntaxNode Parser::equality() {
  Scope scope(*this);
  SyntaxNode left = relational();
  for (;;) {
    SyntaxKind kind;
    if (at(TokenKind::equal) || at_word("eq"))
      kind = SyntaxKind::equal;
    else if (at(TokenKind::not_equal) || at_word("ne"))
      kind = SyntaxKind::not_equal;
    else
      return left;
    take();
    deeper();
    left = binary(kind, std::move(left), relational());
  }
}

SyntaxNode Parser::relational() {
  Scope scope(*this);
  SyntaxNode left = additive();
  for (;;) {
    SyntaxKind kind;
    if (at(TokenKind::less) || at_word("lt"))
      kind = SyntaxKind::less;
    else if (at(TokenKind::less_equal) || at_word("le"))
      kind = SyntaxKind::less_equal;
    else if (at(TokenKind::greater) || at_word("gt"))
      kind = SyntaxKind::greater;
    else if (at(TokenKind::greater_equal) || at_word("ge"))
      kind = SyntaxKind::greater_equal;
    else
      return left;
    take();
    deeper();
    left = binary(kind, std::move(left), additive());
  }
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
  for (;;) {
    SyntaxKind kind;
    if (at(TokenKind::star))
      kind = SyntaxKind::multiply;
    else if (at(TokenKind::slash) || at_word("div"))
      kind = SyntaxKind::divide;
    else if (at(TokenKind::percent) || at_word("mod"))
      kind = SyntaxKind::modulo;
    else
      return left;
    take();
    deeper();
    left = binary(kind, std::move(left), unary());
  }
}

SyntaxNode Parser::unary() {
  SyntaxKind kind;
  if (at(TokenKind::minus))
    kind = SyntaxKind::negate;
  else if (at(TokenKind::bang) || at_word("not"))
    kind = SyntaxKind::logical_not;
  else if (at_word("empty"))
    kind = SyntaxKind::empty;
  else
    return postfix();
  Scope scope(*this);
  const Token op = take();
  nest();
  return unary_node(kind, op, unary());
}

}  // namespace seamless::plugins::juel
