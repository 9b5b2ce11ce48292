// The literals written as words (see literals.hpp).
#include "seamless/expr/parsing/literals.hpp"

namespace seamless::expr::parsing {

std::optional<SyntaxKind> word_literal(std::string_view word) {
  if (word == "true") return SyntaxKind::true_literal;
  if (word == "false") return SyntaxKind::false_literal;
  if (word == "null") return SyntaxKind::null_literal;
  return std::nullopt;
}

}  // namespace seamless::expr::parsing
