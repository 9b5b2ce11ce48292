// The FEEL lexer: turns guard text into tokens one at a time, so that the first error in the
// text is the first one reported. Skips white space and comments (`// ...`, `/* ... */`).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "seamless/expr/parsing/lexer_base.hpp"
#include "token.hpp"

namespace seamless::plugins::feel {

class Lexer : public expr::parsing::LexerBase<TokenKind> {
 public:
  explicit Lexer(std::string_view text) : LexerBase(text) {}

  // The next token; after the end, `end` tokens forever. Lexical errors (unterminated string,
  // unexpected character, operators of other languages) come back as `error` tokens.
  Token next();

 private:
  // Moves past white space and comments; an unterminated comment is an error.
  std::optional<Token> skip_space_and_comments();
  // FEEL's own punctuation, and the errors for operators of other languages.
  Token punctuation(std::size_t start);
};

}  // namespace seamless::plugins::feel
