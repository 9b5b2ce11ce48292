// The tokens of JUEL guards, as the lexer hands them to the parser.
#pragma once

#include <cstdint>

#include "seamless/expr/parsing/token.hpp"

namespace seamless::plugins::juel {

enum class TokenKind : std::uint8_t {
  end,
  error,  // a lexical error; text is the message
  name,   // also the keywords (and, eq, empty, div, true, ...): the parser tells them apart
  integer,
  decimal,
  string,     // text is the value, escapes resolved
  open_eval,  // `${` or `#{`
  lbrace,
  rbrace,
  lparen,
  rparen,
  lbracket,
  rbracket,
  comma,
  dot,
  question,
  colon,
  semicolon,
  assign,       // `=`
  plus_assign,  // `+=`
  arrow,        // `->`
  plus,
  minus,
  star,
  slash,
  percent,
  equal,
  not_equal,
  less,
  less_equal,
  greater,
  greater_equal,
  and_and,
  or_or,
  bang,
};

using Token = expr::parsing::Token<TokenKind>;

}  // namespace seamless::plugins::juel
