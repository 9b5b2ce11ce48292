// Decoding a BPMN file's bytes to UTF-8 (see source_text.hpp).
#include "seamless/bpmn/source_text.hpp"

#include "seamless/expr/characters.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

namespace seamless::bpmn {
namespace {

enum class Encoding { utf8, latin1, windows1252, unsupported };

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The encoding named in `<?xml ... encoding="..."?>`, or "" when there is none.
std::string declared_encoding(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return "utf-8";
  if (bytes.substr(0, 5) != "<?xml") return "";
  const auto end = bytes.find("?>");
  const std::string_view prolog = bytes.substr(0, end == std::string_view::npos ? 0 : end);
  const auto at = prolog.find("encoding");
  if (at == std::string_view::npos) return "";
  auto quote = prolog.find_first_of("\"'", at);
  if (quote == std::string_view::npos) return "";
  const auto close = prolog.find(prolog[quote], quote + 1);
  if (close == std::string_view::npos) return "";
  return lower(prolog.substr(quote + 1, close - quote - 1));
}

Encoding classify(const std::string& name) {
  if (name.empty() || name == "utf-8" || name == "utf8" || name == "us-ascii" || name == "ascii")
    return Encoding::utf8;
  if (name == "iso-8859-1" || name == "iso8859-1" || name == "latin1" || name == "latin-1" ||
      name == "iso_8859-1" || name == "l1")
    return Encoding::latin1;
  if (name == "windows-1252" || name == "cp1252") return Encoding::windows1252;
  return Encoding::unsupported;
}

// windows-1252 code points for bytes 0x80..0x9F (0 where the code page leaves a hole, which
// then maps like ISO-8859-1).
constexpr std::array<char32_t, 32> cp1252_high{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::string transcode_single_byte(std::string_view bytes, bool windows1252) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (unsigned char b : bytes) {
    char32_t cp = b;
    if (windows1252 && b >= 0x80 && b <= 0x9F && cp1252_high[b - 0x80] != 0)
      cp = cp1252_high[b - 0x80];
    expr::text::append_utf8(out, cp);
  }
  return out;
}

// Length of the valid UTF-8 sequence starting at s[i], or 0 if it is not valid.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return 1;
  std::size_t len;
  char32_t min;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2;
    min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3;
    min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4;
    min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  char32_t cp = b0 & (0x7F >> len);
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

// Offset of the first byte that does not start a valid UTF-8 sequence, or npos. ASCII runs are
// skipped eight bytes at a time.
std::size_t first_invalid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (i + 8 <= s.size()) {
      std::uint64_t word;
      std::memcpy(&word, s.data() + i, 8);
      if ((word & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    const std::size_t len = utf8_sequence_length(s, i);
    if (len == 0) return i;
    i += len;
  }
  return std::string_view::npos;
}

bool is_valid_utf8(std::string_view s) {
  return first_invalid_utf8(s) == std::string_view::npos;
}

}  // namespace

bool SourceText::decode(std::string_view bytes, const std::string& file,
                        diag::Diagnostics& diagnostics) {
  const std::string name = declared_encoding(bytes);
  switch (classify(name)) {
    case Encoding::latin1:
      text_ = transcode_single_byte(bytes, false);
      break;
    case Encoding::windows1252:
      // Files that declare windows-1252 but are really UTF-8 are common; keep valid UTF-8 as is.
      text_ = is_valid_utf8(bytes) ? std::string(bytes) : transcode_single_byte(bytes, true);
      break;
    case Encoding::unsupported:
      diagnostics.error(
          file, 1, 1,
          {"unsupported XML encoding '" + name + "' (supported: UTF-8, ISO-8859-1, windows-1252)",
           "不支持的 XML 编码“" + name + "”（支持 UTF-8、ISO-8859-1、windows-1252）"});
      return false;
    case Encoding::utf8: {
      std::size_t bad_at = first_invalid_utf8(bytes);
      if (bad_at == std::string_view::npos) {
        text_.assign(bytes);
        break;
      }
      // Replace every invalid byte by U+FFFD; report the first one's line.
      const auto first_bad_line = static_cast<std::uint32_t>(
          1 + std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(bad_at), '\n'));
      text_.assign(bytes.substr(0, bad_at));
      std::size_t bad = 0;
      for (std::size_t i = bad_at; i < bytes.size();) {
        const std::size_t len = utf8_sequence_length(bytes, i);
        if (len == 0) {
          ++bad;
          text_ += "\xEF\xBF\xBD";
          ++i;
        } else {
          text_.append(bytes.data() + i, len);
          i += len;
        }
      }
      diagnostics.warning(
          file, first_bad_line, 0,
          {std::to_string(bad) + " byte(s) are not valid UTF-8; replaced with U+FFFD",
           "有 " + std::to_string(bad) + " 个字节不是有效的 UTF-8；已替换为 U+FFFD"});
      break;
    }
  }
  index_lines();
  return true;
}

void SourceText::index_lines() {
  line_starts_.clear();
  line_starts_.push_back(0);
  const char* begin = text_.data();
  const char* end = begin + text_.size();
  for (const char* p = begin; (p = static_cast<const char*>(std::memchr(p, '\n', end - p)));)
    line_starts_.push_back(static_cast<std::size_t>(++p - begin));
}

std::string_view SourceText::line(std::uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  const std::size_t begin = line_starts_[line - 1];
  std::size_t end = line < line_starts_.size() ? line_starts_[line] - 1 : text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(begin, end - begin);
}

std::uint32_t count_characters(std::string_view text) {
  std::uint32_t n = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace seamless::bpmn
