// The FEEL parser's entry point and operator levels:
// or < and < comparison (= != < <= > >=, between, in) < + - < * / < unary minus.
#include "parser.hpp"

#include <algorithm>
#include <array>
#include <span>

#include "parser_state.hpp"

namespace seamless::plugins::feel {
namespace {

using Operator = expr::parsing::Operator<TokenKind>;
using Level = std::span<const Operator>;

// Binary operators by precedence, lowest first: logic above the comparison, arithmetic below it.
constexpr Operator disjunction[] = {{SyntaxKind::logical_or, std::nullopt, "or"}};
constexpr Operator conjunction[] = {{SyntaxKind::logical_and, std::nullopt, "and"}};
constexpr Level logic[] = {disjunction, conjunction};
constexpr Operator comparisons[] = {
    {SyntaxKind::equal, TokenKind::equal},
    {SyntaxKind::not_equal, TokenKind::not_equal},
    {SyntaxKind::less, TokenKind::less},
    {SyntaxKind::less_equal, TokenKind::less_equal},
    {SyntaxKind::greater, TokenKind::greater},
    {SyntaxKind::greater_equal, TokenKind::greater_equal},
};
constexpr Operator additive[] = {
    {SyntaxKind::add, TokenKind::plus},
    {SyntaxKind::subtract, TokenKind::minus},
};
constexpr Operator multiplicative[] = {
    {SyntaxKind::multiply, TokenKind::star},
    {SyntaxKind::divide, TokenKind::slash},
};
constexpr Level arithmetic_levels[] = {additive, multiplicative};
constexpr Operator unary_minus[] = {{SyntaxKind::negate, TokenKind::minus}};

}  // namespace

bool is_keyword(std::string_view word) {
  static constexpr std::array<std::string_view, 18> keywords = {
      "and", "or",   "not",  "between", "in",   "instance", "true",      "false",  "null",
      "if",  "then", "else", "for",     "some", "every",    "satisfies", "return", "function"};
  return std::ranges::find(keywords, word) != keywords.end();
}

expr::ParseResult parse(std::string_view text) {
  return expr::parsing::run([text] { return Parser(text).guard(); });
}

bool recognises(std::string_view text) {
  const expr::parsing::Source source(text);
  const std::size_t first = source.skip_space(0);
  return source.valid_at(first) && source.at(first) == '=';
}

SyntaxNode Parser::guard() {
  if (at(TokenKind::equal)) take();  // Zeebe's marker: `=` starts an expression
  if (at(TokenKind::end)) fail(peek().begin, {"the expression is empty", "表达式为空"});
  SyntaxNode tree = expression();
  const Token& t = peek();
  if (t.kind == TokenKind::end) return tree;
  if (t.kind == TokenKind::rparen) fail(t.begin, {"unmatched ')'", "多余的“)”"});
  if (t.kind == TokenKind::dotdot)
    fail(t.begin, {"ranges ('..') are only supported after 'in'", "区间（“..”）只能用在“in”之后"});
  if (t.kind == TokenKind::name && !is_keyword(t.text))
    fail(t.begin, {"unexpected '" + t.text + "' after a complete expression (missing operator?)",
                   "完整表达式之后出现意外的“" + t.text + "”（缺少运算符？）"});
  const i18n::Text found = describe(t);
  fail(t.begin, {"unexpected " + found.en + " after a complete expression",
                 "完整表达式之后出现意外的" + found.zh});
}

bool Parser::at_plain_name(std::size_t ahead) {
  const Token& t = peek(ahead);
  return t.kind == TokenKind::name && !is_keyword(t.text);
}

SyntaxNode Parser::expression() {
  Scope scope(*this);
  nest();
  return binary_levels(logic, [this] { return comparison(); });
}

SyntaxNode Parser::comparison() {
  SyntaxNode left = arithmetic();
  const Token& t = peek();
  SyntaxNode result;
  if (const std::optional<SyntaxKind> kind = operator_at(comparisons)) {
    take();
    result = binary(*kind, std::move(left), arithmetic());
  } else if (at_word("between")) {
    result = between(std::move(left));
  } else if (at_word("in")) {
    result = in_test(std::move(left));
  } else if (at_word("instance")) {
    fail(t.begin, {"'instance of' is not supported", "不支持“instance of”"});
  } else {
    return left;
  }
  const Token& next = peek();
  if (is_comparison(next.kind) || at_word("between") || at_word("in") || at_word("instance"))
    fail(next.begin, {"chained comparison: '" + next.text +
                          "' cannot follow another comparison; combine comparisons with 'and'",
                      "连续比较：“" + next.text + "”不能紧跟在另一个比较之后；请用“and”连接比较"});
  return result;
}

SyntaxNode Parser::arithmetic() {
  return binary_levels(arithmetic_levels, [this] { return unary(); });
}

SyntaxNode Parser::unary() {
  return prefix_level(unary_minus, [this] { return postfix(); });
}

}  // namespace seamless::plugins::feel
