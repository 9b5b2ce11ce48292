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

std::vector<std::string> pick_lines(Language language, const std::vector<std::string>& lines,
                                    const std::vector<std::string>& lines_zh) {
  std::vector<std::string> out;
  out.reserve(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i)
    out.push_back(pick_line(language, lines, lines_zh, i));
  return out;
}

}  // namespace seamless::i18n
