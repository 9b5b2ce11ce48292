// Values of guard expressions and their machine encoding, shared by every backend (interpreter,
// JIT, Z3). THE SEMANTICS (the reference interpreter in core/expr implements it; every backend
// must agree with it bit for bit):
//
// Types and encoding: every value is one int64 plus a null flag.
//   boolean  0 or 1
//   integer  the value, a signed 64-bit integer
//   decimal  fixed point with 6 fractional digits: the value times 10^6 (1.5 is 1500000), so
//            decimals range over about ±9.2e12 and are exact (no binary floating point)
//   string   an id from the guard set's StringTable; equal strings have equal ids
// Null is the FEEL null: the value of `null`, and the result of every operation that has no
// value:
//   - integer +, -, *, unary - whose exact result is outside int64 (INT64_MIN / -1 included)
//   - division or modulo by zero
//   - decimal results outside the decimal range; int -> decimal promotion outside it
// Arithmetic: integer + - * exact (else null). `/` always gives a decimal: a/b = (a·10^6)/b for
//   decimals, computed exactly and truncated toward zero. `%` (JUEL mod) on integers truncates
//   toward zero like C (-7 % 2 = -1). decimal * decimal = (a·b)/10^6 truncated toward zero.
//   Mixed integer/decimal operands are promoted to decimal first.
// Any operand null -> the result is null (arithmetic, <, <=, >, >=, unary minus).
// Equality (=, !=) is null-aware: null = null is true, null = v is false (v not null).
// Logic is Kleene's: false and x = false, true or x = true, otherwise null if either is null;
//   not(null) = null.
// A guard holds when its value is true: false and null both mean the flow is not taken.
#pragma once

#include <cstdint>
#include <string_view>

namespace seamless::expr {

enum class Type : std::uint8_t { boolean, integer, decimal, string, null };
std::string_view to_string(Type type);

inline constexpr std::int64_t decimal_scale = 1'000'000;

// 128-bit intermediates for exact decimal arithmetic (GCC and Clang).
__extension__ typedef __int128 int128;
__extension__ typedef unsigned __int128 uint128;
inline constexpr int decimal_digits = 6;

// A runtime value: `bits` is meaningful only when not null.
struct Value {
  std::int64_t bits = 0;
  bool null = false;
  friend bool operator==(const Value& a, const Value& b) {
    return a.null == b.null && (a.null || a.bits == b.bits);
  }
};

// The three-valued outcome of a guard. The numeric values are part of the JIT's ABI.
enum class Truth : std::uint8_t { false_ = 0, true_ = 1, null = 2 };
std::string_view to_string(Truth truth);

inline Truth truth_of(const Value& v) {
  return v.null ? Truth::null : (v.bits != 0 ? Truth::true_ : Truth::false_);
}

}  // namespace seamless::expr
