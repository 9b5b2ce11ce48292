// Scanning string literals: from the opening quote to the same quote, the value built from the
// characters in between, escapes read by the language's rule. A string without its closing quote
// and an invalid byte inside are errors.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "seamless/expr/parsing/lex_error.hpp"
#include "seamless/expr/parsing/source.hpp"

namespace seamless::expr::parsing {

// An escape as a language's rule reads it: how many characters it takes (the backslash
// included), or why it is not valid (reported at the backslash).
struct Escape {
  std::size_t length = 0;
  std::optional<i18n::Text> error;
};

// Where the languages differ.
struct StringRules {
  // The message for a string that has no closing quote.
  i18n::Text (*unterminated)(char32_t quote) = nullptr;
  // Reads the escape whose backslash is at i (a character follows it) into `value`.
  Escape (*escape)(const Source& source, std::size_t i, char32_t quote,
                   std::string& value) = nullptr;
};

struct ScannedString {
  std::size_t end = 0;  // index one past the closing quote
  std::string value;
  std::optional<LexError> error;
};

// The string whose opening quote is at `start`.
ScannedString scan_string(const Source& source, std::size_t start, const StringRules& rules);

}  // namespace seamless::expr::parsing
