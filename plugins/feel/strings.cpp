// FEEL's string escapes and messages (see strings.hpp).
#include "strings.hpp"

#include <optional>
#include <string>

#include "seamless/expr/characters.hpp"

namespace seamless::plugins::feel {
namespace {

using expr::parsing::Escape;
using expr::parsing::Source;

int hex_value(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
  return -1;
}

// The code of the four hexadecimal digits from i, if they are.
std::optional<char32_t> hex4(const Source& source, std::size_t i) {
  char32_t code = 0;
  for (std::size_t k = 0; k < 4; ++k) {
    const int h = source.valid_at(i + k) ? hex_value(source.at(i + k)) : -1;
    if (h < 0) return std::nullopt;
    code = code * 16 + static_cast<char32_t>(h);
  }
  return code;
}

// `\uXXXX` at i; a high surrogate followed by `\u` and a low one make one character.
Escape unicode(const Source& source, std::size_t i, std::string& value) {
  std::optional<char32_t> code = hex4(source, i + 2);
  if (!code)
    return {0, i18n::Text{"escape '\\u' needs four hexadecimal digits",
                          "转义“\\u”需要四位十六进制数字"}};
  std::size_t length = 6;
  if (*code >= 0xD800 && *code <= 0xDBFF && source.at(i + 6) == '\\' && source.at(i + 7) == 'u') {
    const std::optional<char32_t> low = hex4(source, i + 8);
    if (low && *low >= 0xDC00 && *low <= 0xDFFF) {
      code = 0x10000 + ((*code - 0xD800) << 10) + (*low - 0xDC00);
      length = 12;
    }
  }
  if (*code >= 0xD800 && *code <= 0xDFFF)
    return {0, i18n::Text{"escape '" + source.slice(i, i + 6) + "' is half of a surrogate pair",
                          "转义“" + source.slice(i, i + 6) + "”只是代理对的一半"}};
  expr::text::append_utf8(value, *code);
  return {length, std::nullopt};
}

}  // namespace

Escape read_escape(const Source& source, std::size_t i, char32_t /*quote*/, std::string& value) {
  const char32_t e = source.at(i + 1);
  if (e == '"' || e == '\\' || e == '\'') {
    value += static_cast<char>(e);
    return {2, std::nullopt};
  }
  if (e == 'n' || e == 't' || e == 'r') {
    value += e == 'n' ? '\n' : e == 't' ? '\t' : '\r';
    return {2, std::nullopt};
  }
  if (e == 'u') return unicode(source, i, value);
  const std::string escape = "\\" + source.slice(i + 1, i + 2);
  return {0, i18n::Text{"unknown escape '" + escape +
                            "' in a string (FEEL has \\\", \\\\, \\n, \\r, \\t, \\' and \\uXXXX)",
                        "字符串中有未知的转义“" + escape +
                            "”（FEEL 支持 \\\"、\\\\、\\n、\\r、\\t、\\' 和 \\uXXXX）"}};
}

i18n::Text unterminated_string(char32_t /*quote*/) {
  return {"unterminated string: '\"' without its closing '\"'",
          "字符串没有结束：“\"”缺少与之配对的“\"”"};
}

}  // namespace seamless::plugins::feel
