// Giving up at the first error (see failure.hpp).
#include "seamless/expr/parsing/failure.hpp"

namespace seamless::expr::parsing {

void fail(std::uint32_t column, i18n::Text message) {
  throw Failure{column, std::move(message)};
}

ParseResult run(const std::function<SyntaxNode()>& parse) {
  ParseResult result;
  try {
    result.tree = parse();
  } catch (const Failure& failure) {
    result.error = SyntaxError{failure.column, failure.message.en, failure.message.zh};
  }
  return result;
}

}  // namespace seamless::expr::parsing
