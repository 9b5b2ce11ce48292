// How a guard language writes the lexemes the languages share, where they differ: numbers, the
// quotes and escapes of strings, and what names may contain besides letters and digits.
#pragma once

#include <string_view>

#include "seamless/expr/parsing/numbers.hpp"
#include "seamless/expr/parsing/strings.hpp"

namespace seamless::expr::parsing {

struct LexicalRules {
  NumberRules numbers;
  std::u32string_view quotes;  // the characters that open a string (and close it)
  StringRules strings;
  bool (*also_in_names)(char32_t) = nullptr;  // FEEL: '?'; nullptr: nothing else
};

}  // namespace seamless::expr::parsing
