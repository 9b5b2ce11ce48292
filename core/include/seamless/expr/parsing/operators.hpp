// An operator of one precedence level, as a language's grammar lists it: the node it makes and
// how it is written, a token (`+`, `&&`), a word (`and`, JUEL's `eq`) or either.
#pragma once

#include <optional>
#include <string_view>

#include "seamless/expr/parsing/token.hpp"
#include "seamless/expr/syntax.hpp"

namespace seamless::expr::parsing {

template <TokenKinds Kind>
struct Operator {
  SyntaxKind kind;
  std::optional<Kind> token;   // none: only the word writes it
  std::string_view word = {};  // empty: only the token writes it
};

}  // namespace seamless::expr::parsing
