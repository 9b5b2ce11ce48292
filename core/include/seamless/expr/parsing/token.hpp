// A token of a guard language, generic over the language's own enum of token kinds. The kinds
// every guard lexer has (and the shared lexer and parser helpers rely on) are named by the
// concept TokenKinds.
#pragma once

#include <concepts>
#include <cstdint>
#include <string>
#include <type_traits>

#include "seamless/expr/syntax.hpp"

namespace seamless::expr::parsing {

template <class Kind>
concept TokenKinds = std::is_enum_v<Kind> && requires {
  Kind::end;      // past the last token (and forever after)
  Kind::error;    // a lexical error; the token's text is the message
  Kind::name;     // names and keywords alike: the parser tells them apart
  Kind::integer;  // digits, as written
  Kind::decimal;  // digits with a '.', as written
  Kind::string;   // the token's text is the value, escapes resolved
};

template <TokenKinds Kind>
struct Token {
  Kind kind = Kind::end;
  std::uint32_t begin = 0;  // column of the first character, 1-based
  std::uint32_t end = 0;    // column one past the last character
  std::string text;         // as written (names, numbers, operators); see Kind
  std::string text_zh{};    // an error token's message in Chinese
};

template <TokenKinds Kind>
Span span_of(const Token<Kind>& t) {
  return {t.begin, t.end};
}

}  // namespace seamless::expr::parsing
