// The FEEL guard parser: guard text (Zeebe's `=...` or plain FEEL) to a syntax tree, or the
// first error with its column. The supported subset is described in README.md.
#pragma once

#include <string_view>

#include "seamless/expr/syntax.hpp"

namespace seamless::plugins::feel {

expr::ParseResult parse(std::string_view text);

// Whether the text has the form of a Zeebe FEEL guard: `=` after optional white space.
bool recognises(std::string_view text);

}  // namespace seamless::plugins::feel
