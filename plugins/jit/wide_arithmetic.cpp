// The 128-bit slow path of decimal / (see wide_arithmetic.hpp).
#include "wide_arithmetic.hpp"

namespace seamless::plugins::jit {

expr::int128 divide_decimal_wide(std::int64_t a, std::int64_t b) {
  return static_cast<expr::int128>(a) * expr::decimal_scale / b;
}

}  // namespace seamless::plugins::jit
