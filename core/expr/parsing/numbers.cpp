// Scanning number literals (see numbers.hpp).
#include "seamless/expr/parsing/numbers.hpp"

namespace seamless::expr::parsing {
namespace {

bool is_digit(char32_t c) {
  return c >= '0' && c <= '9';
}

}  // namespace

bool starts_number(const Source& source, std::size_t i) {
  return is_digit(source.at(i)) || (source.at(i) == '.' && is_digit(source.at(i + 1)));
}

ScannedNumber scan_number(const Source& source, std::size_t start, const NumberRules& rules) {
  ScannedNumber n;
  std::size_t i = start;
  while (is_digit(source.at(i))) ++i;
  const char32_t after_dot = source.at(i + 1);
  if (source.at(i) == '.' && (rules.trailing_dot ? after_dot != '.' : is_digit(after_dot))) {
    n.decimal = true;
    ++i;
    while (is_digit(source.at(i))) ++i;
  }
  const char32_t sign = source.at(i + 1);
  if ((source.at(i) == 'e' || source.at(i) == 'E') &&
      (is_digit(sign) || ((sign == '+' || sign == '-') && is_digit(source.at(i + 2))))) {
    n.error = LexError{start, {"exponent notation is not supported", "不支持科学计数法"}};
    return n;
  }
  n.end = i;
  return n;
}

}  // namespace seamless::expr::parsing
