// The characters of a guard's text, for the guard-language lexers: UTF-8 decoded into code
// points (a column is an index into them, plus one), white space, and the letters names are made
// of (the XML name ranges, as FEEL's grammar and Java identifiers roughly agree on them, without
// the CJK and full-width punctuation inside those ranges).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace seamless::expr::text {

struct Char {
  char32_t code = 0;         // the code point, or the byte itself when !valid
  std::uint32_t offset = 0;  // byte offset in the text
  std::uint8_t size = 1;     // length in bytes
  bool valid = true;         // false: a byte that does not start a valid UTF-8 sequence
};

// One Char per code point; each invalid byte is one (invalid) Char.
std::vector<Char> decode_utf8(std::string_view text);
void append_utf8(std::string& out, char32_t code);

// White space: ASCII and Unicode spaces (U+00A0, U+3000, ...) and the byte order mark.
bool is_space(char32_t code);
// A name starts with a letter (any script), '_' or '$'; digits and combining marks may follow.
// (FEEL also allows '?' inside names; its lexer adds that.)
bool is_name_start(char32_t code);
bool is_name_part(char32_t code);

// The character for a message: "'#'", "'，' (U+FF0C)", "U+0007", "byte 0xFF (not UTF-8)".
std::string describe(const Char& c, std::string_view text);
// The same in Chinese: "“#”", "“，”（U+FF0C）；是否想输入“,”？", "字节 0xFF（不是 UTF-8）".
std::string describe_zh(const Char& c, std::string_view text);

}  // namespace seamless::expr::text
