// The punctuation the guard languages write alike: brackets, the comma, `/` and the comparisons
// `<` `<=` `>` `>=` `!=`. (They differ on `.` `*` `+` `-` `=` `!`, which each lexer reads itself.)
#pragma once

#include <cstddef>
#include <optional>

#include "seamless/expr/parsing/source.hpp"
#include "seamless/expr/parsing/token.hpp"

namespace seamless::expr::parsing {

template <class Kind>
concept PunctuationKinds = TokenKinds<Kind> && requires {
  Kind::lparen;
  Kind::rparen;
  Kind::lbracket;
  Kind::rbracket;
  Kind::comma;
  Kind::slash;
  Kind::less;
  Kind::less_equal;
  Kind::greater;
  Kind::greater_equal;
  Kind::not_equal;
};

template <class Kind>
struct Punctuation {
  Kind kind;
  std::size_t length;  // in characters
};

// The common punctuation at i, if any.
template <PunctuationKinds Kind>
std::optional<Punctuation<Kind>> common_punctuation(const Source& source, std::size_t i) {
  const bool equals_follows = source.at(i + 1) == '=';
  switch (source.at(i)) {
    case '(':
      return Punctuation<Kind>{Kind::lparen, 1};
    case ')':
      return Punctuation<Kind>{Kind::rparen, 1};
    case '[':
      return Punctuation<Kind>{Kind::lbracket, 1};
    case ']':
      return Punctuation<Kind>{Kind::rbracket, 1};
    case ',':
      return Punctuation<Kind>{Kind::comma, 1};
    case '/':
      return Punctuation<Kind>{Kind::slash, 1};
    case '<':
      if (equals_follows) return Punctuation<Kind>{Kind::less_equal, 2};
      return Punctuation<Kind>{Kind::less, 1};
    case '>':
      if (equals_follows) return Punctuation<Kind>{Kind::greater_equal, 2};
      return Punctuation<Kind>{Kind::greater, 1};
    case '!':
      if (equals_follows) return Punctuation<Kind>{Kind::not_equal, 2};
      return std::nullopt;
    default:
      return std::nullopt;
  }
}

}  // namespace seamless::expr::parsing
