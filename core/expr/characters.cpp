// UTF-8 decoding and the character classes of guard-language names (see characters.hpp).
#include "seamless/expr/characters.hpp"

#include <cstdio>

namespace seamless::expr::text {
namespace {

bool continuation(unsigned char b) {
  return (b & 0xC0) == 0x80;
}

// Punctuation and symbols inside the letter ranges: ideographic and full-width punctuation,
// which Chinese text uses and which must not become part of a name.
bool is_wide_punctuation(char32_t c) {
  return (c >= 0x3001 && c <= 0x3004) || (c >= 0x3008 && c <= 0x3020) || c == 0x3030 ||
         (c >= 0x303D && c <= 0x303F) || (c >= 0xFE10 && c <= 0xFE1F) ||
         (c >= 0xFE30 && c <= 0xFE6F) || (c >= 0xFF01 && c <= 0xFF0F) ||
         (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
         (c >= 0xFF5B && c <= 0xFF65) || (c >= 0xFFE0 && c <= 0xFFEE) || c == 0xFFFD;
}

}  // namespace

std::vector<Char> decode_utf8(std::string_view text) {
  std::vector<Char> out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    Char c;
    c.offset = static_cast<std::uint32_t>(i);
    std::size_t need = 0;
    char32_t code = 0;
    char32_t min = 0;
    if (b0 < 0x80) {
      code = b0;
    } else if (b0 >= 0xC2 && b0 <= 0xDF) {
      need = 1, code = b0 & 0x1F, min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      need = 2, code = b0 & 0x0F, min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      need = 3, code = b0 & 0x07, min = 0x10000;
    } else {
      need = SIZE_MAX;  // a continuation byte or an impossible lead byte
    }
    bool ok = need != SIZE_MAX;
    if (ok) {
      for (std::size_t k = 1; k <= need; ++k) {
        if (i + k >= text.size() || !continuation(static_cast<unsigned char>(text[i + k]))) {
          ok = false;
          break;
        }
        code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
      }
    }
    if (ok && need > 0 && (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)))
      ok = false;
    if (ok) {
      c.code = code;
      c.size = static_cast<std::uint8_t>(need + 1);
    } else {
      c.code = b0;
      c.size = 1;
      c.valid = false;
    }
    out.push_back(c);
    i += c.size;
  }
  return out;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

bool is_space(char32_t c) {
  return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0xFEFF;
}

bool is_name_start(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
  if (is_space(c) || is_wide_punctuation(c)) return false;
  return (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) ||
         (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) || c == 0x200C || c == 0x200D ||
         (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) ||
         (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) ||
         (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}

bool is_name_part(char32_t c) {
  return is_name_start(c) || (c >= '0' && c <= '9') || c == 0xB7 || (c >= 0x300 && c <= 0x36F) ||
         c == 0x203F || c == 0x2040;
}

std::string describe(const Char& c, std::string_view text) {
  char buffer[48];
  if (!c.valid) {
    std::snprintf(buffer, sizeof buffer, "byte 0x%02X (not UTF-8)", static_cast<unsigned>(c.code));
    return buffer;
  }
  if (c.code < 0x20 || c.code == 0x7F || (c.code >= 0x80 && c.code < 0xA0)) {
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c.code));
    return buffer;
  }
  std::string out = "'" + std::string(text.substr(c.offset, c.size)) + "'";
  if (c.code >= 0x80) {
    std::snprintf(buffer, sizeof buffer, " (U+%04X)", static_cast<unsigned>(c.code));
    out += buffer;
    // Full-width forms of ASCII, as typed with a Chinese input method.
    if (c.code >= 0xFF01 && c.code <= 0xFF5E) {
      out += "; did you mean '";
      out += static_cast<char>(c.code - 0xFEE0);
      out += "'?";
    }
  }
  return out;
}

std::string describe_zh(const Char& c, std::string_view text) {
  char buffer[48];
  if (!c.valid) {
    std::snprintf(buffer, sizeof buffer, "字节 0x%02X（不是 UTF-8）",
                  static_cast<unsigned>(c.code));
    return buffer;
  }
  if (c.code < 0x20 || c.code == 0x7F || (c.code >= 0x80 && c.code < 0xA0)) {
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c.code));
    return buffer;
  }
  std::string out = "“" + std::string(text.substr(c.offset, c.size)) + "”";
  if (c.code >= 0x80) {
    std::snprintf(buffer, sizeof buffer, "（U+%04X）", static_cast<unsigned>(c.code));
    out += buffer;
    // Full-width forms of ASCII, as typed with a Chinese input method.
    if (c.code >= 0xFF01 && c.code <= 0xFF5E) {
      out += "；是否想输入半角的“";
      out += static_cast<char>(c.code - 0xFEE0);
      out += "”？";
    }
  }
  return out;
}

}  // namespace seamless::expr::text
