// Language names and choosing a text by language (text.hpp).
#include "seamless/i18n/text.hpp"

namespace seamless::i18n {

std::optional<Language> parse_language(std::string_view name) {
  if (name == "en") return Language::en;
  if (name == "zh") return Language::zh;
  return std::nullopt;
}

std::string_view to_string(Language language) {
  return language == Language::zh ? "zh" : "en";
}

const std::string& pick_line(Language language, const std::vector<std::string>& lines,
                             const std::vector<std::string>& lines_zh, std::size_t i) {
  return i < lines_zh.size() ? pick(language, lines[i], lines_zh[i]) : lines[i];
}

}  // namespace seamless::i18n
