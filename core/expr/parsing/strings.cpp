// Scanning string literals (see strings.hpp).
#include "seamless/expr/parsing/strings.hpp"

namespace seamless::expr::parsing {
namespace {

ScannedString failed(std::size_t index, i18n::Text message) {
  ScannedString s;
  s.error = LexError{index, std::move(message)};
  return s;
}

}  // namespace

ScannedString scan_string(const Source& source, std::size_t start, const StringRules& rules) {
  const char32_t quote = source.at(start);
  std::string value;
  std::size_t i = start + 1;
  for (;;) {
    if (i >= source.size()) return failed(start, rules.unterminated(quote));
    const text::Char& c = source[i];
    if (!c.valid) {
      const i18n::Text what = source.describe_text(i);
      return failed(i, {"unexpected " + what.en + " in a string", "字符串中出现意外的" + what.zh});
    }
    if (c.code == quote) break;
    if (c.code != '\\') {
      value.append(source.bytes(i));
      ++i;
      continue;
    }
    if (i + 1 >= source.size()) return failed(start, rules.unterminated(quote));
    const Escape escape = rules.escape(source, i, quote, value);
    if (escape.error) return failed(i, *escape.error);
    i += escape.length;
  }
  ScannedString s;
  s.end = i + 1;
  s.value = std::move(value);
  return s;
}

}  // namespace seamless::expr::parsing
