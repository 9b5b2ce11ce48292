// The literals written as words, alike in the guard languages: `true`, `false`, `null`.
#pragma once

#include <optional>
#include <string_view>

#include "seamless/expr/syntax.hpp"

namespace seamless::expr::parsing {

// The literal kind of the word, if it is one.
std::optional<SyntaxKind> word_literal(std::string_view word);

}  // namespace seamless::expr::parsing
