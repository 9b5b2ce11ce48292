// The FEEL lexer (see lexer.hpp): numbers, double-quoted strings with escapes, names of any
// script, operators; and the errors for characters and operators FEEL does not have.
#include "lexer.hpp"

namespace seamless::plugins::feel {
namespace {

bool is_digit(char32_t c) {
  return c >= '0' && c <= '9';
}

int hex_value(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
  return -1;
}

}  // namespace

Lexer::Lexer(std::string_view text) : text_(text), chars_(decode_utf8(text)) {}

std::string Lexer::text_of(std::uint32_t begin, std::uint32_t end) const {
  if (begin < 1 || end <= begin || begin > chars_.size()) return {};
  const std::size_t last = std::min<std::size_t>(end - 1, chars_.size());
  const std::size_t from = chars_[begin - 1].offset;
  const std::size_t to = chars_[last - 1].offset + chars_[last - 1].size;
  return std::string(text_.substr(from, to - from));
}

Token Lexer::make(TokenKind kind, std::size_t begin, std::size_t end) const {
  Token t;
  t.kind = kind;
  t.begin = static_cast<std::uint32_t>(begin + 1);
  t.end = static_cast<std::uint32_t>(end + 1);
  if (end > begin) t.text = text_of(t.begin, t.end);
  return t;
}

Token Lexer::error(std::size_t column_index, std::string message) const {
  Token t;
  t.kind = TokenKind::error;
  t.begin = static_cast<std::uint32_t>(column_index + 1);
  t.end = t.begin + 1;
  t.text = std::move(message);
  return t;
}

bool Lexer::skip_space_and_comments(Token& failure) {
  for (;;) {
    while (pos_ < chars_.size() && chars_[pos_].valid && is_space(chars_[pos_].code)) ++pos_;
    if (at(pos_) == '/' && at(pos_ + 1) == '/') {
      while (pos_ < chars_.size() && at(pos_) != '\n') ++pos_;
    } else if (at(pos_) == '/' && at(pos_ + 1) == '*') {
      const std::size_t start = pos_;
      pos_ += 2;
      while (pos_ < chars_.size() && !(at(pos_) == '*' && at(pos_ + 1) == '/')) ++pos_;
      if (pos_ >= chars_.size()) {
        failure = error(start, "unterminated comment: '/*' without '*/'");
        return false;
      }
      pos_ += 2;
    } else {
      return true;
    }
  }
}

Token Lexer::next() {
  Token failure;
  if (!skip_space_and_comments(failure)) {
    pos_ = chars_.size();
    return failure;
  }
  if (pos_ >= chars_.size()) return make(TokenKind::end, pos_, pos_);
  const std::size_t start = pos_;
  const Char& c = chars_[start];
  Token t;
  if (!c.valid)
    t = error(start, "unexpected " + describe(c, text_));
  else if (is_digit(c.code) || (c.code == '.' && is_digit(at(start + 1))))
    t = number(start);
  else if (c.code == '"')
    t = string(start);
  else if (is_name_start(c.code))
    t = name(start);
  else
    t = punctuation(start);
  if (t.kind == TokenKind::error) pos_ = chars_.size();  // nothing after the first error
  return t;
}

Token Lexer::number(std::size_t start) {
  std::size_t i = start;
  while (is_digit(at(i))) ++i;
  TokenKind kind = TokenKind::integer;
  if (at(i) == '.' && is_digit(at(i + 1))) {
    kind = TokenKind::decimal;
    ++i;
    while (is_digit(at(i))) ++i;
  }
  if ((at(i) == 'e' || at(i) == 'E') &&
      (is_digit(at(i + 1)) || ((at(i + 1) == '+' || at(i + 1) == '-') && is_digit(at(i + 2)))))
    return error(start, "exponent notation is not supported");
  pos_ = i;
  return make(kind, start, i);
}

Token Lexer::string(std::size_t start) {
  std::string value;
  std::size_t i = start + 1;
  for (;;) {
    if (i >= chars_.size())
      return error(start, "unterminated string: '\"' without its closing '\"'");
    const Char& c = chars_[i];
    if (!c.valid) return error(i, "unexpected " + describe(c, text_) + " in a string");
    if (c.code == '"') break;
    if (c.code != '\\') {
      value.append(text_.substr(c.offset, c.size));
      ++i;
      continue;
    }
    const char32_t e = at(i + 1);
    if (i + 1 >= chars_.size())
      return error(start, "unterminated string: '\"' without its closing '\"'");
    if (e == '"' || e == '\\' || e == '\'') {
      value += static_cast<char>(e);
      i += 2;
    } else if (e == 'n' || e == 't' || e == 'r') {
      value += e == 'n' ? '\n' : e == 't' ? '\t' : '\r';
      i += 2;
    } else if (e == 'u') {
      char32_t code = 0;
      for (std::size_t k = 0; k < 4; ++k) {
        const int h = valid_at(i + 2 + k) ? hex_value(at(i + 2 + k)) : -1;
        if (h < 0) return error(i, "escape '\\u' needs four hexadecimal digits");
        code = code * 16 + static_cast<char32_t>(h);
      }
      std::size_t length = 6;
      if (code >= 0xD800 && code <= 0xDBFF && at(i + 6) == '\\' && at(i + 7) == 'u') {
        char32_t low = 0;
        bool ok = true;
        for (std::size_t k = 0; k < 4 && ok; ++k) {
          const int h = valid_at(i + 8 + k) ? hex_value(at(i + 8 + k)) : -1;
          ok = h >= 0;
          low = low * 16 + static_cast<char32_t>(h < 0 ? 0 : h);
        }
        if (ok && low >= 0xDC00 && low <= 0xDFFF) {
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
          length = 12;
        }
      }
      if (code >= 0xD800 && code <= 0xDFFF)
        return error(
            i, "escape '" +
                   text_of(static_cast<std::uint32_t>(i + 1), static_cast<std::uint32_t>(i + 7)) +
                   "' is half of a surrogate pair");
      append_utf8(value, code);
      i += length;
    } else {
      return error(
          i, "unknown escape '\\" +
                 text_of(static_cast<std::uint32_t>(i + 2), static_cast<std::uint32_t>(i + 3)) +
                 "' in a string (FEEL has \\\", \\\\, \\n, \\r, \\t, \\' and \\uXXXX)");
    }
  }
  pos_ = i + 1;
  Token t = make(TokenKind::string, start, pos_);
  t.text = std::move(value);
  return t;
}

Token Lexer::name(std::size_t start) {
  std::size_t i = start + 1;
  while (valid_at(i) && (is_name_part(at(i)) || at(i) == U'?')) ++i;  // FEEL allows '?' in names
  pos_ = i;
  return make(TokenKind::name, start, i);
}

Token Lexer::punctuation(std::size_t start) {
  const char32_t c = at(start);
  const char32_t n = at(start + 1);
  auto token = [&](TokenKind kind, std::size_t length) {
    pos_ = start + length;
    return make(kind, start, pos_);
  };
  switch (c) {
    case '(':
      return token(TokenKind::lparen, 1);
    case ')':
      return token(TokenKind::rparen, 1);
    case '[':
      return token(TokenKind::lbracket, 1);
    case ']':
      return token(TokenKind::rbracket, 1);
    case ',':
      return token(TokenKind::comma, 1);
    case '.':
      return n == '.' ? token(TokenKind::dotdot, 2) : token(TokenKind::dot, 1);
    case '+':
      return token(TokenKind::plus, 1);
    case '-':
      return token(TokenKind::minus, 1);
    case '*':
      if (n == '*') return error(start, "'**' (exponentiation) is not supported");
      return token(TokenKind::star, 1);
    case '/':
      return token(TokenKind::slash, 1);
    case '=':
      if (n == '=') return error(start, "'==' is not FEEL: compare with '='");
      return token(TokenKind::equal, 1);
    case '!':
      if (n == '=') return token(TokenKind::not_equal, 2);
      return error(start, "'!' is not FEEL: negate with not(...)");
    case '<':
      return n == '=' ? token(TokenKind::less_equal, 2) : token(TokenKind::less, 1);
    case '>':
      return n == '=' ? token(TokenKind::greater_equal, 2) : token(TokenKind::greater, 1);
    case '&':
      if (n == '&') return error(start, "'&&' is not FEEL: use 'and'");
      break;
    case '|':
      if (n == '|') return error(start, "'||' is not FEEL: use 'or'");
      break;
    case '%':
      return error(start, "'%' (modulo) is not supported");
    case '{':
      return error(start, "context literals ('{...}') are not supported");
    case '@':
      return error(start, "date/time literals ('@\"...\"') are not supported");
    case '`':
      return error(start, "names in backquotes are not supported");
    case '?':
      return error(start, "'?' (the input value of unary tests) is not supported");
    case '\'':
      return error(start, "FEEL strings are written in double quotes, not single quotes");
    default:
      break;
  }
  return error(start, "unexpected character " + describe(chars_[start], text_));
}

}  // namespace seamless::plugins::feel
