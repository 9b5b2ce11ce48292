// The decoded text of a guard (see source.hpp).
#include "seamless/expr/parsing/source.hpp"

#include <algorithm>

namespace seamless::expr::parsing {

Source::Source(std::string_view text) : text_(text), chars_(text::decode_utf8(text)) {}

std::string_view Source::bytes(std::size_t i) const {
  return text_.substr(chars_[i].offset, chars_[i].size);
}

std::size_t Source::skip_space(std::size_t i) const {
  while (valid_at(i) && text::is_space(chars_[i].code)) ++i;
  return i;
}

std::string Source::text_of(std::uint32_t begin, std::uint32_t end) const {
  if (begin < 1 || end <= begin || begin > chars_.size()) return {};
  const std::size_t last = std::min<std::size_t>(end - 1, chars_.size());
  const std::size_t from = chars_[begin - 1].offset;
  const std::size_t to = chars_[last - 1].offset + chars_[last - 1].size;
  return std::string(text_.substr(from, to - from));
}

std::string Source::describe(std::size_t i) const {
  return text::describe(chars_[i], text_);
}

i18n::Text Source::describe_text(std::size_t i) const {
  return {text::describe(chars_[i], text_), text::describe_zh(chars_[i], text_)};
}

}  // namespace seamless::expr::parsing
