// The JUEL parser's entry point, the unsupported constructs tokens start, and the operator
// levels with Java's precedence: || < && < == != < < > <= >= < + - < * / % < unary ! - empty.
#include "parser.hpp"

#include <algorithm>
#include <array>
#include <span>

#include "parser_state.hpp"

namespace seamless::plugins::juel {
namespace {

using Operator = expr::parsing::Operator<TokenKind>;
using Level = std::span<const Operator>;

// Binary operators by precedence (Java's), lowest first.
constexpr Operator disjunction[] = {{SyntaxKind::logical_or, TokenKind::or_or, "or"}};
constexpr Operator conjunction[] = {{SyntaxKind::logical_and, TokenKind::and_and, "and"}};
constexpr Operator equality[] = {
    {SyntaxKind::equal, TokenKind::equal, "eq"},
    {SyntaxKind::not_equal, TokenKind::not_equal, "ne"},
};
constexpr Operator relational[] = {
    {SyntaxKind::less, TokenKind::less, "lt"},
    {SyntaxKind::less_equal, TokenKind::less_equal, "le"},
    {SyntaxKind::greater, TokenKind::greater, "gt"},
    {SyntaxKind::greater_equal, TokenKind::greater_equal, "ge"},
};
constexpr Operator additive[] = {
    {SyntaxKind::add, TokenKind::plus},
    {SyntaxKind::subtract, TokenKind::minus},
};
constexpr Operator multiplicative[] = {
    {SyntaxKind::multiply, TokenKind::star},
    {SyntaxKind::divide, TokenKind::slash, "div"},
    {SyntaxKind::modulo, TokenKind::percent, "mod"},
};
constexpr Level precedence[] = {disjunction, conjunction, equality,
                                relational,  additive,    multiplicative};
constexpr Operator unary_operators[] = {
    {SyntaxKind::negate, TokenKind::minus},
    {SyntaxKind::logical_not, TokenKind::bang, "not"},
    {SyntaxKind::empty, std::nullopt, "empty"},
};

}  // namespace

bool is_keyword(std::string_view word) {
  static constexpr std::array<std::string_view, 16> keywords = {
      "and", "or",   "not",   "eq",   "ne",    "lt",  "gt",  "le",
      "ge",  "true", "false", "null", "empty", "div", "mod", "instanceof"};
  return std::ranges::find(keywords, word) != keywords.end();
}

expr::ParseResult parse(std::string_view text) {
  return expr::parsing::run([text] { return Parser(text).guard(); });
}

bool recognises(std::string_view text) {
  Lexer lexer(text);
  return lexer.at_eval();
}

SyntaxNode Parser::guard() {
  const std::optional<std::uint32_t> start = lexer().next_visible_column();
  if (!start) fail(1, {"the guard is empty", "条件为空"});
  if (!lexer().at_eval()) {
    if (lexer().contains_eval())
      fail(*start, {"JUEL composite text is not supported: the guard must be one ${...} expression "
                    "with nothing around it",
                    "不支持 JUEL 复合文本：条件必须是单独一个 ${...} 表达式，前后不能有别的内容"});
    fail(*start, {"a JUEL guard must be written as ${expression}", "JUEL 条件必须写成 ${表达式}"});
  }
  const Token open = take();
  if (at(TokenKind::rbrace)) fail(peek().begin, {"the expression is empty", "表达式为空"});
  SyntaxNode tree = expression();
  const Token& t = peek();
  if ((t.kind == TokenKind::name && !is_keyword(t.text)) || t.kind == TokenKind::integer ||
      t.kind == TokenKind::decimal || t.kind == TokenKind::string) {
    const i18n::Text what =
        t.kind == TokenKind::string
            ? i18n::Text{"string " + text_of(span_of(t)), "字符串 " + text_of(span_of(t))}
            : describe(t);
    fail(t.begin, {"unexpected " + what.en + " after a complete expression (missing operator?)",
                   "完整表达式之后出现意外的" + what.zh_or_en() + "（缺少运算符？）"});
  }
  const std::string column = std::to_string(open.begin);
  expect(TokenKind::rbrace, {"'}' to close the '" + open.text + "' at column " + column,
                             "与第 " + column + " 列的“" + open.text + "”配对的“}”"});
  std::optional<std::uint32_t> rest;
  if (!lookahead().empty()) {
    if (lookahead().front().kind != TokenKind::end) rest = lookahead().front().begin;
  } else {
    rest = lexer().next_visible_column();
  }
  if (rest)
    fail(*rest, {"JUEL composite text is not supported: nothing may follow the '}' that closes the "
                 "expression",
                 "不支持 JUEL 复合文本：结束表达式的“}”之后不能再有内容"});
  return tree;
}

Token Parser::expect(TokenKind kind, const i18n::Text& what) {
  const Token& t = peek();
  if (t.kind != kind)
    if (std::optional<i18n::Text> message = unsupported(t)) fail(t.begin, *message);
  return ParserBase::expect(kind, what);
}

std::optional<i18n::Text> Parser::unsupported(const Token& t) const {
  switch (t.kind) {
    case TokenKind::question:
      return i18n::Text{"conditional expression '? :' is not supported", "不支持条件表达式“? :”"};
    case TokenKind::assign:
      return i18n::Text{"assignment '=' is not supported: compare with '=='",
                        "不支持赋值“=”：请用“==”比较"};
    case TokenKind::plus_assign:
      return i18n::Text{"'+=' (string concatenation) is not supported", "不支持“+=”（字符串拼接）"};
    case TokenKind::semicolon:
      return i18n::Text{"';' (a sequence of expressions) is not supported",
                        "不支持“;”（表达式序列）"};
    case TokenKind::arrow:
      return lambda_not_supported();
    case TokenKind::open_eval:
      return i18n::Text{"a nested '" + t.text + "' is not supported",
                        "不支持嵌套的“" + t.text + "”"};
    case TokenKind::name:
      if (t.text == "instanceof")
        return i18n::Text{"'instanceof' is not supported", "不支持“instanceof”"};
      return std::nullopt;
    default:
      return std::nullopt;
  }
}

SyntaxNode Parser::expression() {
  Scope scope(*this);
  nest();
  return binary_levels(precedence, [this] { return unary(); });
}

SyntaxNode Parser::unary() {
  return prefix_level(unary_operators, [this] { return postfix(); });
}

}  // namespace seamless::plugins::juel
