// The JUEL lexer: turns guard text into tokens one at a time, so that the first error in the
// text is the first one reported. Also answers the questions about the text around the one
// `${...}` (where it starts, whether anything follows it).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "seamless/expr/characters.hpp"
#include "token.hpp"

namespace seamless::plugins::juel {

using namespace ::seamless::expr::text;  // Char, decode_utf8, character classes

class Lexer {
 public:
  explicit Lexer(std::string_view text);

  // The next token; after the end, `end` tokens forever. Lexical errors (unterminated string,
  // invalid escape, unexpected character) come back as `error` tokens.
  Token next();

  // Column of the next character that is not white space, if any (without lexing it).
  std::optional<std::uint32_t> next_visible_column();
  // Whether the next characters that are not white space are `${` or `#{`.
  bool at_eval() {
    skip_space();
    return (at(pos_) == '$' || at(pos_) == '#') && at(pos_ + 1) == '{';
  }
  // Whether `${` or `#{` occurs anywhere in the text.
  bool contains_eval() const;

  // The text of columns [begin, end), for messages.
  std::string text_of(std::uint32_t begin, std::uint32_t end) const;

 private:
  char32_t at(std::size_t i) const { return i < chars_.size() ? chars_[i].code : 0; }
  Token make(TokenKind kind, std::size_t begin, std::size_t end) const;
  Token error(std::size_t column_index, std::string message) const;
  void skip_space();
  Token number(std::size_t start);
  Token string(std::size_t start);
  Token name(std::size_t start);
  Token punctuation(std::size_t start);

  std::string_view text_;
  std::vector<Char> chars_;
  std::size_t pos_ = 0;
};

}  // namespace seamless::plugins::juel
