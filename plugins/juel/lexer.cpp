// The JUEL lexer (see lexer.hpp): integer and decimal literals, single- and double-quoted
// strings, Java identifiers of any script, the EL operators (also those the parser rejects:
// `?`, `=`, `+=`, `;`, `->`), and errors for characters JUEL does not have.
#include "lexer.hpp"

namespace seamless::plugins::juel {
namespace {

bool is_digit(char32_t c) {
  return c >= '0' && c <= '9';
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

std::optional<std::uint32_t> Lexer::next_visible_column() {
  skip_space();
  if (pos_ >= chars_.size()) return std::nullopt;
  return static_cast<std::uint32_t>(pos_ + 1);
}

bool Lexer::contains_eval() const {
  for (std::size_t i = 0; i + 1 < chars_.size(); ++i)
    if ((chars_[i].code == '$' || chars_[i].code == '#') && chars_[i + 1].code == '{') return true;
  return false;
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

void Lexer::skip_space() {
  while (pos_ < chars_.size() && chars_[pos_].valid && is_space(chars_[pos_].code)) ++pos_;
}

Token Lexer::next() {
  skip_space();
  if (pos_ >= chars_.size()) return make(TokenKind::end, pos_, pos_);
  const std::size_t start = pos_;
  const Char& c = chars_[start];
  Token t;
  if (!c.valid)
    t = error(start, "unexpected " + describe(c, text_));
  else if (is_digit(c.code) || (c.code == '.' && is_digit(at(start + 1))))
    t = number(start);
  else if (c.code == '"' || c.code == '\'')
    t = string(start);
  else if ((c.code == '$' || c.code == '#') && at(start + 1) == '{')
    t = (pos_ = start + 2, make(TokenKind::open_eval, start, start + 2));
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
  if (at(i) == '.' && at(i + 1) != '.') {
    kind = TokenKind::decimal;  // `1.5`, `.5` and `1.` (EL's floating-point literals)
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
  const char32_t quote = at(start);
  std::string value;
  std::size_t i = start + 1;
  for (;;) {
    if (i >= chars_.size()) {
      const std::string q = quote == '"' ? "\"" : "'";
      return error(start, "unterminated string: " + q + " without its closing " + q);
    }
    const Char& c = chars_[i];
    if (!c.valid) return error(i, "unexpected " + describe(c, text_) + " in a string");
    if (c.code == quote) break;
    if (c.code == '\\' && i + 1 < chars_.size()) {
      const char32_t e = at(i + 1);
      if (e != '\\' && e != quote)
        return error(
            i, "invalid escape '" +
                   text_of(static_cast<std::uint32_t>(i + 1), static_cast<std::uint32_t>(i + 3)) +
                   "' in a string: JUEL strings escape only \\\\ and their own quote");
      value += static_cast<char>(e);
      i += 2;
      continue;
    }
    value.append(text_.substr(c.offset, c.size));
    ++i;
  }
  pos_ = i + 1;
  Token t = make(TokenKind::string, start, pos_);
  t.text = std::move(value);
  return t;
}

Token Lexer::name(std::size_t start) {
  std::size_t i = start + 1;
  while (i < chars_.size() && chars_[i].valid && is_name_part(at(i))) ++i;
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
    case '{':
      return token(TokenKind::lbrace, 1);
    case '}':
      return token(TokenKind::rbrace, 1);
    case ',':
      return token(TokenKind::comma, 1);
    case '.':
      return token(TokenKind::dot, 1);
    case '?':
      return token(TokenKind::question, 1);
    case ':':
      return token(TokenKind::colon, 1);
    case ';':
      return token(TokenKind::semicolon, 1);
    case '+':
      return n == '=' ? token(TokenKind::plus_assign, 2) : token(TokenKind::plus, 1);
    case '-':
      return n == '>' ? token(TokenKind::arrow, 2) : token(TokenKind::minus, 1);
    case '*':
      return token(TokenKind::star, 1);
    case '/':
      return token(TokenKind::slash, 1);
    case '%':
      return token(TokenKind::percent, 1);
    case '=':
      return n == '=' ? token(TokenKind::equal, 2) : token(TokenKind::assign, 1);
    case '!':
      return n == '=' ? token(TokenKind::not_equal, 2) : token(TokenKind::bang, 1);
    case '<':
      return n == '=' ? token(TokenKind::less_equal, 2) : token(TokenKind::less, 1);
    case '>':
      return n == '=' ? token(TokenKind::greater_equal, 2) : token(TokenKind::greater, 1);
    case '&':
      if (n == '&') return token(TokenKind::and_and, 2);
      return error(start, "'&' is not an operator: use '&&' or 'and'");
    case '|':
      if (n == '|') return token(TokenKind::or_or, 2);
      return error(start, "'|' is not an operator: use '||' or 'or'");
    default:
      break;
  }
  return error(start, "unexpected character " + describe(chars_[start], text_));
}

}  // namespace seamless::plugins::juel
