// Limits, so that no guard exhausts the stack of a parser or of what walks its trees: nesting
// (parentheses, unary operators: recursion in the parser) and the depth of the tree (nesting
// plus chains of binary operators, which make left-deep trees); and the messages past them.
#pragma once

#include "seamless/i18n/text.hpp"

namespace seamless::expr::parsing {

inline constexpr int max_nesting = 100;
inline constexpr int max_depth = 1000;

i18n::Text nested_too_deeply();   // more than max_nesting
i18n::Text too_many_operators();  // more than max_depth

}  // namespace seamless::expr::parsing
