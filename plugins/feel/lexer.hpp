// The FEEL lexer: turns guard text into tokens one at a time, so that the first error in the
// text is the first one reported. Skips white space and comments (`// ...`, `/* ... */`).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "seamless/expr/characters.hpp"
#include "token.hpp"

namespace seamless::plugins::feel {

using namespace ::seamless::expr::text;  // Char, decode_utf8, character classes

class Lexer {
 public:
  explicit Lexer(std::string_view text);

  // The next token; after the end, `end` tokens forever. Lexical errors (unterminated string,
  // unexpected character, operators of other languages) come back as `error` tokens.
  Token next();

  // The text of columns [begin, end), for messages.
  std::string text_of(std::uint32_t begin, std::uint32_t end) const;

 private:
  char32_t at(std::size_t i) const { return i < chars_.size() ? chars_[i].code : 0; }
  bool valid_at(std::size_t i) const { return i < chars_.size() && chars_[i].valid; }
  Token make(TokenKind kind, std::size_t begin, std::size_t end) const;
  Token error(std::size_t column_index, std::string message) const;
  bool skip_space_and_comments(Token& failure);
  Token number(std::size_t start);
  Token string(std::size_t start);
  Token name(std::size_t start);
  Token punctuation(std::size_t start);

  std::string_view text_;
  std::vector<Char> chars_;
  std::size_t pos_ = 0;
};

}  // namespace seamless::plugins::feel
