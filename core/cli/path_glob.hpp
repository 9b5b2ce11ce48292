// Path patterns of `[[override]] files` in seamless.toml, matched against a model file's path
// relative to the configuration's directory, segment by segment ('/' separates segments):
// `*` matches any characters within a segment, `?` one character, `**` as a whole segment any
// number of segments (none included); other characters match themselves. Wildcards never match
// a ".." segment (a file outside the directory matches only a pattern that says "../"). A pattern
// that matches a leading part of the path (a directory) matches every file below it.
#pragma once

#include <string>
#include <string_view>

#include "seamless/i18n/text.hpp"

namespace seamless::cli {

// What is wrong with a pattern (empty when it is usable): empty, or absolute. The English text
// completes `path pattern "P" is ...`, the Chinese one `路径模式“P”……`.
i18n::Text pattern_problem(std::string_view pattern);

// Whether `path` (relative, '/'-separated, e.g. "zero-visit/a/x.bpmn") matches `pattern`.
bool path_matches(std::string_view pattern, std::string_view path);

}  // namespace seamless::cli
