// FEEL string literals: in double quotes, with the escapes \" \\ \' \n \r \t and \uXXXX (a
// surrogate pair of two \u escapes makes one character).
#pragma once

#include <cstddef>
#include <string>

#include "seamless/expr/parsing/source.hpp"
#include "seamless/expr/parsing/strings.hpp"

namespace seamless::plugins::feel {

// The escape whose backslash is at i (see expr::parsing::StringRules).
expr::parsing::Escape read_escape(const expr::parsing::Source& source, std::size_t i,
                                  char32_t quote, std::string& value);
i18n::Text unterminated_string(char32_t quote);

}  // namespace seamless::plugins::feel
