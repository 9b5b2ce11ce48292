// The case solver's reasons in Chinese. A reason is assembled in several places (this plugin,
// core/smt, Z3 itself), so the English text is translated once, where an answer leaves the
// plugin; Z3's own words are kept inside a Chinese sentence.
#pragma once

#include <string>

namespace seamless::plugins::smt {

// "timeout after 500 ms" -> "500 毫秒后超时", ...
std::string reason_zh(const std::string& reason);

}  // namespace seamless::plugins::smt
