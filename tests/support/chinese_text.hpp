// Test helper: whether a text is (at least partly) Chinese, i.e. contains a CJK unified
// ideograph (U+4E00..U+9FFF), decoded from UTF-8.
#pragma once

#include <cstdint>
#include <string_view>

namespace seamless::test {

inline bool has_chinese(std::string_view text) {
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    if ((b0 & 0xF0) != 0xE0) continue;
    const auto b1 = static_cast<unsigned char>(text[i + 1]);
    const auto b2 = static_cast<unsigned char>(text[i + 2]);
    if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) continue;
    const std::uint32_t code = ((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
    if (code >= 0x4E00 && code <= 0x9FFF) return true;
  }
  return false;
}

}  // namespace seamless::test
