// Edge values of the IR's int64 encoding (value.hpp) for the tests that compare backends on every
// operation: zero and ±1, the int64 limits and their neighbours, where a product overflows, the
// decimal scale and the integers at the edge of the decimal range.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <limits>
#include <vector>

#include "seamless/expr/value.hpp"

namespace seamless::test::edge {

inline constexpr std::int64_t min64 = std::numeric_limits<std::int64_t>::min();
inline constexpr std::int64_t max64 = std::numeric_limits<std::int64_t>::max();
inline constexpr std::int64_t one = expr::decimal_scale;  // 1.0 as decimal bits
// The largest x with x * x <= max64: (x + 1)² overflows.
inline constexpr std::int64_t max_square_root = 3037000499;
// The largest integer to_decimal converts, 9223372036854; its negation is the smallest.
inline constexpr std::int64_t max_decimal_integer = max64 / one;

// The lists one after the other.
inline std::vector<std::int64_t> join(std::initializer_list<std::vector<std::int64_t>> lists) {
  std::vector<std::int64_t> out;
  for (const auto& list : lists) out.insert(out.end(), list.begin(), list.end());
  return out;
}

// Zero, ±1, small values of both parities.
inline const std::vector<std::int64_t> small{0, 1, -1, 2, -2, 7, -7};
// The int64 limits and their neighbours.
inline const std::vector<std::int64_t> limits{min64, max64, min64 + 1, max64 - 1};
// Where a square overflows.
inline const std::vector<std::int64_t> squares{max_square_root, max_square_root + 1,
                                               -(max_square_root + 1)};
// Integers: the above and the decimal scale.
inline const std::vector<std::int64_t> integers = join({small, limits, squares, {one}});

// Next to 1.0 as decimal bits (-1.0, 0.999999), the largest integer to_decimal converts and the
// most negative one past its range.
inline const std::vector<std::int64_t> decimal_scale{-one, one - 1, max_decimal_integer,
                                                     -(max_decimal_integer + 1)};

// Decimal bits: millionths, 1/3 and 1/2, ±1.0, ±1.5, 7.0, the limits, the integers at the edge
// of the decimal range as decimal bits and past it, half of min64.
inline const std::vector<std::int64_t> decimals = join({
    {0, 1, -1, 2, -3, 333333, 500000},
    {one, -one, 1500000, -1500000, 7 * one},
    {min64, max64},
    {max_decimal_integer, -max_decimal_integer, max_decimal_integer + 1,
     -(max_decimal_integer + 1)},
    {min64 / 2},
});

}  // namespace seamless::test::edge
