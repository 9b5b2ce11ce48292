// Matching model paths against override patterns (path_glob.hpp).
#include "path_glob.hpp"

#include <vector>

namespace seamless::cli {

namespace {

// The segments of a path or pattern: empty segments and "." dropped ("a//./b/" is "a", "b").
std::vector<std::string_view> segments(std::string_view text) {
  std::vector<std::string_view> out;
  while (!text.empty()) {
    const std::size_t slash = text.find('/');
    const std::string_view segment = text.substr(0, slash);
    if (!segment.empty() && segment != ".") out.push_back(segment);
    if (slash == std::string_view::npos) break;
    text.remove_prefix(slash + 1);
  }
  return out;
}

// The length of the UTF-8 character starting at text[0] (1 for a stray byte).
std::size_t character_length(std::string_view text) {
  const auto lead = static_cast<unsigned char>(text[0]);
  std::size_t n = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  if (n > text.size()) return 1;
  for (std::size_t i = 1; i < n; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) return 1;
  return n;
}

// One segment against one pattern segment with `*` and `?` (iterative, with backtracking to the
// last star: linear in practice, quadratic at worst).
bool segment_matches(std::string_view pattern, std::string_view text) {
  if (text == "..") return pattern == "..";  // wildcards stay inside the directory
  std::size_t p = 0, t = 0;
  std::size_t star = std::string_view::npos, star_text = 0;
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      while (p < pattern.size() && pattern[p] == '*') ++p;
      star = p;
      star_text = t;
    } else if (p < pattern.size() && pattern[p] == '?') {
      ++p;
      t += character_length(text.substr(t));
    } else if (p < pattern.size() && pattern[p] == text[t]) {
      ++p;
      ++t;
    } else if (star != std::string_view::npos) {
      p = star;
      star_text += character_length(text.substr(star_text));
      t = star_text;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

// Pattern segments from `p` against path segments from `s`; true when the whole pattern matches
// the whole path or a leading part of it. `**` tries every number of segments.
bool matches_from(const std::vector<std::string_view>& pattern, std::size_t p,
                  const std::vector<std::string_view>& path, std::size_t s,
                  std::vector<std::vector<signed char>>& memo) {
  signed char& known = memo[p][s];
  if (known >= 0) return known != 0;
  bool result = false;
  if (p == pattern.size()) {
    result = s > 0;  // the rest of the path lies below what the pattern matched
  } else if (pattern[p] == "**") {
    for (std::size_t k = s; k <= path.size() && !result; ++k) {
      result = matches_from(pattern, p + 1, path, k, memo);
      if (k < path.size() && path[k] == "..") break;  // `**` does not climb out
    }
  } else if (s < path.size()) {
    result =
        segment_matches(pattern[p], path[s]) && matches_from(pattern, p + 1, path, s + 1, memo);
  }
  known = result ? 1 : 0;
  return result;
}

}  // namespace

i18n::Text pattern_problem(std::string_view pattern) {
  if (segments(pattern).empty()) return {"an empty pattern", "是空模式"};
  if (pattern.front() == '/')
    return {"an absolute pattern; patterns are relative to the directory of the configuration file",
            "是绝对路径；路径模式相对于配置文件所在的目录"};
  return {};
}

bool path_matches(std::string_view pattern, std::string_view path) {
  const std::vector<std::string_view> p = segments(pattern);
  const std::vector<std::string_view> s = segments(path);
  if (p.empty() || s.empty()) return false;
  std::vector<std::vector<signed char>> memo(p.size() + 1,
                                             std::vector<signed char>(s.size() + 1, -1));
  return matches_from(p, 0, s, 0, memo);
}

}  // namespace seamless::cli
