// Text widths, wrapping and fitting for diagram labels (text_fit.hpp).
#include "seamless/report/text_fit.hpp"

#include <algorithm>

#include "seamless/expr/characters.hpp"

namespace seamless::report {
namespace {

using expr::text::Char;

bool is_wide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
         (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

// Width in ems of one character (generous, so that estimated text never overflows).
double char_width(char32_t c) {
  if (is_wide(c)) return 1.0;
  if (c == ' ') return 0.28;
  if (c < 0x80) {
    switch (c) {
      case 'i':
      case 'l':
      case 'j':
      case '.':
      case ',':
      case ':':
      case ';':
      case '\'':
      case '|':
      case '!':
        return 0.3;
      case 'f':
      case 't':
      case 'r':
      case '(':
      case ')':
      case '[':
      case ']':
      case '-':
      case '/':
        return 0.38;
      case 'm':
      case 'w':
        return 0.86;
      case 'M':
      case 'W':
        return 0.92;
      default:
        break;
    }
    if (c >= 'A' && c <= 'Z') return 0.68;
    return 0.58;
  }
  return 0.65;
}

// Punctuation that must not start a line (it stays with the character before it) and that must
// not end one (it stays with the character after it).
bool closes(char32_t c) {
  static constexpr std::u32string_view list = U"，。、；：？！）》」』】〉”’…,.;:?!)]}%·～—";
  return list.find(c) != std::u32string_view::npos;
}
bool opens(char32_t c) {
  static constexpr std::u32string_view list = U"（《「『【〈“‘([{";
  return list.find(c) != std::u32string_view::npos;
}

// A piece no line break may split, with whether a space came before it.
struct Piece {
  std::string text;
  double em = 0;
  bool space_before = false;
  bool wide = false;  // a CJK character (with attached punctuation)
};

std::vector<Piece> pieces_of(std::string_view text) {
  std::vector<Piece> out;
  bool space = false, glue_next = false;
  for (const Char& ch : expr::text::decode_utf8(text)) {
    const char32_t c = ch.valid ? ch.code : 0xFFFD;
    std::string bytes = ch.valid ? std::string(text.substr(ch.offset, ch.size)) : "\xEF\xBF\xBD";
    if (expr::text::is_space(c) || c == '\n' || c == '\t') {
      space = !out.empty();
      glue_next = false;
      continue;
    }
    const bool wide = is_wide(c);
    const bool attach =
        !out.empty() && !space && (glue_next || closes(c) || (!wide && !out.back().wide));
    if (attach) {
      out.back().text += bytes;
      out.back().em += char_width(c);
    } else {
      out.push_back({bytes, char_width(c), space, wide});
    }
    glue_next = opens(c);
    space = false;
  }
  return out;
}

// Cuts a piece wider than the line into parts that fit.
std::vector<Piece> split_piece(const Piece& p, double max_em) {
  std::vector<Piece> out{{"", 0, p.space_before, p.wide}};
  for (const Char& ch : expr::text::decode_utf8(p.text)) {
    const double w = char_width(ch.code);
    if (out.back().em + w > max_em && !out.back().text.empty())
      out.push_back({"", 0, false, p.wide});
    out.back().text += p.text.substr(ch.offset, ch.size);
    out.back().em += w;
  }
  return out;
}

}  // namespace

double text_width(std::string_view text, double font_size) {
  double em = 0;
  for (const Char& ch : expr::text::decode_utf8(text))
    em += char_width(ch.valid ? ch.code : 0xFFFD);
  return em * font_size;
}

std::vector<std::string> wrap_text(std::string_view text, double max_width, double font_size) {
  const double max_em = std::max(1.0, max_width / font_size);
  const std::vector<Piece> pieces = pieces_of(text);
  double total = 0;
  for (const Piece& p : pieces) total += p.em + (p.space_before ? char_width(' ') : 0);
  // A Latin gloss after Chinese ("受理 Accept") starts a line of its own when it all does not fit.
  const bool split_gloss = total > max_em;
  std::vector<std::string> lines;
  std::string line;
  double used = 0;
  auto flush = [&] {
    if (!line.empty()) lines.push_back(line);
    line.clear();
    used = 0;
  };
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (split_gloss && i > 0 && pieces[i].space_before && !pieces[i].wide && pieces[i - 1].wide)
      flush();
    for (const Piece& part :
         pieces[i].em > max_em ? split_piece(pieces[i], max_em) : std::vector<Piece>{pieces[i]}) {
      const double gap = line.empty() || !part.space_before ? 0 : char_width(' ');
      if (!line.empty() && used + gap + part.em > max_em) {
        flush();
      } else if (gap > 0) {
        line += ' ';
        used += gap;
      }
      line += part.text;
      used += part.em;
    }
  }
  flush();
  return lines;
}

FittedText fit_text(std::string_view text, double width, double height, double max_font,
                    double min_font) {
  FittedText fit;
  for (double size = max_font; size >= min_font; size -= 1) {
    fit.font_size = size;
    fit.lines = wrap_text(text, width, size);
    if (static_cast<double>(fit.lines.size()) * size * line_height_factor <= height) return fit;
  }
  const auto room =
      static_cast<std::size_t>(std::max(1.0, height / (fit.font_size * line_height_factor)));
  if (fit.lines.size() > room) {
    fit.lines.resize(room);
    std::string& last = fit.lines.back();
    const double ellipsis = char_width(U'…');
    while (!last.empty() &&
           text_width(last, fit.font_size) / fit.font_size + ellipsis > width / fit.font_size) {
      const auto chars = expr::text::decode_utf8(last);
      last.resize(chars.back().offset);
    }
    last += "\xE2\x80\xA6";
    fit.truncated = true;
  }
  return fit;
}

}  // namespace seamless::report
