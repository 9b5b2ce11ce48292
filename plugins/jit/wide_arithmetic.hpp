// The slow path of decimal division, whose exact quotient needs 128 bits. Generated code calls
// it (by address) only when the 64-bit fast path overflows; it returns the exact quotient
// truncated toward zero and the generated code range-checks it (value.hpp).
#pragma once

#include <cstdint>

#include "seamless/expr/value.hpp"

namespace seamless::plugins::jit {

// (a * 10^6) / b, truncated toward zero; b != 0.
expr::int128 divide_decimal_wide(std::int64_t a, std::int64_t b);

}  // namespace seamless::plugins::jit
