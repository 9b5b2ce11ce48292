// A lexical error found by a scanner: where (a character index) and the message.
#pragma once

#include <cstddef>

#include "seamless/i18n/text.hpp"

namespace seamless::expr::parsing {

struct LexError {
  std::size_t index = 0;
  i18n::Text message;
};

}  // namespace seamless::expr::parsing
