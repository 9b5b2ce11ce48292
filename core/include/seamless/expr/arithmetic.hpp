// The arithmetic of value.hpp as inline functions on encoded values: checked integer operations,
// fixed-point decimal operations, truncating division. The reference interpreter is built on
// these, and so are hand-written reference guards (bench/guards).
#pragma once

#include <cstdint>
#include <limits>

#include "seamless/expr/value.hpp"

namespace seamless::expr::arith {

inline constexpr Value null_value{0, true};

inline Value from_i128(int128 v) {
  if (v < std::numeric_limits<std::int64_t>::min() || v > std::numeric_limits<std::int64_t>::max())
    return null_value;
  return {static_cast<std::int64_t>(v), false};
}

inline Value add(Value a, Value b) {
  if (a.null || b.null) return null_value;
  std::int64_t r;
  return __builtin_add_overflow(a.bits, b.bits, &r) ? null_value : Value{r, false};
}

inline Value subtract(Value a, Value b) {
  if (a.null || b.null) return null_value;
  std::int64_t r;
  return __builtin_sub_overflow(a.bits, b.bits, &r) ? null_value : Value{r, false};
}

inline Value negate(Value a) {
  if (a.null) return null_value;
  std::int64_t r;
  return __builtin_sub_overflow(std::int64_t{0}, a.bits, &r) ? null_value : Value{r, false};
}

inline Value multiply_integer(Value a, Value b) {
  if (a.null || b.null) return null_value;
  std::int64_t r;
  return __builtin_mul_overflow(a.bits, b.bits, &r) ? null_value : Value{r, false};
}

// C-style truncating division and remainder of int128 values; b != 0.
inline int128 truncating_divide(int128 a, int128 b) {
  return a / b;
}

inline Value multiply_decimal(Value a, Value b) {
  if (a.null || b.null) return null_value;
  return from_i128(truncating_divide(static_cast<int128>(a.bits) * b.bits, decimal_scale));
}

inline Value divide_decimal(Value a, Value b) {
  if (a.null || b.null || b.bits == 0) return null_value;
  return from_i128(truncating_divide(static_cast<int128>(a.bits) * decimal_scale, b.bits));
}

inline Value modulo_integer(Value a, Value b) {
  if (a.null || b.null || b.bits == 0) return null_value;
  // INT64_MIN % -1 is 0 mathematically; computed in int128 to avoid the hardware trap.
  return {static_cast<std::int64_t>(static_cast<int128>(a.bits) % b.bits), false};
}

inline Value to_decimal(Value a) {
  if (a.null) return null_value;
  return from_i128(static_cast<int128>(a.bits) * decimal_scale);
}

// Ordering comparisons: null when either side is null. `op`: 0 <, 1 <=, 2 >, 3 >=.
inline Value compare(Value a, Value b, int op) {
  if (a.null || b.null) return null_value;
  bool r = false;
  switch (op) {
    case 0:
      r = a.bits < b.bits;
      break;
    case 1:
      r = a.bits <= b.bits;
      break;
    case 2:
      r = a.bits > b.bits;
      break;
    default:
      r = a.bits >= b.bits;
      break;
  }
  return {r ? 1 : 0, false};
}

// Null-aware equality: never null.
inline Value equal(Value a, Value b) {
  if (a.null || b.null) return {a.null && b.null ? 1 : 0, false};
  return {a.bits == b.bits ? 1 : 0, false};
}

inline Value logical_not(Value a) {
  return a.null ? null_value : Value{a.bits ? 0 : 1, false};
}

inline Value logical_and(Value a, Value b) {
  if ((!a.null && a.bits == 0) || (!b.null && b.bits == 0)) return {0, false};
  if (a.null || b.null) return null_value;
  return {1, false};
}

inline Value logical_or(Value a, Value b) {
  if ((!a.null && a.bits != 0) || (!b.null && b.bits != 0)) return {1, false};
  if (a.null || b.null) return null_value;
  return {0, false};
}

}  // namespace seamless::expr::arith
