// The JUEL parser's state and grammar functions, shared by its source files: parser.cpp (entry,
// the table of operators by Java's precedence) and primary.cpp (values and the unsupported
// constructs). Recursive descent; tokens, limits, literals and the operator levels come from
// expr::parsing::ParserBase.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "lexer.hpp"
#include "seamless/expr/parsing/parser_base.hpp"
#include "seamless/expr/syntax.hpp"

namespace seamless::plugins::juel {

using expr::SyntaxKind;
using expr::SyntaxNode;
using expr::parsing::fail;

bool is_keyword(std::string_view word);

class Parser : expr::parsing::ParserBase<Lexer> {
 public:
  explicit Parser(std::string_view text) : ParserBase(text, {"the end of the guard", "条件末尾"}) {}
  SyntaxNode guard();

 private:
  // Tokens: `expect` names the unsupported construct a token starts, if it does.
  Token expect(TokenKind kind, const i18n::Text& what);
  // The message for a token that starts a construct JUEL has but this subset does not.
  std::optional<i18n::Text> unsupported(const Token& t) const;
  static i18n::Text lambda_not_supported() {
    return {"lambda expressions ('->') are not supported", "不支持 lambda 表达式（“->”）"};
  }

  // Operators (parser.cpp): the binary levels (of ParserBase), then the unary operators.
  SyntaxNode expression();
  SyntaxNode unary();

  // Values (primary.cpp).
  SyntaxNode postfix();
  SyntaxNode primary();
  SyntaxNode name();
  SyntaxNode parenthesized();
  bool at_lambda();
  [[noreturn]] void no_value(const Token& t);
};

}  // namespace seamless::plugins::juel
