// Scanning number literals, which the guard languages write alike: digits with an optional
// fraction (`42`, `1.5`, `.5`); exponent notation (`1e3`) is an error.
#pragma once

#include <cstddef>
#include <optional>

#include "seamless/expr/parsing/lex_error.hpp"
#include "seamless/expr/parsing/source.hpp"

namespace seamless::expr::parsing {

// Where the languages differ.
struct NumberRules {
  // Whether `1.` is a decimal (EL) rather than `1` followed by a '.' (FEEL: digits must follow).
  bool trailing_dot = false;
};

// Whether a number starts at i: a digit, or a '.' followed by a digit.
bool starts_number(const Source& source, std::size_t i);

struct ScannedNumber {
  std::size_t end = 0;   // index one past the number
  bool decimal = false;  // has a '.'
  std::optional<LexError> error;
};

ScannedNumber scan_number(const Source& source, std::size_t start, const NumberRules& rules);

}  // namespace seamless::expr::parsing
