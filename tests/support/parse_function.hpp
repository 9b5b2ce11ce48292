// Test helper: a guard language's parse function, as the shared parser tests take it.
#pragma once

#include <string_view>

#include "seamless/expr/syntax.hpp"

namespace seamless::test {

using ParseFunction = expr::ParseResult (*)(std::string_view);

}  // namespace seamless::test
