// The JUEL guard parser: `${expression}` (or `#{expression}`) to a syntax tree, or the first
// error with its column. The supported subset is described in README.md.
#pragma once

#include <string_view>

#include "seamless/expr/syntax.hpp"

namespace seamless::plugins::juel {

expr::ParseResult parse(std::string_view text);

// Whether the text has the form of a JUEL guard: `${` or `#{` after optional white space.
bool recognises(std::string_view text);

}  // namespace seamless::plugins::juel
