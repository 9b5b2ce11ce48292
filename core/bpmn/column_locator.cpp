// Start-tag columns for tinyxml2 elements (see column_locator.hpp).
#include "column_locator.hpp"

#include <string>
#include <string_view>

namespace seamless::bpmn {
namespace {

bool ends_name(std::string_view line, std::size_t at) {
  if (at >= line.size()) return true;
  const char c = line[at];
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '>' || c == '/';
}

std::size_t find_tag(std::string_view line, std::string_view name, std::size_t from) {
  for (std::size_t pos = line.find('<', from); pos != std::string_view::npos;
       pos = line.find('<', pos + 1)) {
    if (line.substr(pos + 1, name.size()) == name && ends_name(line, pos + 1 + name.size()))
      return pos;
  }
  return std::string_view::npos;
}

}  // namespace

model::Location ColumnLocator::locate(const tinyxml2::XMLElement& element) {
  const int line_number = element.GetLineNum();
  if (line_number <= 0) return {};
  const auto line = static_cast<std::uint32_t>(line_number);
  const std::string_view text = text_.line(line);
  const std::string_view name = element.Name();
  std::size_t pos = find_tag(text, name, line == cursor_line_ ? cursor_offset_ : 0);
  if (pos == std::string_view::npos && line == cursor_line_) pos = find_tag(text, name, 0);
  if (pos == std::string_view::npos) return {line, 0};
  cursor_line_ = line;
  cursor_offset_ = pos + 1;
  return {line, count_characters(text.substr(0, pos)) + 1};
}

}  // namespace seamless::bpmn
