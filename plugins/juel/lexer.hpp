// The JUEL lexer: turns guard text into tokens one at a time, so that the first error in the
// text is the first one reported. Also answers the questions about the text around the one
// `${...}` (where it starts, whether anything follows it).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "seamless/expr/parsing/lexer_base.hpp"
#include "token.hpp"

namespace seamless::plugins::juel {

class Lexer : public expr::parsing::LexerBase<TokenKind> {
 public:
  explicit Lexer(std::string_view text) : LexerBase(text) {}

  // The next token; after the end, `end` tokens forever. Lexical errors (unterminated string,
  // invalid escape, unexpected character) come back as `error` tokens.
  Token next();

  // Column of the next character that is not white space, if any (without lexing it).
  std::optional<std::uint32_t> next_visible_column();
  // Whether the next characters that are not white space are `${` or `#{`.
  bool at_eval() {
    pos_ = source_.skip_space(pos_);
    return eval_at(pos_);
  }
  // Whether `${` or `#{` occurs anywhere in the text.
  bool contains_eval() const;

 private:
  bool eval_at(std::size_t i) const { return (at(i) == '$' || at(i) == '#') && at(i + 1) == '{'; }
  // JUEL's own punctuation (also what the parser rejects: `?`, `=`, `+=`, `;`, `->`).
  Token punctuation(std::size_t start);
};

}  // namespace seamless::plugins::juel
