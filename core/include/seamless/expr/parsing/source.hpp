// A guard's text decoded for a lexer: its characters by index (a column is an index plus one),
// with lookahead that never reads out of range, white space skipping, and the text of a range of
// columns as written.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "seamless/expr/characters.hpp"
#include "seamless/i18n/text.hpp"

namespace seamless::expr::parsing {

class Source {
 public:
  // Keeps a view of `text`, which must outlive the Source.
  explicit Source(std::string_view text);

  std::size_t size() const { return chars_.size(); }
  const text::Char& operator[](std::size_t i) const { return chars_[i]; }  // i < size()
  // The code point at i (the byte itself if invalid); 0 past the end.
  char32_t at(std::size_t i) const { return i < chars_.size() ? chars_[i].code : 0; }
  // Whether there is a character at i and it is valid UTF-8.
  bool valid_at(std::size_t i) const { return i < chars_.size() && chars_[i].valid; }
  // The bytes of the character at i as written.
  std::string_view bytes(std::size_t i) const;

  // The index of the first character from i on that is not white space.
  std::size_t skip_space(std::size_t i) const;
  // The text of columns [begin, end) as written; empty when out of range.
  std::string text_of(std::uint32_t begin, std::uint32_t end) const;
  // The text of the characters [from, to) as written (columns from + 1 to to + 1).
  std::string slice(std::size_t from, std::size_t to) const {
    return text_of(static_cast<std::uint32_t>(from + 1), static_cast<std::uint32_t>(to + 1));
  }
  // The character at i for a message: "'#'", "U+0007", "byte 0xFF (not UTF-8)".
  std::string describe(std::size_t i) const;
  i18n::Text describe_text(std::size_t i) const;  // in English and Chinese

 private:
  std::string_view text_;
  std::vector<text::Char> chars_;
};

}  // namespace seamless::expr::parsing
