// How a guard parser gives up: at the first error it throws a Failure (the column and the
// message), and `run` turns what the parser returns or throws into a ParseResult.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "seamless/expr/syntax.hpp"
#include "seamless/i18n/text.hpp"

namespace seamless::expr::parsing {

struct Failure {
  std::uint32_t column;
  i18n::Text message;
};

// The message in English and Chinese: fail(t.begin, {"unmatched ')'", "多余的“)”"}).
[[noreturn]] void fail(std::uint32_t column, i18n::Text message);

// The tree `parse` returns, or the error of the Failure it throws.
ParseResult run(const std::function<SyntaxNode()>& parse);

}  // namespace seamless::expr::parsing
