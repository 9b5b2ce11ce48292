// Small text helpers shared by the reader's parts.
#pragma once

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>

namespace seamless::bpmn {

// `s` without leading and trailing XML white space.
inline std::string trim(std::string_view s) {
  const auto begin = s.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return {};
  const auto end = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(begin, end - begin + 1));
}

// Whether `name` is one of `names`.
inline bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace seamless::bpmn
