// The tokens of FEEL guards, as the lexer hands them to the parser.
#pragma once

#include <cstdint>

#include "seamless/expr/parsing/token.hpp"

namespace seamless::plugins::feel {

enum class TokenKind : std::uint8_t {
  end,
  error,  // a lexical error; text is the message
  name,   // also the keywords (and, or, not, between, in, true, ...): the parser tells them apart
  integer,
  decimal,
  string,  // text is the value, escapes resolved
  lparen,
  rparen,
  lbracket,
  rbracket,
  comma,
  dot,
  dotdot,
  plus,
  minus,
  star,
  slash,
  equal,
  not_equal,
  less,
  less_equal,
  greater,
  greater_equal,
};

using Token = expr::parsing::Token<TokenKind>;

inline bool is_comparison(TokenKind k) {
  return k == TokenKind::equal || k == TokenKind::not_equal || k == TokenKind::less ||
         k == TokenKind::less_equal || k == TokenKind::greater || k == TokenKind::greater_equal;
}

}  // namespace seamless::plugins::feel
