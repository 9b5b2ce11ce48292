// A lexical error found by a scanner: where (a character index) and the message.
#pragma once

#include <cstddef>
#include <string>

namespace seamless::expr::parsing {

struct LexError {
  std::size_t index = 0;
  std::string message;
};

}  // namespace seamless::expr::parsing
